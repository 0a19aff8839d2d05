/* heap: size classes for a Lua state's blocks, in a huge-page region (heap.h). */
#include "heap.h"

#include "../core/vmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define HEAP_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define HEAP_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define HEAP_POISON(p, n) ((void)(p), (void)(n))
#define HEAP_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define GRAIN 16 /* small classes' spacing, and every block's alignment (Lua needs 8) */
#define SMALL_CLASSES (HEAP_SMALL / GRAIN)
/* Above HEAP_SMALL, classes double up to HEAP_LARGE: Lua sizes its tables' parts in powers of
 * two, so these fit them exactly. */
#define LARGE_CLASSES 17
#define CLASSES (SMALL_CLASSES + LARGE_CLASSES)
#define HEAP_TRIM ((size_t)1 << 20) /* heap_trim gives back free blocks from this size up */

typedef struct Free {
    struct Free *next;
} Free;

struct Heap {
    char *base, *top, *end; /* the region: [base, top) handed out, [top, end) not yet */
    size_t reserve;
    Free *free[CLASSES]; /* freed blocks, by class */
};

Heap *heap_open(size_t reserve)
{
    Heap *heap = calloc(1, sizeof *heap);
    if (!heap) return NULL;
    heap->reserve = reserve;
    heap->base = heap->top = heap->end = vmem_reserve(reserve);
    if (heap->base) heap->end = heap->base + reserve;
    return heap; /* without a region, every block is malloc's */
}

void heap_close(Heap *heap)
{
    if (!heap) return;
    HEAP_UNPOISON(heap->base, heap->top - heap->base); /* the sanitizer forgets the region */
    vmem_free(heap->base, heap->reserve);
    free(heap);
}

static int class_of(size_t n)
{
    if (n <= HEAP_SMALL) return (int)((n - 1) / GRAIN);
    int c = SMALL_CLASSES;
    for (size_t size = 2 * HEAP_SMALL; size < n; size *= 2)
        c++;
    return c;
}

static size_t class_size(int c)
{
    return c < SMALL_CLASSES ? (size_t)(c + 1) * GRAIN
                             : (size_t)HEAP_SMALL << (c - SMALL_CLASSES + 1);
}

static int in_region(const Heap *heap, const void *p)
{
    return (uintptr_t)p - (uintptr_t)heap->base < (uintptr_t)(heap->top - heap->base);
}

static void *block_take(Heap *heap, size_t n)
{
    if (n > HEAP_LARGE) return malloc(n);
    int c = class_of(n);
    size_t size = class_size(c);
    Free *f = heap->free[c];
    if (f) {
        HEAP_UNPOISON(f, size);
        heap->free[c] = f->next;
        return f;
    }
    if ((size_t)(heap->end - heap->top) < size) return malloc(n);
    void *p = heap->top;
    heap->top += size;
    HEAP_UNPOISON(p, size);
    return p;
}

/* A block of the region goes to the list of the class its size `n` names: the class it was
 * taken from, or a smaller one when a shrink kept it (heap_realloc), where it is as good. */
static void block_give(Heap *heap, void *p, size_t n)
{
    if (!in_region(heap, p)) {
        free(p);
        return;
    }
    int c = class_of(n);
    Free *f = p;
    f->next = heap->free[c];
    heap->free[c] = f;
    HEAP_POISON((char *)p + sizeof *f, class_size(c) - sizeof *f);
}

void heap_trim(Heap *heap)
{
    for (int c = class_of(HEAP_TRIM); heap && c < CLASSES; c++)
        for (Free *f = heap->free[c]; f; f = f->next) /* all but the page with the link */
            vmem_release(f + 1, class_size(c) - sizeof *f);
}

void *heap_realloc(Heap *heap, void *ptr, size_t osize, size_t nsize)
{
    if (!ptr) return nsize ? block_take(heap, nsize) : NULL;
    if (nsize == 0) {
        block_give(heap, ptr, osize);
        return NULL;
    }
    if (!in_region(heap, ptr)) {
        void *q = realloc(ptr, nsize);
        return q || nsize > osize ? q : ptr; /* a shrink that fails keeps the block */
    }
    if (nsize <= HEAP_LARGE && class_of(nsize) == class_of(osize)) return ptr;
    void *q = block_take(heap, nsize);
    if (!q) return nsize < osize ? ptr : NULL;
    memcpy(q, ptr, osize < nsize ? osize : nsize);
    block_give(heap, ptr, osize);
    return q;
}
