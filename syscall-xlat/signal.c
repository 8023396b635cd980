/* Signal state: the guest's actions, mask and alternate stack are recorded
 * in guest layout.  What reaches the host is limited to what is safe while
 * guest handlers cannot run yet, and never touches the synchronous signals
 * ferry's translator relies on (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP).
 *
 * Signal numbers, sigset_t (64 bits), the SA_ flags and the kernel struct
 * sigaction shape ({handler, flags, restorer, mask}) agree between arm64 and
 * x86-64; MINSIGSTKSZ does not (5120 on arm64). */
#include "syscall-xlat/guest_signal.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall-xlat/xlat.h"

#define BIT(sig) (1ULL << ((sig) - 1))
#define SYNC_SIGNALS (BIT(SIGSEGV) | BIT(SIGBUS) | BIT(SIGILL) | BIT(SIGFPE) | BIT(SIGTRAP))
#define UNBLOCKABLE (BIT(SIGKILL) | BIT(SIGSTOP))

#define GUEST_SA_NOCLDSTOP 0x00000001
#define GUEST_SA_NOCLDWAIT 0x00000002
#define GUEST_SA_SIGINFO 0x00000004
#define GUEST_SA_RESTORER 0x04000000
#define GUEST_SA_ONSTACK 0x08000000
#define GUEST_SA_RESTART 0x10000000
#define GUEST_SA_NODEFER 0x40000000
#define GUEST_SA_RESETHAND 0x80000000
/* What the arm64 kernel keeps; it clears the rest, so a guest probing with
 * SA_UNSUPPORTED sees it cleared.  SA_EXPOSE_TAGBITS is cleared as well:
 * ferry reports no address tag bits. */
#define GUEST_SA_KNOWN (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT | GUEST_SA_SIGINFO | \
                        GUEST_SA_RESTORER | GUEST_SA_ONSTACK | GUEST_SA_RESTART |   \
                        GUEST_SA_NODEFER | GUEST_SA_RESETHAND)

#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1U << 31)
#define GUEST_MINSIGSTKSZ 5120

#define GUEST_SIG_BLOCK 0
#define GUEST_SIG_UNBLOCK 1
#define GUEST_SIG_SETMASK 2

/* x86-64 kernel struct sigaction, for the raw rt_sigaction call. */
struct host_ksigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

static struct guest_sigaction actions[GUEST_NSIG + 1];
static bool action_known[GUEST_NSIG + 1];
static __thread uint64_t guest_mask;
static __thread bool mask_known;
static __thread struct guest_stack altstack = { .flags = GUEST_SS_DISABLE };

uint64_t guest_to_host_sigmask(uint64_t mask)
{
    return mask & ~(SYNC_SIGNALS | UNBLOCKABLE);
}

/* What the guest inherited: ignored stays ignored across exec, anything
 * else is the default.  ferry's own handlers for the synchronous signals
 * are not the guest's business. */
static void learn_action(int sig)
{
    struct host_ksigaction h;
    actions[sig] = (struct guest_sigaction){ .handler = GUEST_SIG_DFL };
    if (!(BIT(sig) & SYNC_SIGNALS) &&
        syscall(SYS_rt_sigaction, sig, NULL, &h, 8) == 0 && h.handler == (uint64_t)SIG_IGN)
        actions[sig].handler = GUEST_SIG_IGN;
    action_known[sig] = true;
}

static uint64_t current_mask(void)
{
    if (!mask_known) {
        uint64_t host = 0;
        syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &host, 8);
        guest_mask = host & ~UNBLOCKABLE;
        mask_known = true;
    }
    return guest_mask;
}

void signal_init(void)
{
    current_mask();
    for (int sig = 1; sig <= GUEST_NSIG; sig++)
        if (!action_known[sig])
            learn_action(sig);
}

struct guest_sigaction guest_sigaction_get(int sig)
{
    if (!action_known[sig])
        learn_action(sig);
    return actions[sig];
}

uint64_t guest_sigmask_get(void)
{
    return current_mask();
}

struct guest_stack guest_altstack_get(void)
{
    return altstack;
}

/* SIG_IGN and SIG_DFL mean the same on the host, so ignoring SIGPIPE works
 * and a default-action signal ends ferry the way it would end the guest.
 * A guest handler leaves the host disposition alone until delivery to guest
 * handlers exists. */
static void apply_to_host(int sig, const struct guest_sigaction *act)
{
    if (BIT(sig) & SYNC_SIGNALS)
        return;
    if (act->handler != GUEST_SIG_DFL && act->handler != GUEST_SIG_IGN)
        return;
    struct host_ksigaction h = {
        .handler = act->handler == GUEST_SIG_IGN ? (uint64_t)SIG_IGN : (uint64_t)SIG_DFL,
        /* Only these matter without a handler (SIGCHLD reaping). */
        .flags = act->flags & (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT),
    };
    syscall(SYS_rt_sigaction, sig, &h, NULL, 8);
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
    struct guest_sigaction old = guest_sigaction_get(sig);
    if (act_ptr) {
        actions[sig] = act;
        apply_to_host(sig, &act);
    }
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
    uint64_t old = current_mask();
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
        mask &= ~UNBLOCKABLE;
        uint64_t host = guest_to_host_sigmask(mask);
        long r = syscall(SYS_rt_sigprocmask, SIG_SETMASK, &host, NULL, 8);
        if (r < 0)
            return host_result(r);
        guest_mask = mask;
    }
    if (oset_ptr && guest_write(oset_ptr, &old, sizeof old))
        return -EFAULT;
    return 0;
}

int64_t sys_sigaltstack(struct cpu_state *cpu, const uint64_t a[6])
{
    uint64_t ss_ptr = a[0], old_ptr = a[1];
    uint64_t sp = cpu->x[31];
    bool on_stack = altstack.size && sp - altstack.sp < altstack.size;

    struct guest_stack old = altstack;
    old.flags = on_stack ? GUEST_SS_ONSTACK
              : altstack.size ? (altstack.flags & (int32_t)GUEST_SS_AUTODISARM)
                              : GUEST_SS_DISABLE;
    old.pad = 0;

    if (ss_ptr) {
        struct guest_stack ss;
        if (guest_read(&ss, ss_ptr, sizeof ss))
            return -EFAULT;
        if (on_stack)
            return -EPERM;
        uint32_t mode = (uint32_t)ss.flags & ~GUEST_SS_AUTODISARM;
        if (mode != 0 && mode != GUEST_SS_DISABLE && mode != GUEST_SS_ONSTACK)
            return -EINVAL;
        if (mode == GUEST_SS_DISABLE) {
            altstack = (struct guest_stack){ .flags = GUEST_SS_DISABLE };
        } else {
            if (ss.size < GUEST_MINSIGSTKSZ)
                return -ENOMEM;
            altstack = (struct guest_stack){
                .sp = ss.sp,
                .size = ss.size,
                .flags = (int32_t)((uint32_t)ss.flags & GUEST_SS_AUTODISARM),
            };
        }
    }
    if (old_ptr && guest_write(old_ptr, &old, sizeof old))
        return -EFAULT;
    return 0;
}
