/* window: the interactive loop. Draws only when something changed or moves and otherwise
 * sleeps in SDL_WaitEventTimeout until the next input or scheduled change (a blink, a toast
 * ending), so an idle window uses next to no CPU. Scripted input (--script) feeds real SDL
 * events through the same path as a keyboard, for the Xvfb smoke test and the benchmark.
 * Text input (SDL_StartTextInput, for typed replies) is on only while the reply box is up, so
 * an input method's window never opens over the menu-driven screens. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "app.h"
#include "window.h"

/* ---------------------------------------------------------------- scripted input */

typedef enum StepKind {
    STEP_KEY,
    STEP_CLICK,
    STEP_MOVE,
    STEP_WAIT,
    STEP_SHOT,
    STEP_RESIZE,
    STEP_MARK,
    STEP_DUMP,
    STEP_TYPE,
    STEP_QUIT
} StepKind;

typedef struct Step {
    StepKind kind;
    SDL_Keycode key;
    SDL_Keymod mod;
    int x, y;
    char arg[512];
} Step;

#define STEP_GAP_MS 120.0 /* between scripted steps, so animations get to run */

/* key:NAME, an SDL key name with an optional ctrl+ ("key:ctrl+q"). */
static int parse_key(const char *name, Step *st, char *err, size_t errsz)
{
    st->kind = STEP_KEY;
    if (!strncmp(name, "ctrl+", 5)) {
        st->mod = KMOD_LCTRL;
        name += 5;
    }
    st->key = SDL_GetKeyFromName(name);
    if (!strcmp(name, "+")) st->key = SDLK_PLUS;
    if (!strcmp(name, "-")) st->key = SDLK_MINUS;
    if (st->key == SDLK_UNKNOWN) {
        snprintf(err, errsz, "unknown key '%s' (SDL key names: 1, Return, Down, F5, Escape, ...)",
                 name);
        return -1;
    }
    return 0;
}

static int parse_step(const char *tok, Step *st, char *err, size_t errsz)
{
    memset(st, 0, sizeof *st);
    const char *colon = strchr(tok, ':');
    size_t klen = colon ? (size_t)(colon - tok) : strlen(tok);
    const char *arg = colon ? colon + 1 : "";
#define IS(k) (klen == strlen(k) && !strncmp(tok, k, klen))
    if (IS("quit")) {
        st->kind = STEP_QUIT;
    } else if (IS("key")) {
        return parse_key(arg, st, err, errsz);
    } else if (IS("click") || IS("move")) {
        st->kind = IS("click") ? STEP_CLICK : STEP_MOVE;
        if (sscanf(arg, "%d,%d", &st->x, &st->y) != 2) {
            snprintf(err, errsz, "'%.*s' needs X,Y: %s", (int)klen, tok, tok);
            return -1;
        }
    } else if (IS("wait")) {
        st->kind = STEP_WAIT;
        char *end;
        long ms = strtol(arg, &end, 10);
        if (!*arg || *end || ms < 0 || ms > 600000) {
            snprintf(err, errsz, "'wait' needs milliseconds (0 to 600000): %s", tok);
            return -1;
        }
        st->x = (int)ms;
    } else if (IS("shot") || IS("mark") || IS("dump") || IS("type")) {
        st->kind = IS("shot")   ? STEP_SHOT
                   : IS("mark") ? STEP_MARK
                   : IS("dump") ? STEP_DUMP
                                : STEP_TYPE;
        if (!*arg) {
            snprintf(err, errsz, "'%.*s' needs a %s: %s", (int)klen, tok,
                     IS("mark")   ? "name"
                     : IS("type") ? "text"
                                  : "file name",
                     tok);
            return -1;
        }
        snprintf(st->arg, sizeof st->arg, "%s", arg);
    } else if (IS("resize")) {
        st->kind = STEP_RESIZE;
        if (sscanf(arg, "%dx%d", &st->x, &st->y) != 2 || st->x < 320 || st->y < 240) {
            snprintf(err, errsz, "'resize' needs WIDTHxHEIGHT (at least 320x240): %s", tok);
            return -1;
        }
    } else {
        snprintf(err, errsz,
                 "unknown step '%s' (key:NAME click:X,Y move:X,Y wait:MS shot:FILE dump:FILE "
                 "resize:WxH mark:NAME quit)",
                 tok);
        return -1;
    }
#undef IS
    return 0;
}

