/* load flow: what a client file says about the shape of a conversation beyond `go`: choices
 * offered once, visit counts, sub-conversations entered with `call` and left with `back`,
 * declarative conditional lines, and choice text and cues that depend on state. Everything
 * that must be remembered lives in hidden engine variables (VAR_FLOW), so that the state
 * vector stays the whole truth: exploration, replay and rewind need nothing else. */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

int ld_flow_var(Ld *ld, const char *name, VarType type, double max)
{
    int v = layout_find(&ld->sc->layout, name);
    if (v >= 0) return v + 1;
    v = layout_add(&ld->sc->layout, name, type, 0, 0, max, type == VAR_FLAG ? 0 : 1,
                   VAR_HIDDEN | VAR_READONLY | VAR_FLOW);
    if (v < 0) ld_fail(ld, 0, "out of memory");
    return v + 1;
}

int ld_visits_var(Ld *ld, int node)
{
    Node *n = &ld->sc->nodes[node];
    if (!n->visits) {
        char name[300];
        ld_where(name, sizeof name, "visits:%s", n->id);
        n->visits = ld_flow_var(ld, name, VAR_NUMBER, VISITS_MAX);
    }
    return n->visits;
}

int ld_visits_count(Ld *ld, int idx)
{
    lua_State *L = ld->L;
    int n = 0;
    if (lua_getfield(L, idx, "visits") == LUA_TTABLE &&
        layout_find(&ld->sc->layout, "visits") < 0) {
        lua_pushnil(L);
        while (lua_next(L, -2))
            n++, lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return n;
}

/* A node named in visits = { ... }: its index, with "did you mean" for a near miss. */
static int visited_node(Ld *ld, const char *id, const char *where, int line)
{
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n >= 0) return n;
    const char *best = NULL;
    int bestd = 4;
    for (int i = 0; i < ld->sc->nnodes; i++) {
        int d = ld_edit_distance(ld->sc->nodes[i].id, id);
        if (d < bestd) bestd = d, best = ld->sc->nodes[i].id;
    }
    if (best)
        ld_fail(ld, line, "%s'visits' counts node '%s', which does not exist (did you mean '%s'?)",
                where, id, best);
    ld_fail(ld, line, "%s'visits' counts node '%s', which does not exist", where, id);
}

void ld_visits_terms(Ld *ld, int idx, Cond *c, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            ld_fail(ld, line, "%s'visits' names nodes: visits = { pushback = \">= 1\" }", where);
        const char *id = lua_tostring(L, -2);
        int l = ld_field_line(ld, id, line);
        int node = visited_node(ld, id, where, l);
        Compare *t = &c->terms[c->nterms];
        t->var = ld_visits_var(ld, node) - 1;
        if (lua_type(L, -1) == LUA_TNUMBER) {
            t->op = CMP_EQ;
            t->value = lua_tonumber(L, -1);
        } else if (lua_type(L, -1) != LUA_TSTRING ||
                   cmp_parse(lua_tostring(L, -1), &t->op, &t->value)) {
            ld_fail(ld, l,
                    "%s'visits.%s = %s' is not a comparison: write it like \">= 1\" or \"== 0\"",
                    where, id, luaL_tolstring(L, -1, NULL));
        }
        c->nterms++;
        lua_pop(L, 1);
    }
}

/* A true/false field; false when absent. */
static bool flag_field(Ld *ld, int t, const char *key, const char *where, int line)
{
    int ty = ld_get(ld, t, key);
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be true or false, not %s", where,
                key, ld_type_word(ld->L, -1));
    bool on = lua_toboolean(ld->L, -1);
    lua_pop(ld->L, 1);
    return on;
}

