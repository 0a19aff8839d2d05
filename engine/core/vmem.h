/* vmem: big arrays in pages of their own. The explorer's (millions of states) grow in place by
 * remapping pages.
 * Room beyond what is used is address space only: a page costs memory when first written, so
 * a store grown by doubling holds no unused memory, and growing copies nothing. Linux only
 * (mremap), as the engine is. */
#ifndef RAPPORT_VMEM_H
#define RAPPORT_VMEM_H
#include <stddef.h>

/* p (NULL, or an earlier result whose size was `bytes`) with room for at least `want` bytes,
 * zeroed beyond what p held; p itself when it already has the room. NULL when out of memory,
 * p then left as it was. */
void *vmem_grow(void *p, size_t bytes, size_t want);
/* A zeroed table of `bytes` for tables written all over from the start (hash sets, memo
 * tables): under 2 MB its pages are all made at once, one call instead of a fault per page on
 * first use (two where the first touch reads); from 2 MB it is in huge pages (vmem_reserve),
 * a fault and a TLB entry per 2 MB. NULL when out of memory. */
void *vmem_table(size_t bytes);
/* Address space for up to `bytes`, written from the start as needed: no memory until a page is
 * first written, and advised for huge pages (a fault per 2 MB instead of per 4 KB where the
 * kernel allows). NULL when the space cannot be had. */
void *vmem_reserve(size_t bytes);
/* malloc(bytes), but a buffer of 2 MB or more starts on a 2 MB boundary, fills whole 2 MB
 * pages and is advised for huge pages: a fault per 2 MB instead of per 4 KB as it is first
 * written (the text of a 20,000-node file: 3 instead of 1,400). free() gives it back. */
void *vmem_malloc(size_t bytes);
/* Gives the whole pages inside [p, p + bytes) back to the kernel (any memory, without unmapping
 * it): they cost nothing until written again, and read as zeros. */
void vmem_release(void *p, size_t bytes);
/* Gives back what vmem_grow, vmem_table or vmem_reserve returned for `bytes`. */
void vmem_free(void *p, size_t bytes);
/* The memory `used` bytes at the start of such an array take: whole pages. */
size_t vmem_pages(size_t used);

#endif
