/* System V IPC where qemu-aarch64 7.2 differs from Linux, so the expected
 * output is written by hand from shmat(2), semctl(2) and the kernel's
 * ipc/ sources, and agrees with the native x86-64 build:
 *  - shmat with SHM_REMAP and a NULL address fails with EINVAL (qemu
 *    attaches);
 *  - code in an SHM_EXEC attachment runs (qemu ignores SHM_EXEC and
 *    faults), and no translation of it outlives the attachment: a second
 *    segment attached at the same address after shmdt, or over it with
 *    SHM_REMAP, runs its own code.  A fresh mapping needs no cache
 *    maintenance by the program: the kernel syncs the instruction cache
 *    when it maps an executable page;
 *  - semctl SEM_STAT_ANY works (qemu: EINVAL);
 *  - semctl IPC_STAT looks the set up before it copies out, so a bad id
 *    with a bad buffer is EINVAL (qemu: EFAULT);
 *  - msgrcv takes the message off the queue before it copies it out, so
 *    a bad buffer loses it (qemu checks the buffer first and keeps it);
 *    msg_lrpid is the receiver (qemu reports something else);
 *  - a command with IPC_64 (0x100) set is EINVAL for shmctl, semctl and
 *    msgctl: only 32-bit compat calls parse that flag on arm64 and x86-64
 *    (qemu strips it).
 * ferry-test: expected-by-hand (make expected must leave it alone)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096
#define IPC_64_FLAG 0x100

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
    default: return strerror(errno);
    }
}

/* A function that returns `value`, in this machine's code. */
static size_t put_code(unsigned char *at, int value)
{
#if defined(__aarch64__)
    uint32_t insn[2] = { 0x52800000u | ((uint32_t)value << 5), 0xd65f03c0u }; /* mov w0, #v; ret */
    memcpy(at, insn, sizeof insn);
    return sizeof insn;
#elif defined(__x86_64__)
    unsigned char code[6] = { 0xb8, (unsigned char)value, 0, 0, 0, 0xc3 }; /* mov eax, v; ret */
    memcpy(at, code, sizeof code);
    return sizeof code;
#else
#error "unknown machine"
#endif
}

static int call_at(void *p)
{
    int (*fn)(void) = (int (*)(void))p;
    return fn();
}

static void shm_code(void)
{
    int a = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0700);
    int b = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0700);
    if (a < 0 || b < 0) {
        printf("shmget: %s\n", strerror(errno));
        return;
    }
    errno = 0;
    void *none = shmat(a, NULL, SHM_REMAP);
    printf("shmat SHM_REMAP without an address: %s\n", none == (void *)-1 ? res(-1) : "attached");
    if (none != (void *)-1)
        shmdt(none);

    unsigned char *x = shmat(a, NULL, SHM_EXEC);
    unsigned char *y = shmat(b, NULL, 0);
    if (x == (void *)-1 || y == (void *)-1) {
        printf("shmat: %s\n", strerror(errno));
        return;
    }
    size_t n = put_code(x, 42);
    __builtin___clear_cache((char *)x, (char *)x + n);
    put_code(y, 7);
    printf("code in segment a: %d\n", call_at(x));
    printf("shmdt a: %d\n", shmdt(x));
    printf("shmdt b: %d\n", shmdt(y));
    void *x2 = shmat(b, x, SHM_EXEC | SHM_RDONLY);
    printf("segment b at the same address: %s returns %d\n", yesno(x2 == x),
           x2 == x ? call_at(x2) : -1);
    void *x3 = shmat(a, x, SHM_EXEC | SHM_RDONLY | SHM_REMAP);
    printf("segment a over it (SHM_REMAP): %s returns %d\n", yesno(x3 == x),
           x3 == x ? call_at(x3) : -1);
    struct shmid_ds ds;
    shmctl(b, IPC_STAT, &ds);
    printf("segment b attachments left: %lu\n", (unsigned long)ds.shm_nattch);
    printf("shmdt: %d\n", shmdt(x));
    shmctl(a, IPC_RMID, NULL);
    shmctl(b, IPC_RMID, NULL);
}

static void sem_stat(void)
{
    int id = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
    struct semid_ds ds;
    int maxidx = semctl(0, 0, SEM_INFO, &(struct seminfo){ 0 });
    int found = 0;
    for (int i = 0; i <= maxidx; i++) {
        memset(&ds, 0, sizeof ds);
        if (semctl(i, 0, SEM_STAT_ANY, &ds) == id && ds.sem_nsems == 2 && ds.sem_ctime != 0)
            found = 1;
    }
    printf("SEM_STAT_ANY finds the set: %s\n", yesno(found));
    errno = 0;
    printf("semctl IPC_STAT, bad id and bad buffer: %s\n",
           res(semctl(-1, 0, IPC_STAT, (struct semid_ds *)8)));
    errno = 0;
    printf("semctl IPC_STAT|IPC_64: %s\n", res(syscall(SYS_semctl, id, 0, IPC_STAT | IPC_64_FLAG, &ds)));
    semctl(id, 0, IPC_RMID);
}

static void msg_receive(void)
{
    int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    struct { long mtype; char text[8]; } m = { 3, "x" };
    msgsnd(q, &m, 1, 0);
    errno = 0;
    printf("msgrcv to a bad buffer: %s\n", res(msgrcv(q, (void *)8, 8, 0, IPC_NOWAIT)));
    struct msqid_ds ds;
    msgctl(q, IPC_STAT, &ds);
    printf("messages left: %lu, lrpid is me: %s\n", (unsigned long)ds.msg_qnum,
           yesno(ds.msg_lrpid == getpid()));
    msgctl(q, IPC_RMID, NULL);
}

static void ipc64(void)
{
    int shm = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0600);
    struct shmid_ds sds;
    errno = 0;
    printf("shmctl IPC_STAT|IPC_64: %s\n", res(syscall(SYS_shmctl, shm, IPC_STAT | IPC_64_FLAG, &sds)));
    printf("shmctl IPC_STAT: %s\n", res(syscall(SYS_shmctl, shm, IPC_STAT, &sds)));
    shmctl(shm, IPC_RMID, NULL);
    int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    struct msqid_ds mds;
    errno = 0;
    printf("msgctl IPC_STAT|IPC_64: %s\n", res(syscall(SYS_msgctl, q, IPC_STAT | IPC_64_FLAG, &mds)));
    printf("msgctl IPC_STAT: %s\n", res(syscall(SYS_msgctl, q, IPC_STAT, &mds)));
    msgctl(q, IPC_RMID, NULL);
}

int main(void)
{
    shm_code();
    sem_stat();
    msg_receive();
    ipc64();
    return 0;
}