/* Splits the script at spaces, commas are part of steps; returns the number of steps. */
static int parse_script(const char *script, Step **out, char *err, size_t errsz)
{
    int n = 0, cap = 0;
    Step *steps = NULL;
    const char *p = script;
    while (*p) {
        while (*p && (isspace((unsigned char)*p) || *p == ';'))
            p++;
        if (!*p) break;
        const char *q = p;
        while (*q && !isspace((unsigned char)*q) && *q != ';')
            q++;
        char tok[600];
        snprintf(tok, sizeof tok, "%.*s", (int)(q - p), p);
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            Step *s = realloc(steps, sizeof *s * (size_t)cap);
            if (!s) {
                free(steps);
                snprintf(err, errsz, "out of memory");
                return -1;
            }
            steps = s;
        }
        if (parse_step(tok, &steps[n], err, errsz) != 0) {
            free(steps);
            return -1;
        }
        n++;
        p = q;
    }
    *out = steps;
    return n;
}

const char *window_check_script(const char *script, char *buf, size_t size)
{
    Step *steps = NULL;
    int n = parse_script(script, &steps, buf, size);
    free(steps);
    return n < 0 ? buf : NULL;
}

static void push_key(SDL_Keycode k, SDL_Keymod mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = k;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    ev.key.keysym.mod = (Uint16)mod;
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

/* type:TEXT: the text as SDL_TEXTINPUT events, as a keyboard would send it (a step has no
 * spaces, so '_' stands for one), in pieces that fit the event and end on a character. */
static void push_text(const char *txt)
{
    SDL_Event ev = {0};
    ev.type = SDL_TEXTINPUT;
    while (*txt) {
        size_t n = 0;
        while (txt[n] && n < sizeof ev.text.text - 5) { /* room for one more whole character */
            n++;
            while (((unsigned char)txt[n] & 0xC0) == 0x80)
                n++;
        }
        memset(ev.text.text, 0, sizeof ev.text.text);
        memcpy(ev.text.text, txt, n);
        for (size_t i = 0; i < n; i++)
            if (ev.text.text[i] == '_') ev.text.text[i] = ' ';
        SDL_PushEvent(&ev);
        txt += n;
    }
}

static void push_mouse(int x, int y, bool click)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x;
    ev.motion.y = y;
    SDL_PushEvent(&ev);
    if (!click) return;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    ev.button.clicks = 1;
    SDL_PushEvent(&ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

/* dump:FILE writes what the trainee can see, as text, for tests to compare exactly: the
 * screen, the turn, the open dialogs and the conversation history. */
static void dump_state(const App *a, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "rapport: cannot write %s\n", path);
        return;
    }
    static const char *const screens[] = {"picker", "play", "debrief"};
    fprintf(f, "screen %s\nturns %d\nmenu %s\nresume_offer %s\n", screens[a->screen],
            a->has_sess ? a->sess.nturns : 0, a->menu_on ? "open" : "closed",
            app_resume_modal(a) ? "shown" : "none");
    fprintf(f, "size %dx%d\ntext_px %d\nline_rows %d of %d\n", a->w, a->h, a->text_px,
            a->line_rows_shown, a->line_rows);
    if (a->menu_on) fprintf(f, "menu_fits %s\n", a->menu_fits ? "yes" : "no");
    fprintf(f, "replies %s\n", app_typed(a) ? "typed" : "menu");
    if (app_typed(a)) {
        fprintf(f, "input %s\nasking %d\n", a->input, a->asking ? a->ask.nbest : 0);
        if (a->said[0]) fprintf(f, "said %s\n", a->said);
    }
    for (int i = 0; i < a->nhist; i++)
        fprintf(f, "history %d %s\n", a->hist[i].turn, a->hist[i].text);
    fclose(f);
}

