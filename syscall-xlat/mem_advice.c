/* Calls that act on a range of memory without mapping it: madvise, msync,
 * mincore, mlock, mlock2, munlock.
 *
 * Their flags, MADV_ advice and MS_/MCL_/MLOCK_ bits are the asm-generic
 * values on both kernels, but the range is the guest's word, and the
 * host process also holds ferry's own memory: a guest madvise(MADV_DONTNEED)
 * over ferry's heap would zero it.  So each call acts only on guest memory
 * (mm/vma.h), and where the range reaches pages that are not the guest's
 * the result is the kernel's for unmapped pages, ENOMEM.  The kernel still
 * applies madvise and msync to the mapped parts of such a range, and mlock
 * to the part before the first hole; so does this file.
 *
 * Code needs no attention here: after MADV_DONTNEED, MADV_FREE or
 * MADV_REMOVE a program must write new code and issue IC IVAU before
 * running it, and the translator acts on IC IVAU.
 *
 * A zero-length host call at the (aligned) start lets the host check
 * everything that comes before the range in the kernel's own order
 * (unknown advice or flags, a misaligned start, RLIMIT_MEMLOCK and
 * CAP_IPC_LOCK for mlock) without touching any page. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mm/vma.h"

#define MAX_GAPS 64

/* Call host syscall nr(lo, hi - lo, arg) on every run of guest memory in
 * [start, end), in address order; the first failure ends the walk.
 * Returns that failure, else -ENOMEM if some page of the range is not the
 * guest's, else 0. */
static int64_t each_guest_run(long nr, uint64_t start, uint64_t end, uint64_t arg)
{
    uint64_t gaps[2 * MAX_GAPS];
    size_t n = vma_gaps(start, end, gaps, MAX_GAPS);
    if (n > MAX_GAPS) {
        /* Too fragmented to list: act page by page. */
        int64_t err = 0;
        for (uint64_t p = start; p < end; p += GUEST_PAGE_SIZE) {
            if (!vma_check(p, p + GUEST_PAGE_SIZE, 0)) {
                err = -ENOMEM;
                continue;
            }
            long r = syscall(nr, p, GUEST_PAGE_SIZE, arg);
            if (r < 0)
                return host_result(r);
        }
        return err;
    }
    uint64_t at = start;
    for (size_t i = 0; i <= n; i++) {
        uint64_t run_end = i < n ? gaps[2 * i] : end;
        if (run_end > at) {
            long r = syscall(nr, at, run_end - at, arg);
            if (r < 0)
                return host_result(r);
        }
        if (i < n)
            at = gaps[2 * i + 1];
    }
    return n ? -ENOMEM : 0;
}

int64_t sys_madvise(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t start = a[0], len = a[1];
    int advice = (int)a[2];
    long r = syscall(SYS_madvise, start, 0, advice); /* advice, alignment */
    if (r < 0)
        return host_result(r);
    uint64_t plen = guest_page_align(len);
    if (len && !plen)
        return -EINVAL;
    if (start + plen < start)
        return -EINVAL;
    if (plen == 0)
        return 0;
    return each_guest_run(SYS_madvise, start, start + plen, (uint64_t)advice);
}

int64_t sys_msync(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t start = a[0], len = a[1];
    int flags = (int)a[2];
    long r = syscall(SYS_msync, start, 0, flags); /* flags, alignment */
    if (r < 0)
        return host_result(r);
    uint64_t plen = guest_page_align(len); /* a length that wraps to 0 syncs nothing */
    if (start + plen < start)
        return -ENOMEM;
    if (plen == 0)
        return 0;
    return each_guest_run(SYS_msync, start, start + plen, (uint64_t)flags);
}

/* The result vector gets one byte per page; the kernel reports a hole in
 * the range (ENOMEM) before a bad vector (EFAULT). */
int64_t sys_mincore(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t start = a[0], len = a[1], vec = a[2];
    if (start & (GUEST_PAGE_SIZE - 1))
        return -EINVAL;
    if (len == 0)
        return 0;
    uint64_t end = guest_page_align(start + len);
    if (start + len < start || end < start || !vma_check(start, end, 0))
        return -ENOMEM;
    uint64_t pages = (end - start) / GUEST_PAGE_SIZE;
    if (vec + pages < vec || !vma_check(vec, vec + pages, PROT_WRITE))
        return -EFAULT;
    return host_result(syscall(SYS_mincore, start, len, vec));
}

/* mlock and friends round the start down, the length up, and lock from
 * the start up to the first hole, which makes the call fail with ENOMEM. */
static int64_t lock_range(long nr, uint64_t start, uint64_t len, uint64_t flags, int with_flags)
{
    uint64_t lo = start & ~(GUEST_PAGE_SIZE - 1);
    long r = with_flags ? syscall(nr, lo, 0, flags) : syscall(nr, lo, 0);
    if (r < 0) /* EPERM without the right to lock; EINVAL for unknown mlock2 flags */
        return host_result(r);
    uint64_t plen = guest_page_align(len + (start & (GUEST_PAGE_SIZE - 1)));
    if (lo + plen < lo)
        return -EINVAL;
    if (plen == 0)
        return 0;
    uint64_t hi = lo + plen, gap[2];
    size_t n = vma_gaps(lo, hi, gap, 1);
    uint64_t stop = n ? gap[0] : hi;
    if (stop > lo) {
        r = with_flags ? syscall(nr, lo, stop - lo, flags) : syscall(nr, lo, stop - lo);
        if (r < 0)
            return host_result(r);
    }
    return n ? -ENOMEM : 0;
}

int64_t sys_mlock(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return lock_range(SYS_mlock, a[0], a[1], 0, 0);
}

int64_t sys_mlock2(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return lock_range(SYS_mlock2, a[0], a[1], (unsigned)a[2], 1);
}

int64_t sys_munlock(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return lock_range(SYS_munlock, a[0], a[1], 0, 0);
}
