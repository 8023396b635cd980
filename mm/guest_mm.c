/* The mmap family for the guest (see guest_mm.h for the rules).
 *
 * The one hard part is MAP_FIXED.  The guest may name any address, and a
 * plain host MAP_FIXED there would silently replace whatever is mapped,
 * which could be ferry's own code, heap or libraries.  So the parts of the
 * range that are not guest memory are first claimed with
 * MAP_FIXED_NOREPLACE placeholders: if one fails, something of ferry's is
 * there and the call fails before anything changed; if all succeed, the
 * range holds only guest pages and placeholders, and the real MAP_FIXED
 * replaces exactly those. */
#include "mm/guest_mm.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "common/sysroot.h"
#include "dbt/dbt.h"

/* Highest address + 1 the host can give the guest (47-bit user space). */
#define ADDR_END 0x800000000000ULL
/* The arm64 kernel's TASK_SIZE with 48-bit virtual addresses. */
#define GUEST_TASK_SIZE 0x1000000000000ULL
#define MAX_PIECES 64

static uint64_t page_up(uint64_t a)
{
    return (a + VMA_PAGE - 1) & ~(VMA_PAGE - 1);
}

/* Raw calls: the libc wrappers would do the same, but errno handling is
 * clearer with the kernel's own return convention. */
static int64_t host_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, uint64_t off)
{
    long r = syscall(SYS_mmap, addr, len, prot, flags, fd, off);
    return r == -1 ? -errno : r;
}

static void host_munmap(uint64_t addr, uint64_t len)
{
    syscall(SYS_munmap, addr, len);
}

/* [lo, hi) must become guest memory: claim its gaps, or fail with ENOMEM
 * and claim nothing. */
static int claim_gaps(uint64_t lo, uint64_t hi, uint64_t *gaps, size_t *n_gaps)
{
    size_t n = vma_gaps(lo, hi, gaps, MAX_PIECES);
    if (n > MAX_PIECES)
        return -ENOMEM; /* absurdly fragmented: refuse rather than guess */
    for (size_t i = 0; i < n; i++) {
        uint64_t a = gaps[2 * i], len = gaps[2 * i + 1] - a;
        int64_t r = host_mmap(a, len, PROT_NONE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
        if (r >= 0 && (uint64_t)r != a) { /* pre-4.17 kernel: a hint only */
            host_munmap((uint64_t)r, len);
            r = -EEXIST;
        }
        if (r < 0) {
            while (i--)
                host_munmap(gaps[2 * i], gaps[2 * i + 1] - gaps[2 * i]);
            return -ENOMEM;
        }
    }
    *n_gaps = n;
    return 0;
}

static void release_gaps(const uint64_t *gaps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        host_munmap(gaps[2 * i], gaps[2 * i + 1] - gaps[2 * i]);
}

/* Name, device and inode of the file behind fd, as the guest sees them. */
static void describe_fd(int fd, struct vma *v)
{
    struct stat st;
    if (fstat(fd, &st) == 0) {
        v->dev = st.st_dev;
        v->ino = st.st_ino;
    }
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, target, sizeof target - 1);
    if (len > 0) {
        target[len] = '\0';
        v->name = vma_intern(sysroot_guest_name(target));
    }
}

void mm_record(uint64_t lo, uint64_t hi, uint32_t guest_prot, uint32_t flags,
               enum vma_kind kind, int fd, uint64_t offset, const char *name)
{
    struct vma v = { .lo = lo & ~(VMA_PAGE - 1), .hi = page_up(hi), .prot = guest_prot,
                     .flags = flags, .kind = kind, .offset = offset };
    if (kind == VMA_FILE && fd >= 0)
        describe_fd(fd, &v);
    else
        v.name = vma_intern(name);
    vma_set(&v);
}

