/* calibrate: how well typed replies are understood (issue 15). Reads a labelled set of typed
 * replies (TSV: client, node, reply, the choice it should be taken as or "-", its MITI code,
 * open/closed for a question), codes and matches each against every choice authored at its
 * node, and reports top-1 accuracy, confident wrong matches, code agreement, reflections told
 * from questions, the confusion between codes and the worst misses. --check fails below the
 * targets; --confident, --margin, --floor and --code-weight try other thresholds. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../store/record.h"
#include "../store/paths.h"
#include "../text/reply.h"
#include "cli.h"
#include "opts.h"

const char cmd_calibrate_summary[] =
    "measure typed-reply matching and MITI coding against a labelled set (TSV)";

#define CAL_LINE_MAX 8192
#define CAL_CLIENTS 64

/* The targets of issue 15, checked by --check. */
#define TARGET_TOP1 0.85
#define TARGET_CONFIDENT_WRONG 0.05
#define TARGET_CODES 0.80
#define TARGET_REFLECT_QUESTION 0.90

typedef struct CalClient {
    Host *h;
    Replies r;
} CalClient;

/* One labelled reply and what became of it. */
typedef struct CalRow {
    const char *path; /* the labels file it came from */
    int index;        /* its place among that file's replies, from 0 (for --half) */
    int line, client, node;
    char *reply;
    int want;  /* authored choice index, or -1 for none */
    int code;  /* Miti label, MITI_NONE for "-" */
    int qopen; /* 1 open, 0 closed, -1 not a question */
    FtMatch m;
} CalRow;

typedef struct Cal {
    CalClient clients[CAL_CLIENTS];
    int nclients;
    CalRow *rows;
    int nrows, cap;
    const char *path; /* the labels file being read; "a.tsv, b.tsv" files when there are more */
    int file_rows;    /* replies read so far from that file */
} Cal;

typedef struct CalOpts {
    const char *confident, *margin, *floor, *code_weight, *half;
    unsigned long long worst, code_misses;
    bool json, check;
} CalOpts;

static int fail_at(const Cal *c, int line, const char *msg, const char *what)
{
    fprintf(stderr, "%s:%d: %s%s%s%s\n", term_safe(c->path, false), line, msg, what ? " '" : "",
            what ? term_safe(what, false) : "", what ? "'" : "");
    return EXIT_BAD_INPUT;
}

/* The client a row names: one given on the command line, else a bundled one loaded by id. */
static int client_of(Cal *c, const char *id, int line)
{
    for (int i = 0; i < c->nclients; i++)
        if (!strcmp(c->clients[i].h->sc.id, id)) return i;
    if (c->nclients == CAL_CLIENTS) return fail_at(c, line, "too many clients", NULL), -1;
    /* A labels file is data: its client ids name bundled clients (or yours) only, never a
     * path, as a record's scenario id does for `rapport report`. */
    char path[4096];
    bool ok =
        *id && strlen(id) < 64 && strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(id);
    FILE *f =
        ok && paths_client_file(paths_scripts(), id, path, sizeof path) ? fopen(path, "r") : NULL;
    if (!f) return fail_at(c, line, "no client with the id", id), -1;
    fclose(f);
    Host *h = cli_load(path);
    if (!h) return -1;
    CalClient *cc = &c->clients[c->nclients];
    char err[400];
    cc->h = h;
    if (replies_open(&cc->r, &h->sc, err, sizeof err) != 0) {
        host_close(h);
        fprintf(stderr, "rapport calibrate: %s\n", err);
        return -1;
    }
    return c->nclients++;
}

static int add_client_file(Cal *c, const char *path)
{
    Host *h = cli_load(path);
    if (!h) return EXIT_BAD_INPUT;
    if (c->nclients == CAL_CLIENTS) {
        host_close(h);
        fprintf(stderr, "rapport calibrate: more than %d clients\n", CAL_CLIENTS);
        return EXIT_BAD_INPUT;
    }
    char err[400];
    CalClient *cc = &c->clients[c->nclients];
    cc->h = h;
    if (replies_open(&cc->r, &h->sc, err, sizeof err) != 0) {
        host_close(h);
        fprintf(stderr, "rapport calibrate: %s\n", err);
        return EXIT_BAD_INPUT;
    }
    c->nclients++;
    return EXIT_OK;
}

