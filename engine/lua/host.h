/* host: one Lua state holding one loaded scenario and its model. Loads client files in a
 * sandbox, turns them into a Scenario, and answers the session's ScriptHooks. Every entry
 * into Lua goes through host_call, which adds a traceback and keeps errors as file:line. */
#ifndef RAPPORT_HOST_H
#define RAPPORT_HOST_H
#include <lua.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "../core/scenario.h"
#include "../core/session.h"

enum { PROXY_CLOSED, PROXY_READ, PROXY_WRITE, PROXY_MODEL };

typedef struct MemoTable MemoTable;

/* A model function that declares the variables it reads and those it sets without reading
 * (lib/model.lua's `uses`): it is handed a view of those alone, where any other name fails,
 * so its answer depends on the values it reads and nothing else, and is remembered by them. */
typedef struct ModelUse {
    int ref_view, ref_call; /* LUA_NOREF: nothing declared; the function gets the whole view */
    int *slots;             /* the view's variables: those read, then those only set */
    int nreads, nslots;
    /* Declared `positional`: no view; the function gets the values of those it reads as
     * arguments after its own and returns those of all its slots after its result. */
    bool positional;
    MemoTable *memo; /* keyed by the nreads variables read */
} ModelUse;

/* Whether the model declared what the function uses (else it gets the whole view). */
static inline bool use_declared(const ModelUse *u)
{
    return u->ref_call >= 0 || u->positional; /* a reference, or LUA_NOREF (-2) */
}

/* The model functions that may declare what they use, each with its own view (Host.use). */
enum { MODEL_APPLY, MODEL_RESISTANCE, MODEL_SETTLE, MODEL_USES };

typedef struct Host {
    lua_State *L;
    struct Heap *heap; /* L's small blocks (heap.h) */
    Scenario sc;
    bool loaded;
    Session *cur; /* the session the state proxy shows */
    int mode;     /* PROXY_*: what Lua code may do with the state now */
    bool library; /* calling lib/score.lua: no count hook, as for the model (host_call) */
    int ref_proxy, ref_model, ref_start, ref_apply, ref_resistance, ref_settle, ref_talk;
    /* apply's talk and kind arguments, made once: pushing a string hashes it and looks it up,
     * a registry reference is an index (apply runs on every transition) */
    int ref_talk_name[TALK_COUNT], ref_kind_name[KIND_COUNT];
    /* lib/score.lua's summarize with the tables and names it is handed (host.c), made at the
     * first summary, and the slots of the variables it reads (-1: not in the layout) */
    int ref_summary, summary_slot[5];
    /* Brief summaries' passes remembered by everything summarize reads (host.c), and the key
     * being made */
    struct PassEntry *pass_memo;
    bool pass_tried;
    unsigned char *pass_key;
    size_t pass_len, pass_cap;
    /* The model's views of the state (proxy.c), each a plain table and the call that fills it
     * and reads it back, with the answers remembered (memo.c; NULL: none kept). `whole`
     * holds every model variable, in layout order, for start and talk, and for apply,
     * resistance and settle when the model does not declare what they use; those get their own
     * (use[MODEL_*]) when it does. */
    ModelUse whole, use[MODEL_USES];
    char *scripts_dir;
    char *source; /* the client file's text, for locating fields by line */
    size_t source_len;
    struct SrcIndex *srcindex;
    /* Limits on what scripts may take (issue: a client file must not hang or exhaust the
     * machine): bytes of Lua memory, and VM steps per entry into Lua. */
    size_t mem_used, mem_limit;
    long long steps, step_limit;
    int depth;     /* nesting of host_call: limits apply inside */
    bool aborting; /* a limit fired: no pcall in a script may swallow it */
    /* Set by the allocator and the watchdog (a signal handler), read by the count hook. */
    volatile sig_atomic_t trapped, over_memory, cpu_out;
    /* The watchdog: CPU seconds one entry into Lua may take, counted by a timer. */
    int cpu_limit_s;
    bool has_timer;
    volatile sig_atomic_t timer_armed, ticks;
    volatile unsigned entry, tick_entry; /* entries into Lua so far; the one last ticked */
    timer_t timer;
    const char *where; /* the file being loaded or played, for messages without a line */
    /* The last error: one line, or after a failed load the load errors, one per line in
     * file order, as many as fit (then a line saying how many more: lint lists them all). */
    char err[1024];
    char trace[4096];
    /* The load's mistakes, in file order: the loader records each and goes on, so that one
     * run reports them all (lint prints them with its findings). */
    struct LoadError *load_errors;
    int nload_errors, load_errors_total;
    /* Set before host_load by lint: on load errors keep the half-built scenario (h->sc) to
     * check what can be checked; h->loaded stays false. node_broken[i] marks a node whose
     * building stopped at an error, its fields past that point unset: 1 when it has a
     * 'choices' table (some may be unbuilt), 2 when it has none. */
    bool keep_partial, partial;
    unsigned char *node_broken;
} Host;

/* One load error: its line (0 when it has none) and the whole "file:line: message". */
typedef struct LoadError {
    int line;
    char *text;
} LoadError;
/* Kept: enough to sort the first ones into file order (a table's fields come in hash order);
 * shown: lint prints at most LOAD_ERRORS_SHOWN. */
enum { LOAD_ERRORS_MAX = 1000, LOAD_ERRORS_SHOWN = 50 };

/* Opens a host; scripts_dir is where lib/model.lua lives. NULL when out of memory. */
Host *host_open(const char *scripts_dir);
void host_close(Host *h);
/* Loads a client file into h->sc. 0, or -1 with h->err as "file:line: message" (one line
 * per error when the file has several). */
