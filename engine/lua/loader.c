/* loader: turns the table a client file returns into a Scenario, checking every field.
 * Runs as a protected Lua C function: a mistake raises "file:line: where: what" and the host
 * frees the half-built Scenario, whose arrays are always allocated zeroed before filling.
 * This file has the loading context's helpers and loader_build; the parts are built in
 * load_client.c, load_node.c and load_test.c (loader.h). */
#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

#include "../core/arena.h"

extern const ScriptHooks host_hooks;

/* "path:line: " (or "path: " without a line) and the message, pushed on the stack. */
static const char *push_message(Ld *ld, int line, const char *fmt, va_list ap)
{
    if (line > 0)
        lua_pushfstring(ld->L, "%s:%d: ", ld->path, line);
    else
        lua_pushfstring(ld->L, "%s: ", ld->path);
    lua_pushvfstring(ld->L, fmt, ap);
    lua_concat(ld->L, 2);
    return lua_tostring(ld->L, -1);
}

/* Raises the load error "path:line: message"; never returns (the analyser knows it). */
_Noreturn void ld_fail(Ld *ld, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    push_message(ld, line, fmt, ap);
    va_end(ap);
    lua_error(ld->L);
    abort(); /* lua_error does not return */
}

/* The line of "path:line: ..." (0 when the message names none). */
static int message_line(const Ld *ld, const char *text)
{
    size_t n = strlen(ld->path);
    if (strncmp(text, ld->path, n) || text[n] != ':') return 0;
    return atoi(text + n + 1);
}

/* Keeps one load error on the host. Past LOAD_ERRORS_MAX only the count grows. */
static void ld_record(Ld *ld, const char *text)
{
    Host *h = ld->h;
    h->load_errors_total++;
    if (h->nload_errors >= LOAD_ERRORS_MAX) return;
    if (!h->load_errors) h->load_errors = calloc(LOAD_ERRORS_MAX, sizeof *h->load_errors);
    char *copy = strdup(text);
    if (!h->load_errors || !copy) {
        free(copy);
        return;
    }
    h->load_errors[h->nload_errors++] = (LoadError){message_line(ld, text), copy};
}

/* Records the load error "path:line: message" and returns: loading goes on. */
void ld_error(Ld *ld, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ld_record(ld, push_message(ld, line, fmt, ap));
    va_end(ap);
    lua_pop(ld->L, 1);
}

/* What a protected part runs: the loader's stack is copied into the new frame at the same
 * indices (root, ids, model stay valid), the part's address last. What the part leaves above
 * that copy (the model instance) is returned, so it lands at the same index outside. */
typedef struct Part {
    Ld *ld;
    void (*fn)(Ld *ld, void *arg);
    void *arg;
    int top;
} Part;

static int part_run(lua_State *L)
{
    Part *p = lua_touserdata(L, -1);
    lua_pop(L, 1);
    p->fn(p->ld, p->arg);
    return lua_gettop(L) - p->top;
}

/* A fatal error that only repeats a misspelt field already reported ("needs 'choices'"
 * after "unknown field 'choises' (did you mean 'choices'?)") is dropped: one mistake, one
 * message. */
static bool repeats_misspelling(const Ld *ld, int from, const char *msg)
{
    for (int i = from; i < ld->h->nload_errors; i++) {
        const char *m = strstr(ld->h->load_errors[i].text, "(did you mean '");
        if (!m || !strstr(ld->h->load_errors[i].text, "unknown field")) continue;
        char quoted[80];
        size_t n = strcspn(m + 15, "'");
        if (n > sizeof quoted - 3) continue;
        snprintf(quoted, sizeof quoted, "'%.*s'", (int)n, m + 15);
        if (strstr(msg, quoted)) return true;
    }
    return false;
}