/* Splits a line at tabs into exactly n fields (in place). The count found, or -1 for more. */
static int split_tabs(char *line, char **field, int n)
{
    int k = 0;
    for (char *p = line;; p++) {
        if (k == n) return -1;
        field[k++] = p;
        p = strchr(p, '\t');
        if (!p) return k;
        *p = '\0';
    }
}

static int parse_row(Cal *c, char *text, int line)
{
    char *f[6];
    int n = split_tabs(text, f, 6);
    if (n != 6)
        return fail_at(c, line,
                       "expected 6 fields separated by tabs (client, node, reply, choice, code, "
                       "qtype)",
                       NULL);
    int ci = client_of(c, f[0], line);
    if (ci < 0) return EXIT_BAD_INPUT;
    const Scenario *sc = &c->clients[ci].h->sc;
    int node = scenario_find_node(sc, f[1]);
    if (node < 0) return fail_at(c, line, "no node", f[1]);
    const Node *nd = &sc->nodes[node];
    if (nd->ending || nd->nchoices == 0) return fail_at(c, line, "the node has no choices:", f[1]);
    int want = -1;
    if (strcmp(f[3], "-")) {
        for (int i = 0; i < nd->nchoices; i++)
            if (!strcmp(nd->choices[i].id, f[3])) want = i;
        if (want < 0) return fail_at(c, line, "no choice at that node named", f[3]);
    }
    int code = strcmp(f[4], "-") ? miti_parse(f[4]) : MITI_NONE;
    if (code < 0)
        return fail_at(
            c, line,
            "not a MITI code (Q SR CR AF Seek Emphasize GI PWP Persuade Confront or -):", f[4]);
    int qopen = !strcmp(f[5], "open") ? 1 : !strcmp(f[5], "closed") ? 0 : -1;
    if (qopen < 0 && strcmp(f[5], "-"))
        return fail_at(c, line, "qtype must be open, closed or -, not", f[5]);
    if (c->nrows == c->cap) {
        int cap = c->cap ? c->cap * 2 : 256;
        CalRow *r = realloc(c->rows, (size_t)cap * sizeof *r);
        if (!r) return fail_at(c, line, "out of memory", NULL);
        c->rows = r;
        c->cap = cap;
    }
    CalRow *r = &c->rows[c->nrows];
    *r = (CalRow){.path = c->path,
                  .index = c->file_rows++,
                  .line = line,
                  .client = ci,
                  .node = node,
                  .want = want,
                  .code = code,
                  .qopen = qopen};
    r->reply = strdup(f[2]);
    if (!r->reply) return fail_at(c, line, "out of memory", NULL);
    c->nrows++;
    return EXIT_OK;
}

static int read_labels(Cal *c, const char *path)
{
    c->path = path;
    c->file_rows = 0;
    FILE *f = fopen(c->path, "r");
    if (!f) {
        fprintf(stderr, "rapport calibrate: %s: %s\n", term_safe(c->path, false), strerror(errno));
        return EXIT_BAD_INPUT;
    }
    char buf[CAL_LINE_MAX];
    int line = 0, rc = EXIT_OK;
    bool header = false;
    while (rc == EXIT_OK && fgets(buf, sizeof buf, f)) {
        line++;
        size_t len = strlen(buf);
        if (len == sizeof buf - 1 && buf[len - 1] != '\n') {
            rc = fail_at(c, line, "line longer than 8191 bytes", NULL);
            break;
        }
        buf[strcspn(buf, "\r\n")] = '\0';
        if (!record_utf8_ok(buf))
            rc = fail_at(c, line, "not UTF-8 text", NULL);
        else if (!buf[0] || buf[0] == '#')
            continue;
        else if (!header) {
            header = true;
            if (strcmp(buf, "client\tnode\treply\tchoice\tcode\tqtype"))
                rc = fail_at(c, line,
                             "the first line must be the header: client, node, reply, choice, "
                             "code, qtype (tab-separated)",
                             NULL);
        } else
            rc = parse_row(c, buf, line);
    }
    fclose(f);
    if (rc == EXIT_OK && !c->file_rows) rc = fail_at(c, line, "no labelled replies", NULL);
    return rc;
}

/* reflection 1, question 2, anything else 0: the distinction a trainee most needs. */
static int family(int code)
{
    return code == MITI_SR || code == MITI_CR ? 1 : code == MITI_Q ? 2 : 0;
}

