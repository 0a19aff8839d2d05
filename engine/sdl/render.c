/* render: `rapport render`: the frame the window would show after some choices, drawn with
 * SDL's software renderer into a surface and saved as a BMP. Needs no display. With --free,
 * replies typed after the choices (--say) go through the window's own path (app_submit), so
 * "Taken as", "Which did you mean?" and the text box (--typing) can be looked at. */
#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "window.h"

double monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

#define SETTLE_MS 9000.0 /* long enough for every cue and any line to finish */
#define CHOICE_GAP_MS 10000.0

/* Fails before drawing when the file cannot be written. */
static int out_writable(const char *out)
{
    FILE *probe = fopen(out, "ab");
    if (!probe) {
        fprintf(stderr, "rapport render: cannot write %s: %s\n", out, strerror(errno));
        return -1;
    }
    fclose(probe);
    return 0;
}

/* Resolves choice i of o like `rapport run`: an id first, then a number among those
 * offered. Returns the offered index, or -1 after saying why. */
static int choice_resolve(const Session *s, const RenderOptions *o, int i)
{
    const char *want = o->choices[i];
    for (int j = s->noffered - 1; j >= 0; j--)
        if (!strcmp(session_offered(s, j)->id, want)) return j;
    char *end;
    long n = strtol(want, &end, 10);
    if (*want && !*end && n >= 1 && n <= s->noffered) return (int)n - 1;
    if (*want && !*end)
        fprintf(stderr,
                "rapport render: --choices: step %d: choice %ld is out of range at node '%s': %d "
                "offered\n",
                i + 1, n, session_node(s)->id, s->noffered);
    else
        fprintf(stderr,
                "rapport render: --choices: step %d: no choice '%s' is offered at node '%s'\n",
                i + 1, want, session_node(s)->id);
    return -1;
}

/* Makes o's choices, CHOICE_GAP_MS apart; *t is the time of the last. 0, or -1 after saying
 * why. */
static int choices_play(App *a, const RenderOptions *o, double *t)
{
    for (int i = 0; i < o->nchoices; i++) {
        Session *s = &a->sess;
        if (s->over) {
            fprintf(stderr,
                    "rapport render: --choices: step %d (%s): the session already ended at '%s'\n",
                    i + 1, o->choices[i], session_node(s)->id);
            return -1;
        }
        int k = choice_resolve(s, o, i);
        if (k < 0) return -1;
        *t += CHOICE_GAP_MS;
        a->revealed = true;
        if (app_choose(a, k, *t) != 0) {
            fprintf(stderr, "%s\n", a->overlay);
            return -1;
        }
    }
    return 0;
}

/* --say: each reply ('|' between them) typed into the box and sent, CHOICE_GAP_MS apart, as
 * the window does on Enter; then --typing is left in the box. 0, or -1 after saying why. */
static int replies_play(App *a, const RenderOptions *o, double *t)
{
    for (const char *p = o->say; p && *p;) {
        size_t n = strcspn(p, "|");
        if (a->sess.over) {
            fprintf(stderr, "rapport render: --say: the session already ended at '%s'\n",
                    session_node(&a->sess)->id);
            return -1;
        }
        snprintf(a->input, sizeof a->input, "%.*s", (int)n, p);
        a->ninput = strlen(a->input);
        *t += CHOICE_GAP_MS;
        a->revealed = true;
        if (app_submit(a, *t) != 0) {
            fprintf(stderr, "%s\n", a->overlay);
            return -1;
        }
        p += n + (p[n] == '|');
    }
    if (o->typing) {
        snprintf(a->input, sizeof a->input, "%s", o->typing);
        a->ninput = strlen(a->input);
    }
    return 0;
}

/* The screen to draw once the choices are made: an error the window would show is an error
 * here, and --debrief needs an ended session. 0, or -1 after saying why. */
static int screen_check(App *a, const RenderOptions *o)
{
    if (a->overlay[0]) {
        /* An error the window would show over the frame (an avatar override that failed):
         * a headless frame is for tests, so it is an error here. */
        fprintf(stderr, "%s\n", a->overlay);
        return -1;
    }
    if (!o->debrief) return 0;
    if (!a->sess.over) {
        fprintf(stderr,
                "rapport render: --debrief: the session has not ended after these choices (at "
                "'%s')\n",
                session_node(&a->sess)->id);
        return -1;
    }
    app_show_debrief(a);
    return 0;
}

/* --face: the client's face alone, filling the frame, for tests that judge the expression: the
 * pose at time t with the head square to the viewer and the body still (no lean, tilt, nod or
 * gesture), so two frames differ only by the action units, gaze, flush and tears. */
