/* thread-memorder.c - AArch64 barriers and acquire/release keep their
 * meaning between threads (litmus tests, run many times).
 *
 * Store buffering ("SB"): thread A stores x = i + 1 and then reads y,
 * thread B stores y = j + 1 and then reads x, each in a loop over i and
 * j.  With a full barrier between store and load, sequential consistency
 * holds: if A at step i did not yet see B's store j + 1 (it read y <= j),
 * then B's load at step j must see A's store i + 1 (read x >= i + 1).  A
 * pair breaking this is a store->load reordering, which x86-64 does all
 * the time without MFENCE (or a locked instruction): an emulator that
 * drops DMB ISH shows thousands of them.  (STLR followed by LDAR, which
 * qemu 7.2 gets wrong, is thread-memorder-rcsc.c.)
 * Message passing ("MP"): data then flag (release or DMB ISHST), flag then
 * data (acquire or DMB ISHLD): a reader that sees the flag sees the data.
 * The native x86-64 build uses the C11 equivalents.
 * ferry-test: repeat 3 (a broken barrier shows up only sometimes) */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 100000

static uint32_t x, y;
static uint32_t seen_a[N], seen_b[N];

enum kind { DMB_ISH, DMB_SY, DSB_ISH, SWPAL_LDAR, LDADDAL_LDAR };
static const char *const kind_names[] = {
    "str; dmb ish; ldr", "str; dmb sy; ldr", "str; dsb ish; ldr",
    "swpal; ldar", "ldaddal; ldar",
};

#ifdef __aarch64__
/* LSE instructions, whatever -march the compiler was given. */
#define LSE ".arch_extension lse\n"
static uint32_t store_fence_load(enum kind k, uint32_t *st, uint32_t v, uint32_t *ld)
{
    uint32_t r, tmp;
    (void)tmp;
    switch (k) {
    case DMB_ISH:
        __asm__ volatile("str %w1, [%2]\n dmb ish\n ldr %w0, [%3]"
                         : "=&r"(r) : "r"(v), "r"(st), "r"(ld) : "memory");
        break;
    case DMB_SY:
        __asm__ volatile("str %w1, [%2]\n dmb sy\n ldr %w0, [%3]"
                         : "=&r"(r) : "r"(v), "r"(st), "r"(ld) : "memory");
        break;
    case DSB_ISH:
        __asm__ volatile("str %w1, [%2]\n dsb ish\n ldr %w0, [%3]"
                         : "=&r"(r) : "r"(v), "r"(st), "r"(ld) : "memory");
        break;
    case SWPAL_LDAR:
        __asm__ volatile(LSE "swpal %w2, %w1, [%3]\n ldar %w0, [%4]"
                         : "=&r"(r), "=&r"(tmp) : "r"(v), "r"(st), "r"(ld) : "memory");
        break;
    default:
        /* x + (v - x): the stored value is v, through an atomic add. */
        __asm__ volatile(LSE "ldaddal %w2, %w1, [%3]\n ldar %w0, [%4]"
                         : "=&r"(r), "=&r"(tmp)
                         : "r"(v - __atomic_load_n(st, __ATOMIC_RELAXED)), "r"(st), "r"(ld)
                         : "memory");
        break;
    }
    return r;
}

static void mp_write(int acqrel, uint32_t *data, uint32_t *flag, uint32_t v)
{
    if (acqrel) {
        __asm__ volatile("str %w0, [%1]\n stlr %w0, [%2]" : : "r"(v), "r"(data), "r"(flag) : "memory");
    } else {
        __asm__ volatile("str %w0, [%1]\n dmb ishst\n str %w0, [%2]"
                         : : "r"(v), "r"(data), "r"(flag) : "memory");
    }
}

