/* loader: turns the table a client file returns into a Scenario, checking every field.
 * Runs as a protected Lua C function: a mistake raises "file:line: where: what" and the host
 * frees the half-built Scenario, whose arrays are always allocated zeroed before filling. */
#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

extern const ScriptHooks host_hooks;

typedef struct Ld {
    lua_State *L;
    Host *h;
    Scenario *sc;
    const char *path, *src;
    const SrcIndex *ix;
    int root;  /* stack index of the scenario table */
    int model; /* stack index of the model instance, 0 without a model */
    int ids;   /* stack index of a table from node id to node index (0-based) */
} Ld;

/* Raises the load error "path:line: message"; never returns (the analyser knows it). */
_Noreturn static void fail(Ld *ld, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (line > 0)
        lua_pushfstring(ld->L, "%s:%d: ", ld->path, line);
    else
        lua_pushfstring(ld->L, "%s: ", ld->path);
    lua_pushvfstring(ld->L, fmt, ap);
    va_end(ap);
    lua_concat(ld->L, 2);
    lua_error(ld->L);
    abort(); /* lua_error does not return */
}

/* A number as an author wrote it ("120", "2.5"), for messages; a small ring of buffers so
 * several can stand in one message. */
static const char *num(double x)
{
    static char ring[8][32];
    static int next;
    char *b = ring[next++ % 8];
    snprintf(b, 32, "%g", x);
    return b;
}

static void *zalloc(Ld *ld, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) fail(ld, 0, "out of memory");
    return p;
}

static char *dup(Ld *ld, const char *s)
{
    char *d = strdup(s);
    if (!d) fail(ld, 0, "out of memory");
    return d;
}

static const char *type_word(lua_State *L, int idx)
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
static int field_line(Ld *ld, const char *key, int from)
{
    int l = srcloc_key(ld->ix, key, from);
    return l ? l : from;
}

static int edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 30 || lb > 30) return 99;
    int d[31][31];
    for (int i = 0; i <= la; i++)
        d[i][0] = i;
    for (int j = 0; j <= lb; j++)
        d[0][j] = j;
    for (int i = 1; i <= la; i++)
        for (int j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
}

/* Every string key of the table at t must be one of `known` (integer keys allowed when
 * `list_ok`): a typo in a field name is reported, not silently ignored. */
static void check_keys(Ld *ld, int t, const char *const *known, bool list_ok, const char *where,
                       int line)
{
    lua_State *L = ld->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && list_ok) continue;
        if (lua_type(L, -1) != LUA_TSTRING)
            fail(ld, line, "%sunexpected %s key in the table", where, type_word(L, -1));
        const char *k = lua_tostring(L, -1);
        bool found = false;
        for (const char *const *n = known; *n && !found; n++)
            found = strcmp(*n, k) == 0;
        if (!found) {
            const char *best = NULL;
            int bestd = 3;
            for (const char *const *n = known; *n; n++) {
                int d = edit_distance(*n, k);
                if (d < bestd) bestd = d, best = *n;
            }
            int l = field_line(ld, k, line);
            if (best) fail(ld, l, "%sunknown field '%s' (did you mean '%s'?)", where, k, best);
            fail(ld, l, "%sunknown field '%s'", where, k);
        }
    }
}

/* Pushes t[key]; returns its type. */
static int get(Ld *ld, int t, const char *key)
{
    return lua_getfield(ld->L, t, key);
}

static char *opt_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    int ty = get(ld, t, key);
    char *out = NULL;
    if (ty == LUA_TSTRING)
        out = dup(ld, lua_tostring(ld->L, -1));
    else if (ty != LUA_TNIL)
        fail(ld, field_line(ld, key, line), "%s'%s' must be a string, not %s", where, key,
             type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    return out;
}

static char *req_string(Ld *ld, int t, const char *key, const char *where, int line)
{
    char *s = opt_string(ld, t, key, where, line);
    if (!s || !*s) {
        free(s); /* an empty string was copied: free it before failing */
        fail(ld, line > 1 ? line : 0, "%s'%s' is required (a string)", where, key);
    }
    return s;
}

static double opt_number(Ld *ld, int t, const char *key, double dflt, double lo, double hi,
                         const char *where, int line)
{
    int ty = get(ld, t, key);
    double v = dflt;
    if (ty == LUA_TNUMBER)
        v = lua_tonumber(ld->L, -1);
    else if (ty != LUA_TNIL)
        fail(ld, field_line(ld, key, line), "%s'%s' must be a number, not %s", where, key,
             type_word(ld->L, -1));
    lua_pop(ld->L, 1);
    if (!(v >= lo && v <= hi))
        fail(ld, field_line(ld, key, line), "%s'%s' must be between %s and %s, not %s", where, key,
             num(lo), num(hi), num(v));
    return v;
}

static int find_node(Ld *ld, const char *id, const char *where, const char *field, int line)
{
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n < 0) {
        const char *best = NULL;
        int bestd = 4;
        for (int i = 0; i < ld->sc->nnodes; i++) {
            int d = edit_distance(ld->sc->nodes[i].id, id);
            if (d < bestd) bestd = d, best = ld->sc->nodes[i].id;
        }
        if (best)
            fail(ld, line, "%s'%s' goes to node '%s', which does not exist (did you mean '%s'?)",
                 where, field, id, best);
        fail(ld, line, "%s'%s' goes to node '%s', which does not exist", where, field, id);
    }
    return n;
}

static int var_of(Ld *ld, const char *name, const char *where, int line)
{
    int v = layout_find(&ld->sc->layout, name);
    if (v < 0)
        fail(ld, line,
             "%s'%s' is not a state variable of this client (declare it in state = { ... })", where,
             name);
    return v;
}

/* A registry reference to the value at idx. Functions are also listed in the registry's
 * "rapport.functions" table, so that freezing can start from them. */
static int ref_value(Ld *ld, int idx)
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

/* A condition: a function, or a table of variable = "op number" / flag = boolean. */
static void build_cond(Ld *ld, int idx, Cond *c, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_isfunction(L, idx)) {
        c->fn = ref_value(ld, idx);
        return;
    }
    if (!lua_istable(L, idx))
        fail(ld, line, "%s'when' must be a table of conditions or a function, not %s", where,
             type_word(L, idx));
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx))
        n++, lua_pop(L, 1);
    c->terms = zalloc(ld, (size_t)n, sizeof *c->terms);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            fail(ld, line, "%sa condition names a state variable: { rapport = \">= 30\" }", where);
        const char *name = lua_tostring(L, -2);
        int l = field_line(ld, name, line);
        int v = var_of(ld, name, where, l);
        const VarDecl *d = &ld->sc->layout.vars[v];
        Compare *t = &c->terms[c->nterms];
        t->var = v;
        if (d->type == VAR_FLAG) {
            if (!lua_isboolean(L, -1))
                fail(ld, l, "%s'%s' is a flag: compare it with true or false, not %s", where, name,
                     type_word(L, -1));
            t->op = CMP_EQ;
            t->value = lua_toboolean(L, -1);
        } else if (lua_type(L, -1) == LUA_TNUMBER) {
            t->op = CMP_EQ;
            t->value = lua_tonumber(L, -1);
        } else if (lua_type(L, -1) != LUA_TSTRING ||
                   cmp_parse(lua_tostring(L, -1), &t->op, &t->value)) {
            fail(ld, l, "%s'%s = %s' is not a comparison: write it like \">= 30\" or \"< 50\"",
                 where, name, luaL_tolstring(L, -1, NULL));
        }
        c->nterms++;
        lua_pop(L, 1);
    }
}

/* talk = "change" | "sustain" | "ask" and kind = "desire" ... "taking_steps" in the table at
 * t (a node or one line's variant), over the defaults given. */
