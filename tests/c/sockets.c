/* sockets.c - sockets within one process (no threads, no fork):
 * socketpair stream/dgram/seqpacket, sendmsg/recvmsg with SCM_RIGHTS,
 * TCP over 127.0.0.1 with port 0 + getsockname, non-blocking connect and
 * accept driven by poll, a 1 MiB transfer, shutdown, socket options,
 * UDP sendto/recvfrom, and a Unix socket bound to a path. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }
static const char *en(int e)
{
    switch (e) {
    case 0: return "ok";
    case EAGAIN: return "EAGAIN";
    case EINPROGRESS: return "EINPROGRESS";
    case EPIPE: return "EPIPE";
    case ENOTCONN: return "ENOTCONN";
    case ECONNREFUSED: return "ECONNREFUSED";
    case EMSGSIZE: return "EMSGSIZE";
    default: return strerror(e);
    }
}

static void pairs(void)
{
    int sv[2];
    printf("socketpair stream: %d\n", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    printf("send: %zd\n", send(sv[0], "hello", 5, 0));
    printf("send: %zd\n", send(sv[0], " world", 6, 0));
    char buf[64] = "";
    printf("recv MSG_PEEK: %zd\n", recv(sv[1], buf, 3, MSG_PEEK));
    memset(buf, 0, sizeof buf);
    printf("recv: %zd <%s>\n", recv(sv[1], buf, sizeof buf, 0), buf);   /* stream: may merge */
    errno = 0;
    ssize_t n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    printf("recv empty MSG_DONTWAIT: %zd %s\n", n, en(errno));

    /* Pass a pipe's read end over the socket. */
    int p[2];
    pipe(p);
    write(p[1], "via fd", 6);
    char cbuf[CMSG_SPACE(sizeof(int))];
    memset(cbuf, 0, sizeof cbuf);
    struct iovec iov = { "F", 1 };
    struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
    struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &p[0], sizeof(int));
    printf("sendmsg SCM_RIGHTS: %zd\n", sendmsg(sv[0], &mh, 0));
    close(p[0]);
    char one = 0;
    char rbuf[CMSG_SPACE(sizeof(int)) + 64];
    struct iovec riov = { &one, 1 };
    struct msghdr rh = { .msg_iov = &riov, .msg_iovlen = 1, .msg_control = rbuf, .msg_controllen = sizeof rbuf };
    n = recvmsg(sv[1], &rh, 0);
    struct cmsghdr *rc = CMSG_FIRSTHDR(&rh);
    int got = -1;
    if (rc && rc->cmsg_level == SOL_SOCKET && rc->cmsg_type == SCM_RIGHTS)
        memcpy(&got, CMSG_DATA(rc), sizeof got);
    printf("recvmsg: %zd byte '%c' cmsg=%s len ok=%s\n", n, one, yesno(got >= 0),
           yesno(rc && rc->cmsg_len == CMSG_LEN(sizeof(int))));
    memset(buf, 0, sizeof buf);
    if (got >= 0) {
        printf("read from passed fd: %zd <%s>\n", read(got, buf, sizeof buf), buf);
        close(got);
    }
    close(p[1]);

    shutdown(sv[0], SHUT_WR);
    printf("recv after peer SHUT_WR: %zd\n", recv(sv[1], buf, sizeof buf, 0));
    signal(SIGPIPE, SIG_IGN);
    close(sv[1]);
    errno = 0;
    n = send(sv[0], "x", 1, 0);
    printf("send to closed peer: %zd %s\n", n, en(errno));
    close(sv[0]);

    /* Datagram pairs keep message boundaries. */
    printf("socketpair dgram: %d\n", socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
    send(sv[0], "one", 3, 0);
    send(sv[0], "three", 5, 0);
    memset(buf, 0, sizeof buf);
    n = recv(sv[1], buf, sizeof buf, 0);
    printf("dgram 1: %zd <%s>\n", n, buf);
    memset(buf, 0, sizeof buf);
    n = recv(sv[1], buf, 2, 0);           /* truncated */
    printf("dgram 2 truncated: %zd <%s>\n", n, buf);
    close(sv[0]);
    close(sv[1]);

    printf("socketpair seqpacket: %d\n", socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv));
    printf("cloexec: %d\n", fcntl(sv[0], F_GETFD) & FD_CLOEXEC);
    send(sv[0], "abcdef", 6, 0);
    struct msghdr th = { 0 };
    struct iovec tiov = { buf, 4 };
    th.msg_iov = &tiov;
    th.msg_iovlen = 1;
    n = recvmsg(sv[1], &th, 0);
    printf("seqpacket recvmsg: %zd MSG_TRUNC=%s\n", n, yesno(th.msg_flags & MSG_TRUNC));
    close(sv[0]);
    close(sv[1]);
}

