/* why: plays some choices, then explains the node reached: the state and the band, which of
 * the node's lines was said and why, and for every authored choice whether it is offered
 * (and where it goes) or hidden (and which term of its condition hid it). Also home of
 * --from NODE and --set VAR=VALUE, which `play --text` shares: a session started anywhere. */
#include <cjson/cJSON.h>
#include <limits.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../lua/loader.h"
#include "cli.h"
#include "opts.h"

const char cmd_why_summary[] =
    "play some choices, then explain the node reached: state, band, line, every choice";

typedef struct WhyOpts {
    const char *choices, *from, *set; /* set: the last --set; cli_collect_sets reads them all */
    unsigned long long seed;
    bool json;
} WhyOpts;

/* ---- --from and --set, shared with play --text ---- */

int cli_collect_sets(int argc, char **argv, const char **sets, int max)
{
    int n = 0;
    for (int i = 1; i < argc && strcmp(argv[i], "--") && n < max; i++) {
        if (!strncmp(argv[i], "--set=", 6))
            sets[n++] = argv[i] + 6;
        else if (!strcmp(argv[i], "--set") && i + 1 < argc)
            sets[n++] = argv[++i];
    }
    return n;
}

/* The name among n names nearest to want (a likely typo of it), or NULL. */
static const char *nearest(const char *want, const char *const *names, int n)
{
    const char *best = NULL;
    int bestd = 4; /* the loader's threshold for "did you mean" */
    for (int i = 0; i < n; i++) {
        int d = ld_edit_distance(names[i], want);
        if (d < bestd) bestd = d, best = names[i];
    }
    return best;
}

static int bad(const char *cmd, const char *opt, const char *msg, const char *near)
{
    fprintf(stderr, "rapport %s: %s: %s", cmd, opt, msg);
    if (near) fprintf(stderr, " (did you mean '%s'?)", term_safe(near, false));
    fputc('\n', stderr);
    return EXIT_BAD_INPUT;
}

static int find_node(const char *cmd, const Scenario *sc, const char *id, int *node)
{
    *node = scenario_find_node(sc, id);
    if (*node >= 0) return EXIT_OK;
    const char **ids = malloc((size_t)sc->nnodes * sizeof *ids);
    for (int i = 0; ids && i < sc->nnodes; i++)
        ids[i] = sc->nodes[i].id;
    char msg[300];
    snprintf(msg, sizeof msg, "no node '%s'", term_safe(id, false));
    int rc = bad(cmd, "--from", msg, ids ? nearest(id, ids, sc->nnodes) : NULL);
    free(ids);
    return rc;
}

/* One VAR=VALUE into values and its slot into *var: any declared variable (read-only and
 * hidden ones too: an author may want the deflect lines, or the turn before a turn limit), a
 * flag true/false, a number within its range. */
static int apply_set(const char *cmd, const StateLayout *l, const char *set, double *values,
                     int *var)
{
    char name[128], msg[400];
    const char *eq = strchr(set, '=');
    if (!eq || eq == set || (size_t)(eq - set) >= sizeof name) {
        snprintf(msg, sizeof msg, "\"%s\" is not VAR=VALUE", term_safe(set, false));
        return bad(cmd, "--set", msg, NULL);
    }
    snprintf(name, sizeof name, "%.*s", (int)(eq - set), set);
    const char *text = eq + 1;
    int v = layout_find(l, name);
    if (v < 0) {
        const char *names[256];
        int n = 0;
        for (int i = 0; i < l->count && n < 256; i++)
            names[n++] = l->vars[i].name;
        snprintf(msg, sizeof msg, "no variable '%s'", term_safe(name, false));
        return bad(cmd, "--set", msg, nearest(name, names, n));
    }
    const VarDecl *d = &l->vars[v];
    *var = v;
    if (d->type == VAR_FLAG) {
        if (strcmp(text, "true") && strcmp(text, "false")) {
            snprintf(msg, sizeof msg, "'%s' is a flag: give true or false, not \"%s\"", name,
                     term_safe(text, false));
            return bad(cmd, "--set", msg, NULL);
        }
        values[v] = !strcmp(text, "true");
        return EXIT_OK;
    }
    char *end;
    double x = strtod(text, &end);
    if (!*text || *end || x != x) {
        snprintf(msg, sizeof msg, "'%s' is a number, not \"%s\"", name, term_safe(text, false));
        return bad(cmd, "--set", msg, NULL);
    }
    if (x < d->min || x > d->max) {
        snprintf(msg, sizeof msg, "%s = %s is out of range (%g to %g)", name, text, d->min, d->max);
        return bad(cmd, "--set", msg, NULL);
    }
    values[v] = x;
    return EXIT_OK;
}

