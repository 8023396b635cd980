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
#include "sig-child-common.h"

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
