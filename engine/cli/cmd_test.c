/* test: plays each scenario's test plans and persona bots headless and checks what they
 * expect. Text by default; --tap and --junit FILE for CI systems. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/bots.h"
#include "../core/course.h"
#include "../core/transcript.h"
#include "../report/report.h"
#include "cli.h"
#include "opts.h"
#include "../text/reply.h"

#define BOT_SHARE 0.8        /* a bot's goal must hold in this share of its runs */
#define SURFACE_MIN_RUNS 500 /* surface bots play at least this many seeds */

/* --seed: the bots' first session seed (runs play seeds N, N+1, ...); 1 by default. A plan
 * keeps its own seed. */
static unsigned long long seed_base = 1;

typedef struct Result {
    char *suite, *name, *message, *transcript;
    bool ok;
    double secs;
} Result;

typedef struct Results {
    Result *items;
    int count, cap;
} Results;

static void add(Results *r, const char *suite, const char *name, bool ok, const char *message,
                char *transcript, double secs)
{
    if (r->count == r->cap) {
        int cap = r->cap ? r->cap * 2 : 32;
        Result *items = realloc(r->items, (size_t)cap * sizeof *items);
        if (!items) return;
        r->items = items;
        r->cap = cap;
    }
    r->items[r->count++] =
        (Result){strdup(suite), strdup(name), strdup(message ? message : ""), transcript, ok, secs};
}

static const char *ending_of(const Session *s)
{
    return s->over ? session_node(s)->ending : NULL;
}

/* Did the client complain about the questions at any turn (the model's questions_complaint
 * is only this turn's)? */
static bool complained_in(const Session *s)
{
    int q = s->sc->var_questions;
    for (int t = 1; q >= 0 && t <= s->nturns; t++)
        if (session_state_at(s, t)[q] != 0) return true;
    return false;
}

/* Checks one expectation; on a miss writes "expected ..., got ..." to msg. */
static bool check(const Session *s, const Expect *e, char *msg, size_t size)
{
    const Node *n = session_node(s);
    char got[64];
    switch (e->kind) {
    case EXPECT_ENDING: {
        const char *end = ending_of(s);
        if (end && !strcmp(end, e->text)) return true;
        snprintf(msg, size, "expected ending '%s', got %s%s%s", e->text,
                 end ? "'" : "no ending (stopped at node '", end ? end : n->id, end ? "'" : "')");
        return false;
    }
    case EXPECT_OUTCOME:
        if (s->over && !strcmp(outcome_name(n->outcome), e->text)) return true;
        snprintf(msg, size, "expected outcome '%s', got '%s'", e->text,
                 s->over ? outcome_name(n->outcome) : "none");
        return false;
    case EXPECT_NODE:
        if (!strcmp(n->id, e->text)) return true;
        snprintf(msg, size, "expected to stop at node '%s', got '%s'", e->text, n->id);
        return false;
    case EXPECT_TURNS:
        if (cmp_holds(e->op, s->nturns, e->value)) return true;
        snprintf(msg, size, "expected turns %s %g, got %d", cmp_symbol(e->op), e->value, s->nturns);
        return false;
    case EXPECT_VAR: {
        const VarDecl *v = &s->sc->layout.vars[e->var];
        if (cmp_holds(e->op, s->state[e->var], e->value)) return true;
        state_format_value(v, s->state[e->var], got, sizeof got);
        if (v->type == VAR_FLAG)
            snprintf(msg, size, "expected %s = %s, got %s", v->name, e->value ? "true" : "false",
                     got);
        else
            snprintf(msg, size, "expected %s %s %g, got %s", v->name, cmp_symbol(e->op), e->value,
                     got);
        return false;
    }
    case EXPECT_COMPLAINED:
        if (complained_in(s) == (e->value != 0)) return true;
        snprintf(msg, size, "expected the client %sto complain about the questions",
                 e->value != 0 ? "" : "not ");
        return false;
    case EXPECT_EXCEPT: /* a goal over all the runs, judged by run_bot */
        return true;
    }
    return false;
}

