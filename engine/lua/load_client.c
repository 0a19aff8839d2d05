/* load client: the client file's top-level parts: who the client is (client = {...}), the
 * resistance model and its parameters, and the declared state variables. */
#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/avatar_parts.h"
#include "loader.h"

static int by_line(const void *a, const void *b)
{
    const KeyLine *x = a, *y = b;
    if (x->line != y->line) return x->line - y->line;
    return strcmp(x->key, y->key);
}

/* The string keys of the table at t, in the order they stand in the file. Strings stay
 * anchored by the table itself. */
KeyLine *ld_keys_in_order(Ld *ld, int t, int from, int *count, const char *where)
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
            ld_fail(ld, from, "%skeys must be names, not %s", where, ld_type_word(L, -1));
        const char *k = lua_tostring(L, -1);
        kl[*count] = (KeyLine){k, srcloc_key(ld->ix, k, from)};
        (*count)++;
    }
    qsort(kl, (size_t)*count, sizeof *kl, by_line);
    return kl;
}

bool ld_valid_id(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

/* Calls the model library's new{...} with the file's model changes, client and state; leaves
 * the model instance on the stack and returns its index. */
static int model_instance(Ld *ld, int ty, int cfg, int line)
{
    lua_State *L = ld->L;
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.model");
    lua_getfield(L, -1, "new");
    lua_createtable(L, 0, 4);
    if (ty == LUA_TTABLE) {
        ld_get(ld, cfg, "moves");
        lua_setfield(L, -2, "moves");
        ld_get(ld, cfg, "params");
        lua_setfield(L, -2, "params");
    }
    ld_get(ld, ld->root, "client");
    lua_setfield(L, -2, "client");
    ld_get(ld, ld->root, "state");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    lua_setfield(L, -2, "state");
    int rc = lua_pcall(L, 1, 1, 0);
    ld->seen = NULL; /* the model may have written to the tables it was given */
    if (rc != LUA_OK) ld_fail(ld, line, "model: %s", lua_tostring(L, -1));
    return lua_gettop(L);
}

/* Moves: the vocabulary exists with or without the model (for MITI scoring). */
static void model_moves(Ld *ld, int inst, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    ld_get(ld, inst, "moves");
    int mv = lua_gettop(L), count;
    KeyLine *names = ld_keys_in_order(ld, mv, 1, &count, "model moves: ");
    for (int i = 0; i < count; i++)
        names[i].line = 0; /* the vocabulary sorts by name */
    qsort(names, (size_t)count, sizeof *names, by_line);
    sc->moves = ld_zalloc(ld, (size_t)count, sizeof *sc->moves);
    for (int i = 0; i < count; i++) {
        sc->moves[i].name = ld_dup(ld, names[i].key);
        sc->nmoves = i + 1;
        ld_get(ld, mv, names[i].key);
        lua_getfield(L, -1, "miti");
        int m = lua_type(L, -1) == LUA_TSTRING ? miti_parse(lua_tostring(L, -1)) : -1;
        if (m < 0) {
            ld_fail(ld, line,
                    "model: move '%s' needs a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, PWP, "
                    "Persuade, Confront, none)",
                    sc->moves[i].name);
        }
        sc->moves[i].miti = (Miti)m;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

/* The model's functions, the parameters the engine reads, and its band limits. */
static void model_hooks(Ld *ld, int inst, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    static const char *const fns[] = {"start", "apply", "resistance", "settle", "talk"};
    int *refs[] = {&ld->h->ref_start, &ld->h->ref_apply, &ld->h->ref_resistance, &ld->h->ref_settle,
                   &ld->h->ref_talk};
    for (int i = 0; i < 5; i++) {
        if (ld_get(ld, inst, fns[i]) != LUA_TFUNCTION)
            ld_fail(ld, line, "model: '%s' must be a function", fns[i]);
        *refs[i] = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    ld_get(ld, inst, "params");
    lua_getfield(L, -1, "topic_discord_limit");
    sc->disclose_discord = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 30;
    lua_pop(L, 2);
    ld_get(ld, inst, "bands");
    for (int b = 0; b < BAND_COUNT - 1; b++) {
        lua_rawgeti(L, -1, b + 1);
        sc->band_limits[b] = lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The model's variables come first in the layout: { name, start, min, max, step, readonly =,
 * hidden = } each. */
static void model_variables(Ld *ld, int inst)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    ld_get(ld, inst, "variables");
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
            ld_fail(ld, 0, "out of memory");
        lua_settop(L, e - 1);
    }
    lua_pop(L, 1);
}

void ld_build_model(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "model");
    int line = ld_field_line(ld, "model", 1);
    bool use = !(ty == LUA_TBOOLEAN && !lua_toboolean(L, -1));
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN && ty != LUA_TTABLE)
        ld_fail(ld, line, "'model' must be false or a table of changes, not %s",
                ld_type_word(L, -1));
    int cfg = lua_gettop(L);
    static const char *const keys[] = {"moves", "params", NULL};
    if (ty == LUA_TTABLE) ld_check_keys(ld, cfg, keys, false, "model: ", line);

    int inst = model_instance(ld, ty, cfg, line);
    ld->model = use ? inst : 0;
    sc->has_model = use;
    model_moves(ld, inst, line);
    if (use) {
        model_hooks(ld, inst, line);
        model_variables(ld, inst);
    } else {
        lua_pop(L, 1); /* the instance stays on the stack only when the model is used */
    }
}

/* A model variable declared in the file: its start, within the model's range. */
static void state_model_start(Ld *ld, VarDecl *d, const char *name, const char *where, int l)
{
    lua_State *L = ld->L;
    if (d->flags & VAR_READONLY)
        ld_fail(ld, l, "%sthe model computes '%s': it cannot be declared", where, name);
    if (lua_type(L, -1) != LUA_TNUMBER)
        ld_fail(ld, l, "%sa model variable starts at a number between %s and %s, not %s", where,
                ld_num(d->min), ld_num(d->max), ld_type_word(L, -1));
    d->init = lua_tonumber(L, -1);
    if (d->init < d->min || d->init > d->max)
        ld_fail(ld, l, "%sstarts at %s, outside its range %s to %s", where, ld_num(d->init),
                ld_num(d->min), ld_num(d->max));
}

/* { start, min = , max = , step = }: a number with its own range. */
static void state_ranged(Ld *ld, const char *name, const char *where, int l)
{
    lua_State *L = ld->L;
    int d = lua_gettop(L);
    static const char *const keys[] = {"min", "max", "step", NULL};
    ld_check_keys(ld, d, keys, true, where, l);
    if (lua_rawgeti(L, d, 1) != LUA_TNUMBER)
        ld_fail(ld, l, "%sthe first entry is the starting number: { 3, min = 0, max = 10 }", where);
    double x = lua_tonumber(L, -1);
    lua_pop(L, 1);
    double lo = ld_opt_number(ld, d, "min", 0, -1e9, 1e9, where, l);
    double hi = ld_opt_number(ld, d, "max", 100, -1e9, 1e9, where, l);
    double step = ld_opt_number(ld, d, "step", 1, 0, 1e9, where, l);
    if (lo > hi || x < lo || x > hi)
        ld_fail(ld, l, "%sstarts at %s, outside its range %s to %s", where, ld_num(x), ld_num(lo),
                ld_num(hi));
    if (layout_add(&ld->sc->layout, name, VAR_NUMBER, x, lo, hi, step, 0) < 0)
        ld_fail(ld, 0, "out of memory");
}

/* One declared variable, its value on top of the stack: a flag, a number from 0 to 100, a
 * ranged number, or the start of a model variable. */
static void state_declare(Ld *ld, const char *name, int l)
{
    lua_State *L = ld->L;
    StateLayout *lay = &ld->sc->layout;
    char where[160];
    snprintf(where, sizeof where, "state '%s': ", name);
    int v = layout_find(lay, name);
    int vt = lua_type(L, -1);
    if (!ld_valid_id(name) || strchr(name, '-'))
        ld_fail(ld, l, "%sa variable name uses letters, digits and _", where);
    if (v >= 0) {
        state_model_start(ld, &lay->vars[v], name, where, l);
    } else if (vt == LUA_TBOOLEAN) {
        if (layout_add(lay, name, VAR_FLAG, lua_toboolean(L, -1), 0, 1, 0, 0) < 0)
            ld_fail(ld, 0, "out of memory");
    } else if (vt == LUA_TNUMBER) {
        double x = lua_tonumber(L, -1);
        if (x < 0 || x > 100)
            ld_fail(ld, l,
                    "%sstarts at %s, outside the range 0 to 100 (give a range: { %s, min = "
                    "..., max = ... })",
                    where, ld_num(x), ld_num(x));
        if (layout_add(lay, name, VAR_NUMBER, x, 0, 100, 1, 0) < 0) ld_fail(ld, 0, "out of memory");
    } else if (vt == LUA_TTABLE) {
        state_ranged(ld, name, where, l);
    } else {
        ld_fail(ld, l,
                "%smust be a number, a flag (true/false) or { start, min = , max = }, not %s",
                where, ld_type_word(L, -1));
    }
}

/* One variable, built protected (ld_part): its value on top of the stack. */
typedef struct StatePart {
    const char *name;
    int line;
} StatePart;

static void state_part(Ld *ld, void *arg)
{
    const StatePart *sp = arg;
    state_declare(ld, sp->name, sp->line);
}

void ld_build_state(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int ty = ld_get(ld, ld->root, "state");
    int line = ld_field_line(ld, "state", 1);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
    } else {
        if (ty != LUA_TTABLE)
            ld_fail(ld, line, "'state' must be a table of variables, not %s", ld_type_word(L, -1));
        int t = lua_gettop(L), count;
        KeyLine *kl = ld_keys_in_order(ld, t, line, &count, "state: ");
        lua_getfield(L, LUA_REGISTRYINDEX, "rapport.keys"); /* keeps kl alive */
        for (int i = 0; i < count; i++) {
            ld_get(ld, t, kl[i].key);
            StatePart sp = {kl[i].key, kl[i].line ? kl[i].line : line};
            /* A mistake in one variable is recorded; it is declared anyway (a number from 0
             * to 100), so that what reads it reports its own mistakes, not this one again. */
            if (!ld_part(ld, state_part, &sp) && layout_find(&sc->layout, sp.name) < 0 &&
                layout_add(&sc->layout, sp.name, VAR_NUMBER, 0, 0, 100, 1, 0) < 0)
                ld_fail(ld, 0, "out of memory");
            lua_settop(L, t + 1);
        }
        lua_settop(L, t - 1);
    }
    sc->var_turn =
        layout_add(&sc->layout, "turn", VAR_NUMBER, 0, 0, SESSION_MAX_TURNS, 1, VAR_READONLY);
    if (sc->var_turn < 0) ld_fail(ld, 0, "out of memory");
    sc->var_resistance = layout_find(&sc->layout, "resistance");
    sc->var_deflecting = layout_find(&sc->layout, "deflecting");
    sc->var_questions = layout_find(&sc->layout, "questions_complaint");
    sc->var_rapport = layout_find(&sc->layout, "rapport");
    sc->var_discord = layout_find(&sc->layout, "discord");
    sc->var_sustain_next = layout_find(&sc->layout, "sustain_next");
}

