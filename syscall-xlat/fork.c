/* New processes: clone without CLONE_THREAD (docs/processes.md).
 *
 * fork — clone without CLONE_VM — is the host's fork(): the child is a
 * copy of the whole ferry process, code cache included, with one thread.
 * ferry's own locks are taken first (in the order the rest of ferry takes
 * them: the code cache, then the mapping table, the dispositions, the
 * thread list), so that no other thread is half-way through changing what
 * they protect when the copy is made; glibc's fork() does the same for
 * malloc and stdio.  The child then forgets the other threads and its
 * pending signals, as the kernel's child does.
 *
 * vfork — clone with CLONE_VM | CLONE_VFORK, also glibc's posix_spawn —
 * is a real vfork: the host's clone with the same flags, so the child
 * shares the parent's memory and the parent's thread waits in the host
 * kernel until the child execs or exits.  The child runs ferry on a host
 * stack of its own, as one more guest thread (its own cpu_state, listed,
 * so invalidations and exclusive sections see it), but on the parent's
 * thread-local storage: the parent is stopped, and takes its thread-local
 * values back when it resumes, then frees what the child used. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "dbt/dbt.h"
#include "dbt/runtime/code_cache.h"
#include "dbt/runtime/perfmap.h"
#include "dbt/runtime/threads.h"
#include "mm/vma.h"
#include "syscall-xlat/clone_flags.h"
#include "syscall-xlat/guest_signal.h"
#include "syscall-xlat/process.h"
#include "syscall-xlat/syscall.h"

/* Host stack for a vfork child's ferry: the dispatcher, the translator
 * and system call handlers. */
#define VFORK_STACK_SIZE (4u << 20)

/* Flags the host's fork() cannot express: these take a raw clone. */
#define RAW_CLONE_FLAGS (GUEST_CLONE_FS | GUEST_CLONE_FILES | GUEST_CLONE_SYSVSEM |         \
                         GUEST_CLONE_PARENT | GUEST_CLONE_NEWNS | GUEST_CLONE_NEWCGROUP |   \
                         GUEST_CLONE_NEWUTS | GUEST_CLONE_NEWIPC | GUEST_CLONE_NEWUSER |    \
                         GUEST_CLONE_NEWPID | GUEST_CLONE_NEWNET | GUEST_CLONE_IO |         \
                         GUEST_CLONE_UNTRACED | GUEST_CLONE_PTRACE)

static void fork_lock(void)
{
    cache_lock();
    vma_fork_lock();
    signal_fork_lock();
    threads_fork_lock();
}

static void fork_unlock(struct guest_thread *child)
{
    threads_fork_unlock(child);
    signal_fork_unlock(child ? child->signals : NULL);
    vma_fork_unlock(child != NULL);
    cache_unlock();
}

/* What the kernel writes for the new process (CLONE_PARENT_SETTID in the
 * parent's memory, CLONE_PIDFD), once it exists. */
static int64_t parent_side(struct clone_request *rq, int pid)
{
    if (rq->flags & GUEST_CLONE_PARENT_SETTID)
        guest_write(rq->ptid, &pid, sizeof pid);
    if (rq->flags & GUEST_CLONE_PIDFD) {
        int fd = (int)syscall(SYS_pidfd_open, pid, 0);
        if (fd >= 0 && guest_write(rq->pidfd, &fd, sizeof fd))
            close(fd);
    }
    return pid;
}

static int64_t do_fork(struct cpu_state *cpu, struct clone_request *rq)
{
    struct guest_thread *t = thread_self();
    uint64_t host_mask = signal_block_all();
    fork_lock();
    pid_t pid;
    if ((rq->flags & RAW_CLONE_FLAGS) || rq->exit_signal != SIGCHLD)
        /* glibc's fork() knows only SIGCHLD and none of these; its own
         * state in the child is then as the parent's other threads left
         * it (docs/processes.md). */
        pid = (pid_t)syscall(SYS_clone, (rq->flags & RAW_CLONE_FLAGS) | rq->exit_signal, 0,
                             NULL, NULL, 0);
    else
        pid = fork();
    if (pid != 0) {
        int err = errno;
        fork_unlock(NULL);
        signal_restore_host(host_mask);
        return pid < 0 ? -err : parent_side(rq, pid);
    }
    /* The child. */
    t->tid = (int)syscall(SYS_gettid);
    fork_unlock(t);
    perfmap_after_fork();
    if (rq->flags & GUEST_CLONE_CHILD_SETTID)
        guest_write(rq->ctid, &t->tid, sizeof t->tid);
    if (rq->flags & GUEST_CLONE_CHILD_CLEARTID)
        guest_set_clear_child_tid(rq->ctid);
    if (rq->flags & GUEST_CLONE_SETTLS)
        cpu->tpidr_el0 = rq->tls;
    if (rq->sp)
        cpu->x[31] = rq->sp;
    signal_restore_host(signal_host_mask(t->signals));
    return 0;
}

