/* host: the Lua state behind one scenario, the protected-call helper, loading a client
 * file, and the ScriptHooks a session calls. */
#define _GNU_SOURCE /* SIGEV_THREAD_ID, gettid: the watchdog's timer on this thread */
#include "host.h"

#include "heap.h"

#include "../core/hash.h"
#include "../core/transcript.h"
#include "../core/vmem.h"

#include <errno.h>
#include <lauxlib.h>
#include <math.h>
#include <pthread.h>
#include <lualib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_SCRIPT_BYTES (32u << 20) /* a client file is text; larger is a mistake */

/* The message handler: the traceback, and for an error raised with a value that is not a
 * message, the place it was raised (the innermost Lua line) and what it was. */
static int msgh(lua_State *L)
{
    const char *msg = lua_type(L, 1) == LUA_TSTRING ? lua_tostring(L, 1) : NULL;
    if (!msg) {
        lua_Debug ar;
        int lv = 1;
        while (lua_getstack(L, lv, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline <= 0)
            lv++;
        if (lua_getstack(L, lv, &ar))
            msg = lua_pushfstring(L, "%s:%d: error raised with a %s value, not a message",
                                  ar.short_src, ar.currentline, luaL_typename(L, 1));
        else
            msg = lua_pushfstring(L, "error raised with a %s value, not a message",
                                  luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

#define HOOK_EVERY 10000 /* VM instructions between two looks at the step budget */
#define ALLOC_STEP 8     /* bytes a script allocates that cost as much as one VM step */
#define TICK_MS 500      /* CPU time between two looks of the watchdog */

static void count_hook(lua_State *L, lua_Debug *ar);

/* Makes the count hook run before the next VM instruction. Safe anywhere, even inside the
 * allocator or a signal handler: lua_sethook is made for that. */
static void trap(Host *h)
{
    h->trapped = 1;
    lua_sethook(h->L, count_hook, LUA_MASKCOUNT, 1);
}

/* The allocator: counts what Lua holds, charges what a script allocates to its step budget
 * (so work done inside one library call is paid for), and keeps a script under its memory
 * limit. Past the limit it lets one value through and stops the script at its next
 * instruction, where the message can say file:line; only a request past twice the limit is
 * refused here (Lua then says out of memory, after a full collection). Outside scripts the
 * engine's own bookkeeping must not fail, so no limit applies there. */
static void *host_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Host *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        heap_realloc(h->heap, ptr, osize, 0);
        h->mem_used -= old;
        return NULL;
    }
    if (nsize > old && h->depth > 0) {
        size_t grow = nsize - old;
        if (h->mem_used + grow > 2 * h->mem_limit) return NULL;
        h->steps += (long long)(grow / ALLOC_STEP);
        if (h->mem_used + grow > h->mem_limit) {
            h->over_memory = 1;
            trap(h);
        } else if (h->steps > h->step_limit) {
            trap(h);
        }
    }
    void *p = heap_realloc(h->heap, ptr, osize, nsize);
    if (p) h->mem_used = h->mem_used - old + nsize;
    return p;
}

/* Every HOOK_EVERY instructions, or at once when trapped: stop a script that has run too long
 * or holds too much memory, saying where. The error cannot be caught by the script. */
static void count_hook(lua_State *L, lua_Debug *ar)
{
    Host *h = *(Host **)lua_getextraspace(L);
    if (h->trapped) {
        h->trapped = 0;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    } else {
        h->steps += HOOK_EVERY;
    }
    if (h->over_memory) {
        lua_gc(L, LUA_GCCOLLECT); /* what looked like growth may be garbage */
        h->over_memory = h->mem_used > h->mem_limit;
    }
    const char *why = NULL;
    if (h->over_memory)
        why = lua_pushfstring(L,
                              "the script needs more than %d MB of memory, its limit "
                              "(RAPPORT_MEMORY_MB changes it)",
                              (int)(h->mem_limit >> 20));
    else if (h->cpu_out)
        why = lua_pushfstring(L,
                              "took too long: more than %d seconds of CPU in one call (work "
                              "on huge strings or tables?)",
                              h->cpu_limit_s);
    else if (h->steps > h->step_limit)
        why = lua_pushfstring(L,
                              "took too long: more than %d million steps without finishing "
                              "(an endless loop?)",
                              (int)(h->step_limit / 1000000));
    if (!why) return;
    h->aborting = true;
    lua_getinfo(L, "Sl", ar);
    lua_pushfstring(L, "%s:%d: %s", ar->short_src, ar->currentline, why);
    lua_error(L);
}

/* The watchdog: a timer on the thread's CPU clock ticks every TICK_MS while scripts run. A
 * tick that finds the same entry into Lua still running for cpu_limit_s seconds traps it:
 * the backstop for work the step count cannot see (comparing huge strings, say). Between
 * entries the timer stops itself, so a window idling costs no signals. */
static void watchdog_tick(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    Host *h = si->si_value.sival_ptr;
    if (!h || si->si_code != SI_TIMER) return;
    if (h->depth == 0) {
        struct itimerspec off = {{0, 0}, {0, 0}};
        timer_settime(h->timer, 0, &off, NULL);
        h->timer_armed = 0;
        return;
    }
    if (h->entry != h->tick_entry) {
        h->tick_entry = h->entry;
        h->ticks = 0;
    } else if (++h->ticks * TICK_MS >= h->cpu_limit_s * 1000) {
        h->cpu_out = 1;
        trap(h);
    }
}

static void watchdog_open(Host *h)
{
    static bool installed;
    if (!installed) {
        struct sigaction sa = {0};
        sa.sa_sigaction = watchdog_tick;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        installed = sigaction(SIGVTALRM, &sa, NULL) == 0;
    }
    struct sigevent ev = {0};
    ev.sigev_notify = SIGEV_THREAD_ID;
    ev.sigev_signo = SIGVTALRM;
    ev.sigev_value.sival_ptr = h;
    ev._sigev_un._tid = gettid();
    h->has_timer = installed && timer_create(CLOCK_THREAD_CPUTIME_ID, &ev, &h->timer) == 0;
}

static void watchdog_arm(Host *h)
{
    if (!h->has_timer || h->timer_armed) return;
    struct itimerspec every = {{0, TICK_MS * 1000000L}, {0, TICK_MS * 1000000L}};
    h->timer_armed = timer_settime(h->timer, 0, &every, NULL) == 0;
}

int host_call(Host *h, int nargs, int nresults)
{
    lua_State *L = h->L;
    if (h->depth == 0) { /* each entry from the engine gets a fresh budget */
        h->steps = 0;
        h->aborting = false;
        h->over_memory = h->cpu_out = 0;
        if (h->trapped) {
            h->trapped = 0;
            lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
        }
        h->entry++;
        watchdog_arm(h);
    }
    /* The model and the scoring (lib/, the engine's own code with bounded loops) run without
     * the count hook, which would cost them a call per VM instruction; the memory limit and
     * the watchdog still stop them (both trap, which sets the hook again). */
    bool hookless = h->depth == 0 && (h->mode == PROXY_MODEL || h->library);
    if (hookless) lua_sethook(L, NULL, 0, 0);
    int base = lua_gettop(L) - nargs;
    /* The traceback handler goes below the function, unless the caller pushed it there
     * already (use_begin: the model's calls, whose many arguments a rotation would move
     * twice a call). */
    bool own = base < 2 || lua_tocfunction(L, base - 1) != msgh;
    if (own) {
        lua_pushcfunction(L, msgh);
        lua_insert(L, base);
    } else {
        base--;
    }
    h->depth++;
    int rc = lua_pcall(L, nargs, nresults, base);
    h->depth--;
    if (own) lua_remove(L, base);
    if (hookless) lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    if (rc == LUA_OK) return 0;
    if (rc == LUA_ERRMEM) { /* one request past twice the limit: no line to say */
        snprintf(h->err, sizeof h->err,
                 "%s: the script asked for more memory at once than its limit of %zu MB "
                 "(RAPPORT_MEMORY_MB changes it)",
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
    const char *mb = getenv("RAPPORT_MEMORY_MB"), *steps = getenv("RAPPORT_STEPS_M"),
               *cpu = getenv("RAPPORT_CPU_S");
    h->mem_limit = (size_t)(mb && atol(mb) > 0 && atol(mb) < 65536 ? atol(mb) : 256) << 20;
    h->step_limit =
        (steps && atol(steps) > 0 && atol(steps) < 1000000 ? atol(steps) : 100) * 1000000LL;
    h->cpu_limit_s = cpu && atoi(cpu) > 0 && atoi(cpu) < 86400 ? atoi(cpu) : 10;
    /* Room for small blocks up to the limit a script may reach (twice mem_limit); what the
     * region cannot hold, malloc does. */
    h->heap = heap_open(2 * h->mem_limit);
    h->L = h->heap ? lua_newstate(host_alloc, h) : NULL;
    if (!h->L || !h->scripts_dir) {
        host_close(h);
        return NULL;
    }
    lua_State *L = h->L;
    *(Host **)lua_getextraspace(L) = h;
    watchdog_open(h);
    lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    /* Only the libraries the sandbox copies from; io, os, package and debug stay closed. */
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);
    /* Library calls pay for their work (limits.c), before the sandbox copies them. */
    lua_pushcfunction(L, luaopen_rapport_limits);
    lua_pushlightuserdata(L, h);
    if (host_call(h, 1, 0) != 0) {
        host_close(h);
        return NULL;
    }
    lua_pushcfunction(L, luaopen_rapport);
    lua_pushlightuserdata(L, h);
    if (host_call(h, 1, 1) != 0) {
        host_close(h);
        return NULL;
    }
    freeze_table(L, -1); /* no script may patch string, math or table for everyone else */
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.lib");
    h->ref_proxy = h->ref_model = h->ref_talk = h->ref_summary = LUA_NOREF;
    for (int t = 0; t < TALK_COUNT; t++) {
        lua_pushstring(L, talk_name((Talk)t));
        h->ref_talk_name[t] = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    for (int k = 0; k < KIND_COUNT; k++) {
        lua_pushstring(L, talk_kind_name((TalkKind)k));
        h->ref_kind_name[k] = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    h->whole.ref_view = h->whole.ref_call = LUA_NOREF;
    for (int i = 0; i < MODEL_USES; i++)
        h->use[i].ref_view = h->use[i].ref_call = LUA_NOREF;
    return h;
}

static void free_load_errors(Host *h);

/* Passes remembered. Random play and the bots ask whether every session they play passes,
 * and short sessions repeat each other (ruth-sessions': 2.7 choices on average), so each Host
 * keeps the answers of lib/score.lua by everything summarize hands it: the outcome, the start's
 * values, and for each turn its move, codes, talk, kind and values. A key is compared whole, so
 * an answer is always score.lua's own for those inputs; RAPPORT_MODEL_MEMO=0 turns this off
 * with the model's memo (tests/explore/memo.sh). Sessions of more than PASS_MEMO_TURNS turns are
 * not kept, which bounds the memory. */
enum { PASS_MEMO_BITS = 12, PASS_MEMO_TURNS = 32 };

struct PassEntry {
    unsigned char *key; /* NULL: empty */
    size_t len;
    bool pass;
};

void host_close(Host *h)
{
    if (!h) return;
    scenario_free(&h->sc);
    free_load_errors(h);
    free(h->node_broken);
    free(h->whole.slots);
    memo_close(h->whole.memo);
    for (int i = 0; i < MODEL_USES; i++) {
        free(h->use[i].slots);
        memo_close(h->use[i].memo);
    }
    if (h->L) lua_close(h->L);
    heap_close(h->heap);
    if (h->has_timer) timer_delete(h->timer);
    for (int i = 0; h->pass_memo && i < 1 << PASS_MEMO_BITS; i++)
        free(h->pass_memo[i].key);
    free(h->pass_memo);
    free(h->pass_key);
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
     * garbage, so say so at the first bad byte. Most of a file is ASCII: eight bytes at a time
     * pass when none has its top bit set. */
    for (size_t i = 0; i < n;) {
        uint64_t word;
        if (i + 8 <= n) {
            memcpy(&word, buf + i, 8);
            if (!(word & 0x8080808080808080u)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = (unsigned char)buf[i];
        size_t w = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = w > 0 && i + w <= n && !(w == 2 && c < 0xc2);
        for (size_t k = 1; ok && k < w; k++)
            ok = ((unsigned char)buf[i + k] >> 6) == 2;
        if (!ok) {
            int line = 1;
            for (size_t k = 0; k < i; k++)
                line += buf[k] == '\n';
            snprintf(h->err, sizeof h->err,
                     "%.900s:%d: invalid UTF-8 (byte 0x%02x): save the file as UTF-8", path, line,
                     c);
            return -1;
        }
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
    char *buf = vmem_malloc((size_t)st.st_size + 1);
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

/* The line where brackets first nest 150 deep (strings and comments skipped roughly), or
 * the file's last line: where to look when the parser gives up on nesting. */
static int deep_line(const char *src, size_t len)
{
    int depth = 0, line = 1;
    char quote = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\n') line++;
        if (quote) {
            if (c == '\\')
                i++;
            else if (c == quote || c == '\n')
                quote = 0;
        } else if (c == '-' && i + 1 < len && src[i + 1] == '-') {
            while (i < len && src[i] != '\n')
                i++;
            line++;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(' || c == '{' || c == '[') {
            if (++depth >= 150) return line;
        } else if (c == ')' || c == '}' || c == ']') {
            depth--;
        }
    }
    return line;
}

/* Loads a Lua text file as a chunk named "@path" with a fresh sandboxed global table, runs it,
 * and leaves its result and then its global table on the stack. */
static int run_file(Host *h, const char *path, const char *src, size_t len)
{
    lua_State *L = h->L;
    if (luaL_loadbufferx(L, src, len, lua_pushfstring(L, "@%s", path), "t") != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        if (msg && !strcmp(msg, "C stack overflow")) /* the parser's own limit: no place */
            snprintf(h->err, sizeof h->err,
                     "%.900s:%d: nested too deeply (tables, brackets or blocks more than about "
                     "200 levels inside each other)",
                     path, deep_line(src, len));
        else
            snprintf(h->err, sizeof h->err, "%.1000s", msg ? msg : "cannot load");
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

/* Seals a library's globals (api.c): a global made at play time would outlive the call that
 * made it, and the model's answers are remembered as depending on their arguments alone (and
 * apply, whose variables are locals, would turn a misspelt one into a new global). */
static int f_seal_lib(lua_State *L)
{
    api_seal_env(L, 1);
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
    lua_pushcfunction(L, f_seal_lib);
    lua_insert(L, -2); /* its globals, the argument */
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
        lua_pop(L, 2);
        snprintf(h->err, sizeof h->err, "%.900s: out of memory", path);
        return -1;
    }
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

/* Freezes what play-time code can reach and seals the file's globals (freeze.c, api.c):
 * protected, since the tables are the script's. Arguments: the functions list, the env. */
static int f_seal(lua_State *L)
{
    freeze_reachable(L, 1, 2);
    api_seal_env(L, 2);
    return 0;
}

/* An error that names no place gets the file's name. */
static void place_error(Host *h, const char *path)
{
    size_t n = strlen(path);
    if (!strncmp(h->err, path, n) && h->err[n] == ':') return;
    char msg[sizeof h->err];
    snprintf(msg, sizeof msg, "%.200s: %.800s", path, h->err);
    snprintf(h->err, sizeof h->err, "%s", msg);
}

/* The recorded load errors into h->err, one per line, as many as fit, then how many more. */
static void join_load_errors(Host *h, const char *path)
{
    size_t at = 0, room = sizeof h->err - 120; /* keeps room for the last line */
    int shown = 0;
    h->err[0] = '\0';
    for (; shown < h->nload_errors; shown++) {
        const char *text = h->load_errors[shown].text;
        size_t n = strlen(text) + (shown ? 1 : 0);
        if (at + n >= room && shown) break;
        snprintf(h->err + at, room - at, "%s%s", shown ? "\n" : "", text);
        at = strlen(h->err);
    }
    int more = h->load_errors_total - shown;
    if (more > 0)
        snprintf(h->err + at, sizeof h->err - at,
                 "\n%.60s: and %d more error%s (rapport lint lists up to %d)", path, more,
                 more == 1 ? "" : "s", LOAD_ERRORS_SHOWN);
}

static void free_load_errors(Host *h)
{
    for (int i = 0; i < h->nload_errors; i++)
        free(h->load_errors[i].text);
    free(h->load_errors);
    h->load_errors = NULL;
    h->nload_errors = h->load_errors_total = 0;
}

/* The source index (srcloc.c) reads only the text, and Lua's parse and run of the file do
 * not need it: it is built on another thread meanwhile (for a 20,000-node file, 17 ms of a
 * 100 ms parse). */
typedef struct IndexJob {
    const char *source;
    size_t len;
    SrcIndex *index;
} IndexJob;

static void *index_run(void *arg)
{
    IndexJob *job = arg;
    job->index = srcindex_build(job->source, job->len);
    return NULL;
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
    h->source_len = len;
    free_load_errors(h);
    h->partial = false;
    srcindex_free(h->srcindex);
    h->srcindex = NULL;
    IndexJob job = {h->source, len, NULL};
    pthread_t thread;
    bool threaded = pthread_create(&thread, NULL, index_run, &job) == 0;
    if (!threaded) index_run(&job);
    int rc = push_lib(h, "model");
    if (rc == 0) {
        lua_pop(L, 1);
        /* Loading only builds: collecting garbage while the heap grows is wasted work. */
        lua_gc(L, LUA_GCSTOP);
        rc = run_file(h, path, h->source, len);
    }
    if (threaded) pthread_join(thread, NULL);
    h->srcindex = job.index;
    if (rc != 0) goto fail;
    if (!h->srcindex) {
        snprintf(h->err, sizeof h->err, "%.900s: out of memory", path);
        goto fail;
    }
    int env = lua_gettop(L), result = env - 1;
    lua_pushcfunction(L, loader_build);
    lua_pushlightuserdata(L, h);
    lua_pushstring(L, path);
    lua_pushvalue(L, result);
    if (host_call(h, 3, 0) != 0) goto fail;
    if (h->nload_errors) {
        join_load_errors(h, path);
        if (h->keep_partial) { /* lint checks what did load */
            h->partial = true;
            lua_settop(L, top);
            lua_gc(L, LUA_GCRESTART);
            return -1;
        }
        goto fail;
    }
    lua_pushcfunction(L, f_seal);
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.functions");
    lua_pushvalue(L, env);
    if (host_call(h, 2, 0) != 0) {
        place_error(h, path);
        goto fail;
    }
    lua_settop(L, top);
    lua_gc(L, LUA_GCRESTART);
    lua_gc(L, LUA_GCGEN, 0, 0); /* play-time garbage is short-lived: generational mode */
    heap_trim(h->heap);         /* what loading alone needed (heap.h) */
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

/* Which model call a memo entry answers (memo.c): never 0. */
enum { MEMO_APPLY = 1, MEMO_SETTLE, MEMO_TALK, MEMO_START, MEMO_RESISTANCE };

/* What a model call does with the values its view holds afterwards: take them into the
 * session's state, take them normalized (settle), or leave them (talk and resistance write
 * nothing). */
typedef enum UseTake { USE_TAKE, USE_NORMALIZE, USE_DISCARD } UseTake;

/* A model call through one of its views (ModelUse), in two halves around the caller's own
 * arguments. use_begin pushes the traceback handler (host_call finds it there), the view's
 * call, the model function and the values of the variables the view fills; use_end calls it
 * with nx more arguments pushed (apply's choice, node, talk and kind), deals with the view's
 * values as `take` says and leaves the handler and the function's result: 0, or -1 after
 * session_fail with the stack as before use_begin. A positional function (apply) is pushed by
 * its caller, its own arguments then the values, and use_end calls it alike, without a view. */
static int use_begin(Host *h, Session *s, const ModelUse *u, int fn)
{
    if (!lua_checkstack(h->L, u->nslots + 8)) return session_fail(s, SERR_SCRIPT, "out of memory");
    lua_pushcfunction(h->L, msgh);
    push_ref(h->L, u->ref_call);
    push_ref(h->L, fn);
    state_model_push(h, s->state, u->slots, u->nreads);
    return 0;
}

static int use_end(Host *h, Session *s, const ModelUse *u, int nx, const char *fn, UseTake take)
{
    lua_State *L = h->L;
    int rc = host_enter(h, s, PROXY_MODEL, !u->positional + u->nreads + nx, 1 + u->nslots);
    if (rc == 0) {
        if (take != USE_DISCARD)
            rc = state_model_take(h, s->state, fn, u->slots, u->nreads, u->nslots);
        lua_pop(L, u->nslots);
        if (rc == 0) {
            for (int k = 0; take == USE_NORMALIZE && k < u->nslots; k++)
                s->state[u->slots[k]] =
                    state_normalize_value(&h->sc.layout.vars[u->slots[k]], s->state[u->slots[k]]);
            return 0;
        }
        lua_pop(L, 1); /* the result */
        rc = session_fail(s, SERR_SCRIPT, "%s", h->err);
    }
    lua_pop(L, 1); /* the handler */
    if (!u->positional) {
        push_ref(L, u->ref_view); /* a failed call may have left a field it reads nil */
        state_model_use_reset(h, u, -1);
        lua_pop(L, 1);
    }
    return -1;
}

/* The view a model function (MODEL_*) is called through: its own when the model declares what
 * it uses, else the whole one. */
static const ModelUse *use_of(const Host *h, int fn)
{
    return use_declared(&h->use[fn]) ? &h->use[fn] : &h->whole;
}

/* start(s): every session (and every sitting) begins with one. */
static int hook_model_start(void *ctx, Session *s)
{
    Host *h = ctx;
    const uint64_t *known = memo_get(h->whole.memo, s->state, MEMO_START, 0);
    if (known) {
        memo_take(h->whole.memo, known, s->state);
        return 0;
    }
    if (use_begin(h, s, &h->whole, h->ref_start) != 0) return -1;
    if (use_end(h, s, &h->whole, 0, "start", USE_TAKE) != 0) return -1;
    lua_pop(h->L, 2);
    memo_put(h->whole.memo, s->state, 0);
    return 0;
}

/* apply's arguments after the view: the choice, the node, and the client talk it answers and
 * that talk's kind (nil when neutral). */
static void push_apply_args(Host *h, const Session *s, const Node *n, const Choice *c)
{
    lua_State *L = h->L;
    push_ref(L, c->ref);
    push_ref(L, n->ref);
    if (s->talk != TALK_NONE && s->talk < TALK_COUNT)
        push_ref(L, h->ref_talk_name[s->talk]);
    else
        lua_pushnil(L);
    if (s->talk_kind != KIND_NONE && s->talk_kind < KIND_COUNT)
        push_ref(L, h->ref_kind_name[s->talk_kind]);
    else
        lua_pushnil(L);
}

/* apply(s, choice, node, talk, kind): talk and kind name the client talk the move answers
 * (nil when neutral); apply returns a MITI code when it recodes the move for this turn. */
static int hook_model_apply(void *ctx, Session *s, const Node *n, const Choice *c, int *recode)
{
    Host *h = ctx;
    lua_State *L = h->L;
    const ModelUse *u = use_of(h, MODEL_APPLY);
    uint64_t call0 =
        MEMO_APPLY | (uint64_t)(s->talk & 0xff) << 8 | (uint64_t)(s->talk_kind & 0xff) << 16;
    uint64_t call1 = (uint32_t)c->ref | (uint64_t)(uint32_t)(n - h->sc.nodes) << 32;
    const uint64_t *known = memo_get(u->memo, s->state, call0, call1);
    if (known) {
        *recode = (int)memo_take(u->memo, known, s->state) - 1;
        return 0;
    }
    if (u->positional) { /* apply(choice, node, talk, kind, values...) */
        if (!lua_checkstack(L, u->nslots + 8)) return session_fail(s, SERR_SCRIPT, "out of memory");
        lua_pushcfunction(L, msgh);
        push_ref(L, h->ref_apply);
        push_apply_args(h, s, n, c);
        state_model_push(h, s->state, u->slots, u->nreads);
    } else {
        if (use_begin(h, s, u, h->ref_apply) != 0) return -1;
        push_apply_args(h, s, n, c);
    }
    if (use_end(h, s, u, 4, "apply", USE_TAKE) != 0) return -1;
    *recode = lua_type(L, -1) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
    lua_pop(L, 2);
    memo_put(u->memo, s->state, (uint64_t)(*recode + 1));
    return 0;
}

/* talk(s) only reads: the view is refilled before every call, so nothing it could write
 * survives. */
static int hook_model_talk(void *ctx, Session *s, double *p)
{
    Host *h = ctx;
    const uint64_t *known = memo_get(h->whole.memo, s->state, MEMO_TALK, 0);
    if (known) {
        uint64_t bits = memo_result(h->whole.memo, known);
        memcpy(p, &bits, sizeof *p);
        return 0;
    }
    if (use_begin(h, s, &h->whole, h->ref_talk) != 0) return -1;
    if (use_end(h, s, &h->whole, 0, "talk", USE_DISCARD) != 0) return -1;
    *p = lua_tonumber(h->L, -1);
    lua_pop(h->L, 2);
    uint64_t bits;
    memcpy(&bits, p, sizeof bits);
    memo_put(h->whole.memo, s->state, bits); /* the state as it was: talk writes nothing */
    return 0;
}

/* resistance(s): the headline, derived from a few variables, stored in `resistance` rounded to
 * its step (through state_model_take: a number, not NaN, clamped to its range). Through its
 * own view its answers are remembered by the values it reads. */
static int model_resistance(Host *h, Session *s)
{
    int slot = h->sc.var_resistance;
    if (slot < 0) return 0;
    const ModelUse *u = use_of(h, MODEL_RESISTANCE);
    const uint64_t *known = memo_get(u->memo, s->state, MEMO_RESISTANCE, 0);
    if (known) {
        memo_take(u->memo, known, s->state); /* the headline alone */
        return 0;
    }
    if (use_begin(h, s, u, h->ref_resistance) != 0) return -1;
    if (use_end(h, s, u, 0, "resistance", USE_DISCARD) != 0) return -1;
    int rc = state_model_take(h, s->state, "resistance", &slot, 1, 1);
    lua_pop(h->L, 2);
    if (rc != 0) return session_fail(s, SERR_SCRIPT, "%s", h->err);
    s->state[slot] = state_normalize_value(&h->sc.layout.vars[slot], s->state[slot]);
    memo_put(u->memo, s->state, 0);
    return 0;
}

/* settle(s): resistance, then the walk-out rule, leaving what it writes normalized. Through
 * its own view its answers are remembered by the few values it reads. */
static int hook_model_settle(void *ctx, Session *s, bool *walkout)
{
    Host *h = ctx;
    if (model_resistance(h, s) != 0) return -1;
    const ModelUse *u = use_of(h, MODEL_SETTLE);
    const uint64_t *known = memo_get(u->memo, s->state, MEMO_SETTLE, 0);
    if (known) {
        *walkout = memo_take(u->memo, known, s->state) != 0;
        return 0;
    }
    if (use_begin(h, s, u, h->ref_settle) != 0) return -1;
    if (use_end(h, s, u, 0, "settle", USE_NORMALIZE) != 0) return -1;
    *walkout = lua_toboolean(h->L, -1);
    lua_pop(h->L, 2);
    memo_put(u->memo, s->state, *walkout);
    return 0;
}

void host_memo_counts(const Host *h, unsigned long long *asked, unsigned long long *answered)
{
    memo_counts(h->whole.memo, asked, answered);
    for (int i = 0; i < MODEL_USES; i++)
        memo_counts(h->use[i].memo, asked, answered);
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

/* The variables lib/score.lua reads of each turn and of the start. */
static const char *const summary_vars[] = {"discord", "rapport", "credibility", "importance",
                                           "confidence"};
enum { SUMMARY_NVARS = sizeof summary_vars / sizeof summary_vars[0] };
_Static_assert(SUMMARY_NVARS == sizeof((Host *)0)->summary_slot / sizeof(int),
               "Host.summary_slot holds one slot per summary variable");

/* Summary variable i (summary_vars) in the state vector st: 0 when the layout has none. */
static double summary_value(const Host *h, const double *st, int i)
{
    return h->summary_slot[i] >= 0 ? st[h->summary_slot[i]] : 0;
}

/* The strings a summary hands over, at fixed places in one table made once per Host: random
 * play summarizes every session, and naming a field or pushing a name hashes the string and
 * compares it, a sixth of a short session's time. */
enum {
    NAME_MOVE = 1,
    NAME_MITI,
    NAME_CODES,
    NAME_TALK,
    NAME_KIND,
    NAME_VARS,
    NAME_MITIS = NAME_VARS + SUMMARY_NVARS,
    NAME_TALKS = NAME_MITIS + MITI_COUNT,
    NAME_KINDS = NAME_TALKS + TALK_COUNT,
    NAME_MOVES = NAME_KINDS + KIND_COUNT /* the scenario's moves, in order */
};

static void push_names(Host *h)
{
    lua_State *L = h->L;
    const Scenario *sc = &h->sc;
    lua_createtable(L, NAME_MOVES + sc->nmoves, 0);
    static const char *const fields[] = {"move", "miti", "codes", "talk", "kind"};
    for (int i = 0; i < NAME_VARS - 1; i++)
        lua_pushstring(L, fields[i]), lua_rawseti(L, -2, NAME_MOVE + i);
    for (int i = 0; i < SUMMARY_NVARS; i++)
        lua_pushstring(L, summary_vars[i]), lua_rawseti(L, -2, NAME_VARS + i);
    for (int i = 0; i < MITI_COUNT; i++)
        lua_pushstring(L, miti_name((Miti)i)), lua_rawseti(L, -2, NAME_MITIS + i);
    for (int i = 0; i < TALK_COUNT; i++)
        lua_pushstring(L, talk_name((Talk)i)), lua_rawseti(L, -2, NAME_TALKS + i);
    for (int i = 0; i < KIND_COUNT; i++)
        lua_pushstring(L, talk_kind_name((TalkKind)i)), lua_rawseti(L, -2, NAME_KINDS + i);
    for (int i = 0; i < sc->nmoves; i++)
        lua_pushstring(L, sc->moves[i].name), lua_rawseti(L, -2, NAME_MOVES + i);
}

/* t[names[key]] = names[value], with t at -1 and the names at `names` (absolute). */
static void set_name(lua_State *L, int names, int key, int value)
{
    lua_rawgeti(L, names, key);
    lua_rawgeti(L, names, value);
    lua_rawset(L, -3);
}

/* t[names[key]] = x, with t at -1. */
static void set_number(lua_State *L, int names, int key, double x)
{
    lua_rawgeti(L, names, key);
    lua_pushnumber(L, x);
    lua_rawset(L, -3);
}

/* The tables host_summary hands to lib/score.lua: the list of turns (a pool of turn tables,
 * each with its codes list, of which the list holds the session's first n) and the start,
 * with the names above and lib/score.lua's summarize. They are made once per Host and refilled
 * for every session: random play summarizes every session it plays, and making them anew was
 * a quarter of its time. summarize only reads them (lib/score.lua is the engine's own code, as
 * the model is). Pushes summarize, names, turns, pool, start; -1 when score.lua cannot load. */
enum { SUMMARY_FN = 1, SUMMARY_NAMES, SUMMARY_TURNS, SUMMARY_POOL, SUMMARY_START, SUMMARY_N };

static int push_summary_tables(Host *h)
{
    lua_State *L = h->L;
    if (h->ref_summary == LUA_NOREF) {
        if (push_lib(h, "score") != 0) return -1;
        lua_createtable(L, SUMMARY_N - 1, 0);
        lua_getfield(L, -2, "summarize");
        lua_rawseti(L, -2, SUMMARY_FN);
        push_names(h);
        lua_rawseti(L, -2, SUMMARY_NAMES);
        for (int i = SUMMARY_TURNS; i < SUMMARY_N; i++)
            lua_newtable(L), lua_rawseti(L, -2, i);
        h->ref_summary = luaL_ref(L, LUA_REGISTRYINDEX);
        lua_pop(L, 1); /* the module */
        for (int i = 0; i < SUMMARY_NVARS; i++)
            h->summary_slot[i] = layout_find(&h->sc.layout, summary_vars[i]);
    }
    push_ref(L, h->ref_summary);
    for (int i = SUMMARY_FN; i < SUMMARY_N; i++)
        lua_rawgeti(L, -i, i);
    lua_remove(L, -SUMMARY_N);
    return 0;
}

/* Fills the turn table on top with turn t of s; the names at `names` (absolute). */
static void fill_turn(Host *h, int names, const Session *s, int t)
{
    lua_State *L = h->L;
    const Turn *tu = &s->turns[t - 1];
    const double *st = session_state_at(s, t);
    set_name(L, names, NAME_MOVE, NAME_MOVES + session_turn_choice(s, tu)->move);
    set_name(L, names, NAME_MITI, NAME_MITIS + tu->codes[0]);
    lua_rawgeti(L, names, NAME_CODES);
    if (lua_rawget(L, -2) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, CHOICE_MAX_CODES, 0);
        lua_rawgeti(L, names, NAME_CODES);
        lua_pushvalue(L, -2);
        lua_rawset(L, -4);
    }
    for (int i = 0; i < tu->ncodes; i++)
        lua_rawgeti(L, names, NAME_MITIS + tu->codes[i]), lua_rawseti(L, -2, i + 1);
    for (lua_Integer i = tu->ncodes + 1, n = (lua_Integer)lua_rawlen(L, -1); i <= n; i++)
        lua_pushnil(L), lua_rawseti(L, -2, i);
    lua_pop(L, 1);
    set_name(L, names, NAME_TALK, NAME_TALKS + tu->talk);
    set_name(L, names, NAME_KIND, NAME_KINDS + tu->kind);
    for (int i = 0; i < SUMMARY_NVARS; i++)
        set_number(L, names, NAME_VARS + i, summary_value(h, st, i));
}

/* Pushes the MITI-style summary of a finished (or stopped) session, from lib/score.lua; brief:
 * only its score and pass. */
static int summarize(Host *h, const Session *s, bool brief)
{
    lua_State *L = h->L;
    if (push_summary_tables(h) != 0) return -1; /* summarize, names, turns, pool, start */
    int names = lua_absindex(L, -4);
    for (int t = 1; t <= s->nturns; t++) {
        if (lua_rawgeti(L, -2, t) != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_createtable(L, 0, 12);
            lua_pushvalue(L, -1);
            lua_rawseti(L, -4, t);
        }
        fill_turn(h, names, s, t);
        lua_rawseti(L, -4, t);
    }
    for (lua_Integer t = s->nturns + 1, n = (lua_Integer)lua_rawlen(L, -3); t <= n; t++)
        lua_pushnil(L), lua_rawseti(L, -4, t); /* the last session's longer tail */
    const double *start = session_state_at(s, 0);
    for (int i = 0; i < SUMMARY_NVARS; i++)
        set_number(L, names, NAME_VARS + i, summary_value(h, start, i));
    lua_remove(L, -2); /* the pool */
    lua_remove(L, -3); /* the names */
    const Node *end = session_node(s);
    if (end->ending)
        lua_pushstring(L, outcome_name(end->outcome));
    else
        lua_pushnil(L);
    lua_pushboolean(L, brief);
    h->library = true; /* lib/score.lua: the engine's own code, as the model */
    int rc = host_call(h, 4, 1);
    h->library = false;
    return rc;
}

int host_summary(Host *h, const Session *s)
{
    return summarize(h, s, false);
}

/* Appends n bytes to the key being made (h->pass_key); false when out of memory. */
static bool key_put(Host *h, const void *bytes, size_t n)
{
    if (h->pass_len + n > h->pass_cap) {
        size_t cap = h->pass_cap ? h->pass_cap * 2 : 512;
        while (cap < h->pass_len + n)
            cap *= 2;
        unsigned char *k = realloc(h->pass_key, cap);
        if (!k) return false;
        h->pass_key = k;
        h->pass_cap = cap;
    }
    memcpy(h->pass_key + h->pass_len, bytes, n);
    h->pass_len += n;
    return true;
}

static bool key_put_values(Host *h, const double *st)
{
    for (int i = 0; i < SUMMARY_NVARS; i++) {
        double x = summary_value(h, st, i);
        if (!key_put(h, &x, sizeof x)) return false;
    }
    return true;
}

/* The key of session s's summary in h->pass_key (pass_len bytes); false when it is not kept. */
static bool pass_key(Host *h, const Session *s)
{
    h->pass_len = 0;
    if (s->nturns > PASS_MEMO_TURNS || h->ref_summary == LUA_NOREF) return false;
    const Node *end = session_node(s);
    int head[2] = {end->ending ? (int)end->outcome : -1, s->nturns};
    if (!key_put(h, head, sizeof head) || !key_put_values(h, session_state_at(s, 0))) return false;
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        int move = session_turn_choice(s, tu)->move;
        /* the first code even when there are none: summarize hands it over as the miti */
        unsigned char talk[4] = {tu->talk, tu->kind, (unsigned char)tu->ncodes, tu->codes[0]};
        if (!key_put(h, &move, sizeof move) || !key_put(h, talk, sizeof talk) ||
            !key_put(h, tu->codes, (size_t)tu->ncodes) ||
            !key_put_values(h, session_state_at(s, t)))
            return false;
    }
    return true;
}

/* The entry where session s's pass belongs, with its key made in h->pass_key; NULL when it is
 * not kept. */
static struct PassEntry *pass_entry(Host *h, const Session *s)
{
    if (!h->pass_memo && !h->pass_tried) {
        h->pass_tried = true;
        if (memo_wanted()) h->pass_memo = calloc(1u << PASS_MEMO_BITS, sizeof *h->pass_memo);
    }
    if (!h->pass_memo || !pass_key(h, s)) return NULL;
    uint64_t hash = hash_bytes(HASH_FNV_BASIS, h->pass_key, h->pass_len);
    return &h->pass_memo[hash_mix(hash) & ((UINT64_C(1) << PASS_MEMO_BITS) - 1)];
}

int host_session_passed(Host *h, const Session *s, bool *pass)
{
    struct PassEntry *e = pass_entry(h, s);
    if (e && e->key && e->len == h->pass_len && memcmp(e->key, h->pass_key, e->len) == 0) {
        *pass = e->pass;
        return 0;
    }
    if (summarize(h, s, true) != 0) return -1;
    lua_getfield(h->L, -1, "pass");
    *pass = lua_toboolean(h->L, -1);
    lua_pop(h->L, 2);
    if (e) { /* the key is still in h->pass_key: summarize does not touch it */
        unsigned char *k = e->key && e->len >= h->pass_len ? e->key : malloc(h->pass_len);
        if (k) {
            if (k != e->key) free(e->key);
            memcpy(k, h->pass_key, h->pass_len);
            e->key = k, e->len = h->pass_len, e->pass = *pass;
        }
    }
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
