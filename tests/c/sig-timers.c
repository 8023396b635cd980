/* sig-timers.c - signals from timers:
 *
 *  - alarm: its return value (the seconds left of the previous one), the
 *    SIGALRM with si_code SI_KERNEL, alarm(0) cancelling;
 *  - setitimer ITIMER_REAL periodic (ticks counted, getitimer), one-shot;
 *    ITIMER_VIRTUAL and ITIMER_PROF firing while the program computes;
 *  - timer_create SIGEV_SIGNAL: SI_TIMER, the sigev_value, overruns of a
 *    periodic timer whose signal is blocked (si_overrun and
 *    timer_getoverrun), TIMER_ABSTIME, SIGEV_NONE (timer_gettime counts
 *    down, no signal), CLOCK_PROCESS_CPUTIME_ID, timer_delete.
 * Only facts are printed (counts reached, bounds), never times.
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define WATCHDOG_SECONDS 18
#include "watchdog.h"

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *code_name(int c)
{
    switch (c) {
    case SI_USER: return "SI_USER";
    case SI_KERNEL: return "SI_KERNEL";
    case SI_TIMER: return "SI_TIMER";
    case SI_QUEUE: return "SI_QUEUE";
    default: return "other";
    }
}

static volatile int hits[65], last_code[65], last_value[65], last_overrun[65], handler_getoverrun;
static timer_t overrun_timer;
static volatile int want_getoverrun;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    hits[sig]++;
    last_code[sig] = si->si_code;
    if (si->si_code == SI_TIMER) {
        last_value[sig] = si->si_value.sival_int;
        last_overrun[sig] = si->si_overrun;
        if (want_getoverrun) {
            handler_getoverrun = timer_getoverrun(overrun_timer);
            /* Disarm at once, so that no further tick follows. */
            struct itimerspec zero = { { 0, 0 }, { 0, 0 } };
            timer_settime(overrun_timer, 0, &zero, NULL);
        }
    }
}

static void install(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static long long now_ms(clockid_t c)
{
    struct timespec t;
    clock_gettime(c, &t);
    return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

/* Wait, without spinning, until hits[sig] >= n (at most limit_ms). */
static int wait_hits(int sig, int n, int limit_ms)
{
    long long end = now_ms(CLOCK_MONOTONIC) + limit_ms;
    while (hits[sig] < n && now_ms(CLOCK_MONOTONIC) < end) {
        struct timespec ms = { 0, 2000000 };
        nanosleep(&ms, NULL);
    }
    return hits[sig] >= n;
}

/* Compute until hits[sig] >= n (at most limit_ms of real time). */
static volatile double sink;
static int spin_hits(int sig, int n, int limit_ms)
{
    long long end = now_ms(CLOCK_MONOTONIC) + limit_ms;
    double x = 1;
    while (hits[sig] < n && now_ms(CLOCK_MONOTONIC) < end)
        for (int i = 0; i < 100000 && hits[sig] < n; i++)
            x = x * 1.0000001 + 1e-9;
    sink = x;
    return hits[sig] >= n;
}

static void test_alarm(void)
{
    install(SIGALRM);
    printf("alarm(5): %u\n", alarm(5));
    printf("alarm(1) after alarm(5): %u\n", alarm(1));
    long long t0 = now_ms(CLOCK_MONOTONIC);
    int got = wait_hits(SIGALRM, 1, 3000);
    long long t1 = now_ms(CLOCK_MONOTONIC);
    printf("SIGALRM: %s after >=1 s: %s code=%s\n", yesno(got), yesno(t1 - t0 >= 990), code_name(last_code[SIGALRM]));
    printf("alarm(0) with none pending: %u\n", alarm(0));
    alarm(3);
    printf("alarm(0) cancelling a 3 s alarm: %u\n", alarm(0));
    hits[SIGALRM] = 0;
    struct timespec tenth = { 0, 100000000 };
    nanosleep(&tenth, NULL);
    printf("no SIGALRM after cancelling: %s\n", yesno(hits[SIGALRM] == 0));
}

static void test_itimers(void)
{
    install(SIGALRM);
    hits[SIGALRM] = 0;
    struct itimerval it = { { 0, 20000 }, { 0, 20000 } }, cur;
    printf("setitimer ITIMER_REAL 20 ms periodic: %d\n", setitimer(ITIMER_REAL, &it, NULL));
    getitimer(ITIMER_REAL, &cur);
    printf("getitimer: interval=20ms %s value<=20ms %s\n", yesno(cur.it_interval.tv_sec == 0 && cur.it_interval.tv_usec == 20000),
           yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_usec <= 20000));
    int got = wait_hits(SIGALRM, 5, 3000);
    struct itimerval off = { { 0, 0 }, { 0, 0 } }, old;
    setitimer(ITIMER_REAL, &off, &old);
    printf("5 ticks: %s code=%s; old interval kept: %s\n", yesno(got), code_name(last_code[SIGALRM]),
           yesno(old.it_interval.tv_usec == 20000));
    getitimer(ITIMER_REAL, &cur);
    printf("after disarming: value zero %s\n", yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_usec == 0));

    install(SIGVTALRM);
    struct itimerval v = { { 0, 0 }, { 0, 50000 } };
    printf("setitimer ITIMER_VIRTUAL 50 ms: %d\n", setitimer(ITIMER_VIRTUAL, &v, NULL));
    got = spin_hits(SIGVTALRM, 1, 5000);
    printf("SIGVTALRM while computing: %s code=%s\n", yesno(got), code_name(last_code[SIGVTALRM]));

    install(SIGPROF);
    printf("setitimer ITIMER_PROF 50 ms: %d\n", setitimer(ITIMER_PROF, &v, NULL));
    got = spin_hits(SIGPROF, 1, 5000);
    printf("SIGPROF while computing: %s code=%s\n", yesno(got), code_name(last_code[SIGPROF]));
}

