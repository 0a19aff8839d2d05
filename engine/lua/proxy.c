/* proxy: the `s` that Lua code reads and writes. Only declared variables exist; values live in
 * the session's C array; what may be written depends on who is calling (a condition or a
 * line may only read, an effect may write scenario variables, the model may write its own).
 * Upvalues: 1 the Host, 2 a table from variable name to slot (-1 for `visits`, unless the
 * client declares a variable of that name), 3 the read-only `s.visits` table.
 *
 * The model, called on every turn of every exploration, gets a plain table instead: the
 * model's own variables handed in as the arguments of one call that stores them in the
 * table, and handed back as its results, so that its reads and writes cost a table access,
 * not a call into C (issue 14). The same guarantee holds at the boundary: a name that is not
 * a model variable raises an error when read or created, and a value of the wrong type is
 * refused when the call returns. A model function that declares what it uses (ModelUse:
 * apply, resistance, settle) gets a table of its own holding only those names, guarded alike, so
 * that its answer depends on nothing else and can be remembered by them (memo.c); or, declared
 * `positional` (apply), no table at all: the values as its arguments and back as its results,
 * its reads and writes then a register's, not a table's (a fifth of an exploration's
 * instructions were the view's). */
#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    else if (fabs(x) < 1e15 && x == (double)(lua_Integer)x) /* whole: as an integer */
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
    /* A model variable the model set to nil reads as nil: the call's read-back then says
     * what was wrong with it (state_model_take). */
    const Host *h = lua_touserdata(L, lua_upvalueindex(1));
    const char *k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
    int slot = k ? layout_find(&h->sc.layout, k) : -1;
    if (slot >= 0 && (h->sc.layout.vars[slot].flags & VAR_MODEL)) return 0;
    return luaL_error(L, "'%s' is not a variable of the model", luaL_tolstring(L, 2, NULL));
}

static int f_model_newindex(lua_State *L)
{
    return luaL_error(L, "'%s' is not a variable of the model: it cannot be created",
                      luaL_tolstring(L, 2, NULL));
}

/* Whether s is a Lua name: letters, digits and underscores, not starting with a digit. */
static bool is_name(const char *s)
{
    if (!*s || isdigit((unsigned char)*s)) return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_') return false;
    return true;
}

/* rawget for the generated call's read-back of the names a function only sets. */
static int f_view_rawget(lua_State *L)
{
    lua_settop(L, 2);
    lua_rawget(L, 1);
    return 1;
}

/* The call that fills the view, calls a model function and reads the view back, in Lua so
 * that each field costs a table access in the VM rather than calls into C: generated from the
 * model's variable names (the engine's own lib/model.lua, never a client's), compiled once.
 * The first nreads of the slots are filled from arguments; the rest (those a function only
 * sets) are emptied, so that reading one before setting it reaches the guard.
 * A name only set is read back raw: its guard fails only the function's own reads.
 *   local view, rawget = ...
 *   return function(fn, a1, ..., aK, x1, x2, x3, x4)
 *     view["discord"], ... = a1, ...
 *     view["resistance"] = nil
 *     local r = fn(view, x1, x2, x3, x4)
 *     return r, view["discord"], ..., rawget(view, "resistance")
 *   end */
