/* Unit tests of the default model (scripts/lib/model.lua) through the real host: each move's
 * numbers after traits, saturation, context, decay and memory, and the walk-out rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/lua/host.h"

/* One node "a" offering every move we test, looping back to itself. */
static const char *SCENARIO_FMT =
    "return scenario {\n"
    "  id = 'model-probe', title = 't', setting = 's',\n"
    "  client = { name = 'Pat', traits = { receptivity = 3, reactance_trait = 0.5 },\n"
    "             topics = { father = { sensitivity = 60 } } },\n"
    "  state = { %s },\n"
    "  start = 'a', walkout = 'gone', turn_limit = { 50, go = 'gone' },\n"
    "  nodes = {\n"
    "    a = { say = { open = 'o', guarded = 'g', resistant = 'r', hostile = 'h',\n"
    "                  deflect = 'd', questions = 'q' },\n"
    "          choices = {\n"
    "      { 'cr', id = 'cr', move = 'complex_reflection', go = 'a' },\n"
    "      { 'pe', id = 'pe', move = 'persuade', go = 'a' },\n"
    "      { 'bl', id = 'bl', move = 'blame_client', go = 'a' },\n"
    "      { 'oq', id = 'oq', move = 'open_question', go = 'a' },\n"
    "      { 'ev', id = 'ev', move = 'provide_evidence', go = 'a' },\n"
    "      { 'fa', id = 'fa', move = 'open_question', topic = 'father', go = 'a' },\n"
    "      { 'ap', id = 'ap', move = 'affirm', repair = true, go = 'a' },\n"
    "    } },\n"
    "    gone = { ending = 'gone', outcome = 'fail', say = 'bye' },\n"
    "  },\n"
    "}\n";

typedef struct Probe {
    Host *h;
    Session s;
    char path[64];
} Probe;

static Probe *probe(const char *state)
{
    Probe *p = calloc(1, sizeof *p);
    snprintf(p->path, sizeof p->path, "/tmp/rapport-model-%d.lua", (int)getpid());
    FILE *f = fopen(p->path, "w");
    fprintf(f, SCENARIO_FMT, state);
    fclose(f);
    p->h = host_open(RAPPORT_SCRIPTS_DIR);
    assert_non_null(p->h);
    if (host_load(p->h, p->path) != 0) fail_msg("%s", p->h->err);
    assert_int_equal(session_init(&p->s, &p->h->sc), 0);
    assert_int_equal(session_start(&p->s, 1), 0);
    return p;
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

static void complex_reflection_numbers(void **st)
{
    Probe *p = probe("discord = 50, rapport = 40");
    play(p, "cr");
    /* discord: -8 x 50/100 = -4 -> 46, unprovoked decay x0.8 -> 36.8 -> 37 */
    assert_true(get(p, "discord") == 37);
    /* rapport: +5 x 60/100 = +3 -> 43, drift 5% toward 40 -> 42.85 -> 43 */
    assert_true(get(p, "rapport") == 43);
    assert_string_equal(p->s.line, "g");
    done(p);
}

static void persuading_while_discord_is_high_is_the_righting_reflex(void **st)
{
    Probe *p = probe("discord = 50, rapport = 40");
    play(p, "pe");
    /* +10 x 1.5 (discord > 40) x 50/100 = 7.5 -> 57.5 -> 58; provoked: no decay */
    assert_true(get(p, "discord") == 58);
    done(p);
}

static void evidence_without_trust_counts_as_persuasion(void **st)
{
    Probe *p = probe("discord = 20, rapport = 20");
    play(p, "ev");
    assert_true(get(p, "discord") > 20);
    done(p);
    p = probe("discord = 20, rapport = 50");
    play(p, "ev");
    assert_true(get(p, "discord") == 16); /* plain information: no change, then decay */
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

static void repair_clears_a_grievance(void **st)
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
    play(p, "bl"); /* credibility -4 x 16/100 -> 15.4 -> 15 */
    assert_true(p->s.over);
    done(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(complex_reflection_numbers),
        cmocka_unit_test(persuading_while_discord_is_high_is_the_righting_reflex),
        cmocka_unit_test(evidence_without_trust_counts_as_persuasion),
        cmocka_unit_test(third_question_draws_the_complaint),
        cmocka_unit_test(guarded_topic_too_soon_deflects),
        cmocka_unit_test(blame_walks_out_after_two_hot_turns_and_grievances_cap_rapport),
        cmocka_unit_test(repair_clears_a_grievance),
        cmocka_unit_test(low_credibility_walks_out),
    };
    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
