/* The guest's address space: one table of guest mappings (VMAs).
 *
 * Guest addresses are host addresses, so the host kernel's page tables hold
 * ferry's own memory (its image, heap, libraries, code cache, stacks) side
 * by side with the guest's.  This table says which pages are the guest's:
 * mmap, munmap, mprotect, mremap, brk, shmat, the loader and the vDSO
 * record every change here, and everything that asks "is this guest
 * memory, with what protection, from which file" asks here — the
 * translator before it reads guest code, guestmem.c before it copies
 * syscall arguments, /proc/self/maps, and the checks that keep the guest
 * from mapping over or unmapping ferry's memory (guest_mm.c).
 *
 * Entries are page aligned, sorted and disjoint; neighbours that the kernel
 * would merge are merged.  Protections are the guest's own (an exec-only
 * page is PROT_EXEC here, although the host page is also readable).
 * Thread-safe: readers share a lock, writers take it alone. */
#ifndef FERRY_MM_VMA_H
#define FERRY_MM_VMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VMA_PAGE 4096ULL

/* What /proc/self/maps calls the mapping, besides its file. */
enum vma_kind {
    VMA_ANON,  /* anonymous (private or shared) */
    VMA_FILE,  /* a file mapping: name, dev, ino, offset */
    VMA_HEAP,  /* the brk area: [heap] */
    VMA_STACK, /* the initial thread's stack: [stack] */
    VMA_VDSO,  /* [vdso] */
    VMA_SHM,   /* System V shared memory: /SYSV<key> (deleted) */
};

#define VMA_SHARED 1u /* MAP_SHARED: written pages go back to the object */

struct vma {
    uint64_t lo, hi;    /* [lo, hi) */
    uint32_t prot;      /* the guest's PROT_READ | PROT_WRITE | PROT_EXEC */
    uint32_t flags;     /* VMA_SHARED */
    enum vma_kind kind;
    uint64_t offset;    /* file offset of lo (VMA_FILE, VMA_SHM) */
    uint64_t dev, ino;  /* the file's st_dev (host encoding) and st_ino */
    const char *name;   /* the file as the guest names it; interned, never freed */
};

/* Bumped by every change; lets readers cache an answer (fetch.c). */
extern volatile uint64_t vma_generation;

/* Record v, replacing whatever the table held in [v->lo, v->hi). */
void vma_set(const struct vma *v);
/* Forget [lo, hi). */
void vma_clear(uint64_t lo, uint64_t hi);
/* Give every page of [lo, hi) protection prot.  False, changing nothing,
 * unless the whole range is guest memory. */
bool vma_protect(uint64_t lo, uint64_t hi, uint32_t prot);

/* The entry containing addr, copied to *out; false if none does. */
bool vma_find(uint64_t addr, struct vma *out);
/* Whether every byte of [lo, hi) is guest memory with at least the
 * protection bits `need` (0: merely mapped).  An empty range is. */
bool vma_check(uint64_t lo, uint64_t hi, uint32_t need);
/* The parts of [lo, hi) that are not guest memory, in address order, as
 * pairs out[2i], out[2i+1]; returns how many there are (at most max are
 * stored). */
size_t vma_gaps(uint64_t lo, uint64_t hi, uint64_t *out, size_t max);
/* A consistent copy of the table (malloc'd, caller frees); NULL and 0 if
 * out of memory. */
struct vma *vma_snapshot(size_t *n);

/* A stable copy of name for vma.name. */
const char *vma_intern(const char *name);

/* Around fork(): the table locked, so the child's copy is whole. */
void vma_fork_lock(void);
void vma_fork_unlock(bool child);

#endif
