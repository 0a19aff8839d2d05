/* Unit tests of the core, with no Lua: the generator, state vectors, comparisons, and a
 * session over a scenario built by hand in C. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/arena.h"
#include "../../engine/core/explore.h"
#include "../../engine/core/pack.h"
#include "../../engine/core/rng.h"
#include "../../engine/core/scenario.h"
#include "../../engine/core/session.h"
#include "../../engine/core/state.h"
#include "../../engine/core/transcript.h"
#include "../../engine/core/vmem.h"

/* Every normalised value comes back from a packed state bit for bit: whole numbers, tenths
 * (whose doubles are inexact), a grid whose max is off it, flags, a number with no step and a
 * range too wide for a grid; a value off its grid is refused, naming its variable. */
static void pack_round_trips_every_grid_value_exactly(void **st)
{
    (void)st;
    StateLayout l;
    layout_init(&l);
    assert_int_equal(layout_add(&l, "whole", VAR_NUMBER, 50, 0, 100, 1, 0), 0);
    assert_int_equal(layout_add(&l, "tenths", VAR_NUMBER, 3, 0, 10, 0.1, 0), 1);
    assert_int_equal(layout_add(&l, "thirds", VAR_NUMBER, 0, -1, 10, 3, 0), 2);
    assert_int_equal(layout_add(&l, "flag", VAR_FLAG, 0, 0, 1, 1, 0), 3);
    assert_int_equal(layout_add(&l, "free", VAR_NUMBER, 0.5, -5, 5, 0, 0), 4);
    assert_int_equal(layout_add(&l, "wide", VAR_NUMBER, 0, -1e12, 1e12, 1, 0), 5);
    Packer p;
    assert_int_equal(packer_init(&p, &l), 0);
    /* 7 + 7 + 3 + 1 bits share the first word; the two doubles take a word each. */
    assert_int_equal(p.nwords, 3);
    double v[6], back[6];
    uint64_t w[3];
    int bad = -1, checked = 0;
    for (int i = 0; i <= 400; i++) {
        v[0] = i * 0.37;
        v[1] = i * 0.0271;
        v[2] = i * 0.03 - 1;
        v[3] = i % 2;
        v[4] = i * 0.0123 - 2.5;
        v[5] = (i - 200) * 1e9 + 0.25;
        state_normalize(&l, v);
        assert_int_equal(pack_state(&p, v, w, &bad), 0);
        unpack_state(&p, w, back);
        assert_memory_equal(v, back, sizeof v);
        checked++;
    }
    assert_int_equal(checked, 401);
    v[1] = 0.15; /* between two tenths */
    assert_int_equal(pack_state(&p, v, w, &bad), -1);
    assert_int_equal(bad, 1);
    /* The flags and whole numbers are packed first, from their own list: the variable named
     * is still the first in layout order that is off its grid. */
    v[3] = 0.5;
    assert_int_equal(pack_state(&p, v, w, &bad), -1);
    assert_int_equal(bad, 1);
    v[1] = 0.2;
    assert_int_equal(pack_state(&p, v, w, &bad), -1);
    assert_int_equal(bad, 3);
    v[0] = 2.5;
    assert_int_equal(pack_state(&p, v, w, &bad), -1);
    assert_int_equal(bad, 0);
    v[0] = -0.0; /* a whole number's zero is +0.0 alone, as state_normalize leaves it */
    v[3] = 1;
    assert_int_equal(pack_state(&p, v, w, &bad), -1);
    assert_int_equal(bad, 0);
    packer_free(&p);
    layout_free(&l);
}

/* A grid whose capped top is half a step past its last point: 1 / step times the top's
 * distance rounds one way (3) and the quotient state_normalize uses the other (4, whose value
 * is capped to the top). pack_state must find the top's index all the same (its quotient
 * decides where the product is off), for every value state_normalize leaves. */
static void pack_finds_the_capped_top_of_a_grid(void **st)
{
    (void)st;
    StateLayout l;
    layout_init(&l);
    double top = -2 + 3.5 * 0.7;
    assert_int_equal(layout_add(&l, "capped", VAR_NUMBER, top, -2, top, 0.7, 0), 0);
    assert_true(state_round((top + 2) * (1 / 0.7)) != state_round((top + 2) / 0.7));
    Packer p;
    assert_int_equal(packer_init(&p, &l), 0);
    for (int i = 0; i <= 100; i++) {
        double v = -2.5 + i * 0.03, back;
        uint64_t w;
        int bad = -1;
        state_normalize(&l, &v);
        assert_int_equal(pack_state(&p, &v, &w, &bad), 0);
        unpack_state(&p, &w, &back);
        assert_memory_equal(&v, &back, sizeof v);
    }
    packer_free(&p);
    layout_free(&l);
}