int64_t mm_map(const struct mm_request *r)
{
    uint64_t len = page_up(r->len);
    if (r->len == 0 || len < r->len)
        return r->len ? -ENOMEM : -EINVAL;
    bool fixed = (r->host_flags & MAP_FIXED) && !(r->host_flags & MAP_FIXED_NOREPLACE);
    uint64_t gaps[2 * MAX_PIECES];
    size_t n_gaps = 0;
    if (fixed) {
        if (r->addr & (VMA_PAGE - 1))
            return -EINVAL;
        if (r->addr >= ADDR_END || len > ADDR_END - r->addr)
            return -ENOMEM;
        int err = claim_gaps(r->addr, r->addr + len, gaps, &n_gaps);
        if (err)
            return err;
    }
    int64_t a = host_mmap(r->addr, r->len, r->host_prot, r->host_flags, r->fd, r->offset);
    if (a < 0) {
        /* A failed MAP_FIXED leaves the old mapping (the kernel checks
         * before it unmaps), so only the placeholders must go. */
        release_gaps(gaps, n_gaps);
        return a;
    }
    bool anon = (r->host_flags & MAP_ANONYMOUS) || r->fd < 0;
    enum vma_kind kind = r->kind != VMA_ANON ? r->kind : anon ? VMA_ANON : VMA_FILE;
    uint32_t flags = (r->host_flags & MAP_TYPE) == MAP_PRIVATE ? 0 : VMA_SHARED;
    mm_record((uint64_t)a, (uint64_t)a + len, r->guest_prot, flags, kind, anon ? -1 : r->fd,
              anon ? 0 : r->offset, r->name);
    if (fixed)
        dbt_invalidate_range((uint64_t)a, (uint64_t)a + len); /* code replaced */
    return a;
}

int64_t mm_shmat(int shmid, uint64_t addr, int shmflg, uint64_t size, uint32_t guest_prot,
                 const char *name)
{
    uint64_t lo = addr & ~(VMA_PAGE - 1); /* SHM_RND; SHMLBA is a page on both */
    uint64_t len = page_up(size);
    uint64_t gaps[2 * MAX_PIECES];
    size_t n_gaps = 0;
    bool remap = addr && (shmflg & SHM_REMAP);
    /* Out of the host's range the host call itself fails (ENOMEM). */
    if (remap && len && lo < ADDR_END && len <= ADDR_END - lo &&
        claim_gaps(lo, lo + len, gaps, &n_gaps))
        return -EINVAL;
    long r = syscall(SYS_shmat, shmid, addr, shmflg);
    if (r == -1) {
        int err = errno;
        release_gaps(gaps, n_gaps);
        return -err;
    }
    struct vma v = { .lo = (uint64_t)r, .hi = (uint64_t)r + len, .prot = guest_prot,
                     .flags = VMA_SHARED, .kind = VMA_SHM, .ino = (uint64_t)shmid,
                     .name = vma_intern(name) };
    vma_set(&v);
    if (remap)
        dbt_invalidate_range(v.lo, v.hi); /* code replaced */
    return r;
}

/* Calls f on each maximal run of guest memory inside [lo, hi). */
static void for_each_guest_run(uint64_t lo, uint64_t hi, void (*f)(uint64_t, uint64_t))
{
    uint64_t gaps[2 * MAX_PIECES];
    size_t n = vma_gaps(lo, hi, gaps, MAX_PIECES);
    if (n > MAX_PIECES) { /* walk entry by entry instead */
        uint64_t at = lo;
        struct vma v;
        while (at < hi) {
            if (vma_find(at, &v)) {
                uint64_t end = v.hi < hi ? v.hi : hi;
                f(at, end);
                at = end;
            } else {
                at += VMA_PAGE;
            }
        }
        return;
    }
    uint64_t at = lo;
    for (size_t i = 0; i <= n; i++) {
        uint64_t end = i < n ? gaps[2 * i] : hi;
        if (end > at)
            f(at, end);
        if (i < n)
            at = gaps[2 * i + 1];
    }
}

static void unmap_run(uint64_t lo, uint64_t hi)
{
    host_munmap(lo, hi - lo);
}

int64_t mm_unmap(uint64_t addr, uint64_t len)
{
    uint64_t plen = page_up(len);
    /* The arm64 kernel's bounds: a 48-bit address space. */
    if ((addr & (VMA_PAGE - 1)) || len == 0 || plen < len || plen > GUEST_TASK_SIZE ||
        addr > GUEST_TASK_SIZE - plen)
        return -EINVAL;
    uint64_t hi = addr + plen < ADDR_END ? addr + plen : ADDR_END;
    if (addr >= hi)
        return 0;
    /* Only the guest's pages go; ferry's are a hole as far as the guest
     * knows, and unmapping a hole succeeds. */
    for_each_guest_run(addr, hi, unmap_run);
    vma_clear(addr, hi);
    dbt_invalidate_range(addr, hi);
    return 0;
}

