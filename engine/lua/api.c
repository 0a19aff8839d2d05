/* api: the names a client file sees. Builds the sandbox library (safe base functions,
 * string, table, math without random, utf8, scenario) and the per-file global tables,
 * which refuse new globals once the file has loaded. The Host travels as upvalue 1. */
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

#include "host.h"

#define MARKS_KEY "rapport.scenarios" /* weak set of tables made by scenario() */

/* scenario { ... }: marks the table so the loader knows the file used the API. */
static int f_scenario(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, MARKS_KEY);
    lua_pushvalue(L, 1);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

/* print goes to stderr: stdout carries transcripts. */
static int f_print(lua_State *L)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        if (i > 1) fputc('\t', stderr);
        fputs(luaL_tolstring(L, i, NULL), stderr);
        lua_pop(L, 1);
    }
    fputc('\n', stderr);
    return 0;
}

/* Reading a global that does not exist is a mistake worth a clear message. Upvalues: the
 * library, then (once sealed) the file's own globals. */
static int f_global_index(lua_State *L)
{
    for (int up = 2; up >= 1; up--) {
        if (lua_type(L, lua_upvalueindex(up)) != LUA_TTABLE) continue;
        lua_pushvalue(L, 2);
        if (lua_rawget(L, lua_upvalueindex(up)) != LUA_TNIL) return 1;
        lua_pop(L, 1);
    }
    return luaL_error(L, "'%s' is not defined", luaL_tolstring(L, 2, NULL));
}

static int f_global_frozen(lua_State *L)
{
    return luaL_error(L,
                      "cannot set global '%s' after the file has loaded: keep what changes in "
                      "declared state variables",
                      luaL_tolstring(L, 2, NULL));
}

static int f_no_random(lua_State *L)
{
    return luaL_error(L, "math.random is not available: list variants in 'say' and the "
                         "session's seeded generator picks one");
}

/* Copies the named fields of the table at src into a new table, left on the stack. */
static void copy_fields(lua_State *L, int src, const char *const *names)
{
    lua_newtable(L);
    for (; *names; names++) {
        lua_getfield(L, src, *names);
        lua_setfield(L, -2, *names);
    }
}

static void copy_all(lua_State *L, int src)
{
    lua_newtable(L);
    int dst = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, src)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, dst);
    }
}

/* Called with the Host as argument 1; returns the sandbox library table. */
int luaopen_rapport(lua_State *L)
{
    static const char *const base[] = {"assert",   "error",    "ipairs", "next",     "pairs",
                                       "pcall",    "select",   "tonumber", "tostring", "type",
                                       "xpcall",   "rawequal", "rawlen", "rawget",   "setmetatable",
                                       NULL};
    static const luaL_Reg lib[] = {{"scenario", f_scenario}, {"print", f_print}, {NULL, NULL}};
    luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);

    lua_newtable(L); /* weak set of scenario tables */
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, MARKS_KEY);

    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    copy_fields(L, g, base);
    int out = lua_gettop(L);
    lua_pushvalue(L, 1);
    luaL_setfuncs(L, lib, 1);
    static const char *const libs[] = {"string", "table", "utf8", NULL};
    for (const char *const *n = libs; *n; n++) {
        lua_getfield(L, g, *n);
        copy_all(L, lua_gettop(L));
        lua_setfield(L, out, *n);
        lua_pop(L, 1);
    }
    lua_getfield(L, g, "math");
    copy_all(L, lua_gettop(L));
    lua_pushcfunction(L, f_no_random);
    lua_setfield(L, -2, "random");
    lua_pushcfunction(L, f_no_random);
    lua_setfield(L, -2, "randomseed");
    lua_setfield(L, out, "math");
    lua_pop(L, 1);
    lua_pushvalue(L, out);
    return 1;
}

/* A fresh global table for one file, reading through to the library at lib_idx. */
void api_new_env(lua_State *L, int lib_idx)
{
    lib_idx = lua_absindex(L, lib_idx);
    lua_newtable(L);
    lua_newtable(L);
    lua_pushvalue(L, lib_idx);
    lua_pushcclosure(L, f_global_index, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
}

/* After loading: the file's globals move behind __index, so that neither a new global nor
 * a change to an existing one gets past __newindex. */
void api_seal_env(lua_State *L, int env_idx)
{
    env_idx = lua_absindex(L, env_idx);
    if (!lua_getmetatable(L, env_idx)) return;
    int mt = lua_gettop(L);
    lua_newtable(L);
    int own = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, env_idx)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, own);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, env_idx);
    }
    lua_getfield(L, mt, "__index");
    lua_getupvalue(L, -1, 1); /* the library */
    lua_pushvalue(L, own);
    lua_pushcclosure(L, f_global_index, 2);
    lua_setfield(L, mt, "__index");
    lua_pushcfunction(L, f_global_frozen);
    lua_setfield(L, mt, "__newindex");
    lua_settop(L, mt - 1);
}

int api_is_scenario(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, MARKS_KEY);
    lua_pushvalue(L, idx);
    int marked = lua_rawget(L, -2) == LUA_TBOOLEAN;
    lua_pop(L, 2);
    return marked;
}