static void read_talk(Ld *ld, int t, unsigned char *talk, unsigned char *kind, const char *where,
                      int line)
{
    lua_State *L = ld->L;
    int ty = get(ld, t, "talk");
    int l = field_line(ld, "talk", line);
    if (ty != LUA_TNIL) {
        int v = ty == LUA_TSTRING ? talk_parse(lua_tostring(L, -1)) : -1;
        if (ty == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "neutral")) v = TALK_NONE;
        if (v < 0)
            fail(ld, l,
                 "%s'talk' must be \"change\", \"sustain\", \"ask\" or \"neutral\", not %s%s%s",
                 where, ty == LUA_TSTRING ? "\"" : type_word(L, -1),
                 ty == LUA_TSTRING ? lua_tostring(L, -1) : "", ty == LUA_TSTRING ? "\"" : "");
        *talk = (unsigned char)v;
        *kind = KIND_NONE;
    }
    lua_pop(L, 1);
    ty = get(ld, t, "kind");
    l = field_line(ld, "kind", line);
    if (ty != LUA_TNIL) {
        int v = ty == LUA_TSTRING ? talk_kind_parse(lua_tostring(L, -1)) : -1;
        if (v < 0)
            fail(ld, l,
                 "%s'kind' must be one of desire, ability, reason, need, commitment, activation, "
                 "taking_steps, not %s%s%s",
                 where, ty == LUA_TSTRING ? "\"" : type_word(L, -1),
                 ty == LUA_TSTRING ? lua_tostring(L, -1) : "", ty == LUA_TSTRING ? "\"" : "");
        if (*talk != TALK_CHANGE && *talk != TALK_SUSTAIN)
            fail(ld, l,
                 "%s'kind' (DARN-CAT) belongs to change or sustain talk: add talk = \"change\" or "
                 "\"sustain\"",
                 where);
        *kind = (unsigned char)v;
    }
    lua_pop(L, 1);
}

/* A variant with its own client talk: { "text", talk = "change", kind = "reason" }. */
static bool is_variant(lua_State *L, int idx)
{
    if (!lua_istable(L, idx)) return false;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        bool named = lua_type(L, -2) == LUA_TSTRING;
        lua_pop(L, 1);
        if (named) {
            lua_pop(L, 1);
            return true;
        }
    }
    return false;
}

static void add_line(Ld *ld, int idx, LineSet *ls, const Node *n, const char *where,
                     const char *key, int i, int line)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"talk", "kind", NULL};
    unsigned char talk = n->talk, kind = n->kind;
    /* Every check comes before the copy, so a failing one leaves nothing half-owned. */
    if (lua_type(L, idx) == LUA_TSTRING) {
        lua_pushvalue(L, idx);
    } else if (is_variant(L, idx)) {
        if (lua_rawgeti(L, idx, 1) != LUA_TSTRING || lua_rawlen(L, idx) != 1)
            fail(ld, line, "%s'%s' line %d must be { \"text\", talk = ... } with the text first",
                 where, key, i);
        int l = srcloc_text(ld->ix, lua_tostring(L, -1), line);
        if (!l) l = line;
        check_keys(ld, idx, keys, true, where, l);
        read_talk(ld, idx, &talk, &kind, where, l);
    } else {
        fail(ld, line, "%s'%s' line %d must be a string, not %s", where, key, i, type_word(L, idx));
    }
    ls->lines[ls->count] = dup(ld, lua_tostring(L, -1));
    lua_pop(L, 1);
    ls->talk[ls->count] = talk;
    ls->kind[ls->count] = kind;
    ls->count++;
}

static void build_lineset(Ld *ld, int idx, LineSet *ls, const Node *n, const char *where,
                          const char *key, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    bool one = lua_type(L, idx) == LUA_TSTRING || is_variant(L, idx);
    if (!one && !lua_istable(L, idx))
        fail(ld, line, "%s'%s' must be a line (a string) or a list of lines, not %s", where, key,
             type_word(L, idx));
    int n_lines = one ? 1 : (int)lua_rawlen(L, idx);
    if (n_lines == 0) fail(ld, line, "%s'%s' is an empty list of lines", where, key);
    ls->lines = zalloc(ld, (size_t)n_lines, sizeof(char *));
    ls->talk = zalloc(ld, (size_t)n_lines, 1);
    ls->kind = zalloc(ld, (size_t)n_lines, 1);
    if (one) {
        add_line(ld, idx, ls, n, where, key, 1, line);
        return;
    }
    for (int i = 1; i <= n_lines; i++) {
        lua_rawgeti(L, idx, i);
        add_line(ld, lua_gettop(L), ls, n, where, key, i, line);
        lua_pop(L, 1);
    }
}

static void build_say(Ld *ld, int node, Node *n, const char *where)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"open",    "guarded",   "resistant", "hostile",
                                       "deflect", "questions", NULL};
    int ty = get(ld, node, "say");
    int line = field_line(ld, "say", n->line);
    int at = lua_gettop(L);
    if (ty == LUA_TNIL) {
        if (!n->ending)
            fail(ld, n->line, "%s'say' is required: what does the client say here?", where);
        n->say.kind = SAY_LIST;
    } else if (ty == LUA_TFUNCTION) {
        n->say.kind = SAY_FUNCTION;
        n->say.fn = ref_value(ld, at);
    } else if (ty == LUA_TTABLE && lua_rawlen(L, at) == 0) {
        n->say.kind = SAY_KEYED;
        check_keys(ld, at, keys, false, where, line);
        int found = 0;
        for (int b = 0; b < BAND_COUNT; b++) {
            if (get(ld, at, keys[b]) != LUA_TNIL) {
                build_lineset(ld, -1, &n->say.band[b], n, where, keys[b],
                              field_line(ld, keys[b], line));
                found++;
            }
            lua_pop(L, 1);
        }
        if (!found)
            fail(ld, line,
                 "%s'say' needs a line for at least one band (open, guarded, resistant, hostile)",
                 where);
        if (!ld->model)
            fail(ld, line, "%slines by band need the client model (this client has model = false)",
                 where);
        if (get(ld, at, "deflect") != LUA_TNIL)
            build_lineset(ld, -1, &n->say.deflect, n, where, "deflect",
                          field_line(ld, "deflect", line));
        lua_pop(L, 1);
        if (get(ld, at, "questions") != LUA_TNIL)
            build_lineset(ld, -1, &n->say.questions, n, where, "questions",
                          field_line(ld, "questions", line));
        lua_pop(L, 1);
    } else {
        n->say.kind = SAY_LIST;
        build_lineset(ld, at, &n->say.plain, n, where, "say", line);
    }
    lua_settop(L, at - 1);
}

static void build_effect(Ld *ld, int idx, Effect *e, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_isfunction(L, idx)) {
        e->fn = ref_value(ld, idx);
        return;
    }
    if (!lua_istable(L, idx))
        fail(ld, line, "%s'effect' must be a table of changes or a function, not %s", where,
             type_word(L, idx));
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx))
        n++, lua_pop(L, 1);
    e->deltas = zalloc(ld, (size_t)n, sizeof *e->deltas);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            fail(ld, line, "%san effect names a state variable: { asked = true, trust = 1 }",
                 where);
        const char *name = lua_tostring(L, -2);
        int l = field_line(ld, name, line);
        int v = var_of(ld, name, where, l);
        const VarDecl *d = &ld->sc->layout.vars[v];
        if (d->flags & VAR_READONLY)
            fail(ld, l, "%s'%s' is read-only: the engine computes it", where, name);
        if (d->type == VAR_FLAG) {
            if (!lua_isboolean(L, -1))
                fail(ld, l, "%s'%s' is a flag: set it to true or false, not %s", where, name,
                     type_word(L, -1));
            e->deltas[e->ndeltas++] = (Delta){v, true, lua_toboolean(L, -1)};
        } else {
            if (lua_type(L, -1) != LUA_TNUMBER)
                fail(ld, l, "%s'%s' is a number: give the change as a number, not %s", where, name,
                     type_word(L, -1));
            /* The model applies its own variables' deltas through its rules. */
            if (!(ld->model && (d->flags & VAR_MODEL)))
                e->deltas[e->ndeltas++] = (Delta){v, false, lua_tonumber(L, -1)};
        }
        lua_pop(L, 1);
    }
}

