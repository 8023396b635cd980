/* proc-fork.c - new processes with fork and clone (no CLONE_VM):
 *
 *  - fork: the child's memory is its own, pipes connect the two, getppid;
 *  - exit statuses through waitpid, wait4 and waitid (exit code, death by
 *    signal, WNOHANG on a running child);
 *  - process groups and sessions: setpgid, kill of a group, setsid;
 *  - pthread_atfork handlers, in their order;
 *  - fork while other threads run and allocate (ferry's own locks);
 *  - clone3 with CLONE_PIDFD and CLONE_PARENT_SETTID, waitid(P_PIDFD);
 *  - a raw clone with SIGUSR1 as the exit signal, reaped with __WALL.
 * Every fork is checked: if it fails, the test says so and stops (no kill
 * or wait on a child that does not exist).
 * The native build is the oracle.
 * ferry-test: qemu-differs (qemu 7.2 has no clone3, and refuses an exit
 * signal other than SIGCHLD with EINVAL)
 * ferry-test: repeat 2 (fork against running threads) */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int global = 1;

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

static void basics(void)
{
    int fds[2];
    if (pipe(fds)) {
        printf("pipe failed\n");
        exit(1);
    }
    pid_t parent = getpid();
    pid_t c = fork_or_die();
    if (c == 0) {
        close(fds[0]);
        global = 2;
        char msg[80];
        int n = snprintf(msg, sizeof msg, "child: ppid is the parent: %s, pid differs: %s",
                         getppid() == parent ? "yes" : "no", getpid() != parent ? "yes" : "no");
        if (write(fds[1], msg, (size_t)n) != n)
            _exit(99);
        _exit(7);
    }
    close(fds[1]);
    char buf[128] = { 0 };
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    printf("%s (read %s)\n", buf, n > 0 ? "ok" : "failed");
    int st;
    pid_t w = waitpid(c, &st, 0);
    printf("waitpid: ours %s, exited %d, status %d; parent's global still %d\n",
           w == c ? "yes" : "no", WIFEXITED(st), WEXITSTATUS(st), global);
}

static void statuses(void)
{
    int st;
    pid_t c = fork_or_die();
    if (c == 0) {
        raise(SIGTERM);
        _exit(0);
    }
    waitpid(c, &st, 0);
    printf("raise(SIGTERM): signaled %d by %s\n", WIFSIGNALED(st), sigabbrev_np(WTERMSIG(st)));

    c = fork_or_die();
    if (c == 0) {
        for (;;)
            pause();
    }
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int r = waitid(P_PID, (id_t)c, &si, WEXITED | WNOHANG);
    printf("waitid WNOHANG on a running child: %d, si_pid %s\n", r, si.si_pid == 0 ? "0" : "set");
    kill(c, SIGKILL);
    memset(&si, 0, sizeof si);
    r = waitid(P_PID, (id_t)c, &si, WEXITED);
    printf("waitid after SIGKILL: %d, %s %s, ours %s\n", r,
           si.si_code == CLD_KILLED ? "CLD_KILLED" : "other", sigabbrev_np(si.si_status),
           si.si_pid == c ? "yes" : "no");

    c = fork_or_die();
    if (c == 0)
        _exit(42);
    struct rusage ru;
    pid_t w = wait4(c, &st, 0, &ru);
    printf("wait4: ours %s, status %d\n", w == c ? "yes" : "no", WEXITSTATUS(st));
    w = waitpid(-1, &st, WNOHANG);
    printf("no children left: %d %s\n", w, w < 0 ? strerrorname_np(errno) : "");
}

static void groups(void)
{
    int st;
    int sync[2];
    if (pipe(sync)) {
        printf("pipe failed\n");
        exit(1);
    }
    pid_t c = fork_or_die();
    if (c == 0) {
        close(sync[0]);
        setpgid(0, 0);
        char ok = getpgid(0) == getpid() ? 'y' : 'n';
        if (write(sync[1], &ok, 1) != 1)
            _exit(99);
        for (;;)
            pause();
    }
    close(sync[1]);
    char ok = 0;
    if (read(sync[0], &ok, 1) != 1)
        ok = '?';
    close(sync[0]);
    printf("child leads its own group: %c, getpgid from the parent agrees: %s\n", ok,
           getpgid(c) == c ? "yes" : "no");
    /* c > 1 and c leads its group: -c names exactly that group. */
    if (c > 1 && getpgid(c) == c)
        kill(-c, SIGTERM);
    else
        kill(c, SIGTERM);
    waitpid(c, &st, 0);
    printf("kill of the group: signaled %d by %s\n", WIFSIGNALED(st), sigabbrev_np(WTERMSIG(st)));

    c = fork_or_die();
    if (c == 0) {
        pid_t s = setsid();
        _exit(s == getpid() && getsid(0) == getpid() && getpgid(0) == getpid() ? 0 : 1);
    }
    waitpid(c, &st, 0);
    printf("setsid in a child: new session led by it: %s\n",
           WIFEXITED(st) && WEXITSTATUS(st) == 0 ? "yes" : "no");
}