/* Every miss, joined with "; ". */
static void check_all(const Session *s, const Expect *ex, int n, char *msg, size_t size)
{
    for (int i = 0; i < n; i++) {
        char m[512];
        if (!check(s, &ex[i], m, sizeof m)) {
            size_t used = strlen(msg);
            snprintf(msg + used, size - used, "%s%s", used ? "; " : "", m);
        }
    }
}

static char *transcript_of(const Session *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    for (int t = 1; t <= s->nturns; t++)
        transcript_text_turn(f, s, t);
    if (s->node >= 0 && !s->error) transcript_text_end(f, s);
    fclose(f);
    return buf;
}

/* A script error, a dead end or a session that never ends is a mistake in the client file,
 * not a failed expectation: one line on stderr, as `rapport run` prints it, and exit 2. */
static bool script_failed(const char *err)
{
    fprintf(stderr, "%s\n", err);
    return false;
}

/* What became of a typed reply, in words for a failed step: "taken as 'x'", "asked between
 * 'x' and 'y'", "fit no choice". */
static void verdict_words(const Session *s, const FtMatch *m, char *buf, size_t size)
{
    const Node *n = session_node(s);
    if (m->verdict == FT_UNMATCHED || !m->nbest) {
        snprintf(buf, size, "fit no choice");
        return;
    }
    if (m->verdict == FT_CONFIDENT) {
        snprintf(buf, size, "taken as '%s' (confidence %.2f)",
                 n->choices[s->offered[m->best[0]]].id, m->confidence);
        return;
    }
    if (m->nbest == 1) {
        snprintf(buf, size, "not sure: asked whether it meant '%s' (confidence %.2f)",
                 n->choices[s->offered[m->best[0]]].id, m->confidence);
        return;
    }
    size_t len = (size_t)snprintf(buf, size, "not sure: asked between");
    for (int i = 0; i < m->nbest && len < size; i++)
        len += (size_t)snprintf(buf + len, size - len, "%s '%s'",
                                i == 0              ? ""
                                : i == m->nbest - 1 ? " and"
                                                    : ",",
                                n->choices[s->offered[m->best[i]]].id);
}

/* A typed step: the words must be taken as the choice the plan names, or (expect = "none")
 * fit no choice. Plays it as a trainee's typed reply. 0, or -1 with msg (or a script error:
 * msg empty). */
static int typed_step(Session *s, Replies *rep, const PlanStep *st, int i, char *msg, size_t size)
{
    FtMatch m;
    replies_match(rep, s, st->typed, NULL, &m);
    bool none = !strcmp(st->id, "none");
    int k = m.verdict == FT_CONFIDENT ? m.best[0] : -1;
    bool ok = none ? m.verdict == FT_UNMATCHED
                   : k >= 0 && !strcmp(session_node(s)->choices[s->offered[k]].id, st->id);
    if (!ok) {
        char got[600];
        verdict_words(s, &m, got, sizeof got);
        snprintf(msg, size, "step %d: typed \"%.80s\" %s; expected %s%s%s", i + 1, st->typed, got,
                 none ? "" : "'", none ? "no choice to fit" : st->id, none ? "" : "'");
        return -1;
    }
    int rc = replies_take(rep, s, st->typed, &m, k, false);
    if (rc < 0 && s->error == SERR_CHOICE) snprintf(msg, size, "step %d: %s", i + 1, s->err);
    return rc < 0 ? -1 : 0;
}