static void rng_is_deterministic_and_seed_sensitive(void **st)
{
    Rng a, b, c;
    rng_seed(&a, 42);
    rng_seed(&b, 42);
    rng_seed(&c, 43);
    int differ = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t x = rng_next(&a);
        assert_int_equal(x, rng_next(&b));
        differ += x != rng_next(&c);
    }
    assert_true(differ > 95);
}

static void rng_pinned_values(void **st)
{
    /* Pinned so a change to the generator (which would change every seeded session) is seen. */
    Rng r;
    rng_seed(&r, 1);
    uint32_t first = rng_next(&r), second = rng_next(&r);
    rng_seed(&r, 1);
    assert_int_equal(rng_next(&r), first);
    assert_int_equal(rng_next(&r), second);
    char buf[64];
    snprintf(buf, sizeof buf, "%u %u", first, second);
    assert_string_equal(buf, "2415000151 2096301258");
}

static void rng_below_is_in_range_and_covers(void **st)
{
    Rng r;
    rng_seed(&r, 7);
    int seen[5] = {0};
    for (int i = 0; i < 5000; i++) {
        uint32_t x = rng_below(&r, 5);
        assert_true(x < 5);
        seen[x]++;
    }
    for (int i = 0; i < 5; i++)
        assert_in_range(seen[i], 850, 1150);
    for (int i = 0; i < 1000; i++) {
        double u = rng_unit(&r);
        assert_true(u >= 0.0 && u < 1.0);
    }
}

/* state_normalize rounds half away from zero exactly as round() does, including the values
 * just under a half that x + 0.5 would round up, halves, and values beyond 2^52. */
static void state_normalize_rounds_as_round(void **st)
{
    (void)st;
    StateLayout l;
    layout_init(&l);
    assert_int_equal(layout_add(&l, "whole", VAR_NUMBER, 0, 0, 1e300, 1, 0), 0);
    assert_int_equal(layout_add(&l, "tenths", VAR_NUMBER, 0, -5, 1e300, 0.1, 0), 1);
    const double xs[] = {0.49999999999999994,
                         0.5,
                         1.5,
                         2.5,
                         2.4999999999999996,
                         0x1p52 - 0.5,
                         0x1p52 + 1,
                         0x1p53 + 2,
                         1e20,
                         7.05,
                         3.25,
                         0.15,
                         1e-300,
                         99.95};
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double v[2] = {xs[i], xs[i]};
        state_normalize(&l, v);
        double whole = round(xs[i]), tenths = -5 + round((xs[i] + 5) / 0.1) * 0.1;
        assert_memory_equal(&v[0], &whole, sizeof whole);
        assert_memory_equal(&v[1], &tenths, sizeof tenths);
    }
    double v[2] = {0.49999999999999994, 0};
    state_normalize(&l, v);
    assert_true(v[0] == 0.0); /* floor(x + 0.5) would give 1 */
    layout_free(&l);
}

static void state_normalize_clamps_rounds_and_flags(void **st)
{
    StateLayout l;
    layout_init(&l);
    assert_int_equal(layout_add(&l, "discord", VAR_NUMBER, 10, 0, 100, 1, 0), 0);
    assert_int_equal(layout_add(&l, "importance", VAR_NUMBER, 3, 0, 10, 0.1, 0), 1);
    assert_int_equal(layout_add(&l, "asked", VAR_FLAG, 0, 0, 1, 0, 0), 2);
    assert_int_equal(layout_find(&l, "importance"), 1);
    assert_int_equal(layout_find(&l, "nope"), -1);
    double v[3] = {104.6, 3.26, 5};
    state_normalize(&l, v);
    assert_true(v[0] == 100.0);
    assert_true(v[1] > 3.2999 && v[1] < 3.3001);
    assert_true(v[2] == 1.0);
    v[0] = -0.2;
    v[1] = 0.0 / 0.0; /* NaN */
    state_normalize(&l, v);
    assert_true(v[0] == 0.0);
    assert_true(v[1] == 0.0);
    char buf[32];
    state_format_value(&l.vars[0], 55, buf, sizeof buf);
    assert_string_equal(buf, "55");
    state_format_value(&l.vars[1], 6.5, buf, sizeof buf);
    assert_string_equal(buf, "6.5");
    state_format_value(&l.vars[2], 1, buf, sizeof buf);
    assert_string_equal(buf, "true");
    layout_free(&l);
}

