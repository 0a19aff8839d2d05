/* load test: what a client file says about itself: test plans with their expectations,
 * invariants the explorer checks, and the goals the bots must meet. */
#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

static void build_expects(Ld *ld, int t, Expect **out, int *count, const char *skip,
                          const char *where, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t))
        n++, lua_pop(L, 1);
    *out = ld_zalloc(ld, (size_t)n, sizeof **out);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING) ld_fail(ld, line, "%s'expect' keys are names", where);
        const char *key = lua_tostring(L, -2);
        if (skip && !strcmp(key, skip)) {
            lua_pop(L, 1);
            continue;
        }
        Expect *e = &(*out)[(*count)++];
        e->key = ld_dup(ld, key);
        e->var = -1;
        int l = ld_field_line(ld, key, line);
        if (!strcmp(key, "ending") || !strcmp(key, "outcome") || !strcmp(key, "node")) {
            if (lua_type(L, -1) != LUA_TSTRING)
                ld_fail(ld, l, "%sexpect '%s' must be a string", where, key);
            const char *v = lua_tostring(L, -1);
            e->text = ld_dup(ld, v);
            if (!strcmp(key, "ending")) {
                e->kind = EXPECT_ENDING;
                bool found = false;
                for (int i = 0; i < sc->nnodes; i++)
                    if (sc->nodes[i].ending && !strcmp(sc->nodes[i].ending, v)) found = true;
                if (!found) ld_fail(ld, l, "%sexpects ending '%s', which no node has", where, v);
            } else if (!strcmp(key, "outcome")) {
                e->kind = EXPECT_OUTCOME;
                ld_parse_outcome(ld, v, where, l);
            } else {
                e->kind = EXPECT_NODE;
                ld_find_node(ld, v, where, "node", l);
            }
        } else {
            e->kind = !strcmp(key, "turns") ? EXPECT_TURNS : EXPECT_VAR;
            const VarDecl *d = NULL;
            if (e->kind == EXPECT_VAR) {
                e->var = ld_var_of(ld, key, where, l);
                d = &sc->layout.vars[e->var];
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
                ld_fail(ld, l, "%sexpect '%s' must be a number or a comparison like \"< 30\"",
                        where, key);
            }
        }
        lua_pop(L, 1);
    }
}

/* Expectations in a stable order (Lua's table order varies from run to run): what the
 * session reached first, then variables by name. */
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
            lua_rawgeti(L, cl, k);
            int isint;
            lua_Integer num = lua_tointegerx(L, -1, &isint);
            if (lua_type(L, -1) == LUA_TNUMBER && isint && num >= 1 && num <= SESSION_MAX_CHOICES)
                tp->steps[k - 1].number = (int)num;
            else if (lua_type(L, -1) == LUA_TSTRING)
                tp->steps[k - 1].id = ld_dup(ld, lua_tostring(L, -1));
            else
                ld_fail(ld, tp->line, "%sstep %d must be a choice number (1 to %d) or a choice id",
                        where, k, SESSION_MAX_CHOICES);
            tp->nsteps = k;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (ld_get(ld, p, "expect") != LUA_TTABLE)
            ld_fail(ld, tp->line, "%s'expect' must be a table", where);
        build_expects(ld, lua_gettop(L), &tp->expects, &tp->nexpects, NULL, where, tp->line);
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

void ld_build_bots(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "bots");
    int line = ld_field_line(ld, "bots", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        ld_fail(ld, line, "'bots' must be a table like { mi = { outcome = \"success\" } }, not %s",
                ld_type_word(L, -1));
    int t = lua_gettop(L);
    static const char *const keys[] = {"mi", "righting", "questions", "random", NULL};
    ld_check_keys(ld, t, keys, false, "bots: ", line);
    for (int b = 0; b < BOT_PERSONAS; b++) {
        BotGoal *g = &sc->bots[b];
        g->complained = -1;
        if (ld_get(ld, t, keys[b]) == LUA_TNIL) {
            lua_pop(L, 1);
            continue;
        }
        char where[64];
        snprintf(where, sizeof where, "bots.%s: ", keys[b]);
        g->line = ld_field_line(ld, keys[b], line);
        if (!lua_istable(L, -1)) ld_fail(ld, g->line, "%smust be a table of expectations", where);
        g->set = true;
        int e = lua_gettop(L);
        build_expects(ld, e, &g->expects, &g->nexpects, "complained", where, g->line);
        qsort(g->expects, (size_t)g->nexpects, sizeof *g->expects, by_expect);
        int cty = ld_get(ld, e, "complained");
        if (cty == LUA_TBOOLEAN)
            g->complained = lua_toboolean(L, -1);
        else if (cty != LUA_TNIL)
            ld_fail(ld, g->line, "%s'complained' must be true or false", where);
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

/* Arguments: the Host, the file's path, the table the file returned. */