/* Plays one plan into r; false after one line on stderr when the client file fails. */
static bool run_plan(Results *r, Session *s, const TestPlan *tp, bool *reached, Replies *rep)
{
    const Scenario *sc = s->sc;
    char msg[1200] = "";
    double t0 = cli_now();
    if (session_start(s, tp->seed) != 0) return script_failed(s->err);
    for (int i = 0; !msg[0] && i < tp->nsteps; i++) {
        const PlanStep *st = &tp->steps[i];
        char ref[32];
        if (!st->id) snprintf(ref, sizeof ref, "%d", st->number);
        if (s->over && !course_goes_on(sc, s->state, s->node))
            snprintf(msg, sizeof msg, "step %d (%s): the session already ended at '%s'", i + 1,
                     st->id ? st->id : ref, session_node(s)->ending);
        else if (st->typed) {
            if (typed_step(s, rep, st, i, msg, sizeof msg) != 0 && !msg[0])
                return script_failed(s->err);
        } else if (session_choose_ref(s, st->id ? st->id : ref) != 0) {
            if (s->error != SERR_CHOICE) return script_failed(s->err);
            snprintf(msg, sizeof msg, "step %d: %s", i + 1, s->err);
        }
    }
    if (!msg[0]) check_all(s, tp->expects, tp->nexpects, msg, sizeof msg);
    if (s->over && !s->error) reached[s->node] = true;
    char name[300], where[1400];
    snprintf(name, sizeof name, "%s", tp->name);
    snprintf(where, sizeof where, "%s:%d: %s", sc->path, tp->line, msg);
    add(r, sc->id, name, !msg[0], msg[0] ? where : NULL, msg[0] ? transcript_of(s) : NULL,
        cli_now() - t0);
    return true;
}

/* The model's section 7, for clients that use the model and state no goal of their own. */
static bool default_goal_holds(BotKind b, const Session *s, bool complained, char *msg, size_t size)
{
    const Scenario *sc = s->sc;
    const Node *n = session_node(s);
    switch (b) {
    case BOT_MI:
        if (complained) {
            snprintf(msg, size,
                     "the client complained about questions the mi bot did not ask in a run");
            return false;
        }
        if (s->over && n->outcome == OUTCOME_SUCCESS) return true;
        snprintf(msg, size, "expected a success ending, got %s", s->over ? n->ending : "none");
        return false;
    case BOT_RIGHTING: {
        int discord = layout_find(&sc->layout, "discord");
        double peak = 0;
        for (int t = 1; t <= s->nturns && t <= 5; t++)
            if (session_state_at(s, t)[discord] > peak) peak = session_state_at(s, t)[discord];
        if (s->over && n->outcome == OUTCOME_FAIL && peak > 60) return true;
        snprintf(
            msg, size,
            "expected a fail ending with discord > 60 within 5 turns, got %s (%s), peak discord %g",
            s->over ? n->ending : "none", outcome_name(n->outcome), peak);
        return false;
    }
    case BOT_QUESTIONS:
        if (complained) return true;
        snprintf(msg, size, "expected the client to complain about the questions");
        return false;
    default:
        return true;
    }
}

/* How often a bot reaches a success ending and passes: the random bot's rates are chance. */
typedef struct Chance {
    int runs, success, pass;
} Chance;

static int tally(Chance *c, Host *h, const Session *s, char *error, size_t size)
{
    bool pass = false;
    if (host_session_passed(h, s, &pass) != 0) {
        snprintf(error, size, "%.1000s", h->err); /* a script error is one short line */
        return -1;
    }
    c->runs++;
    c->success += s->over && session_node(s)->outcome == OUTCOME_SUCCESS;
    c->pass += pass;
    return 0;
}

/* A bot's own goal for one session: its plan's expectations, or the default goal. */
static bool bot_goal_held(BotKind b, const Session *s, char *msg, size_t size)
{
    const BotGoal *g = &s->sc->bots[b];
    if (!g->set) return default_goal_holds(b, s, complained_in(s), msg, size);
    check_all(s, g->expects, g->nexpects, msg, size);
    return !msg[0];
}

/* What a bot's runs came to. */
typedef struct BotRuns {
    int *endings; /* per node */
    int held, done;
    char first_miss[1200], error[1100];
    char *miss_transcript;
} BotRuns;

/* At an ending another session follows (a course): on to it, as the course's seed draws
 * whether the client comes. 1 when a session started, 0 when the course is over, -1 on an
 * error. */
