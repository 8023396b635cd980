/* sig-child-flags.c - SA_NOCLDSTOP and SA_NOCLDWAIT, where qemu 7.2 is
 * wrong.
 * ferry-test: qemu-differs (qemu 7.2 ignores both flags: it sends
 * SIGCHLD for a stopped child under SA_NOCLDSTOP, and leaves a zombie for
 * waitpid under SA_NOCLDWAIT)
 *
 *  - SA_NOCLDSTOP: a child stopped and continued sends no SIGCHLD, though
 *    waitpid with WUNTRACED and WCONTINUED still reports both;
 *  - SA_NOCLDWAIT: no zombie, wait fails with ECHILD, and Linux still
 *    sends SIGCHLD (CLD_EXITED) to the handler.
 * Every fork is checked: if it fails, the test says so and stops.
 * The native build is the oracle.
 * ferry-test: repeat 3 (SIGCHLD against waitpid races) */
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

static void watchdog(void)
{
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGKILL;
    timer_t t;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t) == 0) {
        struct itimerspec its = { { 0, 0 }, { 15, 0 } };
        timer_settime(t, 0, &its, NULL);
    }
}

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

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    sigset_t unblocked = old;
    sigdelset(&unblocked, SIGCHLD);
    int st;
    pid_t c, w;

    install(SA_NOCLDSTOP);
    c = fork_or_die();
    if (c == 0) {
        for (;;)
            pause();
    }
    kill(c, SIGSTOP);
    w = waitpid(c, &st, WUNTRACED);
    printf("SA_NOCLDSTOP: waitpid WUNTRACED: ours %s, stopped %d by %s\n", w == c ? "yes" : "no", WIFSTOPPED(st),
           sigabbrev_np(WSTOPSIG(st)));
    kill(c, SIGCONT);
    w = waitpid(c, &st, WCONTINUED);
    printf("SA_NOCLDSTOP: waitpid WCONTINUED: continued %d\n", WIFCONTINUED(st));
    sleep_ms(100);
    /* Let any SIGCHLD in. */
    sigprocmask(SIG_SETMASK, &unblocked, NULL);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    show("SA_NOCLDSTOP, stop and continue", c);
    kill(c, SIGKILL);
    waitpid(c, &st, 0);
    sigprocmask(SIG_SETMASK, &unblocked, NULL);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    nseen = 0;

    install(SA_NOCLDWAIT);
    c = fork_or_die();
    if (c == 0)
        _exit(3);
    await(1, &unblocked);
    show("SA_NOCLDWAIT, child exits 3", c);
    errno = 0;
    w = waitpid(-1, &st, 0);
    printf("  waitpid: %d %s\n", (int)w, errno == ECHILD ? "ECHILD" : strerror(errno));
    printf("done\n");
    return 0;
}
