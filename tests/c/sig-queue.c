/* sig-queue.c - queued signals and the ways of waiting for them:
 *
 *  - real-time signals queue (each instance delivered, with its value);
 *    standard ones do not (one delivery, the first instance's value);
 *  - pending signals are delivered lowest number first, instances of one
 *    real-time signal in the order sent (handlers block everything, so one
 *    frame at a time and the order of dequeueing is the order of running);
 *  - kill of a real-time signal queues too (SI_USER);
 *  - rt_sigqueueinfo and rt_tgsigqueueinfo with a full 64-bit sival_ptr;
 *  - sigwaitinfo, sigtimedwait (timeout 0: EAGAIN at once; 100 ms:
 *    EAGAIN after 100 ms; interrupted by a handled signal: EINTR), sigwait;
 *  - signalfd: several signalfd_siginfo per read, in order, with values,
 *    EAGAIN when empty and O_NONBLOCK, readable for poll, the signal no
 *    longer pending after the read.
 * SIGRTMIN..SIGRTMAX as a whole (signal 64, which qemu 7.2 cannot give the
 * guest) are in sig-rtmax.c.
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "watchdog.h"

static const char *sig_name(int s)
{
    static char bufs[8][16];
    static int next;
    char *b = bufs[next++ & 7];
    if (s == SIGUSR1) return "USR1";
    if (s == SIGUSR2) return "USR2";
    if (s == SIGALRM) return "ALRM";
    if (s >= SIGRTMIN && s <= SIGRTMAX) {
        snprintf(b, 16, "RTMIN+%d", s - SIGRTMIN);
        return b;
    }
    snprintf(b, 16, "sig%d", s);
    return b;
}

static const char *code_name(int c)
{
    switch (c) {
    case SI_USER: return "SI_USER";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TKILL: return "SI_TKILL";
    case SI_KERNEL: return "SI_KERNEL";
    case SI_TIMER: return "SI_TIMER";
    default: return "other";
    }
}

/* Deliveries, recorded by the handler. */
struct rec { int sig, code, value, pid_ok; uintptr_t ptr; };
static struct rec recs[64];
static volatile int nrecs;

static void recorder(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    if (nrecs < 64) {
        struct rec *r = &recs[nrecs++];
        r->sig = sig;
        r->code = si->si_code;
        r->value = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
        r->ptr = si->si_code == SI_QUEUE ? (uintptr_t)si->si_value.sival_ptr : 0;
        r->pid_ok = si->si_pid == getpid();
    }
}

static void show_recs(const char *what)
{
    printf("%s:", what);
    for (int i = 0; i < nrecs; i++) {
        printf(" %s/%s", sig_name(recs[i].sig), code_name(recs[i].code));
        if (recs[i].value >= 0)
            printf("=%d", recs[i].value);
        if (!recs[i].pid_ok)
            printf("(other pid)");
    }
    printf("\n");
    nrecs = 0;
}

