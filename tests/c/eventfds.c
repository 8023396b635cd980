/* Descriptors that deliver events: inotify (init1 flags, add/rm watch,
 * IN_MASK_ADD, IN_ONLYDIR, reading struct inotify_event records with names,
 * move cookies, IN_IGNORED, FIONREAD, poll) and timerfd (create flags,
 * one-shot and interval timers, TFD_TIMER_ABSTIME, gettime, the old value,
 * reading the expiration count, errors). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOENT: return "ENOENT";
    case EBADF: return "EBADF";
    case EAGAIN: return "EAGAIN";
    case ENOTDIR: return "ENOTDIR";
    default: return strerror(errno);
    }
}

#define CALL(label, expr)                   \
    do {                                    \
        errno = 0;                          \
        long r_ = (expr);                   \
        printf("%s: %s\n", label, res(r_)); \
    } while (0)

static const struct { uint32_t bit; const char *name; } in_bits[] = {
    { IN_ACCESS, "ACCESS" }, { IN_MODIFY, "MODIFY" }, { IN_ATTRIB, "ATTRIB" },
    { IN_CLOSE_WRITE, "CLOSE_WRITE" }, { IN_CLOSE_NOWRITE, "CLOSE_NOWRITE" },
    { IN_OPEN, "OPEN" }, { IN_MOVED_FROM, "MOVED_FROM" }, { IN_MOVED_TO, "MOVED_TO" },
    { IN_CREATE, "CREATE" }, { IN_DELETE, "DELETE" }, { IN_DELETE_SELF, "DELETE_SELF" },
    { IN_MOVE_SELF, "MOVE_SELF" }, { IN_IGNORED, "IGNORED" }, { IN_ISDIR, "ISDIR" },
};

/* Print every queued event: wd (as "dir"/"file"), mask names, name. */
static void drain(int fd, int dir_wd, const char *label)
{
    union {
        char buf[4096];
        struct inotify_event align;
    } u;
    int avail = -1;
    ioctl(fd, FIONREAD, &avail);
    errno = 0;
    ssize_t n = read(fd, u.buf, sizeof u.buf);
    printf("%s: FIONREAD matches read: %s\n", label, yesno(n == avail));
    if (n < 0) {
        printf("  read: %s\n", res(-1));
        return;
    }
    uint32_t cookie = 0;
    for (char *p = u.buf; p < u.buf + n;) {
        struct inotify_event *e = (struct inotify_event *)p;
        printf("  %s", e->wd == dir_wd ? "dir" : "other");
        for (size_t i = 0; i < sizeof in_bits / sizeof *in_bits; i++)
            if (e->mask & in_bits[i].bit)
                printf(" %s", in_bits[i].name);
        if (e->len)
            printf(" \"%s\" (len %u, padded %s)", e->name, e->len, yesno(e->len % 4 == 0));
        if (e->mask & IN_MOVED_FROM)
            cookie = e->cookie;
        if (e->mask & IN_MOVED_TO)
            printf(" cookie matches: %s", yesno(cookie && e->cookie == cookie));
        printf("\n");
        p += sizeof *e + e->len;
    }
}

static void inotify(const char *dir)
{
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    printf("inotify_init1: %s cloexec=%s nonblock=%s\n", yesno(fd >= 0),
           yesno(fcntl(fd, F_GETFD) & FD_CLOEXEC), yesno(fcntl(fd, F_GETFL) & O_NONBLOCK));
    CALL("inotify_init1 unknown flag", inotify_init1(0x1));
    int wd = inotify_add_watch(fd, dir, IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE |
                                            IN_MOVED_FROM | IN_MOVED_TO);
    printf("inotify_add_watch dir: %s\n", yesno(wd > 0));
    errno = 0;
    char buf[64];
    printf("read with nothing queued: %s\n", res(read(fd, buf, sizeof buf)));

    char a[4200], b[4200], sub[4200];
    snprintf(a, sizeof a, "%s/first-file", dir);
    snprintf(b, sizeof b, "%s/second", dir);
    snprintf(sub, sizeof sub, "%s/subdir", dir);
    int f = open(a, O_WRONLY | O_CREAT, 0600);
    write(f, "x", 1);
    close(f);
    rename(a, b);
    mkdir(sub, 0700);
    struct pollfd pfd = { fd, POLLIN, 0 };
    int ready = poll(&pfd, 1, 1000);
    printf("poll: %d revents POLLIN: %s\n", ready, yesno(pfd.revents & POLLIN));
    drain(fd, wd, "events");

    int again = inotify_add_watch(fd, dir, IN_ATTRIB | IN_MASK_ADD);
    printf("inotify_add_watch IN_MASK_ADD: same wd %s\n", yesno(again == wd));
    chmod(b, 0644);
    unlink(b);
    rmdir(sub);
    drain(fd, wd, "more events");

    CALL("inotify_add_watch IN_ONLYDIR on a file", inotify_add_watch(fd, "/dev/null", IN_ONLYDIR | IN_OPEN));
    CALL("inotify_add_watch missing", inotify_add_watch(fd, a, IN_OPEN));
    CALL("inotify_add_watch empty mask", inotify_add_watch(fd, dir, 0));
    CALL("inotify_add_watch not inotify", inotify_add_watch(0, dir, IN_OPEN));
    CALL("inotify_rm_watch", inotify_rm_watch(fd, wd));
    drain(fd, wd, "after rm_watch");
    CALL("inotify_rm_watch again", inotify_rm_watch(fd, wd));
    errno = 0;
    printf("read into a too small buffer: %s\n", res(read(fd, buf, 4)));
    close(fd);
}