static int wait_for(int fd, short events, int ms)
{
    struct pollfd p = { fd, events, 0 };
    int r = poll(&p, 1, ms);
    return r > 0 ? p.revents : 0;
}

static void tcp(void)
{
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    printf("tcp socket ok: %s\n", yesno(ls >= 0));
    printf("SO_REUSEADDR: %d\n", setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    printf("bind port 0: %d\n", bind(ls, (struct sockaddr *)&a, sizeof a));
    printf("listen: %d\n", listen(ls, 4));
    struct sockaddr_in la;
    socklen_t len = sizeof la;
    printf("getsockname: %d len=%u\n", getsockname(ls, (struct sockaddr *)&la, &len), (unsigned)len);
    char ip[32];
    inet_ntop(AF_INET, &la.sin_addr, ip, sizeof ip);
    printf("bound to %s, port nonzero: %s\n", ip, yesno(ntohs(la.sin_port) != 0));

    errno = 0;
    int nc = accept(ls, NULL, NULL);
    printf("accept with nothing pending: %d %s\n", nc, en(errno));

    int cs = socket(AF_INET, SOCK_STREAM, 0);
    fcntl(cs, F_SETFL, fcntl(cs, F_GETFL) | O_NONBLOCK);
    errno = 0;
    int r = connect(cs, (struct sockaddr *)&la, sizeof la);
    printf("nonblocking connect: %s\n", r == 0 || errno == EINPROGRESS ? "0 or EINPROGRESS" : en(errno));
    printf("listener readable: %s\n", yesno(wait_for(ls, POLLIN, 5000) & POLLIN));
    struct sockaddr_in pa;
    len = sizeof pa;
    int ss = accept4(ls, (struct sockaddr *)&pa, &len, SOCK_NONBLOCK);
    printf("accept4: ok=%s peer is 127.0.0.1: %s\n", yesno(ss >= 0), yesno(pa.sin_addr.s_addr == htonl(INADDR_LOOPBACK)));
    printf("client writable: %s\n", yesno(wait_for(cs, POLLOUT, 5000) & POLLOUT));
    int soerr = -1;
    len = sizeof soerr;
    getsockopt(cs, SOL_SOCKET, SO_ERROR, &soerr, &len);
    printf("SO_ERROR: %d\n", soerr);
    struct sockaddr_in cn, pn;
    len = sizeof cn;
    getsockname(cs, (struct sockaddr *)&cn, &len);
    len = sizeof pn;
    getpeername(ss, (struct sockaddr *)&pn, &len);
    printf("server's peer == client's name: %s\n", yesno(cn.sin_port == pn.sin_port));
    int type = 0;
    len = sizeof type;
    getsockopt(ss, SOL_SOCKET, SO_TYPE, &type, &len);
    printf("SO_TYPE stream: %s\n", yesno(type == SOCK_STREAM));
    printf("TCP_NODELAY set: %d\n", setsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one));
    int nd = 0;
    len = sizeof nd;
    getsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &nd, &len);
    printf("TCP_NODELAY get: %s\n", yesno(nd != 0));

    /* 1 MiB each way, interleaving non-blocking sends and receives. */
    enum { TOTAL = 1 << 20 };
    static unsigned char out[TOTAL], in[TOTAL];
    for (int i = 0; i < TOTAL; i++) out[i] = (unsigned char)(i * 7 + (i >> 10));
    size_t sent = 0, recvd = 0;
    int loops = 0;
    while (recvd < TOTAL && loops < 1000000) {
        loops++;
        if (sent < TOTAL) {
            ssize_t k = send(cs, out + sent, TOTAL - sent > 65536 ? 65536 : TOTAL - sent, 0);
            if (k > 0) sent += k;
            else if (errno != EAGAIN) { printf("send error %s\n", en(errno)); break; }
        }
        ssize_t k = recv(ss, in + recvd, TOTAL - recvd, 0);
        if (k > 0) recvd += k;
        else if (k == 0) { printf("early EOF\n"); break; }
        else if (errno != EAGAIN) { printf("recv error %s\n", en(errno)); break; }
        else {
            struct pollfd pf[2] = { { ss, POLLIN, 0 }, { cs, sent < TOTAL ? POLLOUT : 0, 0 } };
            poll(pf, 2, 1000);
        }
    }
    printf("transferred %zu bytes, intact: %s\n", recvd, yesno(recvd == TOTAL && memcmp(in, out, TOTAL) == 0));

    /* Reply, then half-close. */
    send(ss, "pong", 4, 0);
    char buf[16] = "";
    wait_for(cs, POLLIN, 5000);
    ssize_t k = recv(cs, buf, sizeof buf, 0);
    printf("reply: %zd <%s>\n", k, buf);
    shutdown(cs, SHUT_WR);
    wait_for(ss, POLLIN, 5000);
    printf("server reads EOF after SHUT_WR: %zd\n", recv(ss, buf, sizeof buf, 0));
    printf("server can still send: %zd\n", send(ss, "bye", 3, 0));
    wait_for(cs, POLLIN, 5000);
    memset(buf, 0, sizeof buf);
    k = recv(cs, buf, sizeof buf, 0);
    printf("client got: %zd <%s>\n", k, buf);
    close(ss);
    close(cs);

    /* Connecting to a closed port is refused. */
    close(ls);
    cs = socket(AF_INET, SOCK_STREAM, 0);
    errno = 0;
    r = connect(cs, (struct sockaddr *)&la, sizeof la);
    printf("connect to closed listener: %d %s\n", r, en(errno));
    close(cs);
}

