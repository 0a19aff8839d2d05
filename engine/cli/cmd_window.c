/* cmd_window: `rapport play [SCENARIO]` in a window, and `rapport render`, a headless frame.
 * --free and --menu (typed replies or the list, over the settings' `replies =`) have the names
 * `play --text` gives them (cmd_play.c). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../store/settings.h"
#include "../sdl/window.h"
#include "../core/transcript.h"
#include "cli.h"
#include "opts.h"
#include "../store/paths.h"

static bool parse_size(const char *s, int *w, int *h)
{
    char tail;
    return s && sscanf(s, "%dx%d%c", w, h, &tail) == 2 && *w >= 320 && *h >= 240 && *w <= 8192 &&
           *h <= 8192;
}

static bool parse_mode(const char *s, int *mode)
{
    if (s && !strcmp(s, "practice")) return *mode = MODE_PRACTICE, true;
    if (s && !strcmp(s, "assessment")) return *mode = MODE_ASSESSMENT, true;
    return false;
}

const char cmd_window_summary[] =
    "play a scenario in a window (without SCENARIO: pick a client; --text: in the terminal)";
const char cmd_render_summary[] = "the frame the window would show, drawn without a display";

/* A value that its own parser refused, with its own message. */
static int bad_value(const char *cmd, const char *what, const char *v)
{
    fprintf(stderr, "rapport %s: %s: %s\n", cmd, what, term_safe(v, false));
    return EXIT_BAD_INPUT;
}

/* --seed, --mode, --size and --script of the window into wo; EXIT_OK, OPTS_HELP after the
 * help (so no window opens), or EXIT_BAD_INPUT after one line on stderr. */