static int course_next(Session *s)
{
    while (s->over && course_goes_on(s->sc, s->state, s->node)) {
        int rc = session_next_sitting(s, COURSE_DRAW, NULL);
        if (rc != 0) return rc;
    }
    return 0;
}

/* Plays the bot's runs (seeds 1, 2, ...) and judges each against its goal. */
static void bot_play(BotRuns *br, Host *h, Session *s, BotKind b, int runs, Chance *chance)
{
    for (int i = 0; br->endings && i < runs && !br->error[0]; i++) {
        Rng pick;
        rng_seed(&pick, (uint64_t)i + (uint64_t)(seed_base - 1) + 1000u * (uint64_t)b);
        if (session_start(s, (uint64_t)i + (uint64_t)seed_base) != 0) {
            snprintf(br->error, sizeof br->error, "%s", s->err);
            break;
        }
        for (int more = 1; more == 1 && !br->error[0];) {
            while (!s->over && !br->error[0])
                if (session_choose(s, bot_pick(b, s, &pick)) != 0)
                    snprintf(br->error, sizeof br->error, "%s", s->err);
            if (!br->error[0] && (more = course_next(s)) < 0)
                snprintf(br->error, sizeof br->error, "%s", s->err);
        }
        if (br->error[0]) break;
        if (chance && tally(chance, h, s, br->error, sizeof br->error) != 0) break;
        br->done++;
        br->endings[s->node]++;
        char msg[1000] = "";
        if (bot_goal_held(b, s, msg, sizeof msg))
            br->held++;
        else if (!br->first_miss[0]) {
            snprintf(br->first_miss, sizeof br->first_miss, "%s", msg);
            br->miss_transcript = transcript_of(s);
        }
    }
}

/* "ending n, ending n": the endings the runs reached, or (missing) the ones never reached
 * that the goal asks for (all but its `except` ones). */
static void bot_endings(const Scenario *sc, const BotGoal *g, const int *endings, bool missing,
                        char *out, size_t size)
{
    out[0] = '\0';
    for (int n = 0; endings && n < sc->nnodes; n++) {
        if (!sc->nodes[n].ending || (missing && endings[n])) continue;
        bool excepted = false;
        for (int i = 0; missing && i < g->nexpects; i++)
            excepted |= g->expects[i].kind == EXPECT_EXCEPT && (int)g->expects[i].value == n;
        if (excepted) continue;
        size_t used = strlen(out);
        if (missing)
            snprintf(out + used, size - used, "%s%s", used ? ", " : "", sc->nodes[n].ending);
        else
            snprintf(out + used, size - used, "%s%s %d", used ? ", " : "", sc->nodes[n].ending,
                     endings[n]);
    }
}

/* What a default goal is about, for the note when a client lacks it. */
static const char *const GOAL_NEEDS[] = {
    [BOT_MI] = "the model, a success ending and an MI-consistent choice",
    [BOT_RIGHTING] = "the model, a fail ending and a persuade, defend, justify, confront or "
                     "blame_client choice",
    [BOT_QUESTIONS] = "the model and three question choices in a row",
};

/* Can `depth` question choices follow one another from node n (conditions aside)? The
 * complaint comes with the third question in a row, so a client without such a run cannot
 * draw it. */
static bool questions_in_a_row(const Scenario *sc, int n, int depth)
{
    if (depth == 0) return true;
    const Node *node = &sc->nodes[n];
    for (int k = 0; k < node->nchoices; k++) {
        const Choice *c = &node->choices[k];
        if (bot_appetite(BOT_QUESTIONS, sc->moves[c->move].name) < 9) continue;
        if (depth == 1) return true;
        for (int r = 0; r < c->nroutes; r++)
            if (questions_in_a_row(sc, c->routes[r].node, depth - 1)) return true;
    }
    return false;
}

