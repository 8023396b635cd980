/* prctl options and personality() whose meaning is the same on every
 * architecture: the thread name, parent-death signal, dumpable, keepcaps,
 * timer slack, capability bounding set, securebits and no_new_privs.
 * Options qemu 7.2 lacks (THP, child subreaper, the clear_child_tid
 * address) and what arm64 and ferry's CPU do differently: prctl-arm64.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/capability.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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
    case EPERM: return "EPERM";
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
    char name[32];
    CALL("PR_SET_NAME", prctl(PR_SET_NAME, "ferry-prctl"));
    memset(name, 'z', sizeof name);
    CALL("PR_GET_NAME", prctl(PR_GET_NAME, name));
    printf("  name: %s\n", name);
    CALL("PR_SET_NAME long", prctl(PR_SET_NAME, "a-name-longer-than-fifteen-bytes"));
    memset(name, 'z', sizeof name);
    prctl(PR_GET_NAME, name);
    printf("  name: %s (%zu bytes)\n", name, strlen(name));
    CALL("PR_SET_NAME bad pointer", prctl(PR_SET_NAME, (char *)8));
    CALL("PR_GET_NAME bad pointer", prctl(PR_GET_NAME, (char *)8));

    int sig = -1;
    CALL("PR_SET_PDEATHSIG SIGUSR1", prctl(PR_SET_PDEATHSIG, SIGUSR1));
    CALL("PR_GET_PDEATHSIG", prctl(PR_GET_PDEATHSIG, &sig));
    printf("  signal: %d\n", sig);
    CALL("PR_SET_PDEATHSIG 99", prctl(PR_SET_PDEATHSIG, 99));
    prctl(PR_SET_PDEATHSIG, 0);

    CALL("PR_GET_DUMPABLE", prctl(PR_GET_DUMPABLE));
    CALL("PR_SET_DUMPABLE 0", prctl(PR_SET_DUMPABLE, 0));
    CALL("PR_GET_DUMPABLE", prctl(PR_GET_DUMPABLE));
    CALL("PR_SET_DUMPABLE 7", prctl(PR_SET_DUMPABLE, 7));
    prctl(PR_SET_DUMPABLE, 1);

    CALL("PR_GET_KEEPCAPS", prctl(PR_GET_KEEPCAPS));
    CALL("PR_GET_TIMING", prctl(PR_GET_TIMING));
    CALL("PR_SET_TIMERSLACK 123456", prctl(PR_SET_TIMERSLACK, 123456));
    CALL("PR_GET_TIMERSLACK", prctl(PR_GET_TIMERSLACK));
    prctl(PR_SET_TIMERSLACK, 0); /* back to the default */

    errno = 0;
    long r = prctl(PR_CAPBSET_READ, CAP_CHOWN);
    printf("PR_CAPBSET_READ CAP_CHOWN: 0 or 1: %s\n", yesno(r == 0 || r == 1));
    CALL("PR_CAPBSET_READ 1000", prctl(PR_CAPBSET_READ, 1000));
    errno = 0;
    r = prctl(PR_GET_SECUREBITS);
    printf("PR_GET_SECUREBITS: %s\n", yesno(r >= 0));

    CALL("PR_GET_NO_NEW_PRIVS", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
    CALL("PR_SET_NO_NEW_PRIVS extra argument", prctl(PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0));
    CALL("PR_SET_NO_NEW_PRIVS", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
    CALL("PR_GET_NO_NEW_PRIVS", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));

    CALL("unknown option", prctl(0x7fff0000, 0, 0, 0, 0));

    errno = 0;
    int persona = personality(0xffffffff);
    printf("personality query: %s linux=%s\n", persona == -1 ? res(-1) : "ok",
           yesno((persona & PER_MASK) == PER_LINUX));
    CALL("personality ADDR_NO_RANDOMIZE", personality(persona | ADDR_NO_RANDOMIZE) == persona);
    printf("  now set: %s\n", yesno(personality(0xffffffff) & ADDR_NO_RANDOMIZE));
    personality(persona);
    printf("  restored: %s\n", yesno(personality(0xffffffff) == persona));
    return 0;
}
