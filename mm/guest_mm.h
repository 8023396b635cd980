/* Changing the guest's address space: the mmap family as the guest sees it.
 *
 * Every function here keeps the VMA table (vma.h) true, drops translations
 * of code that went away or lost PROT_EXEC, and keeps ferry's own memory
 * out of the guest's reach: to the guest, ferry's pages are simply not
 * there.
 *  - munmap over them unmaps nothing of ferry's (unmapping a hole is no
 *    error on Linux either);
 *  - MAP_FIXED over them fails with ENOMEM, as the kernel fails a fixed
 *    mapping outside the usable address space, and leaves the guest's
 *    mappings in the range untouched;
 *  - mprotect over them fails with ENOMEM, as for unmapped pages;
 *  - mremap from them fails with EFAULT, into them (MREMAP_FIXED) with
 *    ENOMEM.
 * Results are addresses or negative errnos (guest and host errno numbers
 * agree). */
#ifndef FERRY_MM_GUEST_MM_H
#define FERRY_MM_GUEST_MM_H

#include <stdint.h>

#include "mm/vma.h"

/* The guest's view of a new mapping. */
struct mm_request {
    uint64_t addr, len;
    uint32_t guest_prot; /* recorded in the table */
    int host_prot;       /* what the host page gets (exec implies read) */
    int host_flags;      /* MAP_* for the host call */
    int fd;
    uint64_t offset;
    enum vma_kind kind;  /* VMA_ANON or VMA_FILE is worked out from fd when
                            kind is VMA_ANON; others are taken as given */
    const char *name;    /* for kinds other than VMA_FILE: an override */
};

int64_t mm_map(const struct mm_request *r);
int64_t mm_unmap(uint64_t addr, uint64_t len);
int64_t mm_protect(uint64_t addr, uint64_t len, uint32_t guest_prot, int host_prot);
int64_t mm_remap(uint64_t old_addr, uint64_t old_len, uint64_t new_len, int flags,
                 uint64_t new_addr);

/* System V shmat for the guest, whose arguments syscall-xlat/ipc.c has
 * checked as the kernel does: attach segment shmid (size bytes) with the
 * host's shmat and record it as VMA_SHM named `name`, inode shmid.  With
 * SHM_REMAP, the segment may replace guest mappings but never ferry's: a
 * range that touches ferry's memory fails with EINVAL, the kernel's answer
 * for a range shmat cannot use.  Without it the host kernel already
 * refuses any range in use.  Returns the address or a negative errno. */
int64_t mm_shmat(int shmid, uint64_t addr, int shmflg, uint64_t size, uint32_t guest_prot,
                 const char *name);

/* Record a mapping ferry made for the guest by other means (the loader's
 * segments, the stack, the vDSO, brk pages, shmat).  For VMA_FILE, fd
 * supplies name, device and inode. */
void mm_record(uint64_t lo, uint64_t hi, uint32_t guest_prot, uint32_t flags,
               enum vma_kind kind, int fd, uint64_t offset, const char *name);

#endif
