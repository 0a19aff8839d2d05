/* loader: turns the table a client file returns into a Scenario, checking every field.
 * Runs as a protected Lua C function: a mistake raises "file:line: where: what" and the host
 * frees the half-built Scenario, whose arrays are always allocated zeroed before filling.
 * This file has the loading context's helpers and loader_build; the parts are built in
 * load_client.c, load_node.c and load_test.c (loader.h). */
#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

extern const ScriptHooks host_hooks;

/* Raises the load error "path:line: message"; never returns (the analyser knows it). */
_Noreturn void ld_fail(Ld *ld, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (line > 0)
        lua_pushfstring(ld->L, "%s:%d: ", ld->path, line);
    else
        lua_pushfstring(ld->L, "%s: ", ld->path);
    lua_pushvfstring(ld->L, fmt, ap);
    va_end(ap);
    lua_concat(ld->L, 2);
    lua_error(ld->L);
    abort(); /* lua_error does not return */
}

/* A number as an author wrote it ("120", "2.5"), for messages; a small ring of buffers so
 * several can stand in one message. */
const char *ld_num(double x)
{
    static char ring[8][32];
    static int next;
    char *b = ring[next++ % 8];
    snprintf(b, 32, "%g", x);
    return b;
}

void *ld_zalloc(Ld *ld, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) ld_fail(ld, 0, "out of memory");
    return p;
}

char *ld_dup(Ld *ld, const char *s)
{
    char *d = strdup(s);
    if (!d) ld_fail(ld, 0, "out of memory");
    return d;
}

const char *ld_type_word(lua_State *L, int idx)
{
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        return "nothing";
    case LUA_TBOOLEAN:
        return "a boolean";
    case LUA_TNUMBER:
        return "a number";
    case LUA_TSTRING:
        return "a string";
    case LUA_TTABLE:
        return "a table";
    case LUA_TFUNCTION:
        return "a function";
    default:
        return lua_typename(L, lua_type(L, idx));
    }
}

/* Line of a field inside a table that starts at `from` (falls back to `from`). */
int ld_field_line(Ld *ld, const char *key, int from)
{
    int l = srcloc_key(ld->ix, key, from);
    return l ? l : from;
}

int ld_edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 30 || lb > 30) return 99;
    int d[31][31];
    for (int i = 0; i <= la; i++)
        d[i][0] = i;
    for (int j = 0; j <= lb; j++)
        d[0][j] = j;
    for (int i = 1; i <= la; i++)
        for (int j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
}

/* Every string key of the table at t must be one of `known` (integer keys allowed when
 * `list_ok`): a typo in a field name is reported, not silently ignored. */
void ld_check_keys(Ld *ld, int t, const char *const *known, bool list_ok, const char *where,
                   int line)
{
    lua_State *L = ld->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && list_ok) continue;
        if (lua_type(L, -1) != LUA_TSTRING)
            ld_fail(ld, line, "%sunexpected %s key in the table", where, ld_type_word(L, -1));
        const char *k = lua_tostring(L, -1);
        bool found = false;
        for (const char *const *n = known; *n && !found; n++)
            found = strcmp(*n, k) == 0;
        if (!found) {
            const char *best = NULL;
            int bestd = 3;
            for (const char *const *n = known; *n; n++) {
                int d = ld_edit_distance(*n, k);
                if (d < bestd) bestd = d, best = *n;
            }
            int l = ld_field_line(ld, k, line);
            if (best) ld_fail(ld, l, "%sunknown field '%s' (did you mean '%s'?)", where, k, best);
            ld_fail(ld, l, "%sunknown field '%s'", where, k);
        }
    }
}

/* Pushes t[key]; returns its type. */
int ld_get(Ld *ld, int t, const char *key)
{
    return lua_getfield(ld->L, t, key);
}

char *ld_opt_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    int ty = ld_get(ld, t, key);
    char *out = NULL;
    if (ty == LUA_TSTRING)
        out = ld_dup(ld, lua_tostring(ld->L, -1));
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be a string, not %s", where, key,
                ld_type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    return out;
}

char *ld_req_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    char *s = ld_opt_string(ld, t, key, where, line);
    if (!s || !*s) {
        free(s); /* an empty string was copied: free it before failing */
        ld_fail(ld, line > 1 ? line : 0, "%s'%s' is required (a string)", where, key);
    }
    return s;
}

double ld_opt_number(Ld *ld, int t, const char *key, double dflt, double lo, double hi,
                     const char *where, int line)
{
    int ty = ld_get(ld, t, key);
    double v = dflt;
    if (ty == LUA_TNUMBER)
        v = lua_tonumber(ld->L, -1);
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be a number, not %s", where, key,
                ld_type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    if (!(v >= lo && v <= hi))
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be between %s and %s, not %s", where,
                key, ld_num(lo), ld_num(hi), ld_num(v));
    return v;
}

