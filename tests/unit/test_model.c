/* Unit tests of the default model (scripts/lib/model.lua, resistance-model.md version 2)
 * through the real host: the rules in their written order, client talk, and the section-4
 * calibrations from the start state of every bundled client. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/lua/host.h"

/* Nodes m1..m3 offer every move of the model between them, each looping back to itself; node
 * "a" is the usual probe, its talk set per test. */
static const char *SCENARIO_FMT =
    "return scenario {\n"
    "  id = 'model-probe', title = 't', setting = 's',\n"
    "  client = { name = 'Pat', traits = { receptivity = %g, reactance_trait = %g },\n"
    "             topics = { father = { sensitivity = 60 } } },\n"
    "  state = { %s },\n"
    "  start = '%s', walkout = 'gone', turn_limit = { 200, go = 'gone' },\n"
    "  nodes = {\n"
    "    a = { %s say = { open = 'o', guarded = 'g', resistant = 'r', hostile = 'h',\n"
    "                  deflect = 'd', questions = 'q' },\n"
    "          choices = {\n"
    "      { 'cr', id = 'cr', move = 'complex_reflection', go = 'a' },\n"
    "      { 'pe', id = 'pe', move = 'persuade', go = 'a' },\n"
    "      { 'bl', id = 'bl', move = 'blame_client', go = 'a' },\n"
    "      { 'oq?', id = 'oq', move = 'open_question', go = 'a' },\n"
    "      { 'ev', id = 'ev', move = 'provide_evidence', go = 'a' },\n"
    "      { 'fa?', id = 'fa', move = 'open_question', topic = 'father', go = 'a' },\n"
    "      { 'sorry, you felt blamed', id = 'ap', move = 'complex_reflection', repair = true, go = "
    "'a' },\n"
    "      { 'gi', id = 'gi', move = 'give_information', go = 'a' },\n"
    "      { 'may I?', id = 'pm', move = 'closed_question', permission = true, go = 'a' },\n"
    "    } },\n"
    "    mix = { say = { guarded = { { 'ch', talk = 'change', kind = 'reason' }, { 'su', talk = "
    "'sustain' } } },\n"
    "            choices = { { 'x', move = 'affirm', go = 'mix' } } },\n"
    "    m1 = { say = 'm', choices = {\n"
    "      { '1', move = 'open_question', go = 'm1' }, { '2', move = 'closed_question', go = 'm1' "
    "},\n"
    "      { '3', move = 'simple_reflection', go = 'm1' }, { '4', move = 'complex_reflection', go "
    "= 'm1' },\n"
    "      { '5', move = 'summary', go = 'm1' }, { '6', move = 'affirm', go = 'm1' },\n"
    "      { '7', move = 'seek_collaboration', go = 'm1' }, { '8', move = 'propose_pilot', go = "
    "'m1' },\n"
    "      { '9', move = 'emphasize_autonomy', go = 'm1' } } },\n"
    "    m2 = { say = 'm', choices = {\n"
    "      { '1', move = 'welcome_pushback', go = 'm2' }, { '2', move = 'reframe', go = 'm2' },\n"
    "      { '3', move = 'name_resistance', go = 'm2' }, { '4', move = 'transparency', go = 'm2' "
    "},\n"
    "      { '5', move = 'give_information', go = 'm2' }, { '6', move = 'provide_evidence', go = "
    "'m2' },\n"
    "      { '7', move = 'persuade_with_permission', go = 'm2' }, { '8', move = 'persuade', go = "
    "'m2' },\n"
    "      { '9', move = 'defend', go = 'm2' } } },\n"
    "    m3 = { say = 'm', choices = {\n"
    "      { '1', move = 'justify', go = 'm3' }, { '2', move = 'confront', go = 'm3' },\n"
    "      { '3', move = 'blame_client', go = 'm3' }, { '4', move = 'buckle', go = 'm3' } } },\n"
    "    gone = { ending = 'gone', title = 'The end', outcome = 'fail', say = 'bye' },\n"
    "  },\n"
    "}\n";

typedef struct Probe {
    Host *h;
    Session s;
    char path[64];
} Probe;

static const char *probe_start = "a";                   /* the node a probe starts at */
static const char *probe_scripts = RAPPORT_SCRIPTS_DIR; /* where lib/model.lua is read */

static Probe *probe_full(const char *state, double receptivity, double reactance_trait,
                         const char *talk)
{
    Probe *p = calloc(1, sizeof *p);
    snprintf(p->path, sizeof p->path, "/tmp/rapport-model-%d.lua", (int)getpid());
    FILE *f = fopen(p->path, "w");
    fprintf(f, SCENARIO_FMT, receptivity, reactance_trait, state, probe_start, talk);
    fclose(f);
    p->h = host_open(probe_scripts);
    assert_non_null(p->h);
    if (host_load(p->h, p->path) != 0) fail_msg("%s", p->h->err);
    assert_int_equal(session_init(&p->s, &p->h->sc), 0);
    assert_int_equal(session_start(&p->s, 1), 0);
    return p;
}

static Probe *probe(const char *state)
{
    return probe_full(state, 3, 0.5, "");
}

static void done(Probe *p)
{
    session_free(&p->s);
    host_close(p->h);
    unlink(p->path);
    free(p);
}