static void install_all_blocked(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = recorder;
    sa.sa_flags = SA_SIGINFO;
    sigfillset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void queue(int sig, int v)
{
    union sigval val = { .sival_int = v };
    if (sigqueue(getpid(), sig, val) != 0)
        printf("sigqueue %s failed: %s\n", sig_name(sig), strerror(errno));
}

static sigset_t set_of(const int *sigs, int n)
{
    sigset_t s;
    sigemptyset(&s);
    for (int i = 0; i < n; i++)
        sigaddset(&s, sigs[i]);
    return s;
}

static void test_order(void)
{
    int sigs[] = { SIGUSR1, SIGUSR2, SIGRTMIN, SIGRTMIN + 1, SIGRTMIN + 2, SIGRTMIN + 7 };
    for (int i = 0; i < 6; i++)
        install_all_blocked(sigs[i]);
    sigset_t block = set_of(sigs, 6), old;
    sigprocmask(SIG_BLOCK, &block, &old);
    queue(SIGRTMIN + 2, 1);
    queue(SIGRTMIN, 2);
    queue(SIGRTMIN + 2, 3);
    queue(SIGRTMIN + 7, 4);
    queue(SIGRTMIN + 1, 5);
    queue(SIGRTMIN, 6);
    queue(SIGUSR2, 7);
    queue(SIGUSR1, 8);
    queue(SIGUSR1, 9);
    queue(SIGUSR2, 10);
    queue(SIGRTMIN, 11);
    kill(getpid(), SIGRTMIN + 1);
    kill(getpid(), SIGRTMIN + 1);
    printf("delivered while blocked: %d\n", nrecs);
    sigset_t pend;
    sigpending(&pend);
    printf("pending:");
    for (int i = 0; i < 6; i++)
        if (sigismember(&pend, sigs[i]))
            printf(" %s", sig_name(sigs[i]));
    printf("\n");
    sigprocmask(SIG_SETMASK, &old, NULL);
    show_recs("delivered after unblocking");
}

static long rt_sigqueueinfo(pid_t pid, int sig, siginfo_t *si)
{
    return syscall(SYS_rt_sigqueueinfo, pid, sig, si);
}

static long rt_tgsigqueueinfo(pid_t tgid, pid_t tid, int sig, siginfo_t *si)
{
    return syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, si);
}

