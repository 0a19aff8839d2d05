/* explore: the reachable state space of a scenario, breadth first, with merging. */
#include "explore.h"

#include "course.h"
#include "vmem.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#define DEAD_ENDS_KEPT 16
/* Bytes before the first stored key, so that every key's last word can be read as the 8 bytes
 * ending at its end. */
#define KEY_GUARD 8

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "explore stores keys as little-endian bytes"
#endif

int explore_outcome_rank(Outcome o)
{
    switch (o) {
    case OUTCOME_SUCCESS:
        return 3;
    case OUTCOME_PARTIAL:
        return 2;
    case OUTCOME_FAIL:
        return 1;
    default:
        return 0;
    }
}

const char *explore_step_name(const Scenario *sc, int node, int via)
{
    if (via == EXPLORE_ATTEND) return "next";
    if (via == EXPLORE_MISS) return "missed";
    return sc->nodes[node].choices[via].id;
}

static int fail(Explorer *e, const char *msg);

/* Bit arrays, a bit per state. */
static inline size_t bit_words(size_t n)
{
    return (n + 63) / 64;
}
static inline bool bit_get(const uint64_t *bits, int32_t i)
{
    return bits[i >> 6] >> (i & 63) & 1;
}
static inline void bit_set(uint64_t *bits, int32_t i)
{
    bits[i >> 6] |= UINT64_C(1) << (i & 63);
}

/* A stored transition's target, with its top bit set when it is the last its state stored. */
#define EDGE_LAST ((int32_t)INT32_MIN)

static uint64_t key_hash(const Explorer *e, const uint64_t *key)
{
    return pack_hash(key, e->nwords, 0);
}

/* A state's key: its vector packed, with its node in the bits the packer leaves free (or in a
 * word of its own). 0, or -1 with a message in err when a value is off its variable's grid,
 * which state_normalize never leaves (a bug, said as one). */
static int make_key(const Explorer *e, int node, const double *v, uint64_t *key, char *err,
                    size_t size)
{
    int bad;
    if (pack_state(&e->packer, v, key, &bad) != 0) {
        snprintf(err, size, "internal error: '%s' holds %.17g, off its step %g",
                 e->sc->layout.vars[bad].name, v[bad], e->sc->layout.vars[bad].step);
        return -1;
    }
    if (e->nwords > e->packer.nwords) key[e->nwords - 1] = 0;
    key[e->node_word] |= (uint64_t)node << e->node_shift;
    return 0;
}

/* State i's key, as the words make_key wrote. */
static void load_key(const Explorer *e, int32_t i, uint64_t *out)
{
    const uint8_t *p = e->keys + (size_t)i * (size_t)e->key_bytes;
    int last = e->nwords - 1;
    for (int k = 0; k < last; k++)
        memcpy(&out[k], p + 8 * k, sizeof *out);
    out[last] = explore_key_tail(e, i);
}

/* Whether state i's key is `key`: a word at a time, without a call (the hash set's probes are
 * most of the merge). */
static inline bool key_is(const Explorer *e, int32_t i, const uint64_t *key)
{
    const uint8_t *p = e->keys + (size_t)i * (size_t)e->key_bytes;
    int last = e->nwords - 1;
    uint64_t d = explore_key_tail(e, i) ^ key[last];
    for (int k = 0; k < last; k++) {
        uint64_t w;
        memcpy(&w, p + 8 * k, sizeof w);
        d |= w ^ key[k];
    }
    return d == 0;
}

void explore_state(const Explorer *e, int32_t i, double *out)
{
    load_key(e, i, e->kload);
    unpack_state(&e->packer, e->kload, out);
}

