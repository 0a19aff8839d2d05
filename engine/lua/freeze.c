/* freeze: makes a scenario's tables read-only once it has loaded, where Lua code can reach
 * them. Each frozen table's contents move to a shadow table behind __index, so reads stay
 * fast and any write raises an error with the writer's file:line. Play-time code reaches
 * tables only through its upvalues and the file's globals, so those are what is frozen: a
 * scenario written as one big table constructor costs nothing to freeze. */
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

/* visited: a table on the stack marking tables already frozen (cycles, shared tables). */
static void freeze_rec(lua_State *L, int t, int visited)
{
    int top = lua_gettop(L);
    lua_pushvalue(L, t);
    int seen = lua_rawget(L, visited) != LUA_TNIL;
    lua_settop(L, top);
    if (seen || lua_getmetatable(L, t)) { /* tables with their own metatable are left alone */
        lua_settop(L, top);
        return;
    }
    lua_pushvalue(L, t);
    lua_pushboolean(L, 1);
    lua_rawset(L, visited);

    lua_newtable(L);
    int shadow = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -1) == LUA_TTABLE) freeze_rec(L, lua_gettop(L), visited);
        lua_pushvalue(L, -2); /* key */
        lua_insert(L, -2);
        lua_rawset(L, shadow);
        lua_pushvalue(L, -1); /* clear the moved field: allowed during traversal */
        lua_pushnil(L);
        lua_rawset(L, t);
    }
    lua_createtable(L, 0, 5);
    lua_pushvalue(L, shadow);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, f_frozen);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, shadow);
    lua_pushcclosure(L, f_len, 1);
    lua_setfield(L, -2, "__len");
    lua_pushvalue(L, shadow);
    lua_pushcclosure(L, f_pairs_next, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, t);
    lua_settop(L, top);
}

int freeze_table(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    int top = lua_gettop(L);
    lua_newtable(L);
    freeze_rec(L, idx, lua_gettop(L));
    lua_settop(L, top);
    return 0;
}

/* Freezes what function f (at fidx) can reach through its upvalues, except the file's global
 * table (sealed on its own) and what `frozen` already holds. Functions found inside frozen
 * tables are followed too. */
static void freeze_upvalues(lua_State *L, int fidx, int env, int frozen, int seen);

static void freeze_value(lua_State *L, int v, int env, int frozen, int seen)
{
    int top = lua_gettop(L);
    if (lua_istable(L, v) && !lua_rawequal(L, v, env)) {
        freeze_rec(L, v, frozen);
        /* The shadow holds the contents now: look in it for functions to follow. */
        if (lua_getmetatable(L, v) && lua_getfield(L, -1, "__index") == LUA_TTABLE) {
            int shadow = lua_gettop(L);
            lua_pushnil(L);
            while (lua_next(L, shadow)) {
                if (lua_isfunction(L, -1)) freeze_upvalues(L, lua_gettop(L), env, frozen, seen);
                else if (lua_istable(L, -1)) freeze_value(L, lua_gettop(L), env, frozen, seen);
                lua_pop(L, 1);
            }
        }
    } else if (lua_isfunction(L, v)) {
        freeze_upvalues(L, v, env, frozen, seen);
    }
    lua_settop(L, top);
}

static void freeze_upvalues(lua_State *L, int fidx, int env, int frozen, int seen)
{
    lua_pushvalue(L, fidx);
    if (lua_rawget(L, seen) != LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, fidx);
    lua_pushboolean(L, 1);
    lua_rawset(L, seen);
    for (int i = 1; lua_getupvalue(L, fidx, i); i++) {
        freeze_value(L, lua_gettop(L), env, frozen, seen);
        lua_pop(L, 1);
    }
}

int freeze_reachable(lua_State *L, int functions, int env)
{
    functions = lua_absindex(L, functions);
    env = lua_absindex(L, env);
    int top = lua_gettop(L);
    lua_newtable(L);
    int frozen = lua_gettop(L);
    lua_newtable(L);
    int seen = lua_gettop(L);
    for (lua_Integer i = 1; lua_rawgeti(L, functions, i) == LUA_TFUNCTION; i++) {
        freeze_upvalues(L, lua_gettop(L), env, frozen, seen);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* The file's globals: their table values are reachable by name from any function. */
    lua_pushnil(L);
    while (lua_next(L, env)) {
        freeze_value(L, lua_gettop(L), env, frozen, seen);
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    return 0;
}