bool ld_part(Ld *ld, void (*fn)(Ld *ld, void *arg), void *arg)
{
    lua_State *L = ld->L;
    int top = lua_gettop(L), before = ld->h->nload_errors;
    Part p = {ld, fn, arg, top};
    lua_pushcfunction(L, part_run);
    for (int i = 1; i <= top; i++)
        lua_pushvalue(L, i);
    lua_pushlightuserdata(L, &p);
    ld->seen = NULL; /* a part may stop anywhere: start and end it with nothing known */
    struct Arena *arena = ld->arena; /* and with the memory it started with */
    int rc = lua_pcall(L, top + 1, LUA_MULTRET, 0);
    ld->seen = NULL;
    ld->arena = arena;
    if (rc == LUA_OK) return true;
    /* A script over its limits, or no memory: nothing after it can be trusted. */
    if (rc == LUA_ERRMEM || ld->h->aborting) lua_error(L);
    const char *msg = lua_tostring(L, -1);
    if (!msg) msg = "error raised with a value that is not a message";
    if (!repeats_misspelling(ld, before, msg)) ld_record(ld, msg);
    lua_settop(L, top);
    return false;
}

void ld_where(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = 0;
    for (const char *f = fmt; *f && n + 1 < size; f++) {
        char num[16];
        const char *s = num;
        if (f[0] == '%' && f[1] == 's') {
            s = va_arg(ap, const char *);
        } else if (f[0] == '%' && f[1] == 'd') {
            int v = va_arg(ap, int), k = (int)sizeof num - 1;
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            num[k] = '\0';
            do
                num[--k] = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0) num[--k] = '-';
            s = num + k;
        } else {
            buf[n++] = *f;
            continue;
        }
        f++;
        while (*s && n + 1 < size)
            buf[n++] = *s++;
    }
    if (size) buf[n] = '\0';
    va_end(ap);
}

/* A number as an author wrote it ("120", "2.5"), for messages; a small ring of buffers so
 * several can stand in one message. */
const char *ld_num(double x)
{
    static char ring[8][32];
    static int next;
    char *b = ring[next++ % 8];
    snprintf(b, 32, "%g", x);
    return b;
}

void *ld_zalloc(Ld *ld, size_t n, size_t size)
{
    if (n && size > SIZE_MAX / n) ld_fail(ld, 0, "out of memory");
    void *p = ld->arena ? arena_zalloc(ld->arena, n * size) : calloc(n ? n : 1, size);
    if (!p) ld_fail(ld, 0, "out of memory");
    return p;
}

char *ld_dup(Ld *ld, const char *s)
{
    char *d = ld->arena ? arena_dup(ld->arena, s) : strdup(s);
    if (!d) ld_fail(ld, 0, "out of memory");
    return d;
}

void ld_release(Ld *ld, void *p)
{
    if (!ld->arena) free(p); /* an arena's pieces go with it */
}

const char *ld_type_word(lua_State *L, int idx)
{
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        return "nothing";
    case LUA_TBOOLEAN:
        return "a boolean";
    case LUA_TNUMBER:
        return "a number";
    case LUA_TSTRING:
        return "a string";
    case LUA_TTABLE:
        return "a table";
    case LUA_TFUNCTION:
        return "a function";
    default:
        return lua_typename(L, lua_type(L, idx));
    }
}

/* Line of a field inside a table that starts at `from` (falls back to `from`). */
int ld_field_line(Ld *ld, const char *key, int from)
{
    int l = srcloc_key(ld->ix, key, from);
    return l ? l : from;
}

int ld_edit_distance(const char *a, const char *b)
{
    return text_distance(a, b, 98); /* 99: too long to compare */
}

static bool has_prefix_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix)) return false;
    return true;
}

static bool contains_ci(const char *s, const char *part)
{
    for (; *s; s++)
        if (has_prefix_ci(s, part)) return true;
    return false;
}

/* How near a known name is to what was written: 0 for the same name in other case, 1 when one
 * starts the other ("affirmation" for "affirm"), 2 when one holds the other, then 2 + the
 * edit distance; -1 when too far to suggest. */
static int nearness(const char *written, const char *known)
{
    size_t lw = strlen(written), lk = strlen(known);
    size_t shorter = lw < lk ? lw : lk;
    if (lw == lk && has_prefix_ci(written, known)) return 0;
    if (shorter >= 3 && (has_prefix_ci(written, known) || has_prefix_ci(known, written))) return 1;
    if (shorter >= 4 && (contains_ci(written, known) || contains_ci(known, written))) return 2;
    int d = ld_edit_distance(written, known);
    int most = lw < 5 ? 1 : lw < 9 ? 2 : 3;
    return d <= most ? 2 + d : -1;
}

