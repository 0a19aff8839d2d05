/* lint: static and explored checks of a scenario, each with a stable code. A file that does
 * not load at all is reported too, classified by what the loader said. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/bots.h"
#include "../core/explore.h"
#include "../core/transcript.h"
#include "cli.h"
#include "opts.h"
#include "../text/reply.h"
#include "../store/paths.h"

#define LINE_MAX_CHARS 300 /* what the speech panel shows without scrolling */

typedef enum Severity { SEV_WARNING, SEV_ERROR } Severity;

typedef struct Lint {
    const char *path;
    int errors, warnings;
    bool json;
    bool first;
    int taken, total; /* choices taken in exploration, of all choices */
    bool dead_lines;  /* --dead-lines: R024 from exploration too */
} Lint;

static void finding(Lint *l, int line, const char *code, Severity sev, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sev == SEV_ERROR ? l->errors++ : l->warnings++;
    if (l->json) {
        printf("%s{\"file\":", l->first ? "" : ",\n");
        json_string(stdout, l->path);
        printf(",\"line\":%d,\"code\":\"%s\",\"severity\":\"%s\",\"message\":", line, code,
               sev == SEV_ERROR ? "error" : "warning");
        json_string(stdout, msg);
        printf("}");
        l->first = false;
        return;
    }
    if (line > 0)
        printf("%s:%d: %s %s: %s\n", l->path, line, code, sev == SEV_ERROR ? "error" : "warning",
               msg);
    else
        printf("%s: %s %s: %s\n", l->path, code, sev == SEV_ERROR ? "error" : "warning", msg);
}

/* A load error's code: the mistakes lint named before the loader went on past errors keep
 * their codes; every other one is E001. */
static const char *load_code(const char *err)
{
    if (strstr(err, "which does not exist")) return "R001";
    if (strstr(err, "unknown move") || strstr(err, "'move' is required")) return "R007";
    if (strstr(err, "is not a state variable")) return "R010";
    return "E001";
}

/* A load error "file:line: message", as a finding at its line. */
static void load_failure(Lint *l, const char *err)
{
    /* err is "file:line: message": keep the line, drop the file. */
    const char *rest = err;
    int line = 0;
    size_t n = strlen(l->path);
    if (!strncmp(err, l->path, n) && err[n] == ':') {
        line = atoi(err + n + 1);
        rest = strchr(err + n + 1, ':');
        rest = rest && line ? rest + 2 : err + n + 2;
    }
    finding(l, line, load_code(err), SEV_ERROR, "%s", rest);
}

/* The load errors the loader recorded, in file order: the first LOAD_ERRORS_SHOWN. */
static void load_failures(Lint *l, const Host *h)
{
    int shown = h->nload_errors < LOAD_ERRORS_SHOWN ? h->nload_errors : LOAD_ERRORS_SHOWN;
    for (int i = 0; i < shown; i++)
        load_failure(l, h->load_errors[i].text);
    int more = h->load_errors_total - shown;
    if (more > 0)
        finding(l, 0, "E001", SEV_ERROR, "%d more load errors (the first %d are above)", more,
                shown);
}

/* What a half-loaded scenario holds safely: a node whose building stopped at an error may
 * have choices that were never filled in, so checks read only whole nodes and choices. */
static bool node_whole(const Host *h, int i)
{
    return !h->node_broken || !h->node_broken[i];
}

static bool choice_whole(const Scenario *sc, const Choice *c)
{
    return c->text && c->move >= 0 && c->move < sc->nmoves;
}

/* The engine's own nodes (the default walk-out ending) have no line: nothing to report. */
static bool engine_node(const Node *n)
{
    return n->line == 0;
}