static void state_hash_equal_states_equal_hashes(void **st)
{
    double a[3] = {1, 2, 3}, b[3] = {1, 2, 3}, c[3] = {1, 2, 4};
    assert_true(state_hash(a, 3, 0) == state_hash(b, 3, 0));
    assert_true(state_hash(a, 3, 0) != state_hash(c, 3, 0));
    assert_true(state_hash(a, 3, 0) != state_hash(a, 3, 1));
}

static void cmp_parse_accepts_and_rejects(void **st)
{
    CmpOp op;
    double v;
    assert_int_equal(cmp_parse(">= 30", &op, &v), 0);
    assert_int_equal(op, CMP_GE);
    assert_true(v == 30);
    assert_int_equal(cmp_parse("<2.5", &op, &v), 0);
    assert_int_equal(op, CMP_LT);
    assert_true(v == 2.5);
    assert_int_equal(cmp_parse("~= 0", &op, &v), 0);
    assert_int_equal(op, CMP_NE);
    assert_int_equal(cmp_parse("30", &op, &v), -1);
    assert_int_equal(cmp_parse(">= ", &op, &v), -1);
    assert_int_equal(cmp_parse(">= 3x", &op, &v), -1);
    assert_true(cmp_holds(CMP_LE, 3, 3));
    assert_false(cmp_holds(CMP_LT, 3, 3));
    assert_string_equal(cmp_symbol(CMP_GE), ">=");
}

/* A scenario built by hand: no model, no Lua. Node a offers "up" (trust += 10) and, when
 * trust >= 10, "go" to the ending; "up" loops back to a. */
static Scenario *tiny_scenario(void)
{
    Scenario *sc = calloc(1, sizeof *sc);
    layout_init(&sc->layout);
    layout_add(&sc->layout, "trust", VAR_NUMBER, 0, 0, 20, 1, 0);
    sc->var_turn =
        layout_add(&sc->layout, "turn", VAR_NUMBER, 0, 0, SESSION_MAX_TURNS, 1, VAR_READONLY);
    sc->var_resistance = sc->var_deflecting = sc->var_questions = -1;
    sc->path = strdup("tiny.lua");
    sc->id = strdup("tiny");
    sc->client_name = strdup("Al");
    sc->pronoun = strdup("he");
    sc->walkout = -1;
    sc->turn_limit_node = -1;
    sc->moves = calloc(2, sizeof *sc->moves);
    sc->moves[0] = (Move){strdup("affirm"), MITI_AF};
    sc->moves[1] = (Move){strdup("persuade"), MITI_PERSUADE};
    sc->nmoves = 2;
    sc->nnodes = 2;
    sc->nodes = calloc(2, sizeof *sc->nodes);
    Node *a = &sc->nodes[0], *end = &sc->nodes[1];
    a->id = strdup("a");
    a->say.kind = SAY_LIST;
    a->say.plain.count = 2;
    a->say.plain.lines = calloc(2, sizeof(char *));
    a->say.plain.lines[0] = strdup("one");
    a->say.plain.lines[1] = strdup("two");
    a->say.plain.talk = calloc(2, 1); /* neutral lines, as the loader gives them */
    a->say.plain.kind = calloc(2, 1);
    a->nchoices = 2;
    a->choices = calloc(2, sizeof *a->choices);
    Choice *up = &a->choices[0], *go = &a->choices[1];
    up->id = strdup("up");
    up->text = strdup("Up");
    up->move = 0;
    up->nroutes = 1;
    up->routes = calloc(1, sizeof *up->routes);
    up->routes[0].node = 0;
    up->effect.ndeltas = 1;
    up->effect.deltas = calloc(1, sizeof(Delta));
    up->effect.deltas[0] = (Delta){0, false, 10};
    go->id = strdup("go");
    go->text = strdup("Go");
    go->move = 1;
    go->nroutes = 1;
    go->routes = calloc(1, sizeof *go->routes);
    go->routes[0].node = 1;
    go->when.nterms = 1;
    go->when.terms = calloc(1, sizeof(Compare));
    go->when.terms[0] = (Compare){0, CMP_GE, 10};
    end->id = strdup("end");
    end->ending = strdup("done");
    end->outcome = OUTCOME_SUCCESS;
    end->say.kind = SAY_LIST;
    return sc;
}