static void build_routes(Ld *ld, int idx, Choice *c, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        c->routes = zalloc(ld, 1, sizeof *c->routes);
        c->routes[0].node = find_node(ld, lua_tostring(L, idx), where, "go", line);
        c->nroutes = 1;
        return;
    }
    if (!lua_istable(L, idx) || lua_rawlen(L, idx) == 0)
        fail(ld, line, "%s'go' must be a node id (a string) or a list of routes, not %s", where,
             type_word(L, idx));
    int n = (int)lua_rawlen(L, idx);
    c->routes = zalloc(ld, (size_t)n, sizeof *c->routes);
    static const char *const keys[] = {"when", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        int r = lua_gettop(L);
        if (!lua_istable(L, r) || lua_rawgeti(L, r, 1) != LUA_TSTRING)
            fail(ld, line, "%s'go' route %d must be { \"node\", when = ... }", where, i);
        check_keys(ld, r, keys, true, where, line);
        c->routes[i - 1].node = find_node(ld, lua_tostring(L, -1), where, "go", line);
        c->nroutes = i;
        if (get(ld, r, "when") != LUA_TNIL)
            build_cond(ld, -1, &c->routes[i - 1].when, where, line);
        else if (i < n)
            fail(ld, line, "%s'go' route %d has no 'when', so the routes after it never apply",
                 where, i);
        if (i == n && !cond_is_always(&c->routes[i - 1].when))
            fail(ld, line,
                 "%sthe last 'go' route needs no 'when', so the session always has somewhere to go",
                 where);
        lua_settop(L, r - 1);
    }
}

static int find_topic(Ld *ld, const char *name)
{
    for (int i = 0; i < ld->sc->ntopics; i++)
        if (strcmp(ld->sc->topics[i].name, name) == 0) return i;
    return -1;
}

/* topic = "father": the node's lines disclose a guarded topic of the client's. */
static void build_node_topic(Ld *ld, int t, Node *n, const char *where)
{
    lua_State *L = ld->L;
    n->topic = -1;
    int ty = get(ld, t, "topic");
    int l = field_line(ld, "topic", n->line);
    if (ty != LUA_TNIL) {
        if (ty != LUA_TSTRING)
            fail(ld, l, "%s'topic' must be the name of a guarded topic, not %s", where,
                 type_word(L, -1));
        n->topic = find_topic(ld, lua_tostring(L, -1));
        if (n->topic < 0)
            fail(ld, l,
                 "%stopic '%s' is not one of the client's topics (client = { topics = { %s = { "
                 "sensitivity = 50 } } })",
                 where, lua_tostring(L, -1), lua_tostring(L, -1));
        if (!ld->model)
            fail(ld, l, "%sguarded topics need the client model (this client has model = false)",
                 where);
    }
    lua_pop(L, 1);
}

/* codes = { "CR", "Q" }: one MITI code per utterance of the choice. */
static void build_codes(Ld *ld, int t, Choice *c, const char *where)
{
    lua_State *L = ld->L;
    c->codes[0] = (unsigned char)ld->sc->moves[c->move].miti;
    c->ncodes = 1;
    int ty = get(ld, t, "codes");
    int l = field_line(ld, "codes", c->line);
    if (ty != LUA_TNIL) {
        int n = ty == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
        if (n < 1 || n > CHOICE_MAX_CODES)
            fail(ld, l,
                 "%s'codes' must be a list of 1 to %d MITI codes, one per utterance: { \"CR\", "
                 "\"Q\" }",
                 where, CHOICE_MAX_CODES);
        for (int i = 1; i <= n; i++) {
            int m = lua_rawgeti(L, -1, i) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
            if (m < 0 || m == MITI_NONE)
                fail(ld, l,
                     "%s'codes' entry %d must be a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, "
                     "PWP, Persuade, Confront)",
                     where, i);
            c->codes[i - 1] = (unsigned char)m;
            lua_pop(L, 1);
        }
        c->ncodes = n;
    }
    lua_pop(L, 1);
    ty = get(ld, t, "permission");
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        fail(ld, field_line(ld, "permission", c->line),
             "%s'permission' must be true or false, not %s", where, type_word(L, -1));
    c->permission = lua_toboolean(L, -1);
    lua_pop(L, 1);
}

/* Node, choice and ending ids reach JSON, DOT, Mermaid and HTML: letters, digits, '_' and
 * '-' only (scripts/README.md, "Ids"), refused at load with the id as written. */
static bool valid_name(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_' || *s == '-'))
            return false;
    return true;
}

