/* timing.c - clocks and sleeping.  Only deterministic facts are printed:
 * monotonic clocks never go back, sleeps last at least as asked, the
 * different clocks agree roughly, resolutions are sane. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }
static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void)
{
    static const struct { clockid_t id; const char *name; } clocks[] = {
        { CLOCK_REALTIME, "REALTIME" }, { CLOCK_MONOTONIC, "MONOTONIC" },
        { CLOCK_MONOTONIC_RAW, "MONOTONIC_RAW" }, { CLOCK_BOOTTIME, "BOOTTIME" },
        { CLOCK_PROCESS_CPUTIME_ID, "PROCESS_CPUTIME" }, { CLOCK_THREAD_CPUTIME_ID, "THREAD_CPUTIME" },
        { CLOCK_REALTIME_COARSE, "REALTIME_COARSE" }, { CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE" },
    };
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        struct timespec res, t;
        int r1 = clock_getres(clocks[i].id, &res);
        int r2 = clock_gettime(clocks[i].id, &t);
        printf("%-16s getres=%d res<=10ms=%s gettime=%d nsec valid=%s\n", clocks[i].name, r1,
               yesno(ns(res) > 0 && ns(res) <= 10000000), r2, yesno(t.tv_nsec >= 0 && t.tv_nsec < 1000000000));
    }
    errno = 0;
    struct timespec bad;
    int r = clock_gettime((clockid_t)12345, &bad);
    printf("invalid clock: %d %s\n", r, errno == EINVAL ? "EINVAL" : "other");

    /* Monotonic never decreases over many reads. */
    struct timespec prev, cur;
    clock_gettime(CLOCK_MONOTONIC, &prev);
    int backwards = 0;
    for (int i = 0; i < 100000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &cur);
        backwards += ns(cur) < ns(prev);
        prev = cur;
    }
    printf("monotonic went backwards: %d times\n", backwards);

    /* nanosleep sleeps at least the requested time. */
    struct timespec t0, t1, req = { 0, 30 * 1000000 };
    clock_gettime(CLOCK_MONOTONIC, &t0);
    r = nanosleep(&req, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long slept = ns(t1) - ns(t0);
    printf("nanosleep(30ms): ret=%d slept>=30ms=%s slept<5s=%s\n", r, yesno(slept >= 30000000), yesno(slept < 5000000000LL));
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct timespec abs = { t0.tv_sec, t0.tv_nsec + 20 * 1000000 };
    if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
    r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("clock_nanosleep(ABSTIME +20ms): ret=%d reached=%s\n", r, yesno(ns(t1) >= ns(abs)));
    errno = 0;
    struct timespec neg = { 0, -1 };
    r = nanosleep(&neg, NULL);
    printf("nanosleep(negative): %d %s\n", r, errno == EINVAL ? "EINVAL" : "other");
    clock_gettime(CLOCK_MONOTONIC, &t0);
    usleep(10000);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("usleep(10ms) slept>=10ms=%s\n", yesno(ns(t1) - ns(t0) >= 10000000));

    /* Wall clocks agree with each other (within a second) and are after 2020. */
    struct timeval tv;
    struct timespec rt;
    r = gettimeofday(&tv, NULL);
    clock_gettime(CLOCK_REALTIME, &rt);
    time_t now = time(NULL);
    printf("gettimeofday=%d usec valid=%s\n", r, yesno(tv.tv_usec >= 0 && tv.tv_usec < 1000000));
    printf("realtime after 2020: %s\n", yesno(rt.tv_sec > 1577836800));
    printf("gettimeofday ~ CLOCK_REALTIME: %s\n", yesno(rt.tv_sec - tv.tv_sec <= 1 && rt.tv_sec >= tv.tv_sec));
    /* glibc's time() reads CLOCK_REALTIME_COARSE, which may lag the
     * precise clock by a tick: just after a second boundary it is the
     * second before. */
    printf("time() ~ CLOCK_REALTIME: %s\n", yesno(now - rt.tv_sec <= 1 && rt.tv_sec - now <= 1));
    printf("localtime/gmtime work: %s\n", yesno(gmtime(&now) != NULL));
    time_t fixed = 1234567890;
    struct tm tm;
    gmtime_r(&fixed, &tm);
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %j", &tm);
    printf("gmtime(1234567890) = %s\n", buf);
    printf("timegm round trip: %s\n", yesno(timegm(&tm) == fixed));

    /* CPU time: a busy loop consumes some, and this thread's share never
     * exceeds wall time (the process clock could: emulators may run
     * helper threads). */
    struct timespec c0, c1, w0, w1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
    clock_gettime(CLOCK_MONOTONIC, &w0);
    volatile unsigned long spin = 0;
    do {
        for (int i = 0; i < 100000; i++) spin += i;
        clock_gettime(CLOCK_MONOTONIC, &w1);
    } while (ns(w1) - ns(w0) < 50000000);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    clock_gettime(CLOCK_MONOTONIC, &w1);
    printf("busy 50ms: cpu time advanced=%s cpu<=wall+10ms=%s\n", yesno(ns(c1) > ns(c0)),
           yesno(ns(c1) - ns(c0) <= ns(w1) - ns(w0) + 10000000));
    struct rusage ru;
    r = getrusage(RUSAGE_SELF, &ru);
    printf("getrusage=%d utime+stime>0=%s\n", r, yesno(ru.ru_utime.tv_sec + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec > 0));
    struct tms tb;
    clock_t ct = times(&tb);
    printf("times() != -1: %s, sysconf(_SC_CLK_TCK)=%ld\n", yesno(ct != (clock_t)-1), sysconf(_SC_CLK_TCK));
    return 0;
}
