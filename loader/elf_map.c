/* Placing PT_LOAD segments in memory, the way the kernel's binfmt_elf does.
 *
 * The whole image span is reserved first and the segments are then mapped
 * with MAP_FIXED inside the reservation.  MAP_FIXED alone would silently
 * replace whatever is already there, and "whatever" could be ferry's own
 * code, heap or libraries; reserving first turns a clash into an error. */
#include "loader/elf_internal.h"

#include "common/ferry.h"
#include "mm/guest_mm.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The guest's permissions as the VMA table records them. */
static uint32_t guest_prot(uint32_t flags)
{
    return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
           (flags & PF_X ? PROT_EXEC : 0);
}

/* The guest's permissions, plus read wherever it may execute: the
 * translator reads guest code as data.  syscall-xlat/mem.c applies the same
 * rule to guest mmap and mprotect. */
static int host_prot(uint32_t flags)
{
    int prot = PROT_NONE;
    if (flags & (PF_R | PF_X))
        prot |= PROT_READ;
    if (flags & PF_W)
        prot |= PROT_WRITE;
    if (flags & PF_X)
        prot |= PROT_EXEC;
    return prot;
}

/* A fixed-address image has no bias. */
static bool reserve_fixed(const char *path, const struct load_span *s, struct load_error *err)
{
    size_t len = s->hi - s->lo;
    void *want = (void *)(uintptr_t)s->lo;
    void *p = mmap(want, len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
                       MAP_FIXED_NOREPLACE, -1, 0);

    /* Kernels before 4.17 treat MAP_FIXED_NOREPLACE as a mere hint. */
    if (p != MAP_FAILED && p != want) {
        munmap(p, len);
        p = MAP_FAILED;
        errno = EEXIST;
    }
    if (p == MAP_FAILED) {
        if (errno == EEXIST)
            return load_fail(err, ENOMEM, "%s: cannot load at %#llx-%#llx: the range is "
                             "already in use", path,
                             (unsigned long long)s->lo, (unsigned long long)s->hi);
        return load_fail(err, ENOMEM, "%s: cannot reserve %#llx-%#llx: %s", path,
                         (unsigned long long)s->lo, (unsigned long long)s->hi,
                         strerror(errno));
    }
    return true;
}

/* Returns the load bias: where the kernel placed the span, minus where the
 * file says it starts; hint 0 lets the kernel choose, as it does for an
 * interpreter. */