/* Is `name` used as a word anywhere in the file except at the lines given? */
static bool word_used(const char *src, const char *name, const int *skip_lines, int nskip)
{
    size_t n = strlen(name);
    int line = 1;
    for (const char *p = src; *p; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        if (*p != *name || strncmp(p, name, n) != 0) continue;
        bool word = (p == src || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
                    !(isalnum((unsigned char)p[n]) || p[n] == '_');
        bool skipped = false;
        for (int i = 0; i < nskip; i++)
            skipped |= skip_lines[i] == line;
        if (word && !skipped) return true;
    }
    return false;
}

static bool cond_reads(const Cond *c, int var)
{
    for (int i = 0; i < c->nterms; i++)
        if (c->terms[i].var == var) return true;
    return false;
}

/* R009: declared, never read (no table condition, expectation or Lua text names it, other
 * than where it is declared and where table effects set it). R010: read in Lua (s.name) but
 * never declared. */
static void check_variables(Lint *l, const Host *h)
{
    const Scenario *sc = &h->sc;
    const char *src = h->source;
    for (int v = 0; v < sc->layout.count; v++) {
        const VarDecl *d = &sc->layout.vars[v];
        if (d->flags & (VAR_MODEL | VAR_READONLY)) continue;
        bool read = false;
        int writes[256], nw = 0;
        int decl = srcloc_key(h->srcindex, d->name, 1);
        writes[nw++] = decl;
        for (int n = 0; n < sc->nnodes && !read; n++) {
            const Node *node = &sc->nodes[n];
            for (int k = 0; k < node->nchoices && !read; k++) {
                const Choice *c = &node->choices[k];
                read |= cond_reads(&c->when, v);
                for (int r = 0; r < c->nroutes; r++)
                    read |= cond_reads(&c->routes[r].when, v);
                for (int e = 0; e < c->effect.ndeltas && nw < 256; e++)
                    if (c->effect.deltas[e].var == v) {
                        int w = srcloc_key(h->srcindex, d->name, c->line);
                        if (w) writes[nw++] = w;
                    }
            }
        }
        for (int r = 0; r < sc->nrules; r++)
            read |= cond_reads(&sc->rules[r].when, v);
        for (int i = 0; i < sc->ninvariants; i++)
            read |= cond_reads(&sc->invariants[i].holds, v);
        for (int t = 0; t < sc->ntests && !h->partial; t++)
            for (int e = 0; e < sc->tests[t].nexpects; e++)
                read |= sc->tests[t].expects[e].var == v;
        /* Lua code that names it (s.name) counts as reading it. */
        if (!read) read = word_used(src, d->name, writes, nw);
        if (!read)
            finding(l, decl, "R009", SEV_WARNING, "state variable '%s' is declared but never read",
                    d->name);
    }
    /* s.name in Lua code, for a name that is not declared. */
    int line = 1;
    for (const char *p = src; *p; p++) {
        if (*p == '\n') line++;
        if (*p != 's' || p[1] != '.' ||
            (p > src && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.')))
            continue;
        const char *q = p + 2;
        char name[64];
        size_t n = 0;
        while ((isalnum((unsigned char)*q) || *q == '_') && n < sizeof name - 1)
            name[n++] = *q++;
        name[n] = '\0';
        /* s.visits.node is the engine's visit counts (unless a variable takes the name). */
        if (n && layout_find(&sc->layout, name) < 0 && strcmp(name, "visits") != 0)
            finding(l, line, "R010", SEV_ERROR,
                    "'s.%s' reads a state variable that is not declared", name);
    }
}

/* Characters, not bytes: what the trainee sees as length. */
static size_t text_chars(const char *s)
{
    size_t len = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        len += (*p & 0xC0) != 0x80;
    return len;
}

/* The line of a choice's text. The loader finds it by the text's opening words, which stop at
 * the first quote mark, so a text opening "You're" falls back to the node's line; then try
 * the words after each quote mark. */
static int choice_line(const Host *h, const Node *n, const Choice *c)
{
    if (c->line != n->line) return c->line;
    for (const char *p = c->text; *p; p++)
        if (strchr("\"'\\", *p)) {
            int at = srcloc_text(h->srcindex, p + 1, n->line);
            if (at) return at;
        }
    return c->line;
}

/* For R012: a reflection, affirmation, collaboration or autonomy, or information given
 * honestly (MITI codes GI as neutral, not as a righting reflex). */
static bool is_mi_choice(const Scenario *sc, const Choice *c)
{
    return bot_appetite(BOT_MI, sc->moves[c->move].name) >= 2;
}

/* R002's graph: reachable by any route, ignoring conditions, from the start and the nodes
 * rules and limits send to. False when a node stopped loading partway: its missing choices
 * could lead anywhere, so "unreachable" cannot be told. */
static bool reach(const Host *h, bool *reachable)
{
    const Scenario *sc = &h->sc;
    int *stack = malloc(sizeof(int) * (size_t)(sc->nnodes + 1));
    int top = 0;
    bool sure = true;
    if (!stack) return false;
    memset(reachable, 0, (size_t)sc->nnodes);
    reachable[sc->start] = true;
    stack[top++] = sc->start;
    int extra[64], nextra = 0;
    if (sc->walkout >= 0) extra[nextra++] = sc->walkout;
    if (sc->turn_limit_node >= 0) extra[nextra++] = sc->turn_limit_node;
    for (int r = 0; r < sc->nrules && nextra < 64; r++)
        if (sc->rules[r].node >= 0) extra[nextra++] = sc->rules[r].node;
    for (int k = 0; k < sc->nsittings && nextra < 64; k++) /* each session of a course */
        extra[nextra++] = sc->sittings[k].start;
    for (int i = 0; i < nextra; i++)
        if (!reachable[extra[i]]) reachable[extra[i]] = true, stack[top++] = extra[i];
    while (top) {
        int at = stack[--top];
        const Node *n = &sc->nodes[at];
        for (int k = 0; k < n->nchoices; k++) {
            sure &= n->choices[k].text && n->choices[k].nroutes > 0;
            for (int r = 0; r < n->choices[k].nroutes; r++) {
                int to = n->choices[k].routes[r].node;
                if (to >= 0 && !reachable[to]) reachable[to] = true, stack[top++] = to;
            }
        }
        if (h->node_broken && h->node_broken[at] == 1) sure &= n->nchoices > 0;
    }
    free(stack);
    return sure;
}

/* R011: an ending that shows the engine's default debrief while the author wrote others. */
static void check_debriefs(Lint *l, const Scenario *sc)
{
    bool own = false;
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        own |= n->ending && n->debrief && !engine_node(n) &&
               strcmp(n->debrief, host_default_debrief(n->outcome)) != 0;
    }
    for (int i = 0; i < sc->nnodes && own; i++) {
        const Node *n = &sc->nodes[i];
        if (n->ending && !engine_node(n) && n->debrief &&
            !strcmp(n->debrief, host_default_debrief(n->outcome)))
            finding(l, n->line, "R011", SEV_WARNING,
                    "ending '%s' has no debrief text for the trainee (the other endings have "
                    "their own; this one shows the default)",
                    n->ending);
    }
}

/* R013: lines too long for the speech panel. */
static void check_lengths(Lint *l, const Host *h, const Node *n)
{
    const LineSet *sets[] = {&n->say.plain,   &n->say.band[0], &n->say.band[1],  &n->say.band[2],
                             &n->say.band[3], &n->say.deflect, &n->say.questions};
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++)
        for (int j = 0; j < sets[s]->count; j++) {
            size_t len = text_chars(sets[s]->lines[j]);
            if (len > LINE_MAX_CHARS) {
                int at = srcloc_text(h->srcindex, sets[s]->lines[j], n->line);
                finding(l, at ? at : n->line, "R013", SEV_WARNING,
                        "node '%s': a line of %zu characters is too long for the speech panel "
                        "(at most %d)",
                        n->id, len, LINE_MAX_CHARS);
            }
        }
}

/* R022: a constant effect that changes a number by more than its whole range, so that it
 * always ends at a limit (asked_why = 9 on a range of 0 to 4), at the effect's line. */
static void check_effect_ranges(Lint *l, const Host *h, const Node *n, const Choice *c)
{
    const StateLayout *lay = &h->sc.layout;
    for (int e = 0; e < c->effect.ndeltas; e++) {
        const Delta *d = &c->effect.deltas[e];
        const VarDecl *v = &lay->vars[d->var];
        double span = v->max - v->min;
        if (d->set || v->type == VAR_FLAG || (d->value <= span && d->value >= -span)) continue;
        int at = srcloc_key(h->srcindex, v->name, c->line);
        finding(l, at ? at : c->line, "R022", SEV_WARNING,
                "node '%s', choice %s: '%s = %g' changes '%s' by more than its range (%g to "
                "%g): it always ends at %g",
                n->id, c->id, v->name, d->value, v->name, v->min, v->max,
                d->value > 0 ? v->max : v->min);
    }
}

/* R008, R014, R022 and R012 for the choices of one whole node. */
static void check_choices(Lint *l, const Host *h, const Node *n)
{
    const Scenario *sc = &h->sc;
    bool mi = false;
    for (int k = 0; k < n->nchoices; k++) {
        const Choice *c = &n->choices[k];
        if (!choice_whole(sc, c)) continue;
        mi |= is_mi_choice(sc, c);
        for (int j = 0; j < k; j++)
            if (n->choices[j].text && !strcmp(n->choices[j].text, c->text))
                finding(l, choice_line(h, n, c), "R008", SEV_WARNING,
                        "node '%s': choices %d and %d say the same thing", n->id, j + 1, k + 1);
        if (!c->feedback)
            finding(l, choice_line(h, n, c), "R014", SEV_WARNING,
                    "node '%s', choice %s has no feedback for the debrief", n->id, c->id);
        check_effect_ranges(l, h, n, c);
    }
    if (!mi && sc->has_model && n->nchoices)
        finding(l, n->line, "R012", SEV_WARNING,
                "node '%s' offers no MI-consistent choice (a reflection, affirmation, "
                "collaboration, autonomy or honest information)",
                n->id);
}

static void check_static(Lint *l, const Host *h, bool *reachable)
{
    const Scenario *sc = &h->sc;
    bool sure = reach(h, reachable);
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (engine_node(n)) continue;
        if (!reachable[i] && sure)
            finding(l, n->line, "R002", SEV_WARNING, "node '%s' is unreachable from the start",
                    n->id);
        if (!node_whole(h, i)) continue;
        check_lengths(l, h, n);
        if (!n->ending) check_choices(l, h, n);
    }
    check_debriefs(l, sc);
}

