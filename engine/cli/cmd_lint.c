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
#include "../store/paths.h"

#define LINE_MAX_CHARS 300 /* what the speech panel shows without scrolling */

typedef enum Severity { SEV_WARNING, SEV_ERROR } Severity;

typedef struct Lint {
    const char *path;
    int errors, warnings;
    bool json;
    bool first;
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

/* A file that fails to load: the loader's message, with a code where one fits. */
static void load_failure(Lint *l, const char *err)
{
    const char *code = "R000";
    if (strstr(err, "which does not exist"))
        code = "R001";
    else if (strstr(err, "unknown move") || strstr(err, "'move' is required"))
        code = "R007";
    else if (strstr(err, "is not a state variable"))
        code = "R010";
    /* err is "file:line: message": keep the line, drop the file. */
    const char *rest = err;
    int line = 0;
    size_t n = strlen(l->path);
    if (!strncmp(err, l->path, n) && err[n] == ':') {
        line = atoi(err + n + 1);
        rest = strchr(err + n + 1, ':');
        rest = rest && line ? rest + 2 : err + n + 2;
    }
    finding(l, line, code, SEV_ERROR, "%s", rest);
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
        for (int t = 0; t < sc->ntests; t++)
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
        if (n && layout_find(&sc->layout, name) < 0)
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

static void check_static(Lint *l, const Host *h, bool *reachable)
{
    const Scenario *sc = &h->sc;
    /* R002: reachable in the graph (any route, ignoring conditions), from the start and the
     * nodes rules and limits send to. */
    int *stack = malloc(sizeof(int) * (size_t)(sc->nnodes + 1));
    int top = 0;
    if (!stack) return;
    memset(reachable, 0, (size_t)sc->nnodes);
    reachable[sc->start] = true;
    stack[top++] = sc->start;
    int extra[64], nextra = 0;
    if (sc->walkout >= 0) extra[nextra++] = sc->walkout;
    if (sc->turn_limit_node >= 0) extra[nextra++] = sc->turn_limit_node;
    for (int r = 0; r < sc->nrules && nextra < 64; r++)
        extra[nextra++] = sc->rules[r].node;
    for (int i = 0; i < nextra; i++)
        if (!reachable[extra[i]]) reachable[extra[i]] = true, stack[top++] = extra[i];
    while (top) {
        const Node *n = &sc->nodes[stack[--top]];
        for (int k = 0; k < n->nchoices; k++)
            for (int r = 0; r < n->choices[k].nroutes; r++) {
                int to = n->choices[k].routes[r].node;
                if (!reachable[to]) reachable[to] = true, stack[top++] = to;
            }
    }
    free(stack);
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (!reachable[i])
            finding(l, n->line, "R002", SEV_WARNING, "node '%s' is unreachable from the start",
                    n->id);
        if (n->ending && !n->debrief)
            finding(l, n->line, "R011", SEV_WARNING,
                    "ending '%s' has no debrief text for the trainee", n->ending);
        /* R013: lines too long for the speech panel. */
        const LineSet *sets[] = {&n->say.plain,    &n->say.band[0], &n->say.band[1],
                                 &n->say.band[2],  &n->say.band[3], &n->say.deflect,
                                 &n->say.questions};
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
        if (n->ending) continue;
        bool mi = false;
        for (int k = 0; k < n->nchoices; k++) {
            const Choice *c = &n->choices[k];
            mi |= is_mi_choice(sc, c);
            for (int j = 0; j < k; j++)
                if (!strcmp(n->choices[j].text, c->text))
                    finding(l, choice_line(h, n, c), "R008", SEV_WARNING,
                            "node '%s': choices %d and %d say the same thing", n->id, j + 1, k + 1);
            if (!c->feedback)
                finding(l, choice_line(h, n, c), "R014", SEV_WARNING,
                        "node '%s', choice %s has no feedback for the debrief", n->id, c->id);
        }
        if (!mi && sc->has_model)
            finding(l, n->line, "R012", SEV_WARNING,
                    "node '%s' offers no MI-consistent choice (a reflection, affirmation, "
                    "collaboration, autonomy or honest information)",
                    n->id);
    }
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

/* R019: does the text ask? A '?', or a request for information phrased as a statement,
 * which MITI 4.2.1 codes as a question ("Tell me about Priya."). */
static bool asks(const char *folded)
{
    static const char *const ASKING[] = {"?",
                                         "tell me",
                                         "say more",
                                         "walk me through",
                                         "talk me through",
                                         "help me understand",
                                         "i wonder",
                                         "i'm curious",
                                         NULL};
    for (int i = 0; ASKING[i]; i++)
        if (strstr(folded, ASKING[i])) return true;
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
static void check_choice_text(Lint *l, const Host *h, const Node *n, const Choice *c)
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
    if (question_move && !asks(folded))
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

/* R017-R021 for a loaded scenario. R017 and R018 judge skill, which only the model's move
 * tags define, as R012 does. */
static void check_design(Lint *l, const Host *h)
{
    const Scenario *sc = &h->sc;
    if (sc->has_model) check_giveaways(l, sc);
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (n->ending) continue;
        bool unskilled = false;
        for (int k = 0; k < n->nchoices; k++)
            unskilled |= !is_skilled(sc, &n->choices[k]);
        /* One option is a way on, not a choice: only points with a real choice count. */
        if (sc->has_model && n->nchoices >= 2 && !unskilled)
            finding(l, n->line, "R018", SEV_WARNING,
                    "node '%s': every option is MI-consistent, so there is nothing to learn from "
                    "choosing (add a tempting unskilled option)",
                    n->id);
        for (int k = 0; k < n->nchoices; k++)
            check_choice_text(l, h, n, &n->choices[k]);
    }
}

static void check_explored(Lint *l, Host *h, const bool *reachable, long max_states)
{
    const Scenario *sc = &h->sc;
    Explorer e;
    if (cli_explore(h, &e, max_states, 0) != 0) {
        finding(l, 0, "R000", SEV_ERROR, "exploration failed: %s", e.err);
        explore_free(&e);
        return;
    }
    bool complete = !e.hit_states && !e.hit_depth;
    if (!complete)
        finding(l, 0, "R016", SEV_WARNING,
                "exploration stopped at %d states: the checks below cover part of the space",
                e.count);
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        if (node->ending && !e.reached[n] && complete)
            finding(l, node->line, "R004", SEV_WARNING, "ending '%s' is reached by no path",
                    node->ending);
        if (!node->ending && !e.reached[n] && reachable[n] && complete)
            finding(l, node->line, "R002", SEV_WARNING,
                    "node '%s' is never reached in play (the conditions on its way never hold)",
                    node->id);
        for (int k = 0; k < node->nchoices && e.reached[n]; k++) {
            const Choice *c = &node->choices[k];
            if (cond_is_always(&c->when)) continue;
            int64_t checked = e.cond_checked[(size_t)n * SESSION_MAX_CHOICES + (size_t)k];
            int64_t held = e.cond_held[(size_t)n * SESSION_MAX_CHOICES + (size_t)k];
            if (checked && held == 0)
                finding(l, choice_line(h, node, c), "R005", SEV_WARNING,
                        "node '%s', choice %s: its 'when' is never true in %lld explored states",
                        node->id, c->id, (long long)checked);
            else if (checked && held == checked && complete)
                finding(l, choice_line(h, node, c), "R006", SEV_WARNING,
                        "node '%s', choice %s: its 'when' is always true in %lld explored states",
                        node->id, c->id, (long long)checked);
        }
    }
    for (int k = 0; k < e.ndead && k < 16; k++) {
        int node = e.node[e.dead_ends[k]];
        bool seen = false; /* one finding per node */
        for (int j = 0; j < k; j++)
            seen |= e.node[e.dead_ends[j]] == node;
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

/* Lints one scenario into the running counts: 0; 1 when its file cannot be read at all (bad
 * input); -1 when there is no Lua state. */
static int lint_one(const char *name, bool json, bool *first, long max_states, int *errors,
                    int *warnings)
{
    char path[4096];
    lint_path(name, path, sizeof path);
    Lint l = {path, 0, 0, json, *first};
    Host *h = host_open(cli_scripts_dir());
    if (!h) return -1;
    int bad = 0;
    if (host_load(h, path) != 0) {
        /* Files that cannot be read at all are bad input; script mistakes are findings. */
        if (strstr(h->err, "cannot open") || strstr(h->err, "is a directory")) {
            fprintf(stderr, "%s\n", h->err);
            bad = 1;
        } else {
            load_failure(&l, h->err);
        }
    } else {
        bool *reachable = calloc((size_t)h->sc.nnodes, 1);
        if (reachable) {
            check_static(&l, h, reachable);
            check_design(&l, h);
            check_variables(&l, h);
            check_explored(&l, h, reachable, max_states);
        }
        free(reachable);
    }
    *first = l.first;
    *errors += l.errors;
    *warnings += l.warnings;
    host_close(h);
    return bad;
}

int cmd_lint(int argc, char **argv)
{
    bool werror = false, json = false;
    unsigned long long max_states = 2000000;
    const Option options[] = {
        OPTION_FLAG("--werror", &werror, "warnings fail too (exit 1)"),
        OPTION_FLAG("--json", &json, "the findings as a JSON array"),
        OPTION_U64("--max-states", &max_states, "N", "explore at most N states", 1, 100000000),
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
    if (json) printf("[");
    bool first = true;
    for (int i = 0; i < count; i++) {
        int r = lint_one(names[i], json, &first, (long)max_states, &errors, &warnings);
        if (r < 0) return EXIT_BAD_INPUT;
        bad += r;
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
    return errors || (werror && warnings) ? EXIT_FAILED : EXIT_OK;
}
