/* heap: the memory of one Lua state. Lua makes and frees small blocks by the million (strings,
 * tables, closures; loading a 20,000-node client asks for about 90 MB), and through glibc's
 * malloc each one costs a search of its bins, and each new 4 KB page a fault. Here blocks up to
 * HEAP_LARGE come from size classes carved from one reserved region advised for huge pages
 * (one fault per 2 MB where the kernel has them), and a freed block goes back to its class's
 * list, keeping its pages, so a state holds the most it ever held (at most twice its memory
 * limit) until heap_trim or heap_close. Larger blocks, and any once the region is full, are
 * malloc's. One thread at a time uses a Heap, as one does a Lua state. */
#ifndef RAPPORT_HEAP_H
#define RAPPORT_HEAP_H
#include <stddef.h>

#define HEAP_SMALL 512 /* the largest block of the finely spaced classes */
/* The largest block of all (64 MB). Lua's parser grows its arrays for a 20,000-node file to
 * several MB; from malloc each new one took a fault per 4 KB page, 1,700 of the load's 5,100. */
#define HEAP_LARGE (512 << 17)

typedef struct Heap Heap;

/* A heap whose region may hold up to `reserve` bytes of small blocks (address space, not
 * memory, until written). NULL when out of memory. */
Heap *heap_open(size_t reserve);
/* Lua's allocator contract (lua_Alloc without ud): a block of nsize bytes holding the first
 * min(osize, nsize) of ptr's (ptr NULL: a new block), or NULL when out of memory, ptr then
 * untouched; nsize 0 frees ptr and returns NULL. Shrinking never fails. */
void *heap_realloc(Heap *heap, void *ptr, size_t osize, size_t nsize);
/* Gives the pages of free blocks of 1 MB and more back to the kernel, to be made again (zeroed)
 * if a block is taken again: once a file is loaded, the parser's arrays are garbage that would
 * stay in memory as long as the state (8 MB for a 20,000-node file). Free blocks otherwise
 * keep their pages, so that taking one again costs no fault. */
void heap_trim(Heap *heap);
/* Gives back the region; every block from it must be dead (the Lua state closed). */
void heap_close(Heap *heap);

#endif
