/* futex-ops.c - the futex system call itself (raw syscall, no glibc
 * wrapper): FUTEX_WAIT and FUTEX_WAKE, private and shared, with relative
 * timeouts; FUTEX_WAIT_BITSET with absolute CLOCK_MONOTONIC and
 * CLOCK_REALTIME deadlines; FUTEX_WAKE_BITSET masks; and the errors
 * (EAGAIN for a changed value, EINVAL for bad timeouts, bitsets and
 * alignment, EFAULT, ENOSYS).  Waiters are threads; a waiter counts as
 * asleep once FUTEX_CMP_REQUEUE of its word onto itself (wake none,
 * requeue all) reports it.  Times are checked, never printed.
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
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define TIMEOUT_MS 30

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
    }
    if (r < 0) {
        snprintf(b, 32, "-%s", strerror((int)-r));
    } else {
        snprintf(b, 32, "%ld", r);
    }
    return b;
}

static long now_ns(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

static struct timespec ns_to_ts(long ns)
{
    struct timespec ts = { ns / 1000000000L, ns % 1000000000L };
    return ts;
}

/* --- waiter threads ------------------------------------------------------------ */

struct waiter {
    uint32_t *addr;
    int op;
    uint32_t val, bitset;
    long result;
    int done;
    pthread_t thread;
};

