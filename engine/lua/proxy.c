/* proxy: the `s` that Lua code reads and writes. Only declared variables exist; values live in
 * the session's C array; what may be written depends on who is calling (a condition or a
 * line may only read, an effect may write scenario variables, the model may write its own).
 * Upvalues: 1 the Host, 2 a table from variable name to slot (-1 for `visits`, unless the
 * client declares a variable of that name), 3 the read-only `s.visits` table.
 *
 * The model, called on every turn of every exploration, gets a plain table instead: the
 * model's own variables copied in before the call and checked and copied back after it, so
 * that its reads and writes cost a table access, not a call into C (issue 14). The same
 * guarantee holds at the boundary: a name that is not a model variable raises an error when
 * read or created, and a value of the wrong type is refused when the call returns. */
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "host.h"

static int slot_of(lua_State *L, Host *h)
{
    if (!h->cur || h->mode == PROXY_CLOSED)
        return luaL_error(L, "the state can only be used while a session plays");
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNUMBER) {
        lua_pop(L, 1);
        return luaL_error(
            L, "'%s' is not a state variable of this client (declare it in state = { ... })",
            luaL_tolstring(L, 2, NULL));
    }
    int slot = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return slot;
}

/* One value as Lua sees it: flags as booleans, whole numbers as integers ("55", not "55.0"). */
static void push_value(lua_State *L, const VarDecl *v, double x)
{
    if (v->type == VAR_FLAG)
        lua_pushboolean(L, x != 0.0);
    else if (x == floor(x) && fabs(x) < 1e15)
        lua_pushinteger(L, (lua_Integer)x);
    else
        lua_pushnumber(L, x);
}

static int f_index(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    int slot = slot_of(L, h);
    if (slot < 0) {
        lua_pushvalue(L, lua_upvalueindex(3));
        return 1;
    }
    push_value(L, &h->sc.layout.vars[slot], h->cur->state[slot]);
    return 1;
}

static int f_newindex(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    int slot = slot_of(L, h);
    if (slot < 0) return luaL_error(L, "'visits' is read-only: the engine counts visits");
    const VarDecl *v = &h->sc.layout.vars[slot];
    if (h->mode == PROXY_READ)
        return luaL_error(L,
                          "cannot set '%s' here: conditions and lines only read the state; "
                          "change it in an effect",
                          v->name);
    if (h->mode != PROXY_MODEL && (v->flags & VAR_READONLY))
        return luaL_error(L, "'%s' is read-only: the engine computes it", v->name);
    if (v->type == VAR_FLAG) {
        if (!lua_isboolean(L, 3))
            return luaL_error(L, "'%s' is a flag: set it to true or false, not a %s", v->name,
                              luaL_typename(L, 3));
        h->cur->state[slot] = lua_toboolean(L, 3) ? 1.0 : 0.0;
    } else {
        int ok;
        lua_Number x = lua_tonumberx(L, 3, &ok);
        if (!ok || lua_type(L, 3) != LUA_TNUMBER)
            return luaL_error(L, "'%s' is a number: cannot set it to a %s", v->name,
                              luaL_typename(L, 3));
        if (x != x) return luaL_error(L, "'%s' cannot be set to NaN", v->name);
        h->cur->state[slot] = x < v->min ? v->min : x > v->max ? v->max : x;
    }
    return 0;
}

static int proxy_next(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    int i = 0;
    if (!lua_isnil(L, 2)) {
        const char *k = lua_tostring(L, 2);
        i = k ? layout_find(&h->sc.layout, k) + 1 : h->sc.layout.count;
    }
    while (i < h->sc.layout.count && (h->sc.layout.vars[i].flags & VAR_HIDDEN))
        i++;
    if (i >= h->sc.layout.count || !h->cur) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushstring(L, h->sc.layout.vars[i].name);
    lua_pushvalue(L, -1);
    lua_gettable(L, 1);
    return 2;
}

