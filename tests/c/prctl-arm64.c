/* prctl, personality and seccomp as an arm64 kernel answers them on
 * ferry's CPU.  ferry-test: arch-specific
 * The expected output is written by hand from prctl(2), personality(2),
 * seccomp(2) and the kernel sources: qemu 7.2 lacks PR_SET_THP_DISABLE,
 * PR_SET_CHILD_SUBREAPER and PR_GET_TID_ADDRESS, and its CPU has SVE, SME,
 * pointer authentication and MTE, which ferry's does not.
 *  - generic options: THP, child subreaper, PR_GET_TID_ADDRESS (the
 *    address this thread gave set_tid_address);
 *  - ferry's CPU has no SVE, SME, PAC, MTE or tagged address ABI, and no
 *    AArch32: those options and personality(PER_LINUX32) fail with EINVAL,
 *    as on such a machine;
 *  - x86-only options (TSC) fail with EINVAL, as on any arm64 kernel;
 *  - seccomp is absent, as in a kernel without CONFIG_SECCOMP:
 *    PR_GET_SECCOMP/PR_SET_SECCOMP fail with EINVAL, seccomp(2) with
 *    ENOSYS (a filter for arm64 syscall numbers would otherwise judge the
 *    emulator's own x86-64 calls);
 *  - PR_SET_MDWE, PR_SET_SYSCALL_USER_DISPATCH, PR_GET_AUXV, PR_SET_MM and
 *    PR_SET_VMA fail with EINVAL (an older kernel's answer).
 * ferry-test: expected-by-hand (make expected must leave it alone)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Newer than some C libraries' headers. */
#define X_PR_SET_MDWE 65
#define X_PR_GET_MDWE 66
#define X_PR_GET_AUXV 0x41555856
#define X_PR_SET_SYSCALL_USER_DISPATCH 59
#define X_PR_SME_GET_VL 64
#define X_PR_PAC_GET_ENABLED_KEYS 61
#define X_PR_GET_SHADOW_STACK_STATUS 74

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOSYS: return "ENOSYS";
    default: return strerror(errno);
    }
}

#define CALL(label, expr)                   \
    do {                                    \
        errno = 0;                          \
        long r_ = (expr);                   \
        printf("%s: %s\n", label, res(r_)); \
    } while (0)

int main(void)
{
    CALL("PR_GET_THP_DISABLE", prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0));
    CALL("PR_SET_THP_DISABLE 1", prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0));
    CALL("PR_GET_THP_DISABLE", prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0));
    prctl(PR_SET_THP_DISABLE, 0, 0, 0, 0);

    int reaper = -1;
    CALL("PR_SET_CHILD_SUBREAPER 1", prctl(PR_SET_CHILD_SUBREAPER, 1));
    CALL("PR_GET_CHILD_SUBREAPER", prctl(PR_GET_CHILD_SUBREAPER, &reaper));
    printf("  subreaper: %d\n", reaper);
    prctl(PR_SET_CHILD_SUBREAPER, 0);

    /* The address the C library gave set_tid_address, then our own. */
    int *libc_tid = NULL, mine = 0, *got = NULL;
    CALL("PR_GET_TID_ADDRESS", prctl(PR_GET_TID_ADDRESS, &libc_tid));
    printf("  set by the C library: %s\n", yesno(libc_tid != NULL));
    long tid = syscall(SYS_set_tid_address, &mine);
    printf("set_tid_address returns the tid: %s\n", yesno(tid == syscall(SYS_gettid)));
    CALL("PR_GET_TID_ADDRESS", prctl(PR_GET_TID_ADDRESS, &got));
    printf("  ours: %s\n", yesno(got == &mine));
    CALL("PR_GET_TID_ADDRESS bad pointer", prctl(PR_GET_TID_ADDRESS, (int **)8));
    syscall(SYS_set_tid_address, libc_tid);

    CALL("PR_SVE_GET_VL", prctl(PR_SVE_GET_VL, 0, 0, 0, 0));
    CALL("PR_SVE_SET_VL", prctl(PR_SVE_SET_VL, 16, 0, 0, 0));
    CALL("PR_SME_GET_VL", prctl(X_PR_SME_GET_VL, 0, 0, 0, 0));
    CALL("PR_PAC_RESET_KEYS", prctl(PR_PAC_RESET_KEYS, 0, 0, 0, 0));
    CALL("PR_PAC_GET_ENABLED_KEYS", prctl(X_PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0));
    CALL("PR_GET_TAGGED_ADDR_CTRL", prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
    CALL("PR_SET_TAGGED_ADDR_CTRL", prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE, 0, 0, 0));
    CALL("PR_GET_SHADOW_STACK_STATUS", prctl(X_PR_GET_SHADOW_STACK_STATUS, 0, 0, 0, 0));
    int tsc;
    CALL("PR_GET_TSC", prctl(PR_GET_TSC, &tsc));
    CALL("PR_SET_TSC", prctl(PR_SET_TSC, PR_TSC_SIGSEGV));

    CALL("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP));
    CALL("PR_SET_SECCOMP strict", prctl(PR_SET_SECCOMP, 1));
    CALL("seccomp(SECCOMP_GET_ACTION_AVAIL)", syscall(SYS_seccomp, 2, 0, &(unsigned){ 0 }));

    CALL("PR_SET_MDWE", prctl(X_PR_SET_MDWE, 1, 0, 0, 0));
    CALL("PR_GET_MDWE", prctl(X_PR_GET_MDWE, 0, 0, 0, 0));
    CALL("PR_SET_SYSCALL_USER_DISPATCH", prctl(X_PR_SET_SYSCALL_USER_DISPATCH, 0, 0, 0, 0));
    char auxv[512];
    CALL("PR_GET_AUXV", prctl(X_PR_GET_AUXV, auxv, sizeof auxv, 0, 0));
    CALL("PR_SET_MM start_brk", prctl(PR_SET_MM, PR_SET_MM_START_BRK, 0x100000, 0, 0));
    CALL("PR_SET_VMA anon name", prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, auxv, 4096, "x"));

    int persona = personality(0xffffffff);
    CALL("personality PER_LINUX32", personality(PER_LINUX32));
    CALL("personality PER_LINUX32_3GB", personality(PER_LINUX32_3GB));
    printf("  unchanged: %s\n", yesno(personality(0xffffffff) == persona));
    return 0;
}
