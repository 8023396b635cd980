/* System V semaphores: semget, semop, semtimedop and semctl with every
 * command.  arm64's struct semid64_ds is 88 bytes and x86-64's 104 (the
 * latter pads after each time), so IPC_STAT, SEM_STAT and SEM_STAT_ANY
 * must be converted; semctl's fourth argument is a union passed by value.
 * SEM_STAT_ANY and the order of checks, where qemu 7.2 differs from Linux:
 * sysv-kernel.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <time.h>
#include <unistd.h>

/* glibc leaves the definition of semctl's union to the program. */
union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
    struct seminfo *__buf;
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
    case EIDRM: return "EIDRM";
    case ERANGE: return "ERANGE";
    case EFBIG: return "EFBIG";
    case E2BIG: return "E2BIG";
    default: return strerror(errno);
    }
}

static void stat_set(int id, const char *when)
{
    struct semid_ds ds;
    memset(&ds, 0x5a, sizeof ds);
    union semun u = { .buf = &ds };
    errno = 0;
    int r = semctl(id, 0, IPC_STAT, u);
    printf("%s: IPC_STAT %s nsems=%lu mode=%o key=%d otime set=%s ctime set=%s\n", when, res(r),
           (unsigned long)ds.sem_nsems, (unsigned)(ds.sem_perm.mode & 0777),
           (int)ds.sem_perm.__key, yesno(ds.sem_otime != 0), yesno(ds.sem_ctime != 0));
}

static void show_values(int id)
{
    unsigned short v[3] = { 99, 99, 99 };
    union semun u = { .array = v };
    errno = 0;
    int r = semctl(id, 0, GETALL, u);
    printf("  GETALL %s: %u %u %u\n", res(r), v[0], v[1], v[2]);
}

int main(void)
{
    int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
    printf("semget: %s\n", yesno(id >= 0));
    if (id < 0)
        return 1;
    stat_set(id, "new");
    show_values(id);

    union semun u = { .val = 5 };
    printf("SETVAL 5: %s\n", res(semctl(id, 0, SETVAL, u)));
    printf("GETVAL: %s\n", res(semctl(id, 0, GETVAL)));
    u.val = -1;
    errno = 0;
    printf("SETVAL -1: %s\n", res(semctl(id, 0, SETVAL, u)));
    u.val = 40000;
    errno = 0;
    printf("SETVAL 40000: %s\n", res(semctl(id, 0, SETVAL, u)));
    unsigned short init[3] = { 1, 2, 3 };
    u.array = init;
    printf("SETALL 1 2 3: %s\n", res(semctl(id, 0, SETALL, u)));
    show_values(id);

    struct sembuf ops[2] = { { 0, -1, 0 }, { 1, 2, SEM_UNDO } };
    printf("semop: %s\n", res(semop(id, ops, 2)));
    show_values(id);
    printf("GETPID is me: %s\n", yesno(semctl(id, 1, GETPID) == getpid()));
    printf("GETNCNT: %s\n", res(semctl(id, 0, GETNCNT)));
    printf("GETZCNT: %s\n", res(semctl(id, 0, GETZCNT)));
    stat_set(id, "after semop");

    struct sembuf wait0 = { 0, -1, IPC_NOWAIT };
    errno = 0;
    printf("semop that would block, IPC_NOWAIT: %s\n", res(semop(id, &wait0, 1)));
    struct sembuf waitz = { 2, 0, 0 };
    struct timespec ts = { 0, 20 * 1000 * 1000 };
    errno = 0;
    printf("semtimedop wait-for-zero, 20 ms: %s\n", res(semtimedop(id, &waitz, 1, &ts)));
    struct sembuf take = { 2, -3, 0 };
    printf("semtimedop that can proceed: %s\n", res(semtimedop(id, &take, 1, &ts)));
    printf("semtimedop wait-for-zero now: %s\n", res(semtimedop(id, &waitz, 1, &ts)));
    struct sembuf bad = { 7, 1, 0 };
    errno = 0;
    printf("semop on sem 7 of 3: %s\n", res(semop(id, &bad, 1)));
    show_values(id);

    struct semid_ds ds;
    u.buf = &ds;
    semctl(id, 0, IPC_STAT, u);
    ds.sem_perm.mode = 0640;
    printf("IPC_SET: %s\n", res(semctl(id, 0, IPC_SET, u)));
    stat_set(id, "after IPC_SET");

    struct seminfo si;
    u.__buf = &si;
    memset(&si, 0, sizeof si);
    int maxidx = semctl(0, 0, IPC_INFO, u);
    printf("IPC_INFO: %s semmsl>0=%s semopm>0=%s semvmx=%d\n", yesno(maxidx >= 0),
           yesno(si.semmsl > 0), yesno(si.semopm > 0), si.semvmx);
    memset(&si, 0, sizeof si);
    maxidx = semctl(0, 0, SEM_INFO, u);
    printf("SEM_INFO: %s semusz>=1=%s semaem>=3=%s\n", yesno(maxidx >= 0), yesno(si.semusz >= 1),
           yesno(si.semaem >= 3));
    int found = 0;
    for (int i = 0; i <= maxidx; i++) {
        memset(&ds, 0, sizeof ds);
        u.buf = &ds;
        if (semctl(i, 0, SEM_STAT, u) == id && ds.sem_nsems == 3 && ds.sem_otime != 0)
            found = 1;
    }
    printf("SEM_STAT finds the set: %s\n", yesno(found));

    u.buf = (struct semid_ds *)8;
    errno = 0;
    printf("IPC_STAT to a bad buffer: %s\n", res(semctl(id, 0, IPC_STAT, u)));
    errno = 0;
    printf("IPC_SET from a bad buffer: %s\n", res(semctl(id, 0, IPC_SET, u)));
    errno = 0;
    printf("unknown command: %s\n", res(semctl(id, 0, 99)));

    printf("IPC_RMID: %s\n", res(semctl(id, 0, IPC_RMID)));
    errno = 0;
    printf("semop after removal: %s\n", res(semop(id, ops, 1)));
    errno = 0;
    printf("GETVAL after removal: %s\n", res(semctl(id, 0, GETVAL)));
    return 0;
}