static void test_posix_timers(void)
{
    int sig = SIGRTMIN + 2;
    install(sig);
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = sig;
    ev.sigev_value.sival_int = 1234;
    timer_t t;
    printf("timer_create CLOCK_MONOTONIC SIGEV_SIGNAL: %d\n", timer_create(CLOCK_MONOTONIC, &ev, &t));
    struct itimerspec its = { { 0, 0 }, { 0, 30000000 } }, cur;
    timer_settime(t, 0, &its, NULL);
    int got = wait_hits(sig, 1, 3000);
    printf("one-shot: fired %s code=%s value=%d overrun=%d\n", yesno(got), code_name(last_code[sig]), last_value[sig],
           last_overrun[sig]);
    timer_gettime(t, &cur);
    printf("after firing: disarmed %s\n", yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0));

    /* Periodic every 20 ms with the signal blocked for 400 ms: one signal,
     * the rest counted as overruns (the handler disarms the timer). */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_BLOCK, &set, &old);
    hits[sig] = 0;
    overrun_timer = t;
    want_getoverrun = 1;
    struct itimerspec per = { { 0, 20000000 }, { 0, 20000000 } };
    timer_settime(t, 0, &per, NULL);
    struct timespec pause_ts = { 0, 400000000 };
    nanosleep(&pause_ts, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    struct itimerspec zero = { { 0, 0 }, { 0, 0 } };
    timer_settime(t, 0, &zero, NULL);
    want_getoverrun = 0;
    printf("periodic 20 ms, blocked 400 ms: delivered once %s, si_overrun>=10 %s, timer_getoverrun in handler>=10 %s\n",
           yesno(hits[sig] == 1), yesno(last_overrun[sig] >= 10), yesno(handler_getoverrun >= 10));

    /* Absolute time. */
    hits[sig] = 0;
    struct itimerspec abs = { { 0, 0 }, { 0, 0 } };
    clock_gettime(CLOCK_MONOTONIC, &abs.it_value);
    abs.it_value.tv_nsec += 50000000;
    if (abs.it_value.tv_nsec >= 1000000000) {
        abs.it_value.tv_sec++;
        abs.it_value.tv_nsec -= 1000000000;
    }
    long long t0 = now_ms(CLOCK_MONOTONIC);
    printf("TIMER_ABSTIME: %d\n", timer_settime(t, TIMER_ABSTIME, &abs, NULL));
    got = wait_hits(sig, 1, 3000);
    printf("fired %s after >=50 ms %s\n", yesno(got), yesno(now_ms(CLOCK_MONOTONIC) - t0 >= 49));
    printf("timer_delete: %d\n", timer_delete(t));
    errno = 0;
    int r = timer_gettime(t, &cur);
    printf("timer_gettime after delete: %d %s\n", r, errno == EINVAL ? "EINVAL" : strerror(errno));

    /* SIGEV_NONE: no signal, the time counts down. */
    ev.sigev_notify = SIGEV_NONE;
    timer_t n;
    timer_create(CLOCK_MONOTONIC, &ev, &n);
    struct itimerspec sec = { { 0, 0 }, { 1, 0 } };
    timer_settime(n, 0, &sec, NULL);
    struct timespec ms20 = { 0, 20000000 };
    nanosleep(&ms20, NULL);
    timer_gettime(n, &cur);
    printf("SIGEV_NONE: counting down %s\n",
           yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec < 990000000));
    timer_delete(n);

    /* CPU-time clock. */
    int psig = SIGRTMIN + 3;
    install(psig);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = psig;
    ev.sigev_value.sival_int = 77;
    timer_t c;
    printf("timer_create CLOCK_PROCESS_CPUTIME_ID: %d\n", timer_create(CLOCK_PROCESS_CPUTIME_ID, &ev, &c));
    struct itimerspec cpu = { { 0, 0 }, { 0, 50000000 } };
    timer_settime(c, 0, &cpu, NULL);
    got = spin_hits(psig, 1, 5000);
    printf("fired while computing %s code=%s value=%d\n", yesno(got), code_name(last_code[psig]), last_value[psig]);
    timer_delete(c);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    /* The watchdog is SIGKILL from a POSIX timer (watchdog.h), since
     * SIGALRM is under test. */
    watchdog();
    test_alarm();
    test_itimers();
    test_posix_timers();
    printf("done\n");
    return 0;
}