int explore_depth(const Explorer *e, int32_t i)
{
    int lo = 0, hi = e->nlevels - 1; /* the last level that starts at or before i */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (e->level[mid] <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* The memory the store takes: the pages its arrays have written (vmem.h), the hash set, the
 * levels. */
size_t explore_bytes(const Explorer *e)
{
    if (!e->slots && e->bytes) return e->bytes;
    size_t n = (size_t)e->count;
    return vmem_pages(KEY_GUARD + n * (size_t)e->key_bytes) + vmem_pages(n * sizeof *e->parent) +
           vmem_pages(n * sizeof *e->via) + vmem_pages(bit_words(n) * sizeof *e->has_out) +
           vmem_pages((size_t)e->nstored * sizeof *e->edge_to) +
           (size_t)e->nslots * sizeof *e->slots + (size_t)e->level_cap * sizeof *e->level;
}

/* make_key for the store: 0, or -1 after fail. */
static int key_or_fail(Explorer *e, int node, const double *v, uint64_t *key)
{
    char msg[256];
    return make_key(e, node, v, key, msg, sizeof msg) == 0 ? 0 : fail(e, msg);
}

/* The bytes of an array of `cap` states' keys, its guard included. */
static size_t keys_size(const Explorer *e, int32_t cap)
{
    return KEY_GUARD + (size_t)cap * (size_t)e->key_bytes;
}

/* Room for twice the states: address space only until written (vmem.h). */
static int grow_states(Explorer *e)
{
    if (e->cap > INT32_MAX / 2) return -1;
    int32_t cap = e->cap ? e->cap * 2 : 4096;
    size_t n0 = (size_t)e->cap, n = (size_t)cap;
    uint8_t *base = e->keys ? e->keys - KEY_GUARD : NULL;
    base = vmem_grow(base, keys_size(e, e->cap), keys_size(e, cap));
    if (base) e->keys = base + KEY_GUARD;
    int32_t *parent = vmem_grow(e->parent, n0 * sizeof *parent, n * sizeof *parent);
    if (parent) e->parent = parent;
    uint8_t *via = vmem_grow(e->via, n0, n);
    if (via) e->via = via;
    uint64_t *has_out =
        vmem_grow(e->has_out, bit_words(n0) * sizeof *has_out, bit_words(n) * sizeof *has_out);
    if (has_out) e->has_out = has_out;
    if (!base || !parent || !via || !has_out) return -1;
    e->cap = cap;
    return 0;
}

/* The hash set: open addressing over nslots slots, any number of them (a hash's home slot is
 * its low 32 bits scaled to the count), grown by half when LOAD_NUM / LOAD_DEN full, filled
 * again from the stored keys. Growing by half rather than doubling keeps 1.18 to 1.76 slots a
 * state instead of 1.18 to 2.35: 4 bytes a slot, a fifth of a state's memory. A probe reads
 * slots one after another, and a slot's tag rules out most keys without reading them, so a
 * full set costs little: 85% full, rather than 75%, changed lint's time by less than its noise
 * (tools/bench_lint.sh). */
enum { SLOT_EMPTY = -1 }; /* as a uint32_t, all ones: no index and tag make it (rehash) */
#define LOAD_NUM 17
#define LOAD_DEN 20
#define REHASH_AHEAD 16

static inline uint32_t slot_home(uint64_t hash, uint32_t nslots)
{
    return (uint32_t)(((hash & UINT32_MAX) * nslots) >> 32);
}

/* A slot's contents for state i with this hash, in a set whose indices take `bits` bits. */
static inline uint32_t slot_entry(int32_t i, uint64_t hash, int bits)
{
    return (uint32_t)i | (uint32_t)(hash >> 32) << bits;
}

/* Grows the hash set by half. Indices take as many bits as the slots' count needs (the set
 * holds fewer states than slots, so the largest index, with every tag bit set, is still not
 * SLOT_EMPTY); the tag has the rest. */
static int rehash(Explorer *e)
{
    if (e->nslots > UINT32_MAX / 3) return -1;
    uint32_t n = e->nslots ? e->nslots + e->nslots / 2 : 4096;
    /* Filled from the keys alone: the old set goes first, so the two never take memory at
     * once (out of memory ends the exploration either way). */
    vmem_free(e->slots, (size_t)e->nslots * sizeof *e->slots);
    e->slots = NULL;
    e->nslots = 0;
    uint32_t *slots = vmem_table((size_t)n * sizeof *slots);
    if (!slots) return -1;
    memset(slots, 0xff, (size_t)n * sizeof *slots);
    int bits = 0;
    while ((UINT64_C(1) << bits) < n)
        bits++;
    /* Each key's home is a random place in a table larger than the caches: it is asked for
     * REHASH_AHEAD keys before it is filled, so that the misses overlap (a rehash of 677,587
     * states took 33 ms without). */
    uint64_t ahead[REHASH_AHEAD];
    for (int32_t i = 0; i < e->count + REHASH_AHEAD; i++) {
        int32_t j = i - REHASH_AHEAD; /* filled now, its place asked for before */
        if (j >= 0) {
            uint64_t hash = ahead[j % REHASH_AHEAD];
            uint32_t h = slot_home(hash, n);
            while (slots[h] != (uint32_t)SLOT_EMPTY)
                h = h + 1 < n ? h + 1 : 0;
            slots[h] = slot_entry(j, hash, bits);
        }
        if (i < e->count) { /* in j's place in the ring, now free */
            load_key(e, i, e->kload);
            uint64_t hash = key_hash(e, e->kload);
            ahead[i % REHASH_AHEAD] = hash;
            __builtin_prefetch(&slots[slot_home(hash, n)], 1);
        }
    }
    e->slots = slots;
    e->nslots = n;
    e->slot_bits = bits;
    return 0;
}

/* Which of a node's conditional line sets the state says (bit k), or the rest (bit nconds). */
static void note_lines(Explorer *e, int node, const double *v)
{
    const Say *say = &e->sc->nodes[node].say;
    if (!say->nconds) return;
    int k = 0;
    while (k < say->nconds && k < 31 && !cond_terms_hold(&say->conds[k].when, v))
        k++;
    e->lines_said[node] |= 1u << k;
}

/* What the results note of new state i, whose key is `key`: its node's counts, the lines it
 * says, its band, and at an ending each variable's range. Only what they read is unpacked:
 * most states need their resistance alone. The whole vector, when unpacked (a node with
 * conditional lines, an ending, or a scenario with invariants, whose check reads it), is left
 * in e->vnew. */
static void note_state(Explorer *e, int32_t i, const uint64_t *key)
{
    const Scenario *sc = e->sc;
    int node = explore_key_node(e, key);
    const Node *n = &sc->nodes[node];
    const double *v = e->vnew;
    bool whole = n->say.nconds || n->ending || sc->ninvariants > 0;
    if (whole) unpack_state(&e->packer, key, e->vnew);
    if (e->first_at[node] < 0) e->first_at[node] = i;
    e->reached[node]++;
    note_lines(e, node, v); /* reads v only when the node has conditional lines */
    if (sc->var_resistance >= 0) {
        int r = sc->var_resistance;
        e->bands[band_of(sc, whole ? v[r] : unpack_value(&e->packer, key, r))] = true;
    }
    if (n->ending) {
        double *lo = e->lo + (size_t)node * (size_t)e->nvars,
               *hi = e->hi + (size_t)node * (size_t)e->nvars;
        for (int k = 0; k < e->nvars; k++) {
            if (e->reached[node] == 1 || v[k] < lo[k]) lo[k] = v[k];
            if (e->reached[node] == 1 || v[k] > hi[k]) hi[k] = v[k];
        }
    }
}

/* A new level starts at state i (depth d, one more than the last). 0, or -1 out of memory. */
static int add_level(Explorer *e, int d, int32_t i)
{
    if (d < e->nlevels) return 0;
    if (e->nlevels == e->level_cap) {
        int cap = e->level_cap ? e->level_cap * 2 : 64;
        int32_t *level = realloc(e->level, (size_t)cap * sizeof *level);
        if (!level) return -1;
        e->level = level;
        e->level_cap = cap;
    }
    e->level[e->nlevels++] = i;
    return 0;
}

/* Finds or adds the state with this key (make_key), whose key_hash is hash. A new state's
 * vector is left in e->vnew when note_state needs it whole (always with invariants). Returns its
 * index, or -1 after fail. */
static int32_t intern_at(Explorer *e, const uint64_t *key, uint64_t hash, int32_t parent, int via,
                         bool *added)
{
    uint32_t n = e->nslots, imask = (uint32_t)((UINT64_C(1) << e->slot_bits) - 1);
    uint32_t h = slot_home(hash, n), want = slot_entry(0, hash, e->slot_bits);
    for (uint32_t x; (x = e->slots[h]) != (uint32_t)SLOT_EMPTY; h = h + 1 < n ? h + 1 : 0) {
        int32_t j = (int32_t)(x & imask);
        if ((x & ~imask) == want && key_is(e, j, key)) {
            *added = false;
            return j;
        }
    }
    *added = true;
    if (e->count == e->cap && grow_states(e) != 0) return fail(e, "out of memory");
    int32_t i = e->count++;
    memcpy(e->keys + (size_t)i * (size_t)e->key_bytes, key, (size_t)e->key_bytes);
    e->parent[i] = parent;
    e->via[i] = (uint8_t)via;
    if (add_level(e, parent < 0 ? 0 : explore_depth(e, parent) + 1, i) != 0)
        return fail(e, "out of memory");
    e->slots[h] = slot_entry(i, hash, e->slot_bits);
    if ((uint64_t)e->count * LOAD_DEN > (uint64_t)e->nslots * LOAD_NUM && rehash(e) != 0)
        return fail(e, "out of memory");
    note_state(e, i, key);
    return i;
}

/* The same for the state in the scratch session's vector: the start. */
static int32_t intern(Explorer *e, int node, int32_t parent, int via, bool *added)
{
    uint64_t *key = e->kscratch;
    if (key_or_fail(e, node, e->s->state, key) != 0) return -1;
    return intern_at(e, key, key_hash(e, key), parent, via, added);
}

/* A transition from -> to. One that added `to` is implied by its parent link and not stored:
 * only the others are. States are merged in order, so each one's stored transitions follow the
 * last one's: a bit per state says it has some, and the last of them is marked. */
static int add_edge(Explorer *e, int32_t from, int32_t to, bool added)
{
    e->nedges++;
    if (added) return 0;
    if (e->nstored == e->edge_cap) {
        int64_t cap = e->edge_cap ? e->edge_cap * 2 : 4096;
        int32_t *t =
            vmem_grow(e->edge_to, (size_t)e->edge_cap * sizeof *t, (size_t)cap * sizeof *t);
        if (!t) return -1;
        e->edge_to = t;
        e->edge_cap = cap;
    }
    if (bit_get(e->has_out, from))
        e->edge_to[e->nstored - 1] &= ~EDGE_LAST; /* no longer from's last */
    else
        bit_set(e->has_out, from);
    e->edge_to[e->nstored++] = to | EDGE_LAST;
    return 0;
}

static int check_invariants(Explorer *e, int32_t i)
{
    const Scenario *sc = e->sc;
    for (int k = 0; k < sc->ninvariants; k++) {
        const Invariant *inv = &sc->invariants[k];
        if (e->violation[k] >= 0 || (inv->ending >= 0 && inv->ending != explore_node(e, i)))
            continue;
        bool holds;
        if (session_cond(e->s, &inv->holds, &holds) != 0) return -1;
        if (!holds) e->violation[k] = i;
    }
    return 0;
}

/* The memory find_no_way_out adds to the store without its hash set, at its largest: first the
 * reversed transitions beside the forward ones, then, those let go, two bits a state. */
static size_t no_way_out_bytes(const Explorer *e)
{
    size_t n = (size_t)e->count, fwd = vmem_pages((size_t)e->nstored * sizeof *e->edge_to) +
                                       vmem_pages(bit_words(n) * sizeof *e->has_out);
    size_t rev = vmem_pages((n + 1) * sizeof(int32_t)) + /* start, from */
                 vmem_pages((size_t)e->nstored * sizeof(int32_t));
    size_t then = rev + 2 * bit_words(n) * sizeof(uint64_t); /* ok, pending */
    return rev + fwd > then ? rev : then - fwd;
}

/* Which states can reach an ending: backwards from the endings, over each state's parent link
 * and the stored transitions reversed (from[start[t] .. start[t + 1]): the states with a stored
 * transition to t). A bit per state says it can. The hash set, and then the forward
 * transitions, are let go first: only this needs them, and the room goes to it. */
static int find_no_way_out(Explorer *e)
{
    int32_t n = e->count;
    size_t set = (size_t)e->nslots * sizeof *e->slots, store = explore_bytes(e);
    e->bytes = store - set + no_way_out_bytes(e); /* the largest the explorer gets */
    if (store > e->bytes) e->bytes = store;
    vmem_free(e->slots, set);
    e->slots = NULL;
    e->nslots = 0;
    int32_t *start = vmem_table(((size_t)n + 1) * sizeof *start);
    int32_t *from = vmem_table((size_t)e->nstored * sizeof *from);
    if (!start || !from) {
        vmem_free(start, ((size_t)n + 1) * sizeof *start);
        vmem_free(from, (size_t)e->nstored * sizeof *from);
        return -1;
    }
    for (int64_t k = 0; k < e->nstored; k++)
        start[e->edge_to[k] & ~EDGE_LAST]++;
    for (int32_t t = 0; t < n; t++) /* start[t]: where t's sources end */
        start[t + 1] += start[t];
    int64_t edge = 0;
    for (int32_t i = 0; i < n; i++) /* each state's transitions follow the last one's */
        for (bool last = !bit_get(e->has_out, i); !last; edge++) {
            last = e->edge_to[edge] & EDGE_LAST;
            from[--start[e->edge_to[edge] & ~EDGE_LAST]] = i; /* t's sources begin at start[t] */
        }
    vmem_free(e->edge_to, (size_t)e->edge_cap * sizeof *e->edge_to);
    vmem_free(e->has_out, bit_words((size_t)e->cap) * sizeof *e->has_out);
    e->edge_to = NULL, e->has_out = NULL, e->edge_cap = 0;
    size_t words = bit_words((size_t)n);
    uint64_t *ok = calloc(words, sizeof *ok), *pending = calloc(words, sizeof *pending);
    if (!ok || !pending) {
        vmem_free(start, ((size_t)n + 1) * sizeof *start);
        vmem_free(from, (size_t)e->nstored * sizeof *from);
        free(ok), free(pending);
        return -1;
    }
    for (int32_t i = 0; i < n; i++)
        if (e->sc->nodes[explore_node(e, i)].ending) bit_set(ok, i), bit_set(pending, i);
    /* Instead of a queue (4 bytes a state), pending bits, taken from the highest down: a parent
     * comes before its child, so one pass carries a mark up a chain of parent links. Only a
     * stored transition from a later state to an earlier one can leave a mark behind the pass,
     * for another. */
    for (bool again = true; again;) {
        again = false;
        for (size_t w = words; w-- > 0;)
            for (uint64_t x; (x = pending[w]) != 0;) {
                int b = 63 - __builtin_clzll(x);
                int32_t t = (int32_t)(w * 64 + (size_t)b), p = e->parent[t];
                pending[w] &= ~(UINT64_C(1) << b);
                if (p >= 0 && !bit_get(ok, p)) bit_set(ok, p), bit_set(pending, p);
                for (int32_t k = start[t]; k < start[t + 1]; k++)
                    if (!bit_get(ok, from[k])) {
                        bit_set(ok, from[k]), bit_set(pending, from[k]);
                        again |= (size_t)from[k] >> 6 > w;
                    }
            }
    }
    e->no_way_out = 0;
    e->no_way_first = -1;
    for (int32_t i = 0; i < n; i++)
        if (!bit_get(ok, i)) {
            e->no_way_out++;
            if (e->no_way_first < 0) e->no_way_first = i;
        }
    vmem_free(start, ((size_t)n + 1) * sizeof *start);
    vmem_free(from, (size_t)e->nstored * sizeof *from);
    free(ok), free(pending);
    return 0;
}

static int fail(Explorer *e, const char *msg)
{
    snprintf(e->err, sizeof e->err, "%s", msg);
    e->failed = true;
    return -1;
}

/* The explorer's arrays, sized by the scenario; 0, or -1 (after fail) when out of memory. */
static int explore_alloc(Explorer *e, const Scenario *sc)
{
    int nn = sc->nnodes;
    e->s = malloc(sizeof *e->s);
    e->first_at = malloc((size_t)nn * sizeof *e->first_at);
    e->reached = calloc((size_t)nn, sizeof *e->reached);
    e->taken = calloc((size_t)nn, sizeof *e->taken);
    e->lines_said = calloc((size_t)nn, sizeof *e->lines_said);
    e->cond_checked = calloc((size_t)nn * SESSION_MAX_CHOICES, sizeof *e->cond_checked);
    e->cond_held = calloc((size_t)nn * SESSION_MAX_CHOICES, sizeof *e->cond_held);
    e->dead_ends = malloc(DEAD_ENDS_KEPT * sizeof *e->dead_ends);
    e->violation = malloc((size_t)(sc->ninvariants + 1) * sizeof *e->violation);
    e->kscratch = malloc((size_t)(e->nvars + 1) * sizeof *e->kscratch); /* words <= variables */
    e->kload = malloc((size_t)(e->nvars + 1) * sizeof *e->kload);
    e->vnew = malloc((size_t)(e->nvars + 1) * sizeof *e->vnew);
    e->grid_model = malloc((size_t)(e->nvars + 1) * sizeof *e->grid_model);
    e->lo = calloc((size_t)nn * (size_t)(e->nvars + 1), sizeof *e->lo);
    e->hi = calloc((size_t)nn * (size_t)(e->nvars + 1), sizeof *e->hi);
    if (!e->s || !e->first_at || !e->reached || !e->taken || !e->lines_said || !e->cond_checked ||
        !e->cond_held || !e->dead_ends || !e->violation || !e->lo || !e->hi || !e->kscratch ||
        !e->kload || !e->vnew || !e->grid_model || packer_init(&e->packer, &sc->layout) != 0 ||
        session_init(e->s, sc) != 0) {
        free(e->s);
        e->s = NULL;
        return fail(e, "out of memory");
    }
    for (int i = 0; i < nn; i++)
        e->first_at[i] = -1;
    for (int i = 0; i < e->nvars; i++)
        if (sc->has_model && (sc->layout.vars[i].flags & VAR_MODEL))
            e->grid_model[e->ngrid_model++] = i;
    e->s->grid_model = e->grid_model;
    e->s->ngrid_model = e->ngrid_model;
    for (int k = 0; k < sc->ninvariants; k++)
        e->violation[k] = -1;
    /* The node in the last word's free bits, or in a word of its own. */
    int bits = 1;
    while (bits < 31 && (sc->nnodes - 1) >> bits)
        bits++;
    e->node_bits = bits;
    e->nwords = e->packer.nwords;
    if (e->packer.last_used + bits <= 64) {
        e->node_word = e->nwords - 1;
        e->node_shift = e->packer.last_used;
    } else {
        e->node_word = e->nwords++;
        e->node_shift = 0;
    }
    int used = (e->nwords - 1) * 64 + e->node_shift + e->node_bits; /* bits, the node last */
    e->key_bytes = (used + 7) / 8;
    e->tail_shift = 8 * (8 * e->nwords - e->key_bytes);
    return rehash(e) != 0 ? fail(e, "out of memory") : 0;
}

/* Exploring in rounds, on every worker. A round is a run of states not yet visited (up to
 * ROUND_PER_WORKER a worker), shared out: every worker, this thread included, computes for
 * its share all that needs the scenario's scripts (the choices offered, the client talk, each
 * successor's node and state vector, the steps between sessions) into its own buffers,
 * touching nothing of the explorer's. Then this thread merges them in index order, one state
 * at a time as a breadth-first search visits them, so the states, their order, the parents,
 * the edges, the counts and the first error are the same for any number of workers.
 *
 * While this thread merges one round, the other workers already compute the next: the states
 * that exist when the merge starts, beyond this round (their keys and depths copied for the
 * workers first, since the merge may move the explorer's arrays). Each worker keeps two sets
 * of buffers, one per round in flight. Without that the merge, which only this thread can
 * do, left the other cores idle for a fifth to a third of the time.
 *
 * One worker explores the same way, in rounds on this thread alone: computing a round and
 * then merging it, with the hash set's slots asked for ahead of the merge, was 7% quicker than
 * interning each successor as it was computed (lint of tests/lint/million.lua). */

#define ROUND_PER_WORKER 4096
#define CHUNK_MAX 64     /* states a worker takes at a time, at most */
#define ROUND_EARLY 8    /* a round may begin with an eighth of its states (explore_rounds) */
#define PREFETCH_AHEAD 8 /* states ahead of the merge whose hash set slots are asked for */
#define WORKERS_MAX 64

typedef struct Succ {
    int32_t node;
    uint64_t hash; /* its key_hash, computed by the worker */
    uint8_t via;
} Succ;

/* What a worker computed for one state of the round. */
typedef struct StateOut {
    int8_t count;   /* choices offered; -1 when offering them failed */
    bool failed;    /* the scripts failed after nsucc successors (the worker's err says how) */
    uint8_t worker; /* whose buffers hold the successors */
    uint8_t offered[SESSION_MAX_CHOICES];
    int32_t nsucc;
    size_t first; /* the first successor in the worker's buffers */
} StateOut;

/* One round: its states [lo, hi), taken chunk at a time, with their keys and depths as they
 * were when it started, and what was computed for each. */
typedef struct Round {
    int32_t lo, hi;
    atomic_int next; /* the first state no worker has taken */
    int takers;      /* the workers taking part */
    int pending;     /* the workers other than this thread still computing it (Pool.lock) */
    atomic_int stop; /* the first state that failed: none after it is needed */
    uint64_t *keys;
    int32_t *depth;
    StateOut *out;
} Round;

/* A worker's buffers for one round: the successors and their packed keys. Their vectors are
 * not kept: the merge unpacks the few that are new (a tenth of the memory a round in flight
 * took with them, for a client of forty variables). */
typedef struct Buf {
    Succ *succ;
    uint64_t *keys;
    size_t n, cap;
    char err[sizeof(((Session *)0)->err)]; /* its first failure this round */
} Buf;

typedef struct Pool Pool;

typedef struct Worker {
    Pool *pool;
    int k;       /* 0: the calling thread, with the explorer's own session */
    Session *s;  /* the session it computes with */
    Session own; /* k > 0: a session on the worker's own scenario */
    const Scenario *sc;
    pthread_t thread;
    bool started;
    int ready;    /* 1 when it can compute, -1 when it could not open, 0 not yet known */
    unsigned gen; /* the last round it computed, or the round under way when it became ready */
    Buf buf[2];   /* per round in flight (Pool.r) */
    double *cur;  /* the state being computed, unpacked */
    double *next; /* a step between sessions' successor, before it is packed */
} Worker;

struct Pool {
    Explorer *e;
    const ExploreLimits *lim;
    Worker *w;
    int nw;     /* workers created, this thread included */
    int active; /* workers computing the latest round, this thread included */
    pthread_mutex_t lock;
    pthread_cond_t go, done;
    unsigned gen; /* rounds begun: round g is r[g & 1], and at most two are in flight */
    bool quit;
    int32_t round; /* states a round takes at most */
    Round r[2];
};

/* Room for one more successor in b: its slot, or -1 when out of memory. */
static int push_succ(Buf *b, int nwords, size_t *slot)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        Succ *succ = realloc(b->succ, cap * sizeof *succ);
        if (succ) b->succ = succ;
        uint64_t *keys = realloc(b->keys, cap * (size_t)nwords * sizeof *keys);
        if (keys) b->keys = keys;
        if (!succ || !keys) return -1;
        b->cap = cap;
    }
    *slot = b->n++;
    return 0;
}

