/* Taking host signals for the guest, and delivering them at safe points
 * (docs/signals.md).
 *
 * A host signal the guest handles arrives in signal_host_entry(), on the
 * thread the host kernel chose — one whose mask, which is the guest's,
 * does not block it.  The handler only records it (one slot per signal
 * number; the signal stays blocked on the host until delivered, so more
 * instances wait in the host kernel, queued and in order), asks the thread
 * to leave translated code (thread_request_exit(): translated code polls
 * at loop heads, backward-jump unit entries and indirect branches), and, if the thread was about to enter
 * a system call, stops it from doing so (safe_syscall.S).  The dispatcher
 * then calls signal_deliver_pending() before it runs guest code again:
 * there every guest register is in struct cpu_state, and the signal frame
 * is built as the kernel builds it (signal_frame.c). */
#include "syscall-xlat/guest_signal.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "common/ferry.h"
#include "dbt/dbt.h"
#include "dbt/runtime/threads.h"
#include "mm/vma.h"
#include "syscall-xlat/safe_syscall.h"
#include "syscall-xlat/strace.h"
#include "syscall-xlat/syscall.h"
#include "syscall-xlat/xlat.h"

/* Dequeued before the others, lowest first (the kernel's
 * SYNCHRONOUS_MASK): the signals an instruction can raise. */
#define SYNCHRONOUS_MASK                                                                  \
    (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) | SIGBIT(SIGTRAP) | \
     SIGBIT(SIGSYS))

struct sig_thread *sig_self(void)
{
    struct guest_thread *t = thread_self();
    return t ? t->signals : NULL;
}

void signal_thread_init(struct guest_thread *t, const struct guest_thread *parent)
{
    struct sig_thread *s = calloc(1, sizeof *s);
    if (!s)
        ferry_fatal(70, "out of memory for a thread's signal state");
    /* A new thread inherits the mask; its alternate stack starts disabled
     * (the kernel resets it for CLONE_VM threads). */
    if (parent && parent->signals)
        s->mask = ((struct sig_thread *)parent->signals)->mask;
    else
        syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &s->mask, 8);
    s->altstack.flags = GUEST_SS_DISABLE;
    t->signals = s;
}

void signal_thread_copy_altstack(struct guest_thread *child, const struct guest_thread *parent)
{
    ((struct sig_thread *)child->signals)->altstack =
        ((const struct sig_thread *)parent->signals)->altstack;
}

void signal_thread_free(struct guest_thread *t)
{
    free(t->signals);
    t->signals = NULL;
}

void signal_update_pending(struct sig_thread *s)
{
    s->pending = s->sync_pending || (s->queued & ~s->mask);
}

long safe_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
    static const uint64_t never = 0; /* ferry's own threads: nothing to wait for */
    struct sig_thread *s = sig_self();
    return safe_syscall_base(s ? &s->pending : &never, nr, a0, a1, a2, a3, a4, a5);
}

void signal_host_entry(int sig, void *host_siginfo, void *host_ucontext)
{
    struct guest_thread *t = thread_self();
    if (!t || !t->signals || sig < 1 || sig > GUEST_NSIG)
        return; /* not a guest thread (ferry starts none of its own) */
    struct sig_thread *s = t->signals;
    ucontext_t *uc = host_ucontext;
    memcpy(&s->info[sig], host_siginfo, sizeof s->info[sig]);
    __atomic_or_fetch(&s->queued, SIGBIT(sig), __ATOMIC_RELEASE);
    /* Hold further instances in the host kernel until this one is
     * delivered (the first word of glibc's sigset_t is the kernel's). */
    ((uint64_t *)&uc->uc_sigmask)[0] |= SIGBIT(sig);
    if (!(s->mask & SIGBIT(sig))) {
        s->pending = 1;
        thread_request_exit(t);
    }
    /* About to make a system call, or the kernel rewound one it will
     * restart: the call must not run before the signal is delivered. */
    uintptr_t rip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    if (rip >= (uintptr_t)safe_syscall_start && rip < (uintptr_t)safe_syscall_end)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)safe_syscall_interrupted;
}