static double get(Probe *p, const char *name)
{
    int v = layout_find(&p->h->sc.layout, name);
    assert_true(v >= 0);
    return p->s.state[v];
}

static void play(Probe *p, const char *id)
{
    if (session_choose_ref(&p->s, id) != 0) fail_msg("%s", p->s.err);
}

/* ---- rules 1 to 6 ---- */

static void complex_reflection_numbers(void **st)
{
    Probe *p = probe("discord = 50, rapport = 40");
    play(p, "cr");
    /* discord: -8 (falls are not saturated) -> 42, unprovoked decay x0.98 -> 41.16 -> 41 */
    assert_true(get(p, "discord") == 41);
    /* rapport: +5 x (1 - 0.9 x 40/100) = +3.2 -> 43.2, drift 5% toward 40 -> 43.04 -> 43 */
    assert_true(get(p, "rapport") == 43);
    assert_string_equal(p->s.line, "g");
    done(p);
}

static void persuading_while_discord_is_high_is_the_righting_reflex(void **st)
{
    Probe *p = probe("discord = 50, rapport = 40");
    play(p, "pe");
    /* (10 + 6) x 1.5 = 24, harmful x (1.5 + 0.5) = 48, x (1 - 0.9 x 0.5) = 26.4 -> 76.4 -> 76 */
    assert_true(get(p, "discord") == 76);
    done(p);
}

static void unasked_information_after_sustain_talk_raises_discord(void **st)
{
    Probe *p = probe_full("discord = 20, rapport = 50", 3, 0.5, "talk = 'sustain',");
    play(p, "gi");
    /* (0 + 6) x 1.5 = 9, x 2 = 18, x (1 - 0.9 x 0.2) = 14.76 -> 34.76 -> 35; provoked: no decay */
    assert_true(get(p, "discord") == 35);
    /* arguing with sustain talk: the next line is sustain talk, importance falls */
    assert_true(get(p, "sustain_next") == 1);
    assert_true(get(p, "importance") < 3.3);
    done(p);
    /* The same information with no sustain talk and low discord is not provoking. */
    p = probe("discord = 20, rapport = 50");
    play(p, "gi");
    assert_true(get(p, "discord") == 20); /* 20 x 0.98 = 19.6 -> 20 */
    done(p);
}

static void information_asked_for_is_welcome(void **st)
{
    Probe *p = probe_full("discord = 50, rapport = 50", 3, 0.5, "talk = 'ask',");
    play(p, "gi");
    assert_true(get(p, "discord") == 49); /* unprovoked: 50 x 0.98 */
    done(p);
    /* Permission asked the turn before makes information welcome too, even in sustain talk. */
    p = probe_full("discord = 20, rapport = 50", 3, 0.5, "talk = 'sustain',");
    play(p, "pm");
    assert_true(get(p, "permission_pending") == 1);
    double before = get(p, "discord");
    play(p, "gi");
    assert_true(get(p, "discord") <= before);
    done(p);
}

static void evidence_without_trust_counts_as_persuasion_and_is_coded_so(void **st)
{
    Probe *p = probe("discord = 20, rapport = 20");
    play(p, "ev");
    assert_true(get(p, "discord") > 20);
    assert_int_equal(p->s.turns[0].ncodes, 1);
    assert_int_equal(p->s.turns[0].codes[0], MITI_PERSUADE);
    assert_int_equal(p->s.miti[MITI_PERSUADE], 1);
    assert_int_equal(p->s.miti[MITI_GI], 0);
    done(p);
    p = probe("discord = 20, rapport = 50");
    play(p, "ev");
    assert_true(get(p, "discord") == 20); /* plain information: no change, then decay */
    assert_int_equal(p->s.turns[0].codes[0], MITI_GI);
    done(p);
}

static void third_question_draws_the_complaint(void **st)
{
    Probe *p = probe("discord = 20");
    play(p, "oq");
    play(p, "oq");
    assert_true(get(p, "questions_complaint") == 0);
    play(p, "oq");
    assert_true(get(p, "questions_complaint") == 1);
    assert_string_equal(p->s.line, "q");
    play(p, "cr");
    assert_true(get(p, "questions_complaint") == 0);
    assert_true(get(p, "question_run") == 0);
    done(p);
    /* Any move that is not a question breaks the run: information between questions. */
    p = probe("discord = 20, rapport = 50");
    play(p, "oq");
    play(p, "oq");
    play(p, "gi");
    play(p, "oq");
    assert_true(get(p, "questions_complaint") == 0);
    done(p);
}

static void guarded_topic_too_soon_deflects(void **st)
{
    Probe *p = probe("discord = 20, rapport = 40");
    play(p, "fa");
    assert_true(get(p, "deflecting") == 1);
    assert_string_equal(p->s.line, "d");
    done(p);
    p = probe("discord = 10, rapport = 70");
    play(p, "fa");
    assert_true(get(p, "deflecting") == 0);
    done(p);
}

static void blame_walks_out_after_two_hot_turns_and_grievances_cap_rapport(void **st)
{
    Probe *p = probe("discord = 84, rapport = 95");
    play(p, "bl");
    assert_true(get(p, "grievances") == 1);
    assert_true(get(p, "rapport") <= 90);
    assert_false(p->s.over);
    play(p, "bl");
    assert_true(p->s.over);
    assert_string_equal(session_node(&p->s)->ending, "gone");
    done(p);
}