typedef struct CalStats {
    int rows, with_choice, top1, confident_right, confident_wrong, asked, unmatched;
    int none_rows, none_unmatched, none_asked;
    int coded, code_agree, rules_agree, rq_rows, rq_agree, rules_rq_agree, q_rows, q_agree;
    int confusion[MITI_COUNT][MITI_COUNT]; /* [label][as played] */
} CalStats;

/* The code a reply counts as when played: taken confidently as a choice, the turn is that
 * choice and counts as its codes (the principal of them); otherwise the coder's. */
static int played_code(const Cal *c, const CalRow *r)
{
    const FtMatch *m = &r->m;
    if (m->verdict != FT_CONFIDENT || !m->nbest) return (int)m->code.principal;
    const Choice *ch = &c->clients[r->client].h->sc.nodes[r->node].choices[m->best[0]];
    return (int)freetext_principal(ch->codes, ch->ncodes);
}
static void tally(const Cal *c, CalStats *st)
{
    memset(st, 0, sizeof *st);
    for (int i = 0; i < c->nrows; i++) {
        const CalRow *r = &c->rows[i];
        const FtMatch *m = &r->m;
        int got = m->nbest ? m->best[0] : -1;
        bool confident = m->verdict == FT_CONFIDENT;
        st->rows++;
        st->asked += m->verdict == FT_ASK;
        st->unmatched += m->verdict == FT_UNMATCHED;
        if (r->want >= 0) {
            st->with_choice++;
            st->top1 += got == r->want;
            st->confident_right += confident && got == r->want;
        } else {
            st->none_rows++;
            st->none_unmatched += m->verdict == FT_UNMATCHED;
            st->none_asked += m->verdict == FT_ASK;
        }
        if (confident && got != r->want) st->confident_wrong++;
        int rules = (int)m->code.principal, coded = played_code(c, r);
        st->coded++;
        st->code_agree += coded == r->code;
        st->rules_agree += rules == r->code;
        st->confusion[r->code][coded]++;
        if (family(r->code)) {
            st->rq_rows++;
            st->rq_agree += family(r->code) == family(coded);
            st->rules_rq_agree += family(r->code) == family(rules);
        }
        if (r->code == MITI_Q && coded == MITI_Q && r->qopen >= 0) {
            st->q_rows++;
            st->q_agree += r->qopen == (int)m->code.open;
        }
    }
}

static double share(int a, int b)
{
    return b ? (double)a / b : 0;
}

static bool meets(const CalStats *st)
{
    return share(st->top1, st->with_choice) >= TARGET_TOP1 &&
           share(st->confident_wrong, st->rows) <= TARGET_CONFIDENT_WRONG &&
           share(st->code_agree, st->coded) >= TARGET_CODES &&
           share(st->rq_agree, st->rq_rows) >= TARGET_REFLECT_QUESTION;
}

static const char *choice_id(const Cal *c, const CalRow *r, int k)
{
    if (k < 0) return "-";
    return c->clients[r->client].h->sc.nodes[r->node].choices[k].id;
}

/* A miss costs most when it was confident: those first, then by how far off the match was. */
static double miss_weight(const CalRow *r)
{
    const FtMatch *m = &r->m;
    int got = m->nbest ? m->best[0] : -1;
    bool wrong = m->verdict == FT_CONFIDENT && got != r->want;
    bool missed = r->want >= 0 && got != r->want;
    return wrong ? 2 + m->confidence : missed ? 1 + (m->nbest ? m->score[0] : 0) : 0;
}

static int by_weight(const void *a, const void *b)
{
    double x = miss_weight(*(const CalRow *const *)a), y = miss_weight(*(const CalRow *const *)b);
    return x < y ? 1 : x > y ? -1 : 0;
}

static const char *verdict_name(FtVerdict v)
{
    return v == FT_CONFIDENT ? "confident" : v == FT_ASK ? "asked" : "unmatched";
}

static const char *code_name(int code)
{
    return code == MITI_NONE ? "-" : miti_name((Miti)code);
}

/* Replies coded otherwise than labelled, in file order: the label, the code as played and the
 * coder's own, for whoever tunes the cue table; a question told open for closed (or the
 * reverse) is a miss too. */
