/* Guest threads: clone and clone3 with the flags of pthread_create, exit of
 * one thread, exit_group, set_tid_address (docs/threads.md).
 *
 * Each guest thread is a host thread of ferry's (pthread_create), running
 * its own dispatcher loop over its own CPU state.  Its tid is the host
 * thread's, so tgkill, futexes with owner tids (PI, robust lists) and
 * /proc/self/task/TID mean the same to the guest and to the host kernel.
 * The guest's robust list is handed to the host kernel as it is
 * (set_robust_list passes through: struct robust_list_head agrees), so at
 * exit_group the kernel marks each thread's robust futexes as it would on
 * arm64.  A single thread's exit is ferry's to carry out, since the host
 * thread's clear-child-tid word belongs to ferry's C library: the robust
 * list is walked (robust_list.c), then the guest's tid word cleared and
 * woken. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "dbt/dbt.h"
#include "dbt/runtime/fp_env.h"
#include "dbt/runtime/host_fault.h"
#include "dbt/runtime/threads.h"
#include "syscall-xlat/clone_flags.h"
#include "syscall-xlat/guest_signal.h"
#include "syscall-xlat/process.h"
#include "syscall-xlat/robust_list.h"
#include "syscall-xlat/syscall.h"

/* What a thread may share or set; anything else with CLONE_THREAD (new
 * namespaces, CLONE_VFORK, a pidfd...) is refused below. */
#define THREAD_FLAGS (GUEST_CLONE_VM | GUEST_CLONE_FS | GUEST_CLONE_FILES | GUEST_CLONE_SIGHAND | \
                      GUEST_CLONE_THREAD | GUEST_CLONE_SYSVSEM | GUEST_CLONE_SETTLS |          \
                      GUEST_CLONE_PARENT_SETTID | GUEST_CLONE_CHILD_CLEARTID |                 \
                      GUEST_CLONE_DETACHED | GUEST_CLONE_CHILD_SETTID)

/* ferry's own stack for each guest thread: the dispatcher, translator
 * and syscall handlers (the guest's stack is the guest's business). */
#define HOST_STACK_SIZE (4u << 20)

static __thread uint64_t clear_child_tid;

uint64_t guest_clear_child_tid(void)
{
    return clear_child_tid;
}

void guest_set_clear_child_tid(uint64_t addr)
{
    clear_child_tid = addr;
}

struct clone_start {
    struct guest_thread *t;
    uint64_t flags, ptid, ctid;
    sem_t started;
    int tid;
};

static void *thread_main(void *arg)
{
    struct clone_start *cs = arg;
    struct guest_thread *t = cs->t;
    int tid = (int)syscall(SYS_gettid);
    t->tid = tid;
    thread_attach(t);
    robust_list_thread_start();
    host_fault_init();
    /* The kernel writes both before either thread runs on. */
    if (cs->flags & GUEST_CLONE_PARENT_SETTID)
        guest_write(cs->ptid, &tid, sizeof tid);
    if (cs->flags & GUEST_CLONE_CHILD_SETTID)
        guest_write(cs->ctid, &tid, sizeof tid);
    if (cs->flags & GUEST_CLONE_CHILD_CLEARTID)
        clear_child_tid = cs->ctid;
    /* FPCR and FPSR are the parent's, and live in this host thread's MXCSR. */
    uint64_t fpsr = t->cpu.fpsr;
    t->cpu.scratch[0] = t->cpu.fpcr;
    fp_env_write_fpcr(&t->cpu);
    t->cpu.scratch[0] = fpsr;
    fp_env_write_fpsr(&t->cpu);
    cs->tid = tid;
    sem_post(&cs->started); /* cs is the parent's: gone after this */
    struct sig_thread *s = t->signals;
    signal_restore_host(signal_host_mask(s));
    dbt_run(t);
}

/* A new thread running from cpu's state (the instruction after the SVC),
 * with x0 = 0 and the given stack and TLS.  Returns its tid or -errno. */
static int64_t new_thread(struct cpu_state *cpu, uint64_t flags, uint64_t sp, uint64_t tls,
                          uint64_t ptid, uint64_t ctid)
{
    struct guest_thread *parent = thread_self();
    struct guest_thread *t = thread_alloc(cpu);
    if (!t)
        return -EAGAIN;
    t->cpu.x[0] = 0;
    if (sp)
        t->cpu.x[31] = sp;
    if (flags & GUEST_CLONE_SETTLS)
        t->cpu.tpidr_el0 = tls;
    signal_thread_init(t, parent);

    struct clone_start cs = { .t = t, .flags = flags, .ptid = ptid, .ctid = ctid };
    sem_init(&cs.started, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, HOST_STACK_SIZE);
    /* The new host thread starts with every signal blocked, and opens the
     * guest's mask once its state is ready for a handler. */
    uint64_t host_mask = signal_block_all();
    pthread_t pt;
    int err = pthread_create(&pt, &attr, thread_main, &cs);
    pthread_attr_destroy(&attr);
    if (err == 0)
        while (sem_wait(&cs.started) != 0)
            ;
    signal_restore_host(host_mask);
    sem_destroy(&cs.started);
    if (err) {
        signal_thread_free(t);
        thread_free(t);
        return -EAGAIN;
    }
    return cs.tid;
}