static void each_grievance_keeps_its_own_timer(void **st)
{
    Probe *p = probe("discord = 0, rapport = 60");
    play(p, "bl"); /* grievance 1 at turn 1 */
    for (int i = 0; i < 3; i++)
        play(p, "cr");
    play(p, "bl"); /* grievance 2 at turn 5 */
    assert_true(get(p, "grievances") == 2);
    for (int i = 0; i < 3; i++)
        play(p, "cr"); /* turn 8: the first is 7 turns old */
    assert_true(get(p, "grievances") == 2);
    play(p, "cr"); /* turn 9: the first fades after its own 8 turns, the second stays */
    assert_true(get(p, "grievances") == 1);
    done(p);
}

static void repair_clears_a_grievance_only_with_a_reflection(void **st)
{
    Probe *p = probe("discord = 10, rapport = 60");
    play(p, "bl");
    assert_true(get(p, "grievances") == 1);
    play(p, "ap");
    assert_true(get(p, "grievances") == 0);
    done(p);
}

static void low_credibility_walks_out(void **st)
{
    Probe *p = probe("discord = 10, credibility = 16");
    play(p, "bl"); /* credibility -4 (a fall, unscaled) -> 12 */
    assert_true(p->s.over);
    done(p);
}

/* ---- client talk (section 5) ---- */

static void reflecting_change_talk_raises_importance(void **st)
{
    Probe *p =
        probe_full("discord = 20, importance = 3", 3, 0.5, "talk = 'change', kind = 'reason',");
    play(p, "cr");
    /* +0.3 (the move) +0.5 (change talk reflected), x (1 - 0.9 x 0.3) = 0.584 -> 3.6 */
    assert_true(fabs(get(p, "importance") - 3.6) < 1e-9);
    done(p);
    p = probe_full("discord = 20, importance = 3", 3, 0.5, "");
    play(p, "cr");
    assert_true(fabs(get(p, "importance") - 3.2) < 1e-9); /* the move's +0.3 alone */
    done(p);
    /* Change talk about ability builds confidence instead. */
    p = probe_full("discord = 20, confidence = 4", 3, 0.5, "talk = 'change', kind = 'ability',");
    play(p, "cr");
    assert_true(get(p, "confidence") > 4);
    done(p);
}

/* How often the mixed node opens with change talk over many seeds. */
static int change_heard(const char *state, int runs)
{
    probe_start = "mix";
    Probe *p = probe(state);
    probe_start = "a";
    int changes = 0;
    for (int seed = 1; seed <= runs; seed++) {
        assert_int_equal(session_start(&p->s, (uint64_t)seed), 0);
        changes += p->s.talk == TALK_CHANGE;
    }
    done(p);
    return changes;
}

static void change_talk_is_heard_more_at_high_importance_and_confidence(void **st)
{
    /* p = 0.05 x 8 + 0.05 x 8 - 10/200 = 0.75 against 0.05 x 1 + 0.05 x 1 - 10/200 = 0.05 */
    int high = change_heard("discord = 10, importance = 8, confidence = 8", 2000);
    int low = change_heard("discord = 10, importance = 1, confidence = 1", 2000);
    assert_true(high > 1350 && high < 1650);
    assert_true(low < 200);
}

static void sustain_talk_argued_with_begets_sustain_talk(void **st)
{
    /* Against high importance change talk would be likely; after an argument the next line of
     * a mixed node is sustain talk on every seed. */
    Probe *p =
        probe_full("discord = 10, importance = 9, confidence = 9", 3, 0.5, "talk = 'sustain',");
    int mix = scenario_find_node(&p->h->sc, "mix");
    for (int seed = 1; seed <= 200; seed++) {
        assert_int_equal(session_start(&p->s, (uint64_t)seed), 0);
        play(p, "pe");
        assert_true(get(p, "sustain_next") == 1);
        unsigned char talk[8], kind[8];
        assert_int_equal(session_talk_options(&p->s, mix, talk, kind, 8), 1);
        assert_int_equal(talk[0], TALK_SUSTAIN);
    }
    done(p);
}

/* ---- section 4 calibrations, from the start state of every bundled client ---- */

typedef struct Start {
    char path[512];
    char state[256];
    double receptivity, reactance_trait, discord;
} Start;

static int bundled_starts(Start *out, int max)
{
    glob_t g;
    if (glob(RAPPORT_SCRIPTS_DIR "/clients/*.lua", 0, NULL, &g) != 0) return 0;
    int n = 0;
    for (size_t i = 0; i < g.gl_pathc && n < max; i++) {
        Host *h = host_open(RAPPORT_SCRIPTS_DIR);
        if (host_load(h, g.gl_pathv[i]) != 0) fail_msg("%s", h->err);
        Start *s = &out[n++];
        snprintf(s->path, sizeof s->path, "%s", g.gl_pathv[i]);
        const StateLayout *l = &h->sc.layout;
        static const char *const vars[] = {"discord",     "rapport",    "reactance",
                                           "credibility", "importance", "confidence"};
        size_t used = 0;
        for (int v = 0; v < 6; v++) {
            int k = layout_find(l, vars[v]);
            used += (size_t)snprintf(s->state + used, sizeof s->state - used, "%s%s = %g",
                                     v ? ", " : "", vars[v], l->vars[k].init);
            if (v == 0) s->discord = l->vars[k].init;
        }
        s->receptivity = h->sc.receptivity;
        s->reactance_trait = h->sc.reactance_trait;
        host_close(h);
    }
    globfree(&g);
    return n;
}

