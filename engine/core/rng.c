/* rng: PCG32 (XSH-RR output over a 64-bit LCG). Written from the published algorithm. */
#include "rng.h"

#include <stdio.h>
#include <time.h>

#define PCG_MULT 6364136223846793005ULL

void rng_seed(Rng *r, uint64_t seed)
{
    r->state = 0;
    r->inc = (seed << 1u) | 1u; /* the stream must be odd */
    rng_next(r);
    r->state += 0x853c49e6748fea9bULL ^ seed;
    rng_next(r);
}

uint32_t rng_next(Rng *r)
{
    uint64_t old = r->state;
    r->state = old * PCG_MULT + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

uint32_t rng_below(Rng *r, uint32_t n)
{
    /* Reject the values below 2^32 mod n so every residue is equally likely. */
    uint32_t threshold = (uint32_t)(-n) % n;
    for (;;) {
        uint32_t x = rng_next(r);
        if (x >= threshold) return x % n;
    }
}

double rng_unit(Rng *r)
{
    return (double)rng_next(r) / 4294967296.0;
}

uint64_t rng_fresh_seed(void)
{
    uint64_t x = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f || fread(&x, sizeof x, 1, f) != 1) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        x = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec;
    }
    if (f) fclose(f);
    Rng r;
    rng_seed(&r, x);
    return 1 + rng_below(&r, 0x7ffffffeu);
}
