/* A dying guest thread's robust futexes (docs/threads.md).
 *
 * The guest's set_robust_list passes through, so the host kernel holds the
 * guest's list for the host thread.  But the kernel walks it only when the
 * host thread dies, and a guest thread's end comes earlier: ferry clears
 * and wakes the guest's clear-child-tid word itself, after which
 * pthread_join returns in another thread and may lock one of the dead
 * thread's mutexes before the kernel has marked it.  The kernel's order
 * (robust list first, then the tid word) is kept by walking the list here,
 * with the kernel's rules (kernel/futex/core.c, exit_robust_list and
 * handle_futex_death), and then handing the host kernel back the list of
 * ferry's own C library, so nothing is walked twice. */
#include "syscall-xlat/robust_list.h"

#include <linux/futex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mm/vma.h"
#include "syscall-xlat/xlat.h"

/* struct robust_list_head: the same layout on arm64 and x86-64. */
struct guest_robust_head {
    uint64_t next;          /* struct robust_list *: the first entry */
    int64_t futex_offset;   /* from an entry to its futex word */
    uint64_t pending;       /* list_op_pending */
};

/* The kernel gives up after this many entries (a looping list). */
#define ROBUST_LIMIT 2048

static __thread uint64_t host_head;
static __thread size_t host_len;

void robust_list_thread_start(void)
{
    uint64_t head = 0;
    size_t len = 0;
    if (syscall(SYS_get_robust_list, 0, &head, &len) == 0) {
        host_head = head;
        host_len = len;
    }
}

static void futex_wake_one(uint64_t uaddr)
{
    syscall(SYS_futex, uaddr, FUTEX_WAKE_BITSET, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
}

/* The word at uaddr belonged to thread tid, which is dying. */
static void futex_death(uint64_t uaddr, uint32_t tid, int pi, int pending)
{
    if (uaddr & 3 || !vma_check(uaddr, uaddr + 4, PROT_READ | PROT_WRITE))
        return;
    uint32_t *word = (uint32_t *)(uintptr_t)uaddr;
    uint32_t uval = __atomic_load_n(word, __ATOMIC_SEQ_CST);
    for (;;) {
        /* A lock taken and released, but the list not yet updated, when
         * the thread died: a waiter may have missed its wake-up. */
        if (pending && !pi && uval == 0) {
            futex_wake_one(uaddr);
            return;
        }
        if ((uval & FUTEX_TID_MASK) != tid)
            return;
        uint32_t mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
        if (__atomic_compare_exchange_n(word, &uval, mval, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
            break;
    }
    /* A PI futex's waiters are woken by the kernel's pi-state cleanup
     * when the host thread ends. */
    if (!pi && (uval & FUTEX_WAITERS))
        futex_wake_one(uaddr);
}

/* Reads the pointer at addr: its bit 0 is the PI flag. */
static int fetch_entry(uint64_t addr, uint64_t *entry, int *pi)
{
    uint64_t v;
    if (guest_read(&v, addr, sizeof v))
        return -1;
    *entry = v & ~1ULL;
    *pi = (int)(v & 1);
    return 0;
}

void robust_list_release(void)
{
    uint64_t head_addr = 0;
    size_t len = 0;
    if (syscall(SYS_get_robust_list, 0, &head_addr, &len) != 0 || !head_addr ||
        head_addr == host_head)
        return;
    /* From here on the kernel has nothing left to do at the host exit. */
    syscall(SYS_set_robust_list, host_head,
            host_len ? host_len : sizeof(struct guest_robust_head));

    uint32_t tid = (uint32_t)syscall(SYS_gettid);
    uint64_t entry, pending;
    int pi, pending_pi;
    struct guest_robust_head head;
    if (fetch_entry(head_addr, &entry, &pi) ||
        guest_read(&head, head_addr, sizeof head) ||
        fetch_entry(head_addr + offsetof(struct guest_robust_head, pending), &pending,
                    &pending_pi))
        return;
    for (unsigned limit = ROBUST_LIMIT; entry != head_addr && limit; limit--) {
        uint64_t next;
        int next_pi;
        int rc = fetch_entry(entry, &next, &next_pi);
        /* The pending entry is done last, by its own rule. */
        if (entry != pending)
            futex_death(entry + (uint64_t)head.futex_offset, tid, pi, 0);
        if (rc)
            return;
        entry = next;
        pi = next_pi;
    }
    if (pending)
        futex_death(pending + (uint64_t)head.futex_offset, tid, pending_pi, 1);
}