const char *ld_nearest(const char *written, const char *const *known, int count)
{
    const char *best = NULL;
    int best_score = 99;
    for (int i = 0; count < 0 ? known[i] != NULL : i < count; i++) {
        int sc = known[i] ? nearness(written, known[i]) : -1;
        if (sc >= 0 && sc < best_score) best_score = sc, best = known[i];
    }
    return best;
}

/* Every string key of the table at t must be one of `known` (integer keys allowed when
 * `list_ok`): a typo in a field name is reported, not silently ignored. */
void ld_check_keys(Ld *ld, int t, const char *const *known, bool list_ok, const char *where,
                   int line)
{
    lua_State *L = ld->L;
    t = lua_absindex(L, t);
    ld->seen = NULL;
    unsigned present = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && list_ok) continue;
        if (lua_type(L, -1) != LUA_TSTRING)
            ld_fail(ld, line, "%sunexpected %s key in the table", where, ld_type_word(L, -1));
        const char *k = lua_tostring(L, -1);
        bool found = false;
        for (int i = 0; known[i] && !found; i++)
            if (*known[i] == *k && strcmp(known[i], k) == 0)
                found = true, present |= 1u << (i & 31);
        if (!found) {
            const char *best = ld_nearest(k, known, -1);
            int l = ld_field_line(ld, k, line);
            if (best)
                ld_error(ld, l, "%sunknown field '%s' (did you mean '%s'?)", where, k, best);
            else
                ld_error(ld, l, "%sunknown field '%s'", where, k);
        }
    }
    int nknown = 0;
    while (known[nknown])
        nknown++;
    if (nknown <= 32 && !lua_getmetatable(L, t)) { /* __index could answer what is absent */
        ld->seen = lua_topointer(L, t);
        ld->seen_at = t;
        ld->seen_known = known;
        ld->seen_present = present;
    } else if (nknown <= 32) {
        lua_pop(L, 1);
    }
}

/* The entry of `known` that is `key`, or -1. The loader names fields with the literals its
 * lists of known fields hold, so the address finds the entry, and is remembered: a literal and
 * a list live as long as the program, so the answer stays true. A name spelled out elsewhere
 * (a buffer) is found by its text, and not remembered. */
static int known_index(Ld *ld, const char *const *known, const char *key)
{
    struct KnownSlot *slot = &ld->known_cache[((uintptr_t)key >> 3) % LD_KNOWN_CACHE];
    if (slot->known == known && slot->key == key) return slot->index;
    int i = 0;
    while (known[i] && known[i] != key)
        i++;
    if (known[i]) {
        *slot = (struct KnownSlot){known, key, i};
        return i;
    }
    for (i = 0; known[i]; i++)
        if (*known[i] == *key && strcmp(known[i], key) == 0) return i;
    return -1;
}

/* Pushes t[key]; returns its type. */
int ld_get(Ld *ld, int t, const char *key)
{
    lua_State *L = ld->L;
    if (ld->seen && lua_absindex(L, t) == ld->seen_at && lua_topointer(L, t) == ld->seen) {
        int i = known_index(ld, ld->seen_known, key);
        if (i >= 0 && !(ld->seen_present >> i & 1)) {
            lua_pushnil(L);
            return LUA_TNIL;
        }
    }
    return lua_getfield(L, t, key);
}

char *ld_opt_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    int ty = ld_get(ld, t, key);
    char *out = NULL;
    if (ty == LUA_TSTRING)
        out = ld_dup(ld, lua_tostring(ld->L, -1));
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be a string, not %s", where, key,
                ld_type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    return out;
}

char *ld_req_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    char *s = ld_opt_string(ld, t, key, where, line);
    if (!s || !*s) {
        ld_release(ld, s); /* an empty string was copied: free it before failing */
        ld_fail(ld, line > 1 ? line : 0, "%s'%s' is required (a string)", where, key);
    }
    return s;
}

double ld_opt_number(Ld *ld, int t, const char *key, double dflt, double lo, double hi,
                     const char *where, int line)
{
    int ty = ld_get(ld, t, key);
    double v = dflt;
    if (ty == LUA_TNUMBER)
        v = lua_tonumber(ld->L, -1);
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be a number, not %s", where, key,
                ld_type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    if (!(v >= lo && v <= hi))
        ld_fail(ld, ld_field_line(ld, key, line), "%s'%s' must be between %s and %s, not %s", where,
                key, ld_num(lo), ld_num(hi), ld_num(v));
    return v;
}