/* Packs successor `slot`, whose vector is v, and hashes it. 0, or -1 when a value is off its
 * grid (a bug: the message says so). */
static int pack_succ(Buf *b, const Explorer *e, size_t slot, const double *v, char *err,
                     size_t size)
{
    uint64_t *key = b->keys + slot * (size_t)e->nwords;
    if (make_key(e, b->succ[slot].node, v, key, err, size) != 0) return -1;
    b->succ[slot].hash = key_hash(e, key);
    return 0;
}

static int worker_fail(Buf *b, StateOut *o, const char *msg)
{
    snprintf(b->err, sizeof b->err, "%s", msg);
    o->failed = true;
    return -1;
}

/* What state i of round r needs of the scripts, into b, stopping at the first failure: the
 * choices offered, then every successor, each offered choice under each talk the node can say
 * (change or sustain talk is drawn at random and the move's effect depends on it), or at an
 * ending another session follows, the steps to it. 0, or -1 after worker_fail. */
static int compute_state(Worker *w, const Round *r, Buf *b, int32_t i, StateOut *o)
{
    const Explorer *e = w->pool->e;
    const Scenario *sc = e->sc; /* node data: the same in every copy of the file */
    Session *s = w->s;
    const uint64_t *key = r->keys + (size_t)(i - r->lo) * (size_t)e->nwords;
    int node = explore_key_node(e, key), nv = e->nvars, nw = e->nwords;
    const Node *n = &sc->nodes[node];
    size_t bytes = (size_t)nv * sizeof(double), slot;
    char msg[256];
    unpack_state(&e->packer, key, w->cur);
    const double *v = w->cur;
    o->count = 0;
    o->failed = false;
    o->worker = (uint8_t)w->k;
    o->nsucc = 0;
    o->first = b->n;
    if (n->ending) {
        if (!course_goes_on(sc, v, node)) return 0;
        int k = course_sitting(sc, v) + 1;
        bool can_miss = course_miss_chance(sc, v) > 0;
        for (int attend = 1; attend >= !can_miss; attend--) {
            if (push_succ(b, nw, &slot) != 0) return worker_fail(b, o, "out of memory");
            if (session_sitting_state(s, v, k, attend, w->next) != 0)
                return worker_fail(b, o, s->err);
            b->succ[slot].node = attend ? sc->sittings[k].start : node;
            b->succ[slot].via = attend ? EXPLORE_ATTEND : EXPLORE_MISS;
            if (pack_succ(b, e, slot, w->next, msg, sizeof msg) != 0) return worker_fail(b, o, msg);
            o->nsucc++;
        }
        return 0;
    }
    memcpy(s->state, v, bytes);
    int offered[SESSION_MAX_CHOICES];
    int count = session_offer(s, node, offered);
    if (count < 0) {
        o->count = -1;
        return worker_fail(b, o, s->err);
    }
    o->count = (int8_t)count;
    for (int k = 0; k < count; k++)
        o->offered[k] = (uint8_t)offered[k];
    const ExploreLimits *limits = w->pool->lim;
    if (count == 0 || (limits->max_depth > 0 && r->depth[i - r->lo] >= limits->max_depth)) return 0;
    unsigned char talk[8], kind[8];
    int ntalk = session_talk_options(s, node, talk, kind, 8);
    for (int t = 0; t < ntalk; t++) {
        for (int k = 0; k < count; k++) {
            memcpy(s->state, v, bytes);
            s->on_grid = true; /* unpacked: every value on its grid */
            s->talk = talk[t];
            s->talk_kind = kind[t];
            int next;
            if (session_transition(s, node, offered[k], &next) != 0)
                return worker_fail(b, o, s->err);
            if (push_succ(b, nw, &slot) != 0) return worker_fail(b, o, "out of memory");
            b->succ[slot].node = next;
            b->succ[slot].via = (uint8_t)offered[k];
            if (pack_succ(b, e, slot, s->state, msg, sizeof msg) != 0)
                return worker_fail(b, o, msg);
            o->nsucc++;
        }
    }
    return 0;
}