static void check_name(Ld *ld, int line, const char *what, const char *s)
{
    if (valid_name(s)) return;
    char shown[160];
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (; *p && n + 8 < sizeof shown; p++) {
        if (*p == '"' || *p == '\\')
            n += (size_t)snprintf(shown + n, sizeof shown - n, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            n += (size_t)snprintf(shown + n, sizeof shown - n, "\\x%02x", *p);
        else
            shown[n++] = (char)*p;
    }
    shown[n] = '\0';
    fail(ld, line, "%s \"%s%s\" must use letters, digits, '_' and '-'", what, shown,
         *p ? "..." : "");
}

static void build_choice(Ld *ld, int t, Node *n, int k, const char *nodewhere)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"move", "go",    "id",     "when",  "effect",     "feedback",
                                       "cue",  "topic", "repair", "codes", "permission", NULL};
    Choice *c = &n->choices[k];
    char where[256];
    snprintf(where, sizeof where, "%schoice %d: ", nodewhere, k + 1);
    if (!lua_istable(L, t))
        fail(ld, n->line,
             "%smust be a table { \"what the trainee says\", move = ..., go = ... }, not %s", where,
             type_word(L, t));
    if (lua_rawgeti(L, t, 1) != LUA_TSTRING || !*lua_tostring(L, -1))
        fail(ld, n->line, "%sthe first entry must be what the trainee says (a string)", where);
    c->text = dup(ld, lua_tostring(L, -1));
    lua_pop(L, 1);
    c->line = srcloc_text(ld->ix, c->text, n->line);
    if (!c->line) c->line = n->line;
    check_keys(ld, t, keys, true, where, c->line);
    if (lua_rawlen(L, t) > 1)
        fail(ld, c->line, "%sonly the first entry may be without a name", where);

    char *id = opt_string(ld, t, "id", where, c->line);
    if (id) {
        c->id = id; /* owned by the scenario before the check, which may fail */
        char what[300];
        snprintf(what, sizeof what, "%sid", where);
        check_name(ld, field_line(ld, "id", c->line), what, id);
    } else {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", k + 1);
        c->id = dup(ld, buf);
    }
    for (int j = 0; j < k; j++)
        if (strcmp(n->choices[j].id, c->id) == 0)
            fail(ld, field_line(ld, "id", c->line), "%sid '%s' is used twice in this node", where,
                 c->id);

    int ty = get(ld, t, "move");
    int ml = field_line(ld, "move", c->line);
    if (ty == LUA_TNIL) fail(ld, c->line, "%s'move' is required: which technique is this?", where);
    if (ty != LUA_TSTRING)
        fail(ld, ml, "%s'move' must be a move tag (a string), not %s", where, type_word(L, -1));
    c->move = scenario_find_move(ld->sc, lua_tostring(L, -1));
    if (c->move < 0) {
        const char *best = NULL;
        int bestd = 5;
        for (int i = 0; i < ld->sc->nmoves; i++) {
            int d = edit_distance(ld->sc->moves[i].name, lua_tostring(L, -1));
            if (d < bestd) bestd = d, best = ld->sc->moves[i].name;
        }
        if (best)
            fail(ld, ml, "%sunknown move '%s' (did you mean '%s'?)", where, lua_tostring(L, -1),
                 best);
        fail(ld, ml, "%sunknown move '%s': see the move tags in scripts/README.md", where,
             lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    build_codes(ld, t, c, where);

    if (get(ld, t, "go") == LUA_TNIL)
        fail(ld, c->line, "%s'go' is required: which node comes next?", where);
    build_routes(ld, -1, c, where, field_line(ld, "go", c->line));
    lua_pop(L, 1);
    if (get(ld, t, "when") != LUA_TNIL)
        build_cond(ld, -1, &c->when, where, field_line(ld, "when", c->line));
    lua_pop(L, 1);
    if (get(ld, t, "effect") != LUA_TNIL)
        build_effect(ld, -1, &c->effect, where, field_line(ld, "effect", c->line));
    lua_pop(L, 1);
    c->feedback = opt_string(ld, t, "feedback", where, c->line);
    c->cue = opt_string(ld, t, "cue", where, c->line);
    c->topic = opt_string(ld, t, "topic", where, c->line);
    if (c->topic && ld->model) {
        if (find_topic(ld, c->topic) < 0)
            fail(ld, field_line(ld, "topic", c->line),
                 "%stopic '%s' is not one of the client's topics (client = { topics = { %s = { "
                 "sensitivity = 50 } } })",
                 where, c->topic, c->topic);
    }
    ty = get(ld, t, "repair");
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        fail(ld, field_line(ld, "repair", c->line), "%s'repair' must be true or false, not %s",
             where, type_word(L, -1));
    c->repair = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (ld->model) c->ref = ref_value(ld, t); /* the model reads the choice's fields */
}

static Outcome parse_outcome(Ld *ld, const char *s, const char *where, int line)
{
    if (s && strcmp(s, "success") == 0) return OUTCOME_SUCCESS;
    if (s && strcmp(s, "partial") == 0) return OUTCOME_PARTIAL;
    if (s && strcmp(s, "fail") == 0) return OUTCOME_FAIL;
    fail(ld, line, "%s'outcome' must be \"success\", \"partial\" or \"fail\"%s%s%s", where,
         s ? ", not \"" : "", s ? s : "", s ? "\"" : "");
    return OUTCOME_NONE;
}

static void build_node(Ld *ld, int t, Node *n)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"say",     "cue",    "talk",    "kind",    "topic", "order",
                                       "choices", "ending", "outcome", "debrief", NULL};
    char where[160];
    snprintf(where, sizeof where, "node '%s': ", n->id);
    if (!lua_istable(L, t)) fail(ld, n->line, "%smust be a table, not %s", where, type_word(L, t));
    if (get(ld, t, "sustain") != LUA_TNIL)
        fail(ld, field_line(ld, "sustain", n->line),
             "%s'sustain' was replaced by client talk: write talk = \"sustain\" (on the node or on "
             "one line)",
             where);
    lua_pop(L, 1);
    check_keys(ld, t, keys, false, where, n->line);
    n->ending = opt_string(ld, t, "ending", where, n->line);
    if (n->ending) {
        char what[200];
        snprintf(what, sizeof what, "%sending", where);
        check_name(ld, field_line(ld, "ending", n->line), what, n->ending);
    }
    n->cue = opt_string(ld, t, "cue", where, n->line);
    read_talk(ld, t, &n->talk, &n->kind, where, n->line);
    build_node_topic(ld, t, n, where);
    int ty = get(ld, t, "order");
    if (ty != LUA_TNIL) {
        if (ty != LUA_TSTRING ||
            (strcmp(lua_tostring(L, -1), "fixed") && strcmp(lua_tostring(L, -1), "shuffled")))
            fail(ld, field_line(ld, "order", n->line),
                 "%s'order' must be \"fixed\" or \"shuffled\"", where);
        n->fixed_order = strcmp(lua_tostring(L, -1), "fixed") == 0;
    }
    lua_pop(L, 1);
    build_say(ld, t, n, where);
    if (n->topic >= 0 && !n->say.deflect.count)
        fail(ld, field_line(ld, "topic", n->line),
             "%sa node that discloses a guarded topic needs 'deflect' lines: what the client says "
             "instead",
             where);
    n->debrief = opt_string(ld, t, "debrief", where, n->line);
    /* The outcome string stays on the Lua stack (no C copy to leak if a check fails). */
    int oty = get(ld, t, "outcome");
    if (oty != LUA_TNIL && oty != LUA_TSTRING)
        fail(ld, field_line(ld, "outcome", n->line), "%s'outcome' must be a string, not %s", where,
             type_word(L, -1));
    const char *outcome = oty == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    ty = get(ld, t, "choices");
    int cl = field_line(ld, "choices", n->line);
    if (n->ending) {
        n->outcome = parse_outcome(ld, outcome, where,
                                   outcome ? field_line(ld, "outcome", n->line) : n->line);
        if (ty != LUA_TNIL) fail(ld, cl, "%san ending has no choices", where);
        lua_pop(L, 2);
    } else {
        if (outcome)
            fail(ld, field_line(ld, "outcome", n->line),
                 "%s'outcome' belongs to an ending: add ending = \"id\"", where);
        if (n->debrief)
            fail(ld, field_line(ld, "debrief", n->line),
                 "%s'debrief' belongs to an ending: add ending = \"id\"", where);
        if (ty == LUA_TNIL)
            fail(ld, n->line, "%sneeds 'choices' (or 'ending' if the session ends here)", where);
        if (ty != LUA_TTABLE)
            fail(ld, cl, "%s'choices' must be a list of choices, not %s", where, type_word(L, -1));
        int count = (int)lua_rawlen(L, -1);
        if (count == 0) fail(ld, cl, "%s'choices' is empty", where);
        if (count > SESSION_MAX_CHOICES)
            fail(ld, cl, "%shas %d choices; at most %d fit on screen", where, count,
                 SESSION_MAX_CHOICES);
        n->choices = zalloc(ld, (size_t)count, sizeof *n->choices);
        n->nchoices = count;
        int list = lua_gettop(L);
        for (int k = 0; k < count; k++) {
            lua_rawgeti(L, list, k + 1);
            build_choice(ld, lua_gettop(L), n, k, where);
            lua_settop(L, list);
        }
        lua_pop(L, 2);
    }
    if (ld->model) n->ref = ref_value(ld, t);
}

typedef struct KeyLine {
    const char *key;
    int line;
} KeyLine;

static int by_line(const void *a, const void *b)
{
    const KeyLine *x = a, *y = b;
    if (x->line != y->line) return x->line - y->line;
    return strcmp(x->key, y->key);
}

/* The string keys of the table at t, in the order they stand in the file. Strings stay
 * anchored by the table itself. */
static KeyLine *keys_in_order(Ld *ld, int t, int from, int *count, const char *where)
{
    lua_State *L = ld->L;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t))
        n++, lua_pop(L, 1);
    /* Scratch memory Lua owns: a failed check below cannot leak it. */
    KeyLine *kl = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *kl, 0);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.keys");
    *count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            fail(ld, from, "%skeys must be names, not %s", where, type_word(L, -1));
        const char *k = lua_tostring(L, -1);
        kl[*count] = (KeyLine){k, srcloc_key(ld->ix, k, from)};
        (*count)++;
    }
    qsort(kl, (size_t)*count, sizeof *kl, by_line);
    return kl;
}

