/* Unit tests of the sandbox's limits through the real host: what a client file may still do
 * (closures with their own state, metatables, ordinary patterns, garbage that comes and goes)
 * and the exact message of each limit, where the bad-input corpus (tests/sandbox/) cannot
 * look: inside a session that is meant to play. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/lua/heap.h"
#include "../../engine/lua/host.h"

/* A client around the given preamble and the say and effect expressions of node "a", which
 * loops back to itself. */
static const char *FMT =
    "%s\n"
    "return scenario {\n"
    "  id = 'probe', title = 't', setting = 's', client = { name = 'Al' },\n"
    "  start = 'a', walkout = 'b',\n"
    "  nodes = {\n"
    "    a = { say = %s, choices = {\n"
    "      { 'Hi there, how are you?', move = 'affirm', go = 'a',\n"
    "        effect = %s } } },\n"
    "    b = { ending = 'done', title = 'The end', outcome = 'success', say = 'bye' },\n"
    "  },\n"
    "}\n";

typedef struct {
    Host *h;
    Session s;
    int rc; /* of loading */
} Probe;

static void probe_open(Probe *p, const char *pre, const char *say, const char *effect)
{
    char text[8192];
    snprintf(text, sizeof text, FMT, pre, say, effect);
    p->h = host_open(RAPPORT_SCRIPTS_DIR);
    assert_non_null(p->h);
    p->rc = host_load_text(p->h, "probe.lua", text, strlen(text));
    if (p->rc == 0) {
        assert_int_equal(session_init(&p->s, &p->h->sc), 0);
    }
}

static void probe_close(Probe *p)
{
    if (p->rc == 0) session_free(&p->s);
    host_close(p->h);
}

/* Plays n turns of node a; 0, or -1 with the session's message. */
static int probe_play(Probe *p, int n)
{
    if (session_start(&p->s, 1) != 0) return -1;
    for (int i = 0; i < n; i++)
        if (session_choose(&p->s, 0) != 0) return -1;
    return 0;
}

/* Closures made during play may keep and change their own locals; only load-time locals
 * are hidden state. The line shows what they computed, the same at every turn. */
static void test_play_time_closures_allowed(void **state)
{
    (void)state;
    Probe p;
    probe_open(&p, "local greeting = 'hello'",
               "function(s) local n = 0 local bump = function() n = n + 1 end bump() bump() "
               "return greeting .. ' ' .. n end",
               "nil");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 3), 0);
    assert_string_equal(p.s.line, "hello 2");
    probe_close(&p);
}

/* The write found in a helper the file only means to use while loading: refused all the
 * same, since play-time code can reach a global helper; the message says where. */
static void test_global_helper_write_refused(void **state)
{
    (void)state;
    Probe p;
    probe_open(&p, "local count = 0\nfunction node_id() count = count + 1 return count end",
               "'hello'", "nil");
    assert_int_equal(p.rc, -1);
    assert_string_equal(p.h->err,
                        "probe.lua:2: assigns to 'count', a local captured when the file "
                        "loaded: code that runs during play (say, when, effect and what they "
                        "call) may change only declared state (s.name = value)");
    probe_close(&p);
}

/* A class-like metatable: inherited fields, methods and operators still work once frozen. */
static void test_metatables_still_work(void **state)
{
    (void)state;
    Probe p;
    probe_open(&p,
               "local Person = {}\nPerson.__index = Person\n"
               "Person.__tostring = function(self) return 'Mr ' .. self.name end\n"
               "function Person.greet(self) return 'Hello, ' .. tostring(self) end\n"
               "local al = setmetatable({ name = 'Al' }, Person)",
               "function(s) return al:greet() .. ' (' .. #al.name .. ')' end", "nil");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 1), 0);
    assert_string_equal(p.s.line, "Hello, Mr Al (2)");
    probe_close(&p);
}

/* Ordinary text work passes well within the budget; a 2 KB text through gsub, find and
 * gmatch, three times a turn. */