/* A worker's part of round rb: chunks of states in increasing order until none is left or
 * the rest come after a state that failed (the merge stops there). */
static void compute_round(Worker *w, int rb)
{
    Round *r = &w->pool->r[rb];
    Buf *b = &w->buf[rb];
    for (;;) {
        /* Chunks shrink as the round runs out, so that the workers finish it together. */
        int from = atomic_load(&r->next), size;
        do {
            if (from >= r->hi) return;
            size = (r->hi - from) / (2 * r->takers);
            size = size < 1 ? 1 : size > CHUNK_MAX ? CHUNK_MAX : size;
        } while (!atomic_compare_exchange_weak(&r->next, &from, from + size));
        int to = from + size;
        for (int32_t i = (int32_t)from; i < (int32_t)to; i++) {
            if (i > atomic_load(&r->stop)) return;
            if (compute_state(w, r, b, i, &r->out[i - r->lo]) != 0) {
                int first = atomic_load(&r->stop);
                while (i < first && !atomic_compare_exchange_weak(&r->stop, &first, i)) {
                }
                return;
            }
        }
    }
}

static void *worker_main(void *arg)
{
    Worker *w = arg;
    Pool *p = w->pool;
    const ExploreLimits *lim = p->lim;
    /* Opened here: a Lua host watches the CPU time of the thread it was opened on. */
    w->sc = lim->worker_open(lim->worker_ctx, w->k);
    bool ok = w->sc && session_init(&w->own, w->sc) == 0;
    if (ok) { /* the same layout as the explorer's scenario: the same file */
        w->own.grid_model = p->e->grid_model;
        w->own.ngrid_model = p->e->ngrid_model;
    }
    if (ok && session_start(&w->own, 1) != 0) {
        session_free(&w->own);
        ok = false;
    }
    w->s = &w->own;
    pthread_mutex_lock(&p->lock);
    w->ready = ok ? 1 : -1;
    w->gen = p->gen; /* it joins from the next round begun: those begun are shared without it */
    while (ok) {
        while (w->gen == p->gen && !p->quit)
            pthread_cond_wait(&p->go, &p->lock);
        if (p->quit) break;
        int rb = (int)(++w->gen & 1); /* the rounds in the order begun, none skipped */
        pthread_mutex_unlock(&p->lock);
        compute_round(w, rb);
        pthread_mutex_lock(&p->lock);
        if (--p->r[rb].pending == 0) pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->lock);
    if (ok) session_free(&w->own);
    if (w->sc && lim->worker_close) lim->worker_close(lim->worker_ctx, w->k, w->sc);
    return NULL;
}