static void mp_read(int acqrel, uint32_t *data, uint32_t *flag, uint32_t *f, uint32_t *d)
{
    uint32_t a, b;
    if (acqrel) {
        __asm__ volatile("ldar %w0, [%2]\n ldr %w1, [%3]"
                         : "=&r"(a), "=&r"(b) : "r"(flag), "r"(data) : "memory");
    } else {
        __asm__ volatile("ldr %w0, [%2]\n dmb ishld\n ldr %w1, [%3]"
                         : "=&r"(a), "=&r"(b) : "r"(flag), "r"(data) : "memory");
    }
    *f = a;
    *d = b;
}
#else
static uint32_t store_fence_load(enum kind k, uint32_t *st, uint32_t v, uint32_t *ld)
{
    switch (k) {
    case DMB_ISH:
    case DMB_SY:
    case DSB_ISH:
        __atomic_store_n(st, v, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        return __atomic_load_n(ld, __ATOMIC_RELAXED);
    default:
        __atomic_exchange_n(st, v, __ATOMIC_SEQ_CST);
        return __atomic_load_n(ld, __ATOMIC_SEQ_CST);
    }
}

static void mp_write(int acqrel, uint32_t *data, uint32_t *flag, uint32_t v)
{
    (void)acqrel;
    __atomic_store_n(data, v, __ATOMIC_RELAXED);
    __atomic_store_n(flag, v, __ATOMIC_RELEASE);
}

static void mp_read(int acqrel, uint32_t *data, uint32_t *flag, uint32_t *f, uint32_t *d)
{
    (void)acqrel;
    *f = __atomic_load_n(flag, __ATOMIC_ACQUIRE);
    *d = __atomic_load_n(data, __ATOMIC_RELAXED);
}
#endif

static enum kind current;

/* The two threads of a test meet before each chunk of CHUNK steps, so
 * that they run side by side even if one of them was descheduled for a
 * while (other jobs on the machine): each says which chunk it reached,
 * then spins until the other has reached it too (yielding now and then,
 * in case the two share one CPU). */
#define CHUNK 5000
static uint32_t reached[2];

static void meet(int me, uint32_t chunk)
{
    unsigned spins = 0;
    __atomic_store_n(&reached[me], chunk + 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&reached[1 - me], __ATOMIC_ACQUIRE) < chunk + 1) {
        if (++spins % 4096 == 0) {
            sched_yield();
        }
    }
}

static void *sb_a(void *arg)
{
    (void)arg;
    for (uint32_t i = 0; i < N; i++) {
        if (i % CHUNK == 0) {
            meet(0, i / CHUNK);
        }
        seen_a[i] = store_fence_load(current, &x, i + 1, &y);
    }
    return NULL;
}

static void *sb_b(void *arg)
{
    (void)arg;
    for (uint32_t j = 0; j < N; j++) {
        if (j % CHUNK == 0) {
            meet(1, j / CHUNK);
        }
        seen_b[j] = store_fence_load(current, &y, j + 1, &x);
    }
    return NULL;
}

static void run_pair(void *(*fa)(void *), void *(*fb)(void *))
{
    pthread_t a, b;
    int err;
    reached[0] = reached[1] = 0;
    if ((err = pthread_create(&a, NULL, fa, NULL)) != 0 ||
        (err = pthread_create(&b, NULL, fb, NULL)) != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
}

static void store_buffering(enum kind k)
{
    long violations = 0;
    current = k;
    x = y = 0;
    run_pair(sb_a, sb_b);
    for (uint32_t i = 0; i < N; i++) {
        uint32_t j = seen_a[i];     /* B's store j + 1 was not yet seen */
        if (j < N && seen_b[j] <= i) {
            violations++;
        }
    }
    printf("SB %-18s store->load reorderings: %ld\n", kind_names[k], violations);
}

static uint32_t mp_data, mp_flag;
static int mp_acqrel;
static long mp_stale;

static void *mp_writer(void *arg)
{
    (void)arg;
    meet(0, 0);
    for (uint32_t i = 1; i <= N; i++) {
        mp_write(mp_acqrel, &mp_data, &mp_flag, i);
    }
    return NULL;
}

static void *mp_reader(void *arg)
{
    uint32_t f, d;
    (void)arg;
    meet(1, 0);
    do {
        mp_read(mp_acqrel, &mp_data, &mp_flag, &f, &d);
        if (d < f) {
            mp_stale++;
        }
    } while (f < N);
    return NULL;
}

static void message_passing(int acqrel)
{
    mp_acqrel = acqrel;
    mp_data = mp_flag = 0;
    mp_stale = 0;
    run_pair(mp_writer, mp_reader);
    printf("MP %-30s stale data after the flag: %ld\n",
           acqrel ? "str; stlr / ldar; ldr" : "str; dmb ishst; str / ldr; dmb ishld; ldr",
           mp_stale);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Fault the result arrays in now, not during the first test. */
    memset(seen_a, 0xff, sizeof seen_a);
    memset(seen_b, 0xff, sizeof seen_b);
    printf("%d iterations each\n", N);
    for (enum kind k = DMB_ISH; k <= LDADDAL_LDAR; k++) {
        store_buffering(k);
    }
    message_passing(1);
    message_passing(0);
    return 0;
}
