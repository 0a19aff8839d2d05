/* main: the rapport command and its subcommands. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/transcript.h"
#include "cli.h"
#include "opts.h"
#include "../store/paths.h"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "0.1.0"
#endif

/* play goes to the window unless --text asks for the terminal. */
static int cmd_play_either(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
        if (!strcmp(argv[i], "--text")) return cmd_play(argc, argv);
    return cmd_window(argc, argv);
}

static const struct {
    const char *name, *operands;
    const char *summary;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"play", "[SCENARIO]", cmd_window_summary, cmd_play_either},
    {"render", "SCENARIO", cmd_render_summary, cmd_render},
    {"run", "SCENARIO", cmd_run_summary, cmd_run},
    {"test", "[SCENARIO...]", cmd_test_summary, cmd_test},
    {"explore", "SCENARIO", cmd_explore_summary, cmd_explore},
    {"why", "SCENARIO", cmd_why_summary, cmd_why},
    {"lint", "[SCENARIO...]", cmd_lint_summary, cmd_lint},
    {"calibrate", "[CLIENT...] LABELS.tsv...", cmd_calibrate_summary, cmd_calibrate},
    {"new", "ID", cmd_new_summary, cmd_new},
    {"replay", "RECORD.json", cmd_replay_summary, cmd_replay},
    {"graph", "SCENARIO", cmd_graph_summary, cmd_graph},
    {"report", "RECORD.json", cmd_report_summary, cmd_report},
    {"export", "RECORD.json", cmd_export_summary, cmd_export},
    {"list", "", cmd_list_summary, cmd_list},
};
enum { NCOMMANDS = sizeof commands / sizeof commands[0] };

static int help(FILE *f)
{
    fprintf(f,
            "rapport %s: practise meeting a client's resistance\n"
            "\n"
            "usage: rapport COMMAND [OPERANDS] [options]\n"
            "       rapport   the window when there is a display, else the default client (%s) "
            "in the terminal\n"
            "\n"
            "commands:\n",
            RAPPORT_VERSION, DEFAULT_CLIENT);
    for (int i = 0; i < NCOMMANDS; i++) {
        char head[48];
        snprintf(head, sizeof head, "rapport %s %s", commands[i].name, commands[i].operands);
        fprintf(f, "  %-27s %s\n", head, commands[i].summary);
    }
    fprintf(f, "\n"
               "rapport COMMAND --help lists the command's options.\n"
               "SCENARIO is a client file (path/to/client.lua) or a bundled client's id.\n"
               "exit codes: 0 fine, 1 a test failed, 2 bad input\n");
    return EXIT_OK;
}

const char cmd_list_summary[] = "the bundled clients, and yours ($XDG_DATA_HOME/rapport/clients)";

int cmd_list(int argc, char **argv)
{
    const Option options[] = {{0}};
    const Command c = {"list", NULL, cmd_list_summary, options, 0, 0};
    int n, rc = opts_parse(&c, argc, argv, NULL, &n);
    if (rc) return opts_exit(rc);
    char **list = cli_bundled();
    if (!list) {
        fprintf(stderr, "rapport list: cannot read %s/clients\n", cli_scripts_dir());
        return EXIT_BAD_INPUT;
    }
    rc = EXIT_OK;
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
    for (int i = 0; i < NCOMMANDS; i++)
        if (!strcmp(cmd, commands[i].name)) return commands[i].run(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) return help(stdout);
    if (!strcmp(cmd, "--version")) {
        printf("rapport %s\n", RAPPORT_VERSION);
        return EXIT_OK;
    }
    fprintf(stderr, "rapport: unknown command '%s'\n", term_safe(cmd, false));
    help(stderr);
    return EXIT_BAD_INPUT;
}