void ld_flow_choice(Ld *ld, int t, Node *n, Choice *c, const char *where)
{
    lua_State *L = ld->L;
    if (flag_field(ld, t, "once", where, c->line)) {
        char name[300];
        ld_where(name, sizeof name, "once:%s:%s", n->id, c->id);
        c->once = ld_flow_var(ld, name, VAR_FLAG, 1);
    }
    c->back = flag_field(ld, t, "back", where, c->line);
    int ty = ld_get(ld, t, "call");
    if (ty != LUA_TNIL) {
        int cl = ld_field_line(ld, "call", c->line);
        if (ty != LUA_TSTRING)
            ld_fail(ld, cl, "%s'call' must be the id of the node a sub-conversation starts at",
                    where);
        c->call = ld_find_node(ld, lua_tostring(L, -1), where, "call", cl) + 1;
        if (c->back) ld_fail(ld, cl, "%s'call' and 'back' cannot both be on one choice", where);
        if (!ld->sc->stack) {
            for (int k = 0; k < SCENARIO_STACK; k++) {
                char name[32];
                ld_where(name, sizeof name, "return:%d", k + 1);
                int v = ld_flow_var(ld, name, VAR_NUMBER, ld->sc->nnodes);
                if (k == 0) ld->sc->stack = v;
            }
        }
    }
    lua_pop(L, 1);
    if (c->back && ld_get(ld, t, "go") != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, "go", c->line),
                "%s'go' and 'back' cannot both be on one choice: back returns to where the "
                "sub-conversation was called from",
                where);
    if (c->back) lua_pop(L, 1);
}

void ld_flow_node(Ld *ld, int t, Node *n, const char *where)
{
    if (flag_field(ld, t, "counted", where, n->line)) ld_visits_var(ld, (int)(n - ld->sc->nodes));
    n->stop = flag_field(ld, t, "stop", where, n->line);
    if (n->stop && !n->ending)
        ld_fail(ld, ld_field_line(ld, "stop", n->line),
                "%s'stop' belongs to an ending: the client stops coming after it", where);
}

/* { when = { ... }, "line", ... }: a conditional entry of a say table. */
static bool is_cond_entry(lua_State *L, int idx)
{
    if (!lua_istable(L, idx)) return false;
    bool has = lua_getfield(L, idx, "when") != LUA_TNIL;
    lua_pop(L, 1);
    return has;
}

bool ld_say_has_conds(Ld *ld, int idx)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    int len = (int)lua_rawlen(L, idx);
    bool found = false;
    for (int i = 1; i <= len && !found; i++) {
        lua_rawgeti(L, idx, i);
        found = is_cond_entry(L, -1);
        lua_pop(L, 1);
    }
    return found;
}

static void cond_entry(Ld *ld, int e, Node *n, CondLines *cl, const char *where, int line)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"when", NULL};
    ld_check_keys(ld, e, keys, true, where, line);
    cl->line = line;
    lua_getfield(L, e, "when");
    if (!lua_istable(L, -1))
        ld_fail(ld, line,
                "%sa conditional line's 'when' must be a table like { trust = \">= 3\" } (a say "
                "function computes lines from anything)",
                where);
    ld_build_cond(ld, -1, &cl->when, where, line);
    lua_pop(L, 1);
    int count = (int)lua_rawlen(L, e);
    if (count == 0)
        ld_fail(ld, line, "%sa conditional line needs its text: { when = { ... }, \"...\" }",
                where);
    cl->lines.lines = ld_zalloc(ld, (size_t)count, sizeof(char *));
    cl->lines.talk = ld_zalloc(ld, (size_t)count, 1);
    cl->lines.kind = ld_zalloc(ld, (size_t)count, 1);
    for (int i = 1; i <= count; i++) {
        lua_rawgeti(L, e, i);
        ld_add_line(ld, lua_gettop(L), &cl->lines, n, where, "say", i, line);
        lua_pop(L, 1);
    }
}

void ld_say_conds(Ld *ld, int idx, Node *n, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    int len = (int)lua_rawlen(L, idx), nconds = 0;
    for (int i = 1; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        nconds += is_cond_entry(L, -1);
        lua_pop(L, 1);
    }
    n->say.conds = ld_zalloc(ld, (size_t)nconds, sizeof *n->say.conds);
    n->say.plain.lines = ld_zalloc(ld, (size_t)(len - nconds), sizeof(char *));
    n->say.plain.talk = ld_zalloc(ld, (size_t)(len - nconds), 1);
    n->say.plain.kind = ld_zalloc(ld, (size_t)(len - nconds), 1);
    for (int i = 1; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        int e = lua_gettop(L);
        if (is_cond_entry(L, e)) {
            int l = lua_rawgeti(L, e, 1) == LUA_TSTRING
                        ? srcloc_text(ld->ix, lua_tostring(L, -1), line)
                        : 0;
            lua_pop(L, 1);
            cond_entry(ld, e, n, &n->say.conds[n->say.nconds++], where, l ? l : line);
        } else {
            ld_add_line(ld, e, &n->say.plain, n, where, "say", i, line);
        }
        lua_pop(L, 1);
    }
}