static int f_pairs(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, proxy_next, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int f_tostring(lua_State *L)
{
    lua_pushliteral(L, "state");
    return 1;
}

/* s.visits.node: how many times the session has entered a counted node. */
static int f_visits(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    if (!h->cur || h->mode == PROXY_CLOSED)
        return luaL_error(L, "the state can only be used while a session plays");
    const char *id = lua_tostring(L, 2);
    int n = id ? scenario_find_node(&h->sc, id) : -1;
    if (n < 0)
        return luaL_error(L, "'%s' is not a node of this client", luaL_tolstring(L, 2, NULL));
    int v = h->sc.nodes[n].visits;
    if (!v)
        return luaL_error(L,
                          "node '%s' keeps no visit count: add counted = true to it (or name it "
                          "in a table condition's visits = { ... })",
                          id);
    lua_pushinteger(L, (lua_Integer)h->cur->state[v - 1]);
    return 1;
}

static int f_visits_set(lua_State *L)
{
    return luaL_error(L, "'visits' is read-only: the engine counts visits");
}

/* The read-only s.visits table, its metatable holding the Host. */
static void push_visits(lua_State *L, int host)
{
    static const luaL_Reg meta[] = {
        {"__index", f_visits}, {"__newindex", f_visits_set}, {NULL, NULL}};
    lua_newtable(L);
    lua_newtable(L);
    lua_pushvalue(L, host);
    luaL_setfuncs(L, meta, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

/* Called with the Host as argument 1 once the layout is known; returns the proxy table. */
int luaopen_rapport_state(lua_State *L)
{
    static const luaL_Reg meta[] = {{"__index", f_index},
                                    {"__newindex", f_newindex},
                                    {"__pairs", f_pairs},
                                    {"__tostring", f_tostring},
                                    {NULL, NULL}};
    Host *h = lua_touserdata(L, 1);
    luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);
    lua_newtable(L); /* the proxy */
    lua_newtable(L); /* its metatable */
    lua_pushvalue(L, 1);
    lua_createtable(L, 0, h->sc.layout.count);
    for (int i = 0; i < h->sc.layout.count; i++) {
        lua_pushinteger(L, i);
        lua_setfield(L, -2, h->sc.layout.vars[i].name);
    }
    if (layout_find(&h->sc.layout, "visits") < 0) {
        lua_pushinteger(L, -1);
        lua_setfield(L, -2, "visits");
    }
    push_visits(L, 1);
    luaL_setfuncs(L, meta, 3);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    return 1;
}

/* The model's view: names outside it fail when read or created (existing keys never reach
 * these metamethods, so the model's own reads and writes stay plain table accesses). */
static int f_model_index(lua_State *L)
{
    return luaL_error(L, "'%s' is not a variable of the model", luaL_tolstring(L, 2, NULL));
}

static int f_model_newindex(lua_State *L)
{
    return luaL_error(L, "'%s' is not a variable of the model: it cannot be created",
                      luaL_tolstring(L, 2, NULL));
}

/* Pushes the model's view, a plain table with a guarding metatable, and the list of its names
 * (interned once, so filling and reading back hash no strings); its fields are filled by
 * state_model_fill. Records the model's slots in h->mslots. 0, or -1 when out of memory. */
int state_model_view_push(Host *h)
{
    static const luaL_Reg meta[] = {
        {"__index", f_model_index}, {"__newindex", f_model_newindex}, {NULL, NULL}};
    lua_State *L = h->L;
    const StateLayout *l = &h->sc.layout;
    h->nmslots = 0;
    free(h->mslots);
    free(h->mshadow);
    h->mslots = malloc((size_t)(l->count ? l->count : 1) * sizeof *h->mslots);
    h->mshadow = malloc((size_t)(l->count ? l->count : 1) * sizeof *h->mshadow);
    if (!h->mslots || !h->mshadow) return -1;
    for (int i = 0; i < l->count; i++)
        if (l->vars[i].flags & VAR_MODEL) h->mshadow[h->nmslots] = NAN, h->mslots[h->nmslots++] = i;
    lua_createtable(L, 0, h->nmslots);
    lua_newtable(L);
    luaL_setfuncs(L, meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_createtable(L, h->nmslots, 0);
    for (int k = 0; k < h->nmslots; k++) {
        lua_pushstring(L, l->vars[h->mslots[k]].name);
        lua_rawseti(L, -2, k + 1);
    }
    return 0;
}

/* Copies the model's variables from a state vector into its view; the stack ends with the
 * view and its names (state_model_view_push's two values). A field whose value the view holds
 * already, as push_value would put it (h->mshadow, NaN when unknown), is left alone: between
 * two calls most values have not changed. */
void state_model_fill(Host *h, const double *state)
{
    lua_State *L = h->L;
    for (int k = 0; k < h->nmslots; k++) {
        if (state[h->mslots[k]] == h->mshadow[k]) continue;
        h->mshadow[k] = state[h->mslots[k]];
        lua_rawgeti(L, -1, k + 1);
        push_value(L, &h->sc.layout.vars[h->mslots[k]], state[h->mslots[k]]);
        lua_rawset(L, -4);
    }
}

/* Copies the view back into the state vector (the stack as for state_model_fill), each value
 * checked as the proxy checks a write and clamped to its range. 0, or -1 with the reason in
 * h->err. */
int state_model_take(Host *h, double *state, const char *fn)
{
    lua_State *L = h->L;
    for (int k = 0; k < h->nmslots; k++) {
        const VarDecl *v = &h->sc.layout.vars[h->mslots[k]];
        lua_rawgeti(L, -1, k + 1);
        int t = lua_rawget(L, -3);
        double x;
        h->mshadow[k] = NAN;
        if (v->type == VAR_FLAG) {
            x = lua_toboolean(L, -1) ? 1.0 : 0.0;
            if (t != LUA_TBOOLEAN) goto bad;
            h->mshadow[k] = x;
        } else {
            x = lua_tonumber(L, -1);
            if (t != LUA_TNUMBER) goto bad;
            if (x != x) {
                snprintf(h->err, sizeof h->err, "model %s: '%s' cannot be set to NaN", fn, v->name);
                lua_pop(L, 1);
                return -1;
            }
            double raw = x;
            x = x < v->min ? v->min : x > v->max ? v->max : x;
            /* The view holds what push_value would push only when unclamped and, for a whole
             * number, an integer. */
            if (x == raw && (lua_isinteger(L, -1) || x != floor(x) || fabs(x) >= 1e15))
                h->mshadow[k] = x;
        }
        lua_pop(L, 1);
        state[h->mslots[k]] = x;
        continue;
    bad:
        snprintf(h->err, sizeof h->err, "model %s: '%s' is a %s: it cannot be set to a %s", fn,
                 v->name, v->type == VAR_FLAG ? "flag" : "number", lua_typename(L, t));
        lua_pop(L, 1);
        return -1;
    }
    return 0;
}
