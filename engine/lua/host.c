/* host: the Lua state behind one scenario, the protected-call helper, loading a client
 * file, and the ScriptHooks a session calls. */
#include "host.h"

#include "../core/transcript.h"

#include <errno.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_SCRIPT_BYTES (32u << 20) /* a client file is text; larger is a mistake */

void api_new_env(lua_State *L, int lib_idx);
void api_seal_env(lua_State *L, int env_idx);

static int msgh(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    luaL_traceback(L, L, msg, 1);
    return 1;
}

#define HOOK_EVERY 10000 /* VM instructions between two looks at the step budget */

/* The allocator: counts what Lua holds and refuses to grow past the limit while a script
 * runs (outside scripts the engine's own bookkeeping must not fail). Lua turns a refusal
 * into a memory error in the script, after trying a full collection. */
static void *host_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Host *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        h->mem_used -= old;
        return NULL;
    }
    if (nsize > old && h->depth > 0 && h->mem_used + (nsize - old) > h->mem_limit) return NULL;
    void *p = realloc(ptr, nsize);
    if (p) h->mem_used = h->mem_used - old + nsize;
    return p;
}

/* Every HOOK_EVERY instructions: stop a script that has run too long, saying where. */
static void count_hook(lua_State *L, lua_Debug *ar)
{
    Host *h = *(Host **)lua_getextraspace(L);
    h->steps += HOOK_EVERY;
    if (h->steps <= h->step_limit) return;
    h->aborting = true;
    lua_getinfo(L, "Sl", ar);
    lua_pushfstring(
        L, "%s:%d: took too long: more than %d million steps without finishing (an endless loop?)",
        ar->short_src, ar->currentline, (int)(h->step_limit / 1000000));
    lua_error(L);
}

int host_call(Host *h, int nargs, int nresults)
{
    lua_State *L = h->L;
    if (h->depth == 0) { /* each entry from the engine gets a fresh budget */
        h->steps = 0;
        h->aborting = false;
    }
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    h->depth++;
    int rc = lua_pcall(L, nargs, nresults, base);
    h->depth--;
    lua_remove(L, base);
    if (rc == LUA_OK) return 0;
    if (rc == LUA_ERRMEM) {
        snprintf(h->err, sizeof h->err,
                 "%s: the script needs more than %zu MB of memory, its limit (RAPPORT_MEMORY_MB "
                 "changes it)",
                 h->where ? h->where : "lua", h->mem_limit >> 20);
        snprintf(h->trace, sizeof h->trace, "%s", h->err);
        lua_pop(L, 1);
        return -1;
    }
    const char *full = lua_tostring(L, -1);
    if (!full) full = "unknown error";
    snprintf(h->trace, sizeof h->trace, "%s", full);
    size_t n = strcspn(full, "\n");
    if (n >= sizeof h->err - 64) n = sizeof h->err - 65;
    memcpy(h->err, full, n);
    h->err[n] = '\0';
    /* Lua says "stack overflow" when a script recurses without end: say what that means. */
    if (n > 14 && !strcmp(h->err + n - 14, "stack overflow"))
        strcat(h->err, " (a function calls itself without end)");
    lua_pop(L, 1);
    return -1;
}

Host *host_open(const char *scripts_dir)
{
    Host *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    h->scripts_dir = strdup(scripts_dir);
    const char *mb = getenv("RAPPORT_MEMORY_MB"), *steps = getenv("RAPPORT_STEPS_M");
    h->mem_limit = (size_t)(mb && atol(mb) > 0 ? atol(mb) : 256) << 20;
    h->step_limit = (steps && atol(steps) > 0 ? atol(steps) : 100) * 1000000LL;
    h->L = lua_newstate(host_alloc, h);
    if (!h->L || !h->scripts_dir) {
        host_close(h);
        return NULL;
    }
    lua_State *L = h->L;
    *(Host **)lua_getextraspace(L) = h;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    /* Only the libraries the sandbox copies from; io, os, package and debug stay closed. */
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);
    lua_pushcfunction(L, luaopen_rapport);
    lua_pushlightuserdata(L, h);
    if (host_call(h, 1, 1) != 0) {
        host_close(h);
        return NULL;
    }
    freeze_table(L, -1); /* no script may patch string, math or table for everyone else */
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.lib");
    h->ref_proxy = h->ref_model = h->ref_talk = LUA_NOREF;
    return h;
}

