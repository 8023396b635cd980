/* Guest signal dispositions, masks and alternate stacks (docs/signals.md).
 *
 * The host does the bookkeeping the kernel would do, wherever it can:
 *  - a signal the guest ignores or leaves at its default is ignored or
 *    left at its default on the host too, so the host kernel discards it,
 *    stops the process or kills it, exactly as it would the guest (core
 *    dumps and exit statuses included);
 *  - a signal the guest handles gets ferry's host handler (signal_queue.c),
 *    with SA_RESTART copied, so that the host kernel itself decides, per
 *    system call, whether an interrupted call may be restarted;
 *  - the host mask is the guest's, so the host kernel picks which thread
 *    takes a process-directed signal, and keeps blocked signals pending
 *    (with their order and values) for sigpending, sigwaitinfo and
 *    signalfd.
 * The synchronous signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP) stay
 * with ferry's own handler (dbt/runtime/host_fault.c) and are never
 * blocked on the host: ferry needs them for faults in translated code.
 *
 * Everything goes through raw system calls: glibc's wrappers refuse
 * signals 32 and 33, which it keeps for itself, and which the guest's own
 * C library uses too (pthread_cancel, setxid). */
#include "syscall-xlat/guest_signal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "dbt/runtime/threads.h"
#include "syscall-xlat/xlat.h"

#define SYNC_SIGNALS \
    (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) | SIGBIT(SIGTRAP))
#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

/* What the arm64 kernel keeps; it clears the rest, so a guest probing with
 * SA_UNSUPPORTED sees it cleared.  SA_EXPOSE_TAGBITS is cleared as well:
 * ferry reports no address tag bits. */
#define GUEST_SA_KNOWN (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT | GUEST_SA_SIGINFO | \
                        GUEST_SA_RESTORER | GUEST_SA_ONSTACK | GUEST_SA_RESTART |   \
                        GUEST_SA_NODEFER | GUEST_SA_RESETHAND)

#define GUEST_SIG_BLOCK 0
#define GUEST_SIG_UNBLOCK 1
#define GUEST_SIG_SETMASK 2

/* The raw x86-64 rt_sigaction needs a restorer (glibc's wrapper supplies
 * its own): safe_syscall.S's signal_host_restorer calls rt_sigreturn. */
#define HOST_SA_RESTORER 0x04000000

/* x86-64 kernel struct sigaction, for the raw rt_sigaction call. */
struct host_ksigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

static pthread_mutex_t actions_lock = PTHREAD_MUTEX_INITIALIZER;
static struct guest_sigaction actions[GUEST_NSIG + 1];
static bool action_known[GUEST_NSIG + 1];

uint64_t guest_to_host_sigmask(uint64_t mask)
{
    return mask & ~(SYNC_SIGNALS | UNBLOCKABLE);
}

uint64_t signal_host_mask(const struct sig_thread *s)
{
    return guest_to_host_sigmask(s->mask | s->queued);
}

static void host_setmask(uint64_t mask)
{
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &mask, NULL, 8);
}

uint64_t signal_block_all(void)
{
    uint64_t all = ~(SYNC_SIGNALS | UNBLOCKABLE), old = 0;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, &old, 8);
    return old;
}

void signal_restore_host(uint64_t host_mask)
{
    host_setmask(host_mask);
}

void signal_set_mask(struct sig_thread *s, uint64_t mask)
{
    uint64_t saved = signal_block_all();
    (void)saved;
    s->mask = mask & ~UNBLOCKABLE;
    signal_update_pending(s);
    host_setmask(signal_host_mask(s));
}

/* What the guest inherited: ignored stays ignored across exec, anything
 * else is the default.  ferry's own handlers for the synchronous signals
 * are not the guest's business. */
static void learn_action(int sig)
{
    struct host_ksigaction h;
    actions[sig] = (struct guest_sigaction){ .handler = GUEST_SIG_DFL };
    if (!(SIGBIT(sig) & SYNC_SIGNALS) &&
        syscall(SYS_rt_sigaction, sig, NULL, &h, 8) == 0 && h.handler == (uint64_t)SIG_IGN)
        actions[sig].handler = GUEST_SIG_IGN;
    action_known[sig] = true;
}

struct guest_sigaction guest_sigaction_get(int sig)
{
    pthread_mutex_lock(&actions_lock);
    if (!action_known[sig])
        learn_action(sig);
    struct guest_sigaction a = actions[sig];
    pthread_mutex_unlock(&actions_lock);
    return a;
}

uint64_t guest_sigmask_get(void)
{
    struct sig_thread *s = sig_self();
    return s ? s->mask : 0;
}

struct guest_stack guest_altstack_get(void)
{
    struct sig_thread *s = sig_self();
    return s ? s->altstack : (struct guest_stack){ .flags = GUEST_SS_DISABLE };
}

/* The host's disposition for sig, given the guest's. */
static void apply_to_host(int sig, const struct guest_sigaction *act)
{
    if (SIGBIT(sig) & SYNC_SIGNALS)
        return; /* host_fault.c's handler stays; it asks us what to do */
    struct host_ksigaction h = { .mask = ~0ULL };
    if (act->handler == GUEST_SIG_IGN) {
        h.handler = (uint64_t)(uintptr_t)SIG_IGN;
    } else if (act->handler == GUEST_SIG_DFL) {
        h.handler = (uint64_t)(uintptr_t)SIG_DFL;
    } else {
        h.handler = (uint64_t)(uintptr_t)signal_host_entry;
        /* SA_RESTART copied: the host kernel rewinds a call it would
         * restart onto its syscall instruction, where safe_syscall's
         * window sends it back to the dispatcher (docs/signals.md). */
        h.flags = SA_SIGINFO | SA_ONSTACK | (act->flags & GUEST_SA_RESTART ? SA_RESTART : 0);
    }
    /* Without a handler these still matter (SIGCHLD reaping). */
    h.flags |= act->flags & (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT);
    h.flags |= HOST_SA_RESTORER;
    h.restorer = (uint64_t)(uintptr_t)signal_host_restorer;
    syscall(SYS_rt_sigaction, sig, &h, NULL, 8);
}

