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
 * the answer is always the model's own (a hit compares the whole key).
 *
 * A table for one kind of call whose few variables all have small grids (resistance's and
 * settle's three: up to DENSE_KEY_BITS bits packed) is dense instead: indexed by the packed
 * key itself, an entry of 2 or 4 bytes per key holding the answer's variables as grid
 * indices, and no key to compare. Every answer once found stays, neighbouring values sit side
 * by side (discord in the low bits), and the table is smaller than the hashed one: while
 * exploring, these lookups were a tenth of the time, most of it waiting for memory.
 *
 * Each worker has its own Host and tables, so nothing is shared between threads.
 * RAPPORT_MODEL_MEMO=0 in the environment turns them off, for comparing the two
 * (tests/explore/memo.sh). */
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
    MEMO_RAW_MAX = 4,
    DENSE_KEY_BITS = 22, /* a dense table of at most 4 M entries, 16 MB of address space */
    DENSE_OUT_BITS = 30  /* the answer's grid indices, beside the known and result bits */
};

struct MemoTable {
    Packer pk;           /* the key's variables alone, in the order of `in` (unless raw) */
    bool raw;            /* the key is the variables' bits (MEMO_RAW_MAX) */
    const int *in, *out; /* slots: the key's variables, the answer's (the Host's arrays) */
    int nin, nout;
    int kw, stride; /* words per key (packed variables and the call's two), per entry */
    uint64_t mask;  /* entries - 1 */
    uint64_t *table;
    /* The dense form: one entry per packed key, (index << 2) | result << 1 | 1, 0 while
     * unknown; `outpk` packs the answer's variables into that index. The call it answers is
     * the first it was asked (call0); it is never asked another (the caller's promise). */
    Packer outpk;
    int dense_bytes; /* 2 or 4; 0: not dense */
    void *dense;
    uint64_t dense_call0;
    uint64_t hit;      /* a dense hit's entry, the answer memo_get returns (memo_take decodes it) */
    double *scratch;   /* the key's variables of the state asked about (hashed tables) */
    uint64_t *key;     /* the key of the last lookup, for memo_put */
    bool keyed;        /* whether that key could be made (every variable on its grid) */
    size_t slot;       /* where the last lookup's key belongs */
    uint64_t slot_key; /* the same for a dense table: the packed key */
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

static size_t dense_size(const MemoTable *m)
{
    return m->dense_bytes ? ((size_t)1 << m->pk.last_used) * (size_t)m->dense_bytes : 0;
}

void memo_close(MemoTable *m)
{
    if (!m) return;
    vmem_free(m->dense, dense_size(m)); /* its size from the key's packer: before freeing that */
    packer_free(&m->pk);
    packer_free(&m->outpk);
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

/* The dense form for a table that answers one kind of call, when its key packs into
 * DENSE_KEY_BITS bits and its answer's variables into DENSE_OUT_BITS: true when m is dense,
 * false otherwise (or out of memory, when the hashed form is tried). */
static bool dense_open(MemoTable *m, const StateLayout *l)
{
    if (key_packer(&m->pk, l, m->in, m->nin) != 0) return false;
    if (key_packer(&m->outpk, l, m->out, m->nout) != 0) return false;
    if (m->pk.nwords != 1 || m->pk.last_used > DENSE_KEY_BITS || m->outpk.nwords != 1 ||
        m->outpk.last_used > DENSE_OUT_BITS)
        return false;
    m->dense_bytes = m->outpk.last_used + 2 <= 16 ? 2 : 4;
    m->dense = vmem_reserve(dense_size(m)); /* zero: unknown; pages made as answers come */
    if (m->dense) return true;
    m->dense_bytes = 0;
    return false;
}

MemoTable *memo_open(const StateLayout *l, const int *in, int nin, const int *out, int nout,
                     int bits, bool one_call)
{
    if (nin <= 0 || nout < 0) return NULL;
    MemoTable *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->in = in, m->nin = nin, m->out = out, m->nout = nout;
    if (one_call && dense_open(m, l)) return m;
    packer_free(&m->pk); /* dense_open's, if it got that far */
    packer_free(&m->outpk);
    m->raw = nin <= MEMO_RAW_MAX;
    int rc = m->raw ? 0 : key_packer(&m->pk, l, in, nin);
    if (rc == 0) {
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

/* The values of a state's variables at `slots`, in order, into m->scratch (to be packed). */
static void gather(MemoTable *m, const double *state, const int *slots, int n)
{
    for (int k = 0; k < n; k++)
        m->scratch[k] = state[slots[k]];
}

static uint32_t dense_entry(const MemoTable *m, uint64_t key)
{
    if (m->dense_bytes == 2) return ((const uint16_t *)m->dense)[key];
    return ((const uint32_t *)m->dense)[key];
}

/* The state's variables at slots[0..n), packed as pk's fields (one word), or false when one
 * is off its grid: what gathering them and pack_state would give, without either (a dense
 * table is asked on every transition). */
static bool dense_pack(const Packer *pk, const double *state, const int *slots, int n,
                       uint64_t *word)
{
    uint64_t w = 0;
    for (int k = 0; k < n; k++) {
        const PackField *f = &pk->fields[k];
        uint64_t i;
        if (!pack_field_index(f, state[slots[k]], &i)) return false;
        w |= i << f->shift;
    }
    *word = w;
    return true;
}

/* memo_get for a dense table (the lookup already counted): the entry itself is the answer. */
static const uint64_t *dense_get(MemoTable *m, const double *state, unsigned kind, uint64_t call0,
                                 uint64_t call1)
{
    if (!m->dense_call0) m->dense_call0 = call0;
    if (call0 != m->dense_call0 || call1 != 0) return NULL; /* not the call it answers */
    if (!dense_pack(&m->pk, state, m->in, m->nin, &m->slot_key)) return NULL;
    m->keyed = true;
    m->hit = dense_entry(m, m->slot_key);
    if (!m->hit) return NULL;
    m->found[kind]++;
    return &m->hit;
}

/* memo_take for a dense table: the answer's variables from their grid indices, bit for bit. */
static uint64_t dense_take(const MemoTable *m, uint64_t e, double *state)
{
    uint64_t index = e >> 2;
    for (int k = 0; k < m->nout; k++) {
        const PackField *f = &m->outpk.fields[k];
        state[m->out[k]] = pack_field_value(f, index >> f->shift);
    }
    return e >> 1 & 1;
}

/* memo_put for a dense table: only a result of 0 or 1 fits an entry. */
static void dense_put(MemoTable *m, const double *state, uint64_t result)
{
    uint64_t index;
    if (result > 1 || !dense_pack(&m->outpk, state, m->out, m->nout, &index)) return;
    uint32_t e = (uint32_t)(index << 2 | result << 1 | 1);
    if (m->dense_bytes == 2)
        ((uint16_t *)m->dense)[m->slot_key] = (uint16_t)e;
    else
        ((uint32_t *)m->dense)[m->slot_key] = e;
}

const uint64_t *memo_get(MemoTable *m, const double *state, uint64_t call0, uint64_t call1)
{
    if (!m) return NULL;
    unsigned kind = (unsigned)(call0 & 0xff) % MEMO_KINDS;
    m->keyed = false;
    if (m->off[kind]) return m->skipped[kind]++, NULL;
    if (m->dense_bytes) { /* a lookup costs less than any hit saves: never turned off */
        m->asked[kind]++;
        return dense_get(m, state, kind, call0, call1);
    }
    if (++m->asked[kind] == MEMO_TRIAL && m->found[kind] < MEMO_TRIAL / 4) m->off[kind] = true;
    if (m->raw) { /* normalised values: one representation each (no -0.0, no NaN) */
        for (int k = 0; k < m->nin; k++)
            memcpy(&m->key[k], &state[m->in[k]], sizeof *m->key);
        m->keyed = true;
    } else {
        gather(m, state, m->in, m->nin);
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
    m->keyed = false;
    if (m->dense_bytes) {
        dense_put(m, state, result);
        return;
    }
    uint64_t *e = m->table + m->slot * (size_t)m->stride;
    memcpy(e, m->key, (size_t)m->kw * sizeof *e);
    for (int k = 0; k < m->nout; k++)
        memcpy(&e[m->kw + k], &state[m->out[k]], sizeof *e);
    e[m->kw + m->nout] = result;
}

uint64_t memo_take(const MemoTable *m, const uint64_t *answer, double *state)
{
    if (m->dense_bytes) return dense_take(m, *answer, state);
    for (int k = 0; k < m->nout; k++)
        memcpy(&state[m->out[k]], &answer[k], sizeof *state);
    return answer[m->nout];
}

uint64_t memo_result(const MemoTable *m, const uint64_t *answer)
{
    if (m->dense_bytes) return *answer >> 1 & 1;
    return answer[m->nout];
}

void memo_counts(const MemoTable *m, unsigned long long *asked, unsigned long long *answered)
{
    for (int k = 0; m && k < MEMO_KINDS; k++)
        *asked += m->asked[k] + m->skipped[k], *answered += m->found[k];
}
