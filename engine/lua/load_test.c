/* load test: what a client file says about itself: test plans with their expectations,
 * invariants the explorer checks, and the goals the bots must meet. */
#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

/* What a test plan's `expect` and a bot's goal may name besides state variables: one list,
 * so that both accept the same keys (a near miss of one is named). */
static const char *const EXPECT_KEYS[] = {"ending",     "outcome", "node", "turns",
                                          "complained", "except",  NULL};

/* The node index of the ending named v, or a load error with the nearest ending's name. */
static int find_ending(Ld *ld, const char *v, const char *where, const char *what, int line)
{
    const Scenario *sc = ld->sc;
    const char *near = NULL;
    int best = 3;
    for (int i = 0; i < sc->nnodes; i++) {
        if (!sc->nodes[i].ending) continue;
        if (!strcmp(sc->nodes[i].ending, v)) return i;
        int d = ld_edit_distance(sc->nodes[i].ending, v);
        if (d < best) best = d, near = sc->nodes[i].ending;
    }
    if (near)
        ld_fail(ld, line, "%s%s ending '%s', which no node has (did you mean '%s'?)", where, what,
                v, near);
    ld_fail(ld, line, "%s%s ending '%s', which no node has", where, what, v);
}

/* except = { "walked_out", ... }: endings the random bot need not reach, one Expect each
 * (from *count on; the caller made room for them). */
static void build_except(Ld *ld, int t, Expect *out, int *count, const char *where, int line)
{
    lua_State *L = ld->L;
    if (!lua_istable(L, t) || lua_rawlen(L, t) == 0)
        ld_fail(ld, line, "%s'except' must be a list of ending ids, like { \"walked_out\" }",
                where);
    int n = (int)lua_rawlen(L, t);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, t, i) != LUA_TSTRING)
            ld_fail(ld, line, "%sexcept entry %d must be an ending id (a string), not %s", where, i,
                    ld_type_word(L, -1));
        const char *v = lua_tostring(L, -1);
        Expect *e = &out[(*count)++];
        e->kind = EXPECT_EXCEPT;
        e->key = ld_dup(ld, "except");
        e->text = ld_dup(ld, v);
        e->var = -1;
        int l = srcloc_text(ld->ix, v, line);
        e->value = find_ending(ld, v, where, "except names", l ? l : line);
        lua_pop(L, 1);
    }
}

/* ending, outcome and node: a string naming what the session reached. */
static void build_reached(Ld *ld, Expect *e, const char *where, int l)
{
    lua_State *L = ld->L;
    if (lua_type(L, -1) != LUA_TSTRING)
        ld_fail(ld, l, "%sexpect '%s' must be a string", where, e->key);
    const char *v = lua_tostring(L, -1);
    e->text = ld_dup(ld, v);
    if (!strcmp(e->key, "ending")) {
        e->kind = EXPECT_ENDING;
        find_ending(ld, v, where, "expects", l);
    } else if (!strcmp(e->key, "outcome")) {
        e->kind = EXPECT_OUTCOME;
        ld_parse_outcome(ld, v, where, l);
    } else {
        e->kind = EXPECT_NODE;
        ld_find_node(ld, v, where, "node", l);
    }
}

