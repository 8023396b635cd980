/* futex-pi.c - priority-inheritance futexes (raw syscall), whose word
 * holds the owner's thread id: FUTEX_LOCK_PI (absolute CLOCK_REALTIME
 * timeout), FUTEX_LOCK_PI2 (CLOCK_MONOTONIC, or CLOCK_REALTIME with the
 * flag), FUTEX_TRYLOCK_PI, FUTEX_UNLOCK_PI handing the lock to a sleeping
 * waiter (the word becomes the waiter's tid), the errors (EDEADLK for the
 * owner, EPERM for a non-owner's unlock, ESRCH for an owner that does not
 * exist, ENOSYS for LOCK_PI with FUTEX_CLOCK_REALTIME), and
 * FUTEX_WAIT_REQUEUE_PI / FUTEX_CMP_REQUEUE_PI: a condition-variable
 * waiter that is woken owning the PI lock, or requeued onto it.
 * ferry-test: repeat 3 (waiter/waker races) */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long futex(uint32_t *uaddr, int op, uint32_t val, const void *timeout, uint32_t *uaddr2,
                  uint32_t val3)
{
    long r = syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
    return r < 0 ? -errno : r;
}

static const char *res(long r)
{
    static char buf[8][32];
    static int next;
    char *b = buf[next++ % 8];
    switch (r) {
    case -EAGAIN: return "EAGAIN";
    case -ETIMEDOUT: return "ETIMEDOUT";
    case -EINVAL: return "EINVAL";
    case -EFAULT: return "EFAULT";
    case -ENOSYS: return "ENOSYS";
    case -EINTR: return "EINTR";
    case -EPERM: return "EPERM";
    case -EDEADLK: return "EDEADLK";
    case -ESRCH: return "ESRCH";
    }
    if (r < 0) {
        snprintf(b, 32, "-%s", strerror((int)-r));
    } else {
        snprintf(b, 32, "%ld", r);
    }
    return b;
}

/* --- the tests --------------------------------------------------------------- */

#define TIMEOUT_MS 20

static uint32_t tid(void)
{
    return (uint32_t)syscall(SYS_gettid);
}

static struct timespec in_ms(clockid_t c, int ms)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    ts.tv_nsec += ms * 1000000L;
    ts.tv_sec += ts.tv_nsec / 1000000000L;
    ts.tv_nsec %= 1000000000L;
    return ts;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { 0, ms * 1000000L };
    nanosleep(&ts, NULL);
}

static uint32_t pi, cond;

/* Things another thread tries while main owns pi. */
struct attempts {
    long trylock, unlock, lock_timed, lock_rt_flag, lock2_mono, lock2_rt;
};