static int push_model_call(Host *h, const int *slots, int nreads, int nslots)
{
    lua_State *L = h->L;
    const StateLayout *l = &h->sc.layout;
    for (int k = 0; k < nslots; k++) /* names only: nothing else goes into the code */
        if (!is_name(l->vars[slots[k]].name)) {
            snprintf(h->err, sizeof h->err, "lib/model.lua: model variable '%s' is not a Lua name",
                     l->vars[slots[k]].name);
            return -2;
        }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "local view, rawget = ...\nreturn function(fn");
    for (int k = 0; k < nreads; k++)
        lua_pushfstring(L, ", a%d", k + 1), luaL_addvalue(&b);
    luaL_addstring(&b, ", x1, x2, x3, x4)\n");
    for (int k = 0; k < nslots; k++) {
        if (k < nreads)
            lua_pushfstring(L, "view[\"%s\"] = a%d\n", l->vars[slots[k]].name, k + 1);
        else
            lua_pushfstring(L, "view[\"%s\"] = nil\n", l->vars[slots[k]].name);
        luaL_addvalue(&b);
    }
    luaL_addstring(&b, "local r = fn(view, x1, x2, x3, x4)\nreturn r");
    for (int k = 0; k < nslots; k++)
        lua_pushfstring(L, k < nreads ? ", view[\"%s\"]" : ", rawget(view, \"%s\")",
                        l->vars[slots[k]].name),
            luaL_addvalue(&b);
    luaL_addstring(&b, "\nend\n");
    luaL_pushresult(&b);
    size_t len;
    const char *code = lua_tolstring(L, -1, &len);
    if (luaL_loadbuffer(L, code, len, "=model view") != LUA_OK) return -1; /* out of memory */
    lua_remove(L, -2);
    lua_pushvalue(L, -2); /* the view */
    lua_pushcfunction(L, f_view_rawget);
    lua_call(L, 2, 1);
    return 0;
}

/* A view's hash part has this many nodes per name it holds. Each model call reads and writes
 * every field a few times, and a name that shares its main node with another walks a chain:
 * with 4 nodes a name, about one name in six did, differently in every run (Lua seeds its
 * string hashes at random), and those lookups cost up to 10% of an exploration's
 * luaH_getshortstr instructions (when apply still had a view); with 64, 9 runs in 10 have no
 * name sharing at all. A few KB of nodes, of which only those the names use are touched. */
enum { VIEW_ROOM = 64 };

/* Gives each of the first n slots' fields of the view (at idx) a value of its type, so that
 * the model's reads and writes and the call's assignments never reach the guarding
 * metamethods (after a model that set one to nil, too). */
static void view_reset(Host *h, int idx, const int *slots, int n)
{
    lua_State *L = h->L;
    idx = lua_absindex(L, idx);
    for (int k = 0; k < n; k++) {
        const VarDecl *v = &h->sc.layout.vars[slots[k]];
        lua_pushstring(L, v->name);
        if (v->type == VAR_FLAG)
            lua_pushboolean(L, 0);
        else
            lua_pushinteger(L, 0);
        lua_rawset(L, idx);
    }
}

/* Pushes the model's view, a plain table with a guarding metatable, and the call that fills
 * it, calls a model function and reads it back (push_model_call). Records the model's slots
 * in h->whole.slots. 0; -1 when out of memory; -2 with h->err when the model's variables cannot
 * make that call (too many, or a name that is not a Lua name). */
int state_model_view_push(Host *h)
{
    static const luaL_Reg meta[] = {
        {"__index", f_model_index}, {"__newindex", f_model_newindex}, {NULL, NULL}};
    lua_State *L = h->L;
    const StateLayout *l = &h->sc.layout;
    h->whole.nslots = 0;
    free(h->whole.slots);
    h->whole.slots = malloc((size_t)(l->count ? l->count : 1) * sizeof *h->whole.slots);
    if (!h->whole.slots) return -1;
    for (int i = 0; i < l->count; i++)
        if (l->vars[i].flags & VAR_MODEL) h->whole.slots[h->whole.nslots++] = i;
    h->whole.nreads = h->whole.nslots;
    if (h->whole.nslots > MODEL_VARS_MAX) {
        snprintf(h->err, sizeof h->err, "lib/model.lua: more than %d model variables",
                 MODEL_VARS_MAX);
        return -2;
    }
    lua_createtable(L, 0, VIEW_ROOM * h->whole.nslots);
    view_reset(h, -1, h->whole.slots, h->whole.nslots);
    lua_newtable(L);
    lua_pushlightuserdata(L, h);
    luaL_setfuncs(L, meta, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    return push_model_call(h, h->whole.slots, h->whole.nslots, h->whole.nslots);
}

/* A declared function's view (ModelUse). Upvalues: 1 the function's name, 2 a table from each
 * name it declares to 1 (it reads it) or 2 (it only sets it). A name it reads is missing only
 * when the function set it to nil (the read-back then says so); one it only sets is missing
 * until it is set, and reading it then fails, as does reading or setting any other name. */
static int use_kind(lua_State *L)
{
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(2));
    int kind = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return kind;
}

