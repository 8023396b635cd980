/* sig-restart.c - a signal arriving during a blocking system call: EINTR,
 * or a restart under SA_RESTART, by the kernel's rules for each call
 * (man 7 signal, "Interruption of system calls and library functions by
 * signal handlers"):
 *
 *  - restarted under SA_RESTART, EINTR without it: read and write on a
 *    pipe, recv on a socket, accept, FUTEX_WAIT without a timeout,
 *    F_OFD_SETLKW;
 *  - EINTR even with SA_RESTART: nanosleep and clock_nanosleep (with the
 *    time remaining), FUTEX_WAIT with a timeout, recv with SO_RCVTIMEO,
 *    poll, ppoll, select, pselect, epoll_wait, sigsuspend, pause;
 *  - a signal already pending when ppoll/pselect/epoll_pwait/sigsuspend
 *    unblock it is delivered at once (no lost wake-up), and one that
 *    arrives around the moment they unblock it too (100 times each, the
 *    timer firing 1-49 us after it is set).
 *
 * A periodic ITIMER_REAL (every 50 ms) sends SIGALRM, so a signal arrives
 * during the call even if the first one comes before it.  In restart
 * cases the handler makes the call able to complete at its second run
 * (writes the byte, connects, wakes the futex, releases the lock), so a
 * restarted call returns a result and one wrongly failed returns EINTR;
 * in the EINTR cases it does the same (where it can), so a call wrongly
 * restarted returns a result instead of EINTR.
 * ferry-test: repeat 3 (timing: signals from timers and other threads)
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define WATCHDOG_SECONDS 18
#include "watchdog.h"

static const char *err_name(int e)
{
    switch (e) {
    case 0: return "0";
    case EINTR: return "EINTR";
    case EAGAIN: return "EAGAIN";
    case ETIMEDOUT: return "ETIMEDOUT";
    default: return strerror(e);
    }
}

/* What the handler does at its second run. */
enum action { NOTHING, WRITE_BYTE, READ_BYTES, CONNECT, FUTEX_WAKE_IT, UNLOCK };
static volatile enum action action;
static volatile int runs;
static int act_fd = -1;             /* the fd the action uses */
static struct sockaddr_un listen_addr;
static socklen_t listen_len;
static int futex_word;