static void session_offers_by_condition_and_applies_effects(void **st)
{
    Scenario *sc = tiny_scenario();
    Session s;
    assert_int_equal(session_init(&s, sc), 0);
    assert_int_equal(session_start(&s, 5), 0);
    assert_int_equal(s.noffered, 1); /* "go" needs trust >= 10 */
    assert_string_equal(session_offered(&s, 0)->id, "up");
    assert_int_equal(session_choose(&s, 0), 0);
    assert_true(s.state[0] == 10);
    assert_true(s.state[1] == 1); /* turn */
    assert_int_equal(s.noffered, 2);
    assert_int_equal(session_choose(&s, 0), 0);
    assert_int_equal(session_choose(&s, 0), 0);
    assert_true(s.state[0] == 20); /* clamped to the range */
    assert_int_equal(session_choose_ref(&s, "go"), 0);
    assert_true(s.over);
    assert_string_equal(session_node(&s)->ending, "done");
    assert_int_equal(s.nturns, 4);
    assert_int_equal(s.miti[MITI_AF], 3);
    assert_int_equal(s.miti[MITI_PERSUADE], 1);
    assert_true(session_state_at(&s, 1)[0] == 10);
    assert_int_equal(session_choose(&s, 0), -1);
    assert_int_equal(s.error, SERR_CHOICE);
    session_free(&s);
    scenario_free(sc);
    free(sc);
}

/* A transition from a state on the grid (Session.on_grid, as the explorer makes them) rounds
 * only what the turn moved, and ends where rounding every variable ends. */
static void session_on_grid_rounds_what_the_turn_moved(void **st)
{
    (void)st;
    Scenario *sc = tiny_scenario();
    sc->nodes[0].choices[0].effect.deltas[0].value = 2.6; /* up: trust off the grid */
    Session a, b;
    assert_int_equal(session_init(&a, sc), 0);
    assert_int_equal(session_init(&b, sc), 0);
    assert_int_equal(session_start(&a, 5), 0);
    assert_int_equal(session_start(&b, 5), 0);
    const double expect[] = {3, 6, 9, 12, 15, 18, 20, 20, 20}; /* +2.6, rounded, at most 20 */
    for (int k = 0; k < 9; k++) {
        memcpy(b.state, a.state, 2 * sizeof *a.state);
        a.on_grid = true;
        int na, nb;
        assert_int_equal(session_transition(&a, 0, 0, &na), 0);
        assert_int_equal(session_transition(&b, 0, 0, &nb), 0);
        assert_false(a.on_grid); /* one transition only */
        assert_int_equal(na, nb);
        assert_memory_equal(a.state, b.state, 2 * sizeof *a.state);
        assert_true(a.state[0] == expect[k]);
        assert_true(a.state[1] == k + 1); /* the turn */
    }
    session_free(&a);
    session_free(&b);
    scenario_free(sc);
    free(sc);
}

/* Large buffers start on a 2 MB boundary (whole huge pages), small ones are malloc's; each
 * holds what is written across all of it. */
static void vmem_gives_large_buffers_whole_huge_pages(void **st)
{
    (void)st;
    const uintptr_t huge = (uintptr_t)2 << 20;
    size_t sizes[] = {1, 4096, (2u << 20) - 1, 2u << 20, (5u << 20) + 12345};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        unsigned char *p = vmem_malloc(n);
        assert_non_null(p);
        if (n >= huge) assert_int_equal((uintptr_t)p % huge, 0);
        memset(p, (int)k + 1, n);
        assert_int_equal(p[0], k + 1);
        assert_int_equal(p[n - 1], k + 1);
        free(p);
        char *r = vmem_reserve(n);
        assert_non_null(r);
        if (n >= huge) assert_int_equal((uintptr_t)r % huge, 0);
        memset(r, 7, n); /* the whole reserve is there to write */
        assert_int_equal(r[n - 1], 7);
        vmem_free(r, n);
        unsigned char *t = vmem_table(n); /* zeroed, and in huge pages from 2 MB */
        assert_non_null(t);
        if (n >= huge) assert_int_equal((uintptr_t)t % huge, 0);
        size_t nonzero = 0;
        for (size_t i = 0; i < n; i += 509)
            nonzero += t[i] != 0;
        assert_int_equal(nonzero + (t[n - 1] != 0), 0);
        memset(t, 9, n);
        assert_int_equal(t[n - 1], 9);
        vmem_free(t, n);
    }
}