static int f_use_index(lua_State *L)
{
    int kind = use_kind(L);
    if (kind == 1) return 0;
    const char *fn = lua_tostring(L, lua_upvalueindex(1));
    if (kind == 2)
        return luaL_error(L,
                          "model %s reads '%s' before setting it (uses.%s in lib/model.lua "
                          "declares that it sets it)",
                          fn, lua_tostring(L, 2), fn);
    return luaL_error(L,
                      "model %s reads '%s', which is not among the variables it declares "
                      "(uses.%s in lib/model.lua)",
                      fn, luaL_tolstring(L, 2, NULL), fn);
}

static int f_use_newindex(lua_State *L)
{
    if (use_kind(L) != 0) {
        lua_settop(L, 3);
        lua_rawset(L, 1);
        return 0;
    }
    const char *fn = lua_tostring(L, lua_upvalueindex(1));
    return luaL_error(L,
                      "model %s sets '%s', which is not among the variables it declares "
                      "(uses.%s in lib/model.lua)",
                      fn, luaL_tolstring(L, 2, NULL), fn);
}

/* Adds the names of the list at field `key` of the table at idx to u->slots: each a model
 * variable, named once over both lists. 0, or -2 with h->err. */
static int use_names(Host *h, ModelUse *u, int idx, const char *fn, const char *key)
{
    lua_State *L = h->L;
    int t = lua_getfield(L, idx, key);
    if (t == LUA_TNIL && strcmp(key, "sets") == 0) { /* none: it reads all it sets */
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        snprintf(h->err, sizeof h->err, "lib/model.lua: uses.%s.%s must be a list of names", fn,
                 key);
        lua_pop(L, 1);
        return -2;
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        const char *name = lua_rawgeti(L, -1, i) == LUA_TSTRING ? lua_tostring(L, -1) : "";
        int slot = layout_find(&h->sc.layout, name);
        lua_pop(L, 1);
        bool dup = false;
        for (int k = 0; k < u->nslots; k++)
            dup = dup || u->slots[k] == slot;
        if (slot < 0 || !(h->sc.layout.vars[slot].flags & VAR_MODEL) || dup) {
            snprintf(h->err, sizeof h->err,
                     "lib/model.lua: uses.%s.%s[%d] must name a model variable not named before",
                     fn, key, (int)i);
            lua_pop(L, 1);
            return -2;
        }
        u->slots[u->nslots++] = slot;
    }
    lua_pop(L, 1);
    return 0;
}

/* Reads what the model function `fn` declares it uses (the table at idx: { reads = { names },
 * sets = { names }, positional = true or nil }, or nil for nothing declared) into u, and
 * pushes its view and its call (push_model_call) unless it is positional. Returns 1 with both
 * pushed, 2 with nothing pushed for a positional function, 0 with nothing pushed when nothing
 * is declared, -1 when out of memory, -2 with h->err when the declaration is wrong. */
