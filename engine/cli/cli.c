/* cli: locating bundled clients, loading scenarios, printing summaries. */
#include "cli.h"
#include "../store/paths.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "../core/course.h"
#include "../core/transcript.h"
#include "choices.h"
#include "../lua/json.h"

const char *cli_scripts_dir(void)
{
    return paths_scripts(); /* store/paths.c: env, install, build tree */
}

double cli_load_seconds;

Host *cli_load(const char *name)
{
    double t0 = cli_now();
    Host *h = paths_load(name);
    if (h) cli_load_seconds = cli_now() - t0;
    return h;
}

char **cli_bundled(void)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/clients", cli_scripts_dir());
    return paths_list_lua(dir);
}

void cli_free_list(char **list)
{
    paths_free_list(list);
}

long cli_peak_rss_kb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

int cli_default_workers(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > CLI_WORKERS_MAX ? CLI_WORKERS_MAX : (int)n;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

bool cli_parse_u64(const char *s, unsigned long long *out)
{
    /* Digits only: strtoull alone would take " 7", "+7" and "-1" (as 2^64-1). */
    if (!s || !*s || strspn(s, "0123456789") != strlen(s)) return false;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || errno) return false;
    *out = v;
    return true;
}

bool cli_option_u64(const char *cmd, const char *opt, const char *value, unsigned long long min,
                    unsigned long long max, unsigned long long *out)
{
    unsigned long long v;
    if (value && cli_parse_u64(value, &v) && v >= min && v <= max) {
        *out = v;
        return true;
    }
    if (value)
        fprintf(stderr, "rapport %s: %s: \"%s\" is not a whole number from %llu to %llu\n", cmd,
                opt, term_safe(value, false), min, max);
    else
        fprintf(stderr, "rapport %s: %s needs a whole number from %llu to %llu\n", cmd, opt, min,
                max);
    return false;
}

