/* unit.typed: typed replies played in sessions of every bundled client (issue 15). Off-script
 * text (random bytes, control characters, very long text, words from the client's own
 * choices in the wrong order) never crashes, never leaves a session stuck and never loses a
 * turn: every reply either plays one turn, or (uncoded) plays none and the client says its
 * unmatched line. Rewinds replay typed turns exactly, words included. */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../engine/core/rng.h"
#include "../../engine/lua/host.h"
#include "../../engine/text/reply.h"

#define STRINGS 1000

/* One random reply: bytes 1-255 (control characters and invalid UTF-8 included), sometimes
 * very long, sometimes words of the client's own choices shuffled, sometimes empty-ish. */
static void random_reply(Rng *g, const Scenario *sc, char *buf, size_t size)
{
    int kind = (int)(rng_next(g) % 4);
    size_t len = kind == 0 ? (size_t)(rng_next(g) % (size - 1)) : (size_t)(rng_next(g) % 200);
    if (kind == 3) { /* words from the scenario, out of order */
        size_t n = 0;
        while (n + 40 < size && n < len) {
            const Node *nd = &sc->nodes[rng_next(g) % (uint64_t)sc->nnodes];
            if (!nd->nchoices) continue;
            const char *t = nd->choices[rng_next(g) % (uint64_t)nd->nchoices].text;
            size_t off = strlen(t) ? (size_t)(rng_next(g) % strlen(t)) : 0;
            size_t take = strnlen(t + off, 30);
            memcpy(buf + n, t + off, take);
            n += take;
            buf[n++] = ' ';
        }
        buf[n] = '\0';
        return;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned v = (unsigned)(rng_next(g) % 255) + 1;
        buf[i] = (char)(kind == 1 && v > 127 ? 'a' + v % 26 : v);
    }
    buf[len] = '\0';
}

static void play_strings(const char *path)
{
    Host *h = host_open(RAPPORT_SCRIPTS_DIR);
    assert_non_null(h);
    if (host_load(h, path) != 0) fail_msg("%s", h->err);
    Replies r;
    char err[400];
    if (replies_open(&r, &h->sc, err, sizeof err) != 0) fail_msg("%s", err);
    Session s;
    assert_int_equal(session_init(&s, &h->sc), 0);
    assert_int_equal(session_start(&s, 7), 0);
    Rng g;
    rng_seed(&g, 42);
    static char buf[6000];
    for (int i = 0; i < STRINGS; i++) {
        if (s.over) assert_int_equal(session_start(&s, (uint64_t)i), 0);
        random_reply(&g, &h->sc, buf, sizeof buf);
        FtMatch m;
        replies_match(&r, &s, buf, NULL, &m);
        assert_true(m.nbest >= 0 && m.nbest <= FREETEXT_SHOW);
        for (int k = 0; k < m.nbest; k++)
            assert_true(m.best[k] >= 0 && m.best[k] < s.noffered);
        assert_true(m.confidence >= 0 && m.confidence <= 1);
        int k = m.verdict == FT_CONFIDENT ? m.best[0]
                : m.verdict == FT_ASK     ? m.best[rng_next(&g) % (uint64_t)m.nbest]
                                          : -1;
        int turns = s.nturns;
        int rc = replies_take(&r, &s, buf, &m, k, m.verdict == FT_ASK);
        if (rc < 0) fail_msg("%s: reply %d: %s", path, i, s.err);
        if (rc == 1) { /* uncoded: no turn, and the client has something to say */
            assert_int_equal(s.nturns, turns);
            assert_non_null(session_unmatched_line(&s));
            assert_true(session_unmatched_line(&s)[0] != '\0');
            continue;
        }
        assert_int_equal(s.nturns, turns + 1);
        const Turn *t = &s.turns[s.nturns - 1];
        assert_non_null(t->typed);
        assert_true(strlen(t->typed->words) <= SESSION_TYPED_MAX);
        assert_true(s.over || s.noffered > 0); /* never a dead end */
    }
    /* A rewind replays the typed turns exactly, their words kept. */
    if (s.nturns > 1) {
        int n = s.nturns - 1;
        char *words = strdup(s.turns[n - 1].typed->words);
        int choice = s.turns[n - 1].choice;
        assert_int_equal(session_rewind(&s, n), 0);
        assert_int_equal(s.nturns, n);
        assert_int_equal(s.turns[n - 1].choice, choice);
        assert_string_equal(s.turns[n - 1].typed->words, words);
        free(words);
    }
    session_free(&s);
    replies_close(&r);
    host_close(h);
}

static void every_client_survives_a_thousand_random_strings(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob(RAPPORT_SCRIPTS_DIR "/clients/*.lua", 0, NULL, &g), 0);
    assert_true(g.gl_pathc >= 5);
    for (size_t i = 0; i < g.gl_pathc; i++)
        play_strings(g.gl_pathv[i]);
    globfree(&g);
}

/* A reply that fits no choice is a turn of its own: the client stays at the node, says the
 * node's unmatched line, and the turn counts as the reply's move. */
static void a_reply_that_fits_nothing_stays_and_counts(void **state)
{
    (void)state;
    Host *h = host_open(RAPPORT_SCRIPTS_DIR);
    if (host_load(h, RAPPORT_SCRIPTS_DIR "/clients/dana-results.lua") != 0) fail_msg("%s", h->err);
    Session s;
    assert_int_equal(session_init(&s, &h->sc), 0);
    assert_int_equal(session_start(&s, 1), 0);
    int node = s.node;
    assert_int_equal(session_choose_ref(&s, "~confront"), 0);
    assert_int_equal(s.node, node);
    assert_int_equal(s.nturns, 1);
    assert_true(s.turns[0].choice < 0);
    assert_string_equal(h->sc.moves[session_turn_choice(&s, &s.turns[0])->move].name, "confront");
    assert_int_equal(s.turns[0].codes[0], MITI_CONFRONT);
    assert_string_equal(s.line, session_unmatched_line(&s));
    assert_int_equal(session_choose_ref(&s, "~nonsense"), -1);
    assert_string_equal(s.err, "'~nonsense' is not a typed reply: 'nonsense' is not a move "
                               "(\"~reflect\" is written \"~complex_reflection\")");
    session_free(&s);
    host_close(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_reply_that_fits_nothing_stays_and_counts),
        cmocka_unit_test(every_client_survives_a_thousand_random_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
