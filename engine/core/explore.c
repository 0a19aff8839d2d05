/* explore: the reachable state space of a scenario, breadth first, with merging. */
#include "explore.h"

#include "course.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#define DEAD_ENDS_KEPT 16

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

static uint64_t key_hash(const Explorer *e, int node, const double *v)
{
    return state_hash(v, e->nvars, (uint64_t)node * (uint64_t)0x9e3779b97f4a7c15ULL);
}

static int grow_states(Explorer *e)
{
    int32_t cap = e->cap ? e->cap * 2 : 1024;
    double *values = realloc(e->values, (size_t)cap * (size_t)e->nvars * sizeof *values);
    if (values) e->values = values;
    int32_t *node = realloc(e->node, (size_t)cap * sizeof *node);
    if (node) e->node = node;
    int32_t *parent = realloc(e->parent, (size_t)cap * sizeof *parent);
    if (parent) e->parent = parent;
    uint8_t *via = realloc(e->via, (size_t)cap);
    if (via) e->via = via;
    uint16_t *depth = realloc(e->depth, (size_t)cap * sizeof *depth);
    if (depth) e->depth = depth;
    if (!values || !node || !parent || !via || !depth) return -1;
    e->cap = cap;
    return 0;
}

static int rehash(Explorer *e)
{
    uint32_t n = e->nslots ? e->nslots * 2 : 4096;
    int32_t *slots = malloc((size_t)n * sizeof *slots);
    if (!slots) return -1;
    memset(slots, 0xff, (size_t)n * sizeof *slots);
    for (int32_t i = 0; i < e->count; i++) {
        uint32_t h =
            (uint32_t)key_hash(e, e->node[i], e->values + (size_t)i * (size_t)e->nvars) & (n - 1);
        while (slots[h] >= 0)
            h = (h + 1) & (n - 1);
        slots[h] = i;
    }
    free(e->slots);
    e->slots = slots;
    e->nslots = n;
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

static void note_state(Explorer *e, int32_t i)
{
    const Scenario *sc = e->sc;
    int node = e->node[i];
    const double *v = e->values + (size_t)i * (size_t)e->nvars;
    if (e->first_at[node] < 0) e->first_at[node] = i;
    e->reached[node]++;
    note_lines(e, node, v);
    if (sc->var_resistance >= 0) e->bands[band_of(sc, v[sc->var_resistance])] = true;
    if (sc->nodes[node].ending) {
        double *lo = e->lo + (size_t)node * (size_t)e->nvars,
               *hi = e->hi + (size_t)node * (size_t)e->nvars;
        for (int k = 0; k < e->nvars; k++) {
            if (e->reached[node] == 1 || v[k] < lo[k]) lo[k] = v[k];
            if (e->reached[node] == 1 || v[k] > hi[k]) hi[k] = v[k];
        }
    }
}

/* Finds or adds the state (node, e->s->state). Returns its index, or -1 when out of room. */
static int32_t intern(Explorer *e, int node, int32_t parent, int via, bool *added)
{
    const double *v = e->s->state;
    size_t bytes = (size_t)e->nvars * sizeof(double);
    uint32_t mask = e->nslots - 1;
    uint32_t h = (uint32_t)key_hash(e, node, v) & mask;
    for (int32_t j; (j = e->slots[h]) >= 0; h = (h + 1) & mask)
        if (e->node[j] == node && memcmp(e->values + (size_t)j * (size_t)e->nvars, v, bytes) == 0) {
            *added = false;
            return j;
        }
    *added = true;
    if (e->count == e->cap && grow_states(e) != 0) return -1;
    int32_t i = e->count++;
    memcpy(e->values + (size_t)i * (size_t)e->nvars, v, bytes);
    e->node[i] = node;
    e->parent[i] = parent;
    e->via[i] = (uint8_t)via;
    e->depth[i] = parent < 0 ? 0 : (uint16_t)(e->depth[parent] + 1);
    e->slots[h] = i;
    if ((uint32_t)e->count * 2 > e->nslots && rehash(e) != 0) return -1;
    note_state(e, i);
    return i;
}

static int add_edge(Explorer *e, int32_t from, int32_t to)
{
    if (e->nedges == e->edge_cap) {
        int64_t cap = e->edge_cap ? e->edge_cap * 2 : 4096;
        int32_t *f = realloc(e->edge_from, (size_t)cap * sizeof *f);
        if (f) e->edge_from = f;
        int32_t *t = realloc(e->edge_to, (size_t)cap * sizeof *t);
        if (t) e->edge_to = t;
        if (!f || !t) return -1;
        e->edge_cap = cap;
    }
    e->edge_from[e->nedges] = from;
    e->edge_to[e->nedges] = to;
    e->nedges++;
    return 0;
}

static int check_invariants(Explorer *e, int32_t i)
{
    const Scenario *sc = e->sc;
    for (int k = 0; k < sc->ninvariants; k++) {
        const Invariant *inv = &sc->invariants[k];
        if (e->violation[k] >= 0 || (inv->ending >= 0 && inv->ending != e->node[i])) continue;
        bool holds;
        if (session_cond(e->s, &inv->holds, &holds) != 0) return -1;
        if (!holds) e->violation[k] = i;
    }
    return 0;
}

/* Which states can reach an ending: backwards from the endings over reversed edges. */
static int find_no_way_out(Explorer *e)
{
    int32_t n = e->count;
    int32_t *start = calloc((size_t)n + 1, sizeof *start);
    int32_t *from = malloc((size_t)(e->nedges ? e->nedges : 1) * sizeof *from);
    int32_t *queue = malloc((size_t)n * sizeof *queue);
    uint8_t *ok = calloc((size_t)n, 1);
    if (!start || !from || !queue || !ok) {
        free(start), free(from), free(queue), free(ok);
        return -1;
    }
    for (int64_t k = 0; k < e->nedges; k++)
        start[e->edge_to[k] + 1]++;
    for (int32_t i = 0; i < n; i++)
        start[i + 1] += start[i];
    int32_t *fill = malloc((size_t)n * sizeof *fill);
    if (!fill) {
        free(start), free(from), free(queue), free(ok);
        return -1;
    }
    memcpy(fill, start, (size_t)n * sizeof *fill);
    for (int64_t k = 0; k < e->nedges; k++)
        from[fill[e->edge_to[k]]++] = e->edge_from[k];
    free(fill);
    int32_t head = 0, tail = 0;
    for (int32_t i = 0; i < n; i++)
        if (e->sc->nodes[e->node[i]].ending) ok[i] = 1, queue[tail++] = i;
    while (head < tail) {
        int32_t t = queue[head++];
        for (int32_t k = start[t]; k < start[t + 1]; k++)
            if (!ok[from[k]]) ok[from[k]] = 1, queue[tail++] = from[k];
    }
    e->no_way_out = 0;
    e->no_way_first = -1;
    for (int32_t i = 0; i < n; i++)
        if (!ok[i]) {
            e->no_way_out++;
            if (e->no_way_first < 0) e->no_way_first = i;
        }
    free(start), free(from), free(queue), free(ok);
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
    e->scratch = malloc((size_t)(e->nvars + 1) * sizeof *e->scratch);
    e->lo = calloc((size_t)nn * (size_t)(e->nvars + 1), sizeof *e->lo);
    e->hi = calloc((size_t)nn * (size_t)(e->nvars + 1), sizeof *e->hi);
    if (!e->s || !e->first_at || !e->reached || !e->taken || !e->lines_said || !e->cond_checked ||
        !e->cond_held || !e->dead_ends || !e->violation || !e->lo || !e->hi || !e->scratch ||
        session_init(e->s, sc) != 0) {
        free(e->s);
        e->s = NULL;
        return fail(e, "out of memory");
    }
    for (int i = 0; i < nn; i++)
        e->first_at[i] = -1;
    for (int k = 0; k < sc->ninvariants; k++)
        e->violation[k] = -1;
    return rehash(e) != 0 ? fail(e, "out of memory") : 0;
}

/* Every successor of state i: each offered choice under each talk the node can say (change
 * or sustain talk is drawn at random and the move's effect depends on it). 0, or -1 after
 * fail. */
static int expand(Explorer *e, int32_t i, const int *offered, int count,
                  const ExploreLimits *limits)
{
    int node = e->node[i];
    size_t bytes = (size_t)e->nvars * sizeof(double);
    unsigned char talk[8], kind[8];
    int ntalk = session_talk_options(e->s, node, talk, kind, 8);
    bool added;
    for (int o = 0; o < ntalk && !e->hit_states; o++) {
        for (int k = 0; k < count; k++) {
            if (limits->max_states > 0 && e->count >= limits->max_states) {
                e->hit_states = true;
                break;
            }
            memcpy(e->s->state, e->values + (size_t)i * (size_t)e->nvars, bytes);
            e->s->talk = talk[o];
            e->s->talk_kind = kind[o];
            int next;
            if (session_transition(e->s, node, offered[k], &next) != 0) return fail(e, e->s->err);
            e->taken[node] |= 1u << offered[k];
            int32_t j = intern(e, next, i, offered[k], &added);
            if (j < 0) return fail(e, "out of memory");
            if (added && check_invariants(e, j) != 0) return fail(e, e->s->err);
            if (add_edge(e, i, j) != 0) return fail(e, "out of memory");
        }
    }
    return 0;
}

/* An ending that another session follows is a chance step: the client comes to the next
 * session, or (when the model gives a chance of it) misses it and the state moves one session
 * on at the same ending. 0, or -1 after fail. */
static int expand_course(Explorer *e, int32_t i)
{
    const Scenario *sc = e->sc;
    int node = e->node[i];
    const double *end = e->values + (size_t)i * (size_t)e->nvars;
    int k = course_sitting(sc, end) + 1;
    bool can_miss = course_miss_chance(sc, end) > 0;
    for (int attend = 1; attend >= !can_miss; attend--) {
        /* The new state is left in the scratch session's vector, where intern reads it. */
        if (session_sitting_state(e->s, end, k, attend, e->scratch) != 0) return fail(e, e->s->err);
        bool added;
        int32_t j = intern(e, attend ? sc->sittings[k].start : node, i,
                           attend ? EXPLORE_ATTEND : EXPLORE_MISS, &added);
        if (j < 0) return fail(e, "out of memory");
        if (added && check_invariants(e, j) != 0) return fail(e, e->s->err);
        if (add_edge(e, i, j) != 0) return fail(e, "out of memory");
        end = e->values + (size_t)i * (size_t)e->nvars; /* interning may have moved it */
    }
    return 0;
}

/* Visits state i: counts its offered choices, notes a dead end or the depth limit, else
 * expands it. 0, or -1 after fail. */
static int visit(Explorer *e, int32_t i, const ExploreLimits *limits)
{
    int node = e->node[i];
    const Node *n = &e->sc->nodes[node];
    if (e->depth[i] > e->max_depth) e->max_depth = e->depth[i];
    if (limits->progress && (i & 0xffff) == 0) limits->progress(limits->ctx, e->count, e->depth[i]);
    if (n->ending)
        return course_goes_on(e->sc, e->values + (size_t)i * (size_t)e->nvars, node)
                   ? expand_course(e, i)
                   : 0;
    memcpy(e->s->state, e->values + (size_t)i * (size_t)e->nvars,
           (size_t)e->nvars * sizeof(double));
    int offered[SESSION_MAX_CHOICES];
    int count = session_offer(e->s, node, offered);
    if (count < 0) return fail(e, e->s->err);
    for (int k = 0; k < n->nchoices; k++)
        e->cond_checked[(size_t)node * SESSION_MAX_CHOICES + (size_t)k]++;
    for (int k = 0; k < count; k++)
        e->cond_held[(size_t)node * SESSION_MAX_CHOICES + (size_t)offered[k]]++;
    if (count == 0) {
        if (e->ndead < DEAD_ENDS_KEPT) e->dead_ends[e->ndead] = i;
        e->ndead++;
        return 0;
    }
    if (limits->max_depth > 0 && e->depth[i] >= limits->max_depth) {
        e->hit_depth = true;
        return 0;
    }
    return expand(e, i, offered, count, limits);
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
    if (intern(e, e->s->node, -1, 0, &added) < 0) return fail(e, "out of memory");
    if (check_invariants(e, 0) != 0) return fail(e, e->s->err);
    for (int32_t i = 0; i < e->count && !e->hit_states; i++)
        if (visit(e, i, limits) != 0) return -1;
    if (limits->progress) limits->progress(limits->ctx, -1, e->max_depth);
    if (!e->hit_states && !e->hit_depth && find_no_way_out(e) != 0) return fail(e, "out of memory");
    return 0;
}

int explore_path(const Explorer *e, int32_t i, int *choices, int cap)
{
    int n = e->depth[i];
    if (n > cap) n = cap;
    for (int k = e->depth[i] - 1; i >= 0 && e->parent[i] >= 0; k--, i = e->parent[i])
        if (k < cap) choices[k] = e->via[i];
    return n;
}

void explore_free(Explorer *e)
{
    if (e->s) {
        session_free(e->s);
        free(e->s);
    }
    free(e->values), free(e->node), free(e->parent), free(e->via), free(e->depth);
    free(e->slots), free(e->edge_from), free(e->edge_to);
    free(e->first_at), free(e->reached), free(e->taken), free(e->lines_said), free(e->cond_checked),
        free(e->cond_held);
    free(e->dead_ends), free(e->violation), free(e->lo), free(e->hi), free(e->scratch);
    memset(e, 0, sizeof *e);
}
