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
        if (lua_gettable(L, lua_upvalueindex(up)) != LUA_TNIL)
            return 1; /* through a frozen table's shadow */
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

/* pcall and xpcall, except that a script cannot catch the engine stopping it (too many
 * steps, or out of memory): those errors go on up. */
static int finish_pcall(lua_State *L, int status, int base)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    if (status == LUA_ERRMEM || h->aborting) return lua_error(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, base);
    return lua_gettop(L) - base + 1;
}

static int f_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    return finish_pcall(L, lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0), 1);
}

static int f_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1); /* function, handler, args..., function */
    lua_copy(L, 2, 1);   /* handler, handler, args..., function */
    lua_replace(L, 2);   /* handler, function, args... */
    return finish_pcall(L, lua_pcall(L, n - 2, LUA_MULTRET, 1), 2);
}

/* load: text chunks only (no binary chunks), reading globals from the sandbox unless an
 * environment table is given. The chunk is named after the place that loads it, whatever
 * name the script offers, so that no message can claim to come from another file. */
static int f_load(lua_State *L)
{
    size_t len;
    const char *chunk = luaL_checklstring(L, 1, &len);
    luaL_optstring(L, 2, NULL);
    if (!lua_isnoneornil(L, 3) && strcmp(luaL_checkstring(L, 3), "t") != 0)
        return luaL_error(L, "load: only text chunks (mode \"t\") may be loaded");
    int env = lua_isnoneornil(L, 4) ? 0 : 4;
    lua_Debug ar;
    const char *name = "=[load]";
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        name = lua_pushfstring(L, "=[load at %s:%d]", ar.short_src, ar.currentline);
    if (luaL_loadbufferx(L, chunk, len, name, "t") != LUA_OK) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    if (env) {
        lua_pushvalue(L, env);
    } else {
        lua_getfield(L, LUA_REGISTRYINDEX, "rapport.lib");
        api_new_env(L, -1);
        lua_remove(L, -2);
    }
    lua_setupvalue(L, -2, 1);
    return 1;
}

/* require: only modules of the engine's own Lua library (scripts/lib/NAME.lua). */
static int f_require(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    const char *name = luaL_checkstring(L, 1);
    bool ok = *name != '\0' && strlen(name) < 64;
    for (const char *p = name; ok && *p; p++)
        ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
    if (!ok)
        return luaL_error(L,
                          "require '%s': only the engine's own library modules "
                          "(scripts/lib/NAME.lua) can be required",
                          name);
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.required");
    if (lua_getfield(L, -1, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    char path[4096];
    snprintf(path, sizeof path, "%s/lib/%s.lua", h->scripts_dir, name);
    FILE *f = fopen(path, "r");
    if (!f)
        return luaL_error(
            L, "require '%s': no such module in the engine's library (scripts/lib/%s.lua)", name,
            name);
    fclose(f);
    lua_pushfstring(L, "@%s", path);
    if (luaL_loadfilex(L, path, "t") != LUA_OK) return lua_error(L);
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.lib");
    api_new_env(L, -1);
    lua_remove(L, -2);
    lua_setupvalue(L, -2, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -4, name);
    return 1;
}

/* setmetatable without finalizers: a __gc function would run inside the collector, with
 * hooks off and outside any limit, at any moment of the engine's own work. */
static int f_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: a metatable may not have '__gc': finalizers "
                                 "run outside the limits a client file plays within");
        lua_pop(L, 1);
    }
    return lua_tocfunction(L, lua_upvalueindex(2))(L);
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
    /* Not here: dofile, loadfile, collectgarbage, rawset, getmetatable, and the io, os,
     * debug and package libraries. pcall, xpcall, load and require are our own. */
    static const char *const base[] = {"assert", "error",    "ipairs",   "next", "pairs",
                                       "select", "tonumber", "tostring", "type", "rawequal",
                                       "rawlen", "rawget",   NULL};
    static const luaL_Reg lib[] = {
        {"scenario", f_scenario}, {"print", f_print},     {"pcall", f_pcall}, {"xpcall", f_xpcall},
        {"load", f_load},         {"require", f_require}, {NULL, NULL}};
    luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);

    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.required");
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
    lua_pushvalue(L, 1);
    lua_getfield(L, g, "setmetatable");
    lua_pushcclosure(L, f_setmetatable, 2);
    lua_setfield(L, out, "setmetatable");
    static const char *const libs[] = {"string", "table", "utf8", NULL};
    for (const char *const *n = libs; *n; n++) {
        lua_getfield(L, g, *n);
        copy_all(L, lua_gettop(L));
        lua_setfield(L, out, *n);
        lua_pop(L, 1);
    }
    /* string.dump would hand out bytecode: gone, from the copy and from the shared string
     * table that ("").method reaches. */
    lua_getfield(L, out, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lua_getfield(L, g, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
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
    lua_pushboolean(L, 0); /* the script cannot take its globals' metatable away */
    lua_setfield(L, -2, "__metatable");
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
    lua_pushliteral(L, "__index");
    lua_rawget(L, mt);
    if (!lua_getupvalue(L, -1, 1)) lua_pushnil(L); /* the library */
    lua_pushvalue(L, own);
    lua_pushcclosure(L, f_global_index, 2);
    lua_pushliteral(L, "__index");
    lua_insert(L, -2);
    lua_rawset(L, mt);
    lua_pushliteral(L, "__newindex");
    lua_pushcfunction(L, f_global_frozen);
    lua_rawset(L, mt);
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