/* One { when = { ... }, "text" } entry of a StateText. */
static void text_entry(Ld *ld, int e, TextVar *tv, const char *where, const char *key, int line)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"when", NULL};
    ld_check_keys(ld, e, keys, true, where, line);
    if (lua_getfield(L, e, "when") != LUA_TTABLE)
        ld_fail(ld, line, "%s'%s' variants need a table condition: { when = { ... }, \"...\" }",
                where, key);
    ld_build_cond(ld, -1, &tv->when, where, line);
    lua_pop(L, 1);
    if (lua_rawgeti(L, e, 1) != LUA_TSTRING || lua_rawlen(L, e) != 1 || !*lua_tostring(L, -1))
        ld_fail(ld, line, "%sa '%s' variant is { when = { ... }, \"the text\" }", where, key);
    tv->text = ld_dup(ld, lua_tostring(L, -1));
    lua_pop(L, 1);
}

void ld_state_text(Ld *ld, int idx, char **plain, StateText *st, const char *where, const char *key,
                   int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING && *lua_tostring(L, idx)) {
        *plain = ld_dup(ld, lua_tostring(L, idx));
        return;
    }
    static const char *const bands[] = {"open", "guarded", "resistant", "hostile", NULL};
    if (!lua_istable(L, idx) || lua_rawgeti(L, idx, 1) != LUA_TSTRING || !*lua_tostring(L, -1))
        ld_fail(ld, line,
                "%s'%s' must be a string, or { \"plain text\", hostile = \"...\", { when = { ... "
                "}, \"...\" } }",
                where, key);
    *plain = ld_dup(ld, lua_tostring(L, -1));
    lua_pop(L, 1);
    ld_check_keys(ld, idx, bands, true, where, line);
    for (int b = 0; b < BAND_COUNT; b++) {
        int ty = lua_getfield(L, idx, bands[b]);
        if (ty != LUA_TNIL && (ty != LUA_TSTRING || !*lua_tostring(L, -1)))
            ld_fail(ld, ld_field_line(ld, bands[b], line), "%s'%s' for %s must be a string", where,
                    key, bands[b]);
        if (ty == LUA_TSTRING) st->band[b] = ld_dup(ld, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    int len = (int)lua_rawlen(L, idx);
    st->vars = ld_zalloc(ld, (size_t)(len > 1 ? len - 1 : 0), sizeof *st->vars);
    for (int i = 2; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        if (!lua_istable(L, -1))
            ld_fail(ld, line, "%s'%s' entry %d must be { when = { ... }, \"...\" }", where, key, i);
        text_entry(ld, lua_gettop(L), &st->vars[st->nvars++], where, key, line);
        lua_pop(L, 1);
    }
}

/* between = { discord = -10, named = false }: what changes before a session (numbers are
 * added, flags set), on any variable a script may write and on the model's own. */
static void sitting_between(Ld *ld, int t, Sitting *st, const char *where, int line)
{
    lua_State *L = ld->L;
    if (lua_getfield(L, t, "between") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int b = lua_gettop(L), l = ld_field_line(ld, "between", line), n = 0;
    if (!lua_istable(L, b))
        ld_fail(ld, l, "%s'between' must be a table of changes like { discord = -10 }", where);
    lua_pushnil(L);
    while (lua_next(L, b))
        n++, lua_pop(L, 1);
    st->between.deltas = ld_zalloc(ld, (size_t)n, sizeof *st->between.deltas);
    lua_pushnil(L);
    while (lua_next(L, b)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            ld_fail(ld, l, "%s'between' names state variables: { discord = -10 }", where);
        const char *name = lua_tostring(L, -2);
        int vl = ld_field_line(ld, name, l);
        int v = ld_var_of(ld, name, where, vl);
        const VarDecl *d = &ld->sc->layout.vars[v];
        if ((d->flags & VAR_READONLY) && !(d->flags & VAR_MODEL))
            ld_fail(ld, vl, "%s'%s' is read-only: the engine computes it", where, name);
        if ((d->flags & VAR_READONLY) || (d->flags & VAR_HIDDEN))
            ld_fail(ld, vl,
                    "%s'%s' is the model's to compute: change discord, rapport, ... instead", where,
                    name);
        bool flag = d->type == VAR_FLAG;
        if (flag ? !lua_isboolean(L, -1) : lua_type(L, -1) != LUA_TNUMBER)
            ld_fail(ld, vl, "%s'%s' is a %s: give %s, not %s", where, name,
                    flag ? "flag" : "number", flag ? "true or false" : "the change as a number",
                    ld_type_word(L, -1));
        st->between.deltas[st->between.ndeltas++] =
            (Delta){v, flag, flag ? lua_toboolean(L, -1) : lua_tonumber(L, -1)};
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void build_sitting(Ld *ld, int t, int k, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    Sitting *st = &sc->sittings[k];
    char where[64];
    snprintf(where, sizeof where, "sessions: session %d: ", k + 1);
    if (!lua_istable(L, t))
        ld_fail(ld, line, "%smust be a table { title = \"...\", start = \"node\" }, not %s", where,
                ld_type_word(L, t));
    st->line = line;
    static const char *const keys[] = {"title", "start", "between", NULL};
    ld_check_keys(ld, t, keys, false, where, line);
    st->title = ld_req_string(ld, t, "title", where, line);
    char *start = ld_opt_string(ld, t, "start", where, line);
    int sl = ld_field_line(ld, "start", line);
    if (!start && k > 0) ld_fail(ld, line, "%s'start' is required: the node it opens at", where);
    st->start = start ? ld_find_node(ld, start, where, "start", sl) : sc->start;
    free(start);
    if (k == 0 && st->start != sc->start)
        ld_fail(ld, sl, "%sthe first session starts at the client's 'start' ('%s')", where,
                sc->nodes[sc->start].id);
    if (sc->nodes[st->start].ending)
        ld_fail(ld, sl, "%s'start' must be a node with choices, not an ending", where);
    if (k == 0 && lua_getfield(L, t, "between") != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, "between", line),
                "%s'between' belongs to a later session: what fades before it", where);
    if (k == 0) lua_pop(L, 1);
    sitting_between(ld, t, st, where, line);
}

void ld_build_sittings(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "sessions");
    int line = ld_field_line(ld, "sessions", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        for (int i = 0; i < sc->nnodes; i++)
            if (sc->nodes[i].stop)
                ld_fail(ld, ld_field_line(ld, "stop", sc->nodes[i].line),
                        "node '%s': 'stop' ends a course of sessions: this client has no "
                        "sessions = { ... }",
                        sc->nodes[i].id);
        return;
    }
    int t = lua_gettop(L), n = ty == LUA_TTABLE ? (int)lua_rawlen(L, t) : 0;
    if (n < 2 || n > 20)
        ld_fail(ld, line,
                "'sessions' must be a list of 2 to 20 sessions, each { title = \"...\", start = "
                "\"node\" }");
    sc->sittings = ld_zalloc(ld, (size_t)n, sizeof *sc->sittings);
    for (int k = 0; k < n; k++) {
        sc->nsittings = k + 1;
        lua_rawgeti(L, t, k + 1);
        int l = 0;
        if (lua_istable(L, -1) && lua_getfield(L, -1, "title") == LUA_TSTRING)
            l = srcloc_text(ld->ix, lua_tostring(L, -1), line);
        if (lua_istable(L, -2)) lua_pop(L, 1);
        build_sitting(ld, lua_gettop(L), k, l ? l : line);
        lua_settop(L, t);
    }
    sc->var_sitting = ld_flow_var(ld, "session:index", VAR_NUMBER, n - 1);
    lua_pop(L, 1);
}