enum sig_default signal_default_action(int sig)
{
    switch (sig) {
    case SIGCHLD: case SIGURG: case SIGWINCH:
        return SIGDEF_IGNORE;
    case SIGCONT:
        return SIGDEF_CONT;
    case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
        return SIGDEF_STOP;
    case SIGQUIT: case SIGILL: case SIGTRAP: case SIGABRT: case SIGBUS: case SIGFPE:
    case SIGSEGV: case SIGXCPU: case SIGXFSZ: case SIGSYS:
        return SIGDEF_CORE;
    default:
        return SIGDEF_TERM; /* and every real-time signal */
    }
}

/* The signal the kernel would pick next: a synchronous fault first, then
 * the lowest-numbered unblocked one (0: none). */
static int next_signal(const struct sig_thread *s)
{
    uint64_t ready = s->queued & ~s->mask;
    if (!ready)
        return 0;
    uint64_t sync = ready & SYNCHRONOUS_MASK;
    return __builtin_ctzll(sync ? sync : ready) + 1;
}

/* The default action of an unhandled signal, on the whole process. */
static void take_default(int sig)
{
    switch (signal_default_action(sig)) {
    case SIGDEF_IGNORE:
    case SIGDEF_CONT:
        return;
    case SIGDEF_STOP:
        /* The host stops every thread of the process, as the kernel does
         * the guest's; SIGCONT resumes it. */
        kill(getpid(), SIGSTOP);
        return;
    default:
        dbt_die_by_signal(sig);
    }
}

/* A call interrupted before it finished (cpu->pc back on its SVC): with a
 * handler about to run, some calls fail with EINTR instead of restarting,
 * as signal(7) lists (and as the kernel's ERESTARTNOHAND and
 * ERESTART_RESTARTBLOCK say). */
static void settle_restart(struct cpu_state *cpu, struct sig_thread *s,
                           const struct guest_sigaction *act)
{
    if (!s->restarting)
        return;
    s->restarting = false;
    if ((act->flags & GUEST_SA_RESTART) && syscall_restartable(s->restart_nr, s->restart_arg))
        return; /* re-executes the SVC after the handler returns */
    cpu->pc += 4;
    cpu->x[0] = (uint64_t)-EINTR;
}

/* Deliver one signal; false if none was deliverable. */
static bool deliver_one(struct cpu_state *cpu, struct sig_thread *s)
{
    int sig;
    struct guest_siginfo info;
    if (s->sync_pending) {
        s->sync_pending = false;
        info = s->sync_info;
        sig = info.signo;
    } else {
        sig = next_signal(s);
        if (!sig)
            return false;
        info = s->info[sig];
        __atomic_and_fetch(&s->queued, ~SIGBIT(sig), __ATOMIC_RELEASE);
    }
    struct guest_sigaction act = guest_sigaction_get(sig);
    if (act.handler == GUEST_SIG_IGN)
        return true;
    strace_print_signal(&info);
    if (act.handler == GUEST_SIG_DFL) {
        take_default(sig);
        return true;
    }
    settle_restart(cpu, s, &act);
    /* Under sigsuspend and the like, the mask the handler's frame saves
     * (and sigreturn restores) is the one from before the call. */
    uint64_t saved = s->restore_mask ? s->saved_mask : s->mask;
    s->restore_mask = false;
    if (!signal_setup_frame(cpu, s, sig, &act, &info, saved)) {
        /* The kernel's force_sigsegv: no usable stack for the frame. */
        if (sig == SIGSEGV)
            dbt_die_by_signal(SIGSEGV);
        signal_reset_action(SIGSEGV);
        s->sync_pending = true;
        s->sync_info = (struct guest_siginfo){ .signo = SIGSEGV, .code = 0x80 /* SI_KERNEL */ };
        return true;
    }
    uint64_t mask = s->mask | act.mask;
    if (!(act.flags & GUEST_SA_NODEFER))
        mask |= SIGBIT(sig);
    s->mask = mask & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    if (act.flags & GUEST_SA_RESETHAND)
        signal_reset_action(sig);
    return true;
}

