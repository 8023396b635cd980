/* The syscall table and the entry point translated code calls for SVC #0. */
#include "syscall-xlat/syscall.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "common/ferry_fds.h"
#include "common/sysroot.h"
#include "dbt/runtime/stats.h"
#include "syscall-xlat/guest_signal.h"
#include "syscall-xlat/safe_syscall.h"
#include "syscall-xlat/strace.h"
#include "syscall-xlat/xlat.h"

#define SC_FN_Y(name) sys_##name
#define SC_FN_P(name) NULL
#define SC_FN_N(name) NULL
#define SC_HOST_Y(name) -1
#define SC_HOST_P(name) SYS_##name
#define SC_HOST_N(name) -1
#define SC_ROW(nr, name, kind, args, ret) \
    [nr] = { #name, SC_FN_##kind(name), SC_HOST_##kind(name), args, ret },

static const struct syscall_def syscall_table[GUEST_NR_SYSCALLS] = {
    SYSCALL_TABLE(SC_ROW)
};

const struct syscall_def *syscall_lookup(uint64_t nr)
{
    if (nr >= GUEST_NR_SYSCALLS || !syscall_table[nr].name)
        return NULL;
    return &syscall_table[nr];
}

void syscall_init(void)
{
    procfs_init();
    signal_init();
}

/* The host's version of each path argument (see syscall_table.h): read
 * from the guest, looked up in the sysroot.  And ferry's own descriptors
 * are not the guest's to use: for it they are closed.  Returns 0 or
 * -errno. */
static int64_t resolve_paths(const struct syscall_def *d, uint64_t a[6],
                             char (*buf)[2][PATH_MAX])
{
    int used = 0;
    for (int i = 0; d->args[i] && i < 6; i++) {
        if ((d->args[i] == 'f' || d->args[i] == 'a') && ferry_fd_is_own((int)a[i]))
            return -EBADF;
        if (d->args[i] != 'n' || !a[i])
            continue;
        char guest[PATH_MAX];
        long n = guest_read_str(guest, sizeof guest, a[i]);
        if (n < 0)
            return n;
        char *out = (*buf)[used++];
        const char *host = sysroot_path(guest, out, PATH_MAX);
        if (host != out)
            memcpy(out, guest, (size_t)n + 1);
        a[i] = (uint64_t)(uintptr_t)out;
    }
    return 0;
}

static int64_t run(struct cpu_state *cpu, uint64_t nr, const struct syscall_def *d,
                   const uint64_t guest_args[6])
{
    uint64_t a[6];
    memcpy(a, guest_args, sizeof a);
    char paths[2][PATH_MAX];
    if (d) {
        int64_t err = resolve_paths(d, a, &paths);
        if (err)
            return err;
    }
    if (d && d->fn)
        return d->fn(cpu, a);
    /* Any pass-through call may block (read, futex, accept...): safe
     * against a signal that arrives just before it. */
    if (d && d->host_nr >= 0)
        return safe_syscall(d->host_nr, (long)a[0], (long)a[1], (long)a[2], (long)a[3],
                            (long)a[4], (long)a[5]);
    if (d)
        strace_notice("unimplemented syscall %s (%llu)", d->name, (unsigned long long)nr);
    else
        strace_notice("unimplemented syscall syscall_%llu (%llu)",
                      (unsigned long long)nr, (unsigned long long)nr);
    return -ENOSYS;
}

/* A signal came first (safe_syscall.S): the call did not run, or the
 * host kernel undid it to restart it.  Back onto the SVC, x0 untouched;
 * signal delivery then restarts the call or fails it with EINTR, as the
 * kernel would (docs/signals.md). */
static void prepare_restart(struct cpu_state *cpu, uint64_t nr, const uint64_t a[6])
{
    struct sig_thread *s = sig_self();
    s->restarting = true;
    s->restart_nr = nr;
    memcpy(s->restart_arg, a, sizeof s->restart_arg);
    cpu->pc -= 4;
}

void syscall_dispatch(struct cpu_state *cpu)
{
    uint64_t nr = cpu->x[8];
    const uint64_t a[6] = { cpu->x[0], cpu->x[1], cpu->x[2], cpu->x[3], cpu->x[4], cpu->x[5] };
    const struct syscall_def *d = syscall_lookup(nr);

    if (ferry_opt.log_stats) {
        if (d && d->ret == 'n')
            stats_report(); /* exit: nothing comes back */
        __atomic_fetch_add(&run_stats.syscalls, 1, __ATOMIC_RELAXED);
    }
    uint64_t t0 = ferry_opt.log_stats ? stats_now_ns() : 0;
    if (!ferry_opt.strace) {
        int64_t r = run(cpu, nr, d, a);
        if (ferry_opt.log_stats)
            stats_syscall_time(t0);
        if (r == -SAFE_SYSCALL_ERESTART)
            prepare_restart(cpu, nr, a);
        else
            cpu->x[0] = (uint64_t)r;
        return;
    }
    char call[768];
    strace_format_call(call, sizeof call, nr, d, a);
    if (d && d->ret == 'n')
        strace_print_noreturn(call);
    strace_set_current(call);
    int64_t r = run(cpu, nr, d, a);
    strace_set_current(NULL);
    if (ferry_opt.log_stats)
        stats_syscall_time(t0);
    if (r == -SAFE_SYSCALL_ERESTART) {
        strace_print_result(call, d ? d->ret : 'd', -EINTR); /* "interrupted" */
        prepare_restart(cpu, nr, a);
        return;
    }
    strace_print_result(call, d ? d->ret : 'd', r);
    cpu->x[0] = (uint64_t)r;
}
