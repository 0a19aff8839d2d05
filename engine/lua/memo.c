/* memo: the model's answers remembered (issue 14). The model is the engine's own
 * lib/model.lua, set up once per client from plain data; what start, apply, resistance, settle
 * and talk return and write depends only on the model's variables, the choice, the node and
 * the client talk answered. Random play asks the same questions over and over (sessions retrace
 * each other's first turns), so each Host keeps tables of answers: every call is looked up
 * first, and the model runs only on a miss. A key of a few variables is their doubles' bits; a
 * longer one is packed exactly, as the explorer packs states, when its variables are on their
 * grids (else the call is not looked up). A table is keyed by the variables its calls read: all of
 * the model's for the whole view, and for resistance and settle only the three each declares
 * (lib/model.lua's `uses`), which recur even while exploring, where each state is new. A kind of
 * call that is rarely answered stops being looked up (MEMO_TRIAL).
 *
 * Each table is direct-mapped: a colliding call replaces the entry, so memory stays fixed and
 * the answer is always the model's own (a hit compares the whole key). Each worker has its
 * own Host and tables, so nothing is shared between threads. RAPPORT_MODEL_MEMO=0 in the
 * environment turns them off, for comparing the two (tests/explore/memo.sh). */
#include <stdlib.h>
#include <string.h>

#include "../core/hash.h"
#include "../core/pack.h"
#include "../core/vmem.h"
#include "host.h"

enum {
    MEMO_KINDS = 6, /* call0's low byte: apply, settle, talk, start, resistance (host.c) */
    MEMO_TRIAL = 1 << 13,
    /* Up to this many variables, a key holds their doubles' bits as they are: packing them
     * would save a word or two of memory for more time than the lookup takes (resistance and
     * settle read three each, and are asked on every transition). */
    MEMO_RAW_MAX = 4
};

struct MemoTable {
    Packer pk;           /* the key's variables alone, in the order of `in` (unless raw) */
    bool raw;            /* the key is the variables' bits (MEMO_RAW_MAX) */
    const int *in, *out; /* slots: the key's variables, the answer's (the Host's arrays) */
    int nin, nout;
    int kw, stride; /* words per key (packed variables and the call's two), per entry */
    uint64_t mask;  /* entries - 1 */
    uint64_t *table;
    double *scratch; /* the key's variables of the state asked about */
    uint64_t *key;   /* the key of the last lookup, for memo_put */
    bool keyed;      /* whether that key could be made (every variable on its grid) */
    size_t slot;     /* where the last lookup's key belongs */
    /* Per kind of call (call0's low byte): lookups and hits so far. A kind that finds under
     * one answer in two over its first MEMO_TRIAL lookups is not looked up again: packing
     * the key would cost more than the hits save (apply while exploring: each state is new). */
    unsigned long long asked[MEMO_KINDS], found[MEMO_KINDS], skipped[MEMO_KINDS];
    bool off[MEMO_KINDS];
};

bool memo_wanted(void)
{
    const char *env = getenv("RAPPORT_MODEL_MEMO");
    return !(env && strcmp(env, "0") == 0);
}

static size_t table_bytes(const MemoTable *m)
{
    return (size_t)m->stride * (size_t)(m->mask + 1) * sizeof *m->table;
}

void memo_close(MemoTable *m)
{
    if (!m) return;
    packer_free(&m->pk);
    vmem_free(m->table, table_bytes(m));
    free(m->scratch);
    free(m->key);
    free(m);
}

/* The packer of a key's variables alone, in the order of `in`. 0, or -1 out of memory. */
static int key_packer(Packer *pk, const StateLayout *l, const int *in, int nin)
{
    StateLayout sub;
    layout_init(&sub);
    int rc = 0;
    for (int k = 0; rc == 0 && k < nin; k++) {
        const VarDecl *v = &l->vars[in[k]];
        if (layout_add(&sub, v->name, v->type, v->init, v->min, v->max, v->step, v->flags) < 0)
            rc = -1;
    }
    if (rc == 0) rc = packer_init(pk, &sub);
    layout_free(&sub);
    return rc;
}

MemoTable *memo_open(const StateLayout *l, const int *in, int nin, const int *out, int nout,
                     int bits)
{
    if (nin <= 0 || nout < 0) return NULL;
    MemoTable *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->raw = nin <= MEMO_RAW_MAX;
    int rc = m->raw ? 0 : key_packer(&m->pk, l, in, nin);
    if (rc == 0) {
        m->in = in, m->nin = nin, m->out = out, m->nout = nout;
        m->kw = (m->raw ? nin : m->pk.nwords) + 2;
        m->stride = m->kw + nout + 1;
        m->mask = (UINT64_C(1) << bits) - 1;
        m->table = vmem_table(table_bytes(m));
        m->scratch = malloc((size_t)nin * sizeof *m->scratch);
        m->key = malloc((size_t)m->kw * sizeof *m->key);
        if (!m->table || !m->scratch || !m->key) rc = -1;
    }
    if (rc != 0) {
        memo_close(m);
        return NULL;
    }
    return m;
}

const uint64_t *memo_get(MemoTable *m, const double *state, uint64_t call0, uint64_t call1)
{
    if (!m) return NULL;
    unsigned kind = (unsigned)(call0 & 0xff) % MEMO_KINDS;
    m->keyed = false;
    if (m->off[kind]) return m->skipped[kind]++, NULL;
    if (++m->asked[kind] == MEMO_TRIAL && m->found[kind] < MEMO_TRIAL / 4) m->off[kind] = true;
    if (m->raw) { /* normalised values: one representation each (no -0.0, no NaN) */
        for (int k = 0; k < m->nin; k++)
            memcpy(&m->key[k], &state[m->in[k]], sizeof *m->key);
        m->keyed = true;
    } else {
        for (int k = 0; k < m->nin; k++)
            m->scratch[k] = state[m->in[k]];
        int bad;
        m->keyed = pack_state(&m->pk, m->scratch, m->key, &bad) == 0;
        if (!m->keyed) return NULL;
    }
    m->key[m->kw - 2] = call0;
    m->key[m->kw - 1] = call1;
    m->slot = pack_hash(m->key, m->kw, 0) & m->mask;
    const uint64_t *e = m->table + m->slot * (size_t)m->stride;
    /* call0 is never 0 (it holds the kind of call), so an empty entry matches no key */
    uint64_t d = 0;
    for (int k = 0; k < m->kw; k++) /* a word at a time, without a call */
        d |= e[k] ^ m->key[k];
    if (d != 0) return NULL;
    m->found[kind]++;
    return e + m->kw;
}

void memo_put(MemoTable *m, const double *state, uint64_t result)
{
    if (!m || !m->keyed) return;
    uint64_t *e = m->table + m->slot * (size_t)m->stride;
    memcpy(e, m->key, (size_t)m->kw * sizeof *e);
    for (int k = 0; k < m->nout; k++)
        memcpy(&e[m->kw + k], &state[m->out[k]], sizeof *e);
    e[m->kw + m->nout] = result;
    m->keyed = false;
}

uint64_t memo_take(const MemoTable *m, const uint64_t *answer, double *state)
{
    for (int k = 0; k < m->nout; k++)
        memcpy(&state[m->out[k]], &answer[k], sizeof *state);
    return answer[m->nout];
}

uint64_t memo_result(const MemoTable *m, const uint64_t *answer)
{
    return answer[m->nout];
}

void memo_counts(const MemoTable *m, unsigned long long *asked, unsigned long long *answered)
{
    for (int k = 0; m && k < MEMO_KINDS; k++)
        *asked += m->asked[k] + m->skipped[k], *answered += m->found[k];
}
