/* avatar (Lua side): a scenario's own mapping from state to the avatar's expression. */
#ifndef RAPPORT_LUA_AVATAR_H
#define RAPPORT_LUA_AVATAR_H
#include <stddef.h>

#include "../core/avatar.h"
#include "host.h"

/* If the scenario has an `avatar` function, calls it with the given state (read-only) and
 * overwrites the channels it returns in *e. 0, or -1 with a "file:line: message" in err. */
int avatar_lua_override(Host *h, const Session *s, const double *state, AvatarExpr *e, char *err,
                        size_t errsz);

#endif
