/* load node: the dialogue graph: conditions, lines and their variants, effects, routes,
 * choices with their tags, nodes and the rules that redirect between them. */
#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

#include "../core/arena.h"

void ld_build_cond(Ld *ld, int idx, Cond *c, const char *where, int line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_isfunction(L, idx)) {
        c->fn = ld_ref_value(ld, idx);
        return;
    }
    if (!lua_istable(L, idx))
        ld_fail(ld, line, "%s'when' must be a table of conditions or a function, not %s", where,
                ld_type_word(L, idx));
    int n = ld_visits_count(ld, idx);
    lua_pushnil(L);
    while (lua_next(L, idx))
        n++, lua_pop(L, 1);
    c->terms = ld_zalloc(ld, (size_t)n, sizeof *c->terms);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            ld_fail(ld, line, "%sa condition names a state variable: { rapport = \">= 30\" }",
                    where);
        const char *name = lua_tostring(L, -2);
        if (!strcmp(name, "visits") && lua_istable(L, -1) &&
            layout_find(&ld->sc->layout, "visits") < 0) {
            ld_visits_terms(ld, -1, c, where, ld_field_line(ld, "visits", line));
            lua_pop(L, 1);
            continue;
        }
        /* The term's own line is looked up only for a message. */
        int v = layout_find(&ld->sc->layout, name);
        if (v < 0) v = ld_var_of(ld, name, where, ld_field_line(ld, name, line));
        const VarDecl *d = &ld->sc->layout.vars[v];
        Compare *t = &c->terms[c->nterms];
        t->var = v;
        if (d->type == VAR_FLAG) {
            if (!lua_isboolean(L, -1))
                ld_fail(ld, ld_field_line(ld, name, line),
                        "%s'%s' is a flag: compare it with true or false, not %s", where, name,
                        ld_type_word(L, -1));
            t->op = CMP_EQ;
            t->value = lua_toboolean(L, -1);
        } else if (lua_type(L, -1) == LUA_TNUMBER) {
            t->op = CMP_EQ;
            t->value = lua_tonumber(L, -1);
        } else if (lua_type(L, -1) != LUA_TSTRING ||
                   cmp_parse(lua_tostring(L, -1), &t->op, &t->value)) {
            ld_fail(ld, ld_field_line(ld, name, line),
                    "%s'%s = %s' is not a comparison: write it like \">= 30\" or \"< 50\"", where,
                    name, luaL_tolstring(L, -1, NULL));
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
    int ty = ld_get(ld, t, "talk");
    if (ty != LUA_TNIL) {
        int l = ld_field_line(ld, "talk", line);
        int v = ty == LUA_TSTRING ? talk_parse(lua_tostring(L, -1)) : -1;
        if (ty == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "neutral")) v = TALK_NONE;
        if (v < 0)
            ld_fail(ld, l,
                    "%s'talk' must be \"change\", \"sustain\", \"ask\" or \"neutral\", not %s%s%s",
                    where, ty == LUA_TSTRING ? "\"" : ld_type_word(L, -1),
                    ty == LUA_TSTRING ? lua_tostring(L, -1) : "", ty == LUA_TSTRING ? "\"" : "");
        *talk = (unsigned char)v;
        *kind = KIND_NONE;
    }
    lua_pop(L, 1);
    ty = ld_get(ld, t, "kind");
    if (ty != LUA_TNIL) {
        int l = ld_field_line(ld, "kind", line);
        int v = ty == LUA_TSTRING ? talk_kind_parse(lua_tostring(L, -1)) : -1;
        if (v < 0)
            ld_fail(
                ld, l,
                "%s'kind' must be one of desire, ability, reason, need, commitment, activation, "
                "taking_steps, not %s%s%s",
                where, ty == LUA_TSTRING ? "\"" : ld_type_word(L, -1),
                ty == LUA_TSTRING ? lua_tostring(L, -1) : "", ty == LUA_TSTRING ? "\"" : "");
        if (*talk != TALK_CHANGE && *talk != TALK_SUSTAIN)
            ld_fail(
                ld, l,
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

void ld_add_line(Ld *ld, int idx, LineSet *ls, const Node *n, const char *where, const char *key,
                 int i, int line)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"talk", "kind", NULL};
    unsigned char talk = n->talk, kind = n->kind;
    /* Every check comes before the copy, so a failing one leaves nothing half-owned. */
    if (lua_type(L, idx) == LUA_TSTRING) {
        lua_pushvalue(L, idx);
    } else if (is_variant(L, idx)) {
        if (lua_rawgeti(L, idx, 1) != LUA_TSTRING || lua_rawlen(L, idx) != 1)
            ld_fail(ld, line, "%s'%s' line %d must be { \"text\", talk = ... } with the text first",
                    where, key, i);
        int l = srcloc_text(ld->ix, lua_tostring(L, -1), line);
        if (!l) l = line;
        ld_check_keys(ld, idx, keys, true, where, l);
        read_talk(ld, idx, &talk, &kind, where, l);
    } else {
        ld_fail(ld, line, "%s'%s' line %d must be a string, not %s", where, key, i,
                ld_type_word(L, idx));
    }
    ls->lines[ls->count] = ld_dup(ld, lua_tostring(L, -1));
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
        ld_fail(ld, line, "%s'%s' must be a line (a string) or a list of lines, not %s", where, key,
                ld_type_word(L, idx));
    int n_lines = one ? 1 : (int)lua_rawlen(L, idx);
    if (n_lines == 0) ld_fail(ld, line, "%s'%s' is an empty list of lines", where, key);
    ls->lines = ld_zalloc(ld, (size_t)n_lines, sizeof(char *));
    ls->talk = ld_zalloc(ld, (size_t)n_lines, 1);
    ls->kind = ld_zalloc(ld, (size_t)n_lines, 1);
    if (one) {
        ld_add_line(ld, idx, ls, n, where, key, 1, line);
        return;
    }
    for (int i = 1; i <= n_lines; i++) {
        lua_rawgeti(L, idx, i);
        ld_add_line(ld, lua_gettop(L), ls, n, where, key, i, line);
        lua_pop(L, 1);
    }
}