void signal_reset_action(int sig)
{
    pthread_mutex_lock(&actions_lock);
    actions[sig] = (struct guest_sigaction){ .handler = GUEST_SIG_DFL };
    apply_to_host(sig, &actions[sig]);
    pthread_mutex_unlock(&actions_lock);
}

void signal_init(void)
{
    pthread_mutex_lock(&actions_lock);
    for (int sig = 1; sig <= GUEST_NSIG; sig++)
        if (!action_known[sig])
            learn_action(sig);
    pthread_mutex_unlock(&actions_lock);
}

int64_t sys_rt_sigaction(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int sig = (int)a[0];
    uint64_t act_ptr = a[1], oact_ptr = a[2];
    if (a[3] != 8 || sig < 1 || sig > GUEST_NSIG)
        return -EINVAL;
    struct guest_sigaction act;
    if (act_ptr) {
        if (sig == SIGKILL || sig == SIGSTOP)
            return -EINVAL;
        if (guest_read(&act, act_ptr, sizeof act))
            return -EFAULT;
        act.flags &= GUEST_SA_KNOWN;
        act.mask &= ~UNBLOCKABLE;
    }
    pthread_mutex_lock(&actions_lock);
    if (!action_known[sig])
        learn_action(sig);
    struct guest_sigaction old = actions[sig];
    if (act_ptr) {
        actions[sig] = act;
        apply_to_host(sig, &act);
    }
    pthread_mutex_unlock(&actions_lock);
    if (oact_ptr && guest_write(oact_ptr, &old, sizeof old))
        return -EFAULT;
    return 0;
}

int64_t sys_rt_sigprocmask(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int how = (int)a[0];
    uint64_t set_ptr = a[1], oset_ptr = a[2];
    if (a[3] != 8)
        return -EINVAL;
    struct sig_thread *s = sig_self();
    uint64_t old = s->mask;
    if (set_ptr) {
        uint64_t set, mask;
        if (guest_read(&set, set_ptr, sizeof set))
            return -EFAULT;
        switch (how) {
        case GUEST_SIG_BLOCK: mask = old | set; break;
        case GUEST_SIG_UNBLOCK: mask = old & ~set; break;
        case GUEST_SIG_SETMASK: mask = set; break;
        default: return -EINVAL;
        }
        /* Unblocking a pending signal delivers it before the call returns
         * to the guest: the dispatcher does that next. */
        signal_set_mask(s, mask);
    }
    if (oset_ptr && guest_write(oset_ptr, &old, sizeof old))
        return -EFAULT;
    return 0;
}

/* The kernel's do_sigaltstack() setting a new stack: 0 or -errno. */
int signal_altstack_set(struct sig_thread *s, const struct guest_stack *ss, uint64_t sp)
{
    if (s->altstack.size && sp - s->altstack.sp < s->altstack.size)
        return -EPERM; /* running on it */
    uint32_t mode = (uint32_t)ss->flags & ~GUEST_SS_AUTODISARM;
    if (mode != 0 && mode != GUEST_SS_DISABLE && mode != GUEST_SS_ONSTACK)
        return -EINVAL;
    /* The flags are kept as given: a frame's uc_stack shows them. */
    if (mode == GUEST_SS_DISABLE) {
        s->altstack = (struct guest_stack){ .flags = ss->flags };
    } else {
        if (ss->size < GUEST_MINSIGSTKSZ)
            return -ENOMEM;
        s->altstack = (struct guest_stack){ .sp = ss->sp, .size = ss->size, .flags = ss->flags };
    }
    return 0;
}

int64_t sys_sigaltstack(struct cpu_state *cpu, const uint64_t a[6])
{
    struct sig_thread *s = sig_self();
    uint64_t ss_ptr = a[0], old_ptr = a[1];
    uint64_t sp = cpu->x[31];
    bool on_stack = s->altstack.size && sp - s->altstack.sp < s->altstack.size;

    /* The kernel's view: SS_DISABLE, SS_ONSTACK or 0 from where sp is,
     * plus the flag bits as they were set. */
    struct guest_stack old = s->altstack;
    uint32_t mode = !s->altstack.size ? GUEST_SS_DISABLE : on_stack ? GUEST_SS_ONSTACK : 0;
    old.flags = (int32_t)(mode | ((uint32_t)s->altstack.flags & GUEST_SS_AUTODISARM));
    old.pad = 0;

    if (ss_ptr) {
        struct guest_stack ss;
        if (guest_read(&ss, ss_ptr, sizeof ss))
            return -EFAULT;
        int err = signal_altstack_set(s, &ss, sp);
        if (err)
            return err;
    }
    if (old_ptr && guest_write(old_ptr, &old, sizeof old))
        return -EFAULT;
    return 0;
}

void signal_fork_lock(void)
{
    pthread_mutex_lock(&actions_lock);
}

void signal_fork_unlock(struct sig_thread *child)
{
    pthread_mutex_unlock(&actions_lock);
    if (!child)
        return;
    child->queued = 0;
    child->sync_pending = false;
    child->restore_mask = false;
    child->restarting = false;
    signal_update_pending(child);
}
