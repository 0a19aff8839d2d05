/* main: the rapport command and its subcommands. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "../store/paths.h"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "0.1.0"
#endif

static int help(FILE *f)
{
    fprintf(
        f,
        "rapport %s: practise meeting a client's resistance\n"
        "\n"
        "usage:\n"
        "  rapport                       the window when there is a display, else the default "
        "client (%s) in the terminal\n"
        "  rapport play [SCENARIO]       play in a window (without SCENARIO: pick a client)\n"
        "  rapport play --text [SCENARIO] play in the terminal\n"
        "  rapport render SCENARIO [--choices 1,2] [--at-ms MS] [--size WxH] [--debrief] --out "
        "FILE.bmp\n"
        "                                the frame the window would show, drawn without a display\n"
        "  rapport run SCENARIO [--choices 1,3,2 | --policy random|first --seed N --runs K] "
        "[--json] [--quiet]\n"
        "                                [--trainee NAME] [--record FILE | --record-dir DIR | "
        "--no-record]\n"
        "  rapport test [SCENARIO...]    run the scenarios' test plans (default: every bundled "
        "client)\n"
        "  rapport explore SCENARIO [--max-states N] [--max-depth N] [--json]\n"
        "                                every reachable state: endings, soft-locks, coverage, "
        "invariants\n"
        "  rapport lint [SCENARIO...] [--werror] [--json]\n"
        "                                static and explored checks with stable codes (R001...)\n"
        "  rapport replay RECORD.json [--scenario FILE] [--json]  replay a session record exactly\n"
        "  rapport graph SCENARIO [--format dot|mermaid] [--coverage]  the dialogue graph\n"
        "  rapport report RECORD.json [--scenario FILE] [--format html|text] [--out FILE] [--png "
        "FILE]\n"
        "                                the debrief of a session record\n"
        "  rapport report --summary DIR [--csv | --html] [--out FILE]  the class view over a "
        "folder of records\n"
        "  rapport export --xapi RECORD.json [--out FILE]  xAPI (cmi5) statements, written to a "
        "file, never sent\n"
        "  rapport list                  the bundled clients, and yours "
        "($XDG_DATA_HOME/rapport/clients)\n"
        "\n"
        "SCENARIO is a client file (path/to/client.lua) or a bundled client's id.\n"
        "exit codes: 0 fine, 1 a test failed, 2 bad input\n",
        RAPPORT_VERSION, DEFAULT_CLIENT);
    return EXIT_OK;
}

int cmd_list(int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        fprintf(stderr, "rapport list: takes no arguments\n");
        return EXIT_BAD_INPUT;
    }
    char **list = cli_bundled();
    if (!list) {
        fprintf(stderr, "rapport list: cannot read %s/clients\n", cli_scripts_dir());
        return EXIT_BAD_INPUT;
    }
    int rc = EXIT_OK;
    for (char **p = list; *p; p++) {
        Host *h = cli_load(*p);
        if (!h) {
            rc = EXIT_BAD_INPUT;
            continue;
        }
        printf("%-20s %s\n%-20s %s\n", h->sc.id, h->sc.title, "", h->sc.setting);
        host_close(h);
    }
    cli_free_list(list);
    /* The educator's own clients ($XDG_DATA_HOME/rapport/clients), marked as theirs. */
    list = paths_user_clients(cli_scripts_dir());
    for (char **p = list; p && *p; p++) {
        Host *h = cli_load(*p);
        if (!h) {
            rc = EXIT_BAD_INPUT;
            continue;
        }
        printf("%-20s %s  (yours: %s%s)\n%-20s %s\n", h->sc.id, h->sc.title, *p,
               paths_shadowed(cli_scripts_dir(), *p) ? "; a bundled client has its name" : "", "",
               h->sc.setting);
        host_close(h);
    }
    cli_free_list(list);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        /* With a display, the window; otherwise the terminal. */
        const char *x11 = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY");
        if ((x11 && *x11) || (wl && *wl)) {
            char *wargs[] = {"play", NULL};
            return cmd_window(1, wargs);
        }
        if (!isatty(STDIN_FILENO)) {
            fprintf(stderr, "rapport: no terminal to play in; try 'rapport help'\n");
            return EXIT_BAD_INPUT;
        }
        char *args[] = {"play", "--text", NULL};
        return cmd_play(2, args);
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "run")) return cmd_run(argc - 1, argv + 1);
    if (!strcmp(cmd, "test")) return cmd_test(argc - 1, argv + 1);
    if (!strcmp(cmd, "explore")) return cmd_explore(argc - 1, argv + 1);
    if (!strcmp(cmd, "lint")) return cmd_lint(argc - 1, argv + 1);
    if (!strcmp(cmd, "replay")) return cmd_replay(argc - 1, argv + 1);
    if (!strcmp(cmd, "graph")) return cmd_graph(argc - 1, argv + 1);
    if (!strcmp(cmd, "play")) {
        for (int i = 2; i < argc; i++)
            if (!strcmp(argv[i], "--text")) return cmd_play(argc - 1, argv + 1);
        return cmd_window(argc - 1, argv + 1);
    }
    if (!strcmp(cmd, "render")) return cmd_render(argc - 1, argv + 1);
    if (!strcmp(cmd, "list")) return cmd_list(argc - 1, argv + 1);
    if (!strcmp(cmd, "report")) return cmd_report(argc - 1, argv + 1);
    if (!strcmp(cmd, "export")) return cmd_export(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) return help(stdout);
    if (!strcmp(cmd, "--version")) {
        printf("rapport %s\n", RAPPORT_VERSION);
        return EXIT_OK;
    }
    fprintf(stderr, "rapport: unknown command '%s'\n", cmd);
    help(stderr);
    return EXIT_BAD_INPUT;
}