static void one_confrontation_outweighs_two_reflections(void **st)
{
    Start starts[16];
    int n = bundled_starts(starts, 16);
    assert_true(n >= 4);
    for (int i = 0; i < n; i++) {
        Probe *p =
            probe_full(starts[i].state, starts[i].receptivity, starts[i].reactance_trait, "");
        double start = get(p, "discord");
        int next;
        assert_int_equal(session_transition(&p->s, scenario_find_node(&p->h->sc, "m3"), 1, &next),
                         0); /* confront */
        int back = 0;
        for (int k = 1; k <= 6 && !back; k++) {
            assert_int_equal(
                session_transition(&p->s, scenario_find_node(&p->h->sc, "m1"), 3, &next), 0);
            double d = get(p, "discord");
            if (k == 2 && d <= start)
                fail_msg(
                    "%s: discord %g after a confront and two reflections, not above its start %g",
                    starts[i].path, d, start);
            if (d <= start) back = k;
        }
        if (back < 3 || back > 4)
            fail_msg(
                "%s: %d complex reflections bring discord back to its start (should take 3 to 4)",
                starts[i].path, back);
        done(p);
    }
}

static void unasked_information_after_sustain_talk_provokes_every_bundled_client(void **st)
{
    Start starts[16];
    int n = bundled_starts(starts, 16);
    for (int i = 0; i < n; i++) {
        Probe *p = probe_full(starts[i].state, starts[i].receptivity, starts[i].reactance_trait,
                              "talk = 'sustain',");
        double before = get(p, "discord");
        play(p, "gi");
        if (get(p, "discord") <= before)
            fail_msg("%s: information after sustain talk did not raise discord", starts[i].path);
        done(p);
    }
}

/* Discord rises per turn (the sum of each turn's rise over the turns played) of a policy that
 * picks from `main` with probability 0.7 and else from every other move, over 150 sessions of
 * 12 turns in which the client's talk is change, sustain or neutral, a third each (the model's
 * dynamics alone: a walk-out does not stop the count). */
static double rise_per_turn(const Start *st, const char *const *main, int nmain, int nexclude,
                            uint64_t seed)
{
    static const char *const ALL[] = {"open_question",
                                      "closed_question",
                                      "simple_reflection",
                                      "complex_reflection",
                                      "summary",
                                      "affirm",
                                      "seek_collaboration",
                                      "propose_pilot",
                                      "emphasize_autonomy",
                                      "welcome_pushback",
                                      "reframe",
                                      "name_resistance",
                                      "transparency",
                                      "give_information",
                                      "provide_evidence",
                                      "persuade_with_permission",
                                      "persuade",
                                      "defend",
                                      "justify",
                                      "confront",
                                      "blame_client",
                                      "buckle"};
    Probe *p = probe_full(st->state, st->receptivity, st->reactance_trait, "");
    const Scenario *sc = &p->h->sc;
    Rng r;
    rng_seed(&r, seed);
    double rise = 0;
    int turns = 0;
    for (int run = 0; run < 150; run++) {
        assert_int_equal(session_start(&p->s, (uint64_t)run + 1), 0);
        for (int t = 0; t < 12; t++) {
            const char *move;
            if (rng_unit(&r) < 0.7) {
                move = main[rng_below(&r, (uint32_t)nmain)];
            } else {
                bool in;
                do {
                    move = ALL[rng_below(&r, 22)];
                    in = false;
                    for (int k = 0; k < nexclude; k++)
                        in |= !strcmp(main[k], move);
                } while (in);
            }
            int node = -1, choice = -1;
            for (int n = 0; n < sc->nnodes && node < 0; n++)
                if (sc->nodes[n].id[0] == 'm' && sc->nodes[n].id[1] != 'i')
                    for (int c = 0; c < sc->nodes[n].nchoices; c++)
                        if (!strcmp(sc->moves[sc->nodes[n].choices[c].move].name, move))
                            node = n, choice = c;
            assert_true(node >= 0);
            uint32_t talk = rng_below(&r, 3);
            p->s.talk = talk == 0 ? TALK_CHANGE : talk == 1 ? TALK_SUSTAIN : TALK_NONE;
            p->s.talk_kind = KIND_NONE;
            double before = get(p, "discord");
            int next;
            assert_int_equal(session_transition(&p->s, node, choice, &next), 0);
            double after = get(p, "discord");
            if (after > before) rise += after - before;
            turns++; /* played on past a walk-out: both policies are measured over the same turns */
        }
    }
    done(p);
    return rise / turns;
}

