/* Ancillary data over Unix sockets within one process: SCM_RIGHTS with
 * several descriptors, MSG_CMSG_CLOEXEC, no room for control data
 * (MSG_CTRUNC; the descriptors are closed), SCM_CREDENTIALS with SO_PASSCRED
 * (struct ucred: pid, uid, gid) sent implicitly and explicitly, both in
 * one message, on stream, datagram and seqpacket sockets.  (Partly
 * truncated SCM_RIGHTS is left out: qemu 7.2 drops the extra descriptor
 * without setting MSG_CTRUNC.) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
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
    case EBADF: return "EBADF";
    case EPERM: return "EPERM";
    case EAGAIN: return "EAGAIN";
    case ESRCH: return "ESRCH";
    default: return strerror(errno);
    }
}

/* Send "data" with SCM_RIGHTS for fds[0..n) and, if cred, an explicit
 * SCM_CREDENTIALS. */
static long send_with(int s, const int *fds, int n, const struct ucred *cred)
{
    union {
        char buf[CMSG_SPACE(8 * sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
        struct cmsghdr align;
    } u;
    memset(&u, 0, sizeof u);
    struct iovec iov = { "data", 4 };
    struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                         .msg_controllen = 0 };
    mh.msg_controllen = (n ? CMSG_SPACE(n * sizeof(int)) : 0) + (cred ? CMSG_SPACE(sizeof *cred) : 0);
    if (!mh.msg_controllen)
        mh.msg_control = NULL;
    struct cmsghdr *c = mh.msg_controllen ? CMSG_FIRSTHDR(&mh) : NULL;
    if (n) {
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(n * sizeof(int));
        memcpy(CMSG_DATA(c), fds, n * sizeof(int));
        c = CMSG_NXTHDR(&mh, c);
    }
    if (cred) {
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_CREDENTIALS;
        c->cmsg_len = CMSG_LEN(sizeof *cred);
        memcpy(CMSG_DATA(c), cred, sizeof *cred);
    }
    errno = 0;
    return sendmsg(s, &mh, 0);
}

/* Receive one message; report each control message; close received fds
 * after checking that they work (a pipe's write end gets a byte). */
static void receive(int s, size_t control, int flags, const char *label)
{
    union {
        char buf[512];
        struct cmsghdr align;
    } u;
    memset(&u, 0, sizeof u);
    char data[16] = "";
    struct iovec iov = { data, sizeof data - 1 };
    struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                         .msg_controllen = control };
    errno = 0;
    long n = recvmsg(s, &mh, flags);
    printf("%s: recvmsg %s \"%s\"%s\n", label, res(n), n > 0 ? data : "",
           (mh.msg_flags & MSG_CTRUNC) ? " MSG_CTRUNC" : "");
    if (n < 0)
        return;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int count = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
            printf("  SCM_RIGHTS, %d fds:", count);
            for (int i = 0; i < count; i++) {
                int fd;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
                int cloexec = (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0;
                int writable = write(fd, "w", 1) == 1;
                printf(" [new=%s cloexec=%s works=%s]", yesno(fd > 2), yesno(cloexec),
                       yesno(writable));
                close(fd);
            }
            printf("\n");
        } else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
            struct ucred cr;
            memcpy(&cr, CMSG_DATA(c), sizeof cr);
            printf("  SCM_CREDENTIALS len=%zu pid is me=%s uid is mine=%s gid is mine=%s\n",
                   (size_t)(c->cmsg_len - CMSG_LEN(0)), yesno(cr.pid == getpid()),
                   yesno(cr.uid == getuid()), yesno(cr.gid == getgid()));
        } else {
            printf("  other: level %d type %d\n", c->cmsg_level, c->cmsg_type);
        }
    }
}

int main(void)
{
    int p[2], q[2];
    pipe(p);
    pipe(q);
    int before = dup(0);
    close(before);

    static const int types[] = { SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET };
    static const char *const names[] = { "stream", "dgram", "seqpacket" };
    for (int t = 0; t < 3; t++) {
        int sv[2];
        printf("socketpair %s: %s\n", names[t], res(socketpair(AF_UNIX, types[t], 0, sv)));
        int fds[3] = { p[1], q[1], p[1] };
        printf("sendmsg 3 fds: %s\n", res(send_with(sv[0], fds, 3, NULL)));
        receive(sv[1], 512, 0, "plain");
        printf("sendmsg 2 fds: %s\n", res(send_with(sv[0], fds, 2, NULL)));
        receive(sv[1], 512, MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC");
        printf("sendmsg 2 fds: %s\n", res(send_with(sv[0], fds, 2, NULL)));
        receive(sv[1], 0, 0, "no control buffer");

        int on = 1;
        printf("SO_PASSCRED: %s\n", res(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on)));
        printf("sendmsg no ancillary data: %s\n", res(send_with(sv[0], NULL, 0, NULL)));
        receive(sv[1], 512, 0, "implicit credentials");
        struct ucred me = { getpid(), getuid(), getgid() };
        printf("sendmsg fds + credentials: %s\n", res(send_with(sv[0], fds, 1, &me)));
        receive(sv[1], 512, 0, "both");
        struct ucred wrong = { getpid(), getuid(), getgid() };
        wrong.pid = 0;
        printf("sendmsg credentials with pid 0: %s\n", res(send_with(sv[0], NULL, 0, &wrong)));
        int off = 0;
        setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &off, sizeof off);
        struct ucred peer;
        socklen_t len = sizeof peer;
        errno = 0;
        long r = getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &peer, &len);
        printf("SO_PEERCRED: %s len=%u pid is me=%s\n", res(r), (unsigned)len, yesno(peer.pid == getpid()));
        int bad = 9999;
        printf("sendmsg a closed fd: %s\n", res(send_with(sv[0], &bad, 1, NULL)));
        close(sv[0]);
        close(sv[1]);
    }
    char drain[64];
    printf("bytes written through passed fds: %zd %zd\n", read(p[0], drain, sizeof drain),
           read(q[0], drain, sizeof drain));
    int after = dup(0);
    printf("no descriptor leaked: %s\n", yesno(after == before));
    return 0;
}
