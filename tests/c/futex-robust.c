/* futex-robust.c - robust futexes: each thread registers a list of the
 * futexes it holds (set_robust_list; glibc does it for every thread), and
 * when the thread ends the kernel walks the list, marks each word still
 * holding the thread's tid FUTEX_OWNER_DIED and wakes a waiter.
 *  - set_robust_list/get_robust_list: the length check (EINVAL), another
 *    thread's list, ESRCH for a thread that does not exist;
 *  - a hand-made list (with a list_op_pending entry, a word owned by
 *    someone else, and a word with a sleeping waiter) in a thread that
 *    then exits: which words the kernel marked, and the waiter woken;
 *  - glibc's robust mutexes (plain and priority-inheritance) whose owner
 *    exits holding them: the next locker gets EOWNERDEAD, then
 *    pthread_mutex_consistent makes the mutex usable again, and without
 *    it the mutex becomes ENOTRECOVERABLE; a locker already asleep when
 *    the owner dies is woken with EOWNERDEAD.
 * Waits are bounded (a few seconds), so a missing mark prints ETIMEDOUT.
 * ferry-test: qemu-differs (qemu 7.2 returns ENOSYS for set_robust_list
 * and get_robust_list and never marks a dead owner's mutexes: the next
 * locker of a robust mutex waits for ever; the native build is the
 * oracle)
 * ferry-test: repeat 2 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static const char *err_name(long e)
{
    switch (e) {
    case 0: return "0";
    case EINVAL: return "EINVAL";
    case ESRCH: return "ESRCH";
    case EOWNERDEAD: return "EOWNERDEAD";
    case ENOTRECOVERABLE: return "ENOTRECOVERABLE";
    case EPERM: return "EPERM";
    case EBUSY: return "EBUSY";
    case ENOSYS: return "ENOSYS";
    case ETIMEDOUT: return "ETIMEDOUT";
    default: return strerror((int)e);
    }
}

static long sys_errno(long r)
{
    return r < 0 ? errno : 0;
}

static pid_t gettid_(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static pthread_t start(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    int err = pthread_create(&t, NULL, fn, arg);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    return t;
}

/* --- the system calls ---------------------------------------------------------- */

static sem_t parked, release;
static struct robust_list_head *other_head;
static pid_t other_tid;

static void *parked_thread(void *arg)
{
    size_t len;
    (void)arg;
    other_tid = gettid_();
    syscall(SYS_get_robust_list, 0, &other_head, &len);
    sem_post(&parked);
    while (sem_wait(&release) != 0) {
    }
    return NULL;
}

static void syscalls(void)
{
    struct robust_list_head *head = NULL, *seen = NULL;
    size_t len = 0, len2 = 0;
    long r = sys_errno(syscall(SYS_get_robust_list, 0, &head, &len));
    printf("get_robust_list(self): %s, glibc registered a list: %s, length %zu\n", err_name(r),
           head != NULL ? "yes" : "no", len);
    printf("set_robust_list with length 23: %s; 0: %s\n",
           err_name(sys_errno(syscall(SYS_set_robust_list, head, len - 1))),
           err_name(sys_errno(syscall(SYS_set_robust_list, head, 0))));
    sem_init(&parked, 0, 0);
    sem_init(&release, 0, 0);
    pthread_t t = start(parked_thread, NULL);
    while (sem_wait(&parked) != 0) {
    }
    r = sys_errno(syscall(SYS_get_robust_list, other_tid, &seen, &len2));
    printf("get_robust_list(other thread): %s, its own list: %s, the same it sees: %s\n",
           err_name(r), seen != head ? "yes" : "no", seen == other_head ? "yes" : "no");
    sem_post(&release);
    pthread_join(t, NULL);
    r = sys_errno(syscall(SYS_get_robust_list, 0x3ffffff0, &seen, &len2));
    printf("get_robust_list(no such thread): %s\n", err_name(r));
}

/* --- a hand-made list ------------------------------------------------------------ */

struct entry {
    struct robust_list list;
    uint32_t futex;
};

static struct robust_list_head my_head;
static struct entry held, pending, foreign, contended;
static long contended_wait = 1;

static void *contended_waiter(void *arg)
{
    uint32_t v = __atomic_load_n(&contended.futex, __ATOMIC_ACQUIRE);
    (void)arg;
    struct timespec limit = { 3, 0 };   /* an emulator that never wakes us: ETIMEDOUT */
    contended_wait = syscall(SYS_futex, &contended.futex, FUTEX_WAIT, v, &limit, NULL, 0) < 0 ? errno : 0;
    return NULL;
}

