/* Guest threads: one host thread each, with its own CPU state and its own
 * indirect-branch table, and the exclusive sections that let one thread
 * change what all of them run (docs/threads.md).
 *
 * A thread is "running" from exec_start() to exec_end(): between them it
 * may be executing translated code, and the code it was given stays valid.
 * Everything else — the dispatcher's own work, translation, system calls,
 * signal delivery — happens outside, so a thread blocked in a system call
 * holds no translated code (SVC leaves translated code; the dispatcher
 * makes the call).  An exclusive section waits until no other thread is
 * running; threads inside translated code are asked out through
 * thread_request_exit().
 *
 * The check translated code makes at unit entries and loop heads is one
 * read of the page just below the thread's cpu_state (THREAD_POLL_DISP from
 * r15), its poll page: readable normally, made unreadable to ask the thread
 * out, so that the read faults and the fault handler leaves translated code
 * (host_fault.c).  Five bytes of code and no branch per check; the cost of
 * a request (an mprotect) is paid only when there is one.  An indirect
 * branch reads its lookup table's address from there, so it polls for
 * free; a unit's entry poll is run only by backward jumps into it (every
 * cycle of guest code has a backward or an indirect jump), and loops
 * inside a unit poll at their heads. */
#ifndef FERRY_THREADS_H
#define FERRY_THREADS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "dbt/cpu.h"
#include "dbt/runtime/code_cache.h"

struct guest_thread {
    struct cpu_state cpu; /* first: translated code addresses it via r15 */
    int tid;              /* the host tid, which is also the guest's */
    struct ibtc_entry *ibtc;
    unsigned ibtc_victim; /* which way of a full set the next miss replaces */
    bool running;         /* between exec_start() and exec_end() */
    struct guest_thread *next;
    void *signals;        /* syscall-xlat's per-thread signal state */
    uint64_t tbi_retried; /* the pc last retranslated for a tagged pointer */
    bool vfork_child;     /* a vfork child, on its parent's memory (fork.c) */
};

/* Where translated code reads to poll, relative to r15 (&t->cpu): the
 * word there holds the address of the thread's indirect-branch table. */
#define THREAD_POLL_DISP (-8)
#define THREAD_POLL_PAGE 4096u

/* The guest thread this host thread runs, or NULL (ferry's own threads). */
struct guest_thread *thread_self(void);
/* A new thread with a copy of `parent`'s CPU state (or zeroed, for the
 * first thread), not yet registered; NULL if out of memory. */
struct guest_thread *thread_alloc(const struct cpu_state *parent);
void thread_free(struct guest_thread *t);
/* Make t this host thread's guest thread and add it to the list that
 * invalidation and exclusive sections walk. */
void thread_attach(struct guest_thread *t);
/* Remove t from the list (before its thread exits); returns how many
 * threads are left, counted under the same lock, so that exactly one
 * exiting thread sees 0. */
int thread_detach(struct guest_thread *t);
/* Call fn on every registered thread, under the list's lock (fn must not
 * take locks that code under it can hold). */
void thread_for_each(void (*fn)(struct guest_thread *, void *), void *arg);
/* How many guest threads exist. */
int thread_count(void);

/* Ask t to leave translated code at its next check (safe in a signal
 * handler, from any thread). */
void thread_request_exit(struct guest_thread *t);
/* The calling thread, in its dispatcher: forget a request (whatever the
 * dispatcher does next handles it); a request made meanwhile stays. */
void thread_clear_exit(struct guest_thread *t);
/* Whether addr lies in t's poll page. */
bool thread_poll_fault(const struct guest_thread *t, uint64_t addr);

/* Make t the calling host thread's guest thread without listing it (a
 * vfork parent takes its own back from the child that shared its TLS). */
void thread_set_self(struct guest_thread *t);
/* Forget t, which ended without leaving the list (a vfork child that
 * exec'd or died, perhaps inside translated code). */
void thread_reap(struct guest_thread *t);

/* Around fork(): the list and the exclusive-section state are locked in
 * the parent, so that the child's copy is consistent; in the child,
 * `child` (the forking thread) becomes the only thread. */
void threads_fork_lock(void);
void threads_fork_unlock(struct guest_thread *child);

void exec_start(struct guest_thread *t);
void exec_end(struct guest_thread *t);
/* Wait until no thread but the caller (which must not be running) is
 * inside translated code, and keep it so until end_exclusive(). */
void start_exclusive(void);
void end_exclusive(void);

#endif