/* turns, or a state variable: a number, a comparison like "< 30", or a flag's true/false. */
static void build_value(Ld *ld, Expect *e, const char *where, int l)
{
    lua_State *L = ld->L;
    const char *key = e->key;
    const VarDecl *d = NULL;
    e->kind = !strcmp(key, "turns") ? EXPECT_TURNS : EXPECT_VAR;
    if (e->kind == EXPECT_VAR) {
        if (layout_find(&ld->sc->layout, key) < 0) {
            for (const char *const *k = EXPECT_KEYS; *k; k++)
                if (ld_edit_distance(*k, key) <= 2)
                    ld_fail(ld, l, "%sunknown expectation '%s' (did you mean '%s'?)", where, key,
                            *k);
        }
        e->var = ld_var_of(ld, key, where, l);
        d = &ld->sc->layout.vars[e->var];
    }
    if (d && d->type == VAR_FLAG) {
        if (!lua_isboolean(L, -1))
            ld_fail(ld, l, "%s'%s' is a flag: expect true or false", where, key);
        e->op = CMP_EQ;
        e->value = lua_toboolean(L, -1);
    } else if (lua_type(L, -1) == LUA_TNUMBER) {
        e->op = CMP_EQ;
        e->value = lua_tonumber(L, -1);
    } else if (lua_type(L, -1) != LUA_TSTRING ||
               cmp_parse(lua_tostring(L, -1), &e->op, &e->value)) {
        ld_fail(ld, l, "%sexpect '%s' must be a number or a comparison like \"< 30\"", where, key);
    }
}

/* The one parser of expectations, for test plans and bot goals alike. `except` is only for
 * the random bot (except_ok); every other key means the same in both. */
static void build_expects(Ld *ld, int t, Expect **out, int *count, bool except_ok,
                          const char *where, int line)
{
    lua_State *L = ld->L;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t))
        n++, lua_pop(L, 1);
    if (ld_get(ld, t, "except") == LUA_TTABLE) n += (int)lua_rawlen(L, -1);
    lua_pop(L, 1);
    *out = ld_zalloc(ld, (size_t)n, sizeof **out);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING) ld_fail(ld, line, "%s'expect' keys are names", where);
        const char *key = lua_tostring(L, -2);
        int l = ld_field_line(ld, key, line);
        if (!strcmp(key, "except")) {
            if (!except_ok)
                ld_fail(ld, l, "%s'except' is only for the random bot's goal (bots.random)", where);
            build_except(ld, lua_gettop(L), *out, count, where, l);
            lua_pop(L, 1);
            continue;
        }
        Expect *e = &(*out)[(*count)++];
        e->key = ld_dup(ld, key);
        e->var = -1;
        if (!strcmp(key, "ending") || !strcmp(key, "outcome") || !strcmp(key, "node")) {
            build_reached(ld, e, where, l);
        } else if (!strcmp(key, "complained")) {
            if (!lua_isboolean(L, -1))
                ld_fail(ld, l, "%s'complained' must be true or false", where);
            e->kind = EXPECT_COMPLAINED;
            e->op = CMP_EQ;
            e->value = lua_toboolean(L, -1);
        } else {
            build_value(ld, e, where, l);
        }
        lua_pop(L, 1);
    }
}

/* Expectations in a stable order (Lua's table order varies from run to run): what the
 * session reached first, then variables by name. */
/* A typed step: { type = "what the trainee types", expect = "choice id" or "none" }. */
static void typed_step(Ld *ld, int t, PlanStep *st, const char *where, int k, int line)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"type", "expect", NULL};
    char at[300];
    snprintf(at, sizeof at, "%sstep %d: ", where, k);
    line = ld_field_line(ld, "type", line);
    ld_check_keys(ld, t, keys, false, at, line);
    if (lua_getfield(L, t, "type") != LUA_TSTRING || !*lua_tostring(L, -1) ||
        lua_rawlen(L, -1) > SESSION_TYPED_MAX)
        ld_fail(ld, line, "%s'type' must be what the trainee types (1 to %d bytes)", at,
                SESSION_TYPED_MAX);
    st->typed = ld_dup(ld, lua_tostring(L, -1));
    if (lua_getfield(L, t, "expect") != LUA_TSTRING || !*lua_tostring(L, -1))
        ld_fail(ld, line,
                "%s'expect' must be the id of the choice the words are taken as, or \"none\"", at);
    st->id = ld_dup(ld, lua_tostring(L, -1));
    lua_pop(L, 2);
}