static void *list_owner(void *arg)
{
    uint32_t tid = (uint32_t)gettid_();
    long offset = (long)offsetof(struct entry, futex) - (long)offsetof(struct entry, list);
    (void)arg;
    held.futex = tid;
    pending.futex = tid;
    foreign.futex = tid + 1;
    /* Contended: the waiters bit set, a waiter asleep (see below). */
    contended.futex = tid | FUTEX_WAITERS;
    my_head.list.next = &held.list;
    held.list.next = &foreign.list;
    foreign.list.next = &contended.list;
    contended.list.next = &my_head.list;
    my_head.futex_offset = offset;
    my_head.list_op_pending = &pending.list;
    /* This replaces glibc's list for this thread, which uses no glibc
     * robust mutex. */
    long r = syscall(SYS_set_robust_list, &my_head, sizeof my_head);
    struct robust_list_head *back;
    size_t len;
    syscall(SYS_get_robust_list, 0, &back, &len);
    printf("thread: set_robust_list %s, get_robust_list gives it back: %s\n",
           err_name(sys_errno(r)), back == &my_head && len == sizeof my_head ? "yes" : "no");
    /* Wait for the waiter to be asleep on the contended word. */
    for (int i = 0; i < 5000; i++) {
        long n = syscall(SYS_futex, &contended.futex, FUTEX_CMP_REQUEUE, 0, (void *)1000L,
                         &contended.futex, contended.futex);
        if (n == 1) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    return NULL;    /* exit with everything "held" */
}

static void hand_made_list(void)
{
    contended.futex = 0x12345;      /* until the owner sets it */
    pthread_t w = 0;
    pthread_t t = start(list_owner, NULL);
    /* Start the waiter once the owner has written the word. */
    for (int i = 0; i < 5000 && __atomic_load_n(&contended.futex, __ATOMIC_ACQUIRE) == 0x12345; i++) {
        struct timespec ts = { 0, 100 * 1000 };
        nanosleep(&ts, NULL);
    }
    w = start(contended_waiter, NULL);
    pthread_join(t, NULL);
    pthread_join(w, NULL);
    uint32_t tidmask = FUTEX_TID_MASK;
    printf("after the owner exited: held word %s (tid %s), pending word %s (tid %s), "
           "someone else's word %s\n",
           held.futex & FUTEX_OWNER_DIED ? "OWNER_DIED" : "untouched",
           held.futex & tidmask ? "kept" : "cleared",
           pending.futex & FUTEX_OWNER_DIED ? "OWNER_DIED" : "untouched",
           pending.futex & tidmask ? "kept" : "cleared",
           foreign.futex & FUTEX_OWNER_DIED ? "OWNER_DIED" : "untouched");
    printf("contended word: %s, waiters bit %s; its waiter's FUTEX_WAIT returned %s\n",
           contended.futex & FUTEX_OWNER_DIED ? "OWNER_DIED" : "untouched",
           contended.futex & FUTEX_WAITERS ? "kept" : "cleared", err_name(contended_wait));
}

/* --- glibc's robust mutexes ------------------------------------------------------- */

static pthread_mutex_t m;
static sem_t locked;

/* Lock, but where a dead owner's mark is missing give up after 3 s and
 * end the test, rather than hang. */
static int lock5(pthread_mutex_t *mutex)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 3;
    int r = pthread_mutex_timedlock(mutex, &ts);
    if (r == ETIMEDOUT) {
        printf("a robust mutex whose owner died stayed locked (ETIMEDOUT)\n");
        exit(1);
    }
    return r;
}

static void *lock_and_exit(void *arg)
{
    pthread_mutex_lock(&m);
    if (arg != NULL) {
        sem_post(&locked);
        struct timespec ts = { 0, 20 * 1000 * 1000 };  /* let main go to sleep on it */
        nanosleep(&ts, NULL);
    }
    return NULL;
}

static void robust_mutex(int protocol, const char *name)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutexattr_setprotocol(&a, protocol);
    int ierr = pthread_mutex_init(&m, &a);
    if (ierr != 0) {
        printf("%s robust mutex: init %s\n", name, err_name(ierr));
        return;
    }

    pthread_join(start(lock_and_exit, NULL), NULL);
    int r1 = lock5(&m);
    int c = pthread_mutex_consistent(&m);
    int u = pthread_mutex_unlock(&m);
    int r2 = lock5(&m);
    pthread_mutex_unlock(&m);
    printf("%s robust mutex, owner exited: lock %s, consistent %s, unlock %s, lock again %s\n",
           name, err_name(r1), err_name(c), err_name(u), err_name(r2));

    pthread_join(start(lock_and_exit, NULL), NULL);
    int t1 = pthread_mutex_trylock(&m);
    int u1 = pthread_mutex_unlock(&m);         /* not made consistent */
    int t2 = lock5(&m);
    int t3 = pthread_mutex_trylock(&m);
    printf("%s robust mutex, not made consistent: trylock %s, unlock %s, then lock %s, "
           "trylock %s\n", name, err_name(t1), err_name(u1), err_name(t2), err_name(t3));
    pthread_mutex_destroy(&m);

    pthread_mutex_init(&m, &a);
    sem_init(&locked, 0, 0);
    pthread_t t = start(lock_and_exit, (void *)1);
    while (sem_wait(&locked) != 0) {
    }
    int w = lock5(&m);                          /* asleep until the owner dies */
    pthread_mutex_consistent(&m);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%s robust mutex, locker asleep when the owner exits: %s\n", name, err_name(w));
    pthread_mutex_destroy(&m);
    pthread_mutexattr_destroy(&a);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    syscalls();
    hand_made_list();
    robust_mutex(PTHREAD_PRIO_NONE, "plain");
    robust_mutex(PTHREAD_PRIO_INHERIT, "PI");
    return 0;
}