/* ---- Choice design (R017-R021): what a trainee could answer from the text alone, and text
 * that contradicts its tag. Plain rules on purpose: an author can see why each one fired. */

static bool is_skilled(const Scenario *sc, const Choice *c)
{
    return move_is_mi_consistent(sc->moves[c->move].name);
}

static bool has_code(const Choice *c, Miti m)
{
    for (int i = 0; i < c->ncodes; i++)
        if (c->codes[i] == m) return true;
    return false;
}

/* A choice point for R017: both a skilled and an unskilled option, so that a surface cue
 * (length, position) could stand in for skill. */
static bool mixed_point(const Scenario *sc, const Node *n)
{
    bool skilled = false, unskilled = false;
    for (int k = 0; k < n->nchoices; k++)
        is_skilled(sc, &n->choices[k]) ? (skilled = true) : (unskilled = true);
    return !n->ending && skilled && unskilled;
}

/* Is a skilled option strictly longer than every unskilled one? Then the `longest` bot
 * picks skill without reading. */
static bool longest_is_skilled(const Scenario *sc, const Node *n)
{
    size_t best_skilled = 0, best_other = 0;
    for (int k = 0; k < n->nchoices; k++) {
        size_t len = text_chars(n->choices[k].text);
        size_t *best = is_skilled(sc, &n->choices[k]) ? &best_skilled : &best_other;
        if (len > *best) *best = len;
    }
    return best_skilled > best_other;
}

/* Keeps in *at whichever of the two nodes comes first in the file. */
static void earliest(const Scenario *sc, int *at, int node)
{
    if (*at < 0 || sc->nodes[node].line < sc->nodes[*at].line) *at = node;
}

/* R017: one finding per file, at the earliest offending node, since a giveaway is a pattern
 * across the client, not a fault of one node. Choices are shuffled per session, so position
 * only counts where the author fixed the order. */
