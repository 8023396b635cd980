/* thread-sync.c - the results glibc's synchronisation objects give
 * between threads: mutex kinds (normal, recursive, error-checking,
 * priority-inheritance: FUTEX_LOCK_PI/UNLOCK_PI/TRYLOCK_PI in the kernel),
 * trylock and timed lock (CLOCK_REALTIME and CLOCK_MONOTONIC deadlines),
 * condition variables (timed wait on either clock, broadcast waking every
 * waiter), rwlock and semaphore try/timed operations.  Timed operations
 * print that they timed out and waited at least as long as asked, never
 * how long.
 * ferry-test: repeat 3 (thread timing races) */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define WAIT_MS 20

static const char *err_name(int e)
{
    switch (e) {
    case 0: return "0";
    case EBUSY: return "EBUSY";
    case EDEADLK: return "EDEADLK";
    case EPERM: return "EPERM";
    case ETIMEDOUT: return "ETIMEDOUT";
    case EAGAIN: return "EAGAIN";
    case EINVAL: return "EINVAL";
    default: return strerror(e);
    }
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

static long now_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000;
}

static struct timespec deadline(clockid_t clock, int ms)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    ts.tv_nsec += ms * 1000000L;
    ts.tv_sec += ts.tv_nsec / 1000000000;
    ts.tv_nsec %= 1000000000;
    return ts;
}

/* Run fn in another thread and return its result (an errno value). */
struct other { int (*fn)(void *); void *arg; int result; };

static void *other_main(void *p)
{
    struct other *o = p;
    o->result = o->fn(o->arg);
    return NULL;
}

static int in_other_thread(int (*fn)(void *), void *arg)
{
    struct other o = { fn, arg, -1 };
    pthread_join(start(other_main, &o), NULL);
    return o.result;
}

static int do_trylock(void *m) { return pthread_mutex_trylock(m); }
static int do_unlock(void *m) { return pthread_mutex_unlock(m); }

static int do_timedlock(void *m)
{
    struct timespec ts = deadline(CLOCK_REALTIME, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = pthread_mutex_timedlock(m, &ts);
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}

static int do_clocklock(void *m)
{
    struct timespec ts = deadline(CLOCK_MONOTONIC, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = pthread_mutex_clocklock(m, CLOCK_MONOTONIC, &ts);
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}

static const char *timed_name(int r)
{
    return r == -2 ? "ETIMEDOUT too early" : err_name(r);
}

static void mutex_kind(const char *name, int type, int protocol)
{
    pthread_mutexattr_t a;
    pthread_mutex_t m;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, type);
    pthread_mutexattr_setprotocol(&a, protocol);
    int ierr = pthread_mutex_init(&m, &a);
    pthread_mutexattr_destroy(&a);
    if (ierr != 0) {
        printf("%s: init %s\n", name, err_name(ierr));
        return;
    }
    /* A plain normal mutex does not check its owner: unlocking it from
     * another thread, or unlocking it twice, is undefined. */
    int checks_owner = !(type == PTHREAD_MUTEX_NORMAL && protocol == PTHREAD_PRIO_NONE);
    int l1 = pthread_mutex_lock(&m);
    int l2 = pthread_mutex_trylock(&m);
    int other_try = in_other_thread(do_trylock, &m);
    int other_unlock = checks_owner ? in_other_thread(do_unlock, &m) : -1;
    int other_timed = in_other_thread(do_timedlock, &m);
    int other_clock = in_other_thread(do_clocklock, &m);
    int u1 = pthread_mutex_unlock(&m);
    int u2 = l2 == 0 ? pthread_mutex_unlock(&m) : -1;
    int u3 = checks_owner ? pthread_mutex_unlock(&m) : -1;
    int free_try = in_other_thread(do_trylock, &m);
    int free_unlock = checks_owner ? in_other_thread(do_unlock, &m) : -1;
    if (!checks_owner && free_try == 0) {
        pthread_mutex_unlock(&m);       /* the other thread's lock, now free */
    }
    printf("%s: lock %s, relock (trylock) %s; other thread: trylock %s, unlock %s, "
           "timedlock %s, clocklock %s; unlock %s, again %s, again %s; then other thread: "
           "trylock %s, unlock %s\n",
           name, err_name(l1), err_name(l2), err_name(other_try),
           other_unlock == -1 ? "-" : err_name(other_unlock), timed_name(other_timed),
           timed_name(other_clock), err_name(u1), u2 == -1 ? "-" : err_name(u2),
           u3 == -1 ? "-" : err_name(u3), err_name(free_try),
           free_unlock == -1 ? "-" : err_name(free_unlock));
    pthread_mutex_destroy(&m);
}

/* Error-checking relock by lock (not trylock) must say EDEADLK. */
static void errorcheck_relock(int protocol)
{
    pthread_mutexattr_t a;
    pthread_mutex_t m;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutexattr_setprotocol(&a, protocol);
    pthread_mutex_init(&m, &a);
    pthread_mutex_lock(&m);
    printf("error-checking%s relock: %s\n", protocol == PTHREAD_PRIO_INHERIT ? " PI" : "",
           err_name(pthread_mutex_lock(&m)));
    pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);
}