/* A look's colour, "#rrggbb"; a hair style given as the hair's colour is pointed elsewhere. */
static void look_colour(Ld *ld, int lk, const char *key, char **out, int line)
{
    /* Stored before it is checked: the scenario owns it even when the check fails. */
    char *col = *out = ld_opt_string(ld, lk, key, "client look: ", line);
    if (!col) return;
    bool ok = col[0] == '#' && strlen(col) == 7;
    for (int j = 1; ok && j < 7; j++)
        ok = isxdigit((unsigned char)col[j]);
    if (!ok)
        ld_fail(ld, ld_field_line(ld, key, line),
                "client look: '%s' must be a colour like \"#8d5524\", not \"%s\"%s", key, col,
                strcmp(key, "hair") || !avatar_part_lookup(ld->sc->look.parts, "hair", col)
                    ? ""
                    : " (a hair style goes in 'hair_style')");
}

/* A look's part name: one of the family's bundled parts or the client's own, or "none" for
 * what a person may go without (facial hair, glasses). */
static void look_part(Ld *ld, int lk, const char *key, const char *family, char **out, int line)
{
    char *name = *out = ld_opt_string(ld, lk, key, "client look: ", line);
    bool optional = !strcmp(family, "facial_hair") || !strcmp(family, "glasses");
    if (!name || (optional && !strcmp(name, "none")) ||
        avatar_part_lookup(ld->sc->look.parts, family, name))
        return;
    char names[512];
    avatar_parts_names(ld->sc->look.parts, family, names, sizeof names);
    const char *near = avatar_parts_closest(ld->sc->look.parts, family, name);
    int l = ld_field_line(ld, key, line);
    if (near) ld_fail(ld, l, "client look: unknown %s '%s' (did you mean '%s'?)", key, name, near);
    ld_fail(ld, l, "client look: unknown %s '%s': one of %s", key, name, names);
}