static int by_expect(const void *a, const void *b)
{
    const Expect *x = a, *y = b;
    if (x->kind != y->kind) return (int)x->kind - (int)y->kind;
    return strcmp(x->key, y->key);
}

void ld_build_tests(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "tests");
    int line = ld_field_line(ld, "tests", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        ld_fail(ld, line, "'tests' must be a list of test plans, not %s", ld_type_word(L, -1));
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    sc->tests = ld_zalloc(ld, (size_t)n, sizeof *sc->tests);
    static const char *const keys[] = {"name", "choices", "seed", "expect", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int p = lua_gettop(L);
        TestPlan *tp = &sc->tests[i - 1];
        sc->ntests = i;
        char where[96];
        snprintf(where, sizeof where, "test %d: ", i);
        if (!lua_istable(L, p))
            ld_fail(ld, line, "%smust be a table { name = ..., choices = ..., expect = ... }",
                    where);
        tp->name = ld_opt_string(ld, p, "name", where, line);
        int pl = tp->name ? srcloc_text(ld->ix, tp->name, line) : 0;
        tp->line = pl ? pl : line;
        ld_check_keys(ld, p, keys, false, where, tp->line);
        if (!tp->name) ld_fail(ld, tp->line, "%s'name' is required", where);
        snprintf(where, sizeof where, "test '%.60s': ", tp->name);
        tp->seed = (unsigned long long)ld_opt_number(ld, p, "seed", 1, 0, 9007199254740991.0, where,
                                                     tp->line);
        if (ld_get(ld, p, "choices") != LUA_TTABLE)
            ld_fail(ld, tp->line, "%s'choices' must be a list of choice numbers or ids", where);
        int cl = lua_gettop(L);
        int ns = (int)lua_rawlen(L, cl);
        tp->steps = ld_zalloc(ld, (size_t)ns, sizeof *tp->steps);
        for (int k = 1; k <= ns; k++) {
            tp->nsteps = k; /* before the step is built: what it allocates is freed on error */
            lua_rawgeti(L, cl, k);
            int isint;
            lua_Integer num = lua_tointegerx(L, -1, &isint);
            if (lua_type(L, -1) == LUA_TNUMBER && isint && num >= 1 && num <= SESSION_MAX_CHOICES)
                tp->steps[k - 1].number = (int)num;
            else if (lua_type(L, -1) == LUA_TSTRING)
                tp->steps[k - 1].id = ld_dup(ld, lua_tostring(L, -1));
            else if (lua_istable(L, -1))
                typed_step(ld, lua_gettop(L), &tp->steps[k - 1], where, k, tp->line);
            else
                ld_fail(ld, tp->line,
                        "%sstep %d must be a choice number (1 to %d), a choice id or { type = "
                        "\"...\", expect = \"id\" }",
                        where, k, SESSION_MAX_CHOICES);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (ld_get(ld, p, "expect") != LUA_TTABLE)
            ld_fail(ld, tp->line, "%s'expect' must be a table", where);
        build_expects(ld, lua_gettop(L), &tp->expects, &tp->nexpects, false, where, tp->line);
        qsort(tp->expects, (size_t)tp->nexpects, sizeof *tp->expects, by_expect);
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

void ld_build_invariants(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "invariants");
    int line = ld_field_line(ld, "invariants", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        ld_fail(ld, line, "'invariants' must be a list of { \"name\", holds = ... }, not %s",
                ld_type_word(L, -1));
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    sc->invariants = ld_zalloc(ld, (size_t)n, sizeof *sc->invariants);
    static const char *const keys[] = {"at", "holds", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int v = lua_gettop(L);
        Invariant *inv = &sc->invariants[i - 1];
        sc->ninvariants = i;
        inv->ending = -1;
        char where[96];
        snprintf(where, sizeof where, "invariant %d: ", i);
        if (!lua_istable(L, v) || lua_rawgeti(L, v, 1) != LUA_TSTRING)
            ld_fail(
                ld, line,
                "%smust be { \"what must hold\", holds = condition, at = \"ending\" (optional) }",
                where);
        inv->name = ld_dup(ld, lua_tostring(L, -1));
        lua_pop(L, 1);
        int l = srcloc_text(ld->ix, inv->name, line);
        inv->line = l ? l : line;
        ld_check_keys(ld, v, keys, true, where, inv->line);
        char *at = ld_opt_string(ld, v, "at", where, inv->line);
        if (at) {
            inv->ending = -1;
            for (int k = 0; k < sc->nnodes; k++)
                if (sc->nodes[k].ending && !strcmp(sc->nodes[k].ending, at)) inv->ending = k;
            if (inv->ending < 0) {
                lua_pushstring(L, at);
                free(at);
                ld_fail(ld, ld_field_line(ld, "at", inv->line),
                        "%s'at' names ending '%s', which no node has", where, lua_tostring(L, -1));
            }
            free(at);
        }
        if (ld_get(ld, v, "holds") == LUA_TNIL)
            ld_fail(ld, inv->line, "%s'holds' is required: the condition that must hold", where);
        ld_build_cond(ld, -1, &inv->holds, where, ld_field_line(ld, "holds", inv->line));
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

/* A walk-out ending the engine supplied (the file names no `walkout`) is never one the random
 * bot must reach: a client without the model's pressure may never walk out. */
static void except_engine_walkout(Ld *ld, BotGoal *g)
{
    Scenario *sc = ld->sc;
    if (sc->walkout < 0) return;
    bool named = ld_get(ld, ld->root, "walkout") != LUA_TNIL;
    lua_pop(ld->L, 1);
    if (named) return;
    for (int i = 0; i < g->nexpects; i++)
        if (g->expects[i].kind == EXPECT_EXCEPT && (int)g->expects[i].value == sc->walkout) return;
    Expect *grown = realloc(g->expects, (size_t)(g->nexpects + 1) * sizeof *grown);
    if (!grown) ld_fail(ld, 0, "out of memory");
    g->expects = grown;
    g->expects[g->nexpects++] = (Expect){.kind = EXPECT_EXCEPT,
                                         .key = ld_dup(ld, "except"),
                                         .text = ld_dup(ld, sc->nodes[sc->walkout].ending),
                                         .var = -1,
                                         .value = sc->walkout};
}

void ld_build_bots(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "bots");
    int line = ld_field_line(ld, "bots", 1);
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ld_fail(ld, line, "'bots' must be a table like { mi = { outcome = \"success\" } }, not %s",
                ld_type_word(L, -1));
    int t = lua_gettop(L);
    static const char *const keys[] = {"mi", "righting", "questions", "random", NULL};
    if (ty == LUA_TTABLE) ld_check_keys(ld, t, keys, false, "bots: ", line);
    for (int b = 0; ty == LUA_TTABLE && b < BOT_PERSONAS; b++) {
        BotGoal *g = &sc->bots[b];
        if (ld_get(ld, t, keys[b]) == LUA_TNIL) {
            lua_pop(L, 1);
            continue;
        }
        char where[64];
        snprintf(where, sizeof where, "bots.%s: ", keys[b]);
        g->line = ld_field_line(ld, keys[b], line);
        if (!lua_istable(L, -1)) ld_fail(ld, g->line, "%smust be a table of expectations", where);
        g->set = true;
        build_expects(ld, lua_gettop(L), &g->expects, &g->nexpects, b == BOT_RANDOM, where,
                      g->line);
        qsort(g->expects, (size_t)g->nexpects, sizeof *g->expects, by_expect);
        for (int i = 0; i < g->nexpects; i++)
            g->every_ending |= g->expects[i].kind == EXPECT_EXCEPT;
        lua_settop(L, t);
    }
    lua_pop(L, 1);
    except_engine_walkout(ld, &sc->bots[BOT_RANDOM]);
}

/* Arguments: the Host, the file's path, the table the file returned. */