static void check_giveaways(Lint *l, const Scenario *sc)
{
    int points = 0, longest = 0, longest_at = -1, fixed = 0, first = 0, first_at = -1;
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (!mixed_point(sc, n)) continue;
        points++;
        if (longest_is_skilled(sc, n)) longest++, earliest(sc, &longest_at, i);
        if (!n->fixed_order) continue;
        fixed++;
        if (is_skilled(sc, &n->choices[0])) first++, earliest(sc, &first_at, i);
    }
    if (longest * 2 > points)
        finding(
            l, sc->nodes[longest_at].line, "R017", SEV_WARNING,
            "the MI-consistent option is the longest at %d of %d choice points: length gives the "
            "answer away (the first is node '%s')",
            longest, points, sc->nodes[longest_at].id);
    if (first * 2 > fixed)
        finding(l, sc->nodes[first_at].line, "R017", SEV_WARNING,
                "the MI-consistent option is shown first at %d of %d choice points with order = "
                "\"fixed\": position gives the answer away (the first is node '%s')",
                first, fixed, sc->nodes[first_at].id);
}

/* Lower case, curly apostrophes read as straight ones, so the phrase rules match what an
 * author types in either style. The caller frees the copy. */
static char *fold(const char *text)
{
    size_t n = strlen(text);
    char *out = malloc(n + 1), *o = out;
    if (!out) return NULL;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
            *o++ = '\'';
            p += 2;
        } else
            *o++ = (char)tolower(*p);
    }
    *o = '\0';
    return out;
}

static bool is_letter(char c)
{
    return isalpha((unsigned char)c) || c == '\'' || (unsigned char)c >= 0x80;
}

/* The word ending just before `at` in `s`, copied into `word` (empty at the start). */
static void word_before(const char *s, const char *at, char *word, size_t size)
{
    const char *end = at;
    while (end > s && !is_letter(end[-1]))
        end--;
    const char *start = end;
    while (start > s && is_letter(start[-1]))
        start--;
    size_t n = (size_t)(end - start) < size - 1 ? (size_t)(end - start) : size - 1;
    memcpy(word, start, n);
    word[n] = '\0';
}

static bool in_list(const char *word, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(word, *list)) return true;
    return false;
}

/* R021: a directive ("you should") outside a Persuade or Confront code. Persuade with
 * permission is persuasion too. The phrase is not a directive after a question or condition
 * ("what would you need to see?", "if you have to") or inside a reflected feeling or demand
 * ("you feel you have to", "telling you you must"), so those words before it excuse it. */
static const char *directive(const char *folded)
{
    static const char *const PHRASES[] = {"you should", "you need to", "you have to", "you must",
                                          NULL};
    static const char *const EXCUSED[] = {
        "would", "do",      "does",    "did",     "will",  "could", "can",
        "might", "may",     "what",    "where",   "how",   "why",   "when",
        "if",    "whether", "unless",  "feel",    "feels", "felt",  "feeling",
        "think", "thinks",  "thought", "believe", "like",  "you",   NULL};
    for (int i = 0; PHRASES[i]; i++) {
        size_t n = strlen(PHRASES[i]);
        for (const char *p = strstr(folded, PHRASES[i]); p; p = strstr(p + 1, PHRASES[i])) {
            if ((p > folded && is_letter(p[-1])) || is_letter(p[n])) continue;
            char prev[16];
            word_before(folded, p, prev, sizeof prev);
            if (!in_list(prev, EXCUSED)) return PHRASES[i];
        }
    }
    return NULL;
}

/* R020: every statement is an apology, so nothing of the client's is reflected back. A
 * question beside it ("I'm sorry. Can we start again?") reflects nothing either, so questions
 * are skipped; at least one apology must remain. */
static bool apology_only(const char *folded)
{
    static const char *const APOLOGY[] = {"sorry",    "apolog",     "my mistake",
                                          "my fault", "forgive me", NULL};
    int sentences = 0;
    for (const char *p = folded; *p;) {
        size_t n = strcspn(p, ".!?");
        bool words = false, apology = false;
        for (size_t i = 0; i < n; i++)
            words |= isalpha((unsigned char)p[i]) != 0;
        for (int a = 0; APOLOGY[a] && words; a++) {
            const char *hit = strstr(p, APOLOGY[a]);
            apology |= hit && hit < p + n;
        }
        bool question = p[n] == '?';
        if (words && !question && !apology) return false;
        sentences += words && !question;
        p += n;
        while (*p && strchr(".!?", *p))
            p++;
    }
    return sentences > 0;
}

/* R019: does the text ask? A '?', or what the typed-reply coder reads as a question or a
 * request for the client's ideas: a request for information phrased as a statement, which
 * MITI 4.2.1 codes as a question ("Tell me about Priya.", "Go on."). One reading of "asks"
 * for lint and for typed replies. */
static bool asks(Freetext *ft, const char *text)
{
    if (strchr(text, '?')) return true;
    FtCode code;
    freetext_code(ft, text, &code);
    for (int i = 0; i < code.ncodes; i++)
        if (code.codes[i] == MITI_Q || code.codes[i] == MITI_SEEK) return true;
    return false;
}

/* Does the text end with a question mark, past closing quotes and brackets? */
static bool ends_with_question(const char *text)
{
    const char *end = text + strlen(text);
    while (end > text) {
        unsigned char c = (unsigned char)end[-1];
        if (isspace(c) || c == '"' || c == '\'' || c == ')')
            end--;
        else if (end - text >= 3 && (unsigned char)end[-3] == 0xE2 &&
                 (unsigned char)end[-2] == 0x80 && (c == 0x9D || c == 0x99))
            end -= 3; /* ” or ’ */
        else
            break;
    }
    return end > text && end[-1] == '?';
}