/* look.parts = { family = { name = [[shape lines]] } }: the client's own parts, parsed by the
 * part parser, errors against this file's lines. */
static void look_own_parts(Ld *ld, int lk, int line)
{
    lua_State *L = ld->L;
    int ty = ld_get(ld, lk, "parts");
    int pl = ld_field_line(ld, "parts", line);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        ld_fail(ld, pl, "client look: 'parts' must be a table, not %s", ld_type_word(L, -1));
    AvatarParts *lib = ld_zalloc(ld, 1, sizeof *lib);
    ld->sc->look.parts = lib;
    int pt = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, pt)) {
        const char *fam = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        int fl = ld_field_line(ld, fam, pl);
        if (!avatar_parts_is_family(fam) || !lua_istable(L, -1))
            ld_fail(ld, fl,
                    "client look: parts are grouped by family: parts = { hair = { "
                    "name = [[...]] } }, and '%s' is not face, hair, clothing, "
                    "facial_hair, glasses, setting, hand or age",
                    fam);
        int ft = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, ft)) {
            const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            int nl = ld_field_line(ld, name, fl);
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
                ld_fail(ld, nl, "client look: part '%s.%s' must be a string of shape lines", fam,
                        name);
            const char *text = lua_tostring(L, -1);
            char err[512];
            /* A [[ string that starts on its own line begins on the next one. */
            int first = strchr(text, '\n') ? nl + 1 : nl;
            if (avatar_parts_add(lib, fam, name, text, ld->path, first, err, sizeof err)) {
                lua_pushstring(L, err);
                lua_error(L);
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* client look = { skin =, hair =, top =, shirt = (colours), face =, hair_style =, clothing =,
 * facial_hair =, glasses =, setting = (part names), age =, build =, parts = }. */
static void client_look(Ld *ld, int line)
{
    Scenario *sc = ld->sc;
    Look *lo = &sc->look;
    int lk = lua_gettop(ld->L);
    static const char *const lkeys[] = {
        "skin",        "hair",    "top",     "shirt", "face",  "hair_style", "clothing",
        "facial_hair", "glasses", "setting", "age",   "build", "parts",      NULL};
    ld_check_keys(ld, lk, lkeys, false, "client look: ", line);
    look_own_parts(ld, lk, line);
    look_colour(ld, lk, "skin", &lo->skin, line);
    look_colour(ld, lk, "hair", &lo->hair, line);
    look_colour(ld, lk, "top", &lo->top, line);
    look_colour(ld, lk, "shirt", &lo->shirt, line);
    look_part(ld, lk, "face", "face", &lo->face, line);
    look_part(ld, lk, "hair_style", "hair", &lo->hair_style, line);
    look_part(ld, lk, "clothing", "clothing", &lo->clothing, line);
    look_part(ld, lk, "facial_hair", "facial_hair", &lo->facial_hair, line);
    look_part(ld, lk, "glasses", "glasses", &lo->glasses, line);
    look_part(ld, lk, "setting", "setting", &lo->setting, line);
    lo->age = ld_opt_number(ld, lk, "age", 35, 16, 90, "client look: ", line);
    char *build = ld_opt_string(ld, lk, "build", "client look: ", line);
    if (!build) return;
    static const char *const builds[] = {"slight", "average", "broad"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(build, builds[i])) lo->build = i + 1;
    int bl = ld_field_line(ld, "build", line);
    if (!lo->build) {
        const char *near = NULL;
        for (int i = 0; i < 3 && !near; i++)
            if (ld_edit_distance(build, builds[i]) < 3) near = builds[i];
        free(build);
        if (near) ld_fail(ld, bl, "client look: unknown build (did you mean '%s'?)", near);
        ld_fail(ld, bl, "client look: 'build' must be \"slight\", \"average\" or \"broad\"");
    }
    free(build);
}

/* client traits = { receptivity = 1..5, reactance_trait = 0..1, volatility = 0..1 }. */
static void client_traits(Ld *ld, int line)
{
    Scenario *sc = ld->sc;
    int tr = lua_gettop(ld->L);
    static const char *const tkeys[] = {"receptivity", "reactance_trait", "volatility", NULL};
    ld_check_keys(ld, tr, tkeys, false, "client traits: ", line);
    sc->receptivity = ld_opt_number(ld, tr, "receptivity", 3, 1, 5, "client traits: ", line);
    sc->reactance_trait =
        ld_opt_number(ld, tr, "reactance_trait", 0.5, 0, 1, "client traits: ", line);
    sc->volatility = ld_opt_number(ld, tr, "volatility", 0, 0, 1, "client traits: ", line);
}

/* client topics = { name = { sensitivity = 0..100 }, ... }. */
static void client_topics(Ld *ld, int line)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    int tp = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, tp)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        int l = ld_field_line(ld, name, line);
        if (lua_type(L, -2) != LUA_TSTRING || !lua_istable(L, -1))
            ld_fail(ld, l, "client topics: each topic is name = { sensitivity = 0..100 }");
        static const char *const pkeys[] = {"sensitivity", NULL};
        ld_check_keys(ld, lua_gettop(L), pkeys, false, "client topics: ", l);
        double sens =
            ld_opt_number(ld, lua_gettop(L), "sensitivity", 50, 0, 100, "client topics: ", l);
        Topic *grown = realloc(sc->topics, (size_t)(sc->ntopics + 1) * sizeof *grown);
        if (!grown) ld_fail(ld, 0, "out of memory");
        sc->topics = grown;
        sc->topics[sc->ntopics].name = NULL;
        sc->topics[sc->ntopics].sensitivity = sens;
        sc->ntopics++;
        sc->topics[sc->ntopics - 1].name = ld_dup(ld, name);
        lua_pop(L, 1);
    }
}

