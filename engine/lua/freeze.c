/* freeze: makes a scenario's tables read-only once it has loaded, where Lua code can reach
 * them, and refuses functions that would write a local captured at load time (bytecode.c). Each
 * frozen table's contents move to a shadow table behind __index, so reads stay fast and any write
 * raises an error with the writer's file:line. Play-time code reaches tables only through its
 * upvalues and the file's globals, so those are what is frozen: a scenario written as one big table
 * constructor costs nothing to freeze. */
#include <lauxlib.h>

#include "host.h"

static int f_frozen(lua_State *L)
{
    return luaL_error(L,
                      "cannot change field '%s': the scenario's and the library's tables are "
                      "read-only; keep what changes in declared state variables (s.name = value)",
                      luaL_tolstring(L, 2, NULL));
}

static int f_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)luaL_len(L, lua_upvalueindex(1)));
    return 1;
}

static int next_of(lua_State *L)
{
    lua_settop(L, 2);
    if (lua_next(L, 1)) return 2;
    lua_pushnil(L);
    return 1;
}

static int f_pairs_next(lua_State *L)
{
    lua_pushcfunction(L, next_of);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

#define MAX_NESTING 200 /* tables inside tables; deeper is a mistake, and the C stack's limit */

/* Whether the table at t is frozen already (by this file: its __newindex says so). */
static bool is_frozen(lua_State *L, int t)
{
    if (!lua_getmetatable(L, t)) return false;
    lua_pushliteral(L, "__newindex");
    lua_rawget(L, -2);
    bool frozen = lua_tocfunction(L, -1) == f_frozen;
    lua_pop(L, 2);
    return frozen;
}

/* Pushes field key of metatable mt, read raw, or from its shadow when mt is frozen. */
static void meta_get(lua_State *L, int mt, const char *key)
{
    lua_pushstring(L, key);
    if (lua_rawget(L, mt) != LUA_TNIL || !is_frozen(L, mt)) return;
    lua_pop(L, 1);
    lua_getmetatable(L, mt);
    lua_pushliteral(L, "__index");
    lua_rawget(L, -2);
    lua_pushstring(L, key);
    lua_rawget(L, -2);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

/* The metamethods a script's own metatable keeps on a frozen table (reads, writes, length
 * and iteration are the freeze's; finalizers are refused by setmetatable). */
static const char *const kept[] = {"__add",  "__sub",      "__mul",    "__div",   "__mod",  "__pow",
                                   "__unm",  "__idiv",     "__band",   "__bor",   "__bxor", "__shl",
                                   "__shr",  "__bnot",     "__concat", "__eq",    "__lt",   "__le",
                                   "__call", "__tostring", "__name",   "__close", NULL};

/* visited: a table on the stack marking tables already frozen (cycles, shared tables). */
static int freeze_rec(lua_State *L, int t, int visited, int depth)
{
    int top = lua_gettop(L);
    lua_pushvalue(L, t);
    int seen = lua_rawget(L, visited) != LUA_TNIL;
    lua_settop(L, top);
    if (seen || is_frozen(L, t)) return 0;
    if (depth > MAX_NESTING || !lua_checkstack(L, 16)) return -1;
    lua_pushvalue(L, t);
    lua_pushboolean(L, 1);
    lua_rawset(L, visited);

    lua_newtable(L);
    int shadow = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -1) == LUA_TTABLE && freeze_rec(L, lua_gettop(L), visited, depth + 1))
            return -1;
        lua_pushvalue(L, -2); /* key */
        lua_insert(L, -2);
        lua_rawset(L, shadow);
        lua_pushvalue(L, -1); /* clear the moved field: allowed during traversal */
        lua_pushnil(L);
        lua_rawset(L, t);
    }
    lua_createtable(L, 0, 5);
    int mt = lua_gettop(L);
    /* A table with a metatable of the script's own keeps its operators, and reads that miss
     * the table still go to the script's __index (frozen like everything else). */
    if (lua_getmetatable(L, t)) {
        int own = lua_gettop(L);
        if (freeze_rec(L, own, visited, depth + 1)) return -1;
        for (const char *const *k = kept; *k; k++) {
            meta_get(L, own, *k);
            lua_setfield(L, mt, *k);
        }
        meta_get(L, own, "__index");
        if (!lua_isnil(L, -1)) {
            if (lua_istable(L, -1) && freeze_rec(L, lua_gettop(L), visited, depth + 1)) return -1;
            lua_createtable(L, 0, 1);
            lua_insert(L, -2);
            lua_setfield(L, -2, "__index");
            lua_setmetatable(L, shadow);
        }
        lua_settop(L, mt);
    }
    lua_pushvalue(L, shadow);
    lua_setfield(L, mt, "__index");
    lua_pushcfunction(L, f_frozen);
    lua_setfield(L, mt, "__newindex");
    lua_pushvalue(L, shadow);
    lua_pushcclosure(L, f_len, 1);
    lua_setfield(L, mt, "__len");
    lua_pushvalue(L, shadow);
    lua_pushcclosure(L, f_pairs_next, 1);
    lua_setfield(L, mt, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, mt, "__metatable");
    lua_setmetatable(L, t);
    lua_settop(L, top);
    return 0;
}