struct vfork_start {
    struct guest_thread *t;
    struct clone_request *rq;
};

static int vfork_child(void *arg)
{
    struct vfork_start *vs = arg;
    struct guest_thread *t = vs->t;
    t->tid = (int)syscall(SYS_gettid);
    thread_attach(t);
    /* Written in the shared memory before any guest code runs, as the
     * kernel does. */
    if (vs->rq->flags & GUEST_CLONE_PARENT_SETTID)
        guest_write(vs->rq->ptid, &t->tid, sizeof t->tid);
    if (vs->rq->flags & GUEST_CLONE_CHILD_SETTID)
        guest_write(vs->rq->ctid, &t->tid, sizeof t->tid);
    guest_set_clear_child_tid(0);
    signal_restore_host(signal_host_mask(t->signals));
    dbt_run(t);
}

static int64_t do_vfork(struct cpu_state *cpu, struct clone_request *rq)
{
    struct guest_thread *parent = thread_self();
    struct guest_thread *t = thread_alloc(cpu);
    if (!t)
        return -EAGAIN;
    t->vfork_child = true;
    t->cpu.x[0] = 0;
    if (rq->sp)
        t->cpu.x[31] = rq->sp;
    if (rq->flags & GUEST_CLONE_SETTLS)
        t->cpu.tpidr_el0 = rq->tls;
    signal_thread_init(t, parent);
    /* A vfork child keeps the alternate signal stack (the kernel drops it
     * only for CLONE_VM without CLONE_VFORK). */
    signal_thread_copy_altstack(t, parent);
    uint8_t *stack = mmap(NULL, VFORK_STACK_SIZE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        signal_thread_free(t);
        thread_free(t);
        return -EAGAIN;
    }
    int host_flags = CLONE_VM | CLONE_VFORK | (int)rq->exit_signal;
    /* The kernel clears and wakes this word when the child execs or
     * exits: guest memory it may write, or nothing. */
    pid_t *cleartid = NULL;
    if ((rq->flags & GUEST_CLONE_CHILD_CLEARTID) &&
        vma_check(rq->ctid, rq->ctid + sizeof(pid_t), PROT_READ | PROT_WRITE)) {
        host_flags |= CLONE_CHILD_CLEARTID;
        cleartid = (pid_t *)(uintptr_t)rq->ctid;
    }
    struct vfork_start vs = { .t = t, .rq = rq };
    uint64_t saved_cleartid = guest_clear_child_tid();
    uint64_t host_mask = signal_block_all();
    pid_t pid = clone(vfork_child, stack + VFORK_STACK_SIZE, host_flags, &vs, NULL, NULL, cleartid);
    int err = errno;
    /* The child ran on this thread's thread-local storage. */
    thread_set_self(parent);
    guest_set_clear_child_tid(saved_cleartid);
    signal_restore_host(host_mask);
    thread_reap(t);
    signal_thread_free(t);
    thread_free(t);
    munmap(stack, VFORK_STACK_SIZE);
    /* (The child wrote CLONE_PARENT_SETTID already; again is harmless.) */
    return pid < 0 ? -err : parent_side(rq, pid);
}

int64_t process_clone(struct cpu_state *cpu, struct clone_request *rq)
{
    uint64_t f = rq->flags;
    if ((f & GUEST_CLONE_NEWNS) && (f & GUEST_CLONE_FS))
        return -EINVAL;
    if ((f & GUEST_CLONE_NEWUSER) && (f & GUEST_CLONE_FS))
        return -EINVAL;
    if (rq->exit_signal > GUEST_NSIG)
        return -EINVAL;
    if (f & GUEST_CLONE_VM) {
        /* A process sharing ferry's memory must be stopped while the
         * other runs: only vfork is that. */
        if (!(f & GUEST_CLONE_VFORK) || (f & (GUEST_CLONE_SIGHAND | RAW_CLONE_FLAGS)))
            return -ENOSYS;
        return do_vfork(cpu, rq);
    }
    if (f & GUEST_CLONE_SIGHAND)
        return -EINVAL;
    /* CLONE_VFORK without CLONE_VM would only make the parent wait for
     * the child's exec; the parent goes on at once (as under qemu). */
    return do_fork(cpu, rq);
}