/* client manner = "combative" | "withdrawn" | "dismissive": how resistance shows. */
static void client_manner(Ld *ld, int c, int line)
{
    static const char *const names[MANNER_COUNT] = {"combative", "withdrawn", "dismissive"};
    char *m = ld_opt_string(ld, c, "manner", "client: ", line);
    ld->sc->manner = MANNER_COMBATIVE;
    if (!m) return;
    for (int i = 0; i < MANNER_COUNT; i++)
        if (!strcmp(m, names[i])) {
            ld->sc->manner = i;
            free(m);
            return;
        }
    /* The message needs the text after it is freed: Lua keeps a copy. */
    const char *word = lua_pushstring(ld->L, m);
    free(m);
    ld_fail(ld, ld_field_line(ld, "manner", line),
            "client: 'manner' must be \"combative\", \"withdrawn\" or \"dismissive\", not \"%s\"",
            word);
}

/* difficulty: how hard the client is for a trainee, shown in the picker (optional). */
static void client_difficulty(Ld *ld, int c, int line)
{
    Scenario *sc = ld->sc;
    sc->difficulty = ld_opt_string(ld, c, "difficulty", "client: ", line);
    if (sc->difficulty && strcmp(sc->difficulty, "introductory") &&
        strcmp(sc->difficulty, "intermediate") && strcmp(sc->difficulty, "advanced"))
        ld_fail(ld, ld_field_line(ld, "difficulty", line),
                "client: 'difficulty' must be \"introductory\", \"intermediate\" or "
                "\"advanced\"");
}