void signal_deliver_pending(struct cpu_state *cpu)
{
    struct sig_thread *s = sig_self();
    if (!s || (!s->pending && !s->restarting && !s->restore_mask))
        return;
    uint64_t host = signal_block_all();
    (void)host;
    /* Like the kernel, deliver everything deliverable now: handler frames
     * nest, the last one's handler runs first. */
    while (deliver_one(cpu, s))
        ;
    if (s->restarting) /* no handler ran: the call restarts as it is */
        s->restarting = false;
    if (s->restore_mask) { /* the call ended without a handler running */
        s->restore_mask = false;
        s->mask = s->saved_mask;
    }
    signal_update_pending(s);
    signal_restore_host(signal_host_mask(s));
}

/* A synchronous signal the guest cannot take (blocked, ignored, or left at
 * its default) ends the process, as the kernel's force_sig does. */
static bool catchable(const struct sig_thread *s, int sig)
{
    struct guest_sigaction act = guest_sigaction_get(sig);
    return act.handler != GUEST_SIG_DFL && act.handler != GUEST_SIG_IGN && !(s->mask & SIGBIT(sig));
}

bool signal_record_sync(int sig, int code, uint64_t addr, uint64_t esr, uint64_t fault_addr)
{
    struct sig_thread *s = sig_self();
    struct guest_siginfo info = { .signo = sig, .code = code, .addr = addr };
    if (!s || !catchable(s, sig)) {
        strace_print_signal(&info); /* the caller ends the process */
        return false;
    }
    s->sync_pending = true;
    s->sync_info = info;
    if (esr != GUEST_ESR_KEEP) {
        s->fault_code = esr;
        s->fault_address = fault_addr;
    }
    s->pending = 1;
    return true;
}

void signal_raise_sync(struct cpu_state *cpu, int sig, int code, uint64_t addr, uint64_t esr)
{
    (void)cpu;
    /* The fault address is that of a data or instruction abort
     * (set_thread_esr), 0 for the others (arm64_notify_die). */
    uint64_t ec = esr >> 26;
    uint64_t far = esr != GUEST_ESR_KEEP && (ec == GUEST_ESR_EC_DABT || ec == GUEST_ESR_EC_IABT)
                 ? addr : 0;
    if (!signal_record_sync(sig, code, addr, esr, far))
        dbt_die_by_signal(sig);
}

uint64_t guest_dabt_esr(uint64_t addr, uint64_t fsc, bool write)
{
    uint64_t wnr = write ? GUEST_ESR_WNR : 0;
    if (addr >= 1ULL << 48) /* not a TTBR0 (user) address */
        return GUEST_ESR(GUEST_ESR_EC_DABT, GUEST_FSC_TRANSLATION_L0 | wnr);
    return GUEST_ESR(GUEST_ESR_EC_DABT, fsc | wnr);
}

int signal_segv_code(uint64_t pc)
{
    struct vma v;
    return vma_find(pc, &v) ? GUEST_SEGV_ACCERR : GUEST_SEGV_MAPERR;
}

/* The kernel's ERESTARTNOHAND and ERESTART_RESTARTBLOCK calls, and those
 * signal(7) says are never restarted: they fail with EINTR when a handler
 * interrupts them, SA_RESTART or not. */
bool syscall_restartable(uint64_t nr, const uint64_t args[6])
{
    switch (nr) {
    case GUEST_NR_ppoll: case GUEST_NR_pselect6:
    case GUEST_NR_epoll_pwait: case GUEST_NR_epoll_pwait2:
    case GUEST_NR_nanosleep: case GUEST_NR_clock_nanosleep:
    case GUEST_NR_rt_sigsuspend: case GUEST_NR_rt_sigtimedwait:
    case GUEST_NR_semtimedop: case GUEST_NR_semop:
    case GUEST_NR_msgrcv: case GUEST_NR_msgsnd:
    case GUEST_NR_io_getevents: case GUEST_NR_io_pgetevents:
        return false;
    case GUEST_NR_futex: {
        /* A wait with a timeout restarts through restart_block: EINTR. */
        int op = (int)args[1] & 0x7f;
        bool waits = op == 0 /* WAIT */ || op == 9 /* WAIT_BITSET */;
        return !(waits && args[3]);
    }
    default:
        return true;
    }
}