static void test_ordinary_patterns_pass(void **state)
{
    (void)state;
    Probe p;
    probe_open(&p, "local text = ('word  '):rep(340)",
               "function(s) local t = text:gsub('%s+', ' ') local k = 0 "
               "for w in t:gmatch('%a+') do k = k + 1 end "
               "return (t:find('word', 1, true) and 'found ' or 'none ') .. k end",
               "nil");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 3), 0);
    assert_string_equal(p.s.line, "found 340");
    probe_close(&p);
}

/* Garbage that comes and goes: 64 MB made in a turn under a 16 MB limit, never held. */
static void test_garbage_under_memory_limit(void **state)
{
    (void)state;
    setenv("RAPPORT_MEMORY_MB", "16", 1);
    Probe p;
    probe_open(&p, "", "'hello'",
               "function(s) for i = 1, 64 do local t = ('x'):rep(1 << 20) .. i end end");
    unsetenv("RAPPORT_MEMORY_MB");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 2), 0);
    probe_close(&p);
}

/* Holding more than the limit stops the script at the line that asked, and a pcall in the
 * script cannot swallow it. */
static void test_memory_limit_says_line(void **state)
{
    (void)state;
    setenv("RAPPORT_MEMORY_MB", "16", 1);
    Probe p;
    probe_open(&p, "", "'hello'",
               "function(s)\n pcall(function() local t = {}\n for i = 1, 64 do\n"
               " t[i] = ('x'):rep(1 << 20) .. i end end) end");
    unsetenv("RAPPORT_MEMORY_MB");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 1), -1);
    assert_string_equal(p.s.err, "probe.lua:11: the script needs more than 16 MB of memory, its "
                                 "limit (RAPPORT_MEMORY_MB changes it)");
    probe_close(&p);
}

/* The watchdog: comparing two 8 MB strings is one instruction that allocates nothing, so
 * only CPU time sees the loop; one second of it is the limit here. */
static void test_watchdog_stops_what_steps_miss(void **state)
{
    (void)state;
    setenv("RAPPORT_CPU_S", "1", 1);
    Probe p;
    probe_open(&p, "local a, b = ('x'):rep(1 << 23), ('x'):rep(1 << 23)", "'hello'",
               "function(s)\n local k = 0 while true do if a < b then k = k + 1 end end end");
    unsetenv("RAPPORT_CPU_S");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 1), -1);
    assert_string_equal(p.s.err, "probe.lua:9: took too long: more than 1 seconds of CPU in one "
                                 "call (work on huge strings or tables?)");
    /* The next entry has a fresh budget: the session can be played again from the start. */
    assert_int_equal(session_start(&p.s, 1), 0);
    probe_close(&p);
}

/* Work charged by library functions adds up across calls: many cheap finds in a loop stop
 * at the step budget, as a Lua loop would. */
static void test_library_work_adds_up(void **state)
{
    (void)state;
    Probe p;
    probe_open(&p, "local text = ('a'):rep(100000)", "'hello'",
               "function(s)\n while true do text:find('b', 1, true) end end");
    assert_int_equal(p.rc, 0);
    assert_int_equal(probe_play(&p, 1), -1);
    assert_string_equal(p.s.err, "probe.lua:9: took too long: more than 100 million steps "
                                 "without finishing (an endless loop?)");
    probe_close(&p);
}

/* The Lua state's allocator (heap.c): a block keeps its bytes whatever class it moves to; a
 * freed block is the next one of its class; blocks past HEAP_LARGE, and any once the region is
 * full, are malloc's and move as malloc's do. */
static bool filled(const unsigned char *p, size_t n, unsigned char c)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != c) return false;
    return true;
}

