/* Guest signals (docs/signals.md): what the signal_*.c files share.
 *
 * Signal numbers, the generic 128-byte siginfo, the kernel's 64-bit
 * sigset_t, the SA_ flags and the kernel struct sigaction's shape agree
 * between arm64 and x86-64.  Dispositions are process-wide; masks,
 * alternate stacks and the queue of signals waiting for delivery are per
 * thread (struct sig_thread). */
#ifndef FERRY_XLAT_SIGNAL_H
#define FERRY_XLAT_SIGNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt/cpu.h"

#define GUEST_NSIG 64
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

#define SIGBIT(sig) (1ULL << ((sig) - 1))

#define GUEST_SA_NOCLDSTOP 0x00000001
#define GUEST_SA_NOCLDWAIT 0x00000002
#define GUEST_SA_SIGINFO 0x00000004
#define GUEST_SA_RESTORER 0x04000000
#define GUEST_SA_ONSTACK 0x08000000
#define GUEST_SA_RESTART 0x10000000
#define GUEST_SA_NODEFER 0x40000000
#define GUEST_SA_RESETHAND 0x80000000

#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1U << 31)
#define GUEST_MINSIGSTKSZ 5120

/* The arm64 kernel's struct sigaction; x86-64's has the same shape. */
struct guest_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

/* arm64 stack_t. */
struct guest_stack {
    uint64_t sp;
    int32_t flags;
    int32_t pad;
    uint64_t size;
};

/* The generic siginfo: a header and a union, 128 bytes on both. */
struct guest_siginfo {
    int32_t signo, err, code, pad;
    union {
        uint64_t addr; /* SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE */
        uint8_t rest[112];
    };
};
_Static_assert(sizeof(struct guest_siginfo) == 128, "siginfo is 128 bytes");

/* One thread's signal state.  The host handler (signal_queue.c) writes the
 * queue; everything else is the thread's own, touched only with its host
 * signals blocked where the handler could interfere. */
struct sig_thread {
    uint64_t mask;              /* the guest's blocked set */
    struct guest_stack altstack;
    /* Non-zero while a queued signal may be deliverable: the dispatcher
     * looks, and safe_syscall refuses to start a call. */
    volatile uint64_t pending;
    /* Signals taken by the host handler, one slot per number: the handler
     * blocks each on the host until it is delivered, so further instances
     * wait, queued and in order, in the host kernel. */
    volatile uint64_t queued;
    struct guest_siginfo info[GUEST_NSIG + 1];
    /* A synchronous fault (or SIGILL, SIGTRAP...) to deliver first. */
    bool sync_pending;
    struct guest_siginfo sync_info;
    /* The kernel's thread.fault_code and thread.fault_address: set by
     * faults, left alone by others, and written into every frame (an
     * esr_context record if fault_code is not 0). */
    uint64_t fault_code, fault_address;
    /* A call with a temporary mask (sigsuspend, ppoll...) was interrupted:
     * deliver under that mask, and restore saved_mask after the handler
     * (the kernel's set_restore_sigmask). */
    bool restore_mask;
    uint64_t saved_mask;
    /* A call interrupted before it could finish (SAFE_SYSCALL_ERESTART):
     * cpu->pc was moved back onto its SVC; delivery decides between the
     * restart and EINTR. */
    bool restarting;
    uint64_t restart_nr;
    uint64_t restart_arg[6];
};

/* signal.c: dispositions and masks. */
struct guest_sigaction guest_sigaction_get(int sig);
/* The calling thread's guest signal mask (bit sig-1). */
uint64_t guest_sigmask_get(void);
/* The calling thread's guest alternate signal stack. */
struct guest_stack guest_altstack_get(void);
/* Make s->mask the guest's mask and give the host the matching one. */
void signal_set_mask(struct sig_thread *s, uint64_t mask);
/* Block every host signal the guest could receive (to edit the queue);
 * returns the host mask to restore. */
uint64_t signal_block_all(void);
void signal_restore_host(uint64_t host_mask);
/* The host mask that matches s: the guest's, plus what waits in the queue. */
uint64_t signal_host_mask(const struct sig_thread *s);
/* Reset SA_RESETHAND's action to the default (under the actions lock). */
void signal_reset_action(int sig);

/* Around fork(): the dispositions locked; in the child, `child` (the
 * forking thread's state) starts with nothing pending, as fork(2) says. */
void signal_fork_lock(void);
void signal_fork_unlock(struct sig_thread *child);

/* signal_queue.c */
/* The calling thread's state (NULL on ferry's own threads). */
struct sig_thread *sig_self(void);
/* Recompute s->pending from the queue and the mask. */
void signal_update_pending(struct sig_thread *s);
/* The host handler for a signal the guest handles (also reached from
 * host_fault.c for SIGSEGV & co sent by kill). */
void signal_host_entry(int sig, void *host_siginfo, void *host_ucontext);
/* safe_syscall.S: returns from a host handler installed with the raw
 * rt_sigaction (x86-64 needs SA_RESTORER). */
void signal_host_restorer(void);

/* signal.c: set the thread's alternate stack as sigaltstack() does, with
 * the thread at sp: 0 or -EPERM, -EINVAL, -ENOMEM (nothing changed). */
int signal_altstack_set(struct sig_thread *s, const struct guest_stack *ss, uint64_t sp);

/* signal_frame.c */
/* Build the rt_sigframe for sig on the guest stack and point cpu at the
 * handler; false if the frame could not be written (the caller kills the
 * guest with SIGSEGV, as the kernel does). */
bool signal_setup_frame(struct cpu_state *cpu, struct sig_thread *s, int sig,
                        const struct guest_sigaction *act, const struct guest_siginfo *info,
                        uint64_t saved_mask);

/* Default action classes of the signals (signal(7)). */
enum sig_default { SIGDEF_TERM, SIGDEF_CORE, SIGDEF_IGNORE, SIGDEF_STOP, SIGDEF_CONT };
enum sig_default signal_default_action(int sig);

/* Whether a call interrupted before finishing may be restarted after a
 * handler with SA_RESTART (signal(7)); the others fail with EINTR. */
bool syscall_restartable(uint64_t nr, const uint64_t args[6]);

#endif
