/* arena: pieces taken in order from blocks of pages, freed together (arena.h). */
#include "arena.h"

#include "vmem.h"

#include <stdlib.h>
#include <string.h>

#define ALIGN 16
#define FIRST_BLOCK (64u << 10) /* blocks double from here */
#define LAST_BLOCK (16u << 20)  /* up to here */

typedef struct Block {
    struct Block *next;
    size_t size;
} Block;

struct Arena {
    char *top, *end; /* the room left in the newest block */
    Block *blocks;
    size_t next_size;
};

Arena *arena_open(size_t expect)
{
    Arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->next_size = FIRST_BLOCK;
    while (a->next_size < expect && a->next_size < LAST_BLOCK)
        a->next_size *= 2;
    return a;
}

/* A new block with room for at least n bytes after its header. Blocks come zeroed from the
 * kernel, and the arena never writes one twice, so nothing is zeroed here. */
static bool arena_grow(Arena *a, size_t n)
{
    size_t head = (sizeof(Block) + ALIGN - 1) / ALIGN * ALIGN;
    size_t size = a->next_size;
    while (size - head < n)
        size *= 2;
    Block *b = vmem_reserve(size);
    if (!b) return false;
    b->next = a->blocks;
    b->size = size;
    a->blocks = b;
    a->top = (char *)b + head;
    a->end = (char *)b + size;
    if (a->next_size < LAST_BLOCK) a->next_size *= 2;
    return true;
}

void *arena_zalloc(Arena *a, size_t n)
{
    n = n ? (n + ALIGN - 1) / ALIGN * ALIGN : ALIGN;
    if ((size_t)(a->end - a->top) < n && !arena_grow(a, n)) return NULL;
    void *p = a->top;
    a->top += n;
    return p;
}

char *arena_dup(Arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = arena_zalloc(a, n);
    if (d) memcpy(d, s, n);
    return d;
}

void arena_close(Arena *a)
{
    if (!a) return;
    for (Block *b = a->blocks, *next; b; b = next) {
        next = b->next;
        vmem_free(b, b->size);
    }
    free(a);
}
