/* app_summary: the debrief's model. Reads the client's Lua summary of an ended session into
 * the MITI-style lines the debrief shows (a->summary) and the list of what the trainee did
 * with the client's change and sustain talk (a->talk). Drawing them is in draw.c. */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"

/* One more summary line; a macro, not a function, so the compiler checks each format. */
#define SUMMARY_LINE(a, ...)                                                                       \
    snprintf((a)->summary[(a)->nsummary++], sizeof((a)->summary[0]), __VA_ARGS__)

static double num(lua_State *L, int t, const char *k, bool *has)
{
    lua_getfield(L, t, k);
    *has = lua_isnumber(L, -1);
    double v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    return v;
}

static const char *grade(lua_State *L, int t, const char *k)
{
    lua_getfield(L, t, "grades");
    double g = 0;
    bool has = false;
    if (lua_istable(L, -1)) {
        lua_getfield(L, -1, k);
        has = lua_isnumber(L, -1);
        g = lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return !has ? "n/a" : g >= 1 ? "good" : g >= 0.5 ? "fair" : "below fair";
}

/* Reflection to question and complex reflections: not scored under 10 turns. */
static void summary_reflections(App *a, lua_State *L, int t)
{
    bool has;
    lua_getfield(L, t, "too_short");
    bool too_short = lua_toboolean(L, -1);
    lua_getfield(L, t, "no_questions");
    bool no_q = lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (too_short) {
        SUMMARY_LINE(a, "Reflection : question — too short to score (under 10 turns)");
        SUMMARY_LINE(a, "Complex reflections — too short to score");
        return;
    }
    double rq = num(L, t, "rq", &has);
    if (has)
        SUMMARY_LINE(a, "Reflection : question  %.2f — %s (fair ≥ 1, good ≥ 2)", rq,
                     grade(L, t, "rq"));
    else
        SUMMARY_LINE(a, "Reflection : question — %s", no_q ? "no questions" : "none");
    double cr = num(L, t, "pct_cr", &has);
    if (has)
        SUMMARY_LINE(a, "Complex reflections  %.0f%% — %s (fair ≥ 40%%, good ≥ 50%%)", cr * 100,
                     grade(L, t, "pct_cr"));
    else
        SUMMARY_LINE(a, "Complex reflections — none");
}

/* " · turn 3" or " · turns 2, 5": the turns that pulled a global rating down
 * (summary.behind[key]). */
static void behind_turns(lua_State *L, int t, const char *key, char *turns, size_t size)
{
    snprintf(turns, size, " · no turns");
    size_t len = 0;
    lua_getfield(L, t, "behind");
    if (lua_istable(L, -1))
        lua_getfield(L, -1, key);
    else
        lua_pushnil(L);
    lua_Integer n = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    for (lua_Integer k = 1; k <= n && len < size; k++) {
        lua_rawgeti(L, -1, k);
        int w = snprintf(turns + len, size - len, "%s%lld",
                         k == 1 ? (n == 1 ? " · turn " : " · turns ") : ", ",
                         (long long)lua_tointeger(L, -1));
        lua_pop(L, 1);
        if (w > 0) len += (size_t)w;
    }
    lua_pop(L, 2);
}

/* The four global ratings, each with the turns behind it. */
static void summary_globals(App *a, lua_State *L, int t)
{
    static const char *const proxies[][2] = {{"partnership", "Partnership"},
                                             {"empathy", "Empathy"},
                                             {"cultivating", "Cultivating change talk"},
                                             {"softening", "Softening sustain talk"}};
    for (int i = 0; i < 4; i++) {
        bool has;
        double v = num(L, t, proxies[i][0], &has);
        if (!has) {
            SUMMARY_LINE(a, "%s — nothing to rate", proxies[i][1]);
            continue;
        }
        char turns[600];
        behind_turns(L, t, proxies[i][0], turns, sizeof turns);
        SUMMARY_LINE(a, "%s  %.1f%s", proxies[i][1], v, turns);
    }
}

/* The composite scores, the counts, the final state and the overall score. */
static void summary_totals(App *a, lua_State *L, int t)
{
    bool has;
    SUMMARY_LINE(a, "Relational (partnership, empathy)  %.1f — %s (fair ≥ 3.5, good ≥ 4)",
                 num(L, t, "relational", &has), grade(L, t, "relational"));
    double tech = num(L, t, "technical", &has);
    if (has)
        SUMMARY_LINE(a, "Technical (cultivating, softening)  %.1f — %s (fair ≥ 3, good ≥ 4)", tech,
                     grade(L, t, "technical"));
    else
        SUMMARY_LINE(a, "Technical — nothing to rate (no change or sustain talk)");
    SUMMARY_LINE(a, "MI-adherent %.0f · MI-non-adherent %.0f", num(L, t, "adherent", &has),
                 num(L, t, "non_adherent", &has));
    SUMMARY_LINE(a, "Final rapport %.0f · credibility %.0f · peak discord %.0f · repairs %.0f",
                 num(L, t, "final_rapport", &has), num(L, t, "final_credibility", &has),
                 num(L, t, "peak_discord", &has), num(L, t, "repairs", &has));
    lua_getfield(L, t, "pass");
    SUMMARY_LINE(a, "Score %.2f — %s", num(L, t, "score", &has),
                 lua_toboolean(L, -1) ? "a pass" : "not yet a pass");
    lua_settop(L, t);
}

/* Reads one entry of summary.talk (the table at stack index e) into d. */
static void talk_read(lua_State *L, int e, DebriefTalk *d)
{
    bool has;
    d->turn = (int)num(L, e, "turn", &has);
    lua_getfield(L, e, "good");
    d->good = lua_toboolean(L, -1);
    static const char *const keys[] = {"talk", "kind", "answer", "advice"};
    char *dst[] = {d->talk, d->kind, d->answer, d->advice};
    size_t sz[] = {sizeof d->talk, sizeof d->kind, sizeof d->answer, sizeof d->advice};
    for (int k = 0; k < 4; k++) {
        lua_getfield(L, e, keys[k]);
        snprintf(dst[k], sz[k], "%s", lua_isstring(L, -1) ? lua_tostring(L, -1) : "");
    }
    lua_settop(L, e - 1);
}

/* summary.talk into a->talk, keeping only entries whose turn was played. */
static void summary_talk(App *a, lua_State *L, int t)
{
    a->ntalk = 0;
    lua_getfield(L, t, "talk");
    lua_Integer n = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    DebriefTalk *dt = n > 0 ? realloc(a->talk, sizeof *dt * (size_t)n) : a->talk;
    if (dt) a->talk = dt;
    for (lua_Integer i = 1; dt && i <= n; i++) {
        lua_rawgeti(L, -1, i);
        DebriefTalk *d = &a->talk[a->ntalk];
        talk_read(L, lua_gettop(L), d);
        if (d->turn >= 1 && d->turn <= a->sess.nturns) a->ntalk++;
    }
}

void app_summary_build(App *a)
{
    a->nsummary = 0;
    lua_State *L = a->host->L;
    int top = lua_gettop(L);
    if (host_summary(a->host, &a->sess) != 0) {
        SUMMARY_LINE(a, "(no summary: %s)", a->host->err);
        return;
    }
    int t = lua_gettop(L);
    summary_reflections(a, L, t);
    summary_globals(a, L, t);
    summary_totals(a, L, t);
    summary_talk(a, L, t);
    lua_settop(L, top);
}
