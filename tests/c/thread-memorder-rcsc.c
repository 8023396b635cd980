/* thread-memorder-rcsc.c - a store-release (STLR) followed by a
 * load-acquire (LDAR) is ordered between threads: AArch64's
 * acquire/release is RCsc (Arm ARM B2.3, "Barrier-ordered-before": an
 * STLR is ordered before a later LDAR).  This is what C11 seq_cst loads
 * and stores compile to, so Dekker-style code (store my flag, load
 * yours) depends on it.  On x86-64 the STLR needs an MFENCE (or XCHG).
 *
 * The store-buffering litmus test of thread-memorder.c: thread A stores
 * x = i + 1 (STLR), loads y (LDAR); thread B the same with y and x.  If A
 * at step i read y <= j (B's store j + 1 not yet visible), B's load at
 * step j must see x >= i + 1.
 *
 * ferry-test: qemu-differs (qemu 7.2 emits no store->load fence between
 * STLR and LDAR on x86-64 hosts: tens of thousands of reorderings per
 * run; the native build, with C11 seq_cst store and load, is the oracle)
 * ferry-test: repeat 3 (a missing fence shows up only sometimes) */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 100000

enum size { W32, X64 };
static const char *const size_names[] = { "stlr w; ldar w", "stlr x; ldar x" };

/* x86-64 stores of the 32-bit test go to the low half (little-endian). */
static uint64_t x, y;
static uint32_t seen_a[N], seen_b[N];
static enum size current;

static uint32_t store_release_load_acquire(uint64_t *st, uint32_t v, uint64_t *ld)
{
#ifdef __aarch64__
    uint64_t r;
    if (current == W32) {
        __asm__ volatile("stlr %w1, [%2]\n ldar %w0, [%3]"
                         : "=&r"(r) : "r"(v), "r"(st), "r"(ld) : "memory");
    } else {
        __asm__ volatile("stlr %1, [%2]\n ldar %0, [%3]"
                         : "=&r"(r) : "r"((uint64_t)v), "r"(st), "r"(ld) : "memory");
    }
    return (uint32_t)r;
#else
    if (current == W32) {
        __atomic_store_n((uint32_t *)st, v, __ATOMIC_SEQ_CST);
        return __atomic_load_n((uint32_t *)ld, __ATOMIC_SEQ_CST);
    }
    __atomic_store_n(st, v, __ATOMIC_SEQ_CST);
    return (uint32_t)__atomic_load_n(ld, __ATOMIC_SEQ_CST);
#endif
}

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
        seen_a[i] = store_release_load_acquire(&x, i + 1, &y);
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
        seen_b[j] = store_release_load_acquire(&y, j + 1, &x);
    }
    return NULL;
}

static void store_buffering(enum size s)
{
    pthread_t a, b;
    int err;
    long violations = 0;
    current = s;
    x = y = 0;
    reached[0] = reached[1] = 0;
    if ((err = pthread_create(&a, NULL, sb_a, NULL)) != 0 ||
        (err = pthread_create(&b, NULL, sb_b, NULL)) != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    for (uint32_t i = 0; i < N; i++) {
        uint32_t j = seen_a[i];     /* B's store j + 1 was not yet seen */
        if (j < N && seen_b[j] <= i) {
            violations++;
        }
    }
    printf("SB %-15s store->load reorderings: %ld\n", size_names[s], violations);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    memset(seen_a, 0xff, sizeof seen_a);
    memset(seen_b, 0xff, sizeof seen_b);
    printf("%d iterations each\n", N);
    for (enum size s = W32; s <= X64; s++) {
        store_buffering(s);
    }
    return 0;
}
