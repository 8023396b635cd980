/* watchdog.h - what the signal tests share: a timer that kills the test
 * with SIGKILL after WATCHDOG_SECONDS (15 unless the test says otherwise),
 * so that a missing feature makes it fail instead of hang.  A timer, not
 * alarm(): the tests use SIGALRM themselves. */
#ifndef WATCHDOG_H
#define WATCHDOG_H

#include <signal.h>
#include <string.h>
#include <time.h>

#ifndef WATCHDOG_SECONDS
#define WATCHDOG_SECONDS 15
#endif

static void watchdog(void)
{
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGKILL;
    timer_t t;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t) == 0) {
        struct itimerspec its = { { 0, 0 }, { WATCHDOG_SECONDS, 0 } };
        timer_settime(t, 0, &its, NULL);
    }
}

#endif