int ld_find_node(Ld *ld, const char *id, const char *where, const char *field, int line)
{
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n < 0) {
        const char *best = NULL;
        int bestd = 4;
        for (int i = 0; i < ld->sc->nnodes; i++) {
            int d = ld_edit_distance(ld->sc->nodes[i].id, id);
            if (d < bestd) bestd = d, best = ld->sc->nodes[i].id;
        }
        if (best)
            ld_fail(ld, line, "%s'%s' goes to node '%s', which does not exist (did you mean '%s'?)",
                    where, field, id, best);
        ld_fail(ld, line, "%s'%s' goes to node '%s', which does not exist", where, field, id);
    }
    return n;
}

int ld_var_of(Ld *ld, const char *name, const char *where, int line)
{
    int v = layout_find(&ld->sc->layout, name);
    if (v < 0)
        ld_fail(ld, line,
                "%s'%s' is not a state variable of this client (declare it in state = { ... })",
                where, name);
    return v;
}

/* A registry reference to the value at idx. Functions are also listed in the registry's
 * "rapport.functions" table, so that freezing can start from them. */
int ld_ref_value(Ld *ld, int idx)
{
    idx = lua_absindex(ld->L, idx);
    if (lua_isfunction(ld->L, idx)) {
        lua_getfield(ld->L, LUA_REGISTRYINDEX, "rapport.functions");
        lua_pushvalue(ld->L, idx);
        lua_rawseti(ld->L, -2, (lua_Integer)lua_rawlen(ld->L, -2) + 1);
        lua_pop(ld->L, 1);
    }
    lua_pushvalue(ld->L, idx);
    return luaL_ref(ld->L, LUA_REGISTRYINDEX);
}

/* A condition: a function, or a table of variable = "op number" / flag = boolean. */
int loader_build(lua_State *L)
{
    Ld ld = {0};
    ld.L = L;
    ld.h = lua_touserdata(L, 1);
    ld.sc = &ld.h->sc;
    ld.path = lua_tostring(L, 2);
    ld.src = ld.h->source;
    ld.ix = ld.h->srcindex;
    ld.root = 3;
    Scenario *sc = ld.sc;
    memset(sc, 0, sizeof *sc);
    sc->walkout = sc->turn_limit_node = -1;
    sc->var_turn = sc->var_resistance = sc->var_deflecting = sc->var_questions = -1;
    sc->var_rapport = sc->var_discord = sc->var_sustain_next = -1;
    for (int b = 0; b < BOT_PERSONAS; b++)
        sc->bots[b].complained = -1;
    sc->hooks = &host_hooks;
    sc->hooks_ctx = ld.h;
    sc->path = ld_dup(&ld, ld.path);

    int last = 1;
    for (const char *p = ld.src; *p; p++)
        if (*p == '\n' && p[1]) last++;
    if (!lua_istable(L, 3))
        ld_fail(
            &ld, last,
            "the file must return a scenario: end it with return scenario { ... } (it returned %s)",
            ld_type_word(L, 3));
    if (!api_is_scenario(L, 3))
        ld_fail(&ld, last, "the file must return scenario { ... }, not a plain table");
    static const char *const keys[] = {"id",    "title",   "setting",    "client", "state",
                                       "start", "walkout", "turn_limit", "rules",  "nodes",
                                       "tests", "model",   "invariants", "bots",   "avatar",
                                       "mode",  NULL};
    ld_check_keys(&ld, 3, keys, false, "", 1);
    sc->id = ld_req_string(&ld, 3, "id", "", 1);
    if (!ld_valid_id(sc->id))
        ld_fail(
            &ld, ld_field_line(&ld, "id", 1),
            "'id' must use lower-case letters, digits and '-' (like \"dana-results\"), not \"%s\"",
            sc->id);
    sc->title = ld_req_string(&ld, 3, "title", "", 1);
    sc->setting = ld_req_string(&ld, 3, "setting", "", 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.functions");
    lua_newtable(L);
    ld.ids = lua_gettop(L);
    ld_build_client(&ld);
    ld_build_model(&ld);
    ld_build_state(&ld);
    ld_build_nodes(&ld);
    ld_build_rules(&ld);
    ld_build_tests(&ld);
    ld_build_invariants(&ld);
    ld_build_bots(&ld);
    char *mode = ld_opt_string(&ld, 3, "mode", "", 1);
    if (mode) {
        sc->mode = !strcmp(mode, "practice") ? 1 : !strcmp(mode, "assessment") ? 2 : 0;
        free(mode);
        if (!sc->mode)
            ld_fail(&ld, ld_field_line(&ld, "mode", 1),
                    "'mode' must be \"practice\" or \"assessment\"");
    }
    int aty = ld_get(&ld, 3, "avatar");
    if (aty == LUA_TFUNCTION)
        sc->avatar_fn = ld_ref_value(&ld, -1);
    else if (aty != LUA_TNIL)
        ld_fail(&ld, ld_field_line(&ld, "avatar", 1),
                "'avatar' must be a function(s) returning expression overrides, not %s",
                ld_type_word(L, -1));
    lua_pop(L, 1);

    /* The state proxy, now that the layout is known. */
    lua_pushcfunction(L, luaopen_rapport_state);
    lua_pushlightuserdata(L, ld.h);
    lua_call(L, 1, 1);
    ld.h->ref_proxy = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}