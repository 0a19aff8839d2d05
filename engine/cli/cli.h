/* cli: the `rapport` command's shared pieces: finding and loading scenarios, exit codes. */
#ifndef RAPPORT_CLI_H
#define RAPPORT_CLI_H
#include <stdbool.h>
#include <stdio.h>

#include "../lua/host.h"

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_BAD_INPUT = 2 };

/* Plays a --choices list on a started session for `rapport CMD`: each step a choice's number
 * or id, or "next" or "missed" where a course goes on to its next session. The hooks (each
 * may be NULL) see every step: the one-line errors are the same for every command. EXIT_OK,
 * or EXIT_BAD_INPUT after "rapport CMD: --choices: step N: ..." on stderr. */
typedef struct ChoicesHooks {
    void (*turn)(void *ctx, const Session *s);                         /* after a choice */
    void (*ended)(void *ctx, const Session *s);                        /* before next/missed */
    void (*sitting)(void *ctx, const Session *s, bool came, double p); /* after it */
    void *ctx;
} ChoicesHooks;
int cli_play_choices(Session *s, const char *cmd, const char *list, const ChoicesHooks *hooks);

#define DEFAULT_CLIENT "dana-results"

const char *cli_scripts_dir(void);
/* A path, or the id of a bundled client; loads it. On error prints one line, returns NULL. */
Host *cli_load(const char *name);
/* The paths of the bundled clients, sorted; NULL-terminated, free with cli_free_list. */
char **cli_bundled(void);
void cli_free_list(char **list);
/* Prints the MITI-style summary (text or one JSON object line). */
int cli_print_summary(FILE *f, Host *h, const Session *s, bool json);
/* Parses an unsigned number argument (digits only, at most 2^64-1); false on junk. */
bool cli_parse_u64(const char *s, unsigned long long *out);
/* The one parser of whole-number options: value (NULL when missing) from min to max into out;
 * false after one line on stderr naming the command, the option and the value, e.g.
 * rapport run: --seed: "abc" is not a whole number from 0 to 18446744073709551615 */
bool cli_option_u64(const char *cmd, const char *opt, const char *value, unsigned long long min,
                    unsigned long long max, unsigned long long *out);

/* Peak resident memory of this process, in KiB. */
long cli_peak_rss_kb(void);
/* How long the last cli_load took, in seconds. */
extern double cli_load_seconds;
/* Seconds on a monotonic clock. */
double cli_now(void);
struct Explorer;
/* Explores with a progress bar on a terminal, on `workers` threads (each opens its own copy
 * of the scenario; 1: this thread alone); prints the error and returns -1 on failure. */
int cli_explore(Host *h, struct Explorer *e, long max_states, int max_depth, int workers);
/* --workers' default: the online CPUs, at most CLI_WORKERS_MAX. */
#define CLI_WORKERS_MAX 64
int cli_default_workers(void);

int cmd_run(int argc, char **argv);
int cmd_explore(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_new(int argc, char **argv);
extern const char cmd_new_summary[];
int cmd_replay(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_window(int argc, char **argv);    /* play in a window (cmd_window.c) */
int cmd_render(int argc, char **argv);    /* a headless frame (cmd_window.c) */
int cmd_report(int argc, char **argv);    /* debriefs and the class view (cmd_report.c) */
int cmd_export(int argc, char **argv);    /* xAPI statements (cmd_export.c) */
int cmd_why(int argc, char **argv);       /* a node explained (cmd_why.c) */
int cmd_calibrate(int argc, char **argv); /* typed replies against labels (cmd_calibrate.c) */
/* --set VAR=VALUE, every one given (an option table keeps only the last): into sets. */
int cli_collect_sets(int argc, char **argv, const char **sets, int max);
/* Starts s with seed: at the start, or at node `from` (NULL: the start) with the sets applied
 * to the start values. EXIT_OK, or EXIT_BAD_INPUT after one line on stderr ("rapport CMD: ..."). */
int cli_start_session(const char *cmd, Session *s, uint64_t seed, const char *from,
                      const char *const *sets, int nsets);

/* Each subcommand's one-line summary, defined beside its option table: its --help and the
 * list of subcommands in `rapport --help` say the same. */
extern const char cmd_run_summary[], cmd_test_summary[], cmd_explore_summary[], cmd_lint_summary[],
    cmd_replay_summary[], cmd_graph_summary[], cmd_play_summary[], cmd_list_summary[],
    cmd_window_summary[], cmd_render_summary[], cmd_report_summary[], cmd_export_summary[],
    cmd_why_summary[], cmd_calibrate_summary[];

#endif