static bool valid_id(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

static void build_model(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "model");
    int line = field_line(ld, "model", 1);
    bool use = !(ty == LUA_TBOOLEAN && !lua_toboolean(L, -1));
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN && ty != LUA_TTABLE)
        fail(ld, line, "'model' must be false or a table of changes, not %s", type_word(L, -1));
    int cfg = lua_gettop(L);
    static const char *const keys[] = {"moves", "params", NULL};
    if (ty == LUA_TTABLE) check_keys(ld, cfg, keys, false, "model: ", line);

    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.model");
    lua_getfield(L, -1, "new");
    lua_createtable(L, 0, 4);
    if (ty == LUA_TTABLE) {
        get(ld, cfg, "moves");
        lua_setfield(L, -2, "moves");
        get(ld, cfg, "params");
        lua_setfield(L, -2, "params");
    }
    get(ld, ld->root, "client");
    lua_setfield(L, -2, "client");
    get(ld, ld->root, "state");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    lua_setfield(L, -2, "state");
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) fail(ld, line, "model: %s", lua_tostring(L, -1));
    int inst = lua_gettop(L);
    ld->model = use ? inst : 0;
    sc->has_model = use;

    /* Moves: the vocabulary exists with or without the model (for MITI scoring). */
    get(ld, inst, "moves");
    int mv = lua_gettop(L), count;
    KeyLine *names = keys_in_order(ld, mv, 1, &count, "model moves: ");
    for (int i = 0; i < count; i++)
        names[i].line = 0; /* the vocabulary sorts by name */
    qsort(names, (size_t)count, sizeof *names, by_line);
    sc->moves = zalloc(ld, (size_t)count, sizeof *sc->moves);
    for (int i = 0; i < count; i++) {
        sc->moves[i].name = dup(ld, names[i].key);
        sc->nmoves = i + 1;
        get(ld, mv, names[i].key);
        lua_getfield(L, -1, "miti");
        int m = lua_type(L, -1) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
        if (m < 0) {
            fail(ld, line,
                 "model: move '%s' needs a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, PWP, "
                 "Persuade, Confront, none)",
                 sc->moves[i].name);
        }
        sc->moves[i].miti = (Miti)m;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);

    if (use) {
        static const char *const fns[] = {"start", "apply", "settle", "talk"};
        int *refs[] = {&ld->h->ref_start, &ld->h->ref_apply, &ld->h->ref_settle, &ld->h->ref_talk};
        for (int i = 0; i < 4; i++) {
            if (get(ld, inst, fns[i]) != LUA_TFUNCTION)
                fail(ld, line, "model: '%s' must be a function", fns[i]);
            *refs[i] = luaL_ref(L, LUA_REGISTRYINDEX);
        }
        get(ld, inst, "params");
        lua_getfield(L, -1, "topic_discord_limit");
        sc->disclose_discord = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 30;
        lua_pop(L, 2);
        get(ld, inst, "bands");
        for (int b = 0; b < BAND_COUNT - 1; b++) {
            lua_rawgeti(L, -1, b + 1);
            sc->band_limits[b] = lua_tonumber(L, -1);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        /* The model's variables come first in the layout. */
        get(ld, inst, "variables");
        int vars = lua_gettop(L);
        int nv = (int)lua_rawlen(L, vars);
        for (int i = 1; i <= nv; i++) {
            lua_rawgeti(L, vars, i);
            int e = lua_gettop(L);
            lua_rawgeti(L, e, 1);
            lua_rawgeti(L, e, 2);
            lua_rawgeti(L, e, 3);
            lua_rawgeti(L, e, 4);
            lua_rawgeti(L, e, 5);
            lua_getfield(L, e, "readonly");
            lua_getfield(L, e, "hidden");
            unsigned flags = VAR_MODEL | (lua_toboolean(L, -2) ? VAR_READONLY : 0) |
                             (lua_toboolean(L, -1) ? VAR_HIDDEN | VAR_READONLY : 0);
            bool flag = lua_isboolean(L, e + 2);
            if (layout_add(&sc->layout, lua_tostring(L, e + 1), flag ? VAR_FLAG : VAR_NUMBER,
                           flag ? lua_toboolean(L, e + 2) : lua_tonumber(L, e + 2),
                           lua_tonumber(L, e + 3), flag ? 1 : lua_tonumber(L, e + 4),
                           flag ? 0 : lua_tonumber(L, e + 5), flags) < 0)
                fail(ld, 0, "out of memory");
            lua_settop(L, e - 1);
        }
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
    }
}

