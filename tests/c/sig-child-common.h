/* sig-child-common.h - what sig-child.c and sig-child-flags.c share: the
 * watchdog, the SIGCHLD recorder and its printing, a checked fork, a
 * sigsuspend loop and a sleep. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "watchdog.h"

struct chld { int code, status, pid; };
static struct chld seen[16];
static volatile int nseen;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    if (nseen < 16) {
        seen[nseen].code = si->si_code;
        seen[nseen].status = si->si_status;
        seen[nseen].pid = si->si_pid;
        nseen++;
    }
}

static void install(int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO | flags;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
}

static const char *code_name(int c)
{
    switch (c) {
    case CLD_EXITED: return "CLD_EXITED";
    case CLD_KILLED: return "CLD_KILLED";
    case CLD_DUMPED: return "CLD_DUMPED";
    case CLD_STOPPED: return "CLD_STOPPED";
    case CLD_CONTINUED: return "CLD_CONTINUED";
    default: return "other";
    }
}

static void show(const char *what, pid_t child)
{
    printf("%s:", what);
    for (int i = 0; i < nseen; i++) {
        printf(" %s", code_name(seen[i].code));
        if (seen[i].code == CLD_EXITED)
            printf(" status %d", seen[i].status);
        else
            printf(" %s", sigabbrev_np(seen[i].status) ? sigabbrev_np(seen[i].status) : "?");
        if (seen[i].pid != child)
            printf(" (other pid)");
    }
    if (nseen == 0)
        printf(" no SIGCHLD");
    printf("\n");
    nseen = 0;
}

static pid_t fork_or_die(void)
{
    fflush(stdout);
    pid_t p = fork();
    if (p < 0) {
        printf("fork failed: %s\n", strerror(errno));
        exit(1);
    }
    return p;
}

/* Wait (sigsuspend, SIGCHLD blocked outside it) until n SIGCHLDs. */
static void await(int n, const sigset_t *unblocked)
{
    while (nseen < n)
        sigsuspend(unblocked);
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}