/* Lines by band, deflect and questions: the string keys of the say table at `at` (list
 * entries allowed when they were conditional lines). */
static void say_keyed(Ld *ld, int at, Node *n, const char *where, int line, bool list_ok)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"open",    "guarded",   "resistant", "hostile",
                                       "deflect", "questions", NULL};
    n->say.kind = SAY_KEYED;
    ld_check_keys(ld, at, keys, list_ok, where, line);
    int found = 0;
    for (int b = 0; b < BAND_COUNT; b++) {
        if (ld_get(ld, at, keys[b]) != LUA_TNIL) {
            build_lineset(ld, -1, &n->say.band[b], n, where, keys[b],
                          ld_field_line(ld, keys[b], line));
            found++;
        }
        lua_pop(L, 1);
    }
    if (!found)
        ld_fail(ld, line,
                "%s'say' needs a line for at least one band (open, guarded, resistant, hostile)",
                where);
    if (!ld->model)
        ld_fail(ld, line, "%slines by band need the client model (this client has model = false)",
                where);
    if (ld_get(ld, at, "deflect") != LUA_TNIL)
        build_lineset(ld, -1, &n->say.deflect, n, where, "deflect",
                      ld_field_line(ld, "deflect", line));
    lua_pop(L, 1);
    if (ld_get(ld, at, "questions") != LUA_TNIL)
        build_lineset(ld, -1, &n->say.questions, n, where, "questions",
                      ld_field_line(ld, "questions", line));
    lua_pop(L, 1);
}

/* Whether the table at `at` has any string key. */
static bool has_names(lua_State *L, int at)
{
    lua_pushnil(L);
    while (lua_next(L, at)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            lua_pop(L, 1);
            return true;
        }
    }
    return false;
}

/* Conditional lines first; then plain lines or lines by band for when none holds. */
static void say_conditional(Ld *ld, int at, Node *n, const char *where, int line)
{
    ld_say_conds(ld, at, n, where, line);
    bool named = has_names(ld->L, at);
    if (n->say.plain.count && named)
        ld_fail(ld, line,
                "%s'say' has both plain lines and lines by band: after the conditional lines, "
                "give one or the other",
                where);
    if (named) {
        say_keyed(ld, at, n, where, line, true);
        return;
    }
    n->say.kind = SAY_LIST;
    if (!n->say.plain.count)
        ld_fail(ld, line,
                "%s'say' needs a line for when no condition holds: add a plain line or lines by "
                "band",
                where);
}

static void build_say(Ld *ld, int node, Node *n, const char *where)
{
    lua_State *L = ld->L;
    int ty = ld_get(ld, node, "say");
    int line = ld_field_line(ld, "say", n->line);
    int at = lua_gettop(L);
    if (ty == LUA_TNIL) {
        if (!n->ending)
            ld_fail(ld, n->line, "%s'say' is required: what does the client say here?", where);
        n->say.kind = SAY_LIST;
    } else if (ty == LUA_TFUNCTION) {
        n->say.kind = SAY_FUNCTION;
        n->say.fn = ld_ref_value(ld, at);
    } else if (ty == LUA_TTABLE && ld_say_has_conds(ld, at)) {
        say_conditional(ld, at, n, where, line);
    } else if (ty == LUA_TTABLE && lua_rawlen(L, at) == 0) {
        say_keyed(ld, at, n, where, line, false);
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
        e->fn = ld_ref_value(ld, idx);
        return;
    }
    if (!lua_istable(L, idx))
        ld_fail(ld, line, "%s'effect' must be a table of changes or a function, not %s", where,
                ld_type_word(L, idx));
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx))
        n++, lua_pop(L, 1);
    e->deltas = ld_zalloc(ld, (size_t)n, sizeof *e->deltas);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            ld_fail(ld, line, "%san effect names a state variable: { asked = true, trust = 1 }",
                    where);
        const char *name = lua_tostring(L, -2);
        /* The term's own line is looked up only for a message. */
        int v = layout_find(&ld->sc->layout, name);
        if (v < 0) v = ld_var_of(ld, name, where, ld_field_line(ld, name, line));
        const VarDecl *d = &ld->sc->layout.vars[v];
        if (d->flags & VAR_READONLY)
            ld_fail(ld, ld_field_line(ld, name, line),
                    "%s'%s' is read-only: the engine computes it", where, name);
        if (d->type == VAR_FLAG) {
            if (!lua_isboolean(L, -1))
                ld_fail(ld, ld_field_line(ld, name, line),
                        "%s'%s' is a flag: set it to true or false, not %s", where, name,
                        ld_type_word(L, -1));
            e->deltas[e->ndeltas++] = (Delta){v, true, lua_toboolean(L, -1)};
        } else {
            if (lua_type(L, -1) != LUA_TNUMBER)
                ld_fail(ld, ld_field_line(ld, name, line),
                        "%s'%s' is a number: give the change as a number, not %s", where, name,
                        ld_type_word(L, -1));
            /* The model applies its own variables' deltas through its rules. */
            if (!(ld->model && (d->flags & VAR_MODEL)))
                e->deltas[e->ndeltas++] = (Delta){v, false, lua_tonumber(L, -1)};
        }
        lua_pop(L, 1);
    }
}