/* Contended counters under each kind of mutex. */
#define CONTENDERS 4
#define CONTENDED_ITERS 3000
static pthread_mutex_t contended;
static long contended_count;
static pthread_barrier_t contend_gate;

static void *contender(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&contend_gate);
    for (int i = 0; i < CONTENDED_ITERS; i++) {
        pthread_mutex_lock(&contended);
        contended_count++;
        pthread_mutex_unlock(&contended);
    }
    return NULL;
}

static void contention(const char *name, int type, int protocol)
{
    pthread_mutexattr_t a;
    pthread_t t[CONTENDERS];
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, type);
    pthread_mutexattr_setprotocol(&a, protocol);
    pthread_mutex_init(&contended, &a);
    pthread_mutexattr_destroy(&a);
    pthread_barrier_init(&contend_gate, NULL, CONTENDERS);
    contended_count = 0;
    for (int i = 0; i < CONTENDERS; i++) {
        t[i] = start(contender, NULL);
    }
    for (int i = 0; i < CONTENDERS; i++) {
        pthread_join(t[i], NULL);
    }
    pthread_barrier_destroy(&contend_gate);
    pthread_mutex_destroy(&contended);
    printf("contended %s mutex: %ld of %d\n", name, contended_count, CONTENDERS * CONTENDED_ITERS);
}

/* --- condition variables ---------------------------------------------------- */

static void cond_timeout(clockid_t clock, int use_clockwait)
{
    pthread_condattr_t ca;
    pthread_cond_t c;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, clock);
    pthread_cond_init(&c, use_clockwait ? NULL : &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_lock(&m);
    struct timespec ts = deadline(clock, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = use_clockwait ? pthread_cond_clockwait(&c, &m, clock, &ts)
                          : pthread_cond_timedwait(&c, &m, &ts);
    long waited = now_ms(CLOCK_MONOTONIC) - t0;
    int owner = pthread_mutex_trylock(&m) == EBUSY;
    printf("cond %s on %s: %s, waited long enough: %s, mutex held again: %s\n",
           use_clockwait ? "clockwait" : "timedwait",
           clock == CLOCK_MONOTONIC ? "CLOCK_MONOTONIC" : "CLOCK_REALTIME", err_name(r),
           waited >= WAIT_MS - 1 ? "yes" : "no", owner ? "yes" : "no");
    pthread_mutex_unlock(&m);
    pthread_cond_destroy(&c);
}

#define WAITERS 6
static pthread_mutex_t bc_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t bc_cond = PTHREAD_COND_INITIALIZER;
static int bc_waiting, bc_generation, bc_woken;

static void *bc_waiter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&bc_lock);
    int gen = bc_generation;
    bc_waiting++;
    pthread_cond_broadcast(&bc_cond);       /* tell main we are waiting */
    while (bc_generation == gen) {
        pthread_cond_wait(&bc_cond, &bc_lock);
    }
    bc_woken++;
    pthread_mutex_unlock(&bc_lock);
    return NULL;
}

static void cond_broadcast(void)
{
    pthread_t t[WAITERS];
    for (int i = 0; i < WAITERS; i++) {
        t[i] = start(bc_waiter, NULL);
    }
    pthread_mutex_lock(&bc_lock);
    while (bc_waiting < WAITERS) {
        pthread_cond_wait(&bc_cond, &bc_lock);
    }
    bc_generation++;
    pthread_cond_broadcast(&bc_cond);
    pthread_mutex_unlock(&bc_lock);
    for (int i = 0; i < WAITERS; i++) {
        pthread_join(t[i], NULL);
    }
    printf("cond broadcast: %d waiters, %d woken\n", WAITERS, bc_woken);
}