int freeze_table(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    int top = lua_gettop(L);
    lua_newtable(L);
    int rc = freeze_rec(L, idx, lua_gettop(L), 0);
    lua_settop(L, top);
    return rc;
}

/* A walk over what play-time code can reach: the tables it uses, and where it started (a
 * function's upvalue or a global), for the message when what it finds is nested too deep. */
typedef struct {
    int env, frozen, seen;
    char where[160]; /* "file:line: 'name'" or "global 'name'" */
} Walk;

static void too_deep(lua_State *L, const Walk *w)
{
    lua_pushfstring(L,
                    "%s holds tables or functions nested more than %d deep: a client's need "
                    "far fewer",
                    w->where, MAX_NESTING);
    lua_error(L);
}

/* Freezes what function f (at fidx) can reach through its upvalues, except the file's global
 * table (sealed on its own) and what `frozen` already holds. Functions found inside frozen
 * tables are followed too. */
static void freeze_upvalues(lua_State *L, int fidx, Walk *w, int depth);

static void freeze_value(lua_State *L, int v, Walk *w, int depth)
{
    if (depth > MAX_NESTING || !lua_checkstack(L, 16)) too_deep(L, w);
    int top = lua_gettop(L);
    if (lua_istable(L, v) && !lua_rawequal(L, v, w->env)) {
        if (freeze_rec(L, v, w->frozen, depth) != 0) too_deep(L, w);
        /* The shadow holds the contents now: look in it for functions to follow. */
        if (lua_getmetatable(L, v)) {
            lua_pushliteral(L, "__index");
            if (lua_rawget(L, -2) == LUA_TTABLE) {
                int shadow = lua_gettop(L);
                lua_pushnil(L);
                while (lua_next(L, shadow)) {
                    if (lua_isfunction(L, -1) || lua_istable(L, -1))
                        freeze_value(L, lua_gettop(L), w, depth + 1);
                    lua_pop(L, 1);
                }
            }
        }
    } else if (lua_isfunction(L, v)) {
        freeze_upvalues(L, v, w, depth + 1);
    }
    lua_settop(L, top);
}

static void freeze_upvalues(lua_State *L, int fidx, Walk *w, int depth)
{
    lua_pushvalue(L, fidx);
    if (lua_rawget(L, w->seen) != LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, fidx);
    lua_pushboolean(L, 1);
    lua_rawset(L, w->seen);
    lua_Debug ar;
    lua_pushvalue(L, fidx);
    lua_getinfo(L, ">S", &ar);
    if (!lua_iscfunction(L, fidx)) {
        char msg[512];
        if (bytecode_upvalue_write(L, fidx, ar.short_src, msg, sizeof msg) != 0) {
            lua_pushstring(L, msg);
            lua_error(L);
        }
    }
    const char *name;
    for (int i = 1; (name = lua_getupvalue(L, fidx, i)) != NULL; i++) {
        if (depth == 0)
            snprintf(w->where, sizeof w->where, "%.100s:%d: '%.40s'", ar.short_src, ar.linedefined,
                     name);
        freeze_value(L, lua_gettop(L), w, depth);
        lua_pop(L, 1);
    }
}

/* Raises a Lua error (file:line where there is one): run it protected. */
int freeze_reachable(lua_State *L, int functions, int env)
{
    functions = lua_absindex(L, functions);
    int top = lua_gettop(L);
    Walk w = {.env = lua_absindex(L, env)};
    lua_newtable(L);
    w.frozen = lua_gettop(L);
    lua_newtable(L);
    w.seen = lua_gettop(L);
    for (lua_Integer i = 1; lua_rawgeti(L, functions, i) == LUA_TFUNCTION; i++) {
        freeze_upvalues(L, lua_gettop(L), &w, 0);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* The file's globals: their table values are reachable by name from any function. */
    lua_pushnil(L);
    while (lua_next(L, w.env)) {
        snprintf(w.where, sizeof w.where, "global '%.40s'",
                 lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
        freeze_value(L, lua_gettop(L), &w, 0);
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    return 0;
}
