/* cmd_window: `rapport play [SCENARIO]` in a window, and `rapport render`, a headless frame. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../store/settings.h"
#include "../sdl/window.h"
#include "cli.h"
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

int cmd_window(int argc, char **argv)
{
    double t_start = monotonic_ms();
    const char *name = NULL, *script = getenv("RAPPORT_SCRIPT");
    unsigned long long seed = 0; /* a fresh seed per session unless --seed */
    int mode = -1, w = 0, h = 0;
    static const char usage[] = "usage: rapport play [SCENARIO] [--seed N] [--mode "
                                "practice|assessment] [--size WxH] [--script STEPS]";
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "--seed")) {
            if (!cli_option_u64("play", "--seed", v, 1, ULLONG_MAX, &seed)) return EXIT_BAD_INPUT;
            i++;
        } else if (!strcmp(o, "--mode")) {
            if (!parse_mode(v, &mode)) {
                fprintf(stderr, "rapport play: --mode is practice or assessment: %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            i++;
        } else if (!strcmp(o, "--size")) {
            if (!parse_size(v, &w, &h)) {
                fprintf(stderr, "rapport play: --size needs WIDTHxHEIGHT, at least 320x240: %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            i++;
        } else if (!strcmp(o, "--script")) {
            if (!v) {
                fprintf(stderr, "rapport play: --script needs steps, e.g. \"key:1 wait:500 "
                                "shot:a.bmp quit\"\n");
                return EXIT_BAD_INPUT;
            }
            script = v;
            i++;
        } else if (o[0] == '-') {
            fprintf(stderr, "rapport play: unknown option: %s\n%s\n", o, usage);
            return EXIT_BAD_INPUT;
        } else if (name) {
            fprintf(stderr, "rapport play: one scenario at a time; unexpected: %s\n", o);
            return EXIT_BAD_INPUT;
        } else {
            name = o;
        }
    }
    char msg[1200];
    if (script && window_check_script(script, msg, sizeof msg)) {
        fprintf(stderr, "rapport play: --script: %s\n", msg);
        return EXIT_BAD_INPUT;
    }
    WindowOptions wo = {.scripts_dir = cli_scripts_dir(),
                        .seed = seed,
                        .mode = mode,
                        .w = w,
                        .h = h,
                        .script = script,
                        .frame_log = getenv("RAPPORT_FRAME_LOG"),
                        .t_start_ms = t_start};
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
    int rc = window_run(&wo);
    cli_free_list(list);
    return rc;
}

int cmd_render(int argc, char **argv)
{
    const char *name = NULL, *choices = NULL, *out = NULL;
    unsigned long long seed = 1;
    RenderOptions ro = {.at_ms = -1, .w = 1280, .h = 720, .mode = -1};
    static const char usage[] =
        "usage: rapport render SCENARIO [--choices 1,2] [--at-ms MS] [--size WxH] [--seed N] "
        "[--mode practice|assessment] [--contrast] [--text-size PX] [--debrief] [--repeat N] --out "
        "FILE.bmp";
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "--choices") || !strcmp(o, "--out")) {
            if (!v) {
                fprintf(stderr, "rapport render: %s needs a value\n%s\n", o, usage);
                return EXIT_BAD_INPUT;
            }
            *(!strcmp(o, "--out") ? &out : &choices) = v;
            i++;
        } else if (!strcmp(o, "--at-ms")) {
            unsigned long long ms;
            if (!cli_parse_u64(v, &ms) || ms > 3600000) {
                fprintf(stderr, "rapport render: --at-ms needs milliseconds (0 to 3600000): %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            ro.at_ms = (double)ms;
            i++;
        } else if (!strcmp(o, "--size")) {
            if (!parse_size(v, &ro.w, &ro.h)) {
                fprintf(stderr, "rapport render: --size needs WIDTHxHEIGHT, at least 320x240: %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            i++;
        } else if (!strcmp(o, "--seed")) {
            if (!cli_option_u64("render", "--seed", v, 0, ULLONG_MAX, &seed)) return EXIT_BAD_INPUT;
            i++;
        } else if (!strcmp(o, "--mode")) {
            if (!parse_mode(v, &ro.mode)) {
                fprintf(stderr, "rapport render: --mode is practice or assessment: %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            i++;
        } else if (!strcmp(o, "--text-size")) {
            unsigned long long n;
            if (!cli_parse_u64(v, &n) || n < TEXT_SIZE_MIN || n > TEXT_SIZE_MAX) {
                fprintf(stderr, "rapport render: --text-size needs pixels (%d to %d): %s\n",
                        TEXT_SIZE_MIN, TEXT_SIZE_MAX, v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            ro.text_size = (int)n;
            i++;
        } else if (!strcmp(o, "--repeat")) {
            unsigned long long n;
            if (!cli_parse_u64(v, &n) || n < 1 || n > 100000) {
                fprintf(stderr, "rapport render: --repeat needs a count (1 to 100000): %s\n",
                        v ? v : "(nothing)");
                return EXIT_BAD_INPUT;
            }
            ro.repeat = (int)n;
            i++;
        } else if (!strcmp(o, "--debrief")) {
            ro.debrief = true;
        } else if (!strcmp(o, "--contrast")) {
            ro.high_contrast = true;
        } else if (o[0] == '-') {
            fprintf(stderr, "rapport render: unknown option: %s\n%s\n", o, usage);
            return EXIT_BAD_INPUT;
        } else if (name) {
            fprintf(stderr, "rapport render: one scenario at a time; unexpected: %s\n", o);
            return EXIT_BAD_INPUT;
        } else {
            name = o;
        }
    }
    if (!name) {
        fprintf(stderr, "rapport render: which scenario?\n%s\n", usage);
        return EXIT_BAD_INPUT;
    }
    if (!out) {
        fprintf(stderr, "rapport render: --out FILE.bmp is required\n");
        return EXIT_BAD_INPUT;
    }
    /* Split the choices like `rapport run` does: comma-separated ids or numbers. */
    char *buf = NULL, *list[SESSION_MAX_TURNS];
    int n = 0;
    if (choices) {
        buf = strdup(choices);
        if (!buf) return EXIT_BAD_INPUT;
        char *p = buf;
        for (;;) {
            char *comma = strchr(p, ',');
            if (comma) *comma = '\0';
            if (!*p || n == SESSION_MAX_TURNS) {
                fprintf(stderr, "rapport render: --choices: step %d is empty or too long\n", n + 1);
                free(buf);
                return EXIT_BAD_INPUT;
            }
            list[n++] = p;
            if (!comma) break;
            p = comma + 1;
        }
    }
    ro.host = cli_load(name);
    if (!ro.host) {
        free(buf);
        return EXIT_BAD_INPUT;
    }
    ro.scripts_dir = cli_scripts_dir();
    ro.choices = list;
    ro.nchoices = n;
    ro.seed = seed;
    ro.out = out;
    int rc = render_frame(&ro);
    free(buf);
    return rc;
}
