/* limits: puts the work done inside one library call on the script's step budget. The count
 * hook only sees VM instructions, so a pattern match that backtracks for ever, or a
 * table.move over a trillion slots, would run unseen inside C. Each function here charges
 * the worst case of the library function it stands for, before calling it, and refuses a
 * call whose worst case alone is past the budget. What they allocate is charged by the
 * allocator (host.c); the watchdog there is the backstop for the rest. Upvalues of every
 * function: the Host, then the library function it stands for. */
#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

/* Charges cost steps to the running script; an error (that a script cannot catch) when the
 * call alone, or the entry so far, is past the budget. Outside scripts nothing is counted. */
static void charge(lua_State *L, double cost, const char *what, const char *hint)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    if (h->depth == 0) return;
    if (cost > (double)h->step_limit) {
        h->aborting = true;
        luaL_error(L,
                   "%s: this call could take more than %d million steps, the budget of a "
                   "call into the client: %s",
                   what, (int)(h->step_limit / 1000000), hint);
    }
    h->steps += (long long)cost;
    if (h->steps > h->step_limit) {
        h->aborting = true;
        luaL_error(L,
                   "took too long: more than %d million steps without finishing (an endless "
                   "loop?)",
                   (int)(h->step_limit / 1000000));
    }
}

#define PATTERN_HINT "use a simpler pattern (fewer '*', '+', '-', '?') or less text"

static int call_original(lua_State *L)
{
    return lua_tocfunction(L, lua_upvalueindex(2))(L);
}

/* The end of the single-character class starting at p (a letter, '.', %x or a [set]). */
static const char *class_end(const char *p, const char *end)
{
    if (*p == '%') return p + 2 <= end ? p + 2 : end;
    if (*p != '[') return p + 1;
    p++;
    if (p < end && *p == '^') p++;
    do { /* the first ']' is a member, not the end */
        if (p >= end) return end;
        if (*p == '%' && p + 1 < end) p++;
        p++;
    } while (p < end && *p != ']');
    return p < end ? p + 1 : end;
}

/* The worst-case number of steps the matcher of lstrlib takes for pattern p (lp bytes) at
 * one start in a subject of n bytes. Read from the end: a single character costs one step;
 * '?' tries the rest twice; '*', '+' and '-' try it at every length (or once, when the rest
 * cannot fail); %b and a back reference scan the subject once. Iterative: a pattern can be
 * long. */
static double start_cost(const char *p, size_t lp, double n)
{
    char *kind = malloc(lp + 1), *quant = malloc(lp + 1);
    if (!kind || !quant) {
        free(kind);
        free(quant);
        return INFINITY;
    }
    size_t k = 0;
    const char *end = p + lp;
    while (p < end) {
        quant[k] = 0;
        if (*p == '(' || *p == ')') {
            kind[k] = '(';
            p += p[0] == '(' && p + 1 < end && p[1] == ')' ? 2 : 1;
        } else if (*p == '$' && p + 1 == end) {
            kind[k] = '$';
            p++;
        } else if (*p == '%' && p + 1 < end && (p[1] == 'b' || (p[1] >= '0' && p[1] <= '9'))) {
            kind[k] = 'b';
            p += p[1] == 'b' ? (end - p < 4 ? end - p : 4) : 2;
        } else if (*p == '%' && p + 1 < end && p[1] == 'f') {
            kind[k] = 'f';
            p = class_end(p + 2 < end ? p + 2 : end, end);
        } else {
            kind[k] = 'c';
            p = class_end(p, end);
            if (p < end && strchr("*+-?", *p)) quant[k] = *p++;
        }
        k++;
    }
    double cost = 1;
    bool fails = false; /* whether what follows can fail */
    while (k-- > 0) {
        char q = quant[k];
        if (kind[k] == '(')
            cost += 1;
        else if (kind[k] == 'b')
            cost += n + 1;
        else if (kind[k] != 'c' || !q)
            cost += 1;
        else if (!fails)
            cost += q == '?' ? 1 : n + 1;
        else if (q == '?')
            cost = 1 + 2 * cost;
        else
            cost = (n + 1) * (1 + cost);
        fails = fails || kind[k] != '(';
    }
    free(kind);
    free(quant);
    return cost;
}

/* Nested repetitions make the cost astronomical; doubles hold it, and the charge refuses. */
static double pattern_cost(const char *p, size_t lp, double n, bool anchor_ok, bool plain)
{
    bool special = false;
    for (size_t i = 0; i < lp && !special; i++)
        special = p[i] && strchr("^$*+?.([%-", p[i]);
    if (plain || !special) return (n + 1) * ((double)lp + 1);
    bool anchored = anchor_ok && lp > 0 && *p == '^';
    double c = start_cost(p + anchored, lp - anchored, n);
    return anchored ? c : (n + 1) * c;
}

static int f_find(lua_State *L)
{
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    charge(L, pattern_cost(p, lp, (double)ls, true, lua_toboolean(L, 4)), "string.find",
           PATTERN_HINT);
    return call_original(L);
}