void host_close(Host *h)
{
    if (!h) return;
    scenario_free(&h->sc);
    if (h->L) lua_close(h->L);
    free(h->scripts_dir);
    free(h->source);
    srcindex_free(h->srcindex);
    free(h);
}

/* A client file is UTF-8 text: no NUL bytes (a binary file), no invalid sequences. */
static int check_text(Host *h, const char *path, const char *buf, size_t n)
{
    if (memchr(buf, '\0', n)) {
        snprintf(h->err, sizeof h->err, "%s: binary file: a client file is Lua text", path);
        return -1;
    }
    /* Lines and choices are shown as UTF-8 text; a file in another encoding would show as
     * garbage, so say so at the first bad byte. */
    int line = 1;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)buf[i];
        size_t w = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = w > 0 && i + w <= n && !(w == 2 && c < 0xc2);
        for (size_t k = 1; ok && k < w; k++)
            ok = ((unsigned char)buf[i + k] >> 6) == 2;
        if (!ok) {
            snprintf(h->err, sizeof h->err,
                     "%.900s:%d: invalid UTF-8 (byte 0x%02x): save the file as UTF-8", path, line,
                     c);
            return -1;
        }
        line += c == '\n';
        i += w;
    }
    return 0;
}

static char *read_file(Host *h, const char *path, size_t *len)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(h->err, sizeof h->err, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(h->err, sizeof h->err, "%s: is a directory, not a client file", path);
        return NULL;
    }
    if ((size_t)st.st_size > MAX_SCRIPT_BYTES) {
        snprintf(h->err, sizeof h->err, "%s: file is %lld bytes; a client file is at most %u", path,
                 (long long)st.st_size, MAX_SCRIPT_BYTES);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(h->err, sizeof h->err, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = malloc((size_t)st.st_size + 1);
    size_t n = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    if (!buf) {
        snprintf(h->err, sizeof h->err, "%s: out of memory", path);
        return NULL;
    }
    buf[n] = '\0';
    if (check_text(h, path, buf, n) != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Loads a Lua text file as a chunk named "@path" with a fresh sandboxed global table, runs it,
 * and leaves its result and then its global table on the stack. */
static int run_file(Host *h, const char *path, const char *src, size_t len)
{
    lua_State *L = h->L;
    if (luaL_loadbufferx(L, src, len, lua_pushfstring(L, "@%s", path), "t") != LUA_OK) {
        snprintf(h->err, sizeof h->err, "%.1000s", lua_tostring(L, -1));
        lua_pop(L, 2);
        return -1;
    }
    lua_remove(L, -2); /* the chunk name */
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.lib");
    api_new_env(L, -1);
    lua_remove(L, -2);
    lua_pushvalue(L, -1);
    lua_setupvalue(L, -3, 1); /* _ENV */
    lua_insert(L, -2);        /* env, chunk */
    if (host_call(h, 0, 1) != 0) {
        lua_pop(L, 1);
        return -1;
    }
    lua_insert(L, -2); /* result, env */
    return 0;
}

/* Pushes the module table of scripts/lib/NAME.lua, running the file the first time and
 * keeping its table in the registry as "rapport.NAME". */
static int push_lib(Host *h, const char *name)
{
    lua_State *L = h->L;
    char key[64];
    snprintf(key, sizeof key, "rapport.%s", name);
    if (lua_getfield(L, LUA_REGISTRYINDEX, key) == LUA_TTABLE) return 0;
    lua_pop(L, 1);
    char path[4096];
    snprintf(path, sizeof path, "%s/lib/%s.lua", h->scripts_dir, name);
    size_t len;
    char *src = read_file(h, path, &len);
    if (!src) return -1;
    int rc = run_file(h, path, src, len);
    free(src);
    if (rc != 0) return -1;
    lua_pop(L, 1); /* its globals */
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        snprintf(h->err, sizeof h->err, "%.900s: the module must return a table", path);
        return -1;
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, key);
    return 0;
}

static int load_source(Host *h, const char *path, char *source, size_t len);

int host_load(Host *h, const char *path)
{
    size_t len;
    h->where = path;
    char *source = read_file(h, path, &len);
    return source ? load_source(h, path, source, len) : -1;
}

int host_load_text(Host *h, const char *name, const char *text, size_t len)
{
    char *copy = malloc(len + 1);
    if (!copy) {
        snprintf(h->err, sizeof h->err, "%.900s: out of memory", name);
        return -1;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    h->where = name;
    if (check_text(h, name, copy, len) != 0) {
        free(copy);
        return -1;
    }
    return load_source(h, name, copy, len);
}

/* Loads a client from its text (ownership of source passes to the host). */
static int load_source(Host *h, const char *path, char *source, size_t len)
{
    lua_State *L = h->L;
    int top = lua_gettop(L);
    if (h->loaded) {
        free(source);
        snprintf(h->err, sizeof h->err, "%.900s: a host holds one scenario", path);
        return -1;
    }
    free(h->source);
    h->source = source;
    srcindex_free(h->srcindex);
    h->srcindex = srcindex_build(h->source);
    if (!h->srcindex) {
        snprintf(h->err, sizeof h->err, "%.900s: out of memory", path);
        goto fail;
    }
    if (push_lib(h, "model") != 0) goto fail;
    lua_pop(L, 1);
    /* Loading only builds: collecting garbage while the heap grows is wasted work. */
    lua_gc(L, LUA_GCSTOP);
    if (run_file(h, path, h->source, len) != 0) goto fail;
    int env = lua_gettop(L), result = env - 1;
    lua_pushcfunction(L, loader_build);
    lua_pushlightuserdata(L, h);
    lua_pushstring(L, path);
    lua_pushvalue(L, result);
    if (host_call(h, 3, 0) != 0) goto fail;
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.functions");
    freeze_reachable(L, -1, env);
    lua_pop(L, 1);
    api_seal_env(L, env);
    lua_settop(L, top);
    lua_gc(L, LUA_GCRESTART);
    lua_gc(L, LUA_GCGEN, 0, 0); /* play-time garbage is short-lived: generational mode */
    h->where = h->sc.path;
    h->loaded = true;
    return 0;
fail:
    scenario_free(&h->sc);
    lua_settop(L, top);
    lua_gc(L, LUA_GCRESTART);
    return -1;
}

int host_enter(Host *h, Session *s, int mode, int nargs, int nresults)
{
    Session *prev = h->cur;
    int prev_mode = h->mode;
    h->cur = s;
    h->mode = mode;
    int rc = host_call(h, nargs, nresults);
    h->cur = prev;
    h->mode = prev_mode;
    return rc ? session_fail(s, SERR_SCRIPT, "%s", h->err) : 0;
}

static void push_ref(lua_State *L, int ref)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
}

static int hook_cond(void *ctx, Session *s, int fn, bool *holds)
{
    Host *h = ctx;
    push_ref(h->L, fn);
    push_ref(h->L, h->ref_proxy);
    if (host_enter(h, s, PROXY_READ, 1, 1) != 0) return -1;
    *holds = lua_toboolean(h->L, -1);
    lua_pop(h->L, 1);
    return 0;
}

static int hook_effect(void *ctx, Session *s, int fn)
{
    Host *h = ctx;
    push_ref(h->L, fn);
    push_ref(h->L, h->ref_proxy);
    return host_enter(h, s, PROXY_WRITE, 1, 0);
}

static int say_error(Host *h, Session *s, int fn, const char *what)
{
    lua_Debug ar;
    push_ref(h->L, fn);
    lua_getinfo(h->L, ">S", &ar);
    return session_fail(s, SERR_SCRIPT,
                        "%s:%d: 'say' function returned %s: it must return a "
                        "line (a string) or a list of lines",
                        h->sc.path, ar.linedefined, what);
}

static int hook_say(void *ctx, Session *s, int fn, char **text)
{
    Host *h = ctx;
    lua_State *L = h->L;
    push_ref(L, fn);
    push_ref(L, h->ref_proxy);
    if (host_enter(h, s, PROXY_READ, 1, 1) != 0) return -1;
    int rc = 0;
    if (lua_type(L, -1) == LUA_TTABLE) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        if (n < 1) {
            rc = say_error(h, s, fn, "an empty list");
        } else {
            lua_rawgeti(L, -1, (lua_Integer)rng_below(&s->rng, (uint32_t)n) + 1);
            lua_replace(L, -2);
        }
    }
    if (rc == 0 && lua_type(L, -1) != LUA_TSTRING)
        rc = say_error(h, s, fn, lua_pushfstring(L, "a %s", luaL_typename(L, -1)));
    if (rc == 0 && !(*text = strdup(lua_tostring(L, -1))))
        rc = session_fail(s, SERR_SCRIPT, "out of memory");
    lua_settop(L, 0);
    return rc;
}

static int hook_model_start(void *ctx, Session *s)
{
    Host *h = ctx;
    push_ref(h->L, h->ref_start);
    push_ref(h->L, h->ref_proxy);
    return host_enter(h, s, PROXY_MODEL, 1, 0);
}

/* apply(s, choice, node, talk, kind): talk and kind name the client talk the move answers
 * (nil when neutral); apply returns a MITI code when it recodes the move for this turn. */
static int hook_model_apply(void *ctx, Session *s, const Node *n, const Choice *c, int *recode)
{
    Host *h = ctx;
    lua_State *L = h->L;
    push_ref(L, h->ref_apply);
    push_ref(L, h->ref_proxy);
    push_ref(L, c->ref);
    push_ref(L, n->ref);
    if (s->talk != TALK_NONE)
        lua_pushstring(L, talk_name((Talk)s->talk));
    else
        lua_pushnil(L);
    if (s->talk_kind != KIND_NONE)
        lua_pushstring(L, talk_kind_name((TalkKind)s->talk_kind));
    else
        lua_pushnil(L);
    if (host_enter(h, s, PROXY_MODEL, 5, 1) != 0) return -1;
    *recode = lua_type(L, -1) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
    lua_pop(L, 1);
    return 0;
}

static int hook_model_talk(void *ctx, Session *s, double *p)
{
    Host *h = ctx;
    push_ref(h->L, h->ref_talk);
    push_ref(h->L, h->ref_proxy);
    if (host_enter(h, s, PROXY_READ, 1, 1) != 0) return -1;
    *p = lua_tonumber(h->L, -1);
    lua_pop(h->L, 1);
    return 0;
}

static int hook_model_settle(void *ctx, Session *s, bool *walkout)
{
    Host *h = ctx;
    push_ref(h->L, h->ref_settle);
    push_ref(h->L, h->ref_proxy);
    if (host_enter(h, s, PROXY_MODEL, 1, 1) != 0) return -1;
    *walkout = lua_toboolean(h->L, -1);
    lua_pop(h->L, 1);
    return 0;
}

const ScriptHooks host_hooks = {
    .cond = hook_cond,
    .effect = hook_effect,
    .say = hook_say,
    .model_start = hook_model_start,
    .model_apply = hook_model_apply,
    .model_settle = hook_model_settle,
    .model_talk = hook_model_talk,
};

/* Pushes the MITI-style summary of a finished (or stopped) session, from lib/score.lua. */
int host_summary(Host *h, const Session *s)
{
    lua_State *L = h->L;
    if (push_lib(h, "score") != 0) return -1;
    lua_getfield(L, -1, "summarize");
    lua_remove(L, -2);
    const Scenario *sc = s->sc;
    static const char *const vars[] = {"discord", "rapport", "credibility", "importance",
                                       "confidence"};
    enum { NVARS = sizeof vars / sizeof vars[0] };
    int slots[NVARS];
    for (int i = 0; i < NVARS; i++)
        slots[i] = layout_find(&sc->layout, vars[i]);
    lua_createtable(L, s->nturns, 0);
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        const Node *n = &sc->nodes[tu->node];
        const Move *m = &sc->moves[n->choices[tu->choice].move];
        const double *st = session_state_at(s, t);
        lua_createtable(L, 0, 12);
        lua_pushstring(L, m->name);
        lua_setfield(L, -2, "move");
        lua_pushstring(L, miti_name((Miti)tu->codes[0]));
        lua_setfield(L, -2, "miti");
        lua_createtable(L, tu->ncodes, 0);
        for (int i = 0; i < tu->ncodes; i++) {
            lua_pushstring(L, miti_name((Miti)tu->codes[i]));
            lua_rawseti(L, -2, i + 1);
        }
        lua_setfield(L, -2, "codes");
        lua_pushstring(L, talk_name((Talk)tu->talk));
        lua_setfield(L, -2, "talk");
        lua_pushstring(L, talk_kind_name((TalkKind)tu->kind));
        lua_setfield(L, -2, "kind");
        for (int i = 0; i < NVARS; i++) {
            lua_pushnumber(L, slots[i] >= 0 ? st[slots[i]] : 0);
            lua_setfield(L, -2, vars[i]);
        }
        lua_rawseti(L, -2, t);
    }
    lua_createtable(L, 0, NVARS);
    for (int i = 0; i < NVARS; i++) {
        lua_pushnumber(L, slots[i] >= 0 ? session_state_at(s, 0)[slots[i]] : 0);
        lua_setfield(L, -2, vars[i]);
    }
    const Node *end = session_node(s);
    if (end->ending)
        lua_pushstring(L, outcome_name(end->outcome));
    else
        lua_pushnil(L);
    return host_call(h, 3, 1);
}