static int save_shot(SDL_Renderer *r, const char *path)
{
    int w, h;
    SDL_GetRendererOutputSize(r, &w, &h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_BGR24);
    if (!s) return -1;
    int rc = SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_BGR24, s->pixels, s->pitch);
    if (rc == 0) rc = SDL_SaveBMP(s, path);
    SDL_FreeSurface(s);
    if (rc != 0) fprintf(stderr, "rapport: cannot save screenshot %s: %s\n", path, SDL_GetError());
    return rc;
}

/* ---------------------------------------------------------------- timing figures */

typedef struct Stats {
    double *frames; /* ms per animating frame */
    int n, cap;
    double first_frame;
    long total;
    FILE *log;
} Stats;

static void stats_add(Stats *st, double ms)
{
    if (st->n == st->cap) {
        int cap = st->cap ? st->cap * 2 : 1024;
        double *f = realloc(st->frames, sizeof *f * (size_t)cap);
        if (!f) return;
        st->frames = f;
        st->cap = cap;
    }
    st->frames[st->n++] = ms;
}

static double cpu_ms(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void stats_write(Stats *st)
{
    if (!st->log) return;
    double sum = 0, p99 = 0;
    for (int i = 0; i < st->n; i++)
        sum += st->frames[i];
    if (st->n) {
        qsort(st->frames, (size_t)st->n, sizeof *st->frames, cmp_d);
        p99 = st->frames[(int)((st->n - 1) * 0.99)];
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(st->log,
            "first_frame_ms %.1f\nanimating_frames %d\nframe_mean_ms %.2f\nframe_p99_ms "
            "%.2f\nframes_total %ld\npeak_rss_kb %ld\n",
            st->first_frame, st->n, st->n ? sum / st->n : 0, p99, st->total, ru.ru_maxrss);
    fclose(st->log);
    st->log = NULL;
}

/* ---------------------------------------------------------------- the loop */

/* The running window: the app, where it draws, the script and how far it has got. */
typedef struct Loop {
    App a;
    SDL_Window *win;
    SDL_Renderer *r;
    Stats st;
    Step *steps;
    int nsteps, step;
    double t0, next_step;
    const char *pending_shot; /* a screenshot to take after the next frame */
    bool was_animating, quit_after_shot;
    int rc;
} Loop;

static bool display_named(void)
{
    const char *x11 = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY"),
               *want = getenv("SDL_VIDEODRIVER");
    return (x11 && *x11) || (wl && *wl) || (want && *want);
}

/* Starts SDL's video; prints why not and returns -1 when there is no display to show a
 * window on. */
static int video_open(void)
{
    static const char no_display[] =
        "rapport: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); "
        "try 'rapport play --text'\n";
    if (!display_named()) {
        fputs(no_display, stderr);
        return -1;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "rapport: cannot open a window: %s (try 'rapport play --text')\n",
                SDL_GetError());
        return -1;
    }
    /* SDL falls back to an invisible offscreen driver when there is no display: a window
     * nobody can see would wait forever. Only a driver asked for by name may be headless. */
    const char *drv = SDL_GetCurrentVideoDriver(), *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (drv && (!strcmp(drv, "offscreen") || !strcmp(drv, "dummy")) && !(asked && *asked)) {
        fputs(no_display, stderr);
        SDL_Quit();
        return -1;
    }
    return 0;
}

/* Opens the window and its renderer (accelerated, else software) at o's size; on failure
 * prints why, quits SDL and returns -1. */
static int loop_open_window(Loop *l, const WindowOptions *o, const Settings *set)
{
    int w = o->w ? o->w : 1280, h = o->h ? o->h : 720;
    l->win = SDL_CreateWindow("Rapport", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                              SDL_WINDOW_RESIZABLE |
                                  (set->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0));
    l->r = l->win ? SDL_CreateRenderer(l->win, -1,
                                       SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC)
                  : NULL;
    if (l->win && !l->r) l->r = SDL_CreateRenderer(l->win, -1, SDL_RENDERER_SOFTWARE);
    if (l->r) return 0;
    fprintf(stderr, "rapport: cannot open a window: %s (try 'rapport play --text')\n",
            SDL_GetError());
    if (l->win) SDL_DestroyWindow(l->win);
    SDL_Quit();
    return -1;
}

/* Sets the app up in the open window and starts o's client (or shows the picker); on failure
 * prints why, closes the window and SDL and returns -1. */
static int loop_start_app(Loop *l, const WindowOptions *o, const Settings *set)
{
    char err[1200];
    App *a = &l->a;
    if (app_init(a, l->r, set, o->scripts_dir, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        app_free(a);
        SDL_DestroyRenderer(l->r);
        SDL_DestroyWindow(l->win);
        SDL_Quit();
        return -1;
    }
    a->mode_forced = o->mode >= 0;
    a->typed_opt = o->typed;
    a->save_settings = true;
    int ow, oh;
    SDL_GetRendererOutputSize(l->r, &ow, &oh);
    app_set_size(a, ow, oh);
    l->t0 = monotonic_ms();
    if (o->picker) app_set_picker(a, o->picker);
    a->seed_opt = o->seed;
    if (o->host) app_start(a, o->host, o->seed ? o->seed : rng_fresh_seed(), 0);
    return 0;
}

/* Video, the settings, the window and the app in it; each step that fails says why and
 * undoes what came before it. */
static int loop_open(Loop *l, const WindowOptions *o)
{
    if (video_open() != 0) return -1;
    Settings set;
    settings_default(&set);
    settings_load(&set);
    if (o->mode >= 0) set.mode = o->mode;
    if (loop_open_window(l, o, &set) != 0) return -1;
    return loop_start_app(l, o, &set);
}

static void stats_open(Loop *l, const char *frame_log)
{
    if (frame_log && !(l->st.log = fopen(frame_log, "w")))
        fprintf(stderr, "rapport: cannot write %s; no timing figures\n", frame_log);
    SDL_RendererInfo info;
    if (l->st.log && SDL_GetRendererInfo(l->r, &info) == 0)
        fprintf(l->st.log, "renderer %s\nvideo %s\n", info.name, SDL_GetCurrentVideoDriver());
}

/* One scripted step at now, as a real event in SDL's queue where it is input. */
static void script_step(Loop *l, const Step *s, double now)
{
    l->next_step = now + STEP_GAP_MS;
    switch (s->kind) {
    case STEP_KEY:
        push_key(s->key, s->mod);
        break;
    case STEP_CLICK:
        push_mouse(s->x, s->y, true);
        break;
    case STEP_MOVE:
        push_mouse(s->x, s->y, false);
        break;
    case STEP_WAIT:
        l->next_step = now + s->x;
        break;
    case STEP_SHOT:
        l->pending_shot = s->arg;
        l->a.dirty = true;
        break;
    case STEP_RESIZE:
        SDL_SetWindowSize(l->win, s->x, s->y);
        break;
    case STEP_MARK:
        if (l->st.log)
            fprintf(l->st.log, "mark %s wall_ms %.1f cpu_ms %.1f frames %ld\n", s->arg, now,
                    cpu_ms(), l->st.total);
        break;
    case STEP_DUMP:
        dump_state(&l->a, s->arg);
        break;
    case STEP_TYPE:
        push_text(s->arg);
        break;
    case STEP_QUIT:
        l->quit_after_shot = true;
        break;
    }
}

/* The steps that are due at now, one at a time; a screenshot waits for its frame. */
static void script_run(Loop *l, double now)
{
    while (l->step < l->nsteps && now >= l->next_step && !l->pending_shot) {
        script_step(l, &l->steps[l->step++], now);
        if (l->quit_after_shot) break;
    }
}

/* The window follows the app: its title, fullscreen, and text input while the box is up
 * (the input method's window placed under the box). */
static void window_sync(Loop *l)
{
    bool typing = app_typing(&l->a);
    if (typing && !SDL_IsTextInputActive()) {
        SDL_SetTextInputRect(&l->a.input_rect);
        SDL_StartTextInput();
    } else if (!typing && SDL_IsTextInputActive()) {
        SDL_StopTextInput();
    }
    char title[600];
    app_title(&l->a, title, sizeof title);
    if (strcmp(title, SDL_GetWindowTitle(l->win)) != 0) SDL_SetWindowTitle(l->win, title);
    if (l->a.fullscreen_changed) {
        l->a.fullscreen_changed = false;
        SDL_SetWindowFullscreen(l->win, l->a.set.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
}

/* Draws and presents a frame at now, counts it, and takes a pending screenshot of it. */
static void frame_draw(Loop *l, double now, bool animating, double t_start_ms)
{
    double f0 = monotonic_ms();
    app_draw(&l->a, now);
    SDL_RenderPresent(l->r);
    double f1 = monotonic_ms();
    if (l->st.total == 0) l->st.first_frame = f1 - t_start_ms;
    l->st.total++;
    if (animating) stats_add(&l->st, f1 - f0);
    if (l->pending_shot) {
        if (save_shot(l->r, l->pending_shot) != 0) l->rc = 1;
        l->pending_shot = NULL;
    }
}

/* Sleeps until the next event, frame, scripted step or scheduled change, and hands the app
 * what woke it. */
static void loop_wait(Loop *l, double now, bool animating)
{
    int timeout;
    bool scheduled = false; /* the wake-up is a change the app asked for */
    if (animating) {
        timeout = (int)app_frame_interval(&l->a, now) - (int)(monotonic_ms() - l->t0 - now);
        if (timeout < 1) timeout = 1;
    } else {
        double next = app_next_change(&l->a, now);
        timeout = next < 0 ? -1 : (int)next + 1;
        scheduled = next >= 0;
    }
    if (l->step < l->nsteps) {
        int ts = l->next_step > now ? (int)(l->next_step - now) + 1 : 1;
        if (timeout < 0 || ts < timeout) timeout = ts, scheduled = false;
    }
    SDL_Event ev;
    int got = timeout < 0 ? SDL_WaitEvent(&ev) : SDL_WaitEventTimeout(&ev, timeout);
    if (got)
        app_event(&l->a, &ev, monotonic_ms() - l->t0);
    else if (scheduled)
        l->a.dirty = true; /* a scheduled change is due: a blink, a toast's end */
}

/* Draws only when something changed or moves, then sleeps; returns when the trainee quits
 * or the script ends. */
static void loop_run(Loop *l, double t_start_ms)
{
    App *a = &l->a;
    while (!a->quit) {
        double now = monotonic_ms() - l->t0;
        script_run(l, now);
        if (l->quit_after_shot && !l->pending_shot) break;
        SDL_Event ev;
        while (SDL_PollEvent(&ev))
            app_event(a, &ev, monotonic_ms() - l->t0);
        if (a->quit) break;
        window_sync(l);
        now = monotonic_ms() - l->t0;
        bool animating = app_animating(a, now);
        if (a->dirty || animating || l->was_animating) frame_draw(l, now, animating, t_start_ms);
        l->was_animating = animating;
        if (l->quit_after_shot && !l->pending_shot) break;
        loop_wait(l, now, animating);
    }
}

int window_run(const WindowOptions *o)
{
    char err[1200];
    Loop l = {0};
    if (o->script && (l.nsteps = parse_script(o->script, &l.steps, err, sizeof err)) < 0) {
        fprintf(stderr, "rapport play: --script: %s\n", err);
        host_close(o->host);
        return 2;
    }
    if (loop_open(&l, o) != 0) {
        host_close(o->host); /* the client is still ours when the app never took it */
        free(l.steps);
        return 2;
    }
    l.next_step = 300; /* let the first frame appear before scripted input */
    l.was_animating = true;
    stats_open(&l, o->frame_log);
    loop_run(&l, o->t_start_ms);
    stats_write(&l.st);
    free(l.st.frames);
    free(l.steps);
    app_free(&l.a);
    SDL_DestroyRenderer(l.r);
    SDL_DestroyWindow(l.win);
    TTF_Quit();
    SDL_Quit();
    return l.rc;
}