static int f_match(lua_State *L)
{
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    charge(L, pattern_cost(p, lp, (double)ls, true, false), "string.match", PATTERN_HINT);
    return call_original(L);
}

/* The iterator's whole run is charged here: it tries each start of the subject once. */
static int f_gmatch(lua_State *L)
{
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    charge(L, pattern_cost(p, lp, (double)ls + 1, false, false), "string.gmatch", PATTERN_HINT);
    return call_original(L);
}

static int f_gsub(lua_State *L)
{
    size_t ls, lp, lr = 0;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    if (lua_type(L, 3) == LUA_TSTRING || lua_type(L, 3) == LUA_TNUMBER) lua_tolstring(L, 3, &lr);
    double n = (double)ls;
    charge(L, pattern_cost(p, lp, n, true, false) + (n + 1) * (double)lr, "string.gsub",
           PATTERN_HINT);
    return call_original(L);
}

/* A result past the memory limit is refused here, where the message can say so plainly. */
static int f_rep(lua_State *L)
{
    Host *h = lua_touserdata(L, lua_upvalueindex(1));
    size_t ls, lsep = 0;
    luaL_checklstring(L, 1, &ls);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    double bytes = n > 0 ? (double)ls * (double)n + (double)lsep * (double)(n - 1) : 0;
    if (h->depth > 0 && bytes > (double)h->mem_limit) {
        h->aborting = true;
        return luaL_error(L,
                          "string.rep: the result would be %I MB, more than the script's "
                          "memory limit of %d MB (RAPPORT_MEMORY_MB changes it)",
                          (lua_Integer)fmin(bytes / 1048576.0, 1e15), (int)(h->mem_limit >> 20));
    }
    return call_original(L);
}

/* The number of slots from i to j, as a count of steps (0 when empty). */
static double span(lua_Integer i, lua_Integer j)
{
    return j >= i ? (double)j - (double)i + 1 : 0;
}

static int f_insert(lua_State *L)
{
    lua_Integer n = luaL_len(L, 1);
    lua_Integer pos = lua_gettop(L) >= 3 ? luaL_optinteger(L, 2, n + 1) : n + 1;
    charge(L, 1 + span(pos, n), "table.insert", "work on fewer elements");
    return call_original(L);
}

static int f_remove(lua_State *L)
{
    lua_Integer n = luaL_len(L, 1);
    charge(L, 1 + span(luaL_optinteger(L, 2, n), n), "table.remove", "work on fewer elements");
    return call_original(L);
}

static int f_move(lua_State *L)
{
    charge(L, 1 + span(luaL_checkinteger(L, 2), luaL_checkinteger(L, 3)), "table.move",
           "work on fewer elements");
    return call_original(L);
}

static int f_concat(lua_State *L)
{
    lua_Integer i = luaL_optinteger(L, 3, 1);
    lua_Integer j = lua_isnoneornil(L, 4) ? luaL_len(L, 1) : luaL_checkinteger(L, 4);
    charge(L, 1 + span(i, j), "table.concat", "work on fewer elements");
    return call_original(L);
}

static int f_unpack(lua_State *L)
{
    lua_Integer i = luaL_optinteger(L, 2, 1);
    lua_Integer j = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : luaL_checkinteger(L, 3);
    charge(L, 1 + span(i, j), "table.unpack", "work on fewer elements");
    return call_original(L);
}

/* Comparisons made inside C (a comparison function of the script's own is counted by the
 * hook, so this is the default order's cost). */
static int f_sort(lua_State *L)
{
    double n = (double)luaL_len(L, 1);
    charge(L, 1 + 2 * n * log2(n + 2), "table.sort", "work on fewer elements");
    return call_original(L);
}

/* utf8.len and utf8.offset walk the string without allocating. */
static int f_utf8_walk(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    charge(L, 1 + (double)ls, "utf8", "work on fewer elements");
    return call_original(L);
}

int luaopen_rapport_limits(lua_State *L)
{
    static const struct {
        const char *lib;
        luaL_Reg reg;
    } wrapped[] = {
        {"string", {"find", f_find}},      {"string", {"match", f_match}},
        {"string", {"gmatch", f_gmatch}},  {"string", {"gsub", f_gsub}},
        {"string", {"rep", f_rep}},        {"table", {"insert", f_insert}},
        {"table", {"remove", f_remove}},   {"table", {"move", f_move}},
        {"table", {"concat", f_concat}},   {"table", {"unpack", f_unpack}},
        {"table", {"sort", f_sort}},       {"utf8", {"len", f_utf8_walk}},
        {"utf8", {"offset", f_utf8_walk}},
    };
    luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);
    for (size_t i = 0; i < sizeof wrapped / sizeof wrapped[0]; i++) {
        lua_getglobal(L, wrapped[i].lib);
        lua_pushvalue(L, 1);
        lua_getfield(L, -2, wrapped[i].reg.name);
        luaL_checktype(L, -1, LUA_TFUNCTION);
        lua_pushcclosure(L, wrapped[i].reg.func, 2);
        lua_setfield(L, -2, wrapped[i].reg.name);
        lua_pop(L, 1);
    }
    return 0;
}