/* Tells the workers no round will come: they close their copies of the client (a few ms)
 * while this thread goes on. */
static void pool_stop(Pool *p)
{
    pthread_mutex_lock(&p->lock);
    p->quit = true;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->lock);
}

static void pool_close(Pool *p)
{
    pool_stop(p);
    p->e->workers = 1; /* those that opened their copy, whether or not a round came after */
    for (int k = 1; k < p->nw; k++) {
        if (p->w[k].started) pthread_join(p->w[k].thread, NULL);
        p->e->workers += p->w[k].ready > 0;
    }
    for (int k = 0; k < p->nw; k++) {
        for (int rb = 0; rb < 2; rb++) {
            Buf *b = &p->w[k].buf[rb];
            free(b->succ), free(b->keys);
        }
        free(p->w[k].cur), free(p->w[k].next);
    }
    pthread_cond_destroy(&p->go);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->lock);
    free(p->w);
    for (int rb = 0; rb < 2; rb++)
        free(p->r[rb].out), free(p->r[rb].keys), free(p->r[rb].depth);
    free(p);
}

/* Starts the workers: limits->workers of them, this thread included, or this thread alone
 * without limits->worker_open. Each opens its own copy of the scenario (loading it again: 11 ms
 * of the 230 ms ruth-sessions takes on two workers) while this thread starts exploring, and
 * joins at the round after; one that could not open it leaves its share to the others. NULL
 * when out of memory. */