static void print_code_misses(const Cal *c, int limit)
{
    printf("code misses:\n");
    for (int i = 0, shown = 0; i < c->nrows && shown < limit; i++) {
        const CalRow *r = &c->rows[i];
        int played = played_code(c, r), rules = (int)r->m.code.principal;
        bool kind = r->code == MITI_Q && played == MITI_Q && r->qopen >= 0 &&
                    r->qopen != (int)r->m.code.open;
        if (played == r->code && rules == r->code && !kind) continue;
        shown++;
        const char *want = r->qopen < 0 ? "" : r->qopen ? " (open)" : " (closed)";
        const char *got = rules != MITI_Q ? "" : r->m.code.open ? " (open)" : " (closed)";
        printf("  %s:%d %s/%s: \"%s\"\n    labelled %s%s, played %s, coder %s%s\n",
               term_safe(r->path, false), r->line, term_safe(c->clients[r->client].h->sc.id, false),
               term_safe(c->clients[r->client].h->sc.nodes[r->node].id, false),
               term_safe(r->reply, false), code_name(r->code), want, code_name(played),
               code_name(rules), got);
    }
}

static void print_text(const Cal *c, const CalStats *st, const FtTuning *tu, int worst,
                       int code_misses)
{
    bool speller = c->nclients && freetext_has_speller(c->clients[0].r.ft);
    printf("calibrate: %d replies from %d clients (%s); speller %s\n", st->rows, c->nclients,
           term_safe(c->path, false), speller ? "on" : "off (install hunspell-en-us)");
    printf("thresholds: confident %.2f, margin %.2f, floor %.2f, code weight %.2f\n", tu->confident,
           tu->margin, tu->floor, tu->code_weight);
    printf("matching, %d replies with a matching choice:\n", st->with_choice);
    printf("  top-1 accuracy             %5.1f%%  (%d/%d)   target >= 85%%\n",
           100 * share(st->top1, st->with_choice), st->top1, st->with_choice);
    printf("  taken confidently, right   %5.1f%%  (%d/%d)\n",
           100 * share(st->confident_right, st->with_choice), st->confident_right, st->with_choice);
    printf("  confident and wrong        %5.1f%%  (%d/%d of all replies)   target <= 5%%\n",
           100 * share(st->confident_wrong, st->rows), st->confident_wrong, st->rows);
    printf("  verdicts                   confident %d, asked %d, unmatched %d\n",
           st->rows - st->asked - st->unmatched, st->asked, st->unmatched);
    printf("  no matching choice (%d)    unmatched %d, asked %d, taken wrongly %d\n", st->none_rows,
           st->none_unmatched, st->none_asked, st->none_rows - st->none_unmatched - st->none_asked);
    printf("coding, %d replies (as played: a reply taken confidently counts as the choice's "
           "code; otherwise as the coder's):\n",
           st->coded);
    printf("  code agreement, as played  %5.1f%%  (%d/%d)   target >= 80%%\n",
           100 * share(st->code_agree, st->coded), st->code_agree, st->coded);
    printf("  code agreement, coder only %5.1f%%  (%d/%d)\n",
           100 * share(st->rules_agree, st->coded), st->rules_agree, st->coded);
    printf("  reflections vs questions   %5.1f%%  (%d/%d)   target >= 90%%; coder only %.1f%%\n",
           100 * share(st->rq_agree, st->rq_rows), st->rq_agree, st->rq_rows,
           100 * share(st->rules_rq_agree, st->rq_rows));
    printf("  open vs closed questions   %5.1f%%  (%d/%d)\n", 100 * share(st->q_agree, st->q_rows),
           st->q_agree, st->q_rows);
    static const char *const abbr[MITI_COUNT] = {"Q",  "SR",  "CR",   "AF",   "Seek", "Emph",
                                                 "GI", "PWP", "Pers", "Conf", "-"};
    printf("confusion (rows: the label; columns: as played)\n%-10s", "");
    for (int j = 0; j < MITI_COUNT; j++)
        printf("%6s", abbr[j]);
    printf("  agree\n");
    for (int i = 0; i < MITI_COUNT; i++) {
        int row = 0;
        printf("%-10s", code_name(i));
        for (int j = 0; j < MITI_COUNT; j++) {
            printf("%6d", st->confusion[i][j]);
            row += st->confusion[i][j];
        }
        printf("  %5.1f%%\n", 100 * share(st->confusion[i][i], row));
    }
    const CalRow **order = malloc(sizeof *order * (size_t)c->nrows);
    if (order) {
        for (int i = 0; i < c->nrows; i++)
            order[i] = &c->rows[i];
        qsort(order, (size_t)c->nrows, sizeof *order, by_weight);
        printf("worst misses:\n");
        for (int i = 0; i < worst && i < c->nrows && miss_weight(order[i]) > 0; i++) {
            const CalRow *r = order[i];
            const FtMatch *m = &r->m;
            printf("  %s:%d %s/%s: \"%s\"\n    wanted %s (%s), got %s (%s, %s %.2f)\n",
                   term_safe(r->path, false), r->line,
                   term_safe(c->clients[r->client].h->sc.id, false),
                   term_safe(c->clients[r->client].h->sc.nodes[r->node].id, false),
                   term_safe(r->reply, false), term_safe(choice_id(c, r, r->want), false),
                   code_name(r->code),
                   term_safe(choice_id(c, r, m->nbest ? m->best[0] : -1), false),
                   code_name((int)m->code.principal), verdict_name(m->verdict), m->confidence);
        }
        free(order);
    }
    if (code_misses) print_code_misses(c, code_misses);
    printf("targets: %s\n", meets(st) ? "all met" : "NOT all met");
}

