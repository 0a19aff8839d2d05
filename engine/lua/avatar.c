/* avatar (Lua side): calls a scenario's `avatar = function(s) ... end` and lays the channels it
 * returns over the default expression. The function sees the state read-only, like a `when`. */
#include "avatar.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

int avatar_lua_override(Host *h, const Session *s, const double *state, AvatarExpr *e, char *err,
                        size_t errsz)
{
    const Scenario *sc = &h->sc;
    if (!sc->avatar_fn) return 0;
    lua_State *L = h->L;
    int top = lua_gettop(L);
    /* A copy of the session that shows the given state, so a past turn can be drawn without
     * touching the live session (and an error lands in the copy, not in the session). */
    Session view = *s;
    view.state = (double *)state;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->avatar_fn);
    lua_rawgeti(L, LUA_REGISTRYINDEX, h->ref_proxy);
    if (host_enter(h, &view, PROXY_READ, 1, 1) != 0) {
        snprintf(err, errsz, "%s", view.err);
        lua_settop(L, top);
        return -1;
    }
    int rc = 0;
    if (lua_isnil(L, -1)) goto done;
    if (!lua_istable(L, -1)) {
        lua_Debug ar;
        lua_rawgeti(L, LUA_REGISTRYINDEX, sc->avatar_fn);
        lua_getinfo(L, ">S", &ar);
        snprintf(err, errsz,
                 "%s:%d: 'avatar' function returned %s: it must return a table of channels",
                 sc->path, ar.linedefined, luaL_typename(L, -1));
        rc = -1;
        goto done;
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        bool known = false;
        for (int i = 0; key && i < AVATAR_NCHANNELS; i++)
            if (!strcmp(key, avatar_channel_name(i))) known = true;
        known = known || avatar_is_word_channel(key);
        double v = 0;
        bool ok = lua_type(L, -1) == LUA_TNUMBER;
        if (ok) v = lua_tonumber(L, -1);
        if (known && !strcmp(key, "arms") && lua_type(L, -1) == LUA_TSTRING) {
            const char *a = lua_tostring(L, -1);
            ok = true;
            v = !strcmp(a, "open") ? 0 : !strcmp(a, "table") ? 1 : !strcmp(a, "crossed") ? 2 : -1;
            if (v < 0) ok = false;
        }
        if (!known || !ok) {
            lua_Debug ar;
            lua_rawgeti(L, LUA_REGISTRYINDEX, sc->avatar_fn);
            lua_getinfo(L, ">S", &ar);
            if (!known)
                snprintf(err, errsz, "%s:%d: 'avatar' returned an unknown channel '%s'", sc->path,
                         ar.linedefined, key ? key : "?");
            else
                snprintf(err, errsz, "%s:%d: 'avatar' channel '%s' must be a number%s", sc->path,
                         ar.linedefined, key,
                         !strcmp(key, "arms") ? " or \"open\", \"table\", \"crossed\"" : "");
            rc = -1;
            break;
        }
        avatar_set_channel(e, key, v);
        lua_pop(L, 1);
    }
    avatar_clamp(e);
done:
    lua_settop(L, top);
    return rc;
}
