/* arena: memory for many small pieces that are let go together. A loaded client's nodes hold
 * hundreds of thousands of strings and arrays (20,000 nodes: about 400,000); made one by one
 * with malloc they cost a search of its bins each and a fault each new 4 KB page, and freeing
 * them one by one as much again. An arena takes them in order from a few large blocks (advised
 * for huge pages) and frees the blocks. */
#ifndef RAPPORT_ARENA_H
#define RAPPORT_ARENA_H
#include <stdbool.h>
#include <stddef.h>

typedef struct Arena Arena;

/* An empty arena that expects to hold about `expect` bytes (0: unknown), NULL when out of
 * memory. Its first block is sized to that, up to the largest: for a large client, blocks of
 * whole huge pages from the start instead of a run of small ones in 4 KB pages. */
Arena *arena_open(size_t expect);
/* n bytes, zeroed and aligned for any type, that live as long as the arena; NULL when out of
 * memory. */
void *arena_zalloc(Arena *a, size_t n);
/* A copy of s in the arena, NULL when out of memory. */
char *arena_dup(Arena *a, const char *s);
/* Frees every piece and the arena itself. */
void arena_close(Arena *a);

#endif