static void print_json(const CalStats *st, const FtTuning *tu)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "replies", st->rows);
    cJSON_AddNumberToObject(o, "with_choice", st->with_choice);
    cJSON_AddNumberToObject(o, "top1", share(st->top1, st->with_choice));
    cJSON_AddNumberToObject(o, "confident_wrong", share(st->confident_wrong, st->rows));
    cJSON_AddNumberToObject(o, "confident_right", share(st->confident_right, st->with_choice));
    cJSON_AddNumberToObject(o, "asked", st->asked);
    cJSON_AddNumberToObject(o, "unmatched", st->unmatched);
    cJSON_AddNumberToObject(o, "code_agreement", share(st->code_agree, st->coded));
    cJSON_AddNumberToObject(o, "code_agreement_coder", share(st->rules_agree, st->coded));
    cJSON_AddNumberToObject(o, "reflections_vs_questions_coder",
                            share(st->rules_rq_agree, st->rq_rows));
    cJSON_AddNumberToObject(o, "reflections_vs_questions", share(st->rq_agree, st->rq_rows));
    cJSON_AddNumberToObject(o, "open_vs_closed", share(st->q_agree, st->q_rows));
    cJSON *t = cJSON_AddObjectToObject(o, "tuning");
    cJSON_AddNumberToObject(t, "confident", tu->confident);
    cJSON_AddNumberToObject(t, "margin", tu->margin);
    cJSON_AddNumberToObject(t, "floor", tu->floor);
    cJSON_AddNumberToObject(t, "code_weight", tu->code_weight);
    cJSON *conf = cJSON_AddObjectToObject(o, "confusion");
    for (int i = 0; i < MITI_COUNT; i++) {
        cJSON *row = cJSON_AddObjectToObject(conf, code_name(i));
        for (int j = 0; j < MITI_COUNT; j++)
            if (st->confusion[i][j])
                cJSON_AddNumberToObject(row, code_name(j), st->confusion[i][j]);
    }
    cJSON_AddBoolToObject(o, "targets_met", meets(st));
    char *text = cJSON_PrintUnformatted(o);
    if (text) puts(text);
    free(text);
    cJSON_Delete(o);
}

/* A threshold given as text: a number from 0 to 1 (or up to 5 for the code weight). */
static int threshold(const char *opt, const char *text, double max, double *out)
{
    if (!text) return EXIT_OK;
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (errno || end == text || *end || !(v >= 0 && v <= max)) {
        fprintf(stderr, "rapport calibrate: %s: \"%s\" is not a number from 0 to %g\n", opt,
                term_safe(text, false), max);
        return EXIT_BAD_INPUT;
    }
    *out = v;
    return EXIT_OK;
}

static void cal_free(Cal *c)
{
    for (int i = 0; i < c->nrows; i++)
        free(c->rows[i].reply);
    free(c->rows);
    for (int i = 0; i < c->nclients; i++) {
        replies_close(&c->clients[i].r);
        host_close(c->clients[i].h);
    }
}