static void build_state(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "state");
    int line = field_line(ld, "state", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
    } else {
        if (ty != LUA_TTABLE)
            fail(ld, line, "'state' must be a table of variables, not %s", type_word(L, -1));
        int t = lua_gettop(L), count;
        KeyLine *kl = keys_in_order(ld, t, line, &count, "state: ");
        for (int i = 0; i < count; i++) {
            const char *name = kl[i].key;
            int l = kl[i].line ? kl[i].line : line;
            char where[160];
            snprintf(where, sizeof where, "state '%s': ", name);
            get(ld, t, name);
            int v = layout_find(&sc->layout, name);
            int vt = lua_type(L, -1);
            if (!valid_id(name) || strchr(name, '-')) {
                fail(ld, l, "%sa variable name uses letters, digits and _", where);
            }
            if (v >= 0) { /* a model variable: set its start */
                VarDecl *d = &sc->layout.vars[v];
                if (d->flags & VAR_READONLY) {
                    fail(ld, l, "%sthe model computes '%s': it cannot be declared", where, name);
                }
                if (vt != LUA_TNUMBER) {
                    fail(ld, l, "%sa model variable starts at a number between %s and %s, not %s",
                         where, num(d->min), num(d->max), type_word(L, -1));
                }
                d->init = lua_tonumber(L, -1);
                if (d->init < d->min || d->init > d->max) {
                    fail(ld, l, "%sstarts at %s, outside its range %s to %s", where, num(d->init),
                         num(d->min), num(d->max));
                }
            } else if (vt == LUA_TBOOLEAN) {
                if (layout_add(&sc->layout, name, VAR_FLAG, lua_toboolean(L, -1), 0, 1, 0, 0) < 0)
                    fail(ld, 0, "out of memory");
            } else if (vt == LUA_TNUMBER) {
                double x = lua_tonumber(L, -1);
                if (x < 0 || x > 100) {
                    fail(ld, l,
                         "%sstarts at %s, outside the range 0 to 100 (give a range: { %s, min = "
                         "..., max = ... })",
                         where, num(x), num(x));
                }
                if (layout_add(&sc->layout, name, VAR_NUMBER, x, 0, 100, 1, 0) < 0)
                    fail(ld, 0, "out of memory");
            } else if (vt == LUA_TTABLE) {
                int d = lua_gettop(L);
                static const char *const keys[] = {"min", "max", "step", NULL};
                check_keys(ld, d, keys, true, where, l);
                if (lua_rawgeti(L, d, 1) != LUA_TNUMBER) {
                    fail(ld, l,
                         "%sthe first entry is the starting number: { 3, min = 0, max = 10 }",
                         where);
                }
                double x = lua_tonumber(L, -1);
                lua_pop(L, 1);
                double lo = opt_number(ld, d, "min", 0, -1e9, 1e9, where, l);
                double hi = opt_number(ld, d, "max", 100, -1e9, 1e9, where, l);
                double step = opt_number(ld, d, "step", 1, 0, 1e9, where, l);
                if (lo > hi || x < lo || x > hi) {
                    fail(ld, l, "%sstarts at %s, outside its range %s to %s", where, num(x),
                         num(lo), num(hi));
                }
                if (layout_add(&sc->layout, name, VAR_NUMBER, x, lo, hi, step, 0) < 0)
                    fail(ld, 0, "out of memory");
            } else {
                fail(ld, l,
                     "%smust be a number, a flag (true/false) or { start, min = , max = }, not %s",
                     where, type_word(L, -1));
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    sc->var_turn =
        layout_add(&sc->layout, "turn", VAR_NUMBER, 0, 0, SESSION_MAX_TURNS, 1, VAR_READONLY);
    if (sc->var_turn < 0) fail(ld, 0, "out of memory");
    sc->var_resistance = layout_find(&sc->layout, "resistance");
    sc->var_deflecting = layout_find(&sc->layout, "deflecting");
    sc->var_questions = layout_find(&sc->layout, "questions_complaint");
    sc->var_rapport = layout_find(&sc->layout, "rapport");
    sc->var_discord = layout_find(&sc->layout, "discord");
    sc->var_sustain_next = layout_find(&sc->layout, "sustain_next");
}

static void build_client(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    static const char *const keys[] = {"name", "role", "pronoun", "look", "traits", "topics", NULL};
    int ty = get(ld, ld->root, "client");
    int line = field_line(ld, "client", 1);
    if (ty != LUA_TTABLE)
        fail(ld, ty == LUA_TNIL ? 0 : line,
             "'client' is required: { name = \"Dana\", role = ... }%s%s",
             ty == LUA_TNIL ? "" : ", not ", ty == LUA_TNIL ? "" : type_word(L, -1));
    int c = lua_gettop(L);
    check_keys(ld, c, keys, false, "client: ", line);
    sc->client_name = req_string(ld, c, "name", "client: ", line);
    sc->client_role = opt_string(ld, c, "role", "client: ", line);
    sc->pronoun = opt_string(ld, c, "pronoun", "client: ", line);
    if (!sc->pronoun) sc->pronoun = dup(ld, "they");
    if (strcmp(sc->pronoun, "she") && strcmp(sc->pronoun, "he") && strcmp(sc->pronoun, "they"))
        fail(ld, field_line(ld, "pronoun", line),
             "client: 'pronoun' must be \"she\", \"he\" or \"they\"");
    ty = get(ld, c, "look");
    if (ty == LUA_TTABLE) {
        int lk = lua_gettop(L);
        static const char *const lkeys[] = {"skin", "hair", "top", NULL};
        check_keys(ld, lk, lkeys, false, "client look: ", line);
        char **slots[] = {&sc->look.skin, &sc->look.hair, &sc->look.top};
        for (int i = 0; i < 3; i++) {
            char *col = opt_string(ld, lk, lkeys[i], "client look: ", line);
            *slots[i] = col;
            if (col) {
                bool ok = col[0] == '#' && strlen(col) == 7;
                for (int j = 1; ok && j < 7; j++)
                    ok = isxdigit((unsigned char)col[j]);
                if (!ok)
                    fail(ld, field_line(ld, lkeys[i], line),
                         "client look: '%s' must be a colour like \"#8d5524\", not \"%s\"",
                         lkeys[i], col);
            }
        }
    } else if (ty != LUA_TNIL) {
        fail(ld, field_line(ld, "look", line), "client: 'look' must be a table of colours, not %s",
             type_word(L, -1));
    }
    lua_pop(L, 1);
    ty = get(ld, c, "traits");
    if (ty == LUA_TTABLE) {
        int tr = lua_gettop(L);
        static const char *const tkeys[] = {"receptivity", "reactance_trait", "volatility", NULL};
        check_keys(ld, tr, tkeys, false, "client traits: ", line);
        sc->receptivity = opt_number(ld, tr, "receptivity", 3, 1, 5, "client traits: ", line);
        sc->reactance_trait =
            opt_number(ld, tr, "reactance_trait", 0.5, 0, 1, "client traits: ", line);
        sc->volatility = opt_number(ld, tr, "volatility", 0, 0, 1, "client traits: ", line);
    } else if (ty == LUA_TNIL) {
        sc->receptivity = 3;
        sc->reactance_trait = 0.5;
    } else {
        fail(ld, field_line(ld, "traits", line), "client: 'traits' must be a table, not %s",
             type_word(L, -1));
    }
    lua_pop(L, 1);
    ty = get(ld, c, "topics");
    if (ty == LUA_TTABLE) {
        int tp = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tp)) {
            const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            int l = field_line(ld, name, line);
            if (lua_type(L, -2) != LUA_TSTRING || !lua_istable(L, -1))
                fail(ld, l, "client topics: each topic is name = { sensitivity = 0..100 }");
            static const char *const pkeys[] = {"sensitivity", NULL};
            check_keys(ld, lua_gettop(L), pkeys, false, "client topics: ", l);
            double sens =
                opt_number(ld, lua_gettop(L), "sensitivity", 50, 0, 100, "client topics: ", l);
            Topic *grown = realloc(sc->topics, (size_t)(sc->ntopics + 1) * sizeof *grown);
            if (!grown) fail(ld, 0, "out of memory");
            sc->topics = grown;
            sc->topics[sc->ntopics].name = NULL;
            sc->topics[sc->ntopics].sensitivity = sens;
            sc->ntopics++;
            sc->topics[sc->ntopics - 1].name = dup(ld, name);
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        fail(ld, field_line(ld, "topics", line), "client: 'topics' must be a table, not %s",
             type_word(L, -1));
    }
    lua_settop(L, c - 1);
}

static void build_nodes(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "nodes");
    int line = field_line(ld, "nodes", 1);
    if (ty != LUA_TTABLE)
        fail(ld, ty == LUA_TNIL ? 0 : line, "'nodes' is required: a table of nodes by id%s%s",
             ty == LUA_TNIL ? "" : ", not ", ty == LUA_TNIL ? "" : type_word(L, -1));
    int t = lua_gettop(L), count;
    KeyLine *kl = keys_in_order(ld, t, line, &count, "nodes: ");
    if (count == 0) {
        fail(ld, line, "'nodes' is empty");
    }
    /* Unlocated nodes (line 0) sort first; put them last instead, keeping file order. */
    int first = 0;
    while (first < count && kl[first].line == 0)
        first++;
    sc->nodes = calloc((size_t)count, sizeof *sc->nodes);
    if (!sc->nodes) {
        fail(ld, 0, "out of memory");
    }
    sc->nnodes = count;
    for (int i = 0; i < count; i++) {
        KeyLine *k = &kl[(first + i) % count];
        check_name(ld, k->line ? k->line : line, "node id", k->key);
        sc->nodes[i].id = strdup(k->key);
        sc->nodes[i].line = k->line ? k->line : line;
        if (!sc->nodes[i].id) {
            fail(ld, 0, "out of memory");
        }
        lua_pushinteger(L, i);
        lua_setfield(L, ld->ids, k->key);
    }
    for (int i = 0; i < count; i++) {
        get(ld, t, sc->nodes[i].id);
        build_node(ld, lua_gettop(L), &sc->nodes[i]);
        lua_settop(L, t);
    }
    lua_newtable(L); /* ending id -> node index: each ending id once */
    for (int i = 0; i < count; i++) {
        if (!sc->nodes[i].ending) continue;
        if (lua_getfield(L, -1, sc->nodes[i].ending) == LUA_TNUMBER)
            fail(ld, field_line(ld, "ending", sc->nodes[i].line),
                 "node '%s': ending '%s' is already the ending of node '%s'", sc->nodes[i].id,
                 sc->nodes[i].ending, sc->nodes[lua_tointeger(L, -1)].id);
        lua_pop(L, 1);
        lua_pushinteger(L, i);
        lua_setfield(L, -2, sc->nodes[i].ending);
    }
    lua_pop(L, 1);
    lua_pop(L, 1);
}