void ld_build_client(Ld *ld)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    static const char *const keys[] = {"name",   "role",   "pronoun",    "look", "traits",
                                       "topics", "manner", "difficulty", NULL};
    int ty = ld_get(ld, ld->root, "client");
    int line = ld_field_line(ld, "client", 1);
    /* Without a client (or a name) the client is "The client", they, with middling traits:
     * a first file can start with the conversation alone. */
    sc->receptivity = 3;
    sc->reactance_trait = 0.5;
    if (ty == LUA_TNIL) {
        sc->client_name = ld_dup(ld, "The client");
        sc->pronoun = ld_dup(ld, "they");
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        ld_fail(ld, line, "'client' must be a table: { name = \"Dana\", role = ... }, not %s",
                ld_type_word(L, -1));
    int c = lua_gettop(L);
    ld_check_keys(ld, c, keys, false, "client: ", line);
    sc->client_name = ld_opt_string(ld, c, "name", "client: ", line);
    if (!sc->client_name || !*sc->client_name) {
        free(sc->client_name);
        sc->client_name = ld_dup(ld, "The client");
    }
    sc->client_role = ld_opt_string(ld, c, "role", "client: ", line);
    sc->pronoun = ld_opt_string(ld, c, "pronoun", "client: ", line);
    if (!sc->pronoun) sc->pronoun = ld_dup(ld, "they");
    if (strcmp(sc->pronoun, "she") && strcmp(sc->pronoun, "he") && strcmp(sc->pronoun, "they"))
        ld_fail(ld, ld_field_line(ld, "pronoun", line),
                "client: 'pronoun' must be \"she\", \"he\" or \"they\"");
    client_difficulty(ld, c, line);
    client_manner(ld, c, line);
    ty = ld_get(ld, c, "look");
    if (ty == LUA_TTABLE)
        client_look(ld, line);
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, "look", line),
                "client: 'look' must be a table of colours, not %s", ld_type_word(L, -1));
    lua_pop(L, 1);
    ty = ld_get(ld, c, "traits");
    if (ty == LUA_TTABLE) {
        client_traits(ld, line);
    } else if (ty != LUA_TNIL) {
        ld_fail(ld, ld_field_line(ld, "traits", line), "client: 'traits' must be a table, not %s",
                ld_type_word(L, -1));
    }
    lua_pop(L, 1);
    ty = ld_get(ld, c, "topics");
    if (ty == LUA_TTABLE)
        client_topics(ld, line);
    else if (ty != LUA_TNIL)
        ld_fail(ld, ld_field_line(ld, "topics", line), "client: 'topics' must be a table, not %s",
                ld_type_word(L, -1));
    lua_settop(L, c - 1);
}
