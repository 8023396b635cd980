/* thread-stress.c - 8 threads hammer shared data through every kind of
 * atomic update and lock a program uses; no update may be lost.
 *
 * On arm64 the updates go through each mechanism explicitly (inline asm):
 * exclusive pairs LDXR/STXR, LDAXR/STLXR in all sizes and LDXP/STXP
 * (128-bit), LSE atomics LDADDAL, STADD, CASAL, CASPAL, SWPAL,
 * LDSETAL/LDCLRAL, and GCC's __atomic builtins (outline atomics: LSE when
 * HWCAP_ATOMICS says so).  Several mechanisms update the same word at
 * once, so an emulator's exclusives must interoperate with its LSE
 * atomics.  Locks built from them protect plain (non-atomic) counters.
 * Then pthread mutexes with condition variables (bounded buffer),
 * barriers, rwlocks, spinlocks and semaphores.  The native x86-64 build
 * uses __atomic builtins in place of the asm and must print the same.
 * ferry-test: repeat 5 (races show up only sometimes) */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NTHREADS 8
#define ITERS 20000

static void die_create(int err, const char *what)
{
    printf("pthread_create (%s): %s\n", what, strerror(err));
    exit(1);
}

/* Workers wait at this gate until all of them exist, so that they
 * really run at the same time. */
static pthread_barrier_t gate;

static void gate_wait(void)
{
    pthread_barrier_wait(&gate);
}

static void start_all(pthread_t *t, int n, void *(*fn)(void *), const char *what)
{
    pthread_barrier_init(&gate, NULL, n);
    for (long i = 0; i < n; i++) {
        int err = pthread_create(&t[i], NULL, fn, (void *)i);
        if (err != 0) {
            die_create(err, what);
        }
    }
}

static void join_all(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
    }
    pthread_barrier_destroy(&gate);
}

/* --- the primitive updates, per architecture ----------------------------- */

#ifdef __aarch64__
/* LSE instructions, whatever -march the compiler was given. */
#define LSE ".arch_extension lse\n"

