/* memo: the model's answers remembered (issue 14). The model is the engine's own
 * lib/model.lua, set up once per client from plain data; what start, apply, settle and talk
 * return and write depends only on the model's variables, the choice, the node and the client
 * talk answered. Random play asks the same questions over and over (sessions retrace each
 * other's first turns), so each Host keeps a table of answers: a call whose variables are on
 * their grids (packed exactly, as the explorer packs states) is looked up first, and the model
 * runs only on a miss. Exploration meets each state once, so there the lookups stop (MEMO_TRIAL).
 *
 * The table is direct-mapped: a colliding call replaces the entry, so memory stays fixed and
 * the answer is always the model's own (a hit compares the whole key). Each worker has its
 * own Host and table, so nothing is shared between threads. RAPPORT_MODEL_MEMO=0 in the
 * environment turns it off, for comparing the two (tests/explore/memo.sh). */
#include <stdlib.h>
#include <string.h>

#include "../core/hash.h"
#include "../core/pack.h"
#include "host.h"

enum {
    MEMO_BITS = 14, /* 16,384 entries: about 2.7 MB for the default model */
    MEMO_KINDS = 5, /* call0's low byte: apply, settle, talk, start (host.c), 0 unused */
    MEMO_TRIAL = 1 << 13
};

struct ModelMemo {
    Packer pk;      /* the model's variables alone, in the order of h->mslots */
    int kw, stride; /* words per key (packed variables and the call's two), per entry */
    uint64_t *table;
    double *in;    /* scratch: the model's variables of the state asked about */
    uint64_t *key; /* scratch: the key of the last lookup, for memo_put */
    bool keyed;    /* whether that key could be made (every variable on its grid) */
    size_t slot;   /* where the last lookup's key belongs */
    /* Per kind of call (call0's low byte): lookups and hits so far. A kind that finds under
     * one answer in two over its first MEMO_TRIAL lookups is not looked up again: packing
     * the key would cost more than the hits save (apply while exploring: each state is new). */
    unsigned long long asked[MEMO_KINDS], found[MEMO_KINDS], skipped[MEMO_KINDS];
    bool off[MEMO_KINDS];
};

void memo_close(Host *h)
{
    ModelMemo *m = h->memo;
    if (!m) return;
    packer_free(&m->pk);
    free(m->table);
    free(m->in);
    free(m->key);
    free(m);
    h->memo = NULL;
}

/* Lays out the table for the model's variables (h->mslots). 0, or -1 when out of memory or
 * turned off: the calls then go to the model every time. */
int memo_open(Host *h)
{
    memo_close(h);
    const char *env = getenv("RAPPORT_MODEL_MEMO");
    if ((env && strcmp(env, "0") == 0) || h->nmslots == 0) return -1;
    StateLayout sub;
    layout_init(&sub);
    ModelMemo *m = calloc(1, sizeof *m);
    int rc = m ? 0 : -1;
    for (int k = 0; rc == 0 && k < h->nmslots; k++) {
        const VarDecl *v = &h->sc.layout.vars[h->mslots[k]];
        if (layout_add(&sub, v->name, v->type, v->init, v->min, v->max, v->step, v->flags) < 0)
            rc = -1;
    }
    if (rc == 0) rc = packer_init(&m->pk, &sub);
    layout_free(&sub);
    if (rc == 0) {
        m->kw = m->pk.nwords + 2;
        m->stride = m->kw + h->nmslots + 1;
        m->table = calloc((size_t)m->stride << MEMO_BITS, sizeof *m->table);
        m->in = malloc((size_t)h->nmslots * sizeof *m->in);
        m->key = malloc((size_t)m->kw * sizeof *m->key);
        if (!m->table || !m->in || !m->key) rc = -1;
    }
    if (rc != 0 && m) {
        h->memo = m;
        memo_close(h);
        return -1;
    }
    h->memo = m;
    return 0;
}

const uint64_t *memo_get(Host *h, const double *state, uint64_t call0, uint64_t call1)
{
    ModelMemo *m = h->memo;
    if (!m) return NULL;
    unsigned kind = (unsigned)(call0 & 0xff) % MEMO_KINDS;
    m->keyed = false;
    if (m->off[kind]) return m->skipped[kind]++, NULL;
    if (++m->asked[kind] == MEMO_TRIAL && m->found[kind] < MEMO_TRIAL / 2) m->off[kind] = true;
    for (int k = 0; k < h->nmslots; k++)
        m->in[k] = state[h->mslots[k]];
    int bad;
    m->keyed = pack_state(&m->pk, m->in, m->key, &bad) == 0;
    if (!m->keyed) return NULL;
    m->key[m->kw - 2] = call0;
    m->key[m->kw - 1] = call1;
    m->slot = pack_hash(m->key, m->kw, 0) & ((UINT64_C(1) << MEMO_BITS) - 1);
    const uint64_t *e = m->table + m->slot * (size_t)m->stride;
    /* call0 is never 0 (it holds the kind of call), so an empty entry matches no key */
    if (memcmp(e, m->key, (size_t)m->kw * sizeof *e) != 0) return NULL;
    m->found[kind]++;
    return e + m->kw;
}

void memo_put(Host *h, const double *state, uint64_t result)
{
    ModelMemo *m = h->memo;
    if (!m || !m->keyed) return;
    uint64_t *e = m->table + m->slot * (size_t)m->stride;
    memcpy(e, m->key, (size_t)m->kw * sizeof *e);
    for (int k = 0; k < h->nmslots; k++)
        memcpy(&e[m->kw + k], &state[h->mslots[k]], sizeof *e);
    e[m->kw + h->nmslots] = result;
    m->keyed = false;
}

void memo_counts(const Host *h, unsigned long long *asked, unsigned long long *answered)
{
    const ModelMemo *m = h->memo;
    for (int k = 0; m && k < MEMO_KINDS; k++)
        *asked += m->asked[k] + m->skipped[k], *answered += m->found[k];
}

uint64_t memo_take(Host *h, const uint64_t *answer, double *state)
{
    for (int k = 0; k < h->nmslots; k++)
        memcpy(&state[h->mslots[k]], &answer[k], sizeof *state);
    return answer[h->nmslots];
}
