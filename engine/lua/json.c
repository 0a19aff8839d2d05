/* json: Lua values as cJSON trees, the one writer of JSON from Lua values (see json.h). */
#include "json.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"

typedef struct Walk {
    lua_State *L;
    bool exact;
    char *err;
    size_t size;
    const char *path[HOST_JSON_MAX_DEPTH + 1]; /* the keys down to the value, for messages */
} Walk;

static cJSON *fail(Walk *w, int depth, const char *what)
{
    size_t n = (size_t)snprintf(w->err, w->size, "the value at ");
    for (int i = 0; i < depth && n < w->size; i++)
        n += (size_t)snprintf(w->err + n, w->size - n, "%s%s", i ? "." : "", w->path[i]);
    if (n < w->size) snprintf(w->err + n, w->size - n, "%s%s", depth ? "" : "the top", what);
    return NULL;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static cJSON *number(Walk *w, double x)
{
    if (!isfinite(x)) return cJSON_CreateNull();
    if (w->exact) return cJSON_CreateNumber(x);
    char text[64];
    if (x == floor(x) && fabs(x) < 1e15)
        snprintf(text, sizeof text, "%lld", (long long)x);
    else
        snprintf(text, sizeof text, "%.4f", x);
    return cJSON_CreateRaw(text);
}

static cJSON *string(lua_State *L, int idx)
{
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    if (utf8_valid(s, len)) return cJSON_CreateString(s);
    char *fixed = utf8_repair(s, len);
    cJSON *v = fixed ? cJSON_CreateString(fixed) : NULL;
    free(fixed);
    return v;
}

static cJSON *value(Walk *w, int idx, int depth);

static cJSON *table(Walk *w, int idx, int depth)
{
    lua_State *L = w->L;
    if (depth >= HOST_JSON_MAX_DEPTH) {
        char what[96];
        snprintf(what, sizeof what, ": tables nested deeper than %d (or a table inside itself)",
                 HOST_JSON_MAX_DEPTH);
        return fail(w, depth, what);
    }
    if (!lua_checkstack(L, 4)) return fail(w, depth, ": out of memory");
    /* A sequence (keys 1..n, as the summary's lists of turns) is an array. */
    lua_Integer len = (lua_Integer)lua_rawlen(L, idx);
    if (len > 0) {
        cJSON *a = cJSON_CreateArray();
        for (lua_Integer i = 1; a && i <= len; i++) {
            lua_rawgeti(L, idx, i);
            char at[32];
            snprintf(at, sizeof at, "%lld", (long long)i);
            w->path[depth] = at;
            cJSON *v = value(w, lua_gettop(L), depth + 1);
            lua_pop(L, 1);
            if (!v) {
                cJSON_Delete(a);
                return NULL;
            }
            cJSON_AddItemToArray(a, v);
        }
        return a ? a : fail(w, depth, ": out of memory");
    }
    /* Every string key, sorted: Lua's traversal order changes from run to run (its string
     * hashes are seeded), and two runs of the same choices must print the same. The key
     * strings stay alive in the table while it is walked. */
    size_t n = 0, cap = 0;
    const char **keys = NULL;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        if (n == cap) {
            const char **k = realloc(keys, (cap = cap ? cap * 2 : 16) * sizeof *keys);
            if (!k) {
                free(keys);
                lua_pop(L, 1);
                return fail(w, depth, ": out of memory");
            }
            keys = k;
        }
        keys[n++] = lua_tostring(L, -1);
    }
    /* No keys: an empty list (no turns behind a score), as records have always written it. */
    cJSON *o = n ? cJSON_CreateObject() : cJSON_CreateArray();
    if (n) qsort(keys, n, sizeof *keys, by_key);
    for (size_t i = 0; o && i < n; i++) {
        lua_pushstring(L, keys[i]);
        lua_rawget(L, idx);
        w->path[depth] = keys[i];
        cJSON *v = value(w, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
        if (!v) {
            cJSON_Delete(o);
            free(keys);
            return NULL;
        }
        lua_pushstring(L, keys[i]);
        cJSON *k = string(L, -1);
        lua_pop(L, 1);
        if (!k) {
            cJSON_Delete(v);
            cJSON_Delete(o);
            free(keys);
            return fail(w, depth, ": out of memory");
        }
        cJSON_AddItemToObject(o, k->valuestring, v);
        cJSON_Delete(k);
    }
    free(keys);
    return o ? o : fail(w, depth, ": out of memory");
}

static cJSON *value(Walk *w, int idx, int depth)
{
    cJSON *v;
    switch (lua_type(w->L, idx)) {
    case LUA_TBOOLEAN:
        v = cJSON_CreateBool(lua_toboolean(w->L, idx));
        break;
    case LUA_TNUMBER:
        v = number(w, lua_tonumber(w->L, idx));
        break;
    case LUA_TSTRING:
        v = string(w->L, idx);
        break;
    case LUA_TTABLE:
        return table(w, idx, depth);
    default:
        v = cJSON_CreateNull();
    }
    return v ? v : fail(w, depth, ": out of memory");
}

cJSON *host_json_tree(lua_State *L, int idx, bool exact, char *err, size_t size)
{
    Walk w = {.L = L, .exact = exact, .err = err, .size = size};
    return value(&w, lua_absindex(L, idx), 0);
}

int host_json(FILE *f, lua_State *L, int idx, char *err, size_t size)
{
    cJSON *tree = host_json_tree(L, idx, false, err, size);
    char *text = tree ? cJSON_PrintUnformatted(tree) : NULL;
    cJSON_Delete(tree);
    if (!text) {
        if (tree) snprintf(err, size, "out of memory writing JSON");
        return -1;
    }
    fputs(text, f);
    free(text);
    return 0;
}