/* A default goal is about choices of a kind, an ending of an outcome and the model's
 * variables: it applies only to a client that has them (a client of one ending and no
 * choices passes `rapport test`). The random bot's goal, every ending, always applies. */
static bool default_goal_applies(BotKind b, const Scenario *sc)
{
    if (b == BOT_RANDOM) return true;
    if (!sc->has_model || (b == BOT_QUESTIONS && sc->var_questions < 0)) return false;
    bool ending = b == BOT_QUESTIONS, move = false;
    Outcome want = b == BOT_MI ? OUTCOME_SUCCESS : OUTCOME_FAIL;
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        ending |= node->ending && node->outcome == want;
        if (b == BOT_QUESTIONS) move |= questions_in_a_row(sc, n, 3);
        for (int k = 0; b != BOT_QUESTIONS && k < node->nchoices; k++) {
            const char *m = sc->moves[node->choices[k].move].name;
            move |= b == BOT_MI ? move_is_mi_consistent(m) : bot_appetite(b, m) >= 10;
        }
    }
    return ending && move;
}

/* Plays a bot and adds its result to r; false after one line on stderr when the client file
 * fails while playing. */
static bool run_bot(Results *r, Host *h, Session *s, BotKind b, int runs, Chance *chance)
{
    const Scenario *sc = s->sc;
    const BotGoal *g = &sc->bots[b];
    bool judged = g->set || default_goal_applies(b, sc);
    BotRuns br = {.endings = calloc((size_t)sc->nnodes, sizeof(int))};
    double t0 = cli_now();
    bot_play(&br, h, s, b, runs, chance);
    if (br.error[0]) {
        free(br.miss_transcript);
        free(br.endings);
        return script_failed(br.error);
    }
    char dist[1200], msg[2600], missing[600] = "";
    bot_endings(sc, g, br.endings, false, dist, sizeof dist);
    if (b == BOT_RANDOM && (!g->set || g->every_ending))
        bot_endings(sc, g, br.endings, true, missing, sizeof missing);
    bool held = !judged || br.held >= (int)(BOT_SHARE * br.done + 0.999);
    bool ok = held && !missing[0];
    if (ok && !judged)
        snprintf(msg, sizeof msg, "%s (no default goal: it needs %s)", dist, GOAL_NEEDS[b]);
    else if (ok)
        snprintf(msg, sizeof msg, "%s", dist);
    else
        snprintf(msg, sizeof msg, "%s%s%s", missing[0] ? "never reached: " : "", missing,
                 missing[0] && !held ? "; " : "");
    if (!held)
        snprintf(msg + strlen(msg), sizeof msg - strlen(msg),
                 "goal held in %d of %d runs (needs %.0f%%); first miss: %s", br.held, br.done,
                 BOT_SHARE * 100, br.first_miss);
    char name[64], full[4000];
    snprintf(name, sizeof name, "bot %s", bot_name(b));
    snprintf(full, sizeof full, "%s [%s]", msg, dist);
    add(r, sc->id, name, ok, ok ? msg : full, ok ? NULL : br.miss_transcript, cli_now() - t0);
    if (ok) free(br.miss_transcript);
    free(br.endings);
    return true;
}

/* Two standard errors of the difference of two rates: noise, not a giveaway. */
static double noise(int a, int na, int b, int nb)
{
    double p = (double)(a + b) / (double)(na + nb);
    return 2 * sqrt(p * (1 - p) * (1.0 / na + 1.0 / nb));
}

/* The choice points where a bot took the MI-consistent option most often: "opening (500 of
 * 500), numbers (480 of 500)", those it took it at in at least half of its visits. */
