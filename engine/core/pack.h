/* pack: a normalised state vector as a few 64-bit words, exactly, for the explorer's store of
 * millions of states. A number with a step is kept as its index on the grid state_normalize
 * puts it on (x = min + k * step, capped at max) in as many bits as its range needs, a flag in
 * one bit, a number without a step in a whole word of its own bits. Unpacking computes the
 * value by the same formula, so it gives back the same double, bit for bit. */
#ifndef RAPPORT_PACK_H
#define RAPPORT_PACK_H
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "state.h"

typedef struct PackField {
    uint8_t word, shift, bits; /* where the field lives; bits 64: the raw double */
    uint64_t kmax;             /* the largest grid index (under 2^33: it fits an int64_t) */
    double kmax_d;             /* the same as a double, for the range test */
    double min, max, step;
    double per_step; /* 1 / step: the index of a value on the grid, without dividing */
    bool flag;
    bool whole; /* the grid is 0, 1, ..., kmax itself: the index is the value */
} PackField;

/* A flag or a whole number from 0 (a field whose index is its value), in a compact form:
 * most of a client's variables are (visit counts, once flags, the model's whole numbers), and
 * packing and unpacking them is the explorer's work for every state and transition. */
typedef struct PackIndex {
    uint32_t var;
    uint8_t word, shift;
    bool flag;
    uint64_t mask;
    double kmax_d;
} PackIndex;

typedef struct Packer {
    int nvars, nwords;
    int last_used;     /* bits used in the last word: the rest is free for a caller's own field */
    PackField *fields; /* one per variable, in layout order */
    PackIndex *index;  /* the fields whose index is their value, in layout order */
    int *other;        /* the rest (grids and raw doubles), in layout order */
    int nindex, nother;
} Packer;

/* Lays out the fields for a layout. 0, or -1 when out of memory. */
int packer_init(Packer *p, const StateLayout *l);
void packer_free(Packer *p);
/* Packs a normalised vector into p->nwords words. Returns -1 (nothing else changed but out)
 * and the variable's slot in *bad when a value is not on its grid: never for a vector that
 * state_normalize has seen. */
int pack_state(const Packer *p, const double *values, uint64_t *out, int *bad);
void unpack_state(const Packer *p, const uint64_t *in, double *values);
/* Variable i's value alone, as unpack_state gives it. */
double unpack_value(const Packer *p, const uint64_t *in, int i);
/* Per field, as inline functions for the callers that pack a few values of their own
 * (memo.c's dense tables): the same tests as pack_state's. */
/* The value at grid index k, exactly as state_normalize computes it. */
static inline double pack_grid_value(const PackField *f, uint64_t k)
{
    double x = f->min + (double)(int64_t)k * f->step;
    if (x > f->max) x = f->max;
    return x + 0.0;
}

/* Whether x is the grid's value at the index y rounds to (into *k). */
static inline bool pack_grid_index(const PackField *f, double y, double x, uint64_t *k)
{
    double r = state_round(y);
    if (!(r >= 0 && r <= f->kmax_d)) return false;
    *k = (uint64_t)(int64_t)r;
    double back = pack_grid_value(f, *k);
    return memcmp(&back, &x, sizeof x) == 0;
}

/* Whether field f's index is its value (a flag, or a whole number from 0): one of
 * Packer.index. */
static inline bool pack_value_field(const PackField *f)
{
    return f->bits < 64 && (f->flag || f->whole);
}

/* The index of x in a field whose index is its value (a flag, or a whole number from 0 to
 * kmax), or false when x is not one of its values. */
static inline bool pack_value_index(bool flag, double kmax_d, double x, uint64_t *k)
{
    if (flag) {
        *k = x != 0.0;
        return x == 0.0 || x == 1.0;
    }
    /* the grid test below, without dividing and rounding; signed conversions: a few
     * instructions fewer than unsigned ones, and k < 2^33 */
    if (!(x >= 0 && x <= kmax_d)) return false;
    *k = (uint64_t)(int64_t)x;
    double back = (double)(int64_t)*k;
    return memcmp(&back, &x, sizeof x) == 0;
}

/* The index of x in field f, one of Packer.other (a grid, or a raw double), or false when x is
 * not on its grid. */
static inline bool pack_other_index(const PackField *f, double x, uint64_t *k)
{
    if (f->bits == 64) {
        memcpy(k, &x, sizeof *k);
        return true;
    }
    /* A value on the grid is within an ulp or two of a whole number of steps, so multiplying
     * by 1 / step finds its index without dividing. Only the capped top of a grid can sit at a
     * half step, where the product may round the other way: the quotient, as state_normalize
     * computes it, decides then. */
    return pack_grid_index(f, (x - f->min) * f->per_step, x, k) ||
           pack_grid_index(f, (x - f->min) / f->step, x, k);
}

/* The index of x in field f, or false when x is not on its grid: what pack_state packs. */
static inline bool pack_field_index(const PackField *f, double x, uint64_t *k)
{
    return pack_value_field(f) ? pack_value_index(f->flag, f->kmax_d, x, k)
                               : pack_other_index(f, x, k);
}

/* Field f's value at index k (its bits from the field's shift on; those above are ignored):
 * what unpack_state gives. */
static inline double pack_field_value(const PackField *f, uint64_t k)
{
    double x;
    if (f->bits == 64) {
        memcpy(&x, &k, sizeof k);
        return x;
    }
    k &= (UINT64_C(1) << f->bits) - 1;
    return f->flag || f->whole ? (double)(int64_t)k : pack_grid_value(f, k);
}

/* A hash of n packed words, for hash sets (not for anything an adversary picks). */
uint64_t pack_hash(const uint64_t *words, int n, uint64_t seed);

#endif