int ld_find_node(Ld *ld, const char *id, const char *where, const char *field, int line)
{
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n >= 0) return n;
    /* Recorded, not raised: the choice is otherwise whole, so the rest of its node loads.
     * Returns node 0 in its place, so that no caller indexes past the nodes. */
    const char **ids = lua_newuserdatauv(ld->L, sizeof *ids * (size_t)(ld->sc->nnodes + 1), 0);
    for (int i = 0; i < ld->sc->nnodes; i++)
        ids[i] = ld->sc->nodes[i].id;
    const char *best = ld_nearest(id, ids, ld->sc->nnodes);
    if (best)
        ld_error(ld, line, "%s'%s' goes to node '%s', which does not exist (did you mean '%s'?)",
                 where, field, id, best);
    else
        ld_error(ld, line, "%s'%s' goes to node '%s', which does not exist", where, field, id);
    lua_pop(ld->L, 1);
    return 0; /* a node that exists: callers index with it; the load fails anyway */
}

int ld_var_of(Ld *ld, const char *name, const char *where, int line)
{
    const StateLayout *lay = &ld->sc->layout;
    int v = layout_find(lay, name);
    if (v >= 0) return v;
    const char **names = lua_newuserdatauv(ld->L, sizeof *names * (size_t)(lay->count + 1), 0);
    for (int i = 0; i < lay->count; i++)
        names[i] = lay->vars[i].name;
    const char *best = ld_nearest(name, names, lay->count);
    if (best)
        ld_fail(ld, line, "%s'%s' is not a state variable of this client (did you mean '%s'?)",
                where, name, best);
    ld_fail(ld, line,
            "%s'%s' is not a state variable of this client (declare it in state = { ... })", where,
            name);
}

/* A registry reference to the value at idx. Functions are also listed in the registry's
 * "rapport.functions" table, so that freezing can start from them. */
int ld_ref_value(Ld *ld, int idx)
{
    idx = lua_absindex(ld->L, idx);
    if (lua_isfunction(ld->L, idx)) {
        lua_getfield(ld->L, LUA_REGISTRYINDEX, "rapport.functions");
        lua_pushvalue(ld->L, idx);
        lua_rawseti(ld->L, -2, (lua_Integer)lua_rawlen(ld->L, -2) + 1);
        lua_pop(ld->L, 1);
    }
    lua_pushvalue(ld->L, idx);
    return luaL_ref(ld->L, LUA_REGISTRYINDEX);
}

/* ---- Defaults: what a minimal client leaves out */

/* "walked_out" -> "Walked out": an ending's id as a title. */
static void push_title_of(lua_State *L, const char *id)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (const char *p = id; *p; p++)
        luaL_addchar(&b, *p == '_' || *p == '-' ? ' '
                         : p == id              ? (char)toupper((unsigned char)*p)
                                                : *p);
    luaL_pushresult(&b);
}

/* An ending without a title or an outcome gets them here, before it is built: the title
 * from its id, the outcome "success". Written into the node's table, so the model reads the
 * same node as the engine. */
void ld_node_defaults(Ld *ld, int t)
{
    lua_State *L = ld->L;
    if (!lua_istable(L, t) || lua_getfield(L, t, "ending") != LUA_TSTRING) {
        lua_pop(L, 1);
        return;
    }
    const char *ending = lua_tostring(L, -1);
    if (lua_getfield(L, t, "title") == LUA_TNIL) {
        push_title_of(L, ending);
        lua_setfield(L, t, "title");
    }
    if (lua_getfield(L, t, "outcome") == LUA_TNIL) {
        lua_pushliteral(L, "success");
        lua_setfield(L, t, "outcome");
    }
    lua_pop(L, 3);
}

const char *host_default_debrief(Outcome outcome)
{
    switch (outcome) {
    case OUTCOME_SUCCESS:
        return "The conversation reached a good place. Look back at the turns where the client "
               "opened up: what did you say just before?";
    case OUTCOME_PARTIAL:
        return "The conversation ended with some ground gained and some lost. Look at the turns "
               "where resistance rose: what else could you have said there?";
    default:
        return "The conversation ended badly. Look at the turns where resistance rose: a "
               "reflection or a question there might have kept the client with you.";
    }
}