static void teaching_provokes_one_and_a_half_to_three_times_the_discord_of_reflecting(void **st)
{
    static const char *const TEACH[] = {"persuade",         "defend",           "justify",
                                        "give_information", "provide_evidence", "transparency"};
    static const char *const REFLECT[] = {"simple_reflection", "complex_reflection", "summary",
                                          "reframe", "name_resistance"};
    Start starts[16];
    int n = bundled_starts(starts, 16);
    for (int i = 0; i < n; i++) {
        double teach = rise_per_turn(&starts[i], TEACH, 6, 6, 7);
        /* 70% simple and complex reflections; the other 30% any move that is not a reflection. */
        double reflect = rise_per_turn(&starts[i], REFLECT, 2, 5, 7);
        double ratio = teach / reflect;
        print_message("%s: discord rise per turn %.2f teaching, %.2f reflecting: %.2f times\n",
                      starts[i].path, teach, reflect, ratio);
        if (ratio < 1.5 || ratio > 3)
            fail_msg("%s: ratio %.2f outside 1.5 to 3", starts[i].path, ratio);
    }
}

/* ---- the model's view of the state ---- */

/* A scripts dir whose lib/model.lua is the real one with `patch` inserted before `anchor`, a
 * line of apply (score.lua linked). Returns the dir, to remove with unpatch. */
static char *patched_scripts(const char *anchor, const char *patch)
{
    char src[512];
    snprintf(src, sizeof src, "%s/lib/model.lua", RAPPORT_SCRIPTS_DIR);
    FILE *f = fopen(src, "rb");
    assert_non_null(f);
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = 0;
    const char *at = strstr(text, anchor);
    assert_non_null(at);
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/rapport-model-lib-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/lib", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/lib/model.lua", dir);
    f = fopen(path, "wb");
    assert_non_null(f);
    fprintf(f, "%.*s%s\n%s", (int)(at - text), text, patch, at);
    fclose(f);
    snprintf(src, sizeof src, "%s/lib/score.lua", RAPPORT_SCRIPTS_DIR);
    snprintf(path, sizeof path, "%s/lib/score.lua", dir);
    assert_int_equal(symlink(src, path), 0);
    return dir;
}

static void unpatch(const char *dir)
{
    char path[128];
    snprintf(path, sizeof path, "%s/lib/model.lua", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lib/score.lua", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lib", dir);
    rmdir(path);
    rmdir(dir);
}

/* The error of the first failing choice of `plays` (ids, comma-separated; those before it
 * must play) with `patch` inserted before `anchor` in lib/model.lua. */
static const char *model_error(const char *anchor, const char *patch, const char *plays)
{
    static char err[1024];
    probe_scripts = patched_scripts(anchor, patch);
    Probe *p = probe("discord = 30");
    int top = lua_gettop(p->h->L); /* a failed call too leaves the stack as it found it */
    char ids[64];
    snprintf(ids, sizeof ids, "%s", plays);
    char *last = strrchr(ids, ',');
    if (last) {
        *last++ = '\0';
        for (char *id = strtok(ids, ","); id; id = strtok(NULL, ","))
            assert_int_equal(session_choose_ref(&p->s, id), 0);
    }
    assert_int_not_equal(session_choose_ref(&p->s, last ? last : ids), 0);
    assert_int_equal(lua_gettop(p->h->L), top);
    snprintf(err, sizeof err, "%s", p->s.err);
    done(p);
    unpatch(probe_scripts);
    probe_scripts = RAPPORT_SCRIPTS_DIR;
    return err;
}

/* apply gets the model's variables as arguments and returns them (issue 14, uses.apply is
 * positional): what it returns is checked, and a name that is none of its own fails where it is
 * used, as any global of the library's sealed at load. apply is patched at its end: a
 * reflection plays (other moves are untouched), persuading fails. */
static const char *apply_error(const char *patch)
{
    return model_error("    return recode, discord", patch, "cr,pe");
}

static void the_model_checks_what_apply_returns(void **st)
{
    (void)st;
    assert_string_equal(apply_error("    if choice.move == 'persuade' then discord = 'high' end"),
                        "model apply: 'discord' is a number: it cannot be set to a string");
    assert_string_equal(apply_error("    if choice.move == 'persuade' then deflecting = 1 end"),
                        "model apply: 'deflecting' is a flag: it cannot be set to a number");
    assert_string_equal(apply_error("    if choice.move == 'persuade' then discord = 0/0 end"),
                        "model apply: 'discord' cannot be set to NaN");
    assert_string_equal(apply_error("    if choice.move == 'persuade' then talk_boost = nil end"),
                        "model apply did not set 'talk_boost', which it declares it sets "
                        "(uses.apply in lib/model.lua)");
    const char *e = apply_error("    if choice.move == 'persuade' then mood = 1 end");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": cannot set global 'mood' after the file has loaded"));
    e = apply_error("    if choice.move == 'persuade' and hot_turns then end");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": 'hot_turns' is not defined"));
}