static Pool *pool_open(Explorer *e, const ExploreLimits *limits)
{
    int nw = limits->workers < 1 || !limits->worker_open ? 1
             : limits->workers < WORKERS_MAX             ? limits->workers
                                                         : WORKERS_MAX;
    Pool *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->w = calloc((size_t)nw, sizeof *p->w);
    if (!p->w || pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p->w);
        free(p);
        return NULL;
    }
    pthread_cond_init(&p->go, NULL);
    pthread_cond_init(&p->done, NULL);
    p->e = e;
    p->lim = limits;
    p->nw = nw;
    for (int rb = 0; rb < 2; rb++) {
        atomic_init(&p->r[rb].next, 0);
        atomic_init(&p->r[rb].stop, INT_MAX);
    }
    p->w[0] = (Worker){.pool = p, .k = 0, .s = e->s, .sc = e->sc, .ready = 1};
    bool room = true;
    for (int k = 0; k < nw; k++) {
        room &= (p->w[k].cur = malloc((size_t)(e->nvars + 1) * sizeof(double))) != NULL;
        room &= (p->w[k].next = malloc((size_t)(e->nvars + 1) * sizeof(double))) != NULL;
    }
    if (!room) {
        p->nw = nw;
        pool_close(p);
        return NULL;
    }
    for (int k = 1; k < nw; k++) {
        p->w[k].pool = p;
        p->w[k].k = k;
        p->w[k].started = pthread_create(&p->w[k].thread, NULL, worker_main, &p->w[k]) == 0;
    }
    p->active = 1;
    p->round = ROUND_PER_WORKER * nw;
    for (int rb = 0; rb < 2 && room; rb++) {
        Round *r = &p->r[rb];
        r->out = malloc((size_t)p->round * sizeof *r->out);
        r->keys = malloc((size_t)p->round * (size_t)e->nwords * sizeof *r->keys);
        r->depth = malloc((size_t)p->round * sizeof *r->depth);
        room = r->out && r->keys && r->depth;
    }
    if (!room) {
        pool_close(p);
        return NULL;
    }
    return p;
}