static char trail[16];
static int ntrail;
static void at_prepare(void) { trail[ntrail++] = 'p'; }
static void at_parent(void) { trail[ntrail++] = 'P'; }
static void at_child(void) { trail[ntrail++] = 'C'; }

static void atfork(void)
{
    pthread_atfork(at_prepare, at_parent, at_child);
    int fds[2];
    if (pipe(fds)) {
        printf("pipe failed\n");
        exit(1);
    }
    pid_t c = fork_or_die();
    if (c == 0) {
        close(fds[0]);
        if (write(fds[1], trail, (size_t)ntrail) != ntrail)
            _exit(99);
        _exit(0);
    }
    close(fds[1]);
    char child_trail[16] = { 0 };
    if (read(fds[0], child_trail, sizeof child_trail - 1) < 0)
        strcpy(child_trail, "?");
    close(fds[0]);
    waitpid(c, NULL, 0);
    trail[ntrail] = '\0';
    printf("atfork handlers: parent ran %s, child ran %s\n", trail, child_trail);
}

static volatile int stop_workers;
static void *worker(void *arg)
{
    (void)arg;
    unsigned long n = 0;
    while (!stop_workers) {
        char *p = malloc(64 + (n++ % 512));
        if (p) {
            memset(p, 1, 64);
            free(p);
        }
    }
    return NULL;
}

static void fork_with_threads(void)
{
    pthread_t t[3];
    int started = 0;
    for (int i = 0; i < 3; i++)
        if (pthread_create(&t[i], NULL, worker, NULL) == 0)
            started++;
    int good = 0;
    for (int i = 0; i < 40; i++) {
        pid_t c = fork_or_die();
        if (c == 0) {
            /* Only this thread exists here; malloc and stdio must work. */
            char *p = malloc(1000);
            if (!p)
                _exit(98);
            snprintf(p, 1000, "child %d", i);
            _exit(strlen(p) > 6 ? i : 97);
        }
        int st;
        if (waitpid(c, &st, 0) == c && WIFEXITED(st) && WEXITSTATUS(st) == i)
            good++;
    }
    stop_workers = 1;
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    printf("fork while %d threads allocate: %d of 40 children fine\n", started, good);
}

static void clone3_pidfd(void)
{
    int pidfd = -1;
    pid_t ptid = 0;
    struct clone_args ca;
    memset(&ca, 0, sizeof ca);
    ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
    ca.pidfd = (uint64_t)(uintptr_t)&pidfd;
    ca.parent_tid = (uint64_t)(uintptr_t)&ptid;
    ca.exit_signal = SIGCHLD;
    fflush(stdout);
    long c = syscall(SYS_clone3, &ca, sizeof ca);
    if (c < 0) {
        printf("clone3 failed: %s\n", strerrorname_np(errno));
        return;
    }
    if (c == 0)
        syscall(SYS_exit_group, 9);
    printf("clone3: parent_tid is the child: %s, pidfd %s\n", ptid == c ? "yes" : "no",
           pidfd >= 0 ? "open" : "missing");
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int r = pidfd >= 0 ? waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED) : waitid(P_PID, (id_t)c, &si, WEXITED);
    printf("waitid(P_PIDFD): %d, status %d, ours %s\n", r, si.si_status, si.si_pid == c ? "yes" : "no");
    if (pidfd >= 0)
        close(pidfd);
}

static volatile sig_atomic_t got_usr1;
static void on_usr1(int sig) { (void)sig; got_usr1 = 1; }

static void other_exit_signal(void)
{
    signal(SIGUSR1, on_usr1);
    sigset_t usr1, old;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, &old);
    fflush(stdout);
    long c = syscall(SYS_clone, (long)SIGUSR1, 0L, 0L, 0L, 0L);
    if (c < 0) {
        printf("clone(SIGUSR1) failed: %s\n", strerrorname_np(errno));
        return;
    }
    if (c == 0)
        syscall(SYS_exit_group, 6);
    int st;
    pid_t w = waitpid((pid_t)c, &st, 0);
    printf("exit signal SIGUSR1: waitpid without __WALL: %d %s\n", w, w < 0 ? strerrorname_np(errno) : "");
    w = waitpid((pid_t)c, &st, __WALL);
    sigsuspend(&old);
    printf("with __WALL: ours %s, status %d; SIGUSR1 came: %s\n", w == c ? "yes" : "no",
           WEXITSTATUS(st), got_usr1 ? "yes" : "no");
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
    basics();
    statuses();
    groups();
    atfork();
    fork_with_threads();
    clone3_pidfd();
    other_exit_signal();
    printf("done\n");
    return 0;
}