/* The loader's arena: pieces zeroed, aligned, apart from each other, across many blocks and one
 * larger than any block. */
static void arena_gives_zeroed_pieces_apart(void **st)
{
    (void)st;
    Arena *a = arena_open(0);
    assert_non_null(a);
    enum { N = 20000 };
    unsigned char **p = malloc(N * sizeof *p);
    for (int i = 0; i < N; i++) {
        size_t n = (size_t)(i % 300) + 1;
        p[i] = arena_zalloc(a, n);
        assert_non_null(p[i]);
        assert_int_equal((uintptr_t)p[i] % 16, 0);
        for (size_t k = 0; k < n; k++)
            assert_int_equal(p[i][k], 0);
        memset(p[i], i & 0xff, n);
    }
    for (int i = 0; i < N; i++) /* nothing written later wrote over an earlier piece */
        for (size_t k = 0; k < (size_t)(i % 300) + 1; k++)
            assert_int_equal(p[i][k], i & 0xff);
    unsigned char *big = arena_zalloc(a, 40u << 20);
    assert_non_null(big);
    assert_int_equal(big[0] | big[(40u << 20) - 1], 0);
    assert_string_equal(arena_dup(a, "node 'a'"), "node 'a'");
    free(p);
    arena_close(a);
}

/* tiny_scenario turned into a loop without turns: "up" adds 1 to trust (0 to 100), "go" ends
 * the session from trust 0 only, and with `reset`, "reset" takes trust from 100 back to 0.
 * Breadth first, (a, k) is state k + 1 for k >= 1, after (a, 0) and the ending: 102 states. */
static Scenario *loop_scenario(bool reset)
{
    Scenario *sc = tiny_scenario();
    sc->layout.vars[0].max = 100;
    sc->var_turn = -1; /* the turn variable stays 0: the loop returns to the same states */
    Node *a = &sc->nodes[0];
    a->choices = realloc(a->choices, 3 * sizeof *a->choices);
    Choice *up = &a->choices[0], *go = &a->choices[1], *back = &a->choices[2];
    up->effect.deltas[0].value = 1;
    go->when.terms[0] = (Compare){0, CMP_LE, 0};
    memset(back, 0, sizeof *back);
    if (!reset) return sc;
    a->nchoices = 3;
    back->id = strdup("reset");
    back->text = strdup("Reset");
    back->nroutes = 1;
    back->routes = calloc(1, sizeof *back->routes);
    back->effect.ndeltas = 1;
    back->effect.deltas = calloc(1, sizeof(Delta));
    back->effect.deltas[0] = (Delta){0, false, -100};
    back->when.nterms = 1;
    back->when.terms = calloc(1, sizeof(Compare));
    back->when.terms[0] = (Compare){0, CMP_GE, 100};
    return sc;
}

/* Which states can reach an ending, found backwards: with "reset", every state can, through a
 * transition from the last state (index 101) back to the first, which the backward pass meets
 * after it has passed 101 (a second pass must take it up). Without, the 100 states with trust
 * above 0 cannot. */
static void explore_finds_states_with_no_way_to_an_ending(void **st)
{
    (void)st;
    for (int reset = 1; reset >= 0; reset--) {
        Scenario *sc = loop_scenario(reset);
        Explorer e;
        ExploreLimits lim = {0};
        assert_int_equal(explore_run(&e, sc, &lim), 0);
        assert_int_equal(e.count, 102);
        assert_int_equal(e.nedges, reset ? 103 : 102); /* (a, 100): "up" again, "reset" */
        assert_int_equal(e.nstored, reset ? 2 : 1);
        assert_int_equal(e.no_way_out, reset ? 0 : 100);
        assert_int_equal(e.no_way_first, reset ? -1 : 1);
        explore_free(&e);
        scenario_free(sc);
        free(sc);
    }
}