int host_load(Host *h, const char *path);
/* The same, from text in memory (name stands for the file in messages). */
int host_load_text(Host *h, const char *name, const char *text, size_t len);
/* The one protected call: function and nargs on the stack, as lua_pcall. On error h->err
 * holds the message's first line and h->trace the traceback. */
int host_call(Host *h, int nargs, int nresults);

/* Calls the function and nargs arguments on the stack with the state proxy showing session s
 * in the given PROXY_* mode (push the proxy itself with lua_rawgeti(L, LUA_REGISTRYINDEX,
 * h->ref_proxy)). 0, or -1 after session_fail() with the file:line message. */
int host_enter(Host *h, Session *s, int mode, int nargs, int nresults);
/* Pushes the MITI-style summary table of a session (lib/score.lua). 0, or -1 with h->err. */
int host_summary(Host *h, const Session *s);
/* Whether the session passes by lib/score.lua (the summary's `pass`); 0, or -1 with h->err. */
int host_session_passed(Host *h, const Session *s, bool *pass);
/* Reading the summary table at t: a number field (present says whether it is there), and
 * the grade of a summary ("good", "fair", "below fair", or "n/a" when it has none). */
double host_field_number(lua_State *L, int t, const char *key, bool *present);
const char *host_grade_word(lua_State *L, int t, const char *key);
/* host_json, the Lua value as JSON: json.h. */

/* Defined in the binding modules. */
int luaopen_rapport(lua_State *L);        /* scenario(), the sandbox; Host upvalue */
int luaopen_rapport_state(lua_State *L);  /* the state proxy; Host upvalue */
int luaopen_rapport_limits(lua_State *L); /* library calls on the step budget; Host arg */
/* The model's view (proxy.c): a plain table of its variables, filled, called and read back
 * by one generated Lua function per call. */
enum { MODEL_VARS_MAX = 120 }; /* a Lua function's arguments and results */
int state_model_view_push(Host *h);
void state_model_push(Host *h, const double *state, const int *slots, int n);
int state_model_take(Host *h, double *state, const char *fn, const int *slots, int nreads, int n);
int state_model_use_push(Host *h, ModelUse *u, int idx, const char *fn);
void state_model_use_reset(Host *h, const ModelUse *u, int idx);
/* The model's answers remembered (memo.c). memo_open makes a table keyed by the values of
 * the variables at `in` (NULL: out of memory, or nothing to key by; every call then goes to
 * the model); memo_get looks up a call (two words saying which call, with which choice, node
 * and client talk) for a state and returns the answer (the variables at `out` after the call,
 * (none when nout is 0), then a result word) or NULL; after a miss the caller runs the model and
 * gives memo_put the state after it and the result; memo_take copies an answer's variables into a
 * state and returns its result word. The model is a function of the variables it reads and its
 * arguments only (no randomness, no state of its own), so an answer remembered is the answer
 * it would give. `one_call`: the table is only ever asked one kind of call, with call1 0
 * (resistance, settle), so it may be dense, keyed by the variables alone. memo_wanted: false when
 * RAPPORT_MODEL_MEMO=0 turns the tables off. */
bool memo_wanted(void);
MemoTable *memo_open(const StateLayout *l, const int *in, int nin, const int *out, int nout,
                     int bits, bool one_call);
void memo_close(MemoTable *m);
const uint64_t *memo_get(MemoTable *m, const double *state, uint64_t call0, uint64_t call1);
void memo_put(MemoTable *m, const double *state, uint64_t result);
uint64_t memo_take(const MemoTable *m, const uint64_t *answer, double *state);
uint64_t memo_result(const MemoTable *m, const uint64_t *answer);
/* Adds a table's lookups so far and those it answered. */
void memo_counts(const MemoTable *m, unsigned long long *asked, unsigned long long *answered);
/* The same over all of a Host's tables, for --stats. */
void host_memo_counts(const Host *h, unsigned long long *asked, unsigned long long *answered);
/* The sandbox's global tables (api.c): a fresh one for a file reading through to the library
 * at lib_idx; sealing it once the file has loaded; whether a table came from scenario {}. */
void api_new_env(lua_State *L, int lib_idx);
void api_seal_env(lua_State *L, int env_idx);
int api_is_scenario(lua_State *L, int idx);
int loader_build(lua_State *L); /* lua_CFunction: builds h->sc from the returned table */
/* The debrief an ending without one shows, by outcome (lint tells it from the author's). */
const char *host_default_debrief(Outcome outcome);
int freeze_table(lua_State *L, int idx); /* makes a table tree read-only */
/* Freezes every table Lua code can reach at play time: through the upvalues of the
 * scenario's functions (a list of them at `functions`) and through the file's globals, and
 * refuses a function there that writes a captured local. Raises errors: call it protected. */
int freeze_reachable(lua_State *L, int functions, int env);
/* Whether the Lua function at fidx (made while a file loaded) assigns to a local it captured
 * then: 1 with msg "file:line: ...", 0 if not, -1 if its code cannot be read (msg says). */
int bytecode_upvalue_write(lua_State *L, int fidx, const char *path, char *msg, size_t size);
typedef struct SrcIndex SrcIndex;
/* The index of the text src, n bytes long (src[n] is its terminating NUL). */
SrcIndex *srcindex_build(const char *src, size_t n);
void srcindex_free(SrcIndex *x);
int srcloc_key(const SrcIndex *x, const char *key, int from);
int srcloc_text(const SrcIndex *x, const char *text, int from);

#endif