int host_session_passed(Host *h, const Session *s, bool *pass)
{
    if (host_summary(h, s) != 0) return -1;
    lua_getfield(h->L, -1, "pass");
    *pass = lua_toboolean(h->L, -1);
    lua_pop(h->L, 2);
    return 0;
}

double host_field_number(lua_State *L, int t, const char *key, bool *present)
{
    lua_getfield(L, t, key);
    *present = lua_isnumber(L, -1);
    double v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    return v;
}

const char *host_grade_word(lua_State *L, int t, const char *key)
{
    bool has = false;
    double g = 0;
    if (lua_getfield(L, t, "grades") == LUA_TTABLE)
        g = host_field_number(L, lua_gettop(L), key, &has);
    lua_pop(L, 1);
    return !has ? "n/a" : g >= 1 ? "good" : g >= 0.5 ? "fair" : "below fair";
}

static void json_value(FILE *f, lua_State *L, int idx, int depth);

static void json_table(FILE *f, lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    /* Keys sorted, so the output is stable. */
    int n = 0;
    const char *keys[64];
    lua_pushnil(L);
    while (lua_next(L, idx) && n < 64) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) keys[n++] = lua_tostring(L, -1);
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(keys[j - 1], keys[j]) > 0; j--) {
            const char *t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
        }
    fputc('{', f);
    for (int i = 0; i < n; i++) {
        fprintf(f, "%s", i ? "," : "");
        json_string(f, keys[i]);
        fputc(':', f);
        lua_getfield(L, idx, keys[i]);
        json_value(f, L, -1, depth + 1);
        lua_pop(L, 1);
    }
    fputc('}', f);
}