/* Exploring tiny_scenario, worked by hand: from (a, trust 0, turn 0) "up" reaches trust 10 at
 * turn 1, then each turn "up" (trust 20) or "go" (the ending). Turns stop at the turn's
 * maximum M, so the states are (a, 0, 0), (a, 10, 1), (a, 20, t) for t = 2..M, (end, 10, 2)
 * and (end, 20, t) for t = 3..M: 2M states, 2M + 1 transitions. A state is one packed word
 * (5 bits of trust, 10 of turn, 1 of node) and reads back exactly. */
static void explore_tiny_exactly_with_packed_states(void **st)
{
    (void)st;
    Scenario *sc = tiny_scenario();
    Explorer e;
    ExploreLimits lim = {0};
    assert_int_equal(explore_run(&e, sc, &lim), 0);
    const int m = SESSION_MAX_TURNS;
    assert_int_equal(e.count, 2 * m);
    assert_int_equal(e.nedges, 2 * m + 1);
    assert_int_equal(e.nwords, 1);
    assert_int_equal(e.no_way_out, 0);
    assert_int_equal(e.first_at[1], 3);
    double v[2];
    int want[4][4] = {{0, 0, 0, 0}, {0, 10, 1, 1}, {0, 20, 2, 2}, {1, 10, 2, 2}}; /* node,
                                                                                   trust, turn,
                                                                                   depth */
    for (int i = 0; i < 4; i++) {
        explore_state(&e, i, v);
        assert_int_equal(explore_node(&e, i), want[i][0]);
        assert_true(v[0] == want[i][1] && v[1] == want[i][2]);
        assert_int_equal(explore_depth(&e, i), want[i][3]);
    }
    explore_state(&e, e.count - 1, v);
    assert_int_equal(explore_node(&e, e.count - 1), 1);
    assert_true(v[0] == 20 && v[1] == m);
    assert_int_equal(explore_depth(&e, e.count - 1), m);
    int path[8];
    assert_int_equal(explore_path(&e, 3, path, 8), 2);
    assert_int_equal(path[0], 0); /* up */
    assert_int_equal(path[1], 1); /* go */
    explore_free(&e);
    scenario_free(sc);
    free(sc);
}

/* The same explored with variables no choice touches after the two: two that fill the first
 * word (32 and 17 bits: the node takes a word of its own), or one kept as a raw double in a
 * word of its own (the node goes to a third). Each state reads back with its node and values,
 * and is stored in the bytes its words use, no more. */
static void explore_stores_keys_in_the_bytes_they_use(void **st)
{
    (void)st;
    struct {
        int npads;
        double init[2], max[2], step;
        int words, key_bytes;
    } cases[] = {{2, {4000000000.0, 100000}, {4294967295.0, 131071}, 1, 2, 9},
                 {1, {-0.1}, {1}, 0, 3, 17}};
    Scenario *plain = tiny_scenario();
    Explorer want;
    ExploreLimits lim = {.max_states = 100000}; /* a key read back wrong merges nothing */
    assert_int_equal(explore_run(&want, plain, &lim), 0);
    assert_int_equal(want.key_bytes, 2); /* 5 bits of trust, 10 of turn, 1 of node */
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        Scenario *sc = tiny_scenario();
        for (int p = 0; p < cases[k].npads; p++)
            layout_add(&sc->layout, p ? "pad2" : "pad1", VAR_NUMBER, cases[k].init[p],
                       cases[k].step > 0 ? 0 : -1, cases[k].max[p], cases[k].step, 0);
        Explorer e;
        assert_int_equal(explore_run(&e, sc, &lim), 0);
        assert_int_equal(e.nwords, cases[k].words);
        assert_int_equal(e.key_bytes, cases[k].key_bytes);
        assert_int_equal(e.count, want.count);
        assert_int_equal(e.nedges, want.nedges);
        for (int32_t i = 0; i < e.count; i++) {
            double v[4], w[2];
            explore_state(&e, i, v);
            explore_state(&want, i, w);
            assert_int_equal(explore_node(&e, i), explore_node(&want, i));
            assert_true(v[0] == w[0] && v[1] == w[1]);
            for (int p = 0; p < cases[k].npads; p++)
                assert_true(v[2 + p] == cases[k].init[p]);
            assert_int_equal(e.parent[i], want.parent[i]);
        }
        explore_free(&e);
        scenario_free(sc);
        free(sc);
    }
    explore_free(&want);
    scenario_free(plain);
    free(plain);
}