/* R019-R021: the text of one choice against its move and codes. */
static void check_choice_text(Lint *l, const Host *h, Freetext *ft, const Node *n, const Choice *c)
{
    const Scenario *sc = &h->sc;
    const char *move = sc->moves[c->move].name;
    size_t mlen = strlen(move);
    int line = choice_line(h, n, c);
    char *folded = fold(c->text);
    if (!folded) return;
    bool all_q = c->ncodes > 0;
    for (int i = 0; i < c->ncodes; i++)
        all_q &= c->codes[i] == MITI_Q;
    bool question_move = all_q || (mlen > 9 && !strcmp(move + mlen - 9, "_question"));
    bool reflects = has_code(c, MITI_SR) || has_code(c, MITI_CR);
    const char *rcode = has_code(c, MITI_CR) ? "CR" : "SR";
    if (question_move && !asks(ft, c->text))
        finding(l, line, "R019", SEV_WARNING,
                "node '%s', choice %s: tagged %s but asks no question", n->id, c->id, move);
    else if (reflects && !has_code(c, MITI_Q) && ends_with_question(c->text))
        finding(l, line, "R019", SEV_WARNING,
                "node '%s', choice %s: tagged %s (a reflection) but ends with '?': a reflection is "
                "a statement, and a reflection then a question takes codes = { \"%s\", \"Q\" }",
                n->id, c->id, move, rcode);
    if (reflects && apology_only(folded))
        finding(l, line, "R020", SEV_WARNING,
                "node '%s', choice %s: tagged %s (a reflection) but is an apology alone: it "
                "reflects nothing the client said",
                n->id, c->id, move);
    const char *phrase = directive(folded);
    if (phrase && !has_code(c, MITI_PERSUADE) && !has_code(c, MITI_CONFRONT) &&
        !has_code(c, MITI_PWP))
        finding(l, line, "R021", SEV_WARNING,
                "node '%s', choice %s: '%s' is a directive, but it is tagged %s, not Persuade or "
                "Confront",
                n->id, c->id, phrase, move);
    free(folded);
}

/* R026: two choices at one node whose words are so alike that a typed reply could not tell
 * them apart (issue 15): the matcher's own similarity, over the choices' texts. */
#define R026_SIMILAR 0.8
static void check_typed_apart(Lint *l, const Host *h, Replies *r)
{
    const Scenario *sc = &h->sc;
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (n->ending || !node_whole(h, i)) continue;
        for (int a = 0; a < n->nchoices; a++)
            for (int b = a + 1; b < n->nchoices; b++) {
                if (!strcmp(n->choices[a].text, n->choices[b].text)) continue; /* R008's */
                double sim = freetext_similarity(r->ft, r->ix, r->base[i] + a, r->base[i] + b);
                if (sim < R026_SIMILAR) continue;
                finding(l, choice_line(h, n, &n->choices[b]), "R026", SEV_WARNING,
                        "node '%s': choices %s and %s read too alike to tell apart when typed "
                        "(similarity %.2f): make their words differ",
                        n->id, n->choices[a].id, n->choices[b].id, sim);
            }
    }
}

/* R017-R021 for a loaded scenario. R017 and R018 judge skill, which only the model's move
 * tags define, as R012 does. */
static void check_design(Lint *l, const Host *h)
{
    const Scenario *sc = &h->sc;
    Replies r;
    char err[400];
    if (replies_open(&r, sc, err, sizeof err) != 0) { /* out of memory, or no stemmer */
        finding(l, 0, "E001", SEV_ERROR, "%s", err);
        return;
    }
    check_typed_apart(l, h, &r);
    if (sc->has_model && !h->partial) check_giveaways(l, sc);
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (n->ending || !node_whole(h, i)) continue;
        bool unskilled = false;
        for (int k = 0; k < n->nchoices; k++)
            unskilled |= choice_whole(sc, &n->choices[k]) && !is_skilled(sc, &n->choices[k]);
        /* One option is a way on, not a choice: only points with a real choice count. */
        if (sc->has_model && n->nchoices >= 2 && !unskilled)
            finding(l, n->line, "R018", SEV_WARNING,
                    "node '%s': every option is MI-consistent, so there is nothing to learn from "
                    "choosing (add a tempting unskilled option)",
                    n->id);
        for (int k = 0; k < n->nchoices; k++)
            if (choice_whole(sc, &n->choices[k])) check_choice_text(l, h, r.ft, n, &n->choices[k]);
    }
    replies_close(&r);
}

/* R005's and R006's count in words: "in the one explored state that checks it", "in all 12
 * explored states that check it" (any of, for "never"). */
static const char *states_words(long long n, const char *all, char *buf, size_t size)
{
    if (n == 1)
        snprintf(buf, size, "in the one explored state that checks it");
    else
        snprintf(buf, size, "in %s %lld explored states that check it", all, n);
    return buf;
}

/* R005 and R006: a choice's 'when' that never holds, or always does. */
static void check_conditions(Lint *l, const Host *h, const Explorer *e, int n, bool complete)
{
    const Node *node = &h->sc.nodes[n];
    for (int k = 0; k < node->nchoices && e->reached[n]; k++) {
        const Choice *c = &node->choices[k];
        if (cond_is_always(&c->when)) continue;
        int64_t checked = e->cond_checked[(size_t)n * SESSION_MAX_CHOICES + (size_t)k];
        int64_t held = e->cond_held[(size_t)n * SESSION_MAX_CHOICES + (size_t)k];
        char words[80];
        if (checked && held == 0)
            finding(l, choice_line(h, node, c), "R005", SEV_WARNING,
                    "node '%s', choice %s: its 'when' is never true (%s)", node->id, c->id,
                    states_words((long long)checked, "any of the", words, sizeof words));
        else if (checked && held == checked && complete)
            finding(l, choice_line(h, node, c), "R006", SEV_WARNING,
                    "node '%s', choice %s: its 'when' is always true (%s)", node->id, c->id,
                    states_words((long long)checked, "all", words, sizeof words));
    }
}