/* The node a string at idx names, looked up with the string itself; -1 when none. */
static int node_at(Ld *ld, int idx)
{
    lua_pushvalue(ld->L, idx);
    int n = lua_rawget(ld->L, ld->ids) == LUA_TNUMBER ? (int)lua_tointeger(ld->L, -1) : -1;
    lua_pop(ld->L, 1);
    return n;
}

/* go = "node" or a list of routes. `from` is the choice's line: the line of 'go' is looked up
 * when a message needs it. */
static void build_routes(Ld *ld, int idx, Choice *c, const char *where, int from)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        c->routes = ld_zalloc(ld, 1, sizeof *c->routes);
        int node = node_at(ld, idx);
        c->routes[0].node = node >= 0 ? node
                                      : ld_find_node(ld, lua_tostring(L, idx), where, "go",
                                                     ld_field_line(ld, "go", from));
        c->nroutes = 1;
        return;
    }
    int line = ld_field_line(ld, "go", from);
    if (!lua_istable(L, idx) || lua_rawlen(L, idx) == 0)
        ld_fail(ld, line, "%s'go' must be a node id (a string) or a list of routes, not %s", where,
                ld_type_word(L, idx));
    int n = (int)lua_rawlen(L, idx);
    c->routes = ld_zalloc(ld, (size_t)n, sizeof *c->routes);
    static const char *const keys[] = {"when", NULL};
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        int r = lua_gettop(L);
        if (!lua_istable(L, r) || lua_rawgeti(L, r, 1) != LUA_TSTRING)
            ld_fail(ld, line, "%s'go' route %d must be { \"node\", when = ... }", where, i);
        ld_check_keys(ld, r, keys, true, where, line);
        c->routes[i - 1].node = ld_find_node(ld, lua_tostring(L, -1), where, "go", line);
        c->nroutes = i;
        if (ld_get(ld, r, "when") != LUA_TNIL)
            ld_build_cond(ld, -1, &c->routes[i - 1].when, where, line);
        else if (i < n)
            ld_fail(ld, line, "%s'go' route %d has no 'when', so the routes after it never apply",
                    where, i);
        if (i == n && !cond_is_always(&c->routes[i - 1].when))
            ld_fail(
                ld, line,
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

/* A topic the client does not have: a near miss is named ("did you mean"), else how to add it. */
static void unknown_topic(Ld *ld, int line, const char *where, const char *name)
{
    const char **names = lua_newuserdatauv(ld->L, sizeof *names * (size_t)(ld->sc->ntopics + 1), 0);
    for (int i = 0; i < ld->sc->ntopics; i++)
        names[i] = ld->sc->topics[i].name;
    const char *best = ld_nearest(name, names, ld->sc->ntopics);
    if (best)
        ld_fail(ld, line, "%stopic '%s' is not one of the client's topics (did you mean '%s'?)",
                where, name, best);
    ld_fail(ld, line,
            "%stopic '%s' is not one of the client's topics (client = { topics = { %s = { "
            "sensitivity = 50 } } })",
            where, name, name);
}

/* topic = "father": the node's lines disclose a guarded topic of the client's. */
static void build_node_topic(Ld *ld, int t, Node *n, const char *where)
{
    lua_State *L = ld->L;
    n->topic = -1;
    int ty = ld_get(ld, t, "topic");
    if (ty != LUA_TNIL) {
        int l = ld_field_line(ld, "topic", n->line);
        if (ty != LUA_TSTRING)
            ld_fail(ld, l, "%s'topic' must be the name of a guarded topic, not %s", where,
                    ld_type_word(L, -1));
        n->topic = find_topic(ld, lua_tostring(L, -1));
        if (n->topic < 0) unknown_topic(ld, l, where, lua_tostring(L, -1));
        if (!ld->model)
            ld_fail(ld, l, "%sguarded topics need the client model (this client has model = false)",
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
    int ty = ld_get(ld, t, "codes");
    if (ty != LUA_TNIL) {
        int l = ld_field_line(ld, "codes", c->line);
        int n = ty == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
        if (n < 1 || n > CHOICE_MAX_CODES)
            ld_fail(ld, l,
                    "%s'codes' must be a list of 1 to %d MITI codes, one per utterance: { \"CR\", "
                    "\"Q\" }",
                    where, CHOICE_MAX_CODES);
        for (int i = 1; i <= n; i++) {
            int m = lua_rawgeti(L, -1, i) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
            if (m < 0 || m == MITI_NONE)
                ld_fail(
                    ld, l,
                    "%s'codes' entry %d must be a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, "
                    "PWP, Persuade, Confront)",
                    where, i);
            c->codes[i - 1] = (unsigned char)m;
            lua_pop(L, 1);
        }
        c->ncodes = n;
    }
    lua_pop(L, 1);
    ty = ld_get(ld, t, "permission");
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        ld_fail(ld, ld_field_line(ld, "permission", c->line),
                "%s'permission' must be true or false, not %s", where, ld_type_word(L, -1));
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
    ld_fail(ld, line, "%s \"%s%s\" must use letters, digits, '_' and '-'", what, shown,
            *p ? "..." : "");
}

/* A choice's id: its own (unique in the node), or its number. */
static void choice_id(Ld *ld, int t, Node *n, int k, const char *where)
{
    Choice *c = &n->choices[k];
    char *id = ld_opt_string(ld, t, "id", where, c->line);
    if (id) {
        c->id = id; /* owned by the scenario before the check, which may fail */
        char what[300];
        ld_where(what, sizeof what, "%sid", where);
        check_name(ld, ld_field_line(ld, "id", c->line), what, id);
    } else {
        char buf[16];
        ld_where(buf, sizeof buf, "%d", k + 1);
        c->id = ld_dup(ld, buf);
    }
    for (int j = 0; j < k; j++)
        if (strcmp(n->choices[j].id, c->id) == 0)
            ld_fail(ld, ld_field_line(ld, "id", c->line), "%sid '%s' is used twice in this node",
                    where, c->id);
}

/* scenario_find_move by halving: the loader sorts the moves by name (load_client.c). */
static int find_move(const Scenario *sc, const char *tag)
{
    int lo = 0, hi = sc->nmoves;
    while (lo < hi) {
        int mid = (lo + hi) / 2, d = strcmp(sc->moves[mid].name, tag);
        if (d == 0) return mid;
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* A choice's move tag, one of the model's moves; a near miss is named ("did you mean"). An
 * unknown tag is recorded at the line of its 'move' and the choice goes on loading (as the
 * first move), so the node's other mistakes are found too. */
static void choice_move(Ld *ld, int t, Choice *c, const char *where)
{
    lua_State *L = ld->L;
    int ty = ld_get(ld, t, "move");
    if (ty == LUA_TNIL)
        ld_fail(ld, c->line, "%s'move' is required: which technique is this?", where);
    if (ty != LUA_TSTRING)
        ld_fail(ld, ld_field_line(ld, "move", c->line),
                "%s'move' must be a move tag (a string), not %s", where, ld_type_word(L, -1));
    const char *tag = lua_tostring(L, -1);
    c->move = find_move(ld->sc, tag);
    if (c->move < 0) {
        /* The tag's own line: srcloc finds the first "move" after the choice's text. */
        int at = srcloc_text(ld->ix, tag, c->line);
        int ml = at ? at : ld_field_line(ld, "move", c->line);
        const char **names = lua_newuserdatauv(L, sizeof *names * (size_t)(ld->sc->nmoves + 1), 0);
        for (int i = 0; i < ld->sc->nmoves; i++)
            names[i] = ld->sc->moves[i].name;
        const char *best = ld_nearest(tag, names, ld->sc->nmoves);
        if (best)
            ld_error(ld, ml, "%sunknown move '%s' (did you mean '%s'?)", where, tag, best);
        else
            ld_error(ld, ml, "%sunknown move '%s': see the move tags in scripts/README.md", where,
                     tag);
        lua_pop(L, 1);
        c->move = 0;
    }
    lua_pop(L, 1);
}

/* The choice's optional fields: feedback, cue, topic (one of the client's) and repair. */
static void choice_extras(Ld *ld, int t, Choice *c, const char *where)
{
    lua_State *L = ld->L;
    c->feedback = ld_opt_string(ld, t, "feedback", where, c->line);
    if (ld_get(ld, t, "cue") != LUA_TNIL)
        ld_state_text(ld, -1, &c->cue, &c->cue_by, where, "cue", ld_field_line(ld, "cue", c->line));
    lua_pop(L, 1);
    c->topic = ld_opt_string(ld, t, "topic", where, c->line);
    if (c->topic && ld->model && find_topic(ld, c->topic) < 0)
        unknown_topic(ld, ld_field_line(ld, "topic", c->line), where, c->topic);
    int ty = ld_get(ld, t, "repair");
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
        ld_fail(ld, ld_field_line(ld, "repair", c->line),
                "%s'repair' must be true or false, not %s", where, ld_type_word(L, -1));
    c->repair = lua_toboolean(L, -1);
    lua_pop(L, 1);
}

/* paraphrases = { "...", ... }: other words a trainee might type for the same move (issue 15),
 * 1 to CHOICE_MAX_PARAPHRASES non-empty strings. */
static void choice_paraphrases(Ld *ld, int t, Choice *c, const char *where)
{
    lua_State *L = ld->L;
    int ty = ld_get(ld, t, "paraphrases");
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int line = ld_field_line(ld, "paraphrases", c->line);
    int n = ty == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
    if (n < 1 || n > CHOICE_MAX_PARAPHRASES)
        ld_fail(ld, line, "%s'paraphrases' must be a list of 1 to %d strings: { \"...\", ... }",
                where, CHOICE_MAX_PARAPHRASES);
    c->paraphrases = ld_zalloc(ld, (size_t)n, sizeof *c->paraphrases);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TSTRING || !*lua_tostring(L, -1))
            ld_fail(ld, line, "%s'paraphrases' entry %d must be a non-empty string, not %s", where,
                    i, ld_type_word(L, -1));
        c->paraphrases[c->nparaphrases++] = ld_dup(ld, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* What the model reads of a choice (lib/model.lua's apply: move, codes, effect, topic,
 * permission, repair), copied at load into a plain table of its own: the model runs without
 * the step budget's hook, so no code of the client's (a metatable's __index, say) may run
 * inside it; here, loading, any such code runs on the budget. The effect keeps only the
 * model's variables. Returns the table's registry ref. */
static int model_choice(Ld *ld, int t)
{
    static const char *const fields[] = {"move", "codes", "topic", "permission", "repair", NULL};
    static const char *const vars[] = {"rapport",    "discord",     "reactance", "importance",
                                       "confidence", "credibility", NULL};
    lua_State *L = ld->L;
    t = lua_absindex(L, t);
    lua_createtable(L, 0, 6);
    for (int i = 0; fields[i]; i++) {
        int ty = lua_getfield(L, t, fields[i]);
        if (ty == LUA_TTABLE) { /* codes: a list of strings, copied */
            int src = lua_gettop(L);
            lua_Integer n = (lua_Integer)lua_rawlen(L, src);
            lua_createtable(L, (int)n, 0);
            for (lua_Integer k = 1; k <= n; k++) {
                lua_rawgeti(L, src, k);
                lua_rawseti(L, -2, k);
            }
            lua_replace(L, src);
        }
        lua_setfield(L, -2, fields[i]);
    }
    if (lua_getfield(L, t, "effect") == LUA_TTABLE) {
        int src = lua_gettop(L);
        lua_createtable(L, 0, 6);
        for (int i = 0; vars[i]; i++) {
            lua_getfield(L, src, vars[i]);
            lua_setfield(L, -2, vars[i]);
        }
        lua_setfield(L, -3, "effect");
    }
    lua_pop(L, 1);
    return luaL_ref(L, LUA_REGISTRYINDEX);
}

static void build_choice(Ld *ld, int t, Node *n, int k, const char *nodewhere)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {
        "move",   "go",    "id",         "when", "effect", "feedback", "cue",         "topic",
        "repair", "codes", "permission", "once", "call",   "back",     "paraphrases", NULL};
    Choice *c = &n->choices[k];
    char where[256];
    ld_where(where, sizeof where, "%schoice %d: ", nodewhere, k + 1);
    if (!lua_istable(L, t))
        ld_fail(ld, n->line,
                "%smust be a table { \"what the trainee says\", move = ..., go = ... }, not %s",
                where, ld_type_word(L, t));
    int tty = lua_rawgeti(L, t, 1);
    if (tty == LUA_TTABLE && lua_rawgeti(L, -1, 1) == LUA_TSTRING) lua_replace(L, -2);
    if (lua_type(L, -1) != LUA_TSTRING || !*lua_tostring(L, -1))
        ld_fail(ld, n->line,
                "%sthe first entry must be what the trainee says (a string, or a table of texts "
                "by state)",
                where);
    c->line = srcloc_text(ld->ix, lua_tostring(L, -1), n->line);
    lua_pop(L, 1);
    if (!c->line) c->line = n->line;
    lua_rawgeti(L, t, 1);
    ld_state_text(ld, -1, &c->text, &c->text_by, where, "text", c->line);
    lua_pop(L, 1);
    if (!c->line) c->line = n->line;
    ld_check_keys(ld, t, keys, true, where, c->line);
    if (lua_rawlen(L, t) > 1)
        ld_fail(ld, c->line, "%sonly the first entry may be without a name", where);

    choice_id(ld, t, n, k, where);
    choice_move(ld, t, c, where);
    build_codes(ld, t, c, where);

    ld_flow_choice(ld, t, n, c, where);
    int gty = ld_get(ld, t, "go");
    if (gty == LUA_TNIL && !c->back && !c->call)
        ld_fail(ld, c->line, "%s'go' is required: which node comes next?", where);
    if (gty != LUA_TNIL) build_routes(ld, -1, c, where, c->line);
    lua_pop(L, 1);
    if (ld_get(ld, t, "when") != LUA_TNIL)
        ld_build_cond(ld, -1, &c->when, where, ld_field_line(ld, "when", c->line));
    lua_pop(L, 1);
    if (ld_get(ld, t, "effect") != LUA_TNIL)
        build_effect(ld, -1, &c->effect, where, ld_field_line(ld, "effect", c->line));
    lua_pop(L, 1);
    choice_extras(ld, t, c, where);
    choice_paraphrases(ld, t, c, where);
    if (ld->model) c->ref = model_choice(ld, t);
}

/* The choices a typed reply that fits no offered choice is played as (issue 15): one per
 * move, staying at the node, with the move's code, and a model table like an authored one's. */
void ld_free_choices(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    sc->free = ld_zalloc(ld, (size_t)sc->nmoves, sizeof *sc->free);
    for (int m = 0; m < sc->nmoves; m++) {
        Choice *c = &sc->free[m];
        char id[160];
        snprintf(id, sizeof id, "~%s", sc->moves[m].name);
        c->id = ld_dup(ld, id);
        c->text = ld_dup(ld, "(a typed reply that fit no choice)");
        c->move = m;
        c->codes[0] = (unsigned char)sc->moves[m].miti;
        c->ncodes = 1;
        if (!ld->model) continue;
        lua_createtable(L, 0, 2);
        lua_pushstring(L, sc->moves[m].name);
        lua_setfield(L, -2, "move");
        lua_createtable(L, 1, 0);
        lua_pushstring(L, miti_name(sc->moves[m].miti));
        lua_rawseti(L, -2, 1);
        lua_setfield(L, -2, "codes");
        c->ref = model_choice(ld, -1);
        lua_pop(L, 1);
    }
}

Outcome ld_parse_outcome(Ld *ld, const char *s, const char *where, int line)
{
    if (s && strcmp(s, "success") == 0) return OUTCOME_SUCCESS;
    if (s && strcmp(s, "partial") == 0) return OUTCOME_PARTIAL;
    if (s && strcmp(s, "fail") == 0) return OUTCOME_FAIL;
    ld_fail(ld, line, "%s'outcome' must be \"success\", \"partial\" or \"fail\"%s%s%s", where,
            s ? ", not \"" : "", s ? s : "", s ? "\"" : "");
    return OUTCOME_NONE;
}

/* A node's choices: a list of 1 to SESSION_MAX_CHOICES choices, on top of the stack. */
static void node_choices(Ld *ld, Node *n, const char *where)
{
    lua_State *L = ld->L;
    int count = (int)lua_rawlen(L, -1);
    if (count == 0)
        ld_fail(ld, ld_field_line(ld, "choices", n->line), "%s'choices' is empty", where);
    if (count > SESSION_MAX_CHOICES)
        ld_fail(ld, ld_field_line(ld, "choices", n->line),
                "%shas %d choices; at most %d fit on screen", where, count, SESSION_MAX_CHOICES);
    n->choices = ld_zalloc(ld, (size_t)count, sizeof *n->choices);
    n->nchoices = count;
    int list = lua_gettop(L);
    for (int k = 0; k < count; k++) {
        lua_rawgeti(L, list, k + 1);
        build_choice(ld, lua_gettop(L), n, k, where);
        lua_settop(L, list);
    }
}

/* order = "fixed" or "shuffled" (the default). */
static void node_order(Ld *ld, int t, Node *n, const char *where)
{
    lua_State *L = ld->L;
    int ty = ld_get(ld, t, "order");
    if (ty != LUA_TNIL) {
        if (ty != LUA_TSTRING ||
            (strcmp(lua_tostring(L, -1), "fixed") && strcmp(lua_tostring(L, -1), "shuffled")))
            ld_fail(ld, ld_field_line(ld, "order", n->line),
                    "%s'order' must be \"fixed\" or \"shuffled\"", where);
        n->fixed_order = strcmp(lua_tostring(L, -1), "fixed") == 0;
    }
    lua_pop(L, 1);
}

/* An ending's title is what a trainee reads ("Dana cancels the contract"); the id stays for
 * machines. Required, so no id ever has to stand in for it on a screen. */
static void ending_title(Ld *ld, int t, Node *n, const char *where)
{
    n->title = ld_opt_string(ld, t, "title", where, n->line);
    if (!n->title || !*n->title)
        ld_fail(ld, n->title ? ld_field_line(ld, "title", n->line) : n->line,
                "%san ending needs 'title': what the trainee reads, e.g. title = \"%s cancels "
                "the contract\"",
                where, ld->sc->client_name ? ld->sc->client_name : "Dana");
}

static void build_node(Ld *ld, int t, Node *n)
{
    lua_State *L = ld->L;
    static const char *const keys[] = {"say",   "cue",     "talk",   "kind",      "topic",
                                       "order", "choices", "ending", "outcome",   "debrief",
                                       "title", "counted", "stop",   "unmatched", NULL};
    char where[160];
    ld_where(where, sizeof where, "node '%s': ", n->id);
    if (!lua_istable(L, t))
        ld_fail(ld, n->line, "%smust be a table, not %s", where, ld_type_word(L, t));
    if (ld_get(ld, t, "sustain") != LUA_TNIL)
        ld_fail(
            ld, ld_field_line(ld, "sustain", n->line),
            "%s'sustain' was replaced by client talk: write talk = \"sustain\" (on the node or on "
            "one line)",
            where);
    lua_pop(L, 1);
    ld_check_keys(ld, t, keys, false, where, n->line);
    n->ending = ld_opt_string(ld, t, "ending", where, n->line);
    if (n->ending) {
        char what[200];
        ld_where(what, sizeof what, "%sending", where);
        check_name(ld, ld_field_line(ld, "ending", n->line), what, n->ending);
    }
    if (ld_get(ld, t, "cue") != LUA_TNIL)
        ld_state_text(ld, -1, &n->cue, &n->cue_by, where, "cue", ld_field_line(ld, "cue", n->line));
    lua_pop(L, 1);
    if (ld_get(ld, t, "unmatched") != LUA_TNIL)
        ld_state_text(ld, -1, &n->unmatched, &n->unmatched_by, where, "unmatched",
                      ld_field_line(ld, "unmatched", n->line));
    lua_pop(L, 1);
    ld_flow_node(ld, t, n, where);
    read_talk(ld, t, &n->talk, &n->kind, where, n->line);
    build_node_topic(ld, t, n, where);
    node_order(ld, t, n, where);
    build_say(ld, t, n, where);
    if (n->topic >= 0 && !n->say.deflect.count)
        ld_fail(
            ld, ld_field_line(ld, "topic", n->line),
            "%sa node that discloses a guarded topic needs 'deflect' lines: what the client says "
            "instead",
            where);
    n->debrief = ld_opt_string(ld, t, "debrief", where, n->line);
    /* The outcome string stays on the Lua stack (no C copy to leak if a check fails). */
    int oty = ld_get(ld, t, "outcome");
    if (oty != LUA_TNIL && oty != LUA_TSTRING)
        ld_fail(ld, ld_field_line(ld, "outcome", n->line), "%s'outcome' must be a string, not %s",
                where, ld_type_word(L, -1));
    const char *outcome = oty == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    int ty = ld_get(ld, t, "choices");
    if (n->ending) {
        n->outcome = ld_parse_outcome(ld, outcome, where,
                                      outcome ? ld_field_line(ld, "outcome", n->line) : n->line);
        if (ty != LUA_TNIL)
            ld_fail(ld, ld_field_line(ld, "choices", n->line), "%san ending has no choices", where);
        lua_pop(L, 2);
        ending_title(ld, t, n, where);
    } else {
        if (outcome)
            ld_fail(ld, ld_field_line(ld, "outcome", n->line),
                    "%s'outcome' belongs to an ending: add ending = \"id\"", where);
        if (n->debrief)
            ld_fail(ld, ld_field_line(ld, "debrief", n->line),
                    "%s'debrief' belongs to an ending: add ending = \"id\"", where);
        if (ld_get(ld, t, "title") != LUA_TNIL)
            ld_fail(ld, ld_field_line(ld, "title", n->line),
                    "%s'title' belongs to an ending: add ending = \"id\"", where);
        lua_pop(L, 1);
        if (ty == LUA_TNIL)
            ld_fail(ld, n->line, "%sneeds 'choices' (or 'ending' if the session ends here)", where);
        if (ty != LUA_TTABLE)
            ld_fail(ld, ld_field_line(ld, "choices", n->line),
                    "%s'choices' must be a list of choices, not %s", where, ld_type_word(L, -1));
        node_choices(ld, n, where);
        lua_pop(L, 2);
    }
    if (ld->model) n->ref = ld_ref_value(ld, t);
}

/* One node, built protected (ld_part): the table at *(int *)arg[0] into the node. */
typedef struct NodePart {
    int table;
    Node *node;
} NodePart;

static void node_part(Ld *ld, void *arg)
{
    NodePart *np = arg;
    ld_node_defaults(ld, np->table);
    build_node(ld, np->table, np->node);
}

void ld_build_nodes(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "nodes");
    int line = ld_field_line(ld, "nodes", 1);
    if (ty != LUA_TTABLE)
        ld_fail(ld, ty == LUA_TNIL ? 0 : line, "'nodes' is required: a table of nodes by id%s%s",
                ty == LUA_TNIL ? "" : ", not ", ty == LUA_TNIL ? "" : ld_type_word(L, -1));
    int t = lua_gettop(L), count;
    KeyLine *kl = ld_keys_in_order(ld, t, line, &count, "nodes: ");
    lua_pushvalue(L, LUA_REGISTRYINDEX); /* keeps kl: nested key lists reuse "rapport.keys" */
    lua_getfield(L, -1, "rapport.keys");
    lua_replace(L, -2);
    if (count <= 0) {
        ld_fail(ld, line, "'nodes' is empty");
    }
    /* The engine's walk-out ending, last, when the file names none. */
    bool walkout = ld_push_walkout(ld, t);
    int total = count + walkout, kept = t + 1;
    /* Unlocated nodes (line 0) sort first; put them last instead, keeping file order. */
    int first = 0;
    while (first < count && kl[first].line == 0)
        first++;
    /* The nodes and all they hold, from one arena (scenario.h): this part's memory. It takes
     * about 4 bytes per byte of the file for the synthetic graphs' short lines and bare nodes
     * (20,000 nodes: 22.5 MB of 5.8), about 1 for the bundled clients. */
    if (!(sc->node_arena = arena_open(4 * ld->h->source_len))) ld_fail(ld, 0, "out of memory");
    ld->arena = sc->node_arena;
    sc->nodes = ld_zalloc(ld, (size_t)total, sizeof *sc->nodes);
    free(ld->h->node_broken);
    ld->h->node_broken = calloc((size_t)total, 1);
    if (!ld->h->node_broken) ld_fail(ld, 0, "out of memory");
    sc->nnodes = total;
    for (int i = 0; i < total; i++) {
        KeyLine *k = i < count ? &kl[(first + i) % count] : NULL;
        const char *id = k ? k->key : LD_WALKOUT_ID;
        if (k) check_name(ld, k->line ? k->line : line, "node id", k->key);
        sc->nodes[i].id = ld_dup(ld, id);
        sc->nodes[i].line = k ? (k->line ? k->line : line) : 0; /* 0: the engine's own */
        lua_pushinteger(L, i);
        lua_setfield(L, ld->ids, id);
    }
    /* Each node on its own: a mistake in one is recorded, and the others still load. */
    for (int i = 0; i < total; i++) {
        if (i < count)
            ld_get(ld, t, sc->nodes[i].id);
        else
            lua_pushvalue(L, kept + 1);
        NodePart np = {lua_gettop(L), &sc->nodes[i]};
        /* 1: stopped, its choices unknown; 2: stopped, but it has no choices to know. */
        if (!ld_part(ld, node_part, &np))
            ld->h->node_broken[i] =
                lua_istable(L, np.table) && lua_getfield(L, np.table, "choices") != LUA_TNIL ? 1
                                                                                             : 2;
        lua_settop(L, walkout ? kept + 1 : kept);
    }
    lua_newtable(L); /* ending id -> node index: each ending id once */
    for (int i = 0; i < total; i++) {
        if (!sc->nodes[i].ending) continue;
        if (!sc->nodes[i].debrief && !ld->h->node_broken[i]) /* the trainee reads a default */
            sc->nodes[i].debrief = ld_dup(ld, host_default_debrief(sc->nodes[i].outcome));
        if (lua_getfield(L, -1, sc->nodes[i].ending) == LUA_TNUMBER)
            ld_error(ld, ld_field_line(ld, "ending", sc->nodes[i].line),
                     "node '%s': ending '%s' is already the ending of node '%s'", sc->nodes[i].id,
                     sc->nodes[i].ending, sc->nodes[lua_tointeger(L, -1)].id);
        lua_pop(L, 1);
        lua_pushinteger(L, i);
        lua_setfield(L, -2, sc->nodes[i].ending);
    }
    lua_settop(L, t - 1);
}

static int node_field(Ld *ld, const char *key, bool required, bool ending_ok)
{
    char *id = ld_opt_string(ld, ld->root, key, "", 1);
    int line = ld_field_line(ld, key, 1);
    if (!id) {
        if (required) ld_fail(ld, 0, "'%s' is required: the id of a node", key);
        return -1;
    }
    int n = -1;
    if (lua_getfield(ld->L, ld->ids, id) == LUA_TNUMBER) n = (int)lua_tointeger(ld->L, -1);
    lua_pop(ld->L, 1);
    if (n < 0) {
        lua_pushstring(ld->L, id);
        free(id);
        ld_fail(ld, line, "'%s' names node '%s', which does not exist", key,
                lua_tostring(ld->L, -1));
    }
    free(id);
    if (!ending_ok && ld->sc->nodes[n].ending)
        ld_fail(ld, line, "'%s' must be a node with choices, not an ending", key);
    if (ending_ok && !ld->sc->nodes[n].ending)
        ld_fail(ld, line, "'%s' must name an ending node", key);
    return n;
}

void ld_build_rules(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    sc->start = ld_start_node(ld); /* loader.c: an ending may be the start */
    sc->walkout = node_field(ld, "walkout", false, true);
    if (sc->has_model && sc->walkout < 0)
        ld_fail(ld, 0,
                "'walkout' is required: the ending the client walks out to (discord 85+ for two "
                "turns, or credibility 15 or less)");
    if (!sc->has_model && sc->walkout >= 0)
        ld_fail(ld, ld_field_line(ld, "walkout", 1),
                "'walkout' needs the client model (this client has model = false)");

    int ty = ld_get(ld, ld->root, "turn_limit");
    int line = ld_field_line(ld, "turn_limit", 1);
    if (ty == LUA_TTABLE) {
        int t = lua_gettop(L);
        static const char *const keys[] = {"go", NULL};
        ld_check_keys(ld, t, keys, true, "turn_limit: ", line);
        lua_rawgeti(L, t, 1);
        int isnum;
        lua_Integer n = lua_tointegerx(L, -1, &isnum);
        if (!isnum || n < 1 || n > SESSION_MAX_TURNS)
            ld_fail(ld, line, "turn_limit: the first entry is the number of turns (1 to %d)",
                    SESSION_MAX_TURNS);
        sc->turn_limit = (int)n;
        lua_pop(L, 1);
        if (ld_get(ld, t, "go") != LUA_TSTRING)
            ld_fail(ld, line, "turn_limit: 'go' names the node to end at");
        sc->turn_limit_node = ld_find_node(ld, lua_tostring(L, -1), "turn_limit: ", "go", line);
        lua_pop(L, 1);
    } else if (ty != LUA_TNIL) {
        ld_fail(ld, line, "'turn_limit' must be { 30, go = \"node\" }, not %s",
                ld_type_word(L, -1));
    } else {
        sc->turn_limit_node = -1;
    }
    lua_pop(L, 1);

    ty = ld_get(ld, ld->root, "rules");
    line = ld_field_line(ld, "rules", 1);
    if (ty == LUA_TTABLE) {
        int t = lua_gettop(L);
        int n = (int)lua_rawlen(L, t);
        sc->rules = ld_zalloc(ld, (size_t)n, sizeof *sc->rules);
        for (int i = 1; i <= n; i++) {
            lua_rawgeti(L, t, i);
            int r = lua_gettop(L);
            char where[64];
            snprintf(where, sizeof where, "rule %d: ", i);
            static const char *const keys[] = {"when", "go", NULL};
            if (!lua_istable(L, r))
                ld_fail(ld, line, "%smust be { when = ..., go = \"node\" }", where);
            ld_check_keys(ld, r, keys, false, where, line);
            if (ld_get(ld, r, "when") == LUA_TNIL) ld_fail(ld, line, "%s'when' is required", where);
            sc->nrules = i; /* counted before it is filled, so a failure frees what it holds */
            ld_build_cond(ld, -1, &sc->rules[i - 1].when, where, line);
            if (ld_get(ld, r, "go") != LUA_TSTRING)
                ld_fail(ld, line, "%s'go' names the node to go to", where);
            sc->rules[i - 1].node = ld_find_node(ld, lua_tostring(L, -1), where, "go", line);
            lua_settop(L, t);
        }
    } else if (ty != LUA_TNIL) {
        ld_fail(ld, line, "'rules' must be a list of { when = ..., go = ... }, not %s",
                ld_type_word(L, -1));
    }
    lua_pop(L, 1);
}

/* Expectations: ending, outcome, node, turns, state variables. `skip` names one extra key
 * the caller handles itself (or NULL). */