/* Without 'walkout', a client with the model walks out to an ending the engine supplies:
 * pushes its node table, or nothing (returns false) when the file names one, has no model,
 * or already has a node of that id. */
bool ld_push_walkout(Ld *ld, int nodes)
{
    lua_State *L = ld->L;
    bool named = lua_getfield(L, ld->root, "walkout") != LUA_TNIL;
    bool taken = lua_getfield(L, nodes, LD_WALKOUT_ID) != LUA_TNIL;
    lua_pop(L, 2);
    if (!ld->model || named || taken) return false;
    /* An ending the author called "walked_out" under another node id is the walk-out. */
    lua_pushnil(L);
    while (lua_next(L, nodes)) { /* key, node */
        bool is = false;
        if (lua_istable(L, -1)) {
            is = lua_getfield(L, -1, "ending") == LUA_TSTRING &&
                 !strcmp(lua_tostring(L, -1), LD_WALKOUT_ID);
            lua_pop(L, 1);
        }
        lua_pop(L, 1); /* key */
        if (is && lua_type(L, -1) == LUA_TSTRING) {
            lua_setfield(L, ld->root, "walkout"); /* pops the key */
            return false;
        }
    }
    const char *who = ld->sc->client_name ? ld->sc->client_name : "The client";
    lua_pushliteral(L, LD_WALKOUT_ID);
    lua_setfield(L, ld->root, "walkout");
    lua_createtable(L, 0, 5);
    lua_pushliteral(L, "I don't think this is working. I'm going to stop here.");
    lua_setfield(L, -2, "say");
    lua_pushliteral(L, LD_WALKOUT_ID);
    lua_setfield(L, -2, "ending");
    lua_pushliteral(L, "fail");
    lua_setfield(L, -2, "outcome");
    lua_pushfstring(L, "%s walks out", who);
    lua_setfield(L, -2, "title");
    lua_pushfstring(L,
                    "%s left before the conversation could end. Look at the turns where "
                    "resistance rose most: arguing, advising without permission and pressing "
                    "with questions push it up; a reflection of what the client feels, or asking "
                    "before advising, brings it down.",
                    who);
    lua_setfield(L, -2, "debrief");
    return true;
}

int ld_start_node(Ld *ld)
{
    char *id = ld_opt_string(ld, ld->root, "start", "", 1);
    if (!id || !*id) {
        free(id);
        ld_fail(ld, 0, "'start' is required: the id of a node");
    }
    /* Lua keeps the copy the message needs; the C copy is freed before any error. */
    const char *name = lua_pushstring(ld->L, id);
    free(id);
    int n = ld_find_node(ld, name, "", "start", ld_field_line(ld, "start", 1));
    lua_pop(ld->L, 1);
    return n;
}

/* ---- Loading in parts */

static void part_client(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_client(ld);
}

static void part_model(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_model(ld);
}

static void part_state(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_state(ld);
}

static void part_nodes(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_nodes(ld);
}

static void part_rules(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_rules(ld);
}

static void part_sittings(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_sittings(ld);
}

static void part_tests(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_tests(ld);
}

static void part_invariants(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_invariants(ld);
}

static void part_bots(Ld *ld, void *arg)
{
    (void)arg;
    ld_build_bots(ld);
}

/* id, title and setting. Only id is required: the title falls back to the client's name,
 * then to the id; the setting to nothing. */
static void part_header(Ld *ld, void *arg)
{
    (void)arg;
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    sc->id = ld_req_string(ld, ld->root, "id", "", 1);
    if (!ld_valid_id(sc->id))
        ld_fail(
            ld, ld_field_line(ld, "id", 1),
            "'id' must use lower-case letters, digits and '-' (like \"dana-results\"), not \"%s\"",
            sc->id);
    sc->title = ld_opt_string(ld, ld->root, "title", "", 1);
    sc->setting = ld_opt_string(ld, ld->root, "setting", "", 1);
    if (!sc->setting) sc->setting = ld_dup(ld, "");
    if (ld_get(ld, ld->root, "unmatched") != LUA_TNIL)
        ld_state_text(ld, -1, &sc->unmatched, &sc->unmatched_by, "", "unmatched",
                      ld_field_line(ld, "unmatched", 1));
    lua_pop(L, 1);
    if (sc->title && *sc->title) return;
    free(sc->title);
    sc->title = NULL;
    const char *name = NULL;
    if (lua_getfield(L, ld->root, "client") == LUA_TTABLE &&
        lua_getfield(L, -1, "name") == LUA_TSTRING && *lua_tostring(L, -1))
        name = lua_tostring(L, -1);
    sc->title = ld_dup(ld, name ? name : sc->id);
    lua_settop(L, ld->ids ? ld->ids : ld->root);
}