int state_model_use_push(Host *h, ModelUse *u, int idx, const char *fn)
{
    static const luaL_Reg meta[] = {
        {"__index", f_use_index}, {"__newindex", f_use_newindex}, {NULL, NULL}};
    lua_State *L = h->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TNIL) return 0;
    if (lua_type(L, idx) != LUA_TTABLE) {
        snprintf(h->err, sizeof h->err, "lib/model.lua: uses.%s must be a table", fn);
        return -2;
    }
    u->slots = malloc((size_t)(h->whole.nslots ? h->whole.nslots : 1) * sizeof *u->slots);
    if (!u->slots) return -1;
    u->nslots = 0;
    if (use_names(h, u, idx, fn, "reads") != 0) return -2;
    u->nreads = u->nslots;
    if (use_names(h, u, idx, fn, "sets") != 0) return -2;
    int t = lua_getfield(L, idx, "positional");
    u->positional = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (t != LUA_TNIL && t != LUA_TBOOLEAN) {
        snprintf(h->err, sizeof h->err, "lib/model.lua: uses.%s.positional must be true or false",
                 fn);
        return -2;
    }
    if (u->positional) return 2;
    lua_createtable(L, 0, VIEW_ROOM * u->nslots);
    view_reset(h, -1, u->slots, u->nreads);
    lua_newtable(L);
    lua_pushstring(L, fn);
    lua_createtable(L, 0, u->nslots); /* each name: 1 read, 2 only set */
    for (int k = 0; k < u->nslots; k++) {
        lua_pushinteger(L, k < u->nreads ? 1 : 2);
        lua_setfield(L, -2, h->sc.layout.vars[u->slots[k]].name);
    }
    luaL_setfuncs(L, meta, 2);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    int rc = push_model_call(h, u->slots, u->nreads, u->nslots);
    return rc == 0 ? 1 : rc;
}

/* After a call through u's view that failed: it may have left a field read nil. */
void state_model_use_reset(Host *h, const ModelUse *u, int idx)
{
    view_reset(h, idx, u->slots, u->nreads);
}

/* Pushes the values of the variables at slots[0..n) of a state vector, as the view holds them:
 * one call for all (this runs for every model call of an exploration). */
void state_model_push(Host *h, const double *state, const int *slots, int n)
{
    lua_State *L = h->L;
    const VarDecl *vars = h->sc.layout.vars;
    for (int k = 0; k < n; k++)
        push_value(L, &vars[slots[k]], state[slots[k]]);
}

/* Copies the values a view's call returned (on top of the stack, one per slot, in order)
 * into the state vector, each checked as the proxy checks a write and clamped to its range.
 * Slots from nreads on are those the function only sets: each must have been set. 0, or -1
 * with the reason in h->err. */
int state_model_take(Host *h, double *state, const char *fn, const int *slots, int nreads, int n)
{
    lua_State *L = h->L;
    const VarDecl *vars = h->sc.layout.vars;
    int base = lua_gettop(L) - n + 1;
    for (int k = 0; k < n; k++) {
        const VarDecl *v = &vars[slots[k]];
        int t = lua_type(L, base + k);
        double x;
        if (t == LUA_TNIL && k >= nreads) {
            snprintf(h->err, sizeof h->err,
                     "model %s did not set '%s', which it declares it sets (uses.%s in "
                     "lib/model.lua)",
                     fn, v->name, fn);
            return -1;
        }
        if (v->type == VAR_FLAG) {
            if (t != LUA_TBOOLEAN) goto bad;
            x = lua_toboolean(L, base + k) ? 1.0 : 0.0;
        } else {
            if (t != LUA_TNUMBER) goto bad;
            x = lua_tonumber(L, base + k);
            if (x != x) {
                snprintf(h->err, sizeof h->err, "model %s: '%s' cannot be set to NaN", fn, v->name);
                return -1;
            }
            x = x < v->min ? v->min : x > v->max ? v->max : x;
        }
        state[slots[k]] = x;
        continue;
    bad:
        snprintf(h->err, sizeof h->err, "model %s: '%s' is a %s: it cannot be set to a %s", fn,
                 v->name, v->type == VAR_FLAG ? "flag" : "number", lua_typename(L, t));
        return -1;
    }
    return 0;
}