static void test_heap_moves_blocks_between_classes(void **state)
{
    (void)state;
    Heap *heap = heap_open(1 << 20);
    assert_non_null(heap);
    unsigned char *a = heap_realloc(heap, NULL, 0, 20);
    memset(a, 'a', 20);
    assert_ptr_equal(heap_realloc(heap, a, 20, 32), a); /* the same 32-byte class */
    unsigned char *b = heap_realloc(heap, a, 32, 100);  /* moves, and frees a */
    assert_ptr_not_equal(b, a);
    assert_true(filled(b, 20, 'a'));
    assert_ptr_equal(heap_realloc(heap, NULL, 0, 17), a); /* a's class gives a back */
    assert_ptr_equal(heap_realloc(heap, b, 100, 98), b);  /* a shrink in its class stays */
    unsigned char *c = heap_realloc(heap, NULL, 0, 600);
    memset(c, 'c', 600);
    assert_ptr_equal(heap_realloc(heap, c, 600, 1024), c);          /* 600 and 1,024: one class */
    unsigned char *d = heap_realloc(heap, c, 1024, HEAP_LARGE + 1); /* to malloc */
    assert_true(filled(d, 600, 'c'));
    unsigned char *e = heap_realloc(heap, d, HEAP_LARGE + 1, 8); /* still malloc's */
    assert_true(filled(e, 8, 'c'));
    assert_null(heap_realloc(heap, e, 8, 0));
    /* Past the 1 MB region, blocks still come, from malloc, and all hold what was put in. */
    enum { N = 3000 };
    unsigned char *many[N];
    for (int i = 0; i < N; i++) {
        many[i] = heap_realloc(heap, NULL, 0, 500);
        assert_non_null(many[i]);
        memset(many[i], i & 0xff, 500);
    }
    for (int i = 0; i < N; i++) {
        assert_true(filled(many[i], 500, (unsigned char)(i & 0xff)));
        heap_realloc(heap, many[i], 500, 0);
    }
    heap_realloc(heap, a, 17, 0);
    heap_realloc(heap, b, 98, 0);
    heap_close(heap);
}

/* heap_trim gives a free large block's pages back: taken again, the block is the same and its
 * pages past the first read as zeros, and the free lists still work; small blocks keep theirs. */
static void test_heap_trim_gives_back_large_free_blocks(void **state)
{
    (void)state;
    Heap *heap = heap_open(64 << 20);
    assert_non_null(heap);
    enum { BIG = 4 << 20 };
    unsigned char *big = heap_realloc(heap, NULL, 0, BIG), *big2 = heap_realloc(heap, NULL, 0, BIG);
    unsigned char *small = heap_realloc(heap, NULL, 0, 64);
    assert_non_null(big);
    assert_non_null(big2);
    memset(big, 'b', BIG);
    memset(big2, 'c', BIG);
    memset(small, 's', 64);
    heap_realloc(heap, big, BIG, 0);
    heap_realloc(heap, big2, BIG, 0);
    heap_realloc(heap, small, 64, 0);
    heap_trim(heap);
    unsigned char *again2 = heap_realloc(heap, NULL, 0, BIG); /* the last freed first */
    unsigned char *again = heap_realloc(heap, NULL, 0, BIG);
    assert_ptr_equal(again2, big2);
    assert_ptr_equal(again, big);
    assert_true(filled(again + 8192, BIG - 8192, 0));
    assert_true(filled(again2 + 8192, BIG - 8192, 0));
    unsigned char *s2 = heap_realloc(heap, NULL, 0, 64);
    assert_ptr_equal(s2, small);
#if !defined(__SANITIZE_ADDRESS__)
    assert_true(filled(s2 + 16, 48, 's')); /* small blocks keep their pages */
#endif
    heap_realloc(heap, again, BIG, 0);
    heap_realloc(heap, again2, BIG, 0);
    heap_realloc(heap, s2, 64, 0);
    heap_close(heap);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_play_time_closures_allowed),
        cmocka_unit_test(test_global_helper_write_refused),
        cmocka_unit_test(test_metatables_still_work),
        cmocka_unit_test(test_ordinary_patterns_pass),
        cmocka_unit_test(test_garbage_under_memory_limit),
        cmocka_unit_test(test_memory_limit_says_line),
        cmocka_unit_test(test_watchdog_stops_what_steps_miss),
        cmocka_unit_test(test_library_work_adds_up),
        cmocka_unit_test(test_heap_moves_blocks_between_classes),
        cmocka_unit_test(test_heap_trim_gives_back_large_free_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