static void timerfd(void)
{
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    printf("timerfd_create: %s cloexec=%s nonblock=%s\n", yesno(fd >= 0),
           yesno(fcntl(fd, F_GETFD) & FD_CLOEXEC), yesno(fcntl(fd, F_GETFL) & O_NONBLOCK));
    CALL("timerfd_create bad clock", timerfd_create(12345, 0));
    CALL("timerfd_create bad flags", timerfd_create(CLOCK_MONOTONIC, 0x1));
    uint64_t count = 0;
    errno = 0;
    printf("read disarmed: %s\n", res(read(fd, &count, sizeof count)));

    struct itimerspec one = { { 0, 0 }, { 0, 200 * 1000 * 1000 } }, cur, old;
    CALL("timerfd_settime 200 ms", timerfd_settime(fd, 0, &one, NULL));
    timerfd_gettime(fd, &cur);
    printf("  gettime: armed %s interval zero %s\n",
           yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 200000000),
           yesno(cur.it_interval.tv_sec == 0 && cur.it_interval.tv_nsec == 0));
    struct pollfd pfd = { fd, POLLIN, 0 };
    printf("  poll: %d\n", poll(&pfd, 1, 2000));
    errno = 0;
    long got = read(fd, &count, sizeof count);
    printf("  read: %s count %llu\n", res(got), (unsigned long long)count);
    timerfd_gettime(fd, &cur);
    printf("  gettime after expiry: disarmed %s\n", yesno(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0));
    errno = 0;
    printf("  read into 4 bytes: %s\n", res(read(fd, &count, 4)));

    struct itimerspec every = { { 0, 5 * 1000 * 1000 }, { 0, 5 * 1000 * 1000 } };
    CALL("timerfd_settime every 5 ms", timerfd_settime(fd, 0, &every, NULL));
    struct timespec nap = { 0, 40 * 1000 * 1000 };
    nanosleep(&nap, NULL);
    count = 0;
    read(fd, &count, sizeof count);
    printf("  expirations after 40 ms >= 4: %s\n", yesno(count >= 4));
    memset(&old, 0x5a, sizeof old);
    struct itimerspec off = { { 0, 0 }, { 0, 0 } };
    CALL("timerfd_settime disarm, old value", timerfd_settime(fd, 0, &off, &old));
    printf("  old interval 5 ms: %s\n", yesno(old.it_interval.tv_sec == 0 && old.it_interval.tv_nsec == 5000000));
    close(fd);

    fd = timerfd_create(CLOCK_REALTIME, 0);
    struct itimerspec past = { { 0, 0 }, { 1, 0 } };
    CALL("timerfd_settime absolute, in the past", timerfd_settime(fd, TFD_TIMER_ABSTIME, &past, NULL));
    errno = 0;
    got = read(fd, &count, sizeof count);
    printf("  read: %s count %llu\n", res(got), (unsigned long long)count);
    struct itimerspec bad = { { 0, 0 }, { 0, 1000000000 } };
    CALL("timerfd_settime nsec out of range", timerfd_settime(fd, 0, &bad, NULL));
    CALL("timerfd_settime bad flags", timerfd_settime(fd, 0x10, &one, NULL));
    CALL("timerfd_settime bad pointer", timerfd_settime(fd, 0, (struct itimerspec *)8, NULL));
    CALL("timerfd_gettime on a pipe", timerfd_gettime(0, &cur));
    close(fd);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/eventfds-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    inotify(dir);
    printf("rmdir: %s\n", res(rmdir(dir)));
    timerfd();
    return 0;
}