static void session_rejects_bad_choices(void **st)
{
    Scenario *sc = tiny_scenario();
    Session s;
    session_init(&s, sc);
    session_start(&s, 1);
    assert_int_equal(session_choose(&s, 3), -1);
    assert_string_equal(s.err, "choice 4 is out of range: 1 offered");
    assert_int_equal(session_choose_ref(&s, "go"), -1);
    assert_string_equal(s.err, "no choice 'go' is offered at node 'a'");
    assert_int_equal(session_choose_ref(&s, "2"), -1);
    assert_string_equal(s.err, "choice 2 is out of range at node 'a': 1 offered");
    session_free(&s);
    scenario_free(sc);
    free(sc);
}

static void session_same_seed_same_lines_and_rewind_is_exact(void **st)
{
    Scenario *sc = tiny_scenario();
    Session a, b;
    session_init(&a, sc);
    session_init(&b, sc);
    char la[64] = "", lb[64] = "";
    session_start(&a, 99);
    session_start(&b, 99);
    for (int i = 0; i < 3; i++) {
        strcat(la, a.line);
        strcat(lb, b.line);
        session_choose(&a, 0);
        session_choose(&b, 0);
    }
    assert_string_equal(la, lb);
    double before = session_state_at(&a, 1)[0];
    const char *line1 = a.turns[1].line;
    assert_int_equal(session_rewind(&a, 1), 0);
    assert_int_equal(a.nturns, 1);
    assert_true(a.state[0] == before);
    assert_string_equal(a.line, line1); /* the same line drawn again */
    session_free(&a);
    session_free(&b);
    scenario_free(sc);
    free(sc);
}

/* tiny_scenario with flow: "up" offered once, node a counted, and "go" calls sub-conversation
 * "sub" (whose one choice goes back) with the ending as where it returns to. */
static Scenario *flow_scenario(void)
{
    Scenario *sc = tiny_scenario();
    sc->nodes = realloc(sc->nodes, 3 * sizeof *sc->nodes);
    sc->nnodes = 3;
    Node *a = &sc->nodes[0], *sub = &sc->nodes[2];
    memset(sub, 0, sizeof *sub);
    a->choices[0].once = layout_add(&sc->layout, "once:a:up", VAR_FLAG, 0, 0, 1, 0, VAR_FLOW) + 1;
    a->visits = layout_add(&sc->layout, "visits:a", VAR_NUMBER, 0, 0, VISITS_MAX, 1, VAR_FLOW) + 1;
    for (int k = 0; k < SCENARIO_STACK; k++) {
        int v =
            layout_add(&sc->layout, k ? "return:n" : "return:1", VAR_NUMBER, 0, 0, 3, 1, VAR_FLOW);
        if (!k) sc->stack = v + 1;
    }
    a->choices[1].call = 3;
    sub->id = strdup("sub");
    sub->say.kind = SAY_LIST;
    sub->nchoices = 1;
    sub->choices = calloc(1, sizeof *sub->choices);
    sub->choices[0].id = strdup("back");
    sub->choices[0].text = strdup("Back");
    sub->choices[0].back = true;
    sub->choices[0].line = 9;
    return sc;
}

static void session_flow_once_visits_call_and_back(void **st)
{
    Scenario *sc = flow_scenario();
    Session s;
    int once = sc->nodes[0].choices[0].once - 1, visits = sc->nodes[0].visits - 1;
    int ret = sc->stack - 1;
    assert_int_equal(session_init(&s, sc), 0);
    assert_int_equal(session_start(&s, 5), 0);
    assert_true(s.state[visits] == 1); /* the start counts */
    assert_int_equal(session_choose_ref(&s, "up"), 0);
    assert_true(s.state[once] == 1 && s.state[visits] == 2);
    assert_int_equal(s.noffered, 1); /* up was offered once; go now holds */
    assert_string_equal(session_offered(&s, 0)->id, "go");
    assert_int_equal(session_choose_ref(&s, "go"), 0);
    assert_string_equal(session_node(&s)->id, "sub");
    assert_true(s.state[ret] == 2); /* returns to the ending (index 1) */
    assert_int_equal(session_choose_ref(&s, "back"), 0);
    assert_true(s.over);
    assert_string_equal(session_node(&s)->ending, "done");
    assert_true(s.state[ret] == 0);
    assert_int_equal(session_rewind(&s, 1), 0); /* the flags and counts rewind with the state */
    assert_true(s.state[once] == 1 && s.state[visits] == 2 && s.state[ret] == 0);
    assert_int_equal(session_rewind(&s, 0), 0);
    assert_true(s.state[once] == 0 && s.state[visits] == 1);
    /* back with no sub-conversation entered: an error naming the choice's line */
    int next;
    assert_int_equal(session_transition(&s, 2, 0, &next), -1);
    assert_string_equal(s.err, "tiny.lua:9: choice 'back' in node 'sub' goes back, but no "
                               "sub-conversation was entered (a choice with call = \"node\" "
                               "enters one)");
    session_free(&s);
    scenario_free(sc);
    free(sc);
}