static int window_parse(int argc, char **argv, WindowOptions *wo, const char **name)
{
    const char *mode = NULL, *size = NULL;
    unsigned long long seed = 0; /* a fresh seed per session unless --seed */
    bool text = false, typed = false, menu = false;
    const Option options[] = {
        OPTION_FLAG("--free", &typed, "type your replies in your own words (free text)"),
        OPTION_FLAG("--menu", &menu, "pick replies from the list (when the settings say typed)"),
        OPTION_U64("--seed", &seed, "N", "the session's seed (default: a fresh one)", 1,
                   ULLONG_MAX),
        OPTION_STRING("--mode", &mode, "MODE", "practice or assessment"),
        OPTION_STRING("--size", &size, "WxH", "the window's size, at least 320x240"),
        OPTION_STRING(
            "--script", &wo->script, "STEPS",
            "drive the window: key:NAME click:X,Y move:X,Y wait:MS shot:FILE dump:FILE resize:WxH "
            "mark:NAME type:TEXT ('_' for a space) quit"),
        OPTION_FLAG("--text", &text, "play in the terminal (rapport play --text --help)"),
        {0}};
    const Command c = {"play", "[SCENARIO]", cmd_window_summary, options, 0, 1};
    int n, rc = opts_parse(&c, argc, argv, name, &n);
    if (rc) return rc;
    wo->seed = seed;
    if (typed && menu) {
        fprintf(stderr, "rapport play: give --free or --menu, not both\n");
        return EXIT_BAD_INPUT;
    }
    wo->typed = typed ? 1 : menu ? 0 : -1;
    if (mode && !parse_mode(mode, &wo->mode))
        return bad_value("play", "--mode is practice or assessment", mode);
    if (size && !parse_size(size, &wo->w, &wo->h))
        return bad_value("play", "--size needs WIDTHxHEIGHT, at least 320x240", size);
    char msg[1200];
    if (wo->script && window_check_script(wo->script, msg, sizeof msg)) {
        fprintf(stderr, "rapport play: --script: %s\n", msg);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

int cmd_window(int argc, char **argv)
{
    double t_start = monotonic_ms();
    const char *name = NULL;
    WindowOptions wo = {.scripts_dir = cli_scripts_dir(),
                        .mode = -1,
                        .typed = -1,
                        .script = getenv("RAPPORT_SCRIPT"),
                        .frame_log = getenv("RAPPORT_FRAME_LOG"),
                        .t_start_ms = t_start};
    int rc = window_parse(argc, argv, &wo, &name);
    if (rc != EXIT_OK) return opts_exit(rc);
    /* The picker's list is there even when a client is named: the menu can switch. */
    char **list = paths_all_clients(cli_scripts_dir()); /* bundled, then the educator's */
    if (name) {
        if (!(wo.host = cli_load(name))) {
            cli_free_list(list);
            return EXIT_BAD_INPUT;
        }
        wo.picker = list;
    } else {
        if (!list || !list[0]) {
            fprintf(stderr, "rapport play: no bundled clients in %s/clients; give a client file\n",
                    cli_scripts_dir());
            cli_free_list(list);
            return EXIT_BAD_INPUT;
        }
        wo.picker = list;
    }
    rc = window_run(&wo);
    cli_free_list(list);
    return rc;
}

/* What `rapport render` was given, as text until render_check reads it. */
typedef struct RenderArgs {
    const char *name, *choices, *out, *at_ms, *size, *mode, *text_size, *repeat, *say, *typing;
    unsigned long long seed;
    bool debrief, contrast, face, typed;
} RenderArgs;

static int render_parse(int argc, char **argv, RenderArgs *a)
{
    *a = (RenderArgs){.seed = 1};
    const Option options[] = {
        OPTION_STRING("--out", &a->out, "FILE.bmp", "where to write the frame (required)"),
        OPTION_STRING("--choices", &a->choices, "LIST", "the choices made first, e.g. 1,2"),
        OPTION_STRING("--at-ms", &a->at_ms, "MS", "the moment to draw, 0 to 3600000 ms"),
        OPTION_STRING("--size", &a->size, "WxH", "the frame's size, at least 320x240"),
        OPTION_U64("--seed", &a->seed, "N", "the session's seed", 0, ULLONG_MAX),
        OPTION_STRING("--mode", &a->mode, "MODE", "practice or assessment"),
        OPTION_FLAG("--contrast", &a->contrast, "the high-contrast colours"),
        OPTION_STRING("--text-size", &a->text_size, "PX", "the text size in pixels"),
        OPTION_FLAG("--debrief", &a->debrief, "the debrief of the ended session"),
        OPTION_FLAG("--face", &a->face, "the client's face alone, head and body held still"),
        OPTION_STRING("--repeat", &a->repeat, "N", "draw N times (1 to 100000), for timing"),
        OPTION_FLAG("--free", &a->typed, "typed replies: the text box instead of the list"),
        OPTION_STRING("--say", &a->say, "TEXT",
                      "with --free: replies typed after the choices, '|' between them"),
        OPTION_STRING("--typing", &a->typing, "TEXT", "with --free: text left in the box"),
        {0}};
    const Command c = {"render", "SCENARIO", cmd_render_summary, options, 1, 1};
    int n;
    return opts_parse(&c, argc, argv, &a->name, &n); /* OPTS_HELP: the caller stops there */
}

/* Reads the values that have their own parsers and ranges into ro. */
static int render_check(const RenderArgs *a, RenderOptions *ro)
{
    unsigned long long v;
    if (a->at_ms) {
        if (!cli_parse_u64(a->at_ms, &v) || v > 3600000)
            return bad_value("render", "--at-ms needs milliseconds (0 to 3600000)", a->at_ms);
        ro->at_ms = (double)v;
    }
    if (a->size && !parse_size(a->size, &ro->w, &ro->h))
        return bad_value("render", "--size needs WIDTHxHEIGHT, at least 320x240", a->size);
    if (a->mode && !parse_mode(a->mode, &ro->mode))
        return bad_value("render", "--mode is practice or assessment", a->mode);
    if (a->text_size) {
        if (!cli_parse_u64(a->text_size, &v) || v < TEXT_SIZE_MIN || v > TEXT_SIZE_MAX) {
            fprintf(stderr, "rapport render: --text-size needs pixels (%d to %d): %s\n",
                    TEXT_SIZE_MIN, TEXT_SIZE_MAX, term_safe(a->text_size, false));
            return EXIT_BAD_INPUT;
        }
        ro->text_size = (int)v;
    }
    if (a->repeat) {
        if (!cli_parse_u64(a->repeat, &v) || v < 1 || v > 100000)
            return bad_value("render", "--repeat needs a count (1 to 100000)", a->repeat);
        ro->repeat = (int)v;
    }
    if (!a->out) {
        fprintf(stderr, "rapport render: --out FILE.bmp is required\n");
        return EXIT_BAD_INPUT;
    }
    if ((a->say || a->typing) && !a->typed) {
        fprintf(stderr, "rapport render: --say and --typing need --free\n");
        return EXIT_BAD_INPUT;
    }
    ro->typed = a->typed;
    ro->say = a->say;
    ro->typing = a->typing;
    ro->debrief = a->debrief;
    ro->face = a->face;
    ro->high_contrast = a->contrast;
    ro->seed = a->seed;
    ro->out = a->out;
    return EXIT_OK;
}

/* Splits the choices like `rapport run` does: comma-separated ids or numbers, in buf (a copy
 * of choices, freed by the caller). Returns how many, or -1 after one line on stderr. */
static int split_choices(const char *choices, char **buf, char *list[SESSION_MAX_TURNS])
{
    int n = 0;
    *buf = NULL;
    if (!choices) return 0;
    char *p = *buf = strdup(choices);
    if (!p) return -1;
    for (;;) {
        char *comma = strchr(p, ',');
        if (comma) *comma = '\0';
        if (!*p || n == SESSION_MAX_TURNS) {
            fprintf(stderr, "rapport render: --choices: step %d is empty or too long\n", n + 1);
            return -1;
        }
        list[n++] = p;
        if (!comma) break;
        p = comma + 1;
    }
    return n;
}

int cmd_render(int argc, char **argv)
{
    RenderArgs a;
    RenderOptions ro = {.at_ms = -1, .w = 1280, .h = 720, .mode = -1};
    int rc = render_parse(argc, argv, &a);
    if (rc == EXIT_OK) rc = render_check(&a, &ro);
    if (rc != EXIT_OK) return opts_exit(rc);
    char *buf, *list[SESSION_MAX_TURNS];
    int n = split_choices(a.choices, &buf, list);
    if (n < 0 || !(ro.host = cli_load(a.name))) {
        free(buf);
        return EXIT_BAD_INPUT;
    }
    ro.scripts_dir = cli_scripts_dir();
    ro.choices = list;
    ro.nchoices = n;
    rc = render_frame(&ro);
    free(buf);
    return rc;
}
