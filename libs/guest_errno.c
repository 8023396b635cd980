/* errno across the bridge (see guest_errno.h). */
#include "libs/guest_errno.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "abi/callback.h"
#include "dbt/runtime/host_fault.h"
#include "libs/mapped_elf.h"
#include "mm/vma.h"

/* The guest's __errno_location: found once per process (a fork keeps it;
 * an exec starts a new ferry). */
static pthread_once_t found_once = PTHREAD_ONCE_INIT;
static uint64_t errno_location;

static void find_errno_location(void)
{
    size_t n = 0;
    struct vma *all = vma_snapshot(&n);
    const char *last = NULL;
    for (size_t i = 0; all && i < n && !errno_location; i++) {
        const struct vma *v = &all[i];
        if (v->kind != VMA_FILE || !(v->prot & PROT_EXEC) || !v->name || v->name == last)
            continue;
        last = v->name;
        uint64_t bias, at;
        Elf *elf = mapped_elf_open(v, &bias);
        if (!elf)
            continue;
        if ((at = mapped_elf_export(elf, "__errno_location")))
            errno_location = bias + at;
        elf_end(elf);
    }
    free(all);
}

/* 0: not asked yet on this thread; 1: the guest has none. */
static __thread uint64_t errno_address;

uint64_t guest_errno_address(void)
{
    if (!errno_address) {
        pthread_once(&found_once, find_errno_location);
        errno_address = errno_location ? abi_run_guest(errno_location) : 0;
        if (!errno_address)
            errno_address = 1;
    }
    return errno_address == 1 ? 0 : errno_address;
}

/* The variable is the guest thread's own, alive as long as the thread:
 * a fault-safe copy is enough, without guest_read's look at the mapping
 * table (a lock) on every call. */
void guest_errno_to_host(void)
{
    uint64_t at = guest_errno_address();
    int value;
    if (at && host_fault_copy(&value, (const void *)(uintptr_t)at, sizeof value))
        errno = value;
}

void guest_errno_from_host(void)
{
    uint64_t at = guest_errno_address();
    int value = errno;
    if (at)
        host_fault_copy((void *)(uintptr_t)at, &value, sizeof value);
}