static void *waiter_main(void *p)
{
    struct waiter *w = p;
    w->result = futex(w->addr, w->op, w->val, NULL, NULL, w->bitset);
    __atomic_store_n(&w->done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void start_waiter(struct waiter *w, uint32_t *addr, int op, uint32_t bitset)
{
    w->addr = addr;
    w->op = op;
    w->val = *addr;
    w->bitset = bitset;
    w->done = 0;
    w->result = 1;
    int err = pthread_create(&w->thread, NULL, waiter_main, w);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
}

/* How many threads sleep on addr (with these flags): requeue them onto
 * the same word, waking none; the kernel returns how many it moved. */
static long sleepers(uint32_t *addr, int private_flag)
{
    return futex(addr, FUTEX_CMP_REQUEUE | private_flag, 0, (void *)(long)INT_MAX, addr, *addr);
}

static void wait_sleepers(uint32_t *addr, int private_flag, long n)
{
    for (int i = 0; i < 5000; i++) {
        if (sleepers(addr, private_flag) == n) {
            return;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    printf("waiters never went to sleep on the futex (%ld expected, %s seen)\n", n,
           res(sleepers(addr, private_flag)));
    exit(1);
}

/* Wait (bounded) for a woken waiter to finish. */
static const char *finish(struct waiter *w)
{
    for (int i = 0; i < 5000 && !__atomic_load_n(&w->done, __ATOMIC_ACQUIRE); i++) {
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    if (!__atomic_load_n(&w->done, __ATOMIC_ACQUIRE)) {
        printf("a woken waiter still sleeps\n");
        exit(1);
    }
    pthread_join(w->thread, NULL);
    return res(w->result);
}

/* --- the tests --------------------------------------------------------------- */

static uint32_t word, word2;

static void value_mismatch(void)
{
    word = 5;
    printf("WAIT, value differs: %s (private: %s)\n", res(futex(&word, FUTEX_WAIT, 6, NULL, NULL, 0)),
           res(futex(&word, FUTEX_WAIT_PRIVATE, 6, NULL, NULL, 0)));
    printf("WAIT_BITSET, value differs: %s\n",
           res(futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 4, NULL, NULL, FUTEX_BITSET_MATCH_ANY)));
    printf("WAKE, nobody waiting: %s (private: %s)\n", res(futex(&word, FUTEX_WAKE, 1, NULL, NULL, 0)),
           res(futex(&word, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0)));
}

static void timeouts(void)
{
    struct timespec rel = ns_to_ts(TIMEOUT_MS * 1000000L), zero = { 0, 0 };
    word = 0;
    for (int priv = 0; priv <= FUTEX_PRIVATE_FLAG; priv += FUTEX_PRIVATE_FLAG) {
        long t0 = now_ns(CLOCK_MONOTONIC);
        long r = futex(&word, FUTEX_WAIT | priv, 0, &rel, NULL, 0);
        long el = now_ns(CLOCK_MONOTONIC) - t0;
        printf("WAIT%s, relative %d ms: %s, waited at least that: %s\n", priv ? "_PRIVATE" : "",
               TIMEOUT_MS, res(r), el >= TIMEOUT_MS * 1000000L ? "yes" : "no");
    }
    printf("WAIT, zero timeout: %s\n", res(futex(&word, FUTEX_WAIT_PRIVATE, 0, &zero, NULL, 0)));

    struct { const char *name; clockid_t clock; int flag; } clocks[] = {
        { "CLOCK_MONOTONIC", CLOCK_MONOTONIC, 0 },
        { "CLOCK_REALTIME", CLOCK_REALTIME, FUTEX_CLOCK_REALTIME },
    };
    for (int i = 0; i < 2; i++) {
        long t0 = now_ns(CLOCK_MONOTONIC);
        struct timespec abs = ns_to_ts(now_ns(clocks[i].clock) + TIMEOUT_MS * 1000000L);
        long r = futex(&word, FUTEX_WAIT_BITSET_PRIVATE | clocks[i].flag, 0, &abs, NULL,
                       FUTEX_BITSET_MATCH_ANY);
        long el = now_ns(CLOCK_MONOTONIC) - t0;
        struct timespec past = ns_to_ts(now_ns(clocks[i].clock) - 1000000000L);
        long r2 = futex(&word, FUTEX_WAIT_BITSET_PRIVATE | clocks[i].flag, 0, &past, NULL,
                        FUTEX_BITSET_MATCH_ANY);
        printf("WAIT_BITSET, %s deadline in %d ms: %s, waited at least that: %s; "
               "deadline passed: %s\n", clocks[i].name, TIMEOUT_MS, res(r),
               el >= (TIMEOUT_MS - 1) * 1000000L ? "yes" : "no", res(r2));
    }
}

static void bad_arguments(void)
{
    struct timespec bad_ns = { 0, 1000000000 }, neg = { -1, 0 }, neg_ns = { 0, -1 };
    word = 0;
    printf("WAIT, tv_nsec 1e9: %s; tv_sec -1: %s; tv_nsec -1: %s\n",
           res(futex(&word, FUTEX_WAIT_PRIVATE, 0, &bad_ns, NULL, 0)),
           res(futex(&word, FUTEX_WAIT_PRIVATE, 0, &neg, NULL, 0)),
           res(futex(&word, FUTEX_WAIT_PRIVATE, 0, &neg_ns, NULL, 0)));
    printf("WAIT_BITSET, bitset 0: %s; WAKE_BITSET, bitset 0: %s\n",
           res(futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, NULL, 0)),
           res(futex(&word, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 0)));
    uint32_t pair[2] = { 0, 0 };
    uint32_t *odd = (uint32_t *)(void *)((char *)pair + 2);
    printf("misaligned word: WAIT %s, WAKE %s\n", res(futex(odd, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0)),
           res(futex(odd, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
    long page = sysconf(_SC_PAGESIZE);
    uint32_t *gone = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(gone, page);
    printf("unmapped word: WAIT %s, shared WAKE %s, private WAKE %s\n",
           res(futex(gone, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0)),
           res(futex(gone, FUTEX_WAKE, 1, NULL, NULL, 0)),
           res(futex(gone, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
    printf("WAIT on a timeout pointer that is unmapped: %s\n",
           res(futex(&word, FUTEX_WAIT_PRIVATE, 0, gone, NULL, 0)));
    printf("unknown operation 99: %s; FUTEX_FD (removed): %s\n",
           res(futex(&word, 99, 0, NULL, NULL, 0)), res(futex(&word, FUTEX_FD, 0, NULL, NULL, 0)));
}

static void wait_wake(int priv, const char *name)
{
    struct waiter w[3];
    word = 10;
    for (int i = 0; i < 3; i++) {
        start_waiter(&w[i], &word, FUTEX_WAIT | priv, 0);
    }
    wait_sleepers(&word, priv, 3);
    long first = futex(&word, FUTEX_WAKE | priv, 2, NULL, NULL, 0);
    int done = 0;
    for (int i = 0; i < 1000; i++) {
        done = 0;
        for (int j = 0; j < 3; j++) {
            done += __atomic_load_n(&w[j].done, __ATOMIC_ACQUIRE);
        }
        if (done >= 2) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    long left = sleepers(&word, priv);
    long second = futex(&word, FUTEX_WAKE | priv, INT_MAX, NULL, NULL, 0);
    int zero = 1;
    for (int i = 0; i < 3; i++) {
        zero &= strcmp(finish(&w[i]), "0") == 0;
    }
    printf("%s: 3 waiters; WAKE 2 -> %s, %d returned, %s still asleep; WAKE all -> %s; "
           "every WAIT returned 0: %s\n", name, res(first), done, res(left), res(second),
           zero ? "yes" : "no");
}

/* Private and shared futexes have different keys: a shared wake does
 * not find a private waiter, nor the other way round. */
static void private_vs_shared(void)
{
    struct waiter p, s;
    word = 1;
    word2 = 1;
    start_waiter(&p, &word, FUTEX_WAIT_PRIVATE, 0);
    start_waiter(&s, &word2, FUTEX_WAIT, 0);
    wait_sleepers(&word, FUTEX_PRIVATE_FLAG, 1);
    wait_sleepers(&word2, 0, 1);
    long a = futex(&word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
    long b = futex(&word2, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    long c = futex(&word, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    long d = futex(&word2, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
    const char *rp = finish(&p), *rs = finish(&s);
    printf("private waiter, shared WAKE: %s; shared waiter, private WAKE: %s; matching WAKEs: "
           "%s %s (waiters got %s %s)\n", res(a), res(b), res(c), res(d), rp, rs);
}

static void bitsets(void)
{
    struct waiter a, b, all;
    word = 3;
    start_waiter(&a, &word, FUTEX_WAIT_BITSET_PRIVATE, 0x1);
    start_waiter(&b, &word, FUTEX_WAIT_BITSET_PRIVATE, 0x6);
    start_waiter(&all, &word, FUTEX_WAIT_PRIVATE, 0);
    wait_sleepers(&word, FUTEX_PRIVATE_FLAG, 3);
    long r1 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 0x8);
    long r2 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 0x4);
    const char *rb = finish(&b);
    int a_asleep = !__atomic_load_n(&a.done, __ATOMIC_ACQUIRE);
    long r3 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, NULL, NULL, 0x1);
    const char *ra = finish(&a), *rall = finish(&all);
    printf("WAKE_BITSET 0x8 (bitsets 0x1, 0x6, any): %s; 0x4: %s (the 0x6 waiter: %s, 0x1 "
           "waiter still asleep: %s); 0x1: %s (0x1 waiter %s, FUTEX_WAIT waiter %s)\n",
           res(r1), res(r2), rb, a_asleep ? "yes" : "no", res(r3), ra, rall);
}

/* A waiter whose word changes before it sleeps gets EAGAIN; a woken
 * waiter does not re-check the word. */
static void woken_after_change(void)
{
    struct waiter w;
    word = 7;
    start_waiter(&w, &word, FUTEX_WAIT_PRIVATE, 0);
    wait_sleepers(&word, FUTEX_PRIVATE_FLAG, 1);
    __atomic_store_n(&word, 8, __ATOMIC_SEQ_CST);
    long r = futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    printf("word changed, then WAKE: %s, the waiter got %s\n", res(r), finish(&w));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    value_mismatch();
    timeouts();
    bad_arguments();
    wait_wake(FUTEX_PRIVATE_FLAG, "WAIT_PRIVATE/WAKE_PRIVATE");
    wait_wake(0, "WAIT/WAKE (shared)");
    private_vs_shared();
    bitsets();
    woken_after_change();
    return 0;
}