/* Whether a constant change of delta d can be checked against reachable states: a number
 * the engine adds (R022 covers changes past the whole range). */
static bool clamp_candidate(const VarDecl *v, const Delta *d)
{
    double span = v->max - v->min;
    return !d->set && v->type == VAR_NUMBER && d->value <= span && d->value >= -span;
}

/* R023: a constant effect that goes past its variable's range from some reachable state
 * where the choice is offered (the engine clamps it, so the change is partly lost). One
 * finding per choice and variable, from the first such state found. Choices whose 'when' is
 * a function are skipped. One pass over the states. */
static void check_clamps(Lint *l, const Host *h, const Explorer *e)
{
    const Scenario *sc = &h->sc;
    /* Per node and choice: a bit per delta already reported (the first 32). */
    uint32_t *said = calloc((size_t)sc->nnodes * SESSION_MAX_CHOICES, sizeof *said);
    double *val = malloc((size_t)(e->nvars + 1) * sizeof *val);
    bool *may = calloc((size_t)sc->nnodes + 1, sizeof *may); /* a node with a choice to check */
    if (!said || !val || !may) {
        free(said), free(val), free(may);
        return;
    }
    for (int n = 0; n < sc->nnodes; n++)
        for (int k = 0; k < sc->nodes[n].nchoices; k++) {
            const Choice *c = &sc->nodes[n].choices[k];
            for (int d = 0; !c->when.fn && d < c->effect.ndeltas && d < 32; d++)
                may[n] = may[n] || clamp_candidate(&sc->layout.vars[c->effect.deltas[d].var],
                                                   &c->effect.deltas[d]);
        }
    for (int32_t i = 0; i < e->count; i++) {
        const Node *node = &sc->nodes[explore_node(e, i)];
        if (!may[explore_node(e, i)]) continue;
        explore_state(e, i, val);
        for (int k = 0; k < node->nchoices; k++) {
            const Choice *c = &node->choices[k];
            uint32_t *bits = &said[(size_t)explore_node(e, i) * SESSION_MAX_CHOICES + (size_t)k];
            if (c->when.fn || !c->effect.ndeltas || !cond_terms_hold(&c->when, val)) continue;
            for (int d = 0; d < c->effect.ndeltas && d < 32; d++) {
                const Delta *dl = &c->effect.deltas[d];
                const VarDecl *v = &sc->layout.vars[dl->var];
                double to = val[dl->var] + dl->value;
                if ((*bits >> d) & 1u || !clamp_candidate(v, dl) || (to <= v->max && to >= v->min))
                    continue;
                *bits |= 1u << d;
                int at = srcloc_key(h->srcindex, v->name, c->line);
                finding(l, at ? at : c->line, "R023", SEV_WARNING,
                        "node '%s', choice %s: '%s = %g' can go past %g when '%s' is %g (the "
                        "engine stops it at the limit)",
                        node->id, c->id, v->name, dl->value, to > v->max ? v->max : v->min, v->name,
                        val[dl->var]);
            }
        }
    }
    free(said), free(val), free(may);
}

/* Marks the line sets of keyed 'say' the engine can pick in state val (as session.c's
 * keyed_set: deflect, then questions, then the band, falling back to the nearest band with
 * lines, and one band higher for a volatile client). used: 4 bands, deflect, questions. */
static void mark_keyed(const Scenario *sc, const Node *n, const double *val, bool used[6])
{
    const Say *say = &n->say;
    if (say->deflect.count &&
        ((sc->var_deflecting >= 0 && val[sc->var_deflecting] != 0) || n->topic >= 0))
        used[4] = true; /* a guarded topic may be withheld: counted as possible */
    if (say->deflect.count && sc->var_deflecting >= 0 && val[sc->var_deflecting] != 0) return;
    if (sc->var_questions >= 0 && val[sc->var_questions] != 0 && say->questions.count) {
        used[5] = true;
        return;
    }
    int band = sc->var_resistance >= 0 ? band_of(sc, val[sc->var_resistance]) : 0;
    if (band < BAND_COUNT - 1 && sc->volatility > 0 && say->band[band + 1].count)
        used[band + 1] = true;
    for (int b = band; b >= 0; b--)
        if (say->band[b].count) {
            used[b] = true;
            return;
        }
    for (int b = band + 1; b < BAND_COUNT; b++)
        if (say->band[b].count) {
            used[b] = true;
            return;
        }
}

/* R024 from a complete exploration: a node's band, deflect or questions lines that no
 * reachable state at it can call for. Nodes with state-dependent lines (when = ...) are
 * skipped: those come first, and their conditions are not modelled here. */