/* start, which declares nothing, sees the whole view: a name outside the model fails there. */
static void the_whole_view_refuses_other_names(void **st)
{
    (void)st;
    static const char *const patches[][2] = {
        {"    if s.mood then end", ": 'mood' is not a variable of the model"},
        {"    s.mood = 1", ": 'mood' is not a variable of the model: it cannot be created"},
    };
    for (size_t i = 0; i < sizeof patches / sizeof *patches; i++) {
        const char *dir = patched_scripts("    s.resistance = I.resistance(s)", patches[i][0]);
        Host *h = host_open(dir);
        assert_non_null(h);
        char path[64];
        snprintf(path, sizeof path, "/tmp/rapport-model-whole-%d.lua", (int)getpid());
        FILE *f = fopen(path, "w");
        fprintf(f, SCENARIO_FMT, 3.0, 0.5, "discord = 30", "a", "");
        fclose(f);
        if (host_load(h, path) != 0) fail_msg("%s", h->err);
        Session s;
        assert_int_equal(session_init(&s, &h->sc), 0);
        assert_int_not_equal(session_start(&s, 1), 0);
        assert_non_null(strstr(s.err, "/lib/model.lua:"));
        const char *at = strstr(s.err, patches[i][1]);
        assert_non_null(at);
        assert_string_equal(at, patches[i][1]);
        session_free(&s);
        host_close(h);
        unlink(path);
        unpatch(dir);
    }
}

/* A value out of range reaches the state clamped, like any write, and the next call is handed
 * the clamped one. Giving information sets confidence to 25 (nothing else in that call writes
 * it: its delta is 0); an open question then copies confidence into discord before anything
 * else. */
static void the_model_clamps_and_hands_back_the_clamped(void **st)
{
    (void)st;
    probe_scripts =
        patched_scripts("    -- Rule 1: base deltas",
                        "    if p.tag == 'give_information' then confidence = 25 end\n"
                        "    if p.tag == 'open_question' then discord = confidence end");
    Probe *p = probe("discord = 30");
    play(p, "gi");
    assert_true(get(p, "confidence") == 10);
    play(p, "oq");
    assert_true(get(p, "discord") <= 10); /* 10, less what the question takes off */
    done(p);
    unpatch(probe_scripts);
    probe_scripts = RAPPORT_SCRIPTS_DIR;
}

/* A model that returns nil for a variable fails that call, and leaves the stack as it found
 * it, so the next session on the same client plays as if nothing had happened. */
static void a_model_that_drops_a_field_fails_once(void **st)
{
    (void)st;
    probe_scripts = patched_scripts("    return recode, discord",
                                    "    if choice.move == 'persuade' then discord = nil end");
    Probe *p = probe("discord = 30");
    int top = lua_gettop(p->h->L); /* a model call leaves the stack as it found it */
    assert_int_not_equal(session_choose_ref(&p->s, "pe"), 0);
    assert_string_equal(p->s.err, "model apply: 'discord' is a number: it cannot be set to a nil");
    assert_int_equal(lua_gettop(p->h->L), top);
    session_free(&p->s);
    assert_int_equal(session_init(&p->s, &p->h->sc), 0);
    assert_int_equal(session_start(&p->s, 1), 0);
    play(p, "cr");
    assert_int_equal(lua_gettop(p->h->L), top);
    assert_true(get(p, "discord") < 30);
    assert_true(get(p, "rapport") > 40);
    done(p);
    unpatch(probe_scripts);
    probe_scripts = RAPPORT_SCRIPTS_DIR;
}

/* apply, resistance and settle declare what they use (lib/model.lua's `uses`) and see only
 * that: the error when settle or resistance reads or sets a name it does not declare, when
 * resistance returns what is not a number, when a function reads a name it declares it only
 * sets before setting it, or leaves it unset; and the same client plays on. */
static const char *settle_error(const char *patch)
{
    return model_error("    s.hot_turns = hot", patch, "cr");
}

/* resistance as patched, answering the first turn (start, at discord 30, is left alone) */
static const char *resistance_error(const char *patch)
{
    return model_error("    return 0.55 * s.discord", patch, "cr");
}

static void settle_sees_only_what_it_declares(void **st)
{
    (void)st;
    const char *e = settle_error("    local r = s.rapport");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": model settle reads 'rapport', which is not among the "
                              "variables it declares (uses.settle in lib/model.lua)"));
    e = settle_error("    s.resistance = 1");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": model settle sets 'resistance', which is not among the "
                              "variables it declares (uses.settle in lib/model.lua)"));
    e = resistance_error("    if s.discord < 30 and s.rapport then end");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": model resistance reads 'rapport', which is not among the "
                              "variables it declares (uses.resistance in lib/model.lua)"));
    assert_string_equal(resistance_error("    if s.discord < 30 then return 'high' end"),
                        "model resistance: 'resistance' is a number: it cannot be set to a "
                        "string");
    assert_string_equal(resistance_error("    if s.discord < 30 then return 0 / 0 end"),
                        "model resistance: 'resistance' cannot be set to NaN");
    /* `sets`: a name that reads as missing until set, and must be set */
    static const char declare[] = "  I.uses.settle.sets = { \"resistance\" }\n";
    char patch[256];
    snprintf(patch, sizeof patch,
             "%s  local settle = I.settle\n"
             "  I.settle = function(s) local r = s.resistance return settle(s) end\n",
             declare);
    e = model_error("  return I\nend", patch, "cr");
    assert_non_null(strstr(e, "/lib/model.lua:"));
    assert_non_null(strstr(e, ": model settle reads 'resistance' before setting it (uses.settle "
                              "in lib/model.lua declares that it sets it)"));
    assert_string_equal(model_error("  return I\nend", declare, "cr"),
                        "model settle did not set 'resistance', which it declares it sets "
                        "(uses.settle in lib/model.lua)");
}

