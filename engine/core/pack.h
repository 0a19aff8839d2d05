/* pack: a normalised state vector as a few 64-bit words, exactly, for the explorer's store of
 * millions of states. A number with a step is kept as its index on the grid state_normalize
 * puts it on (x = min + k * step, capped at max) in as many bits as its range needs, a flag in
 * one bit, a number without a step in a whole word of its own bits. Unpacking computes the
 * value by the same formula, so it gives back the same double, bit for bit. */
#ifndef RAPPORT_PACK_H
#define RAPPORT_PACK_H
#include <stdbool.h>
#include <stdint.h>

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
/* A hash of n packed words, for hash sets (not for anything an adversary picks). */
uint64_t pack_hash(const uint64_t *words, int n, uint64_t seed);

#endif