/* Sets the workers computing states [lo, hi) as the next round, after any in flight; this
 * thread joins them in finish_round. Returns the round's buffers' number: r[0] or r[1], the
 * other's than the round begun before, whose merge must be over. */
static int begin_round(Pool *p, int32_t lo, int32_t hi)
{
    const Explorer *e = p->e;
    int rb = (int)((p->gen + 1) & 1);
    Round *r = &p->r[rb];
    r->lo = lo;
    r->hi = hi;
    for (int32_t i = lo; i < hi; i++)
        load_key(e, i, r->keys + (size_t)(i - lo) * (size_t)e->nwords);
    /* Depths rise with the index (breadth first): one search, then the levels in order. */
    int d = lo < hi ? explore_depth(e, lo) : 0;
    for (int32_t i = lo; i < hi; i++) {
        while (d + 1 < e->nlevels && e->level[d + 1] <= i)
            d++;
        r->depth[i - lo] = d;
    }
    atomic_store(&r->next, lo);
    atomic_store(&r->stop, INT_MAX);
    for (int k = 0; k < p->nw; k++)
        p->w[k].buf[rb].n = 0;
    pthread_mutex_lock(&p->lock);
    p->active = 1; /* the workers ready now take part; one that opens later, from the next */
    for (int k = 1; k < p->nw; k++)
        p->active += p->w[k].ready > 0;
    r->takers = p->active;
    r->pending = p->active - 1;
    p->gen++;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->lock);
    return rb;
}

/* This thread's part of round rb; returns when every worker is done with it. */
static void finish_round(Pool *p, int rb)
{
    compute_round(&p->w[0], rb);
    pthread_mutex_lock(&p->lock);
    while (p->r[rb].pending > 0)
        pthread_cond_wait(&p->done, &p->lock);
    pthread_mutex_unlock(&p->lock);
}

/* Visits state i with what the workers computed for it in round rb: counts its offered
 * choices, notes a dead end or the depth limit, else adds its successors and the transitions
 * to them. 0, or -1 after fail. */
static int merge_state(Explorer *e, const Pool *p, int rb, int32_t i)
{
    const ExploreLimits *limits = p->lim;
    const Round *r = &p->r[rb];
    const StateOut *o = &r->out[i - r->lo];
    const Buf *b = &p->w[o->worker].buf[rb];
    int node = explore_node(e, i), depth = explore_depth(e, i);
    const Node *n = &e->sc->nodes[node];
    if (depth > e->max_depth) e->max_depth = depth;
    if (limits->progress && (i & 0xffff) == 0) limits->progress(limits->ctx, e->count, depth);
    if (!n->ending) {
        if (o->count < 0) return fail(e, b->err);
        for (int k = 0; k < n->nchoices; k++)
            e->cond_checked[(size_t)node * SESSION_MAX_CHOICES + (size_t)k]++;
        for (int k = 0; k < o->count; k++)
            e->cond_held[(size_t)node * SESSION_MAX_CHOICES + (size_t)o->offered[k]]++;
        if (o->count == 0) {
            if (e->ndead < DEAD_ENDS_KEPT) e->dead_ends[e->ndead] = i;
            e->ndead++;
            return 0;
        }
        if (limits->max_depth > 0 && depth >= limits->max_depth) {
            e->hit_depth = true;
            return 0;
        }
    }
    /* the bound is checked before each transition, not before the steps between sessions */
    bool bounded = !n->ending && limits->max_states > 0;
    size_t bytes = (size_t)e->nvars * sizeof(double);
    for (int32_t k = 0; k < o->nsucc; k++) {
        if (bounded && e->count >= limits->max_states) {
            e->hit_states = true;
            return 0;
        }
        size_t at = o->first + (size_t)k;
        const Succ *x = &b->succ[at];
        if (!n->ending) e->taken[node] |= 1u << x->via;
        bool added;
        int32_t j = intern_at(e, b->keys + at * (size_t)e->nwords, x->hash, i, x->via, &added);
        if (j < 0) return -1;
        if (added && e->sc->ninvariants > 0) {
            memcpy(e->s->state, e->vnew, bytes); /* where the invariants' conditions read it */
            if (check_invariants(e, j) != 0) return fail(e, e->s->err);
        }
        if (add_edge(e, i, j, added) != 0) return fail(e, "out of memory");
    }
    if (!o->failed) return 0;
    if (bounded && e->count >= limits->max_states) { /* the bound came before the failure */
        e->hit_states = true;
        return 0;
    }
    return fail(e, b->err);
}

