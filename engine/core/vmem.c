/* vmem: arrays grown by mapping and remapping anonymous pages (vmem.h). */
#define _GNU_SOURCE /* mremap */
#include "vmem.h"

#include <stdint.h>
#include <stdlib.h>
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

#define HUGE_PAGE ((size_t)2 << 20)

void *vmem_table(size_t bytes)
{
    size_t size = vmem_pages(bytes ? bytes : 1);
    /* 2 MB or more: in huge pages, for a table read and written at random places (a hash set
     * larger than the caches): a TLB miss per 2 MB rather than per 4 KB, which a virtual
     * machine pays twice. Filling the explorer's hash set of 1.2 M slots again took 17 ms
     * instead of 22. A fault per 2 MB is cheap: they are not made ahead (that took longer). */
    void *p = size >= HUGE_PAGE ? vmem_reserve(size) : NULL;
    if (p) return p;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS;
    p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED) p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *vmem_reserve(size_t bytes)
{
    size_t size = vmem_pages(bytes ? bytes : 1);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    /* From a 2 MB boundary when it is that large: a huge page covers only a whole aligned
     * 2 MB, so an unaligned start would leave up to 511 faults of 4 KB before the first. */
    size_t slack = size >= HUGE_PAGE ? HUGE_PAGE : 0;
    char *p = mmap(NULL, size + slack, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (slack) {
        size_t head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
        if (head) munmap(p, head);
        if (slack - head) munmap(p + head + size, slack - head);
        p += head;
    }
    madvise(p, size, MADV_HUGEPAGE); /* advice: without it, plain pages */
    return p;
}

void *vmem_malloc(size_t bytes)
{
    if (bytes < HUGE_PAGE) return malloc(bytes);
    size_t size = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void *p;
    if (posix_memalign(&p, HUGE_PAGE, size) != 0) return NULL;
    madvise(p, size, MADV_HUGEPAGE); /* advice: without it, plain pages */
    return p;
}

void vmem_release(void *p, size_t bytes)
{
    uintptr_t page = page_size(), lo = ((uintptr_t)p + page - 1) / page * page;
    uintptr_t hi = ((uintptr_t)p + bytes) / page * page;
    if (lo < hi) madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

void vmem_free(void *p, size_t bytes)
{
    if (p) munmap(p, vmem_pages(bytes));
}
