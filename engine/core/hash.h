/* hash: the one byte hash of the engine, 64-bit FNV-1a. Used for content hashes (records),
 * cache keys (text) and hash tables (exploration). Not for anything an adversary picks. */
#ifndef RAPPORT_HASH_H
#define RAPPORT_HASH_H
#include <stddef.h>
#include <stdint.h>

/* FNV-1a's 64-bit offset basis and prime. */
#define HASH_FNV_BASIS 14695981039346656037ULL
#define HASH_FNV_PRIME 1099511628211ULL

/* Continues a hash h (start from HASH_FNV_BASIS) over n bytes. */
static inline uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * HASH_FNV_PRIME;
    return h;
}

/* A finaliser that spreads every input bit over the low bits too (splitmix64's), for tables
 * indexed by the low bits of a hash. */
static inline uint64_t hash_mix(uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

#endif