/* --- rwlock, semaphore, spinlock ------------------------------------------------ */

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int do_tryrd(void *p) { (void)p; int r = pthread_rwlock_tryrdlock(&rw); if (!r) pthread_rwlock_unlock(&rw); return r; }
static int do_trywr(void *p) { (void)p; int r = pthread_rwlock_trywrlock(&rw); if (!r) pthread_rwlock_unlock(&rw); return r; }
static int do_timedwr(void *p)
{
    (void)p;
    struct timespec ts = deadline(CLOCK_REALTIME, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = pthread_rwlock_timedwrlock(&rw, &ts);
    if (r == 0) {
        pthread_rwlock_unlock(&rw);
    }
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}
static int do_timedrd(void *p)
{
    (void)p;
    struct timespec ts = deadline(CLOCK_MONOTONIC, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = pthread_rwlock_clockrdlock(&rw, CLOCK_MONOTONIC, &ts);
    if (r == 0) {
        pthread_rwlock_unlock(&rw);
    }
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}

static void rwlocks(void)
{
    pthread_rwlock_rdlock(&rw);
    int rd_rd = in_other_thread(do_tryrd, NULL);
    int rd_wr = in_other_thread(do_trywr, NULL);
    int rd_timedwr = in_other_thread(do_timedwr, NULL);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_wrlock(&rw);
    int wr_rd = in_other_thread(do_tryrd, NULL);
    int wr_wr = in_other_thread(do_trywr, NULL);
    int wr_timedrd = in_other_thread(do_timedrd, NULL);
    int self_wr = pthread_rwlock_trywrlock(&rw);
    pthread_rwlock_unlock(&rw);
    int free_wr = in_other_thread(do_trywr, NULL);
    printf("rwlock read-held: other tryrdlock %s, trywrlock %s, timedwrlock %s\n",
           err_name(rd_rd), err_name(rd_wr), timed_name(rd_timedwr));
    printf("rwlock write-held: other tryrdlock %s, trywrlock %s, clockrdlock %s, own trywrlock %s;"
           " released: trywrlock %s\n", err_name(wr_rd), err_name(wr_wr), timed_name(wr_timedrd),
           err_name(self_wr), err_name(free_wr));
}

static sem_t sem;
static int do_sem_timed(void *p)
{
    (void)p;
    struct timespec ts = deadline(CLOCK_REALTIME, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = sem_timedwait(&sem, &ts) == 0 ? 0 : errno;
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}
static int do_sem_clock(void *p)
{
    (void)p;
    struct timespec ts = deadline(CLOCK_MONOTONIC, WAIT_MS);
    long t0 = now_ms(CLOCK_MONOTONIC);
    int r = sem_clockwait(&sem, CLOCK_MONOTONIC, &ts) == 0 ? 0 : errno;
    return r == ETIMEDOUT && now_ms(CLOCK_MONOTONIC) - t0 < WAIT_MS - 1 ? -2 : r;
}
static int do_sem_post(void *p) { (void)p; return sem_post(&sem) == 0 ? 0 : errno; }

static void semaphores(void)
{
    int v;
    sem_init(&sem, 0, 0);
    int try0 = sem_trywait(&sem) == 0 ? 0 : errno;
    int timed = in_other_thread(do_sem_timed, NULL);
    int clocked = in_other_thread(do_sem_clock, NULL);
    in_other_thread(do_sem_post, NULL);
    in_other_thread(do_sem_post, NULL);
    sem_getvalue(&sem, &v);
    int got = in_other_thread(do_sem_timed, NULL);
    int try1 = sem_trywait(&sem) == 0 ? 0 : errno;
    int try2 = sem_trywait(&sem) == 0 ? 0 : errno;
    printf("semaphore: trywait on 0 %s, timedwait %s, clockwait %s; two posts by another "
           "thread: value %d; timedwait %s, trywait %s, trywait %s\n", err_name(try0),
           timed_name(timed), timed_name(clocked), v, err_name(got), err_name(try1), err_name(try2));
    sem_destroy(&sem);
}

static pthread_spinlock_t spin;
static int do_spin_try(void *p) { (void)p; int r = pthread_spin_trylock(&spin); if (!r) pthread_spin_unlock(&spin); return r; }

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    mutex_kind("normal", PTHREAD_MUTEX_NORMAL, PTHREAD_PRIO_NONE);
    mutex_kind("recursive", PTHREAD_MUTEX_RECURSIVE, PTHREAD_PRIO_NONE);
    mutex_kind("error-checking", PTHREAD_MUTEX_ERRORCHECK, PTHREAD_PRIO_NONE);
    mutex_kind("PI normal", PTHREAD_MUTEX_NORMAL, PTHREAD_PRIO_INHERIT);
    mutex_kind("PI recursive", PTHREAD_MUTEX_RECURSIVE, PTHREAD_PRIO_INHERIT);
    mutex_kind("PI error-checking", PTHREAD_MUTEX_ERRORCHECK, PTHREAD_PRIO_INHERIT);
    errorcheck_relock(PTHREAD_PRIO_NONE);
    errorcheck_relock(PTHREAD_PRIO_INHERIT);
    contention("normal", PTHREAD_MUTEX_NORMAL, PTHREAD_PRIO_NONE);
    contention("adaptive", PTHREAD_MUTEX_ADAPTIVE_NP, PTHREAD_PRIO_NONE);
    contention("PI", PTHREAD_MUTEX_NORMAL, PTHREAD_PRIO_INHERIT);
    cond_timeout(CLOCK_MONOTONIC, 0);
    cond_timeout(CLOCK_REALTIME, 0);
    cond_timeout(CLOCK_MONOTONIC, 1);
    cond_broadcast();
    rwlocks();
    semaphores();
    pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE);
    pthread_spin_lock(&spin);
    int sp = in_other_thread(do_spin_try, NULL);
    pthread_spin_unlock(&spin);
    printf("spinlock held: other trylock %s; released: %s\n", err_name(sp),
           err_name(in_other_thread(do_spin_try, NULL)));
    return 0;
}