static void check_shown_lines(Lint *l, const Host *h, const Explorer *e)
{
    const Scenario *sc = &h->sc;
    static const char *const keys[] = {"open",    "guarded", "resistant",
                                       "hostile", "deflect", "questions"};
    double *val = malloc((size_t)(e->nvars + 1) * sizeof *val);
    bool(*used)[6] = calloc((size_t)sc->nnodes + 1, sizeof *used);
    if (!val || !used) {
        free(val), free(used);
        return;
    }
    /* One pass over the states, each marking what its node's lines can say there. */
    for (int32_t i = 0; i < e->count; i++) {
        const Node *node = &sc->nodes[explore_node(e, i)];
        if (node->say.kind != SAY_KEYED || node->say.nconds) continue;
        explore_state(e, i, val);
        mark_keyed(sc, node, val, used[explore_node(e, i)]);
    }
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        if (node->say.kind != SAY_KEYED || node->say.nconds || !e->reached[n]) continue;
        const LineSet *sets[6] = {&node->say.band[0], &node->say.band[1], &node->say.band[2],
                                  &node->say.band[3], &node->say.deflect, &node->say.questions};
        for (int b = 0; b < 6; b++) {
            if (!sets[b]->count || used[n][b]) continue;
            int at = srcloc_key(h->srcindex, keys[b], node->line);
            finding(l, at ? at : node->line, "R024", SEV_WARNING,
                    "node '%s': its '%s' lines are never said (no reachable state at this node "
                    "calls for them)",
                    node->id, keys[b]);
        }
    }
    free(val), free(used);
}

/* R025 from a complete exploration: a node's conditional lines ({ when = ..., "..." }) that
 * are never said because no reachable state makes them the first to hold, and the lines for
 * when none holds when one always does. */
static void check_cond_lines(Lint *l, const Host *h, const Explorer *e)
{
    const Scenario *sc = &h->sc;
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        int nc = node->say.nconds < 31 ? node->say.nconds : 31;
        if (!nc || !e->reached[n]) continue;
        for (int k = 0; k < nc; k++)
            if (!((e->lines_said[n] >> (unsigned)k) & 1u))
                finding(l, node->say.conds[k].line, "R025", SEV_WARNING,
                        "node '%s': conditional line %d is never said (in no reachable state is "
                        "it the first whose condition holds)",
                        node->id, k + 1);
        if (!((e->lines_said[n] >> (unsigned)nc) & 1u))
            finding(l, node->line, "R025", SEV_WARNING,
                    "node '%s': its lines for when no condition holds are never said (a "
                    "conditional line always holds)",
                    node->id);
    }
}

/* Choices taken in exploration over all choices of the author's nodes, in percent. */
static double coverage(const Scenario *sc, const Explorer *e, int *taken, int *total)
{
    *taken = *total = 0;
    for (int n = 0; n < sc->nnodes; n++) {
        if (engine_node(&sc->nodes[n])) continue;
        for (int k = 0; k < sc->nodes[n].nchoices; k++) {
            (*total)++;
            *taken += (int)((e->taken[n] >> (unsigned)k) & 1u);
        }
    }
    return *total ? 100.0 * *taken / *total : 100.0;
}

/* R002 (in play), R004, R005, R006 for each node. */
static void check_reached(Lint *l, const Host *h, const Explorer *e, const bool *reachable,
                          bool complete)
{
    const Scenario *sc = &h->sc;
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        if (engine_node(node)) continue;
        if (node->ending && !e->reached[n] && complete)
            finding(l, node->line, "R004", SEV_WARNING, "ending '%s' is reached by no path",
                    node->ending);
        if (!node->ending && !e->reached[n] && reachable[n] && complete)
            finding(l, node->line, "R002", SEV_WARNING,
                    "node '%s' is never reached in play (the conditions on its way never hold)",
                    node->id);
        check_conditions(l, h, e, n, complete);
    }
}

/* The explored checks; *cover gets the coverage in percent (-1 when exploration failed). */
static void check_explored(Lint *l, Host *h, const bool *reachable, long max_states, int workers,
                           double *cover)
{
    const Scenario *sc = &h->sc;
    Explorer e;
    *cover = -1;
    if (cli_explore(h, &e, max_states, 0, workers) != 0) {
        finding(l, 0, "R000", SEV_ERROR, "exploration failed: %s", e.err);
        explore_free(&e);
        return;
    }
    bool complete = !e.hit_states && !e.hit_depth;
    if (!complete)
        finding(l, 0, "R016", SEV_WARNING,
                "exploration stopped at %d states: the checks below cover part of the space",
                e.count);
    check_reached(l, h, &e, reachable, complete);
    check_clamps(l, h, &e);
    if (complete && l->dead_lines) check_shown_lines(l, h, &e);
    if (complete) check_cond_lines(l, h, &e);
    for (int k = 0; k < e.ndead && k < 16; k++) {
        int node = explore_node(&e, e.dead_ends[k]);
        bool seen = false; /* one finding per node */
        for (int j = 0; j < k; j++)
            seen |= explore_node(&e, e.dead_ends[j]) == node;
        if (!seen)
            finding(l, sc->nodes[node].line, "R003", SEV_ERROR,
                    "node '%s' offers no choice in some reachable states (a soft-lock)",
                    sc->nodes[node].id);
    }
    if (complete && e.no_way_out)
        finding(l, 0, "R003", SEV_ERROR, "%d reachable states have no way to any ending",
                e.no_way_out);
    for (int k = 0; k < sc->ninvariants; k++)
        if (e.violation[k] >= 0)
            finding(l, sc->invariants[k].line, "R015", SEV_ERROR,
                    "invariant does not hold: %s (rapport explore shows a counterexample)",
                    sc->invariants[k].name);
    int taken, total;
    *cover = coverage(sc, &e, &taken, &total);
    l->taken = taken;
    l->total = total;
    explore_free(&e);
}