static void giveaways(const Scenario *sc, const int *visits, const int *skilled, char *out,
                      size_t size)
{
    out[0] = '\0';
    bool *listed = calloc((size_t)sc->nnodes, sizeof *listed);
    for (int shown = 0; listed && shown < 5; shown++) {
        int best = -1;
        double share = 0;
        for (int n = 0; n < sc->nnodes; n++) {
            if (listed[n] || !visits[n] || 2 * skilled[n] < visits[n]) continue;
            double x = (double)skilled[n] / visits[n];
            if (best < 0 || x > share || (x == share && visits[n] > visits[best]))
                share = x, best = n;
        }
        if (best < 0) break;
        listed[best] = true;
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%s (%d of %d)", used ? ", " : "", sc->nodes[best].id,
                 skilled[best], visits[best]);
    }
    free(listed);
    if (!out[0]) snprintf(out, size, "no single choice point");
}

/* A surface bot (section 7, version 2) reads only the text, in the order shown. It must reach
 * a success ending and pass no more often than the random bot, give or take the noise. False
 * after one line on stderr when the client file fails while playing. */
static bool run_surface(Results *r, Host *h, Session *s, BotKind b, int runs, const Chance *chance)
{
    const Scenario *sc = s->sc;
    int *visits = calloc((size_t)sc->nnodes, sizeof *visits);
    int *skilled = calloc((size_t)sc->nnodes, sizeof *skilled);
    Chance c = {0};
    char error[1100] = "";
    double t0 = cli_now();
    for (int i = 0; visits && skilled && i < runs && !error[0]; i++) {
        if (session_start(s, (uint64_t)i + (uint64_t)seed_base) != 0) {
            snprintf(error, sizeof error, "%s", s->err);
            break;
        }
        for (int more = 1; more == 1 && !error[0];) {
            while (!s->over && !error[0]) {
                int k = bot_pick(b, s, NULL);
                visits[s->node]++;
                skilled[s->node] +=
                    move_is_mi_consistent(sc->moves[session_offered(s, k)->move].name);
                if (session_choose(s, k) != 0) snprintf(error, sizeof error, "%s", s->err);
            }
            if (!error[0] && (more = course_next(s)) < 0)
                snprintf(error, sizeof error, "%s", s->err);
        }
        if (!error[0]) tally(&c, h, s, error, sizeof error);
    }
    char name[64], msg[2000];
    snprintf(name, sizeof name, "bot %s", bot_name(b));
    bool ok = false;
    if (error[0]) {
        free(visits);
        free(skilled);
        return script_failed(error);
    }
    if (!visits || !skilled) {
        snprintf(msg, sizeof msg, "out of memory");
    } else {
        double rs = (double)c.success / c.runs, rp = (double)c.pass / c.runs;
        double cs = (double)chance->success / chance->runs,
               cp = (double)chance->pass / chance->runs;
        ok = rs <= cs + noise(c.success, c.runs, chance->success, chance->runs) &&
             rp <= cp + noise(c.pass, c.runs, chance->pass, chance->runs);
        if (ok) {
            snprintf(msg, sizeof msg,
                     "success %.1f%%, pass %.1f%% in %d runs; chance (random): %.1f%%, %.1f%%",
                     100 * rs, 100 * rp, c.runs, 100 * cs, 100 * cp);
        } else {
            char where[1200];
            giveaways(sc, visits, skilled, where, sizeof where);
            snprintf(msg, sizeof msg,
                     "beats chance: success %.1f%%, pass %.1f%% in %d runs against the random "
                     "bot's %.1f%%, "
                     "%.1f%%; it takes the MI-consistent option at %s",
                     100 * rs, 100 * rp, c.runs, 100 * cs, 100 * cp, where);
        }
    }
    add(r, sc->id, name, ok, msg, NULL, cli_now() - t0);
    free(visits);
    free(skilled);
    return true;
}

/* JUnit XML text: html_escape's entities are XML's too, and term_safe shows the control
 * characters that XML 1.0 cannot carry. */
static void xml_text(FILE *f, const char *s)
{
    html_escape(f, term_safe(s, true));
}

