/* opts: parses a subcommand's argv by its option table, and prints its --help. The wording of
 * every option error lives here, so all the subcommands say the same thing the same way. */
#include "opts.h"

#include <ctype.h>
#include <limits.h>
#include <stdbool.h>
#include <string.h>

#include "../core/transcript.h"
#include "cli.h"

/* "which scenario?": the operand's name, the first capitals of c->operands in lower case. */
static void operand_noun(const Command *c, char *noun, size_t size)
{
    const char *p = c->operands ? c->operands : "";
    size_t n = 0;
    while (*p && !isupper((unsigned char)*p))
        p++;
    for (; isupper((unsigned char)*p) && n + 1 < size; p++)
        noun[n++] = (char)tolower((unsigned char)*p);
    noun[n] = '\0';
    if (!n) snprintf(noun, size, "operand");
}

static const Option *find_option(const Command *c, const char *arg, size_t len)
{
    for (const Option *o = c->options; o && o->name; o++)
        if (strlen(o->name) == len && !strncmp(o->name, arg, len)) return o;
    return NULL;
}

/* Stores one option's value (NULL when none was given); false after one line on stderr. */
static bool set_option(const Command *c, const Option *o, const char *value, bool inline_value)
{
    switch (o->kind) {
    case OPT_FLAG:
        if (inline_value) {
            fprintf(stderr, "rapport %s: %s takes no value\n", c->name, o->name);
            return false;
        }
        *(bool *)o->out = true;
        return true;
    case OPT_STRING:
        if (!value) {
            fprintf(stderr, "rapport %s: %s needs a value (%s)\n", c->name, o->name,
                    o->value ? o->value : "TEXT");
            return false;
        }
        *(const char **)o->out = value;
        return true;
    case OPT_U64:
        return cli_option_u64(c->name, o->name, value, o->min, o->max,
                              (unsigned long long *)o->out);
    }
    return false;
}

static int unknown_option(const Command *c, const char *arg)
{
    fprintf(stderr, "rapport %s: unknown option: %s\n", c->name, term_safe(arg, false));
    fprintf(stderr, "usage: rapport %s%s%s [options] (rapport %s --help lists them)\n", c->name,
            c->operands ? " " : "", c->operands ? c->operands : "", c->name);
    return EXIT_BAD_INPUT;
}

/* One "--name" or "--name=value" at argv[*i]; consumes the next argument as its value when
 * the option takes one and none was given inline. */
static int parse_option(const Command *c, int argc, char **argv, int *i)
{
    const char *arg = argv[*i], *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    const Option *o = find_option(c, arg, len);
    if (!o) return unknown_option(c, arg);
    const char *value = eq ? eq + 1 : NULL;
    if (!eq && o->kind != OPT_FLAG && *i + 1 < argc) value = argv[++*i];
    return set_option(c, o, value, eq != NULL) ? EXIT_OK : EXIT_BAD_INPUT;
}

static int add_operand(const Command *c, const char *arg, const char **operands, int *n)
{
    if (c->max_operands >= 0 && *n >= c->max_operands) {
        char noun[32];
        operand_noun(c, noun, sizeof noun);
        if (c->max_operands == 1)
            fprintf(stderr, "rapport %s: one %s at a time; unexpected: %s\n", c->name, noun,
                    term_safe(arg, false));
        else
            fprintf(stderr, "rapport %s: unexpected: %s\n", c->name, term_safe(arg, false));
        return EXIT_BAD_INPUT;
    }
    operands[(*n)++] = arg;
    return EXIT_OK;
}

static bool wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return true;
    return false;
}

int opts_parse(const Command *c, int argc, char **argv, const char **operands, int *noperands)
{
    *noperands = 0;
    if (wants_help(argc, argv)) {
        opts_help(stdout, c);
        return OPTS_HELP;
    }
    bool options_end = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int rc;
        if (!options_end && !strcmp(a, "--"))
            options_end = true, rc = EXIT_OK;
        else if (!options_end && a[0] == '-' && a[1]) /* "-" alone is an operand: stdin */
            rc = parse_option(c, argc, argv, &i);
        else
            rc = add_operand(c, a, operands, noperands);
        if (rc) return rc;
    }
    if (*noperands < c->min_operands) {
        char noun[32];
        operand_noun(c, noun, sizeof noun);
        fprintf(stderr, "rapport %s: which %s?\n", c->name, noun);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

void opts_help(FILE *f, const Command *c)
{
    fprintf(f, "usage: rapport %s%s%s [options]\n%s\n\noptions:\n", c->name, c->operands ? " " : "",
            c->operands ? c->operands : "", c->summary);
    int width = (int)strlen("-h, --help");
    for (const Option *o = c->options; o && o->name; o++) {
        int w = (int)strlen(o->name) + (o->kind == OPT_FLAG ? 0 : 1 + (int)strlen(o->value));
        if (w > width) width = w;
    }
    for (const Option *o = c->options; o && o->name; o++) {
        bool takes = o->kind != OPT_FLAG;
        int w = (int)strlen(o->name) + (takes ? 1 + (int)strlen(o->value) : 0);
        fprintf(f, "  %s%s%s%*s  %s", o->name, takes ? " " : "", takes ? o->value : "", width - w,
                "", o->help);
        if (o->kind == OPT_U64 && o->max < ULLONG_MAX)
            fprintf(f, " (%llu to %llu)", o->min, o->max);
        fputc('\n', f);
    }
    fprintf(f, "  %-*s  this help\n", width, "-h, --help");
}

int opts_exit(int rc)
{
    return rc == OPTS_HELP ? EXIT_OK : rc;
}
