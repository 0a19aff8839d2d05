/* explore: breadth-first exploration of every reachable state of a scenario. A state is the
 * node plus the state vector (which holds the turn count and the model's bookkeeping), and
 * nothing else decides the future: the generator only picks among a line's variants, so
 * merging equal states is exact and the first path to a state is a shortest one. */
#ifndef RAPPORT_EXPLORE_H
#define RAPPORT_EXPLORE_H
#include <stdint.h>
#include <string.h>

#include "pack.h"
#include "session.h"

/* Steps that are not choices, in via[] and explore_path: at an ending another session
 * follows, the client comes to it or misses it (course.h). */
#define EXPLORE_ATTEND STEP_NEXT
#define EXPLORE_MISS STEP_MISSED

typedef struct ExploreLimits {
    int32_t max_states; /* stop after this many distinct states */
    int max_depth;      /* do not expand states deeper than this many turns */
    void (*progress)(void *ctx, int32_t states, int depth);
    void *ctx;
    /* Threads computing successors (the calling thread counts as one): 1 or less, or no
     * worker_open, explores on the calling thread alone, with no thread started. Each worker
     * k (1 .. workers-1) needs a scenario of its own (its own Lua state): worker_open is
     * called inside worker thread k and returns a separately loaded copy of the same file
     * (NULL when it cannot: the run goes on with fewer workers); worker_close, inside the
     * same thread, gives it back. The results are identical whatever the number. */
    int workers;
    const Scenario *(*worker_open)(void *ctx, int k);
    void (*worker_close)(void *ctx, int k, const Scenario *sc);
    void *worker_ctx;
} ExploreLimits;

typedef struct Explorer {
    const Scenario *sc;
    Session *s; /* scratch session whose state vector the transitions work on */
    int nvars;
    /* Every distinct state, in the order found (breadth first): its vector packed exactly
     * (pack.h) with its node in the same words, its parent and the step taken from it. Breadth
     * first, depth never falls as the index grows, so a state's depth is the level its index is in.
     */
    Packer packer;
    int nwords; /* the packer's, and one more when the node does not fit in its last */
    int node_word, node_shift, node_bits; /* where the node index lives in a key */
    /* Stored, a key keeps only the bytes its words use (little-endian, one after another):
     * key_bytes a state. Read as the 8 bytes ending at its end, shifted right by tail_shift,
     * its last word comes back (the bytes before the first key are readable for that). */
    uint8_t *keys;
    int key_bytes, tail_shift;
    int32_t *parent;
    uint8_t *via;   /* authored choice index taken from the parent */
    int32_t *level; /* level[d]: the first state at depth d */
    int nlevels, level_cap;
    int32_t count, cap;
    /* Open-addressing hash set of states: each slot holds a state's index in its low
     * slot_bits bits and, above them, the high bits of its hash (a tag that rules out most
     * other keys without reading them); SLOT_EMPTY when empty. */
    uint32_t *slots;
    uint32_t nslots;
    int slot_bits;
    /* The transitions that did not add their target (the others are the targets' parent
     * links), in the order explored, so grouped by the state they leave, whose bit is set in
     * has_out; EDGE_LAST marks each group's last (explore.c). */
    uint64_t *has_out;
    int32_t *edge_to;
    int64_t nedges, nstored, edge_cap; /* transitions; those stored; room */
    size_t bytes;                      /* explore_bytes before the hash set was freed */
    /* Results. */
    int max_depth;
    bool hit_states, hit_depth, failed;
    char err[1024];
    int32_t *first_at;     /* per node: first (shortest) state at it, -1 when never */
    int32_t *reached;      /* per node: states at it */
    uint32_t *taken;       /* per node: bit i set when choice i was taken */
    uint32_t *lines_said;  /* per node: bit k when its k-th conditional lines were said (the
                              first that held), bit nconds when none held */
    int64_t *cond_checked; /* per node * SESSION_MAX_CHOICES: times its `when` was checked */
    int64_t *cond_held;    /*   and held */
    bool bands[BAND_COUNT];
    int32_t *dead_ends; /* states with no choice offered (soft-locks), the first few */
    int ndead;
    int32_t no_way_out;   /* states with no path to any ending (complete runs only) */
    int32_t no_way_first; /* the shortest such state, -1 when none */
    int32_t *violation;   /* per invariant: first violating state, -1 when it holds */
    double *lo, *hi;      /* per node * nvars: the range of each variable at each ending */
    uint64_t *kscratch;   /* one packed key */
    uint64_t *kload;      /* one stored key, read back */
    double *vnew;         /* the vector of the state added last */
    int *grid_model;      /* the model's variables' slots (Session.grid_model) */
    int ngrid_model;
    int workers; /* threads that opened the scenario to compute, the calling one included */
} Explorer;

/* Explores; 0 when the exploration ran (complete or bounded), -1 on a script error (err). */
int explore_run(Explorer *e, const Scenario *sc, const ExploreLimits *limits);
void explore_free(Explorer *e);
/* The node of a state's key, and of state i. */
static inline int explore_key_node(const Explorer *e, const uint64_t *key)
{
    uint64_t w = key[e->node_word];
    return (int)((w >> e->node_shift) & ((UINT64_C(1) << e->node_bits) - 1));
}
/* The last word of state i's key. */
static inline uint64_t explore_key_tail(const Explorer *e, int32_t i)
{
    uint64_t w;
    memcpy(&w, e->keys + (size_t)(i + 1) * (size_t)e->key_bytes - sizeof w, sizeof w);
    return w >> e->tail_shift;
}
static inline int explore_node(const Explorer *e, int32_t i)
{
    /* the node is in the last word */
    return (int)((explore_key_tail(e, i) >> e->node_shift) & ((UINT64_C(1) << e->node_bits) - 1));
}
/* State i's vector (nvars doubles), unpacked. */
void explore_state(const Explorer *e, int32_t i, double *out);
/* State i's depth: the turns (and steps between sessions) on a shortest path to it. */
int explore_depth(const Explorer *e, int32_t i);
/* The memory the explorer holds for its states, transitions and hash set, in bytes (at the
 * end of a complete run: as it was before the hash set was let go). */
size_t explore_bytes(const Explorer *e);
/* The authored choice indices from the start to state i; returns the length (at most cap). */
int explore_path(const Explorer *e, int32_t i, int *choices, int cap);
/* Outcome rank for "best" and "worst": success 3, partial 2, fail 1, none 0. */
int explore_outcome_rank(Outcome o);
/* The name of one step of a path taken at node `node`: the choice's id, or "next" and
 * "missed" for the steps between sessions (what `rapport run --choices` accepts). */
const char *explore_step_name(const Scenario *sc, int node, int via);

#endif
