/* rng: the session's seeded random generator (PCG32, O'Neill 2014).
 * One generator per session; the same seed gives the same session on every machine. */
#ifndef RAPPORT_RNG_H
#define RAPPORT_RNG_H
#include <stdint.h>

typedef struct Rng {
    uint64_t state;
    uint64_t inc;
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint32_t rng_next(Rng *r);
/* A uniform integer in [0, n); n > 0. Unbiased (rejection of the short tail). */
uint32_t rng_below(Rng *r, uint32_t n);
/* A uniform double in [0, 1). */
double rng_unit(Rng *r);
/* A new seed for a trainee's session, from the system's entropy (the clock when there is
 * none): 1 to 2^31 - 1, so it reads well in a record and survives any JSON reader. */
uint64_t rng_fresh_seed(void);

#endif