static void udp(void)
{
    int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in sa = { .sin_family = AF_INET }, sb, from;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sb = sa;
    bind(a, (struct sockaddr *)&sa, sizeof sa);
    bind(b, (struct sockaddr *)&sb, sizeof sb);
    socklen_t len = sizeof sa;
    getsockname(a, (struct sockaddr *)&sa, &len);
    len = sizeof sb;
    getsockname(b, (struct sockaddr *)&sb, &len);
    printf("udp sendto: %zd\n", sendto(a, "datagram", 8, 0, (struct sockaddr *)&sb, sizeof sb));
    printf("udp readable: %s\n", yesno(wait_for(b, POLLIN, 5000) & POLLIN));
    char buf[32] = "";
    len = sizeof from;
    ssize_t n = recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
    printf("udp recvfrom: %zd <%s> from sender port: %s\n", n, buf, yesno(from.sin_port == sa.sin_port));
    connect(a, (struct sockaddr *)&sb, sizeof sb);
    send(a, "connected", 9, 0);
    wait_for(b, POLLIN, 5000);
    memset(buf, 0, sizeof buf);
    printf("udp after connect: %zd <%s>\n", recv(b, buf, sizeof buf, 0), buf);
    close(a);
    close(b);
}

static void unix_path(void)
{
    /* Bind a relative name inside a fresh directory: sun_path is short. */
    const char *tmp = getenv("TMPDIR");
    char dir[4096], cwd[4096];
    snprintf(dir, sizeof dir, "%s/ferry-sock-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir) || !getcwd(cwd, sizeof cwd) || chdir(dir) != 0) { perror("setup"); return; }
    struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "sock" };
    int ls = socket(AF_UNIX, SOCK_STREAM, 0);
    int rb = bind(ls, (struct sockaddr *)&un, sizeof un);
    int rl = listen(ls, 1);
    printf("unix bind: %d listen: %d\n", rb, rl);
    int cs = socket(AF_UNIX, SOCK_STREAM, 0);
    printf("unix connect: %d\n", connect(cs, (struct sockaddr *)&un, sizeof un));
    int ss = accept(ls, NULL, NULL);
    write(cs, "over unix", 9);
    char buf[16] = "";
    printf("unix read: %zd <%s>\n", read(ss, buf, sizeof buf), buf);
    struct ucred cr;
    socklen_t len = sizeof cr;
    getsockopt(ss, SOL_SOCKET, SO_PEERCRED, &cr, &len);
    printf("SO_PEERCRED pid is ours: %s uid ok: %s\n", yesno(cr.pid == getpid()), yesno(cr.uid == getuid()));
    struct sockaddr_un got;
    len = sizeof got;
    getsockname(ls, (struct sockaddr *)&got, &len);
    printf("getsockname: <%s>\n", got.sun_path);
    close(ss);
    close(cs);
    close(ls);
    unlink("sock");
    if (chdir(cwd) != 0) perror("chdir");
    rmdir(dir);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    pairs();
    tcp();
    udp();
    unix_path();
    return 0;
}