static void ldxr_add32(uint32_t *p, uint32_t v)
{
    uint32_t tmp, fail;
    __asm__ volatile("1: ldxr %w0, [%2]\n"
                     "   add %w0, %w0, %w3\n"
                     "   stxr %w1, %w0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
}

static void ldaxr_add64(uint64_t *p, uint64_t v)
{
    uint64_t tmp;
    uint32_t fail;
    __asm__ volatile("1: ldaxr %0, [%2]\n"
                     "   add %0, %0, %3\n"
                     "   stlxr %w1, %0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
}

static void ldxrh_add16(uint16_t *p, uint32_t v)
{
    uint32_t tmp, fail;
    __asm__ volatile("1: ldaxrh %w0, [%2]\n"
                     "   add %w0, %w0, %w3\n"
                     "   stxrh %w1, %w0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
}

static void ldxrb_add8(uint8_t *p, uint32_t v)
{
    uint32_t tmp, fail;
    __asm__ volatile("1: ldxrb %w0, [%2]\n"
                     "   add %w0, %w0, %w3\n"
                     "   stlxrb %w1, %w0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
}

/* Both halves of a 16-byte pair move together: lo += 1, hi += 3. */
static void ldxp_add_pair(uint64_t *p)
{
    uint64_t lo, hi;
    uint32_t fail;
    __asm__ volatile("1: ldaxp %0, %1, [%3]\n"
                     "   add %0, %0, #1\n"
                     "   add %1, %1, #3\n"
                     "   stlxp %w2, %0, %1, [%3]\n"
                     "   cbnz %w2, 1b\n"
                     : "=&r"(lo), "=&r"(hi), "=&r"(fail) : "r"(p) : "memory");
}

/* An atomic 16-byte read: LDXP, then STXP of the same values to prove it. */
static void ldxp_read_pair(uint64_t *p, uint64_t *lo_out, uint64_t *hi_out)
{
    uint64_t lo, hi;
    uint32_t fail;
    __asm__ volatile("1: ldxp %0, %1, [%3]\n"
                     "   stxp %w2, %0, %1, [%3]\n"
                     "   cbnz %w2, 1b\n"
                     : "=&r"(lo), "=&r"(hi), "=&r"(fail) : "r"(p) : "memory");
    *lo_out = lo;
    *hi_out = hi;
}

/* CASPAL on a second pair: lo += 1, hi += 5. */
static void caspal_add_pair(uint64_t *p)
{
    register uint64_t old_lo __asm__("x4");
    register uint64_t old_hi __asm__("x5");
    register uint64_t new_lo __asm__("x6");
    register uint64_t new_hi __asm__("x7");
    old_lo = __atomic_load_n(&p[0], __ATOMIC_RELAXED);
    old_hi = __atomic_load_n(&p[1], __ATOMIC_RELAXED);
    for (;;) {
        uint64_t want_lo = old_lo, want_hi = old_hi;
        new_lo = want_lo + 1;
        new_hi = want_hi + 5;
        __asm__ volatile(LSE "caspal %0, %1, %2, %3, [%4]"
                         : "+r"(old_lo), "+r"(old_hi)
                         : "r"(new_lo), "r"(new_hi), "r"(p) : "memory");
        if (old_lo == want_lo && old_hi == want_hi) {
            return;
        }
    }
}

static void ldadd32(uint32_t *p, uint32_t v)
{
    uint32_t old;
    __asm__ volatile(LSE "ldaddal %w1, %w0, [%2]" : "=r"(old) : "r"(v), "r"(p) : "memory");
}

static void stadd32(uint32_t *p, uint32_t v)
{
    __asm__ volatile(LSE "stadd %w0, [%1]" : : "r"(v), "r"(p) : "memory");
}

static void ldadd64(uint64_t *p, uint64_t v)
{
    uint64_t old;
    __asm__ volatile(LSE "ldaddal %1, %0, [%2]" : "=r"(old) : "r"(v), "r"(p) : "memory");
}

static void casal_add32(uint32_t *p, uint32_t v)
{
    uint32_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
    for (;;) {
        uint32_t want = old;
        __asm__ volatile(LSE "casal %w0, %w2, [%1]"
                         : "+r"(old) : "r"(p), "r"(want + v) : "memory");
        if (old == want) {
            return;
        }
    }
}

static void casalh_add16(uint16_t *p, uint32_t v)
{
    uint32_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
    for (;;) {
        uint32_t want = old;
        __asm__ volatile(LSE "casalh %w0, %w2, [%1]"
                         : "+r"(old) : "r"(p), "r"(want + v) : "memory");
        if (old == (want & 0xffff)) {
            return;
        }
    }
}

static void ldsetal64(uint64_t *p, uint64_t bits)
{
    uint64_t old;
    __asm__ volatile(LSE "ldsetal %1, %0, [%2]" : "=r"(old) : "r"(bits), "r"(p) : "memory");
}

static void ldclral64(uint64_t *p, uint64_t bits)
{
    uint64_t old;
    __asm__ volatile(LSE "ldclral %1, %0, [%2]" : "=r"(old) : "r"(bits), "r"(p) : "memory");
}

static uint32_t swpal32(uint32_t *p, uint32_t v)
{
    uint32_t old;
    __asm__ volatile(LSE "swpal %w1, %w0, [%2]" : "=r"(old) : "r"(v), "r"(p) : "memory");
    return old;
}

/* Try once to take a lock word with LDAXR/STXR: 1 on success. */
static int ldaxr_trylock(uint32_t *p)
{
    uint32_t old, fail;
    __asm__ volatile("   mov %w1, #1\n"
                     "   ldaxr %w0, [%2]\n"
                     "   cbnz %w0, 2f\n"
                     "   mov %w0, #1\n"
                     "   stxr %w1, %w0, [%2]\n"
                     "2:\n"
                     : "=&r"(old), "=&r"(fail) : "r"(p) : "memory");
    if (fail) {
        __asm__ volatile("clrex" ::: "memory");
    }
    return fail == 0;
}

static void stlr_unlock(uint32_t *p)
{
    __asm__ volatile("stlr wzr, [%0]" : : "r"(p) : "memory");
}
#else
static pthread_mutex_t pair_lock = PTHREAD_MUTEX_INITIALIZER;

static void ldxr_add32(uint32_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_RELAXED); }
static void ldaxr_add64(uint64_t *p, uint64_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void ldxrh_add16(uint16_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void ldxrb_add8(uint8_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void ldxp_add_pair(uint64_t *p)
{
    pthread_mutex_lock(&pair_lock);
    p[0] += 1;
    p[1] += 3;
    pthread_mutex_unlock(&pair_lock);
}
static void ldxp_read_pair(uint64_t *p, uint64_t *lo, uint64_t *hi)
{
    pthread_mutex_lock(&pair_lock);
    *lo = p[0];
    *hi = p[1];
    pthread_mutex_unlock(&pair_lock);
}
static void caspal_add_pair(uint64_t *p)
{
    pthread_mutex_lock(&pair_lock);
    p[0] += 1;
    p[1] += 5;
    pthread_mutex_unlock(&pair_lock);
}
static void ldadd32(uint32_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void stadd32(uint32_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_RELAXED); }
static void ldadd64(uint64_t *p, uint64_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void casal_add32(uint32_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void casalh_add16(uint16_t *p, uint32_t v) { __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
static void ldsetal64(uint64_t *p, uint64_t b) { __atomic_fetch_or(p, b, __ATOMIC_SEQ_CST); }
static void ldclral64(uint64_t *p, uint64_t b) { __atomic_fetch_and(p, ~b, __ATOMIC_SEQ_CST); }
static uint32_t swpal32(uint32_t *p, uint32_t v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
static int ldaxr_trylock(uint32_t *p)
{
    uint32_t zero = 0;
    return __atomic_compare_exchange_n(p, &zero, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
static void stlr_unlock(uint32_t *p) { __atomic_store_n(p, 0, __ATOMIC_RELEASE); }
#endif

/* --- 1. atomic counters ------------------------------------------------------- */

static struct {
    uint32_t by_ldxr;           /* LDXR/STXR only */
    uint64_t by_ldaxr64;        /* LDAXR/STLXR only */
    uint16_t by_ldxrh;          /* LDAXRH/STXRH and CASALH on one halfword */
    uint8_t by_ldxrb;           /* LDXRB/STLXRB, thread i adds i + 1; wraps */
    uint32_t by_lse;            /* LDADDAL and STADD */
    uint64_t by_ldadd64;
    uint32_t by_cas;            /* CASAL loops */
    uint32_t mixed;             /* every mechanism at once */
    uint64_t by_builtin64;      /* __atomic_fetch_add, seq_cst */
    uint32_t by_builtin_cas;    /* __atomic_compare_exchange loop */
    uint64_t bits;              /* LDSETAL/LDCLRAL: each thread its own bits */
    uint64_t bit_errors;
    _Alignas(16) uint64_t pair[2];      /* LDAXP/STLXP */
    _Alignas(16) uint64_t cpair[2];     /* CASPAL */
    uint32_t torn_pairs;
} c;

static void *counter_worker(void *arg)
{
    long id = (long)arg;
    uint64_t mybit = 1ull << id, otherbit = 1ull << (id + 32);
    gate_wait();
    for (int i = 0; i < ITERS; i++) {
        ldxr_add32(&c.by_ldxr, 1);
        ldaxr_add64(&c.by_ldaxr64, 3);
        if (i & 1) {
            ldxrh_add16(&c.by_ldxrh, 1);
        } else {
            casalh_add16(&c.by_ldxrh, 1);
        }
        ldxrb_add8(&c.by_ldxrb, id + 1);
        if (i & 1) {
            ldadd32(&c.by_lse, 2);
        } else {
            stadd32(&c.by_lse, 2);
        }
        ldadd64(&c.by_ldadd64, 0x100000001ull);
        casal_add32(&c.by_cas, 1);
        switch ((i + id) & 3) {
        case 0: ldxr_add32(&c.mixed, 1); break;
        case 1: ldadd32(&c.mixed, 1); break;
        case 2: casal_add32(&c.mixed, 1); break;
        default: __atomic_fetch_add(&c.mixed, 1, __ATOMIC_SEQ_CST); break;
        }
        __atomic_fetch_add(&c.by_builtin64, 7, __ATOMIC_SEQ_CST);
        uint32_t old = __atomic_load_n(&c.by_builtin_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&c.by_builtin_cas, &old, old + 1, i & 1,
                                            __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        }
        /* Set our bit, check nobody cleared it, clear it again; the
         * other bit stays set from the first round on. */
        ldsetal64(&c.bits, mybit | otherbit);
        if (!(__atomic_load_n(&c.bits, __ATOMIC_ACQUIRE) & mybit)) {
            __atomic_fetch_add(&c.bit_errors, 1, __ATOMIC_RELAXED);
        }
        ldclral64(&c.bits, mybit);
        ldxp_add_pair(c.pair);
        caspal_add_pair(c.cpair);
        if ((i & 15) == 0) {
            uint64_t lo, hi;
            ldxp_read_pair(c.pair, &lo, &hi);
            if (hi != 3 * lo) {
                __atomic_fetch_add(&c.torn_pairs, 1, __ATOMIC_RELAXED);
            }
        }
    }
    return NULL;
}

static void test_counters(void)
{
    pthread_t t[NTHREADS];
    start_all(t, NTHREADS, counter_worker, "counters");
    join_all(t, NTHREADS);
    uint64_t n = (uint64_t)NTHREADS * ITERS;
    printf("counters: %d threads x %d iterations\n", NTHREADS, ITERS);
    printf("  ldxr/stxr 32-bit: %u (lost %lld)\n", c.by_ldxr, (long long)(n - c.by_ldxr));
    printf("  ldaxr/stlxr 64-bit: %llu (lost %lld)\n", (unsigned long long)c.by_ldaxr64,
           (long long)(3 * n - c.by_ldaxr64) / 3);
    printf("  ldaxrh/casalh 16-bit: %u (expected %u)\n", c.by_ldxrh, (unsigned)(n & 0xffff));
    printf("  ldxrb/stlxrb 8-bit: %u (expected %u)\n", c.by_ldxrb,
           (unsigned)((uint64_t)ITERS * NTHREADS * (NTHREADS + 1) / 2 & 0xff));
    printf("  ldaddal/stadd: %u (lost %lld)\n", c.by_lse, (long long)(2 * n - c.by_lse) / 2);
    printf("  ldaddal 64-bit: %#llx (expected %#llx)\n", (unsigned long long)c.by_ldadd64,
           (unsigned long long)(n * 0x100000001ull));
    printf("  casal: %u (lost %lld)\n", c.by_cas, (long long)(n - c.by_cas));
    printf("  mixed ldxr/ldadd/casal/builtin on one word: %u (lost %lld)\n", c.mixed,
           (long long)(n - c.mixed));
    printf("  __atomic_fetch_add: %llu (lost %lld)\n", (unsigned long long)c.by_builtin64,
           (long long)(7 * n - c.by_builtin64) / 7);
    printf("  __atomic_compare_exchange: %u (lost %lld)\n", c.by_builtin_cas,
           (long long)(n - c.by_builtin_cas));
    printf("  ldsetal/ldclral bits: %#llx, own bit cleared by another thread %llu times\n",
           (unsigned long long)c.bits, (unsigned long long)c.bit_errors);
    printf("  ldaxp/stlxp pair: lo %llu hi %llu (hi == 3*lo: %s), torn reads %u\n",
           (unsigned long long)c.pair[0], (unsigned long long)c.pair[1],
           c.pair[1] == 3 * c.pair[0] ? "yes" : "no", c.torn_pairs);
    printf("  caspal pair: lo %llu hi %llu\n", (unsigned long long)c.cpair[0],
           (unsigned long long)c.cpair[1]);
}

/* --- 2. locks built from atomics, protecting plain counters ------------------ */

static uint32_t xlock, swplock;
static volatile uint64_t under_xlock, under_swplock;
static uint32_t xlock_overlaps, swplock_overlaps;
static volatile int in_xlock, in_swplock;

static void spin_pause(unsigned *spins)
{
    if (++*spins > 64) {
        *spins = 0;
        sched_yield();
    }
}

static void *lock_worker(void *arg)
{
    (void)arg;
    gate_wait();
    for (int i = 0; i < ITERS / 4; i++) {
        unsigned spins = 0;
        while (!ldaxr_trylock(&xlock)) {
            spin_pause(&spins);
        }
        if (in_xlock++ != 0) {
            xlock_overlaps++;
        }
        under_xlock = under_xlock + 1;
        in_xlock--;
        stlr_unlock(&xlock);

        spins = 0;
        while (swpal32(&swplock, 1) != 0) {
            spin_pause(&spins);
        }
        if (in_swplock++ != 0) {
            swplock_overlaps++;
        }
        under_swplock = under_swplock + 1;
        in_swplock--;
        stlr_unlock(&swplock);
    }
    return NULL;
}

static void test_asm_locks(void)
{
    pthread_t t[NTHREADS];
    start_all(t, NTHREADS, lock_worker, "locks");
    join_all(t, NTHREADS);
    printf("ldaxr/stxr lock: counter %llu of %d, overlaps %u\n",
           (unsigned long long)under_xlock, NTHREADS * (ITERS / 4), xlock_overlaps);
    printf("swpal lock: counter %llu of %d, overlaps %u\n",
           (unsigned long long)under_swplock, NTHREADS * (ITERS / 4), swplock_overlaps);
}

/* --- 3. mutex + condition variables: a bounded buffer ------------------------ */

#define QSIZE 8
#define ITEMS_PER_PRODUCER 2000
static struct {
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    long buf[QSIZE];
    int head, count, producers_left;
    long consumed_sum, consumed_count;
    int max_count;
} q = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER };

static void *producer(void *arg)
{
    long id = (long)arg;
    for (long i = 1; i <= ITEMS_PER_PRODUCER; i++) {
        pthread_mutex_lock(&q.lock);
        while (q.count == QSIZE) {
            pthread_cond_wait(&q.not_full, &q.lock);
        }
        q.buf[(q.head + q.count) % QSIZE] = id * 100000 + i;
        q.count++;
        if (q.count > q.max_count) {
            q.max_count = q.count;
        }
        pthread_cond_signal(&q.not_empty);
        pthread_mutex_unlock(&q.lock);
    }
    pthread_mutex_lock(&q.lock);
    q.producers_left--;
    pthread_cond_broadcast(&q.not_empty);
    pthread_mutex_unlock(&q.lock);
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0, count = 0;
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&q.lock);
        while (q.count == 0 && q.producers_left > 0) {
            pthread_cond_wait(&q.not_empty, &q.lock);
        }
        if (q.count == 0) {
            pthread_mutex_unlock(&q.lock);
            break;
        }
        long v = q.buf[q.head];
        q.head = (q.head + 1) % QSIZE;
        q.count--;
        pthread_cond_signal(&q.not_full);
        pthread_mutex_unlock(&q.lock);
        sum += v;
        count++;
    }
    pthread_mutex_lock(&q.lock);
    q.consumed_sum += sum;
    q.consumed_count += count;
    pthread_mutex_unlock(&q.lock);
    return NULL;
}

static void *queue_worker(void *arg)
{
    long id = (long)arg;
    gate_wait();
    return id < NTHREADS / 2 ? consumer(arg) : producer((void *)(id - NTHREADS / 2));
}

static void test_condvar(void)
{
    pthread_t t[NTHREADS];
    long want_sum = 0;
    q.producers_left = NTHREADS / 2;
    start_all(t, NTHREADS, queue_worker, "queue");
    join_all(t, NTHREADS);
    for (long id = 0; id < NTHREADS / 2; id++) {
        for (long i = 1; i <= ITEMS_PER_PRODUCER; i++) {
            want_sum += id * 100000 + i;
        }
    }
    printf("condvar queue: %d producers, %d consumers: consumed %ld items (expected %d), "
           "sum %s, left %d, never over capacity: %s\n",
           NTHREADS / 2, NTHREADS / 2, q.consumed_count, NTHREADS / 2 * ITEMS_PER_PRODUCER,
           q.consumed_sum == want_sum ? "right" : "WRONG", q.count,
           q.max_count <= QSIZE ? "yes" : "no");
}

/* --- 4. barrier ---------------------------------------------------------------- */

#define ROUNDS 200
static pthread_barrier_t barrier;
static int arrivals[ROUNDS];
static int serial_count[ROUNDS];
static int barrier_errors;

static void *barrier_worker(void *arg)
{
    (void)arg;
    gate_wait();
    for (int r = 0; r < ROUNDS; r++) {
        __atomic_fetch_add(&arrivals[r], 1, __ATOMIC_RELAXED);
        int ret = pthread_barrier_wait(&barrier);
        if (ret == PTHREAD_BARRIER_SERIAL_THREAD) {
            __atomic_fetch_add(&serial_count[r], 1, __ATOMIC_RELAXED);
        } else if (ret != 0) {
            __atomic_fetch_add(&barrier_errors, 1, __ATOMIC_RELAXED);
        }
        /* Everyone has arrived at round r, nobody at round r + 1 yet. */
        if (__atomic_load_n(&arrivals[r], __ATOMIC_RELAXED) != NTHREADS ||
            (r + 1 < ROUNDS && __atomic_load_n(&arrivals[r + 1], __ATOMIC_RELAXED) != 0)) {
            __atomic_fetch_add(&barrier_errors, 1, __ATOMIC_RELAXED);
        }
        pthread_barrier_wait(&barrier);
    }
    return NULL;
}

static void test_barrier(void)
{
    pthread_t t[NTHREADS];
    pthread_barrier_init(&barrier, NULL, NTHREADS);
    start_all(t, NTHREADS, barrier_worker, "barrier");
    join_all(t, NTHREADS);
    pthread_barrier_destroy(&barrier);
    int serial_ok = 1;
    for (int r = 0; r < ROUNDS; r++) {
        serial_ok &= serial_count[r] == 1;
    }
    printf("barrier: %d rounds, one serial thread per round: %s, errors %d\n", ROUNDS,
           serial_ok ? "yes" : "no", barrier_errors);
}

/* --- 5. rwlock, spinlock, semaphores ------------------------------------------ */

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_a, rw_b;
static int rw_inconsistent;
static pthread_spinlock_t spin;
static long under_spin;
static sem_t sem_items, sem_lock;
static long under_sem;

static void *rw_worker(void *arg)
{
    long id = (long)arg;
    gate_wait();
    for (int i = 0; i < ITERS / 8; i++) {
        if ((i + id) % 4 == 0) {
            pthread_rwlock_wrlock(&rw);
            rw_a++;
            sched_yield();
            rw_b++;
            pthread_rwlock_unlock(&rw);
        } else {
            pthread_rwlock_rdlock(&rw);
            if (rw_a != rw_b) {
                __atomic_fetch_add(&rw_inconsistent, 1, __ATOMIC_RELAXED);
            }
            pthread_rwlock_unlock(&rw);
        }
        pthread_spin_lock(&spin);
        under_spin++;
        pthread_spin_unlock(&spin);
        sem_wait(&sem_lock);
        under_sem++;
        sem_post(&sem_lock);
        sem_post(&sem_items);
    }
    return NULL;
}

static void test_rw_spin_sem(void)
{
    pthread_t t[NTHREADS];
    long writes = 0;
    pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE);
    sem_init(&sem_items, 0, 0);
    sem_init(&sem_lock, 0, 1);
    start_all(t, NTHREADS, rw_worker, "rwlock");
    join_all(t, NTHREADS);
    for (long id = 0; id < NTHREADS; id++) {
        for (int i = 0; i < ITERS / 8; i++) {
            writes += (i + id) % 4 == 0;
        }
    }
    int items = 0, v;
    while (sem_trywait(&sem_items) == 0) {
        items++;
    }
    int again_errno = errno;
    sem_getvalue(&sem_lock, &v);
    printf("rwlock: writes %ld/%ld (expected %ld), readers saw a half-done write %d times\n",
           rw_a, rw_b, writes, rw_inconsistent);
    printf("spinlock: %ld of %d\n", under_spin, NTHREADS * (ITERS / 8));
    printf("semaphore as lock: %ld of %d, value after %d; posted items %d, then trywait %s\n",
           under_sem, NTHREADS * (ITERS / 8), v, items,
           again_errno == EAGAIN ? "EAGAIN" : strerror(again_errno));
    pthread_spin_destroy(&spin);
    sem_destroy(&sem_items);
    sem_destroy(&sem_lock);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_counters();
    test_asm_locks();
    test_condvar();
    test_barrier();
    test_rw_spin_sem();
    return 0;
}