int64_t mm_protect(uint64_t addr, uint64_t len, uint32_t guest_prot, int host_prot)
{
    uint64_t plen = page_up(len);
    if ((addr & (VMA_PAGE - 1)) || plen < len)
        return -EINVAL;
    if (len == 0)
        return 0;
    if (!vma_check(addr, addr + plen, 0))
        return -ENOMEM;
    long r = syscall(SYS_mprotect, addr, plen, host_prot);
    if (r != 0)
        return -errno;
    vma_protect(addr, addr + plen, guest_prot);
    if (!(guest_prot & PROT_EXEC))
        dbt_invalidate_range(addr, addr + plen);
    return 0;
}

int64_t mm_remap(uint64_t old_addr, uint64_t old_len, uint64_t new_len, int flags, uint64_t new_addr)
{
    uint64_t old_plen = page_up(old_len), new_plen = page_up(new_len);
    if ((old_addr & (VMA_PAGE - 1)) || old_plen < old_len || new_plen < new_len || new_len == 0)
        return -EINVAL;
    struct vma first;
    if (old_len == 0) {
        /* Duplicating a shared mapping: the source must be guest memory. */
        if (!vma_find(old_addr, &first))
            return -EFAULT;
    } else if (!vma_check(old_addr, old_addr + old_plen, 0)) {
        return -EFAULT;
    } else {
        vma_find(old_addr, &first);
    }
    uint64_t gaps[2 * MAX_PIECES];
    size_t n_gaps = 0;
    if (flags & MREMAP_FIXED) {
        if (new_addr & (VMA_PAGE - 1))
            return -EINVAL;
        if (new_addr >= ADDR_END || new_plen > ADDR_END - new_addr)
            return -ENOMEM;
        int err = claim_gaps(new_addr, new_addr + new_plen, gaps, &n_gaps);
        if (err)
            return err;
    }
    long r = syscall(SYS_mremap, old_addr, old_len, new_len, flags, new_addr);
    if (r == -1) {
        int err = errno;
        release_gaps(gaps, n_gaps);
        return -err;
    }
    uint64_t to = (uint64_t)r;

    /* Move the entries of the old range to the new place, trimmed or
     * grown (growth continues the last entry, as the kernel grows it). */
    size_t n_all;
    struct vma *all = vma_snapshot(&n_all);
    if (flags & MREMAP_FIXED)
        vma_clear(to, to + new_plen);
    bool keep_old = old_len == 0 || (flags & MREMAP_DONTUNMAP);
    if (!keep_old)
        vma_clear(old_addr, old_addr + old_plen);
    uint64_t span = old_len == 0 ? new_plen : old_plen;
    struct vma last = first;
    last.hi = old_addr; /* empty until an entry is seen */
    for (size_t i = 0; all && i < n_all; i++) {
        struct vma v = all[i];
        if (v.hi <= old_addr || v.lo >= old_addr + span)
            continue;
        if (v.lo < old_addr) {
            if (v.kind == VMA_FILE || v.kind == VMA_SHM)
                v.offset += old_addr - v.lo;
            v.lo = old_addr;
        }
        if (v.hi > old_addr + span)
            v.hi = old_addr + span;
        last = v;
        v.lo = v.lo - old_addr + to;
        v.hi = v.hi - old_addr + to;
        if (v.lo >= to + new_plen)
            continue;
        if (v.hi > to + new_plen)
            v.hi = to + new_plen;
        vma_set(&v);
    }
    if (new_plen > old_plen && old_len) {
        struct vma grow = last;
        uint64_t was_end = to + old_plen;
        if (grow.kind == VMA_FILE || grow.kind == VMA_SHM)
            grow.offset += was_end - (last.lo - old_addr + to);
        grow.lo = was_end;
        grow.hi = to + new_plen;
        vma_set(&grow);
    }
    free(all);
    if (flags & MREMAP_DONTUNMAP) {
        /* The old range stays mapped, now empty private anonymous memory. */
        struct vma anon = { .lo = old_addr, .hi = old_addr + old_plen, .prot = first.prot,
                            .kind = VMA_ANON };
        vma_set(&anon);
    }
    if (!keep_old || to != old_addr)
        dbt_invalidate_range(old_addr, old_addr + old_plen);
    if (flags & MREMAP_FIXED)
        dbt_invalidate_range(to, to + new_plen);
    return r;
}