/* A sequence (keys 1..n) as a JSON array. */
static void json_array(FILE *f, lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    fputc('[', f);
    for (lua_Integer i = 1; i <= n; i++) {
        if (i > 1) fputc(',', f);
        lua_rawgeti(L, idx, i);
        json_value(f, L, -1, depth + 1);
        lua_pop(L, 1);
    }
    fputc(']', f);
}

static void json_value(FILE *f, lua_State *L, int idx, int depth)
{
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN:
        fputs(lua_toboolean(L, idx) ? "true" : "false", f);
        break;
    case LUA_TNUMBER: {
        double x = lua_tonumber(L, idx);
        if (x == (long long)x && x < 1e15 && x > -1e15)
            fprintf(f, "%lld", (long long)x);
        else
            fprintf(f, "%.4f", x);
        break;
    }
    case LUA_TSTRING:
        json_string(f, lua_tostring(L, idx));
        break;
    case LUA_TTABLE:
        if (depth < 8 && lua_rawlen(L, idx) > 0) {
            json_array(f, L, idx, depth);
            break;
        }
        if (depth < 8) {
            json_table(f, L, idx, depth);
            break;
        }
        /* fall through */
    default:
        fputs("null", f);
    }
}

void host_json(FILE *f, lua_State *L, int idx)
{
    json_value(f, L, idx, 0);
}