static bool is_labels(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && !strcmp(path + n - 4, ".tsv");
}

int cmd_calibrate(int argc, char **argv)
{
    CalOpts o = {.worst = 10};
    const Option options[] = {
        OPTION_FLAG("--json", &o.json, "the figures as one JSON object"),
        OPTION_FLAG("--check", &o.check, "exit 1 when a target of issue 15 is missed"),
        OPTION_U64("--worst", &o.worst, "N", "how many of the worst misses to list (10)", 0,
                   100000),
        OPTION_U64("--code-misses", &o.code_misses, "N",
                   "list N replies coded otherwise than labelled (0)", 0, 100000),
        OPTION_STRING("--half", &o.half, "dev|test",
                      "only the 1st, 3rd, 5th... replies of each file (dev: tune on these) or "
                      "the others (test: held out)"),
        OPTION_STRING("--confident", &o.confident, "X", "score needed to take a match (0-1)"),
        OPTION_STRING("--margin", &o.margin, "X", "lead over the second choice needed (0-1)"),
        OPTION_STRING("--floor", &o.floor, "X", "below this score nothing fits (0-1)"),
        OPTION_STRING("--code-weight", &o.code_weight, "X",
                      "how much agreeing codes add to the score (0-5)"),
        {0}};
    const Command cmd = {
        "calibrate", "[CLIENT...] LABELS.tsv...", cmd_calibrate_summary, options, 1, -1};
    const char **ops = calloc((size_t)argc + 1, sizeof *ops);
    if (!ops) return EXIT_BAD_INPUT;
    int n, rc = opts_parse(&cmd, argc, argv, ops, &n);
    FtTuning tu = freetext_tuning_default();
    if (rc == EXIT_OK) rc = threshold("--confident", o.confident, 1, &tu.confident);
    if (rc == EXIT_OK) rc = threshold("--margin", o.margin, 1, &tu.margin);
    if (rc == EXIT_OK) rc = threshold("--floor", o.floor, 1, &tu.floor);
    if (rc == EXIT_OK) rc = threshold("--code-weight", o.code_weight, 5, &tu.code_weight);
    if (rc != EXIT_OK) {
        free(ops);
        return opts_exit(rc);
    }
    int half = !o.half ? 0 : !strcmp(o.half, "dev") ? 1 : !strcmp(o.half, "test") ? 2 : -1;
    if (half < 0) {
        fprintf(stderr, "rapport calibrate: --half: \"%s\" is not dev or test\n",
                term_safe(o.half, false));
        free(ops);
        return EXIT_BAD_INPUT;
    }
    Cal *c = calloc(1, sizeof *c);
    if (!c) {
        free(ops);
        return EXIT_BAD_INPUT;
    }
    /* Client files first, then labels: the last argument and any other ending in .tsv. */
    for (int i = 0; rc == EXIT_OK && i < n - 1; i++)
        if (!is_labels(ops[i])) rc = add_client_file(c, ops[i]);
    char files[1024] = "";
    for (int i = 0; rc == EXIT_OK && i < n; i++)
        if (i == n - 1 || is_labels(ops[i])) {
            rc = read_labels(c, ops[i]);
            size_t used = strlen(files);
            snprintf(files + used, sizeof files - used, "%s%s", used ? ", " : "", ops[i]);
        }
    c->path = files;
    if (rc == EXIT_OK && half) { /* keep every other reply of each file: dev the 1st, 3rd...; */
        int kept = 0;            /* test the rest */
        for (int i = 0; i < c->nrows; i++) {
            if (c->rows[i].index % 2 == half - 1)
                c->rows[kept++] = c->rows[i];
            else
                free(c->rows[i].reply);
        }
        c->nrows = kept;
    }
    if (rc == EXIT_OK) {
        for (int i = 0; i < c->nrows; i++) {
            CalRow *r = &c->rows[i];
            replies_match_node(&c->clients[r->client].r, r->node, r->reply, &tu, &r->m);
        }
        CalStats st;
        tally(c, &st);
        if (o.json)
            print_json(&st, &tu);
        else
            print_text(c, &st, &tu, (int)o.worst, (int)o.code_misses);
        rc = o.check && !meets(&st) ? EXIT_FAILED : EXIT_OK;
    }
    cal_free(c);
    free(c);
    free(ops);
    return rc;
}