/* A failed settle leaves its view mended (a field it reads left nil would refuse the next
 * call's value): the next session on the same client plays. Persuading raises discord past
 * 35, where the patched settle drops it; a reflection lowers it. */
static void a_failed_settle_fails_once(void **st)
{
    (void)st;
    probe_scripts = patched_scripts("    return hot >= walkout_turns",
                                    "    if s.discord > 35 then s.discord = nil end");
    Probe *p = probe("discord = 30");
    int top = lua_gettop(p->h->L);
    assert_int_not_equal(session_choose_ref(&p->s, "pe"), 0);
    assert_string_equal(p->s.err, "model settle: 'discord' is a number: it cannot be set to a nil");
    assert_int_equal(lua_gettop(p->h->L), top);
    session_free(&p->s);
    assert_int_equal(session_init(&p->s, &p->h->sc), 0);
    assert_int_equal(session_start(&p->s, 1), 0);
    play(p, "cr");
    assert_int_equal(lua_gettop(p->h->L), top);
    assert_true(get(p, "discord") < 30);
    assert_true(get(p, "credibility") > 0);
    done(p);
    unpatch(probe_scripts);
    probe_scripts = RAPPORT_SCRIPTS_DIR;
}

/* A declaration naming what is not a model variable, or a name twice, is refused at load. */
static void a_wrong_declaration_is_refused_at_load(void **st)
{
    (void)st;
    static const char *const patches[][2] = {
        {"  I.uses.settle.sets = { \"mood\" }",
         "lib/model.lua: uses.settle.sets[1] must name a model variable not named before"},
        {"  I.uses.apply.reads[3] = \"discord\"",
         "lib/model.lua: uses.apply.reads[3] must name a model variable not named before"},
        {"  I.uses.settle.reads = \"discord\"",
         "lib/model.lua: uses.settle.reads must be a list of names"},
        {"  I.uses.apply = 1", "lib/model.lua: uses.apply must be a table"},
        {"  I.uses.apply.positional = 1",
         "lib/model.lua: uses.apply.positional must be true or false"},
        {"  I.uses.resistance.reads[2] = \"mood\"",
         "lib/model.lua: uses.resistance.reads[2] must name a model variable not named before"},
    };
    for (size_t i = 0; i < sizeof patches / sizeof *patches; i++) {
        const char *dir = patched_scripts("  return I\nend", patches[i][0]);
        Host *h = host_open(dir);
        assert_non_null(h);
        char path[64];
        snprintf(path, sizeof path, "/tmp/rapport-model-uses-%d.lua", (int)getpid());
        FILE *f = fopen(path, "w");
        fprintf(f, SCENARIO_FMT, 3.0, 0.5, "discord = 30", "a", "");
        fclose(f);
        assert_int_not_equal(host_load(h, path), 0);
        const char *msg = strstr(h->err, "lib/model.lua: uses");
        assert_non_null(msg);
        assert_string_equal(msg, patches[i][1]);
        host_close(h);
        unlink(path);
        unpatch(dir);
    }
}

/* The model's variables become the names of a generated Lua function's code: a name that is
 * not a Lua name is refused at load, with what is wrong. */
/* Whether the session passes, by the full summary (never remembered). */
static bool full_pass(Probe *p)
{
    assert_int_equal(host_summary(p->h, &p->s), 0);
    lua_getfield(p->h->L, -1, "pass");
    bool pass = lua_toboolean(p->h->L, -1);
    lua_pop(p->h->L, 2);
    return pass;
}

/* host_session_passed remembers passes by everything the summary reads: a session whose last
 * values differ (here written into its trail, as another session would have them) gets its own
 * answer, not the remembered one. */
static void a_remembered_pass_follows_every_value(void **st)
{
    (void)st;
    Probe *p = probe("");
    for (int i = 0; i < 12; i++)
        play(p, "cr");
    bool pass = false;
    for (int k = 0; k < 3; k++) { /* the first makes the summary's tables, the second is kept */
        assert_int_equal(host_session_passed(p->h, &p->s, &pass), 0);
        assert_true(pass);
    }
    assert_true(full_pass(p));
    double *last = (double *)session_state_at(&p->s, p->s.nturns);
    const char *vars[] = {"rapport", "credibility"};
    for (int i = 0; i < 2; i++)
        last[layout_find(&p->h->sc.layout, vars[i])] = 0;
    assert_false(full_pass(p));
    assert_int_equal(host_session_passed(p->h, &p->s, &pass), 0);
    assert_false(pass);
    done(p);
}

static void a_model_variable_must_be_a_lua_name(void **st)
{
    (void)st;
    const char *dir = patched_scripts("  { \"permission_pending\"",
                                      "  { \"bad\\\"]=1 name\", false, hidden = true },");
    Host *h = host_open(dir);
    assert_non_null(h);
    char path[64];
    snprintf(path, sizeof path, "/tmp/rapport-model-name-%d.lua", (int)getpid());
    FILE *f = fopen(path, "w");
    fprintf(f, SCENARIO_FMT, 3.0, 0.5, "discord = 30", "a", "");
    fclose(f);
    assert_int_not_equal(host_load(h, path), 0);
    const char *msg = strstr(h->err, "lib/model.lua");
    assert_non_null(msg);
    assert_string_equal(msg, "lib/model.lua: model variable 'bad\"]=1 name' is not a Lua name");
    host_close(h);
    unlink(path);
    unpatch(dir);
}

