/* opts: the one option parser of the `rapport` subcommands. Each subcommand describes its
 * options once, in a table; parsing, the error lines and --help all come from that table. */
#ifndef RAPPORT_OPTS_H
#define RAPPORT_OPTS_H
#include <stdbool.h>
#include <stdio.h>

typedef enum { OPT_FLAG, OPT_STRING, OPT_U64 } OptKind;

typedef struct Option {
    const char *name; /* "--seed" */
    OptKind kind;
    void *out;                   /* bool *, const char **, unsigned long long * */
    const char *value;           /* what the value is, for help and errors: "N", "FILE" */
    const char *help;            /* one line */
    unsigned long long min, max; /* OPT_U64: the range, checked by cli_option_u64 */
} Option;

typedef struct Command {
    const char *name;               /* "run" */
    const char *operands;           /* "SCENARIO", "[SCENARIO...]"; its first word names one */
    const char *summary;            /* one line: what the subcommand does */
    const Option *options;          /* terminated by {0} */
    int min_operands, max_operands; /* max < 0: any number */
} Command;

/* One row of a table each, with the out pointer's type checked (a mismatch is a warning). */
#define OPTION_FLAG(name, out, help)                                                               \
    {                                                                                              \
        (name), OPT_FLAG, (void *)(1 ? (out) : (bool *)0), NULL, (help), 0, 0                      \
    }
#define OPTION_STRING(name, out, value, help)                                                      \
    {                                                                                              \
        (name), OPT_STRING, (void *)(1 ? (out) : (const char **)0), (value), (help), 0, 0          \
    }
#define OPTION_U64(name, out, value, help, min, max)                                               \
    {                                                                                              \
        (name), OPT_U64, (void *)(1 ? (out) : (unsigned long long *)0), (value), (help), (min),    \
            (max)                                                                                  \
    }

/* opts_parse's answer after printing the help: the caller returns EXIT_OK. */
enum { OPTS_HELP = -1 };

/* Parses argv[1..] into the options' outs; operands, in order, into operands (room for
 * max_operands, or for argc when max_operands < 0). Takes --opt value, --opt=value, and
 * -- ending the options. Returns EXIT_OK; EXIT_BAD_INPUT after one line on stderr; or
 * OPTS_HELP after printing the help on stdout (for --help or -h). */
int opts_parse(const Command *c, int argc, char **argv, const char **operands, int *noperands);
/* usage: rapport CMD OPERANDS [options], the summary, and one line per option. */
void opts_help(FILE *f, const Command *c);
/* The exit code for an opts_parse result that is not EXIT_OK: help is a success. */
int opts_exit(int rc);

#endif