/* mode and avatar. */
static void part_extras(Ld *ld, void *arg)
{
    (void)arg;
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    char *mode = ld_opt_string(ld, ld->root, "mode", "", 1);
    if (mode) {
        sc->mode = !strcmp(mode, "practice") ? 1 : !strcmp(mode, "assessment") ? 2 : 0;
        free(mode);
        if (!sc->mode)
            ld_fail(ld, ld_field_line(ld, "mode", 1),
                    "'mode' must be \"practice\" or \"assessment\"");
    }
    int aty = ld_get(ld, ld->root, "avatar");
    if (aty == LUA_TFUNCTION)
        sc->avatar_fn = ld_ref_value(ld, -1);
    else if (aty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, "avatar", 1),
                "'avatar' must be a function(s) returning expression overrides, not %s",
                ld_type_word(L, -1));
    lua_pop(L, 1);
}

/* The recorded errors in file order (errors without a line first); insertion sort keeps
 * errors on one line in the order they were found. */
static void sort_errors(Host *h)
{
    for (int i = 1; i < h->nload_errors; i++) {
        LoadError e = h->load_errors[i];
        int j = i;
        for (; j > 0 && h->load_errors[j - 1].line > e.line; j--)
            h->load_errors[j] = h->load_errors[j - 1];
        h->load_errors[j] = e;
    }
}

/* The parts in order. The model and the state are what every later part reads: when either
 * fails, the later parts would only repeat its error, so they are skipped. */
static void build_parts(Ld *ld)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"id",    "title",    "setting",    "client", "state",
                                       "start", "walkout",  "turn_limit", "rules",  "nodes",
                                       "tests", "model",    "invariants", "bots",   "avatar",
                                       "mode",  "sessions", "unmatched",  NULL};
    ld_check_keys(ld, ld->root, keys, false, "", 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.functions");
    /* Node id -> index, sized for the nodes (and the walk-out) so that it never grows. */
    int nodes = 0;
    lua_pushliteral(L, "nodes");
    if (lua_rawget(L, ld->root) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2))
            nodes++, lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_createtable(L, 0, nodes + 1);
    ld->ids = lua_gettop(L);
    ld_part(ld, part_header, NULL);
    ld_part(ld, part_client, NULL);
    if (!ld->sc->client_name) ld->sc->client_name = ld_dup(ld, "The client");
    if (!ld_part(ld, part_model, NULL)) {
        ld->model = 0;
        return;
    }
    if (!ld_part(ld, part_state, NULL) || !ld_part(ld, part_nodes, NULL)) return;
    ld_free_choices(ld);
    if (ld_part(ld, part_rules, NULL)) ld_part(ld, part_sittings, NULL);
    /* The engine's walk-out was named in the file's table only for the rules: take it out,
     * so that later parts see that the file names none (bots: it is never required). */
    if (ld->sc->walkout >= 0 && ld->sc->nodes[ld->sc->walkout].line == 0) {
        lua_pushnil(L);
        lua_setfield(L, ld->root, "walkout");
    }
    ld_part(ld, part_tests, NULL);
    ld_part(ld, part_invariants, NULL);
    ld_part(ld, part_bots, NULL);
    ld_part(ld, part_extras, NULL);
}

/* The model functions that may declare what they use, by their names in lib/model.lua. */
static const char *const model_use_name[MODEL_USES] = {
    [MODEL_APPLY] = "apply", [MODEL_RESISTANCE] = "resistance", [MODEL_SETTLE] = "settle"};

/* What the model's apply, resistance and settle declare they use (lib/model.lua's `uses`):
 * their own views and calls (proxy.c), or their arguments and results, in h->use. 0 (nothing
 * declared is fine: the function gets the whole view), or -1 with h->err (empty when out of
 * memory). */
