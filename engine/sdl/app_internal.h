/* app_internal: what app.c (sessions), app_input.c (events, the settings menu) and
 * app_summary.c (the debrief's summary) share and nothing outside engine/sdl should call. The
 * public face of the app is app.h. */
#ifndef RAPPORT_APP_INTERNAL_H
#define RAPPORT_APP_INTERNAL_H
#include "app.h"

/* Rebuilds the expression per turn and the history from the session (app.c). */
void app_rebuild(App *a);
/* The trainee did something: idle life wakes (app.c). */
void app_touch(App *a, double now);
/* Resumes the session saved by an earlier run of this client (app.c). */
void app_resume_saved(App *a, double now);
/* Fills a->summary and a->talk from the client's Lua summary of the ended session
 * (app_summary.c). */
void app_summary_build(App *a);

#endif