static int64_t clone_common(struct cpu_state *cpu, struct clone_request *rq)
{
    uint64_t flags = rq->flags;
    /* The kernel's own rules first. */
    if ((flags & GUEST_CLONE_THREAD) && !(flags & GUEST_CLONE_SIGHAND))
        return -EINVAL;
    if ((flags & GUEST_CLONE_SIGHAND) && !(flags & GUEST_CLONE_VM))
        return -EINVAL;
    if (!(flags & GUEST_CLONE_THREAD))
        return process_clone(cpu, rq);
    if (flags & ~THREAD_FLAGS)
        return -EINVAL;
    return new_thread(cpu, flags, rq->sp, rq->tls, rq->ptid, rq->ctid);
}

int64_t sys_clone(struct cpu_state *cpu, const uint64_t a[6])
{
    /* arm64's order: flags, newsp, parent_tid, tls, child_tid; with
     * CLONE_PIDFD the descriptor goes where parent_tid points. */
    struct clone_request rq = { .flags = a[0] & ~GUEST_CSIGNAL, .exit_signal = a[0] & GUEST_CSIGNAL,
                                .sp = a[1], .ptid = a[2], .tls = a[3], .ctid = a[4], .pidfd = a[2] };
    if ((rq.flags & GUEST_CLONE_PIDFD) &&
        (rq.flags & (GUEST_CLONE_PARENT_SETTID | GUEST_CLONE_THREAD | GUEST_CLONE_DETACHED)))
        return -EINVAL;
    /* The exit signal of a thread is ignored by the kernel. */
    if (rq.flags & GUEST_CLONE_THREAD)
        rq.exit_signal = 0;
    return clone_common(cpu, &rq);
}

/* struct clone_args, as far as version 2 (88 bytes). */
struct guest_clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
    uint64_t set_tid, set_tid_size, cgroup;
};

int64_t sys_clone3(struct cpu_state *cpu, const uint64_t a[6])
{
    uint64_t size = a[1];
    struct guest_clone_args ca = { 0 };
    if (size < 64 || size > 4096)
        return size < 64 ? -EINVAL : -E2BIG;
    if (guest_read(&ca, a[0], size < sizeof ca ? size : sizeof ca))
        return -EFAULT;
    /* Fields newer than ferry knows must be zero. */
    for (uint64_t off = sizeof ca; off < size; off++) {
        unsigned char c;
        if (guest_read(&c, a[0] + off, 1))
            return -EFAULT;
        if (c)
            return -E2BIG;
    }
    if (ca.exit_signal > 64 || (ca.flags & GUEST_CSIGNAL))
        return -EINVAL;
    if (ca.set_tid || ca.set_tid_size || ca.cgroup)
        return -EINVAL;
    if ((ca.flags & GUEST_CLONE_THREAD) && ca.exit_signal)
        return -EINVAL;
    if (!ca.stack != !ca.stack_size)
        return -EINVAL;
    struct clone_request rq = { .flags = ca.flags, .exit_signal = ca.exit_signal,
                                .sp = ca.stack ? ca.stack + ca.stack_size : 0, .tls = ca.tls,
                                .ptid = ca.parent_tid, .ctid = ca.child_tid, .pidfd = ca.pidfd };
    return clone_common(cpu, &rq);
}

int64_t sys_set_tid_address(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    clear_child_tid = a[0];
    return syscall(SYS_gettid);
}

/* Flush ferry's own streams first: _exit skips stdio. */
static _Noreturn void exit_process(int status)
{
    if (ferry_opt.log)
        fflush(ferry_opt.log);
    fflush(stdout);
    fflush(stderr);
    syscall(SYS_exit_group, status);
    _exit(status);
}

int64_t sys_exit_group(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    exit_process((int)a[0]);
}

/* One thread ends; the last one ends the process, with its status. */
int64_t sys_exit(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    struct guest_thread *t = thread_self();
    if (t->vfork_child) /* alone in its process; its parent cleans up */
        exit_process((int)a[0]);
    /* No handler may run for a thread that is going away. */
    signal_block_all();
    if (thread_detach(t) == 0)
        exit_process((int)a[0]);
    /* What the kernel does at a thread's exit, in its order: robust
     * futexes, then the tid word pthread_join waits on. */
    robust_list_release();
    if (clear_child_tid) {
        uint32_t zero = 0;
        if (guest_write(clear_child_tid, &zero, sizeof zero) == 0)
            syscall(SYS_futex, clear_child_tid, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    signal_thread_free(t);
    thread_free(t);
    pthread_exit(NULL);
}