static int model_uses(Ld *ld)
{
    lua_State *L = ld->L;
    Host *h = ld->h;
    h->err[0] = '\0';
    if (lua_getfield(L, ld->model, "uses") != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    for (int i = 0; i < MODEL_USES; i++) {
        lua_getfield(L, -1, model_use_name[i]);
        int rc = state_model_use_push(h, &h->use[i], -1, model_use_name[i]);
        if (rc < 0) {
            if (rc == -1) h->err[0] = '\0';
            return -1; /* the caller raises the error, which empties the stack */
        }
        if (rc == 1) {
            h->use[i].ref_call = luaL_ref(L, LUA_REGISTRYINDEX);
            h->use[i].ref_view = luaL_ref(L, LUA_REGISTRYINDEX);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

/* The file's last line that has text after it: where its return statement ends. */
static int last_line(const char *src)
{
    int last = 1;
    for (const char *p = src; *p; p++)
        if (*p == '\n' && p[1]) last++;
    return last;
}

int loader_build(lua_State *L)
{
    Ld ld = {0};
    ld.L = L;
    ld.h = lua_touserdata(L, 1);
    ld.sc = &ld.h->sc;
    ld.path = lua_tostring(L, 2);
    ld.src = ld.h->source;
    ld.ix = ld.h->srcindex;
    ld.root = 3;
    Scenario *sc = ld.sc;
    memset(sc, 0, sizeof *sc);
    sc->walkout = sc->turn_limit_node = -1;
    sc->var_turn = sc->var_resistance = sc->var_deflecting = sc->var_questions = -1;
    sc->var_rapport = sc->var_discord = sc->var_sustain_next = -1;
    for (int b = 0; b < BOT_PERSONAS; b++)
        sc->bots[b].complained = -1;
    sc->hooks = &host_hooks;
    sc->hooks_ctx = ld.h;
    sc->path = ld_dup(&ld, ld.path);

    if (!lua_istable(L, 3))
        ld_fail(
            &ld, last_line(ld.src),
            "the file must return a scenario: end it with return scenario { ... } (it returned %s)",
            ld_type_word(L, 3));
    if (!api_is_scenario(L, 3))
        ld_fail(&ld, last_line(ld.src), "the file must return scenario { ... }, not a plain table");
    build_parts(&ld);
    if (ld.h->nload_errors) {
        sort_errors(ld.h);
        return 0; /* host_load reports them all */
    }

    /* The state proxy, now that the layout is known. */
    lua_pushcfunction(L, luaopen_rapport_state);
    lua_pushlightuserdata(L, ld.h);
    lua_call(L, 1, 1);
    ld.h->ref_proxy = luaL_ref(L, LUA_REGISTRYINDEX);
    int view = state_model_view_push(ld.h);
    if (view != 0) return luaL_error(L, "%s", view == -2 ? ld.h->err : "out of memory");
    ld.h->whole.ref_call = luaL_ref(L, LUA_REGISTRYINDEX);
    ld.h->whole.ref_view = luaL_ref(L, LUA_REGISTRYINDEX);
    if (ld.h->sc.has_model && model_uses(&ld) != 0)
        return luaL_error(L, "%s", ld.h->err[0] ? ld.h->err : "out of memory");
    if (ld.h->sc.has_model && memo_wanted()) { /* without them the model is only slower */
        Host *h = ld.h;
        h->whole.memo = memo_open(&h->sc.layout, h->whole.slots, h->whole.nslots, h->whole.slots,
                                  h->whole.nslots, 12, false);
        /* resistance's view writes nothing: its answer is the headline it derives, and, hashed,
         * a table twice as large for the same memory (its keys are the most varied of the
         * three). Resistance and settle are each asked one call: their tables may be dense. */
        for (int i = 0; i < MODEL_USES; i++) {
            ModelUse *u = &h->use[i];
            bool derived = i == MODEL_RESISTANCE;
            if (use_declared(u) && !(derived && h->sc.var_resistance < 0))
                u->memo = memo_open(&h->sc.layout, u->slots, u->nreads,
                                    derived ? &h->sc.var_resistance : u->slots,
                                    derived ? 1 : u->nslots, derived ? 15 : 14, i != MODEL_APPLY);
        }
    }
    return 0;
}
