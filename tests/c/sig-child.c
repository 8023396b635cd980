/* sig-child.c - SIGCHLD and the flags about children:
 *
 *  - a child's exit: SIGCHLD with CLD_EXITED, si_pid, si_status the exit
 *    code; killed by a signal: CLD_KILLED with that signal;
 *  - stopped and continued: CLD_STOPPED / CLD_CONTINUED;
 *  - SIGCHLD set to SIG_IGN: no zombie, wait fails with ECHILD;
 *  - waitpid interrupted by a signal: EINTR, restarted under SA_RESTART.
 * Every fork is checked: if it fails, the test says so and stops (no kill
 * or wait on a child that does not exist).
 * SA_NOCLDSTOP and SA_NOCLDWAIT, where qemu 7.2 is wrong, are in
 * sig-child-flags.c.
 * Portable: qemu-aarch64 and the native build are both oracles.
 * ferry-test: repeat 3 (SIGCHLD against waitpid races) */
#include "sig-child-common.h"

static volatile int ticks;
static void on_tick(int sig) { (void)sig; ticks++; }

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

    install(0);
    pid_t c = fork_or_die();
    if (c == 0)
        _exit(7);
    await(1, &unblocked);
    int st;
    pid_t w = waitpid(c, &st, 0);
    show("child exits 7", c);
    printf("  waitpid: ours %s, exited %d status %d\n", w == c ? "yes" : "no", WIFEXITED(st), WEXITSTATUS(st));

    c = fork_or_die();
    if (c == 0) {
        for (;;)
            pause();
    }
    kill(c, SIGTERM);
    await(1, &unblocked);
    w = waitpid(c, &st, 0);
    show("child killed by SIGTERM", c);
    printf("  waitpid: signaled %d by %s\n", WIFSIGNALED(st), sigabbrev_np(WTERMSIG(st)));

    /* Stop and continue. */
    install(0);
    c = fork_or_die();
    if (c == 0) {
        for (;;)
            pause();
    }
    /* Each SIGCHLD is taken before the next can be sent: a second one
     * while the first is pending would be lost (a standard signal does
     * not queue).  And it is taken before waitpid reaps the stop: the
     * kernel reads si_status when the child sends it, and reaping zeroes
     * it (wait_task_stopped), so a slow child could report status 0. */
    kill(c, SIGSTOP);
    await(1, &unblocked);
    w = waitpid(c, &st, WUNTRACED);
    printf("waitpid WUNTRACED: stopped %d by %s\n", WIFSTOPPED(st), sigabbrev_np(WSTOPSIG(st)));
    kill(c, SIGCONT);
    w = waitpid(c, &st, WCONTINUED);
    printf("waitpid WCONTINUED: continued %d\n", WIFCONTINUED(st));
    await(2, &unblocked);
    show("stop and continue", c);
    kill(c, SIGKILL);
    waitpid(c, &st, 0);
    sigprocmask(SIG_SETMASK, &unblocked, NULL);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    nseen = 0;

    signal(SIGCHLD, SIG_IGN);
    c = fork_or_die();
    if (c == 0)
        _exit(4);
    errno = 0;
    w = waitpid(c, &st, 0);
    printf("SIGCHLD ignored, child exits 4: waitpid %d %s\n", (int)w, errno == ECHILD ? "ECHILD" : strerror(errno));

    /* waitpid interrupted by a handled signal. */
    install(0);
    sigprocmask(SIG_SETMASK, &old, NULL);
    for (int restart = 0; restart <= 1; restart++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_tick;
        sa.sa_flags = restart ? SA_RESTART : 0;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, NULL);
        c = fork_or_die();
        if (c == 0) {
            sleep_ms(300);
            _exit(5);
        }
        ticks = 0;
        struct itimerval it = { { 0, 50000 }, { 0, 50000 } }, off = { { 0, 0 }, { 0, 0 } };
        setitimer(ITIMER_REAL, &it, NULL);
        errno = 0;
        w = waitpid(c, &st, 0);
        int e = errno;
        setitimer(ITIMER_REAL, &off, NULL);
        if (w == c)
            printf("waitpid %s: the child, exit status %d, after ticks: %s\n", restart ? "SA_RESTART" : "no flags",
                   WEXITSTATUS(st), ticks > 0 ? "yes" : "no");
        else
            printf("waitpid %s: %d %s\n", restart ? "SA_RESTART" : "no flags", (int)w,
                   e == EINTR ? "EINTR" : strerror(e));
        if (w != c)
            waitpid(c, &st, 0);
    }
    printf("done\n");
    return 0;
}