static void on_alarm(int sig)
{
    (void)sig;
    int saved = errno;
    if (++runs == 2) {
        char buf[4096];
        switch (action) {
        case NOTHING: break;
        case WRITE_BYTE: write(act_fd, "x", 1); break;
        case READ_BYTES: read(act_fd, buf, sizeof buf); break;
        case CONNECT: {
            int s = socket(AF_UNIX, SOCK_STREAM, 0);
            connect(s, (struct sockaddr *)&listen_addr, listen_len);
            break; /* left open: accept gets it */
        }
        case FUTEX_WAKE_IT:
            __atomic_store_n(&futex_word, 1, __ATOMIC_SEQ_CST);
            syscall(SYS_futex, &futex_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
            break;
        case UNLOCK: {
            struct flock fl = { .l_type = F_UNLCK, .l_whence = SEEK_SET };
            fcntl(act_fd, F_OFD_SETLK, &fl);
            break;
        }
        }
    }
    errno = saved;
}

static void handler_flags(int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
}

static void timer_on(void)
{
    runs = 0;
    struct itimerval it = { { 0, 50000 }, { 0, 50000 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void timer_off(void)
{
    struct itimerval it = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void report(const char *call, int flags, long r, int e)
{
    printf("%-34s %-10s -> %ld%s%s%s\n", call, flags ? "SA_RESTART" : "no flags", r, r < 0 ? " " : "",
           r < 0 ? err_name(e) : "", runs >= 1 ? "" : " (handler did not run)");
}

/* The calls, each returning its result with errno set. */
static int pipe_fds[2], sock_fds[2], listen_fd, lock_fd2;

static long do_read(void) { char c; return read(pipe_fds[0], &c, 1); }
static long do_write(void) { return write(pipe_fds[1], "y", 1); }
static long do_recv(void) { char c; return recv(sock_fds[0], &c, 1, 0); }
static long do_accept(void)
{
    int fd = accept(listen_fd, NULL, NULL);
    if (fd >= 0)
        close(fd);
    return fd < 0 ? -1 : 0;
}
static long do_futex(void)
{
    return syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
}
static long do_futex_timed(void)
{
    struct timespec ts = { 5, 0 };
    return syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
}
static long do_lock(void)
{
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
    return fcntl(lock_fd2, F_OFD_SETLKW, &fl);
}
static long do_poll(void)
{
    struct pollfd p = { .fd = pipe_fds[0], .events = POLLIN };
    return poll(&p, 1, -1);
}
static long do_ppoll(void)
{
    struct pollfd p = { .fd = pipe_fds[0], .events = POLLIN };
    return ppoll(&p, 1, NULL, NULL);
}
static long do_select(void)
{
    fd_set r;
    FD_ZERO(&r);
    FD_SET(pipe_fds[0], &r);
    return select(pipe_fds[0] + 1, &r, NULL, NULL, NULL);
}
static long do_pselect(void)
{
    fd_set r;
    FD_ZERO(&r);
    FD_SET(pipe_fds[0], &r);
    return pselect(pipe_fds[0] + 1, &r, NULL, NULL, NULL, NULL);
}
static int epfd;
static long do_epoll(void)
{
    struct epoll_event e;
    return epoll_wait(epfd, &e, 1, -1);
}
static long do_pause(void) { return pause(); }
static long do_sigsuspend(void)
{
    sigset_t none;
    sigemptyset(&none);
    return sigsuspend(&none);
}

static void fresh_pipe(void)
{
    pipe(pipe_fds);
    act_fd = pipe_fds[1];
}

static void close_pipe(void)
{
    close(pipe_fds[0]);
    close(pipe_fds[1]);
}

static void run(const char *name, int flags, enum action a, long (*fn)(void))
{
    handler_flags(flags);
    action = a;
    timer_on();
    errno = 0;
    long r = fn();
    int e = errno;
    timer_off();
    report(name, flags, r, e);
}

static void pipe_cases(void)
{
    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        fresh_pipe();
        run("read (pipe)", f, WRITE_BYTE, do_read);
        close_pipe();
    }
    /* write to a full pipe: the handler makes room. */
    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        pipe(pipe_fds);
        fcntl(pipe_fds[1], F_SETFL, O_NONBLOCK);
        while (write(pipe_fds[1], "z", 1) == 1)
            ;
        fcntl(pipe_fds[1], F_SETFL, 0);
        act_fd = pipe_fds[0];
        run("write (full pipe)", f, READ_BYTES, do_write);
        close_pipe();
    }
}

static void socket_cases(void)
{
    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        socketpair(AF_UNIX, SOCK_STREAM, 0, sock_fds);
        act_fd = sock_fds[1];
        run("recv (socketpair)", f, WRITE_BYTE, do_recv);
        close(sock_fds[0]);
        close(sock_fds[1]);
    }
    socketpair(AF_UNIX, SOCK_STREAM, 0, sock_fds);
    act_fd = sock_fds[1];
    struct timeval tv = { 5, 0 };
    setsockopt(sock_fds[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    run("recv (SO_RCVTIMEO 5 s)", SA_RESTART, WRITE_BYTE, do_recv);
    close(sock_fds[0]);
    close(sock_fds[1]);

    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        listen_fd = socket(AF_UNIX, SOCK_STREAM, 0);
        memset(&listen_addr, 0, sizeof listen_addr);
        listen_addr.sun_family = AF_UNIX;
        strcpy(listen_addr.sun_path, "listen"); /* in the test's directory */
        listen_len = sizeof listen_addr;
        if (bind(listen_fd, (struct sockaddr *)&listen_addr, listen_len) != 0 || listen(listen_fd, 4) != 0) {
            printf("bind/listen failed: %s\n", strerror(errno));
            close(listen_fd);
            continue;
        }
        run("accept (unix socket)", f, CONNECT, do_accept);
        close(listen_fd);
        unlink("listen");
    }
}

static void futex_cases(void)
{
    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        futex_word = 0;
        run("futex FUTEX_WAIT", f, FUTEX_WAKE_IT, do_futex);
    }
    futex_word = 0;
    run("futex FUTEX_WAIT (5 s timeout)", SA_RESTART, FUTEX_WAKE_IT, do_futex_timed);
}

static void lock_cases(void)
{
    for (int f = 0; f <= SA_RESTART; f += SA_RESTART) {
        int fd1 = open("lockfile", O_RDWR | O_CREAT, 0600);
        lock_fd2 = open("lockfile", O_RDWR);
        struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
        if (fcntl(fd1, F_OFD_SETLK, &fl) != 0) {
            printf("F_OFD_SETLK failed: %s\n", strerror(errno));
        } else {
            act_fd = fd1;
            run("fcntl F_OFD_SETLKW", f, UNLOCK, do_lock);
        }
        close(lock_fd2);
        close(fd1);
    }
    unlink("lockfile");
}

static void sleep_cases(void)
{
    handler_flags(SA_RESTART);
    action = NOTHING;
    struct timespec req = { 5, 0 }, rem = { -1, -1 };
    timer_on();
    errno = 0;
    int r = nanosleep(&req, &rem);
    int e = errno;
    timer_off();
    report("nanosleep 5 s", SA_RESTART, r, e);
    printf("  remaining time between 3 s and 5 s: %s\n",
           rem.tv_sec >= 3 && rem.tv_sec < 5 && rem.tv_nsec >= 0 && rem.tv_nsec < 1000000000 ? "yes" : "no");

    rem.tv_sec = rem.tv_nsec = -1;
    timer_on();
    r = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
    timer_off();
    printf("%-34s %-10s -> returned %s\n", "clock_nanosleep 5 s", "SA_RESTART", err_name(r));
    printf("  remaining time between 3 s and 5 s: %s\n",
           rem.tv_sec >= 3 && rem.tv_sec < 5 && rem.tv_nsec >= 0 && rem.tv_nsec < 1000000000 ? "yes" : "no");

    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += 5;
    timer_on();
    r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL);
    timer_off();
    printf("%-34s %-10s -> returned %s\n", "clock_nanosleep TIMER_ABSTIME", "SA_RESTART", err_name(r));
}

static void never_restarted(void)
{
    struct { const char *name; long (*fn)(void); } calls[] = {
        { "poll", do_poll }, { "ppoll", do_ppoll }, { "select", do_select }, { "pselect", do_pselect },
        { "epoll_wait", do_epoll },
    };
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
        fresh_pipe();
        epfd = epoll_create1(0);
        struct epoll_event e = { .events = EPOLLIN };
        epoll_ctl(epfd, EPOLL_CTL_ADD, pipe_fds[0], &e);
        run(calls[i].name, SA_RESTART, WRITE_BYTE, calls[i].fn);
        close(epfd);
        close_pipe();
    }
    run("pause", SA_RESTART, NOTHING, do_pause);
    run("sigsuspend", SA_RESTART, NOTHING, do_sigsuspend);
}

