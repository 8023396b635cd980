/* Process identity: uname, rseq, prctl, personality, getrandom.  Plain id
 * queries pass through (syscall_table.h); threads and exit are thread.c's. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "common/guest_random.h"
#include "syscall-xlat/process.h"

/* struct new_utsname: six 65-byte strings, the same on both. */
struct guest_utsname {
    char field[6][65];
};
#define UTS_RELEASE 2
#define UTS_MACHINE 4

int64_t sys_uname(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    struct guest_utsname u;
    long r = syscall(SYS_uname, &u);
    if (r < 0)
        return host_result(r);
    memset(u.field[UTS_MACHINE], 0, sizeof u.field[UTS_MACHINE]);
    strcpy(u.field[UTS_MACHINE], "aarch64");
    if (ferry_opt.uname_release) { /* -r */
        memset(u.field[UTS_RELEASE], 0, sizeof u.field[UTS_RELEASE]);
        strncpy(u.field[UTS_RELEASE], ferry_opt.uname_release, sizeof u.field[UTS_RELEASE] - 1);
    }
    return guest_write(a[0], &u, sizeof u) ? -EFAULT : 0;
}

/* Restartable sequences would need the translator to honour abort
 * handlers; the C library falls back cleanly when the call is missing, so
 * this is a deliberate, silent ENOSYS. */
int64_t sys_rseq(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    (void)a;
    return -ENOSYS;
}

/* prctl: an allow-list of options whose meaning and arguments are the same
 * on both kernels (ints, C strings, pointers to ints) and that act on the
 * calling thread or process as the guest means.  Everything else fails
 * with EINVAL, which is what a kernel answers for an option it does not
 * know or was built without:
 *  - options for other architectures (UNALIGN, FPEMU, FPEXC, ENDIAN, TSC,
 *    FP_MODE, MPX, RISC-V and PowerPC ones): not arm64's, and x86-64's TSC
 *    control must not reach the host;
 *  - arm64's own: SVE, SME, pointer authentication, the tagged address ABI
 *    and MTE (HWCAP does not advertise them and the translator does not
 *    ignore address tags), shadow stacks;
 *  - options the host would apply to ferry's own x86-64 code: seccomp (a
 *    filter written for arm64 syscall numbers would judge ferry's host
 *    calls; EINVAL is what prctl says on a kernel without CONFIG_SECCOMP,
 *    and libseccomp/systemd take it as "seccomp unavailable"), syscall
 *    user dispatch, memory-deny-write-execute (PR_SET_MDWE would stop the
 *    code cache), PR_GET_AUXV (the host's vector, not the guest's);
 *  - PR_SET_MM: ferry keeps the guest's view of its code, data, stack,
 *    arguments and executable, which the host's fields do not describe;
 *  - PR_SET_VMA (anonymous mapping names): as a kernel without
 *    CONFIG_ANON_VMA_NAME; callers ignore the failure. */
int64_t sys_prctl(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int option = (int)a[0];
    switch (option) {
    case PR_SET_PDEATHSIG:
    case PR_GET_PDEATHSIG:
    case PR_GET_DUMPABLE:
    case PR_SET_DUMPABLE:
    case PR_GET_KEEPCAPS:
    case PR_SET_KEEPCAPS:
    case PR_GET_TIMING:
    case PR_SET_TIMING:
    case PR_SET_NAME:
    case PR_GET_NAME:
    case PR_CAPBSET_READ:
    case PR_CAPBSET_DROP:
    case PR_GET_SECUREBITS:
    case PR_SET_SECUREBITS:
    case PR_SET_TIMERSLACK:
    case PR_GET_TIMERSLACK:
    case PR_TASK_PERF_EVENTS_DISABLE:
    case PR_TASK_PERF_EVENTS_ENABLE:
    case PR_MCE_KILL:
    case PR_MCE_KILL_GET:
    case PR_SET_PTRACER:
    case PR_SET_CHILD_SUBREAPER:
    case PR_GET_CHILD_SUBREAPER:
    case PR_SET_NO_NEW_PRIVS:
    case PR_GET_NO_NEW_PRIVS:
    case PR_SET_THP_DISABLE:
    case PR_GET_THP_DISABLE:
    case PR_CAP_AMBIENT:
    case PR_GET_SPECULATION_CTRL:
    case PR_SET_SPECULATION_CTRL:
    case PR_SET_IO_FLUSHER:
    case PR_GET_IO_FLUSHER:
    case PR_SCHED_CORE:
        return host_result(syscall(SYS_prctl, option, a[1], a[2], a[3], a[4]));
    case PR_GET_TID_ADDRESS: {
        /* The host's would be ferry's C library's; the guest's is the one
         * it gave set_tid_address (or clone). */
        uint64_t addr = guest_clear_child_tid();
        return guest_write(a[1], &addr, sizeof addr) ? -EFAULT : 0;
    }
    default:
        return -EINVAL;
    }
}

/* personality: the persona is one 32-bit word with the same bits on both
 * kernels, and the host keeps it (ADDR_NO_RANDOMIZE, UNAME26, ...) and
 * reports it to queries (0xffffffff), including what ferry was started
 * with.  arm64 checks one thing x86-64 does not: PER_LINUX32 needs AArch32
 * at EL0, which ferry's CPU lacks (it runs AArch64 code only), so it is
 * EINVAL, as on such a machine; on x86-64 it would succeed and make the
 * host's uname say i686. */
#define GUEST_PER_MASK 0xff
#define GUEST_PER_LINUX32 0x0008

int64_t sys_personality(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint32_t persona = (uint32_t)a[0];
    if (persona != 0xffffffffu && (persona & GUEST_PER_MASK) == GUEST_PER_LINUX32)
        return -EINVAL;
    return host_result(syscall(SYS_personality, persona));
}

/* getrandom: the host's, unless -seed asked for a repeatable stream. */
int64_t sys_getrandom(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    if (!guest_random_seeded())
        return host_result(syscall(SYS_getrandom, a[0], a[1], a[2]));
    size_t len = a[1] > (1u << 25) ? (1u << 25) : (size_t)a[1]; /* as Linux: 32 MiB at most */
    unsigned char chunk[4096];
    for (size_t done = 0; done < len;) {
        size_t k = len - done < sizeof chunk ? len - done : sizeof chunk;
        guest_random_fill(chunk, k);
        if (guest_write(a[0] + done, chunk, k))
            return done ? (int64_t)done : -EFAULT;
        done += k;
    }
    return (int64_t)len;
}
