/* Guest memory management: arm64-only prot bits and flags are translated
 * here; mm/guest_mm.c does the rest (the VMA table, keeping ferry's memory
 * out of reach, dropping translations of code that went away).
 *
 * madvise and the other calls that act on a range without mapping it are
 * in mem_advice.c; they need no invalidation: after MADV_DONTNEED the guest
 * must write new code and issue IC IVAU before running it. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "loader/loader.h"
#include "mm/guest_mm.h"
#include "syscall-xlat/flags.h"

#define GUEST_MAP_TYPE 0x03
#define GUEST_MAP_SHARED_VALIDATE 0x03
#define GUEST_MAP_FIXED 0x10
#define GUEST_MAP_HUGETLB 0x40000
#define GUEST_MAP_HUGE_SIZE_FIELD (0x3fULL << 26)
#define GUEST_MREMAP_FIXED 2

/* What the VMA table records: read, write, execute as the guest asked. */
static uint32_t guest_prot_bits(uint64_t prot)
{
    return (uint32_t)(prot & (PROT_READ | PROT_WRITE | PROT_EXEC));
}

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

int64_t sys_mmap(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t flags = a[3];
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
    struct mm_request r = { .addr = a[0], .len = a[1], .guest_prot = guest_prot_bits(a[2]),
                            .host_prot = (int)prot, .host_flags = (int)hflags, .fd = (int)a[4],
                            .offset = a[5], .kind = VMA_ANON };
    return mm_map(&r);
}

int64_t sys_munmap(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return mm_unmap(a[0], a[1]);
}

int64_t sys_mprotect(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int64_t prot = host_prot((uint32_t)a[2], 1);
    if (prot < 0)
        return prot;
    return mm_protect(a[0], a[1], guest_prot_bits(a[2]), (int)prot);
}

/* MREMAP_* flags are the same generic values on both. */
int64_t sys_mremap(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return mm_remap(a[0], a[1], a[2], (int)a[3], a[4]);
}

int64_t sys_brk(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return (int64_t)guest_brk(a[0]);
}