static void face_draw(App *a, SDL_Renderer *r, const RenderOptions *o, double t)
{
    AvatarExpr e;
    avatar_pose(&a->avatar, t, -1, &e);
    e.head_tilt = e.head_turn = e.head_nod = e.lean = 0;
    e.shoulders = e.shoulders_in = e.self_touch = e.point = e.check_watch = 0;
    e.arms = 1;
    /* avatar_build fits the design window 640 x 900 around (500, 550) into its box; a box
     * this size puts the head (design 360-640 across, 180-520 down) across the frame. */
    float s = (float)o->h / 380.0f;
    float bx = (float)o->w / 2 - 320 * s, by = (float)o->h / 2 + 200 * s - 450 * s;
    AvatarMesh m;
    avatar_mesh_init(&m);
    SDL_SetRenderDrawColor(r, 128, 128, 128, 255);
    SDL_RenderClear(r);
    if (avatar_build(&m, &e, &a->look, bx, by, 640 * s, 900 * s) == 0) {
        SDL_Vertex *v = malloc(sizeof *v * (size_t)(m.count ? m.count : 1));
        for (int i = 0; v && i < m.count; i++)
            v[i] = (SDL_Vertex){
                {m.v[i].x, m.v[i].y}, {m.v[i].c.r, m.v[i].c.g, m.v[i].c.b, m.v[i].c.a}, {0, 0}};
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
        if (v) SDL_RenderGeometry(r, NULL, v, m.count, NULL, 0);
        free(v);
    }
    avatar_mesh_free(&m);
}

/* Draws the frame o asks for, t after the start, and times o->repeat more draws of it. */
static void frame_draw(App *a, const RenderOptions *o, double t)
{
    double at = o->at_ms >= 0 ? o->at_ms : SETTLE_MS;
    /* A settled frame shows the eyes open: step past a blink. */
    while (o->at_ms < 0 && avatar_blinking(t + at))
        at += 50;
    if (o->at_ms < 0) app_reveal_all(a); /* as a trainee who has read the line */
    if (o->face) {
        face_draw(a, a->r, o, t + at);
        return;
    }
    app_draw(a, t + at);
    /* Layout that scrolls a selection into view asks for one more pass. */
    if (a->dirty) app_draw(a, t + at);
    if (o->repeat > 0) {
        /* The cost of drawing this frame again and again, as the window does while animating
         * (the clock moves, so the avatar and any reveal are recomputed each time). */
        double t0 = monotonic_ms();
        for (int i = 0; i < o->repeat; i++)
            app_draw(a, t + at + i * 16.0);
        printf("frame: %.2f ms mean over %d draws at %dx%d (software renderer)\n",
               (monotonic_ms() - t0) / o->repeat, o->repeat, o->w, o->h);
        app_draw(a, t + at);
    }
}

static int frame_save(SDL_Renderer *r, SDL_Surface *surf, const char *out)
{
    SDL_RenderPresent(r);
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(surf, SDL_PIXELFORMAT_BGR24, 0);
    int rc = 0;
    if (!rgb || SDL_SaveBMP(rgb, out) != 0) {
        fprintf(stderr, "rapport render: cannot write %s: %s\n", out, SDL_GetError());
        rc = 2;
    }
    if (rgb) SDL_FreeSurface(rgb);
    return rc;
}

/* The app as o sets it up, drawing with r, its session started; 0, or 2 after saying why
 * (the client closed either way on failure). */
static int app_setup(App *a, SDL_Renderer *r, const RenderOptions *o)
{
    Settings set;
    settings_default(&set);
    if (o->mode >= 0) set.mode = o->mode;
    set.high_contrast = o->high_contrast;
    if (o->text_size) set.text_size = o->text_size;
    char err[1024];
    if (app_init(a, r, &set, o->scripts_dir, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        app_free(a);
        host_close(o->host);
        return 2;
    }
    a->mode_forced = o->mode >= 0;
    a->typed_opt = o->typed ? 1 : 0; /* a frame never depends on the trainee's settings file */
    app_set_size(a, o->w, o->h);
    if (app_start(a, o->host, o->seed, 0) != 0) { /* it closed the client */
        fprintf(stderr, "%s\n", a->overlay);
        app_free(a);
        return 2;
    }
    return 0;
}

int render_frame(const RenderOptions *o)
{
    if (out_writable(o->out) != 0) {
        host_close(o->host);
        return 2;
    }
    /* Frames go to a surface: no window, no display, the same pixels on every machine that
     * has the same font. */
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, o->w, o->h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) {
        fprintf(stderr, "rapport render: cannot create a %dx%d software renderer: %s\n", o->w, o->h,
                SDL_GetError());
        if (surf) SDL_FreeSurface(surf);
        host_close(o->host);
        return 2;
    }
    App a;
    int rc = app_setup(&a, r, o);
    if (rc == 0) {
        double t = 0;
        if (choices_play(&a, o, &t) != 0 || replies_play(&a, o, &t) != 0 ||
            screen_check(&a, o) != 0) {
            rc = 2;
        } else {
            frame_draw(&a, o, t);
            rc = frame_save(r, surf, o->out);
        }
        app_free(&a);
    }
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    return rc;
}
