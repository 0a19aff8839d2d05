/* render: `rapport render`: the frame the window would show after some choices, drawn with
 * SDL's software renderer into a surface and saved as a BMP. Needs no display. */
#include <SDL.h>
#include <errno.h>
#include <stdio.h>
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

int render_frame(const RenderOptions *o)
{
    Host *h = o->host;
    /* Fail before drawing when the file cannot be written. */
    FILE *probe = fopen(o->out, "ab");
    if (!probe) {
        fprintf(stderr, "rapport render: cannot write %s: %s\n", o->out, strerror(errno));
        host_close(h);
        return 2;
    }
    fclose(probe);
    /* Frames go to a surface: no window, no display, the same pixels on every machine that
     * has the same font. */
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, o->w, o->h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) {
        fprintf(stderr, "rapport render: cannot create a %dx%d software renderer: %s\n", o->w, o->h,
                SDL_GetError());
        if (surf) SDL_FreeSurface(surf);
        host_close(h);
        return 2;
    }
    Settings set;
    settings_default(&set);
    if (o->mode >= 0) set.mode = o->mode;
    set.high_contrast = o->high_contrast;
    if (o->text_size) set.text_size = o->text_size;
    App a;
    char err[1024];
    int rc = 0;
    if (app_init(&a, r, &set, o->scripts_dir, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        app_free(&a);
        host_close(h);
        rc = 2;
        goto out;
    }
    a.mode_forced = o->mode >= 0;
    app_set_size(&a, o->w, o->h);
    if (app_start(&a, h, o->seed, 0) != 0) {
        fprintf(stderr, "%s\n", a.overlay);
        rc = 2;
        goto done;
    }
    double t = 0;
    for (int i = 0; i < o->nchoices; i++) {
        Session *s = &a.sess;
        if (s->over) {
            fprintf(stderr,
                    "rapport render: --choices: step %d (%s): the session already ended at '%s'\n",
                    i + 1, o->choices[i], session_node(s)->id);
            rc = 2;
            goto done;
        }
        /* Resolve like `rapport run`: an id first, then a number among those offered. */
        int k = -1;
        for (int j = 0; j < s->noffered; j++)
            if (!strcmp(session_offered(s, j)->id, o->choices[i])) k = j;
        if (k < 0) {
            char *end;
            long n = strtol(o->choices[i], &end, 10);
            if (*o->choices[i] && !*end && n >= 1 && n <= s->noffered)
                k = (int)n - 1;
            else if (*o->choices[i] && !*end) {
                fprintf(stderr,
                        "rapport render: --choices: step %d: choice %ld is out of range at node "
                        "'%s': %d offered\n",
                        i + 1, n, session_node(s)->id, s->noffered);
                rc = 2;
                goto done;
            } else {
                fprintf(
                    stderr,
                    "rapport render: --choices: step %d: no choice '%s' is offered at node '%s'\n",
                    i + 1, o->choices[i], session_node(s)->id);
                rc = 2;
                goto done;
            }
        }
        t += CHOICE_GAP_MS;
        a.revealed = true;
        if (app_choose(&a, k, t) != 0) {
            fprintf(stderr, "%s\n", a.overlay);
            rc = 2;
            goto done;
        }
    }
    if (a.overlay[0]) {
        /* An error the window would show over the frame (an avatar override that failed):
         * a headless frame is for tests, so it is an error here. */
        fprintf(stderr, "%s\n", a.overlay);
        rc = 2;
        goto done;
    }
    if (o->debrief) {
        if (!a.sess.over) {
            fprintf(stderr,
                    "rapport render: --debrief: the session has not ended after these choices (at "
                    "'%s')\n",
                    session_node(&a.sess)->id);
            rc = 2;
            goto done;
        }
        app_show_debrief(&a);
    }
    double at = o->at_ms >= 0 ? o->at_ms : SETTLE_MS;
    /* A settled frame shows the eyes open: step past a blink. */
    while (o->at_ms < 0 && avatar_blinking(t + at))
        at += 50;
    if (o->at_ms < 0) app_reveal_all(&a); /* as a trainee who has read the line */
    app_draw(&a, t + at);
    /* Layout that scrolls a selection into view asks for one more pass. */
    if (a.dirty) app_draw(&a, t + at);
    if (o->repeat > 0) {
        /* The cost of drawing this frame again and again, as the window does while animating
         * (the clock moves, so the avatar and any reveal are recomputed each time). */
        double t0 = monotonic_ms();
        for (int i = 0; i < o->repeat; i++)
            app_draw(&a, t + at + i * 16.0);
        printf("frame: %.2f ms mean over %d draws at %dx%d (software renderer)\n",
               (monotonic_ms() - t0) / o->repeat, o->repeat, o->w, o->h);
        app_draw(&a, t + at);
    }
    SDL_RenderPresent(r);
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(surf, SDL_PIXELFORMAT_BGR24, 0);
    if (!rgb || SDL_SaveBMP(rgb, o->out) != 0) {
        fprintf(stderr, "rapport render: cannot write %s: %s\n", o->out, SDL_GetError());
        rc = 2;
    }
    if (rgb) SDL_FreeSurface(rgb);
done:
    app_free(&a);
out:
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    return rc;
}