static void session_without_ending_stops_with_error(void **st)
{
    Scenario *sc = tiny_scenario();
    Session s;
    session_init(&s, sc);
    session_start(&s, 1);
    int rc = 0, n = 0;
    while (rc == 0 && n < SESSION_MAX_TURNS + 5)
        rc = session_choose(&s, 0), n++;
    assert_int_equal(rc, -1);
    assert_int_equal(s.error, SERR_TOO_LONG);
    assert_string_equal(s.err,
                        "tiny.lua: no ending after 1000 turns: add an ending or a turn_limit");
    session_free(&s);
    scenario_free(sc);
    free(sc);
}

static void transcript_json_escapes(void **st)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    json_string(f, "say \"hi\"\n\tback\\slash \x01 café");
    fclose(f);
    assert_string_equal(buf, "\"say \\\"hi\\\"\\n\\tback\\\\slash \\u0001 café\"");
    free(buf);
}

static void transcript_json_turn_is_exact(void **st)
{
    Scenario *sc = tiny_scenario();
    Session s;
    session_init(&s, sc);
    session_start(&s, 3);
    session_choose(&s, 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    transcript_json_turn(f, &s, 1);
    fclose(f);
    char expect[512];
    snprintf(
        expect, sizeof expect,
        "{\"turn\":1,\"node\":\"a\",\"band\":\"none\",\"say\":\"%s\",\"talk\":{\"code\":\"none\"},"
        "\"offered\":[{\"n\":1,\"id\":\"up\",\"text\":\"Up\",\"move\":\"affirm\"}],\"pressed\":1,"
        "\"chose\":1,"
        "\"id\":\"up\",\"move\":\"affirm\",\"miti\":\"AF\",\"codes\":[\"AF\"],"
        "\"state\":{\"trust\":10,\"turn\":1}}\n",
        s.turns[0].line);
    assert_string_equal(buf, expect);
    free(buf);
    session_free(&s);
    scenario_free(sc);
    free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rng_is_deterministic_and_seed_sensitive),
        cmocka_unit_test(rng_pinned_values),
        cmocka_unit_test(rng_below_is_in_range_and_covers),
        cmocka_unit_test(state_normalize_clamps_rounds_and_flags),
        cmocka_unit_test(state_normalize_rounds_as_round),
        cmocka_unit_test(state_hash_equal_states_equal_hashes),
        cmocka_unit_test(cmp_parse_accepts_and_rejects),
        cmocka_unit_test(session_offers_by_condition_and_applies_effects),
        cmocka_unit_test(session_rejects_bad_choices),
        cmocka_unit_test(session_on_grid_rounds_what_the_turn_moved),
        cmocka_unit_test(session_same_seed_same_lines_and_rewind_is_exact),
        cmocka_unit_test(session_flow_once_visits_call_and_back),
        cmocka_unit_test(session_without_ending_stops_with_error),
        cmocka_unit_test(transcript_json_escapes),
        cmocka_unit_test(transcript_json_turn_is_exact),
        cmocka_unit_test(pack_round_trips_every_grid_value_exactly),
        cmocka_unit_test(pack_finds_the_capped_top_of_a_grid),
        cmocka_unit_test(explore_tiny_exactly_with_packed_states),
        cmocka_unit_test(explore_finds_states_with_no_way_to_an_ending),
        cmocka_unit_test(arena_gives_zeroed_pieces_apart),
        cmocka_unit_test(vmem_gives_large_buffers_whole_huge_pages),
        cmocka_unit_test(explore_stores_keys_in_the_bytes_they_use),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