/* A signal pending (blocked) when the call atomically unblocks it. */
static void pending_at_entry(void)
{
    handler_flags(SA_RESTART);
    action = NOTHING;
    sigset_t block, old, unblocked;
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, &old);
    unblocked = old;
    sigdelset(&unblocked, SIGALRM);
    for (int i = 0; i < 4; i++) {
        runs = 0;
        raise(SIGALRM);
        fresh_pipe();
        struct pollfd p = { .fd = pipe_fds[0], .events = POLLIN };
        fd_set r;
        FD_ZERO(&r);
        FD_SET(pipe_fds[0], &r);
        int ep = epoll_create1(0);
        struct epoll_event e = { .events = EPOLLIN };
        epoll_ctl(ep, EPOLL_CTL_ADD, pipe_fds[0], &e);
        const char *name = "?";
        errno = 0;
        long ret = 0;
        switch (i) {
        case 0: name = "ppoll, signal pending"; ret = ppoll(&p, 1, NULL, &unblocked); break;
        case 1: name = "pselect, signal pending"; ret = pselect(pipe_fds[0] + 1, &r, NULL, NULL, NULL, &unblocked); break;
        case 2: name = "epoll_pwait, signal pending"; ret = epoll_pwait(ep, &e, 1, -1, &unblocked); break;
        case 3: name = "sigsuspend, signal pending"; ret = sigsuspend(&unblocked); break;
        }
        int err = errno;
        sigset_t now;
        sigprocmask(SIG_BLOCK, NULL, &now);
        printf("%-34s -> %ld %s, handler ran %d, SIGALRM blocked again after: %s\n", name, ret, err_name(err), runs,
               sigismember(&now, SIGALRM) ? "yes" : "no");
        close(ep);
        close_pipe();
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* The race the atomic mask of ppoll/pselect/epoll_pwait/sigsuspend
 * exists for: SIGALRM blocked, a one-shot timer set to fire within a few
 * dozen microseconds, i.e. before, during or just after the call's entry,
 * and the call unblocking it with an infinite timeout.  Whenever the
 * signal comes, the call must return EINTR: a signal held back until the
 * call returns would leave it waiting forever (the watchdog ends that). */
static void race(void)
{
    handler_flags(SA_RESTART);
    action = NOTHING;
    sigset_t block, old, unblocked;
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, &old);
    unblocked = old;
    sigdelset(&unblocked, SIGALRM);
    timer_t t;
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGALRM;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t) != 0) {
        printf("timer_create failed: %s\n", strerror(errno));
        sigprocmask(SIG_SETMASK, &old, NULL);
        return;
    }
    const char *names[4] = { "ppoll", "pselect", "epoll_pwait", "sigsuspend" };
    int ep = epoll_create1(0);
    for (int k = 0; k < 4; k++) {
        int eintr = 0, ran = 0;
        for (int i = 0; i < 100; i++) {
            runs = 0;
            struct itimerspec its = { { 0, 0 }, { 0, 1000 + (i % 25) * 2000 } };
            timer_settime(t, 0, &its, NULL);
            errno = 0;
            long r = 0;
            struct epoll_event e;
            switch (k) {
            case 0: r = ppoll(NULL, 0, NULL, &unblocked); break;
            case 1: r = pselect(0, NULL, NULL, NULL, NULL, &unblocked); break;
            case 2: r = epoll_pwait(ep, &e, 1, -1, &unblocked); break;
            case 3: r = sigsuspend(&unblocked); break;
            }
            eintr += r == -1 && errno == EINTR;
            ran += runs == 1;
        }
        printf("%-11s x100, the timer firing around its entry: EINTR %d times, handler ran %d times\n", names[k],
               eintr, ran);
    }
    close(ep);
    timer_delete(t);
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    char tmpl[4096];
    const char *tmp = getenv("TMPDIR");
    snprintf(tmpl, sizeof tmpl, "%s/sig-restart.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmpl)) {
        printf("mkdtemp failed\n");
        return 1;
    }
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(tmpl) != 0) {
        printf("chdir failed\n");
        return 1;
    }
    pipe_cases();
    socket_cases();
    futex_cases();
    lock_cases();
    sleep_cases();
    never_restarted();
    pending_at_entry();
    race();
    chdir(cwd);
    rmdir(tmpl);
    printf("done\n");
    return 0;
}