/* A value set that the model's start replaced (resistance is derived from the others): said,
 * rather than silently ignored. */
static int check_kept(const char *cmd, const Session *s, const int *vars, int nsets,
                      const double *values)
{
    for (int i = 0; i < nsets; i++) {
        const VarDecl *d = &s->sc->layout.vars[vars[i]];
        if (s->state[vars[i]] == values[vars[i]]) continue;
        char want[40], got[40], msg[300];
        state_format_value(d, values[vars[i]], want, sizeof want);
        state_format_value(d, s->state[vars[i]], got, sizeof got);
        snprintf(msg, sizeof msg,
                 "%s = %s does not hold: the model derives %s at the start (it is %s); set what "
                 "it derives from",
                 d->name, want, d->name, got);
        return bad(cmd, "--set", msg, NULL);
    }
    return EXIT_OK;
}

int cli_start_session(const char *cmd, Session *s, uint64_t seed, const char *from,
                      const char *const *sets, int nsets)
{
    const Scenario *sc = s->sc;
    int node = sc->start, rc;
    if (nsets > 64) nsets = 64; /* as many as cli_collect_sets is given room for */
    if (!from && !nsets) {
        rc = session_start(s, seed);
    } else {
        if (from && (rc = find_node(cmd, sc, from, &node)) != EXIT_OK) return rc;
        double *values = calloc((size_t)(sc->layout.count ? sc->layout.count : 1), sizeof *values);
        if (!values) return bad(cmd, "--set", "out of memory", NULL);
        state_init(&sc->layout, values);
        int vars[64];
        for (int i = 0; i < nsets; i++)
            if ((rc = apply_set(cmd, &sc->layout, sets[i], values, &vars[i])) != EXIT_OK) {
                free(values);
                return rc;
            }
        state_normalize(&sc->layout, values); /* rounded to each variable's step */
        rc = session_start_at(s, seed, node, values);
        if (rc == 0) rc = check_kept(cmd, s, vars, nsets, values);
        free(values);
        if (rc > 0) return rc;
    }
    if (rc != 0) {
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

/* ---- explaining ---- */

/* "file.lua:42": where the Lua function fn was written (the file's name, not its folder). */
static void fn_where(Host *h, int fn, char *buf, size_t size)
{
    lua_State *L = h->L;
    lua_Debug ar;
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
    if (!lua_isfunction(L, -1) || !lua_getinfo(L, ">S", &ar)) {
        lua_pop(L, 1);
        snprintf(buf, size, "?");
        return;
    }
    const char *src = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
    const char *base = strrchr(src, '/');
    snprintf(buf, size, "%s:%d", term_safe(base ? base + 1 : src, false), ar.linedefined);
}

static void value_text(const Scenario *sc, int var, double x, char *buf, size_t size)
{
    state_format_value(&sc->layout.vars[var], x, buf, size);
}

/* A term as the client file writes it: rapport = ">= 30", asked = true. */
static void term_text(const Scenario *sc, const Compare *t, char *buf, size_t size)
{
    const VarDecl *d = &sc->layout.vars[t->var];
    if (d->type == VAR_FLAG && t->op == CMP_EQ)
        snprintf(buf, size, "%s = %s", d->name, t->value != 0 ? "true" : "false");
    else
        snprintf(buf, size, "%s = \"%s %g\"", d->name, cmp_symbol(t->op), t->value);
}

/* The terms of c in the order of the declared variables: a Lua table keeps no order, and the
 * explanation must read the same on every run. At most 64 terms (more are not shown). */
static int terms_in_order(const Cond *c, const Compare **out)
{
    int n = 0;
    for (int i = 0; i < c->nterms && n < 64; i++) {
        int j = n++;
        while (j > 0 && out[j - 1]->var > c->terms[i].var) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = &c->terms[i];
    }
    return n;
}

/* "when { a = ">= 3", b = true } is false: a is 1" (every term's value; with several terms,
 * the failing ones marked), or "when function (f.lua:4) returned false". *holds is the result
 * of the terms and, when they hold, of the function. -1 after a script error (s->err). */
static int cond_trace(Host *h, Session *s, const Cond *c, char *buf, size_t size, bool *holds)
{
    const Scenario *sc = s->sc;
    size_t n = 0;
    *holds = true;
    char t[200], v[40];
    const Compare *terms[64];
    int nterms = terms_in_order(c, terms);
    if (nterms) {
        n += (size_t)snprintf(buf + n, size - n, "when {");
        for (int i = 0; i < nterms && n < size; i++) {
            term_text(sc, terms[i], t, sizeof t);
            n += (size_t)snprintf(buf + n, size - n, "%s %s", i ? "," : "", t);
            *holds &= cmp_holds(terms[i]->op, s->state[terms[i]->var], terms[i]->value);
        }
        n += (size_t)snprintf(buf + n, size - n, " } %s:", *holds ? "holds" : "is false");
        for (int i = 0; i < nterms && n < size; i++) {
            const Compare *ct = terms[i];
            value_text(sc, ct->var, s->state[ct->var], v, sizeof v);
            bool ok = cmp_holds(ct->op, s->state[ct->var], ct->value);
            n += (size_t)snprintf(buf + n, size - n, "%s %s is %s%s", i ? "," : "",
                                  sc->layout.vars[ct->var].name, v,
                                  !ok && nterms > 1 ? " (fails)" : "");
        }
    }
    if (c->fn && n < size) {
        fn_where(h, c->fn, t, sizeof t);
        if (!*holds) {
            snprintf(buf + n, size - n, "; its function (%s) was not called", t);
            return 0;
        }
        if (sc->hooks->cond(sc->hooks_ctx, s, c->fn, holds) != 0) return -1;
        snprintf(buf + n, size - n, "%swhen function (%s) returned %s", n ? "; " : "", t,
                 *holds ? "true" : "false");
    }
    if (!c->nterms && !c->fn) snprintf(buf, size, "no condition");
    return 0;
}

static void print_state(const Session *s)
{
    const StateLayout *l = &s->sc->layout;
    char v[40];
    for (int pass = 0; pass < 2; pass++) {
        bool any = false;
        for (int i = 0; i < l->count; i++) {
            if (!(l->vars[i].flags & VAR_HIDDEN) != !pass) continue;
            value_text(s->sc, i, s->state[i], v, sizeof v);
            printf("%s%s %s",
                   any    ? ", "
                   : pass ? "hidden state: "
                          : "state: ",
                   term_safe(l->vars[i].name, false), v);
            any = true;
        }
        if (any) putchar('\n');
    }
}

/* "resistance 62 is at least 50 and below 75" */
static void band_reason(const Scenario *sc, double r, int band, char *buf, size_t size)
{
    const double *lim = sc->band_limits;
    char v[40];
    value_text(sc, sc->var_resistance, r, v, sizeof v);
    if (band == 0)
        snprintf(buf, size, "resistance %s is below %g", v, lim[0]);
    else if (band == BAND_COUNT - 1)
        snprintf(buf, size, "resistance %s is at least %g", v, lim[band - 1]);
    else
        snprintf(buf, size, "resistance %s is at least %g and below %g", v, lim[band - 1],
                 lim[band]);
}

/* Why the node's guarded topic is withheld: rapport below its sensitivity, or discord high. */
static void topic_reason(const Session *s, char *buf, size_t size)
{
    const Scenario *sc = s->sc;
    const Topic *t = &sc->topics[session_node(s)->topic];
    double rapport = s->state[sc->var_rapport], discord = s->state[sc->var_discord];
    if (rapport < t->sensitivity)
        snprintf(buf, size, "topic '%s' withheld: rapport %g is below its sensitivity %g", t->name,
                 rapport, t->sensitivity);
    else
        snprintf(buf, size, "topic '%s' withheld: discord %g is above %g", t->name, discord,
                 sc->disclose_discord);
}

/* Why the current line was said, into why (w says which variant of how many). */
static void line_reason(Host *h, Session *s, LineWhy *out, char *why, size_t size)
{
    const Scenario *sc = s->sc;
    LineWhy w;
    session_line_why(s, &w);
    *out = w;
    char where[300];
    switch (w.source) {
    case LINES_NONE:
        snprintf(why, size, "none: the node has no lines for this state");
        break;
    case LINES_PLAIN:
        snprintf(why, size, "%s", w.count > 1 ? "one of the node's lines" : "the node's line");
        break;
    case LINES_FUNCTION:
        fn_where(h, session_node(s)->say.fn, where, sizeof where);
        snprintf(why, size, "computed by the say function at %s", where);
        break;
    case LINES_BAND:
        if (w.volatile_hi)
            snprintf(why, size,
                     "the '%s' entry: a volatile client (volatility %g) answered one band more "
                     "resistant than '%s'",
                     band_name(w.band), sc->volatility, band_name(s->band));
        else if (w.fallback)
            snprintf(why, size, "the '%s' entry: no '%s' entry, the nearest band's",
                     band_name(w.band), band_name(s->band < 0 ? 0 : s->band));
        else
            snprintf(why, size, "the '%s' entry, for the band", band_name(w.band));
        break;
    case LINES_DEFLECT:
        snprintf(why, size, "the deflect entry (%s = true: the client is deflecting)",
                 sc->layout.vars[sc->var_deflecting].name);
        break;
    case LINES_TOPIC:
        topic_reason(s, where, sizeof where);
        snprintf(why, size, "the deflect entry (%s)", where);
        break;
    case LINES_COND: {
        bool ok; /* table conditions only: no Lua runs, so no error */
        cond_trace(h, s, &session_node(s)->say.conds[w.cond].when, where, sizeof where, &ok);
        snprintf(why, size, "conditional lines %d (%s)", w.cond + 1, where);
        break;
    }
    case LINES_QUESTIONS:
        snprintf(why, size,
                 "the questions entry (%s = true: the client complained about questions)",
                 sc->layout.vars[sc->var_questions].name);
        break;
    }
}

static const char *ordinal(int k, char *buf, size_t size)
{
    const char *sfx = (k % 100 >= 11 && k % 100 <= 13) ? "th"
                      : k % 10 == 1                    ? "st"
                      : k % 10 == 2                    ? "nd"
                      : k % 10 == 3                    ? "rd"
                                                       : "th";
    snprintf(buf, size, "%d%s", k, sfx);
    return buf;
}

/* Where an offered choice goes (*next): plays its turn on a copy of the state (the explorer's
 * session_transition), then says in why which route, rule or limit decided ("" when the
 * choice has one route). 0, or -1 after a script error. */
static int goes_reason(Host *h, Session *s, int choice, int *next, char *why, size_t size)
{
    const Scenario *sc = s->sc;
    const Choice *c = &session_node(s)->choices[choice];
    size_t nv = (size_t)sc->layout.count;
    double *saved = malloc((nv ? nv : 1) * sizeof *saved);
    if (!saved) return -1;
    memcpy(saved, s->state, nv * sizeof *saved);
    unsigned char codes[CHOICE_MAX_CODES];
    memcpy(codes, s->codes, sizeof codes);
    int ncodes = s->ncodes, rc = session_transition(s, s->node, choice, next);
    char trace[1200] = "", prev[1200] = "";
    int route = -1;
    for (int i = 0; rc == 0 && i < c->nroutes && route < 0; i++) {
        bool ok;
        memcpy(prev, trace, sizeof prev);
        rc = cond_trace(h, s, &c->routes[i].when, trace, sizeof trace, &ok);
        if (ok) route = i;
    }
    /* Where the route alone would lead: a sub-conversation's first node for `call`. */
    int plain = c->back ? *next : c->call ? c->call - 1 : route < 0 ? -1 : c->routes[route].node;
    if (rc == 0 && plain != *next) {
        snprintf(trace, sizeof trace, "a rule, the turn limit or the walk-out");
        for (int i = 0; rc == 0 && i < sc->nrules; i++) {
            bool ok;
            char rt[1000];
            rc = cond_trace(h, s, &sc->rules[i].when, rt, sizeof rt, &ok);
            if (ok && sc->rules[i].node == *next) {
                snprintf(trace, sizeof trace, "rule %d: %s", i + 1, rt);
                break;
            }
        }
        route = -2;
    }
    memcpy(s->state, saved, nv * sizeof *saved);
    memcpy(s->codes, codes, sizeof codes);
    s->ncodes = ncodes;
    free(saved);
    if (rc != 0) { /* said for this choice; the other choices are still explained */
        snprintf(why, size, "its turn fails: %s", s->err);
        *next = -1;
        s->error = SERR_NONE;
        s->err[0] = '\0';
        return 0;
    }
    why[0] = '\0';
    if (c->back)
        snprintf(why, size, "back = true: the innermost sub-conversation returns there");
    else if (route == -2)
        snprintf(why, size, "%s", trace);
    else if (c->nroutes > 1 && cond_is_always(&c->routes[route].when))
        snprintf(why, size, "the last route: after its turn, route %d to '%s' %s", route,
                 sc->nodes[c->routes[route - 1].node].id, prev);
    else if (c->nroutes > 1)
        snprintf(why, size, "route %d of %d: after its turn, %s", route + 1, c->nroutes, trace);
    if (c->call && *why == '\0') /* without `go`, back returns to the node it was made at */
        snprintf(why, size, "a sub-conversation: back = true returns to '%s'",
                 sc->nodes[route >= 0 ? c->routes[route].node : s->node].id);
    return 0;
}

/* One authored choice: offered (its number and place shown, where it goes) or hidden. */
typedef struct ChoiceWhy {
    bool offered;
    int number, shown, next; /* 1-based; next a node index */
    char why[1400]; /* offered: how the route was decided ("" for one route); hidden: why */
} ChoiceWhy;

static int choice_reason(Host *h, Session *s, int i, ChoiceWhy *w)
{
    const Choice *c = &session_node(s)->choices[i];
    int k = 0;
    while (k < s->noffered && s->offered[k] != i)
        k++;
    w->offered = k < s->noffered;
    w->number = w->shown = w->next = -1;
    if (w->offered) {
        int j = 0;
        while (j < s->noffered && session_shown(s, j) != k)
            j++;
        w->number = k + 1;
        w->shown = j + 1;
        return goes_reason(h, s, i, &w->next, w->why, sizeof w->why);
    }
    bool ok;
    if (c->once && s->state[c->once - 1] != 0) {
        snprintf(w->why, sizeof w->why, "once = true, and it was taken");
        return 0;
    }
    return cond_trace(h, s, &c->when, w->why, sizeof w->why, &ok);
}

/* What why explains, gathered once for the text and the JSON. */
typedef struct Why {
    LineWhy line;
    char line_why[600], band_why[200];
    ChoiceWhy *choices;
} Why;

static int gather(Host *h, Session *s, Why *w)
{
    const Scenario *sc = s->sc;
    const Node *n = session_node(s);
    w->band_why[0] = '\0';
    if (s->band >= 0)
        band_reason(sc, s->state[sc->var_resistance], s->band, w->band_why, sizeof w->band_why);
    line_reason(h, s, &w->line, w->line_why, sizeof w->line_why);
    w->choices = calloc((size_t)(n->nchoices ? n->nchoices : 1), sizeof *w->choices);
    if (!w->choices) return session_fail(s, SERR_SCRIPT, "out of memory");
    for (int i = 0; i < n->nchoices; i++)
        if (choice_reason(h, s, i, &w->choices[i]) != 0) return -1;
    return 0;
}

static void text_out(const Session *s, const Why *w, unsigned long long seed)
{
    const Scenario *sc = s->sc;
    const Node *n = session_node(s);
    char a[16];
    printf("== %s (%s), seed %llu\n", term_safe(sc->title, false), sc->id, seed);
    printf("node: %s, after %d turn%s", term_safe(n->id, false), s->nturns,
           s->nturns == 1 ? "" : "s");
    if (s->from) printf(" from '%s'", term_safe(sc->nodes[s->from - 1].id, false));
    if (n->ending)
        printf(" (an ending: %s, %s)", term_safe(n->ending, false), outcome_name(n->outcome));
    putchar('\n');
    print_state(s);
    if (s->band >= 0) printf("band: %s (%s)\n", band_name(s->band), w->band_why);
    printf("line: %s", term_safe(w->line_why, false));
    if (w->line.count > 1 && w->line.index >= 0)
        printf(", variant %d of %d drawn", w->line.index + 1, w->line.count);
    printf("\n  \"%s\"\n", term_safe(s->line ? s->line : "", true));
    if (!n->nchoices) return;
    printf("choices (%d of %d offered; \"offered as N\" is N for --choices):\n", s->noffered,
           n->nchoices);
    for (int i = 0; i < n->nchoices; i++) {
        const ChoiceWhy *c = &w->choices[i];
        printf("  %s: ", term_safe(n->choices[i].id, false));
        if (c->offered) {
            printf("offered as %d, shown %s", c->number, ordinal(c->shown, a, sizeof a));
            if (c->next >= 0) printf("; goes to '%s'", term_safe(sc->nodes[c->next].id, false));
            if (c->why[0]) printf(c->next >= 0 ? " (%s)" : "; %s", term_safe(c->why, false));
            putchar('\n');
        } else {
            printf("hidden: %s\n", term_safe(c->why, false));
        }
        printf("    \"%s\"\n", term_safe(n->choices[i].text, true));
    }
}

static const char *const line_sources[] = {"none",    "plain", "function",  "band",
                                           "deflect", "topic", "questions", "conditional"};

static cJSON *json_state(const Session *s)
{
    const StateLayout *l = &s->sc->layout;
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; o && i < l->count; i++)
        cJSON_AddItemToObject(o, l->vars[i].name,
                              l->vars[i].type == VAR_FLAG ? cJSON_CreateBool(s->state[i] != 0)
                                                          : cJSON_CreateNumber(s->state[i]));
    return o;
}

static cJSON *json_choice(const Session *s, int i, const ChoiceWhy *c)
{
    const Choice *ch = &session_node(s)->choices[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", ch->id);
    cJSON_AddStringToObject(o, "text", ch->text);
    cJSON_AddBoolToObject(o, "offered", c->offered);
    if (c->offered) {
        cJSON_AddNumberToObject(o, "number", c->number);
        cJSON_AddNumberToObject(o, "shown", c->shown);
        if (c->next >= 0) cJSON_AddStringToObject(o, "goes", s->sc->nodes[c->next].id);
    }
    cJSON_AddStringToObject(o, "why", c->why);
    return o;
}

/* The same explanation as one JSON object (cJSON, as records are written). */
static int json_out(Session *s, const Why *w, unsigned long long seed)
{
    const Node *n = session_node(s);
    cJSON *o = cJSON_CreateObject(), *line = cJSON_CreateObject(), *list = cJSON_CreateArray();
    cJSON_AddStringToObject(o, "scenario", s->sc->id);
    if (seed <= JSON_EXACT_MAX)
        cJSON_AddNumberToObject(o, "seed", (double)seed);
    else {
        char digits[32];
        snprintf(digits, sizeof digits, "%llu", seed);
        cJSON_AddStringToObject(o, "seed", digits);
    }
    cJSON_AddStringToObject(o, "node", n->id);
    cJSON_AddNumberToObject(o, "turns", s->nturns);
    if (s->from) cJSON_AddStringToObject(o, "from", s->sc->nodes[s->from - 1].id);
    if (n->ending) cJSON_AddStringToObject(o, "ending", n->ending);
    cJSON_AddItemToObject(o, "state", json_state(s));
    if (s->band >= 0) {
        cJSON_AddStringToObject(o, "band", band_name(s->band));
        cJSON_AddStringToObject(o, "band_why", w->band_why);
    }
    cJSON_AddStringToObject(line, "text", s->line ? s->line : "");
    cJSON_AddStringToObject(line, "source", line_sources[w->line.source]);
    cJSON_AddStringToObject(line, "why", w->line_why);
    if (w->line.index >= 0) {
        cJSON_AddNumberToObject(line, "variant", w->line.index + 1);
        cJSON_AddNumberToObject(line, "variants", w->line.count);
    }
    cJSON_AddItemToObject(o, "line", line);
    for (int i = 0; i < n->nchoices; i++)
        cJSON_AddItemToArray(list, json_choice(s, i, &w->choices[i]));
    cJSON_AddItemToObject(o, "choices", list);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!text) return session_fail(s, SERR_SCRIPT, "out of memory");
    puts(text);
    free(text);
    return 0;
}

static int explain(Host *h, Session *s, const WhyOpts *o)
{
    Why w;
    int rc = gather(h, s, &w);
    if (rc == 0 && o->json)
        rc = json_out(s, &w, o->seed);
    else if (rc == 0)
        text_out(s, &w, o->seed);
    free(w.choices);
    if (rc != 0) {
        fflush(stdout);
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

int cmd_why(int argc, char **argv)
{
    WhyOpts o = {.seed = 1};
    const Option options[] = {
        OPTION_STRING("--choices", &o.choices, "LIST",
                      "the choices to play first, e.g. 1,3,ask_hopes"),
        OPTION_U64("--seed", &o.seed, "N", "the session's seed (default 1, as rapport run)", 0,
                   ULLONG_MAX),
        OPTION_STRING("--from", &o.from, "NODE", "start at this node instead of the start"),
        OPTION_STRING("--set", &o.set, "VAR=VALUE",
                      "start with this variable set (repeat it; a number or true/false)"),
        OPTION_FLAG("--json", &o.json, "the explanation as one JSON object"),
        {0}};
    const Command c = {"why", "SCENARIO", cmd_why_summary, options, 1, 1};
    const char *scenario[1];
    int n, rc = opts_parse(&c, argc, argv, scenario, &n);
    if (rc) return opts_exit(rc);
    const char *sets[64];
    int nsets = cli_collect_sets(argc, argv, sets, 64);
    Host *h = cli_load(scenario[0]);
    if (!h) return EXIT_BAD_INPUT;
    Session s;
    if (session_init(&s, &h->sc) != 0) {
        host_close(h);
        fprintf(stderr, "rapport: out of memory\n");
        return EXIT_BAD_INPUT;
    }
    rc = cli_start_session("why", &s, o.seed, o.from, sets, nsets);
    if (rc == EXIT_OK && o.choices) rc = cli_play_choices(&s, "why", o.choices, NULL);
    if (rc == EXIT_OK) rc = explain(h, &s, &o);
    session_free(&s);
    host_close(h);
    return rc;
}