/* "turns 1, 4, 7" from the summary's behind[key], or "no turns". */
static void print_turns(FILE *f, lua_State *L, int t, const char *key)
{
    lua_getfield(L, t, "behind");
    lua_getfield(L, -1, key);
    lua_Integer n = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    fputs(n ? (n == 1 ? "turn " : "turns ") : "no turns", f);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        fprintf(f, "%s%lld", i > 1 ? ", " : "", (long long)lua_tointeger(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

static void print_global(FILE *f, lua_State *L, int t, const char *label, const char *key,
                         const char *bands)
{
    bool has;
    double v = host_field_number(L, t, key, &has);
    if (has)
        fprintf(f, "  %s %.1f    %s %s\n", label, v, host_grade_word(L, t, key), bands);
    else
        fprintf(f, "  %s nothing to rate\n", label);
}

/* One of the four global proxies, 1-5, with the turns behind it. */
static void print_proxy(FILE *f, lua_State *L, int t, const char *label, const char *key)
{
    bool has;
    double v = host_field_number(L, t, key, &has);
    if (has)
        fprintf(f, "  %s %.1f    (", label, v);
    else
        fprintf(f, "  %s nothing to rate (", label);
    print_turns(f, L, t, key);
    fputs(")\n", f);
}

int cli_print_summary(FILE *f, Host *h, const Session *s, bool json)
{
    lua_State *L = h->L;
    if (host_summary(h, s) != 0) {
        fprintf(stderr, "%s\n", h->err);
        return -1;
    }
    int t = lua_gettop(L);
    if (json) {
        char err[512];
        int rc = 0;
        fputs("{\"summary\":", f);
        if (host_json(f, L, t, err, sizeof err) != 0) {
            fputs("null", f);
            fprintf(stderr, "rapport: the summary cannot be written as JSON: %s\n", err);
            rc = -1;
        }
        fputs("}\n", f);
        lua_pop(L, 1);
        return rc;
    }
    bool has, short_ = (lua_getfield(L, t, "too_short"), lua_toboolean(L, -1));
    lua_pop(L, 1);
    bool no_q = (lua_getfield(L, t, "no_questions"), lua_toboolean(L, -1));
    lua_pop(L, 1);
    fprintf(f, "MITI-style summary (%d turns, %.0f utterances)\n", s->nturns,
            host_field_number(L, t, "utterances", &has));
    if (short_) {
        fprintf(f, "  reflection:question      too short to score (under 10 turns)\n");
        fprintf(f, "  complex reflections      too short to score\n");
    } else {
        double rq = host_field_number(L, t, "rq", &has);
        if (has)
            fprintf(f, "  reflection:question      %.2f   %s (fair >= 1, good >= 2)\n", rq,
                    host_grade_word(L, t, "rq"));
        else if (no_q)
            fprintf(f, "  reflection:question      no questions   %s\n",
                    host_grade_word(L, t, "rq"));
        else
            fprintf(f, "  reflection:question      none\n");
        double cr = host_field_number(L, t, "pct_cr", &has);
        if (has)
            fprintf(f, "  complex reflections      %.0f%%    %s (fair >= 40%%, good >= 50%%)\n",
                    cr * 100, host_grade_word(L, t, "pct_cr"));
        else
            fprintf(f, "  complex reflections      none\n");
    }
    print_proxy(f, L, t, "partnership (MITI-style)", "partnership");
    print_proxy(f, L, t, "empathy (MITI-style)    ", "empathy");
    print_proxy(f, L, t, "cultivating change talk ", "cultivating");
    print_proxy(f, L, t, "softening sustain talk  ", "softening");
    print_global(f, L, t, "relational global       ", "relational", "(fair >= 3.5, good >= 4)");
    print_global(f, L, t, "technical global        ", "technical", "(fair >= 3, good >= 4)");
    fprintf(f, "  MI-adherent %.0f, MI-non-adherent %.0f\n",
            host_field_number(L, t, "adherent", &has),
            host_field_number(L, t, "non_adherent", &has));
    fprintf(f, "outcome: rapport %.0f, credibility %.0f, peak discord %.0f, repairs %.0f\n",
            host_field_number(L, t, "final_rapport", &has),
            host_field_number(L, t, "final_credibility", &has),
            host_field_number(L, t, "peak_discord", &has),
            host_field_number(L, t, "repairs", &has));
    lua_getfield(L, t, "pass");
    fprintf(f, "score: %.2f (%s)\n", host_field_number(L, t, "score", &has),
            lua_toboolean(L, -1) ? "pass" : "not yet a pass");
    lua_settop(L, t - 1);
    return 0;
}

int cli_play_choices(Session *s, const char *cmd, const char *list, const ChoicesHooks *hooks)
{
    static char refs[SESSION_MAX_TURNS][CHOICE_REF_MAX];
    char err[256];
    int n = choices_parse(list, refs, SESSION_MAX_TURNS, err, sizeof err);
    if (n < 0) {
        fprintf(stderr, "rapport %s: --choices: %s\n", cmd, err);
        return EXIT_BAD_INPUT;
    }
    for (int step = 1; step <= n; step++) {
        const char *ref = refs[step - 1];
        if (s->over && course_goes_on(s->sc, s->state, s->node)) { /* between two sessions */
            double chance = course_miss_chance(s->sc, s->state);
            if (hooks && hooks->ended) hooks->ended(hooks->ctx, s);
            if (session_choose_ref(s, ref) != 0) {
                fprintf(stderr, "rapport %s: --choices: step %d: %s\n", cmd, step, s->err);
                return EXIT_BAD_INPUT;
            }
            if (hooks && hooks->sitting)
                hooks->sitting(hooks->ctx, s, !strcmp(ref, "next"), chance);
            continue;
        }
        if (s->over) {
            fprintf(stderr,
                    "rapport %s: --choices: step %d (%s): the session already ended at '%s'\n", cmd,
                    step, ref, session_node(s)->ending);
            return EXIT_BAD_INPUT;
        }
        if (session_choose_ref(s, ref) != 0) {
            if (s->error == SERR_CHOICE)
                fprintf(stderr, "rapport %s: --choices: step %d: %s\n", cmd, step, s->err);
            else
                fprintf(stderr, "%s\n", s->err);
            return EXIT_BAD_INPUT;
        }
        if (hooks && hooks->turn) hooks->turn(hooks->ctx, s);
    }
    return EXIT_OK;
}