static void *contender(void *p)
{
    struct attempts *a = p;
    struct timespec ts;
    a->trylock = futex(&pi, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    a->unlock = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    ts = in_ms(CLOCK_REALTIME, TIMEOUT_MS);
    a->lock_timed = futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, &ts, NULL, 0);
    a->lock_rt_flag = futex(&pi, FUTEX_LOCK_PI_PRIVATE | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0);
    ts = in_ms(CLOCK_MONOTONIC, TIMEOUT_MS);
    a->lock2_mono = futex(&pi, FUTEX_LOCK_PI2_PRIVATE, 0, &ts, NULL, 0);
    ts = in_ms(CLOCK_REALTIME, TIMEOUT_MS);
    a->lock2_rt = futex(&pi, FUTEX_LOCK_PI2_PRIVATE | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0);
    return NULL;
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

static void ownership(void)
{
    pi = 0;
    long r = futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("LOCK_PI on 0: %s, word is my tid: %s\n", res(r), pi == tid() ? "yes" : "no");
    long again = futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    long try = futex(&pi, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("owner: LOCK_PI again %s, TRYLOCK_PI %s\n", res(again), res(try));
    struct attempts a;
    pthread_join(start(contender, &a), NULL);
    printf("other thread: TRYLOCK_PI %s, UNLOCK_PI %s, LOCK_PI (realtime deadline) %s, "
           "LOCK_PI|CLOCK_REALTIME %s, LOCK_PI2 (monotonic deadline) %s, "
           "LOCK_PI2|CLOCK_REALTIME %s\n", res(a.trylock), res(a.unlock), res(a.lock_timed),
           res(a.lock_rt_flag), res(a.lock2_mono), res(a.lock2_rt));
    /* (Each call in its own statement: the order in which printf's
     * arguments are evaluated differs between compilers.) */
    int still_me = (pi & FUTEX_TID_MASK) == tid();
    long u = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("owner still me: %s; UNLOCK_PI %s, word then %#x\n", still_me ? "yes" : "no", res(u), pi);
    u = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("UNLOCK_PI of a free word: %s\n", res(u));
    r = futex(&pi, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    int mine = pi == tid();
    u = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("TRYLOCK_PI of a free word: %s, word is my tid: %s; UNLOCK_PI %s\n", res(r),
           mine ? "yes" : "no", res(u));
    pi = 0x3ffffff0;        /* no such thread */
    struct timespec ts = in_ms(CLOCK_REALTIME, TIMEOUT_MS);
    printf("LOCK_PI with an owner that does not exist: %s\n",
           res(futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, &ts, NULL, 0)));
    pi = 0;
}

/* Handover: a waiter sleeps in LOCK_PI; the owner's UNLOCK_PI makes it
 * the owner. */
struct handover { int priv; long lock, unlock; int got_it; };

static void *pi_waiter(void *p)
{
    struct handover *h = p;
    h->lock = futex(&pi, FUTEX_LOCK_PI | h->priv, 0, NULL, NULL, 0);
    h->got_it = (__atomic_load_n(&pi, __ATOMIC_ACQUIRE) & FUTEX_TID_MASK) == tid();
    h->unlock = futex(&pi, FUTEX_UNLOCK_PI | h->priv, 0, NULL, NULL, 0);
    return NULL;
}

static int wait_for_waiters_bit(uint32_t *w)
{
    for (int i = 0; i < 5000; i++) {
        if (__atomic_load_n(w, __ATOMIC_ACQUIRE) & FUTEX_WAITERS) {
            return 1;
        }
        sleep_ms(1);
    }
    return 0;
}

static void handover(int priv, const char *name)
{
    struct handover h = { priv, 1, 1, 0 };
    pi = 0;
    long r = futex(&pi, FUTEX_LOCK_PI | priv, 0, NULL, NULL, 0);
    pthread_t t = start(pi_waiter, &h);
    int bit = wait_for_waiters_bit(&pi);
    long u = futex(&pi, FUTEX_UNLOCK_PI | priv, 0, NULL, NULL, 0);
    pthread_join(t, NULL);
    printf("%s handover: LOCK_PI %s; a waiter set FUTEX_WAITERS: %s; UNLOCK_PI %s; the waiter's "
           "LOCK_PI %s, it owned the word: %s, its UNLOCK_PI %s; word then %#x\n", name, res(r),
           bit ? "yes" : "no", res(u), res(h.lock), h.got_it ? "yes" : "no", res(h.unlock), pi);
}

/* WAIT_REQUEUE_PI on cond, to be requeued onto pi. */
struct rq { long wait, unlock; int got_it; };

static void *requeue_waiter(void *p)
{
    struct rq *q = p;
    q->wait = futex(&cond, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, NULL, &pi, 0);
    q->got_it = (__atomic_load_n(&pi, __ATOMIC_ACQUIRE) & FUTEX_TID_MASK) == tid();
    q->unlock = q->got_it ? futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0) : -999;
    return NULL;
}

/* CMP_REQUEUE_PI until the waiter has been found (it returns 0 while the
 * waiter is not asleep yet). */
static long requeue_pi_until_found(int nr_requeue)
{
    long r = 0;
    for (int i = 0; i < 5000; i++) {
        r = futex(&cond, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, (void *)(long)nr_requeue, &pi, 0);
        if (r != 0) {
            return r;
        }
        sleep_ms(1);
    }
    return r;
}

static void requeue_pi(void)
{
    struct rq q = { 1, 1, 0 };
    cond = 0;
    pi = 0;
    pthread_t t = start(requeue_waiter, &q);
    long r = requeue_pi_until_found(0);
    pthread_join(t, NULL);
    printf("CMP_REQUEUE_PI, lock free: %s; the waiter returned %s owning the lock: %s, "
           "UNLOCK_PI %s\n", res(r), res(q.wait), q.got_it ? "yes" : "no", res(q.unlock));

    struct rq q2 = { 1, 1, 0 };
    long l = futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    t = start(requeue_waiter, &q2);
    r = requeue_pi_until_found(INT_MAX);
    int bit = wait_for_waiters_bit(&pi);
    int still = !q2.got_it && q2.wait == 1;
    long u = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    pthread_join(t, NULL);
    printf("CMP_REQUEUE_PI, lock held (LOCK_PI %s): %s, requeued waiter sleeps on the lock: %s "
           "(FUTEX_WAITERS: %s); UNLOCK_PI %s; the waiter returned %s owning the lock: %s, "
           "UNLOCK_PI %s; word then %#x\n", res(l), res(r), still ? "yes" : "no",
           bit ? "yes" : "no", res(u), res(q2.wait), q2.got_it ? "yes" : "no", res(q2.unlock), pi);

    struct timespec ts = in_ms(CLOCK_MONOTONIC, TIMEOUT_MS);
    long differs = futex(&cond, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 1, NULL, &pi, 0);
    long passes = futex(&cond, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, &ts, &pi, 0);
    long itself = futex(&cond, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, NULL, &cond, 0);
    long two = futex(&cond, FUTEX_CMP_REQUEUE_PI_PRIVATE, 2, (void *)1L, &pi, 0);
    long stale = futex(&cond, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, (void *)1L, &pi, 5);
    printf("WAIT_REQUEUE_PI: value differs %s; deadline passes %s; onto itself %s; "
           "CMP_REQUEUE_PI waking 2: %s; with a stale value: %s\n", res(differs), res(passes),
           res(itself), res(two), res(stale));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    ownership();
    handover(FUTEX_PRIVATE_FLAG, "private");
    handover(0, "shared");
    requeue_pi();
    return 0;
}