/* Asks for the hash set's slots of state i's successors ahead of their merge: each is a
 * random place in a table larger than the caches, and the merge is one thread's work. */
static void prefetch_state(const Explorer *e, Pool *p, int rb, int32_t i)
{
    Round *r = &p->r[rb];
    if (i >= r->hi || i > atomic_load(&r->stop)) return; /* none computed after a failure */
    const StateOut *o = &r->out[i - r->lo];
    const Buf *b = &p->w[o->worker].buf[rb];
    for (int32_t k = 0; k < o->nsucc; k++)
        __builtin_prefetch(&e->slots[slot_home(b->succ[o->first + (size_t)k].hash, e->nslots)]);
}

/* The end of the round that starts at lo: a round's worth of states, or as many as exist. */
static int32_t round_end(const Explorer *e, const Pool *p, int32_t lo)
{
    return e->count - lo > p->round ? lo + p->round : e->count;
}

/* Breadth first in rounds, as the loop in explore_run does one state at a time, each round
 * merged while the next one, as far as its states exist, is computed. Once a round is merged
 * its buffers take the round after the next, when its states exist: a worker done with its
 * share of the next goes straight on to it, rather than waiting for this thread to finish its
 * own share and begin it (a fraction of a millisecond each round). */
static int explore_rounds(Explorer *e, Pool *p)
{
    int32_t lo = 0, hi = round_end(e, p, 0), hi2 = hi;
    int rb = begin_round(p, lo, hi);
    finish_round(p, rb);
    bool queued = false; /* the round [hi, hi2) begun */
    for (;;) {
        if (!queued && e->count > hi) {
            hi2 = round_end(e, p, hi);
            begin_round(p, hi, hi2);
            queued = true;
        }
        int rc = 0;
        for (int32_t i = lo; rc == 0 && i < hi && !e->hit_states; i++) {
            prefetch_state(e, p, rb, i + PREFETCH_AHEAD);
            rc = merge_state(e, p, rb, i);
            /* No state lay beyond this round when its merge began (the first levels): the
             * next one begins as soon as the merge has found enough, rather than after it. */
            if (!queued && e->count - hi >= p->round / ROUND_EARLY) {
                hi2 = round_end(e, p, hi);
                begin_round(p, hi, hi2);
                queued = true;
            }
        }
        if (rc != 0 || e->hit_states || (!queued && hi >= e->count)) {
            if (queued) { /* not needed after all: stop it, and wait for the workers */
                atomic_store(&p->r[!rb].stop, INT_MIN);
                finish_round(p, !rb);
            }
            return rc;
        }
        if (!queued) {
            hi2 = round_end(e, p, hi);
            begin_round(p, hi, hi2);
        }
        bool then = e->count > hi2; /* the round after the next, in this one's buffers */
        int32_t hi3 = then ? round_end(e, p, hi2) : hi2;
        if (then) begin_round(p, hi2, hi3);
        finish_round(p, !rb);
        rb = !rb;
        lo = hi, hi = hi2, hi2 = hi3;
        queued = then;
    }
}

int explore_run(Explorer *e, const Scenario *sc, const ExploreLimits *limits)
{
    memset(e, 0, sizeof *e);
    e->sc = sc;
    e->nvars = sc->layout.count;
    e->no_way_first = -1;
    if (explore_alloc(e, sc) != 0) return -1;
    if (session_start(e->s, 1) != 0) return fail(e, e->s->err);
    bool added;
    if (intern(e, e->s->node, -1, 0, &added) < 0) return -1;
    if (check_invariants(e, 0) != 0) return fail(e, e->s->err);
    Pool *p = pool_open(e, limits);
    if (!p) return fail(e, "out of memory");
    int rc = explore_rounds(e, p);
    pool_stop(p);
    if (rc == 0 && limits->progress) limits->progress(limits->ctx, -1, e->max_depth);
    if (rc == 0 && !e->hit_states && !e->hit_depth && find_no_way_out(e) != 0)
        rc = fail(e, "out of memory");
    pool_close(p);
    return rc != 0 ? -1 : 0;
}

int explore_path(const Explorer *e, int32_t i, int *choices, int cap)
{
    int depth = explore_depth(e, i), n = depth < cap ? depth : cap;
    for (int k = depth - 1; i >= 0 && e->parent[i] >= 0; k--, i = e->parent[i])
        if (k < cap) choices[k] = e->via[i];
    return n;
}

void explore_free(Explorer *e)
{
    if (e->s) {
        session_free(e->s);
        free(e->s);
    }
    packer_free(&e->packer);
    size_t n = (size_t)e->cap;
    if (e->keys) vmem_free(e->keys - KEY_GUARD, keys_size(e, e->cap));
    vmem_free(e->parent, n * sizeof *e->parent), vmem_free(e->via, n);
    vmem_free(e->has_out, bit_words(n) * sizeof *e->has_out);
    vmem_free(e->edge_to, (size_t)e->edge_cap * sizeof *e->edge_to);
    vmem_free(e->slots, (size_t)e->nslots * sizeof *e->slots);
    free(e->level), free(e->kscratch), free(e->kload), free(e->vnew), free(e->grid_model);
    free(e->first_at), free(e->reached), free(e->taken), free(e->lines_said), free(e->cond_checked),
        free(e->cond_held);
    free(e->dead_ends), free(e->violation), free(e->lo), free(e->hi);
    memset(e, 0, sizeof *e);
}