static int write_junit(const Results *r, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "rapport test: cannot write %s\n", path);
        return -1;
    }
    int failures = 0;
    for (int i = 0; i < r->count; i++)
        failures += !r->items[i].ok;
    fprintf(f,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rapport\" tests=\"%d\" "
            "failures=\"%d\">\n",
            r->count, failures);
    for (int i = 0; i < r->count;) {
        int j = i, fails = 0;
        while (j < r->count && !strcmp(r->items[j].suite, r->items[i].suite))
            fails += !r->items[j].ok, j++;
        fprintf(f, "  <testsuite name=\"");
        xml_text(f, r->items[i].suite);
        fprintf(f, "\" tests=\"%d\" failures=\"%d\">\n", j - i, fails);
        for (int k = i; k < j; k++) {
            const Result *t = &r->items[k];
            fprintf(f, "    <testcase classname=\"");
            xml_text(f, t->suite);
            fprintf(f, "\" name=\"");
            xml_text(f, t->name);
            fprintf(f, "\" time=\"%.4f\"", t->secs);
            if (t->ok) {
                fprintf(f, "/>\n");
                continue;
            }
            fprintf(f, ">\n      <failure message=\"");
            xml_text(f, t->message);
            fprintf(f, "\">");
            xml_text(f, t->transcript);
            fprintf(f, "</failure>\n    </testcase>\n");
        }
        fprintf(f, "  </testsuite>\n");
        i = j;
    }
    fprintf(f, "</testsuites>\n");
    return fclose(f) == 0 ? 0 : -1;
}

static void print_indented(const char *text)
{
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        printf("    | %.*s\n", n, p);
        p += n + (nl ? 1 : 0);
    }
}

const char cmd_test_summary[] =
    "run the scenarios' test plans and persona bots (default: every bundled client)";

typedef struct TestOpts {
    const char *junit;
    bool tap, no_bots;
    unsigned long long runs;
} TestOpts;

/* Plans, notes and bots of one scenario into r; false when it cannot be loaded. */
static bool test_scenario(Results *r, const char *name, const TestOpts *o)
{
    Host *h = cli_load(name);
    if (!h) return false;
    Session s;
    if (session_init(&s, &h->sc) != 0) {
        host_close(h);
        return false;
    }
    /* A script error stops the scenario: the file is wrong, and every later run would say so
     * again. */
    bool ok = true;
    bool *reached = calloc((size_t)h->sc.nnodes, sizeof *reached);
    Replies rep = {0}; /* the matcher, opened when a plan types a reply */
    for (int t = 0; ok && t < h->sc.ntests; t++)
        for (int i = 0; ok && !rep.ft && i < h->sc.tests[t].nsteps; i++)
            if (h->sc.tests[t].steps[i].typed) {
                char err[400];
                if (replies_open(&rep, &h->sc, err, sizeof err) != 0) ok = script_failed(err);
            }
    for (int t = 0; ok && reached && t < h->sc.ntests; t++)
        ok = run_plan(r, &s, &h->sc.tests[t], reached, &rep);
    if (rep.ft) replies_close(&rep);
    /* The random bot plays ten times as often: its goal is to reach even rare endings, and
     * its rates are the chance the surface bots are measured against. */
    Chance chance = {0};
    int runs = (int)o->runs;
    for (int b = 0; ok && !o->no_bots && b < BOT_PERSONAS; b++)
        ok = run_bot(r, h, &s, (BotKind)b, runs * (b == BOT_RANDOM ? 10 : 1),
                     b == BOT_RANDOM ? &chance : NULL);
    int surface_runs = runs * 5 < SURFACE_MIN_RUNS ? SURFACE_MIN_RUNS : runs * 5;
    for (int b = BOT_FIRST; ok && !o->no_bots && chance.runs && b < BOT_COUNT; b++)
        ok = run_surface(r, h, &s, (BotKind)b, surface_runs, &chance);
    if (ok && !o->tap && h->sc.ntests == 0) printf("note %s: no test plans\n", h->sc.id);
    for (int n = 0; ok && !o->tap && reached && h->sc.ntests && n < h->sc.nnodes; n++)
        if (h->sc.nodes[n].ending && !reached[n])
            printf("note %s: no test plan reaches ending '%s'\n", h->sc.id, h->sc.nodes[n].ending);
    free(reached);
    session_free(&s);
    host_close(h);
    return ok;
}