/* A table asked one kind of call over three small grids is dense: what is put is given back
 * bit for bit (a tenth's grid value too), another key or another call is a miss, a result
 * other than 0 or 1 and a value off its grid are not remembered, and a later answer for the
 * same key replaces the first. A hashed table (not one_call) keeps both of those. */
static void a_dense_memo_gives_back_what_it_was_given(void **state)
{
    (void)state;
    StateLayout l;
    layout_init(&l);
    assert_int_equal(layout_add(&l, "discord", VAR_NUMBER, 0, 0, 100, 1, 0), 0);
    assert_int_equal(layout_add(&l, "hot", VAR_NUMBER, 0, 0, 10, 1, 0), 1);
    assert_int_equal(layout_add(&l, "importance", VAR_NUMBER, 0, 0, 10, 0.1, 0), 2);
    assert_int_equal(layout_add(&l, "walked", VAR_FLAG, 0, 0, 1, 0, 0), 3);
    const int in[] = {0, 1, 2}, out[] = {1, 2, 3};
    for (int one_call = 1; one_call >= 0; one_call--) {
        MemoTable *m = memo_open(&l, in, 3, out, 3, 10, one_call);
        assert_non_null(m);
        double v[4] = {37, 2, 7 * 0.1, 0}; /* on the grid: 0.7000000000000001 */
        assert_null(memo_get(m, v, 2, 0));
        double after[4] = {37, 3, 0.30000000000000004, 1}; /* 0.1 * 3, as the grid has it */
        memo_put(m, after, 1);
        const uint64_t *a = memo_get(m, v, 2, 0);
        assert_non_null(a);
        double got[4] = {-1, -1, -1, -1};
        assert_int_equal(memo_take(m, a, got), 1);
        assert_memory_equal(&got[1], &after[1], 3 * sizeof *got);
        assert_true(got[0] == -1); /* not among the answer's variables */
        double other[4] = {38, 2, 7 * 0.1, 0};
        assert_null(memo_get(m, other, 2, 0));
        memo_put(m, after, 7); /* a result a dense entry cannot hold */
        assert_int_equal(memo_get(m, other, 2, 0) != NULL, !one_call);
        double off[4] = {37.5, 2, 7 * 0.1, 0}; /* a hashed table keys by the bits as they are */
        assert_null(memo_get(m, off, 2, 0));
        memo_put(m, after, 0);
        assert_int_equal(memo_get(m, off, 2, 0) != NULL, !one_call);
        assert_null(memo_get(m, v, 3, 0)); /* another call */
        assert_null(memo_get(m, v, 2, 5));
        assert_non_null(memo_get(m, v, 2, 0));
        double later[4] = {37, 4, 10, 0};
        memo_put(m, later, 0);
        a = memo_get(m, v, 2, 0);
        assert_non_null(a);
        assert_int_equal(memo_take(m, a, got), 0);
        assert_memory_equal(&got[1], &later[1], 3 * sizeof *got);
        memo_close(m);
    }
    layout_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(complex_reflection_numbers),
        cmocka_unit_test(persuading_while_discord_is_high_is_the_righting_reflex),
        cmocka_unit_test(unasked_information_after_sustain_talk_raises_discord),
        cmocka_unit_test(information_asked_for_is_welcome),
        cmocka_unit_test(evidence_without_trust_counts_as_persuasion_and_is_coded_so),
        cmocka_unit_test(third_question_draws_the_complaint),
        cmocka_unit_test(guarded_topic_too_soon_deflects),
        cmocka_unit_test(blame_walks_out_after_two_hot_turns_and_grievances_cap_rapport),
        cmocka_unit_test(each_grievance_keeps_its_own_timer),
        cmocka_unit_test(repair_clears_a_grievance_only_with_a_reflection),
        cmocka_unit_test(low_credibility_walks_out),
        cmocka_unit_test(reflecting_change_talk_raises_importance),
        cmocka_unit_test(change_talk_is_heard_more_at_high_importance_and_confidence),
        cmocka_unit_test(sustain_talk_argued_with_begets_sustain_talk),
        cmocka_unit_test(one_confrontation_outweighs_two_reflections),
        cmocka_unit_test(unasked_information_after_sustain_talk_provokes_every_bundled_client),
        cmocka_unit_test(teaching_provokes_one_and_a_half_to_three_times_the_discord_of_reflecting),
        cmocka_unit_test(the_model_checks_what_apply_returns),
        cmocka_unit_test(the_model_clamps_and_hands_back_the_clamped),
        cmocka_unit_test(a_model_that_drops_a_field_fails_once),
        cmocka_unit_test(a_model_variable_must_be_a_lua_name),
        cmocka_unit_test(a_remembered_pass_follows_every_value),
        cmocka_unit_test(the_whole_view_refuses_other_names),
        cmocka_unit_test(settle_sees_only_what_it_declares),
        cmocka_unit_test(a_failed_settle_fails_once),
        cmocka_unit_test(a_wrong_declaration_is_refused_at_load),
        cmocka_unit_test(a_dense_memo_gives_back_what_it_was_given),
    };
    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
