/* System V message queues: msgget, msgsnd, msgrcv (by type, first, lowest
 * type up to a bound, MSG_EXCEPT, MSG_NOERROR, IPC_NOWAIT) and msgctl
 * (IPC_STAT, IPC_SET, IPC_INFO, MSG_INFO, MSG_STAT, IPC_RMID).  The message
 * header is a long mtype on both architectures.  msg_lrpid and a receive
 * into a bad buffer, where qemu 7.2 differs from Linux: sysv-kernel.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <unistd.h>

struct message {
    long mtype;
    char text[32];
};

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
    case EAGAIN: return "EAGAIN";
    case ENOMSG: return "ENOMSG";
    case E2BIG: return "E2BIG";
    case EIDRM: return "EIDRM";
    default: return strerror(errno);
    }
}

static void send(int q, long type, const char *text)
{
    struct message m = { .mtype = type };
    strcpy(m.text, text);
    errno = 0;
    printf("msgsnd %ld \"%s\": %s\n", type, text, res(msgsnd(q, &m, strlen(text), 0)));
}

static void receive(int q, long type, int flags, size_t room, const char *what)
{
    struct message m;
    memset(&m, 0, sizeof m);
    errno = 0;
    ssize_t n = msgrcv(q, &m, room, type, flags);
    if (n < 0)
        printf("msgrcv %s: %s\n", what, res(-1));
    else
        printf("msgrcv %s: %zd type %ld \"%.*s\"\n", what, n, m.mtype, (int)n, m.text);
}

static void stat_queue(int q, const char *when)
{
    struct msqid_ds ds;
    memset(&ds, 0x5a, sizeof ds);
    errno = 0;
    int r = msgctl(q, IPC_STAT, &ds);
    printf("%s: IPC_STAT %s qnum=%lu cbytes=%lu qbytes>0=%s mode=%o lspid=me:%s"
           " stime set=%s rtime set=%s\n",
           when, res(r), (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes,
           yesno(ds.msg_qbytes > 0), (unsigned)(ds.msg_perm.mode & 0777),
           yesno(ds.msg_lspid == getpid()),
           yesno(ds.msg_stime != 0), yesno(ds.msg_rtime != 0));
}

int main(void)
{
    int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    printf("msgget: %s\n", yesno(q >= 0));
    if (q < 0)
        return 1;
    stat_queue(q, "new");
    send(q, 1, "hello");
    send(q, 2, "world");
    send(q, 1, "again!");
    send(q, 5, "five");
    stat_queue(q, "four messages");

    receive(q, 2, 0, 32, "type 2");
    receive(q, 0, 0, 32, "first");
    receive(q, -4, 0, 32, "lowest type <= 4");
    receive(q, 1, MSG_EXCEPT, 32, "not type 1");
    receive(q, 0, IPC_NOWAIT, 32, "empty, IPC_NOWAIT");
    receive(q, 3, IPC_NOWAIT, 32, "type 3, IPC_NOWAIT");

    send(q, 7, "a long message");
    receive(q, 0, IPC_NOWAIT, 4, "into 4 bytes");
    receive(q, 0, IPC_NOWAIT | MSG_NOERROR, 4, "into 4 bytes, MSG_NOERROR");
    stat_queue(q, "drained");

    struct message m = { .mtype = 0 };
    errno = 0;
    printf("msgsnd type 0: %s\n", res(msgsnd(q, &m, 1, 0)));
    errno = 0;
    printf("msgsnd from a bad buffer: %s\n", res(msgsnd(q, (void *)8, 1, 0)));

    struct msqid_ds ds;
    msgctl(q, IPC_STAT, &ds);
    ds.msg_qbytes = 100;
    ds.msg_perm.mode = 0640;
    printf("IPC_SET: %s\n", res(msgctl(q, IPC_SET, &ds)));
    memset(&ds, 0, sizeof ds);
    msgctl(q, IPC_STAT, &ds);
    printf("after IPC_SET: qbytes=%lu mode=%o qnum=%lu\n", (unsigned long)ds.msg_qbytes,
           (unsigned)(ds.msg_perm.mode & 0777), (unsigned long)ds.msg_qnum);
    struct message big = { .mtype = 1 };
    memset(big.text, 'b', sizeof big.text);
    errno = 0;
    int r = 0;
    for (int i = 0; i < 10 && r == 0; i++)
        r = msgsnd(q, &big, sizeof big.text, IPC_NOWAIT);
    printf("filling 100 bytes, IPC_NOWAIT: %s\n", res(r));

    struct msginfo info;
    memset(&info, 0, sizeof info);
    int maxidx = msgctl(0, IPC_INFO, (struct msqid_ds *)&info);
    printf("IPC_INFO: %s msgmax>0=%s msgmnb>0=%s msgmni>0=%s\n", yesno(maxidx >= 0),
           yesno(info.msgmax > 0), yesno(info.msgmnb > 0), yesno(info.msgmni > 0));
    memset(&info, 0, sizeof info);
    maxidx = msgctl(0, MSG_INFO, (struct msqid_ds *)&info);
    printf("MSG_INFO: %s queues>=1=%s\n", yesno(maxidx >= 0), yesno(info.msgpool >= 1));
    int found = 0;
    for (int i = 0; i <= maxidx; i++) {
        memset(&ds, 0, sizeof ds);
        if (msgctl(i, MSG_STAT, &ds) == q && ds.msg_qbytes == 100 && ds.msg_qnum == 3)
            found = 1;
    }
    printf("MSG_STAT finds the queue: %s\n", yesno(found));
    errno = 0;
    printf("IPC_STAT to a bad buffer: %s\n", res(msgctl(q, IPC_STAT, (struct msqid_ds *)8)));

    printf("IPC_RMID: %s\n", res(msgctl(q, IPC_RMID, NULL)));
    errno = 0;
    printf("msgsnd after removal: %s\n", res(msgsnd(q, &big, 1, IPC_NOWAIT)));
    return 0;
}