const char cmd_lint_summary[] =
    "static and explored checks of scenarios, with stable codes (R001...)";

/* The file of a scenario named by path or by a client's id. */
static void lint_path(const char *name, char *path, size_t size)
{
    size_t n = strlen(name);
    if (!strchr(name, '/') && !(n > 4 && !strcmp(name + n - 4, ".lua"))) {
        /* A client's id: bundled, or the educator's own (not found: the load says so). */
        if (!paths_client_file(cli_scripts_dir(), name, path, size))
            snprintf(path, size, "%s/clients/%s.lua", cli_scripts_dir(), name);
    } else
        snprintf(path, size, "%s", name);
}

/* The checks that a scenario that loaded only in part still allows: the load errors, then
 * what reads whole nodes only. Exploration needs the whole scenario. */
static void lint_loaded(Lint *l, Host *h, long max_states, int workers, double *cover)
{
    bool *reachable = calloc((size_t)h->sc.nnodes + 1, 1);
    if (h->partial) load_failures(l, h);
    if (reachable && h->sc.nnodes > 0 && h->sc.layout.count > 0) {
        check_static(l, h, reachable);
        check_design(l, h);
        check_variables(l, h);
        if (!h->partial) check_explored(l, h, reachable, max_states, workers, cover);
    }
    free(reachable);
}

/* Lints one scenario into the running counts: 0; 1 when its file cannot be read at all (bad
 * input); -1 when there is no Lua state. *cover: exploration's coverage, -1 without one. */
static int lint_one(const char *name, const Lint *opts, bool *first, long max_states, int workers,
                    int *errors, int *warnings, double *cover)
{
    char path[4096];
    lint_path(name, path, sizeof path);
    Lint l = *opts;
    l.path = path;
    l.first = *first;
    Host *h = host_open(cli_scripts_dir());
    if (!h) return -1;
    int bad = 0;
    *cover = -1;
    h->keep_partial = true;
    if (host_load(h, path) == 0 || h->partial) {
        lint_loaded(&l, h, max_states, workers, cover);
    } else if (strstr(h->err, "cannot open") || strstr(h->err, "is a directory")) {
        /* Files that cannot be read at all are bad input; script mistakes are findings. */
        fprintf(stderr, "%s\n", h->err);
        bad = 1;
    } else {
        for (char *line = h->err, *next; line && *line; line = next) {
            next = strchr(line, '\n');
            if (next) *next++ = '\0';
            load_failure(&l, line);
        }
    }
    *first = l.first;
    *errors += l.errors;
    *warnings += l.warnings;
    host_close(h);
    return bad;
}

/* --min-coverage: one line when a file's explored coverage is below the floor. */
static bool below_coverage(const char *name, double cover, double floor)
{
    if (floor <= 0 || cover < 0 || cover >= floor) return false;
    char path[4096];
    lint_path(name, path, sizeof path);
    fprintf(stderr,
            "%s: coverage %.1f%% of choices taken in exploration is below --min-coverage %g\n",
            path, cover, floor);
    return true;
}

int cmd_lint(int argc, char **argv)
{
    bool werror = false, json = false, dead_lines = false;
    unsigned long long max_states = 2000000, min_coverage = 0,
                       workers = (unsigned long long)cli_default_workers();
    const Option options[] = {
        OPTION_FLAG("--werror", &werror, "warnings fail too (exit 1)"),
        OPTION_FLAG("--json", &json, "the findings as a JSON array"),
        OPTION_U64("--max-states", &max_states, "N", "explore at most N states", 1, 100000000),
        OPTION_U64("--min-coverage", &min_coverage, "PCT",
                   "fail (exit 1) when exploration takes fewer than PCT% of the choices", 0, 100),
        OPTION_FLAG("--dead-lines", &dead_lines,
                    "also report lines that no reachable state calls for (R024, explored)"),
        OPTION_U64("--workers", &workers, "N",
                   "explore on N threads; the findings do not change (default: the online CPUs)", 1,
                   CLI_WORKERS_MAX),
        {0}};
    const Command c = {"lint", "[SCENARIO...]", cmd_lint_summary, options, 0, -1};
    const char **names = calloc((size_t)argc + 1, sizeof *names);
    if (!names) return EXIT_BAD_INPUT;
    int count, rc = opts_parse(&c, argc, argv, names, &count);
    if (rc) {
        free(names);
        return opts_exit(rc);
    }
    char **bundled = NULL;
    if (count == 0) {
        bundled = cli_bundled();
        free(names);
        names = (const char **)bundled;
        while (names && names[count])
            count++;
    }
    int errors = 0, warnings = 0, bad = 0;
    bool short_cover = false;
    if (json) printf("[");
    bool first = true;
    for (int i = 0; i < count; i++) {
        double cover;
        const Lint opts = {NULL, 0, 0, json, true, 0, 0, dead_lines};
        int r = lint_one(names[i], &opts, &first, (long)max_states, (int)workers, &errors,
                         &warnings, &cover);
        if (r < 0) return EXIT_BAD_INPUT;
        bad += r;
        short_cover |= below_coverage(names[i], cover, (double)min_coverage);
    }
    if (json)
        printf("%s]\n", first ? "" : "\n");
    else
        printf("%d errors, %d warnings\n", errors, warnings);
    if (bundled)
        cli_free_list(bundled);
    else
        free(names);
    if (bad) return EXIT_BAD_INPUT;
    return errors || short_cover || (werror && warnings) ? EXIT_FAILED : EXIT_OK;
}
