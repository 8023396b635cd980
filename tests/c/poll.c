/* poll.c - pipes with poll/ppoll/select: readiness, timeouts, POLLHUP,
 * EPIPE with SIGPIPE ignored, O_NONBLOCK and EAGAIN, pipe capacity,
 * and eventfd. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

static const char *ev(short r)
{
    static char bufs[4][64];
    static int next;
    char *buf = bufs[next++ % 4];
    buf[0] = 0;
    if (r & POLLIN) strcat(buf, "IN ");
    if (r & POLLOUT) strcat(buf, "OUT ");
    if (r & POLLHUP) strcat(buf, "HUP ");
    if (r & POLLERR) strcat(buf, "ERR ");
    if (r & POLLNVAL) strcat(buf, "NVAL ");
    if (!buf[0]) strcpy(buf, "none ");
    buf[strlen(buf) - 1] = 0;
    return buf;
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
    int p[2];
    printf("pipe: %d\n", pipe(p));
    struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
    int r = poll(fds, 2, 0);
    printf("empty pipe: poll=%d read end [%s] write end [%s]\n", r, ev(fds[0].revents), ev(fds[1].revents));

    long long t0 = now_ms();
    r = poll(fds, 1, 50);
    long long waited = now_ms() - t0;
    printf("poll timeout 50ms: %d, waited>=45ms=%s\n", r, waited >= 45 ? "yes" : "no");

    printf("write: %zd\n", write(p[1], "ping", 4));
    r = poll(fds, 2, 1000);
    printf("after write: poll=%d read end [%s]\n", r, ev(fds[0].revents));
    int avail = -1;
    ioctl(p[0], FIONREAD, &avail);
    printf("FIONREAD=%d\n", avail);
    char buf[65536];
    printf("read: %zd\n", read(p[0], buf, sizeof buf));

    /* select on the same pipe */
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    struct timeval tv = { 0, 20000 };
    r = select(p[0] + 1, &rd, NULL, NULL, &tv);
    printf("select empty: %d isset=%d\n", r, FD_ISSET(p[0], &rd) != 0);
    write(p[1], "x", 1);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    tv.tv_sec = 1; tv.tv_usec = 0;
    r = select(p[0] + 1, &rd, NULL, NULL, &tv);
    printf("select ready: %d isset=%d\n", r, FD_ISSET(p[0], &rd) != 0);
    read(p[0], buf, 1);

    /* ppoll with a signal mask */
    sigset_t mask;
    sigemptyset(&mask);
    struct timespec ts = { 0, 10000000 };
    r = ppoll(fds, 1, &ts, &mask);
    printf("ppoll empty 10ms: %d\n", r);

    /* Non-blocking: EAGAIN on empty, fill until EAGAIN. */
    fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
    fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) | O_NONBLOCK);
    errno = 0;
    ssize_t n = read(p[0], buf, 10);
    printf("nonblocking empty read: %zd %s\n", n, errno == EAGAIN ? "EAGAIN" : "other");
    int size = fcntl(p[1], F_GETPIPE_SZ);
    printf("F_GETPIPE_SZ >= 4096: %s\n", size >= 4096 ? "yes" : "no");
    long total = 0;
    memset(buf, 'z', sizeof buf);
    for (;;) {
        n = write(p[1], buf, 1000);
        if (n < 0) break;
        total += n;
    }
    /* Writes of <= PIPE_BUF bytes are atomic (all or EAGAIN); how much
     * fits depends on the kernel's page packing, so only bounds. */
    printf("filled pipe: errno %s, capacity/2 <= total <= capacity: %s\n",
           errno == EAGAIN ? "EAGAIN" : "other", total >= size / 2 && total <= size ? "yes" : "no");
    fds[1].revents = 0;
    r = poll(&fds[1], 1, 0);
    printf("full pipe poll POLLOUT: %d [%s]\n", r, ev(fds[1].revents));
    long drained = 0;
    while ((n = read(p[0], buf, sizeof buf)) > 0) drained += n;
    printf("drained == total: %s\n", drained == total ? "yes" : "no");

    /* Closing the write end: POLLHUP and EOF. */
    write(p[1], "end", 3);
    close(p[1]);
    r = poll(fds, 1, 0);
    printf("writer closed with data: poll=%d [%s]\n", r, ev(fds[0].revents));
    printf("read: %zd\n", read(p[0], buf, sizeof buf));
    r = poll(fds, 1, 0);
    n = read(p[0], buf, 1);
    printf("writer closed, drained: poll=%d [%s] read=%zd\n", r, ev(fds[0].revents), n);
    close(p[0]);

    /* A closed fd gives POLLNVAL. */
    r = poll(fds, 1, 0);
    printf("closed fd: poll=%d [%s]\n", r, ev(fds[0].revents));

    /* Reader closed: EPIPE (SIGPIPE ignored). */
    signal(SIGPIPE, SIG_IGN);
    pipe2(p, O_CLOEXEC);
    printf("pipe2 O_CLOEXEC: FD_CLOEXEC=%d\n", fcntl(p[0], F_GETFD) & FD_CLOEXEC);
    close(p[0]);
    struct pollfd w = { p[1], POLLOUT, 0 };
    r = poll(&w, 1, 0);
    printf("reader closed: poll=%d [%s]\n", r, ev(w.revents));
    errno = 0;
    n = write(p[1], "x", 1);
    printf("write to closed pipe: %zd %s\n", n, errno == EPIPE ? "EPIPE" : "other");
    close(p[1]);

    /* eventfd */
    int efd = eventfd(3, EFD_NONBLOCK);
    unsigned long long v = 0;
    struct pollfd e = { efd, POLLIN, 0 };
    r = poll(&e, 1, 0);
    printf("eventfd(3): poll=%d [%s]\n", r, ev(e.revents));
    v = 4;
    write(efd, &v, sizeof v);
    read(efd, &v, sizeof v);
    printf("eventfd read: %llu\n", v);
    errno = 0;
    n = read(efd, &v, sizeof v);
    printf("eventfd empty read: %zd %s\n", n, errno == EAGAIN ? "EAGAIN" : "other");
    close(efd);
    return 0;
}
