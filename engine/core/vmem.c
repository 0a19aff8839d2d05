/* vmem: arrays grown by mapping and remapping anonymous pages (vmem.h). */
#define _GNU_SOURCE /* mremap */
#include "vmem.h"

#include <sys/mman.h>
#include <unistd.h>

static size_t page_size(void)
{
    static size_t size;
    if (!size) {
        long n = sysconf(_SC_PAGESIZE);
        size = n > 0 ? (size_t)n : 4096;
    }
    return size;
}

size_t vmem_pages(size_t used)
{
    size_t page = page_size();
    return (used + page - 1) / page * page;
}

void *vmem_grow(void *p, size_t bytes, size_t want)
{
    size_t have = p ? vmem_pages(bytes) : 0, need = vmem_pages(want ? want : 1);
    if (need <= have) return p;
    void *q = p ? mremap(p, have, need, MREMAP_MAYMOVE)
                : mmap(NULL, need, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return q == MAP_FAILED ? NULL : q;
}

void *vmem_table(size_t bytes)
{
    size_t size = vmem_pages(bytes ? bytes : 1);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS;
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED) p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *vmem_reserve(size_t bytes)
{
    size_t size = vmem_pages(bytes ? bytes : 1);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (p == MAP_FAILED) return NULL;
    madvise(p, size, MADV_HUGEPAGE); /* advice: without it, plain pages */
    return p;
}

void vmem_free(void *p, size_t bytes)
{
    if (p) munmap(p, vmem_pages(bytes));
}
