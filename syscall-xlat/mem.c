/* Guest memory management.  Guest addresses are host addresses, so these
 * are host calls with arm64-only prot bits filtered, plus dropping
 * translations of code whose memory went away or changed protection.
 *
 * madvise passes through (syscall_table.h) without invalidating: after MADV_DONTNEED the guest
 * must write new code and issue IC IVAU before running it, which the
 * translator handles. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "loader/loader.h"
#include "dbt/dbt.h"
#include "syscall-xlat/flags.h"

#define GUEST_MAP_TYPE 0x03
#define GUEST_MAP_SHARED_VALIDATE 0x03
#define GUEST_MAP_FIXED 0x10
#define GUEST_MAP_HUGETLB 0x40000
#define GUEST_MAP_HUGE_SIZE_FIELD (0x3fULL << 26)
#define GUEST_MREMAP_FIXED 2

/* Guest prot -> host prot, or -EINVAL.  BTI guards need no emulation: the
 * translator does not check landing pads.  MTE needs tagged memory, which
 * ferry does not offer (HWCAP2_MTE is not advertised).  The translator reads
 * guest code as data, so executable means readable.  Unknown bits are an
 * error for mprotect but ignored by mmap, as on arm64. */
static int64_t host_prot(uint64_t prot, int strict)
{
    if (prot & GUEST_PROT_MTE)
        return -EINVAL;
    uint64_t unknown;
    uint64_t h = flags_guest_to_host(mmap_prot, prot, &unknown);
    if (unknown && strict)
        return -EINVAL;
    if (h & PROT_EXEC)
        h |= PROT_READ;
    return (int64_t)h;
}

static void invalidate(struct cpu_state *cpu, uint64_t addr, uint64_t len)
{
    dbt_invalidate_range(cpu, addr, addr + guest_page_align(len));
}

int64_t sys_mmap(struct cpu_state *cpu, const uint64_t a[6])
{
    uint64_t addr = a[0], len = a[1], flags = a[3];
    int64_t prot = host_prot((uint32_t)a[2], 0);
    if (prot < 0)
        return prot;
    uint64_t unknown;
    uint64_t hflags = flags_guest_to_host(mmap_flags, (uint32_t)flags, &unknown);
    if (flags & GUEST_MAP_HUGETLB) {
        hflags |= flags & GUEST_MAP_HUGE_SIZE_FIELD;
        unknown &= ~GUEST_MAP_HUGE_SIZE_FIELD;
    }
    /* Unknown bits are ignored except by MAP_SHARED_VALIDATE, as on arm64;
     * they must not reach the host, where 0x40 is MAP_32BIT. */
    if (unknown && (flags & GUEST_MAP_TYPE) == GUEST_MAP_SHARED_VALIDATE)
        return -EOPNOTSUPP;
    int64_t r = host_result(syscall(SYS_mmap, addr, len, prot, hflags, (int)a[4], a[5]));
    if (r >= 0 && (flags & GUEST_MAP_FIXED))
        invalidate(cpu, (uint64_t)r, len);
    return r;
}

int64_t sys_munmap(struct cpu_state *cpu, const uint64_t a[6])
{
    int64_t r = host_result(syscall(SYS_munmap, a[0], a[1]));
    if (r == 0)
        invalidate(cpu, a[0], a[1]);
    return r;
}

int64_t sys_mprotect(struct cpu_state *cpu, const uint64_t a[6])
{
    int64_t prot = host_prot((uint32_t)a[2], 1);
    if (prot < 0)
        return prot;
    int64_t r = host_result(syscall(SYS_mprotect, a[0], a[1], prot));
    if (r == 0)
        invalidate(cpu, a[0], a[1]);
    return r;
}

/* MREMAP_* flags are the same generic values on both. */
int64_t sys_mremap(struct cpu_state *cpu, const uint64_t a[6])
{
    uint64_t old_addr = a[0], old_size = a[1], new_size = a[2], flags = a[3];
    int64_t r = host_result(syscall(SYS_mremap, old_addr, old_size, new_size, flags, a[4]));
    if (r < 0)
        return r;
    invalidate(cpu, old_addr, old_size);
    if (flags & GUEST_MREMAP_FIXED)
        invalidate(cpu, (uint64_t)r, new_size);
    return r;
}

int64_t sys_brk(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return (int64_t)guest_brk(a[0]);
}