static int node_field(Ld *ld, const char *key, bool required, bool ending_ok)
{
    char *id = opt_string(ld, ld->root, key, "", 1);
    int line = field_line(ld, key, 1);
    if (!id) {
        if (required) fail(ld, 0, "'%s' is required: the id of a node", key);
        return -1;
    }
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n < 0) {
        lua_pushstring(ld->L, id);
        free(id);
        fail(ld, line, "'%s' names node '%s', which does not exist", key, lua_tostring(ld->L, -1));
    }
    free(id);
    if (!ending_ok && ld->sc->nodes[n].ending)
        fail(ld, line, "'%s' must be a node with choices, not an ending", key);
    if (ending_ok && !ld->sc->nodes[n].ending) fail(ld, line, "'%s' must name an ending node", key);
    return n;
}

static void build_rules(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    sc->start = node_field(ld, "start", true, false);
    sc->walkout = node_field(ld, "walkout", false, true);
    if (sc->has_model && sc->walkout < 0)
        fail(ld, 0,
             "'walkout' is required: the ending the client walks out to (discord 85+ for two "
             "turns, or credibility 15 or less)");
    if (!sc->has_model && sc->walkout >= 0)
        fail(ld, field_line(ld, "walkout", 1),
             "'walkout' needs the client model (this client has model = false)");

    int ty = get(ld, ld->root, "turn_limit");
    int line = field_line(ld, "turn_limit", 1);
    if (ty == LUA_TTABLE) {
        int t = lua_gettop(L);
        static const char *const keys[] = {"go", NULL};
        check_keys(ld, t, keys, true, "turn_limit: ", line);
        lua_rawgeti(L, t, 1);
        int isnum;
        lua_Integer n = lua_tointegerx(L, -1, &isnum);
        if (!isnum || n < 1 || n > SESSION_MAX_TURNS)
            fail(ld, line, "turn_limit: the first entry is the number of turns (1 to %d)",
                 SESSION_MAX_TURNS);
        sc->turn_limit = (int)n;
        lua_pop(L, 1);
        if (get(ld, t, "go") != LUA_TSTRING)
            fail(ld, line, "turn_limit: 'go' names the node to end at");
        sc->turn_limit_node = find_node(ld, lua_tostring(L, -1), "turn_limit: ", "go", line);
        lua_pop(L, 1);
    } else if (ty != LUA_TNIL) {
        fail(ld, line, "'turn_limit' must be { 30, go = \"node\" }, not %s", type_word(L, -1));
    } else {
        sc->turn_limit_node = -1;
    }
    lua_pop(L, 1);

    ty = get(ld, ld->root, "rules");
    line = field_line(ld, "rules", 1);
    if (ty == LUA_TTABLE) {
        int t = lua_gettop(L);
        int n = (int)lua_rawlen(L, t);
        sc->rules = zalloc(ld, (size_t)n, sizeof *sc->rules);
        for (int i = 1; i <= n; i++) {
            lua_rawgeti(L, t, i);
            int r = lua_gettop(L);
            char where[64];
            snprintf(where, sizeof where, "rule %d: ", i);
            static const char *const keys[] = {"when", "go", NULL};
            if (!lua_istable(L, r))
                fail(ld, line, "%smust be { when = ..., go = \"node\" }", where);
            check_keys(ld, r, keys, false, where, line);
            if (get(ld, r, "when") == LUA_TNIL) fail(ld, line, "%s'when' is required", where);
            sc->nrules = i; /* counted before it is filled, so a failure frees what it holds */
            build_cond(ld, -1, &sc->rules[i - 1].when, where, line);
            if (get(ld, r, "go") != LUA_TSTRING)
                fail(ld, line, "%s'go' names the node to go to", where);
            sc->rules[i - 1].node = find_node(ld, lua_tostring(L, -1), where, "go", line);
            lua_settop(L, t);
        }
    } else if (ty != LUA_TNIL) {
        fail(ld, line, "'rules' must be a list of { when = ..., go = ... }, not %s",
             type_word(L, -1));
    }
    lua_pop(L, 1);
}

/* Expectations: ending, outcome, node, turns, state variables. `skip` names one extra key
 * the caller handles itself (or NULL). */
static void build_expects(Ld *ld, int t, Expect **out, int *count, const char *skip,
                          const char *where, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t))
        n++, lua_pop(L, 1);
    *out = zalloc(ld, (size_t)n, sizeof **out);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING) fail(ld, line, "%s'expect' keys are names", where);
        const char *key = lua_tostring(L, -2);
        if (skip && !strcmp(key, skip)) {
            lua_pop(L, 1);
            continue;
        }
        Expect *e = &(*out)[(*count)++];
        e->key = dup(ld, key);
        e->var = -1;
        int l = field_line(ld, key, line);
        if (!strcmp(key, "ending") || !strcmp(key, "outcome") || !strcmp(key, "node")) {
            if (lua_type(L, -1) != LUA_TSTRING)
                fail(ld, l, "%sexpect '%s' must be a string", where, key);
            const char *v = lua_tostring(L, -1);
            e->text = dup(ld, v);
            if (!strcmp(key, "ending")) {
                e->kind = EXPECT_ENDING;
                bool found = false;
                for (int i = 0; i < sc->nnodes; i++)
                    if (sc->nodes[i].ending && !strcmp(sc->nodes[i].ending, v)) found = true;
                if (!found) fail(ld, l, "%sexpects ending '%s', which no node has", where, v);
            } else if (!strcmp(key, "outcome")) {
                e->kind = EXPECT_OUTCOME;
                parse_outcome(ld, v, where, l);
            } else {
                e->kind = EXPECT_NODE;
                find_node(ld, v, where, "node", l);
            }
        } else {
            e->kind = !strcmp(key, "turns") ? EXPECT_TURNS : EXPECT_VAR;
            const VarDecl *d = NULL;
            if (e->kind == EXPECT_VAR) {
                e->var = var_of(ld, key, where, l);
                d = &sc->layout.vars[e->var];
            }
            if (d && d->type == VAR_FLAG) {
                if (!lua_isboolean(L, -1))
                    fail(ld, l, "%s'%s' is a flag: expect true or false", where, key);
                e->op = CMP_EQ;
                e->value = lua_toboolean(L, -1);
            } else if (lua_type(L, -1) == LUA_TNUMBER) {
                e->op = CMP_EQ;
                e->value = lua_tonumber(L, -1);
            } else if (lua_type(L, -1) != LUA_TSTRING ||
                       cmp_parse(lua_tostring(L, -1), &e->op, &e->value)) {
                fail(ld, l, "%sexpect '%s' must be a number or a comparison like \"< 30\"", where,
                     key);
            }
        }
        lua_pop(L, 1);
    }
}

/* Expectations in a stable order (Lua's table order varies from run to run): what the
 * session reached first, then variables by name. */
static int by_expect(const void *a, const void *b)
{
    const Expect *x = a, *y = b;
    if (x->kind != y->kind) return (int)x->kind - (int)y->kind;
    return strcmp(x->key, y->key);
}