static bool reserve_anywhere(const char *path, const struct load_span *s, uint64_t hint,
                             uint64_t *bias, struct load_error *err)
{
    size_t len = s->hi - s->lo;
    /* Over-allocate so an aligned start exists inside, then trim. */
    size_t slack = s->align - GUEST_PAGE;
    if (len > SIZE_MAX - slack)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: image too large", path);

    void *p = mmap((void *)(uintptr_t)hint, len + slack, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return load_fail(err, ENOMEM, "%s: cannot reserve %#zx bytes for the image: %s",
                         path, len, strerror(errno));

    uint64_t raw = (uintptr_t)p;
    uint64_t base = (raw + s->align - 1) & ~(s->align - 1);
    if (base > raw)
        munmap(p, base - raw);
    if (raw + slack > base)
        munmap((void *)(uintptr_t)(base + len), raw + slack - base);
    *bias = base - s->lo;
    return true;
}

static bool map_at(const char *path, size_t idx, uint64_t addr, uint64_t len, int prot,
                   int flags, int fd, off_t off, struct load_error *err)
{
    void *want = (void *)(uintptr_t)addr;
    if (mmap(want, len, prot, flags | MAP_PRIVATE | MAP_FIXED, fd, off) == MAP_FAILED)
        return load_fail(err, errno == ENOMEM ? ENOMEM : EIO,
                         "%s: cannot map segment %zu at %#llx: %s", path, idx,
                         (unsigned long long)addr, strerror(errno));
    return true;
}

static bool map_segment(const struct elf_file *f, size_t idx, uint64_t bias,
                        struct load_error *err)
{
    const GElf_Phdr *p = &f->ph[idx];
    uint64_t vaddr = p->p_vaddr + bias;
    uint64_t start = page_down(vaddr);
    uint64_t file_end = vaddr + p->p_filesz;
    uint64_t mem_end = vaddr + p->p_memsz;
    int prot = host_prot(p->p_flags);
    uint32_t gprot = guest_prot(p->p_flags);
    off_t off = (off_t)(p->p_offset - (vaddr - start));

    if (p->p_filesz) {
        if (!map_at(f->path, idx, start, page_up(file_end) - start, prot, 0, f->fd, off, err))
            return false;
        mm_record(start, page_up(file_end), gprot, 0, VMA_FILE, f->fd, (uint64_t)off, NULL);
    }
    if (p->p_memsz <= p->p_filesz)
        return true;

    /* The last file page holds whatever follows the segment in the file
     * (often section headers or the next segment's bytes); .bss must read
     * as zero from its first byte. */
    uint64_t tail_end = page_up(file_end);
    if (p->p_filesz && file_end < tail_end) {
        void *page = (void *)(uintptr_t)page_down(file_end);
        bool ro = (prot & (PROT_READ | PROT_WRITE)) != (PROT_READ | PROT_WRITE);
        if (ro && mprotect(page, GUEST_PAGE, PROT_READ | PROT_WRITE) != 0)
            return load_fail(err, ENOMEM, "%s: cannot clear the end of segment %zu: %s",
                             f->path, idx, strerror(errno));
        memset((void *)(uintptr_t)file_end, 0, tail_end - file_end);
        if (ro)
            mprotect(page, GUEST_PAGE, prot);
    }

    uint64_t anon = p->p_filesz ? tail_end : start;
    if (page_up(mem_end) > anon) {
        if (!map_at(f->path, idx, anon, page_up(mem_end) - anon, prot, MAP_ANONYMOUS, -1, 0,
                    err))
            return false;
        mm_record(anon, page_up(mem_end), gprot, 0, VMA_ANON, -1, 0, NULL);
    }
    return true;
}

struct range {
    uint64_t lo, hi;
};

static int by_start(const void *a, const void *b)
{
    const struct range *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* The kernel leaves the gaps between segments unmapped; so do we, so that
 * the guest sees the same address space and may map into the gaps. */
static void release_gaps(const GElf_Phdr *ph, size_t phnum, uint64_t bias,
                         const struct load_span *s)
{
    struct range *r = calloc(phnum, sizeof *r);
    size_t n = 0;
    if (!r)
        return; /* harmless: the gaps stay reserved as PROT_NONE */

    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
            continue;
        r[n].lo = page_down(ph[i].p_vaddr);
        r[n].hi = page_up(ph[i].p_vaddr + ph[i].p_memsz);
        n++;
    }
    qsort(r, n, sizeof *r, by_start);

    uint64_t covered = s->lo;
    for (size_t i = 0; i < n; i++) {
        if (r[i].lo > covered)
            munmap((void *)(uintptr_t)(covered + bias), r[i].lo - covered);
        if (r[i].hi > covered)
            covered = r[i].hi;
    }
    free(r);
}

bool elf_map_segments(const struct elf_file *f, uint64_t base_hint, uint64_t *bias,
                      struct load_error *err)
{
    const struct load_span *span = &f->span;
    *bias = 0;
    bool ok = f->eh.e_type == ET_DYN ? reserve_anywhere(f->path, span, base_hint, bias, err)
                                     : reserve_fixed(f->path, span, err);
    if (!ok)
        return false;
    for (size_t i = 0; i < f->phnum; i++)
        if (f->ph[i].p_type == PT_LOAD && f->ph[i].p_memsz && !map_segment(f, i, *bias, err)) {
            /* Leave nothing behind: the caller (execve) goes on running. */
            munmap((void *)(uintptr_t)(span->lo + *bias), span->hi - span->lo);
            vma_clear(span->lo + *bias, span->hi + *bias);
            return false;
        }
    release_gaps(f->ph, f->phnum, *bias, span);
    return true;
}