/* Prints the results as text or TAP; returns how many failed. */
static int print_results(const Results *r, bool tap)
{
    int passed = 0, failed = 0;
    if (tap) printf("TAP version 13\n1..%d\n", r->count);
    for (int i = 0; i < r->count; i++) {
        const Result *t = &r->items[i];
        t->ok ? passed++ : failed++;
        if (tap) {
            printf("%s %d - %s: %s\n", t->ok ? "ok" : "not ok", i + 1, t->suite, t->name);
            if (!t->ok) {
                printf("  ---\n  message: \"");
                for (const char *p = t->message; *p; p++)
                    putchar(*p == '"' ? '\'' : *p);
                printf("\"\n  ...\n");
            }
        } else if (t->ok) {
            printf("ok   %s: %s%s%s\n", t->suite, t->name, strncmp(t->name, "bot ", 4) ? "" : ": ",
                   strncmp(t->name, "bot ", 4) ? "" : t->message);
        } else {
            printf("FAIL %s: %s: %s\n", t->suite, t->name, t->message);
            print_indented(t->transcript);
        }
    }
    if (!tap) printf("%d passed, %d failed\n", passed, failed);
    return failed;
}

static void free_results(Results *r)
{
    for (int i = 0; i < r->count; i++) {
        free(r->items[i].suite), free(r->items[i].name), free(r->items[i].message),
            free(r->items[i].transcript);
    }
    free(r->items);
}

/* The scenarios named, or (none named) the bundled clients; NULL after one line on stderr.
 * *bundled is the list to free with cli_free_list, or NULL when names is returned. */
static const char **test_names(const char **names, int *count, char ***bundled)
{
    *bundled = NULL;
    if (*count > 0) return names;
    free(names);
    *bundled = cli_bundled();
    if (!*bundled || !(*bundled)[0]) {
        fprintf(stderr, "rapport test: no bundled clients in %s/clients\n", cli_scripts_dir());
        cli_free_list(*bundled);
        return NULL;
    }
    while ((*bundled)[*count])
        (*count)++;
    return (const char **)*bundled;
}

int cmd_test(int argc, char **argv)
{
    TestOpts o = {.runs = 100};
    const Option options[] = {
        OPTION_STRING("--junit", &o.junit, "FILE", "also write the results as JUnit XML"),
        OPTION_FLAG("--tap", &o.tap, "the results as TAP"),
        OPTION_FLAG("--no-bots", &o.no_bots, "the test plans only"),
        OPTION_U64("--bot-runs", &o.runs, "N", "each persona bot plays N sessions", 1, 1000000),
        OPTION_U64("--seed", &seed_base, "N",
                   "the bots' first seed (default 1): runs play N, N+1, ...", 1, ULLONG_MAX / 2),
        {0}};
    const Command c = {"test", "[SCENARIO...]", cmd_test_summary, options, 0, -1};
    const char **names = calloc((size_t)argc + 1, sizeof *names);
    if (!names) return EXIT_BAD_INPUT;
    int count, rc = opts_parse(&c, argc, argv, names, &count);
    if (rc) {
        free(names);
        return opts_exit(rc);
    }
    char **bundled;
    if (!(names = test_names(names, &count, &bundled))) return EXIT_BAD_INPUT;
    Results r = {0};
    int bad = 0;
    for (int i = 0; i < count; i++)
        bad += !test_scenario(&r, names[i], &o);
    int failed = print_results(&r, o.tap);
    rc = bad ? EXIT_BAD_INPUT : failed ? EXIT_FAILED : EXIT_OK;
    if (o.junit && write_junit(&r, o.junit) != 0) rc = EXIT_BAD_INPUT;
    free_results(&r);
    if (bundled)
        cli_free_list(bundled);
    else
        free(names);
    return rc;
}