static void build_tests(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "tests");
    int line = field_line(ld, "tests", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        fail(ld, line, "'tests' must be a list of test plans, not %s", type_word(L, -1));
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    sc->tests = zalloc(ld, (size_t)n, sizeof *sc->tests);
    static const char *const keys[] = {"name", "choices", "seed", "expect", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int p = lua_gettop(L);
        TestPlan *tp = &sc->tests[i - 1];
        sc->ntests = i;
        char where[96];
        snprintf(where, sizeof where, "test %d: ", i);
        if (!lua_istable(L, p))
            fail(ld, line, "%smust be a table { name = ..., choices = ..., expect = ... }", where);
        tp->name = opt_string(ld, p, "name", where, line);
        int pl = tp->name ? srcloc_text(ld->ix, tp->name, line) : 0;
        tp->line = pl ? pl : line;
        check_keys(ld, p, keys, false, where, tp->line);
        if (!tp->name) fail(ld, tp->line, "%s'name' is required", where);
        snprintf(where, sizeof where, "test '%.60s': ", tp->name);
        tp->seed = (unsigned long long)opt_number(ld, p, "seed", 1, 0, 9007199254740991.0, where,
                                                  tp->line);
        if (get(ld, p, "choices") != LUA_TTABLE)
            fail(ld, tp->line, "%s'choices' must be a list of choice numbers or ids", where);
        int cl = lua_gettop(L);
        int ns = (int)lua_rawlen(L, cl);
        tp->steps = zalloc(ld, (size_t)ns, sizeof *tp->steps);
        for (int k = 1; k <= ns; k++) {
            lua_rawgeti(L, cl, k);
            int isint;
            lua_Integer num = lua_tointegerx(L, -1, &isint);
            if (lua_type(L, -1) == LUA_TNUMBER && isint && num >= 1 && num <= SESSION_MAX_CHOICES)
                tp->steps[k - 1].number = (int)num;
            else if (lua_type(L, -1) == LUA_TSTRING)
                tp->steps[k - 1].id = dup(ld, lua_tostring(L, -1));
            else
                fail(ld, tp->line, "%sstep %d must be a choice number (1 to %d) or a choice id",
                     where, k, SESSION_MAX_CHOICES);
            tp->nsteps = k;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (get(ld, p, "expect") != LUA_TTABLE)
            fail(ld, tp->line, "%s'expect' must be a table", where);
        build_expects(ld, lua_gettop(L), &tp->expects, &tp->nexpects, NULL, where, tp->line);
        qsort(tp->expects, (size_t)tp->nexpects, sizeof *tp->expects, by_expect);
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

static void build_invariants(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "invariants");
    int line = field_line(ld, "invariants", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        fail(ld, line, "'invariants' must be a list of { \"name\", holds = ... }, not %s",
             type_word(L, -1));
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    sc->invariants = zalloc(ld, (size_t)n, sizeof *sc->invariants);
    static const char *const keys[] = {"at", "holds", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int v = lua_gettop(L);
        Invariant *inv = &sc->invariants[i - 1];
        sc->ninvariants = i;
        inv->ending = -1;
        char where[96];
        snprintf(where, sizeof where, "invariant %d: ", i);
        if (!lua_istable(L, v) || lua_rawgeti(L, v, 1) != LUA_TSTRING)
            fail(ld, line,
                 "%smust be { \"what must hold\", holds = condition, at = \"ending\" (optional) }",
                 where);
        inv->name = dup(ld, lua_tostring(L, -1));
        lua_pop(L, 1);
        int l = srcloc_text(ld->ix, inv->name, line);
        inv->line = l ? l : line;
        check_keys(ld, v, keys, true, where, inv->line);
        char *at = opt_string(ld, v, "at", where, inv->line);
        if (at) {
            inv->ending = -1;
            for (int k = 0; k < sc->nnodes; k++)
                if (sc->nodes[k].ending && !strcmp(sc->nodes[k].ending, at)) inv->ending = k;
            if (inv->ending < 0) {
                lua_pushstring(L, at);
                free(at);
                fail(ld, field_line(ld, "at", inv->line),
                     "%s'at' names ending '%s', which no node has", where, lua_tostring(L, -1));
            }
            free(at);
        }
        if (get(ld, v, "holds") == LUA_TNIL)
            fail(ld, inv->line, "%s'holds' is required: the condition that must hold", where);
        build_cond(ld, -1, &inv->holds, where, field_line(ld, "holds", inv->line));
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

static void build_bots(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = get(ld, ld->root, "bots");
    int line = field_line(ld, "bots", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        fail(ld, line, "'bots' must be a table like { mi = { outcome = \"success\" } }, not %s",
             type_word(L, -1));
    int t = lua_gettop(L);
    static const char *const keys[] = {"mi", "righting", "questions", "random", NULL};
    check_keys(ld, t, keys, false, "bots: ", line);
    for (int b = 0; b < BOT_PERSONAS; b++) {
        BotGoal *g = &sc->bots[b];
        g->complained = -1;
        if (get(ld, t, keys[b]) == LUA_TNIL) {
            lua_pop(L, 1);
            continue;
        }
        char where[64];
        snprintf(where, sizeof where, "bots.%s: ", keys[b]);
        g->line = field_line(ld, keys[b], line);
        if (!lua_istable(L, -1)) fail(ld, g->line, "%smust be a table of expectations", where);
        g->set = true;
        int e = lua_gettop(L);
        build_expects(ld, e, &g->expects, &g->nexpects, "complained", where, g->line);
        qsort(g->expects, (size_t)g->nexpects, sizeof *g->expects, by_expect);
        int cty = get(ld, e, "complained");
        if (cty == LUA_TBOOLEAN)
            g->complained = lua_toboolean(L, -1);
        else if (cty != LUA_TNIL)
            fail(ld, g->line, "%s'complained' must be true or false", where);
        lua_settop(L, t);
    }
    lua_pop(L, 1);
}

/* Arguments: the Host, the file's path, the table the file returned. */
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
    sc->path = dup(&ld, ld.path);

    int last = 1;
    for (const char *p = ld.src; *p; p++)
        if (*p == '\n' && p[1]) last++;
    if (!lua_istable(L, 3))
        fail(
            &ld, last,
            "the file must return a scenario: end it with return scenario { ... } (it returned %s)",
            type_word(L, 3));
    if (!api_is_scenario(L, 3))
        fail(&ld, last, "the file must return scenario { ... }, not a plain table");
    static const char *const keys[] = {"id",    "title",   "setting",    "client", "state",
                                       "start", "walkout", "turn_limit", "rules",  "nodes",
                                       "tests", "model",   "invariants", "bots",   "avatar",
                                       "mode",  NULL};
    check_keys(&ld, 3, keys, false, "", 1);
    sc->id = req_string(&ld, 3, "id", "", 1);
    if (!valid_id(sc->id))
        fail(&ld, field_line(&ld, "id", 1),
             "'id' must use lower-case letters, digits and '-' (like \"dana-results\"), not \"%s\"",
             sc->id);
    sc->title = req_string(&ld, 3, "title", "", 1);
    sc->setting = req_string(&ld, 3, "setting", "", 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.functions");
    lua_newtable(L);
    ld.ids = lua_gettop(L);
    build_client(&ld);
    build_model(&ld);
    build_state(&ld);
    build_nodes(&ld);
    build_rules(&ld);
    build_tests(&ld);
    build_invariants(&ld);
    build_bots(&ld);
    char *mode = opt_string(&ld, 3, "mode", "", 1);
    if (mode) {
        sc->mode = !strcmp(mode, "practice") ? 1 : !strcmp(mode, "assessment") ? 2 : 0;
        free(mode);
        if (!sc->mode)
            fail(&ld, field_line(&ld, "mode", 1), "'mode' must be \"practice\" or \"assessment\"");
    }
    int aty = get(&ld, 3, "avatar");
    if (aty == LUA_TFUNCTION)
        sc->avatar_fn = ref_value(&ld, -1);
    else if (aty != LUA_TNIL)
        fail(&ld, field_line(&ld, "avatar", 1),
             "'avatar' must be a function(s) returning expression overrides, not %s",
             type_word(L, -1));
    lua_pop(L, 1);

    /* The state proxy, now that the layout is known. */
    lua_pushcfunction(L, luaopen_rapport_state);
    lua_pushlightuserdata(L, ld.h);
    lua_call(L, 1, 1);
    ld.h->ref_proxy = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}
