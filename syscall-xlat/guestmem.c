/* Guest memory access from C with the kernel's EFAULT semantics.
 *
 * Guest pointers are host pointers, but a plain memcpy through a bad guest
 * pointer would crash ferry where the real kernel returns EFAULT, and a
 * pointer into ferry's own memory would let the guest read or overwrite
 * it.  So the VMA table (mm/vma.h) must show guest memory with the needed
 * protection — what the kernel's copy_{from,to}_user checks — and the copy
 * itself is guarded against what the table cannot know (a file mapping
 * past the end of its file raises SIGBUS).  No system call is involved, so
 * this also works where process_vm_readv is forbidden. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "dbt/runtime/host_fault.h"
#include "mm/vma.h"

/* Copy n bytes; returns how many were copied before a fault. */
static size_t copy(uint64_t dst, uint64_t src, size_t n, int to_guest)
{
    if (n == 0)
        return 0;
    uint64_t guest = to_guest ? dst : src;
    if (guest + n < guest || !vma_check(guest, guest + n, to_guest ? PROT_WRITE : PROT_READ))
        return 0;
    return host_fault_copy((void *)dst, (const void *)src, n) ? n : 0;
}

int guest_read(void *dst, uint64_t src, size_t n)
{
    return copy((uint64_t)dst, src, n, 0) == n ? 0 : -EFAULT;
}

int guest_write(uint64_t dst, const void *src, size_t n)
{
    return copy(dst, (uint64_t)src, n, 1) == n ? 0 : -EFAULT;
}

long guest_read_str(char *dst, size_t cap, uint64_t src)
{
    size_t done = 0;
    while (done < cap) {
        /* Stay within one page per step so a string that ends just before
         * an unmapped page is still read whole. */
        size_t chunk = GUEST_PAGE_SIZE - ((src + done) & (GUEST_PAGE_SIZE - 1));
        if (chunk > cap - done)
            chunk = cap - done;
        size_t got = copy((uint64_t)dst + done, src + done, chunk, 0);
        char *nul = memchr(dst + done, 0, got);
        if (nul)
            return nul - dst;
        done += got;
        if (got < chunk)
            return -EFAULT;
    }
    return -ENAMETOOLONG;
}

long guest_str_len(uint64_t src, size_t max)
{
    char page[GUEST_PAGE_SIZE];
    size_t done = 0;
    while (done < max) {
        size_t chunk = GUEST_PAGE_SIZE - ((src + done) & (GUEST_PAGE_SIZE - 1));
        size_t got = copy((uint64_t)(uintptr_t)page, src + done, chunk, 0);
        char *nul = memchr(page, 0, got);
        if (nul)
            return (long)(done + (size_t)(nul - page)) < (long)max ? (long)(done + (size_t)(nul - page)) : -E2BIG;
        done += got;
        if (got < chunk)
            return -EFAULT;
    }
    return -E2BIG;
}