static void test_sigqueueinfo(void)
{
    install_all_blocked(SIGRTMIN + 3);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGRTMIN + 3;
    si.si_code = SI_QUEUE;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_value.sival_ptr = (void *)(uintptr_t)UINT64_C(0x123456789abcdef0);
    long r = rt_sigqueueinfo(getpid(), SIGRTMIN + 3, &si);
    printf("rt_sigqueueinfo: %ld, sival_ptr %s\n", r,
           nrecs == 1 && recs[0].ptr == (uintptr_t)UINT64_C(0x123456789abcdef0) ? "intact" : "wrong");
    nrecs = 0;
    si.si_value.sival_ptr = (void *)(uintptr_t)UINT64_C(0xfedcba9876543210);
    r = rt_tgsigqueueinfo(getpid(), gettid(), SIGRTMIN + 3, &si);
    printf("rt_tgsigqueueinfo: %ld, sival_ptr %s\n", r,
           nrecs == 1 && recs[0].ptr == (uintptr_t)UINT64_C(0xfedcba9876543210) ? "intact" : "wrong");
    nrecs = 0;
    errno = 0;
    r = rt_sigqueueinfo(getpid(), 0x4242, &si);
    printf("rt_sigqueueinfo signal 0x4242: %ld %s\n", r, errno == EINVAL ? "EINVAL" : strerror(errno));
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

static volatile int alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

static void test_wait(void)
{
    int sigs[] = { SIGUSR1, SIGRTMIN + 4, SIGRTMIN + 5 };
    sigset_t set = set_of(sigs, 3), old;
    sigprocmask(SIG_BLOCK, &set, &old);
    queue(SIGRTMIN + 5, 50);
    queue(SIGRTMIN + 4, 40);
    queue(SIGRTMIN + 5, 51);
    queue(SIGUSR1, 10);
    queue(SIGRTMIN + 4, 41);
    printf("sigwaitinfo:");
    for (int i = 0; i < 5; i++) {
        siginfo_t si;
        int s = sigwaitinfo(&set, &si);
        printf(" %s/%s=%d%s", sig_name(s), code_name(si.si_code), si.si_value.sival_int,
               si.si_signo == s && si.si_pid == getpid() ? "" : "(bad siginfo)");
    }
    printf("\n");

    struct timespec zero = { 0, 0 }, tenth = { 0, 100000000 };
    siginfo_t si;
    errno = 0;
    int r = sigtimedwait(&set, &si, &zero);
    printf("sigtimedwait, nothing pending, timeout 0: %d %s\n", r, errno == EAGAIN ? "EAGAIN" : strerror(errno));
    long long t0 = now_ms();
    errno = 0;
    r = sigtimedwait(&set, &si, &tenth);
    int e = errno;
    long long t1 = now_ms();
    printf("sigtimedwait, timeout 100 ms: %d %s waited>=100ms=%s\n", r, e == EAGAIN ? "EAGAIN" : strerror(e),
           t1 - t0 >= 99 ? "yes" : "no");
    queue(SIGRTMIN + 4, 42);
    r = sigtimedwait(&set, &si, &tenth);
    printf("sigtimedwait, one pending: %s=%d\n", sig_name(r), si.si_value.sival_int);

    /* A handled signal (not in the set) interrupts the wait. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, 50000 }, { 0, 50000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    struct timespec five = { 5, 0 };
    errno = 0;
    r = sigtimedwait(&set, &si, &five);
    e = errno;
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    printf("sigtimedwait interrupted by a handled SIGALRM (SA_RESTART): %d %s handler ran=%s\n", r,
           e == EINTR ? "EINTR" : strerror(e), alarms > 0 ? "yes" : "no");

    queue(SIGRTMIN + 5, 52);
    int got = 0;
    r = sigwait(&set, &got);
    printf("sigwait: %d %s\n", r, sig_name(got));
    sigset_t pend;
    sigpending(&pend);
    printf("still pending:");
    for (int i = 0; i < 3; i++)
        if (sigismember(&pend, sigs[i]))
            printf(" %s", sig_name(sigs[i]));
    printf(" (none expected)\n");
    sigprocmask(SIG_SETMASK, &old, NULL);
}

static void test_signalfd(void)
{
    int sigs[] = { SIGUSR2, SIGRTMIN + 6 };
    sigset_t set = set_of(sigs, 2), old;
    sigprocmask(SIG_BLOCK, &set, &old);
    int fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("signalfd: %s\n", fd >= 0 ? "ok" : strerror(errno));
    if (fd < 0)
        return;
    struct signalfd_siginfo buf[8];
    errno = 0;
    ssize_t n = read(fd, buf, sizeof buf);
    printf("read, nothing pending: %zd %s\n", n, errno == EAGAIN ? "EAGAIN" : strerror(errno));
    struct pollfd p = { .fd = fd, .events = POLLIN };
    printf("poll, nothing pending: %d\n", poll(&p, 1, 0));
    queue(SIGRTMIN + 6, 60);
    queue(SIGUSR2, 20);
    queue(SIGRTMIN + 6, 61);
    kill(getpid(), SIGUSR2);
    queue(SIGRTMIN + 6, 62);
    int pr = poll(&p, 1, 0);
    printf("poll, pending: %d revents POLLIN=%d\n", pr, (p.revents & POLLIN) != 0);
    n = read(fd, buf, sizeof buf);
    printf("read: %zd bytes = %zd records:", n, n / (ssize_t)sizeof buf[0]);
    for (int i = 0; i < n / (ssize_t)sizeof buf[0]; i++)
        printf(" %s/%s=%d%s", sig_name(buf[i].ssi_signo), code_name(buf[i].ssi_code), buf[i].ssi_int,
               buf[i].ssi_pid == (uint32_t)getpid() && buf[i].ssi_uid == getuid() ? "" : "(bad pid/uid)");
    printf("\n");
    sigset_t pend;
    sigpending(&pend);
    printf("pending after the read: USR2=%d RTMIN+6=%d\n", sigismember(&pend, SIGUSR2),
           sigismember(&pend, SIGRTMIN + 6));
    /* A buffer too small for one record. */
    queue(SIGRTMIN + 6, 63);
    errno = 0;
    n = read(fd, buf, sizeof buf[0] - 1);
    printf("read into %zu bytes: %zd %s\n", sizeof buf[0] - 1, n, errno == EINVAL ? "EINVAL" : strerror(errno));
    n = read(fd, buf, sizeof buf[0]);
    printf("read one: %zd bytes %s=%d\n", n, sig_name(buf[0].ssi_signo), buf[0].ssi_int);
    close(fd);
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    printf("SIGRTMIN=%d SIGRTMAX=%d\n", SIGRTMIN, SIGRTMAX);
    test_order();
    test_sigqueueinfo();
    test_wait();
    test_signalfd();
    printf("done\n");
    return 0;
}
