/* sig-rtmax.c - every real-time signal the guest's glibc lets a program
 * use, SIGRTMIN (34) to SIGRTMAX (64), and the kernel's dequeue order.
 * ferry-test: qemu-differs (qemu 7.2 cannot give the guest its highest
 * real-time signals: it keeps host signal 64 for itself, and a guest
 * signal 64 is lost; Go needs signal 64)
 *
 *  - a handler for each of SIGRTMIN..SIGRTMAX, each raised once;
 *  - all of them queued while blocked, from SIGRTMAX down, two instances
 *    each with values: delivered from SIGRTMIN up, instances in order;
 *  - SIGRTMAX through sigwaitinfo and signalfd;
 *  - the synchronous signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE,
 *    SIGSYS) are dequeued before the others even when sent with kill
 *    (kernel/signal.c next_signal, SYNCHRONOUS_MASK).
 * The native build is the oracle. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "watchdog.h"

static int order[256], values[256];
static volatile int n;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    if (n < 256) {
        order[n] = sig;
        values[n] = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
        n++;
    }
}

static void install(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigfillset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) != 0)
        printf("sigaction %d: %s\n", sig, strerror(errno));
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    int lo = SIGRTMIN, hi = SIGRTMAX;
    printf("SIGRTMIN=%d SIGRTMAX=%d\n", lo, hi);
    for (int s = lo; s <= hi; s++)
        install(s);
    for (int s = lo; s <= hi; s++)
        raise(s);
    int ok = n == hi - lo + 1;
    for (int i = 0; ok && i < n; i++)
        ok = order[i] == lo + i;
    printf("raise of each: %d handled, in turn: %s\n", n, ok ? "yes" : "no");

    sigset_t rt, old;
    sigemptyset(&rt);
    for (int s = lo; s <= hi; s++)
        sigaddset(&rt, s);
    sigprocmask(SIG_BLOCK, &rt, &old);
    n = 0;
    for (int s = hi; s >= lo; s--) {
        union sigval v = { .sival_int = s * 10 };
        if (sigqueue(getpid(), s, v) != 0)
            printf("sigqueue %d: %s\n", s, strerror(errno));
        v.sival_int = s * 10 + 1;
        sigqueue(getpid(), s, v);
    }
    sigset_t pend;
    sigpending(&pend);
    int npend = 0;
    for (int s = lo; s <= hi; s++)
        npend += sigismember(&pend, s) == 1;
    printf("queued while blocked: %d pending signals, %d delivered\n", npend, n);
    sigprocmask(SIG_SETMASK, &old, NULL);
    ok = n == 2 * (hi - lo + 1);
    for (int i = 0; ok && i < n; i++)
        ok = order[i] == lo + i / 2 && values[i] == order[i] * 10 + i % 2;
    printf("after unblocking: %d delivered, lowest first, instances in order, values intact: %s\n", n,
           ok ? "yes" : "no");
    if (!ok)
        for (int i = 0; i < n; i++)
            printf("  %d: signal %d value %d\n", i, order[i], values[i]);

    /* SIGRTMAX through sigwaitinfo and signalfd. */
    sigset_t max;
    sigemptyset(&max);
    sigaddset(&max, hi);
    sigprocmask(SIG_BLOCK, &max, &old);
    union sigval v = { .sival_int = 6464 };
    sigqueue(getpid(), hi, v);
    siginfo_t si;
    struct timespec ts = { 2, 0 };
    int r = sigtimedwait(&max, &si, &ts);
    printf("sigtimedwait SIGRTMAX: %d value %d\n", r, si.si_value.sival_int);
    int fd = signalfd(-1, &max, SFD_NONBLOCK);
    v.sival_int = 6465;
    sigqueue(getpid(), hi, v);
    struct signalfd_siginfo fsi;
    ssize_t got = read(fd, &fsi, sizeof fsi);
    printf("signalfd SIGRTMAX: %zd bytes signal %u value %d\n", got, got > 0 ? fsi.ssi_signo : 0,
           got > 0 ? fsi.ssi_int : 0);
    close(fd);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* Synchronous signals first. */
    int sigs[] = { SIGHUP, SIGUSR1, SIGSYS, SIGSEGV, SIGTRAP, lo, SIGBUS, SIGCHLD };
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < 8; i++) {
        install(sigs[i]);
        sigaddset(&set, sigs[i]);
    }
    sigprocmask(SIG_BLOCK, &set, &old);
    for (int i = 0; i < 8; i++)
        kill(getpid(), sigs[i]);
    n = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("dequeue order:");
    for (int i = 0; i < n; i++)
        printf(" %s", order[i] >= lo ? "SIGRTMIN" : sigabbrev_np(order[i]));
    printf("\n");
    return 0;
}
