/* Waiting for signals, and calls that wait under a temporary signal mask:
 * rt_sigsuspend, rt_sigtimedwait, rt_sigpending, and the mask handling of
 * ppoll, pselect6 and epoll_pwait (poll.c).
 *
 * A handler that interrupts such a call must run under the temporary mask
 * and its frame must save the mask from before the call, which sigreturn
 * then restores: the kernel's set_restore_sigmask(), here s->restore_mask
 * with s->saved_mask (signal_queue.c delivers accordingly). */
#include "syscall-xlat/guest_signal.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>

#include "syscall-xlat/safe_syscall.h"
#include "syscall-xlat/xlat.h"

#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

uint64_t signal_temp_mask_begin(uint64_t guest_temp)
{
    struct sig_thread *s = sig_self();
    uint64_t saved = signal_block_all();
    (void)saved;
    s->saved_mask = s->mask;
    s->mask = guest_temp & ~UNBLOCKABLE;
    signal_update_pending(s);
    uint64_t host = signal_host_mask(s);
    /* Back to the thread's own host mask for the moment before the call;
     * the call itself installs `host` atomically. */
    signal_restore_host(guest_to_host_sigmask(s->saved_mask | s->queued));
    return host;
}

void signal_temp_mask_end(long result)
{
    struct sig_thread *s = sig_self();
    if ((result == -EINTR || result == -SAFE_SYSCALL_ERESTART) && s->pending) {
        s->restore_mask = true; /* delivered under the temporary mask */
        return;
    }
    s->mask = s->saved_mask;
    signal_update_pending(s);
}

int64_t sys_rt_sigsuspend(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t mask;
    if (a[1] != 8)
        return -EINVAL;
    if (guest_read(&mask, a[0], sizeof mask))
        return -EFAULT;
    uint64_t host = signal_temp_mask_begin(mask);
    long r = safe_syscall(SYS_rt_sigsuspend, (long)&host, 8, 0, 0, 0, 0);
    /* It only ever ends with a signal: EINTR, the handler's frame saving
     * the mask from before (ERESTARTNOHAND). */
    signal_temp_mask_end(-EINTR);
    (void)r;
    return -EINTR;
}

int64_t sys_rt_sigpending(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    if (a[1] != 8)
        return -EINVAL;
    struct sig_thread *s = sig_self();
    uint64_t host = 0;
    long r = syscall(SYS_rt_sigpending, &host, 8);
    if (r < 0)
        return host_result(r);
    /* Blocked and pending: the host kernel's, and what ferry took and
     * still holds because the guest blocked it in the meantime. */
    uint64_t set = (host | s->queued) & s->mask;
    return guest_write(a[0], &set, sizeof set) ? -EFAULT : 0;
}

int64_t sys_rt_sigtimedwait(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t set, set_ptr = a[0], info_ptr = a[1], ts_ptr = a[2];
    if (a[3] != 8)
        return -EINVAL;
    if (guest_read(&set, set_ptr, sizeof set))
        return -EFAULT;
    set &= ~UNBLOCKABLE;
    struct sig_thread *s = sig_self();
    /* A signal ferry already took (the guest blocked it before it could
     * be delivered) is pending as far as the guest knows: take it first. */
    uint64_t saved = signal_block_all();
    (void)saved;
    uint64_t mine = s->queued & set;
    if (mine) {
        int sig = __builtin_ctzll(mine) + 1;
        struct guest_siginfo info = s->info[sig];
        __atomic_and_fetch(&s->queued, ~SIGBIT(sig), __ATOMIC_RELEASE);
        signal_update_pending(s);
        signal_restore_host(signal_host_mask(s));
        if (info_ptr && guest_write(info_ptr, &info, sizeof info))
            return -EFAULT;
        return sig;
    }
    signal_restore_host(signal_host_mask(s));
    /* The host kernel holds the blocked ones, queued and in order; the
     * timespec agrees (layouts.c). */
    struct guest_siginfo info;
    long r = safe_syscall(SYS_rt_sigtimedwait, (long)&set, info_ptr ? (long)&info : 0, (long)ts_ptr,
                          8, 0, 0);
    if (r > 0 && info_ptr && guest_write(info_ptr, &info, sizeof info))
        return -EFAULT;
    return r;
}
