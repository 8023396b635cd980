/* futex-requeue.c - the futex operations that move waiters or act on two
 * words (raw syscall): FUTEX_REQUEUE and FUTEX_CMP_REQUEUE (private and
 * shared; EAGAIN when the value differs, EINVAL for negative counts; the
 * return value counts woken and requeued waiters, as the kernel does,
 * whatever the man page says of FUTEX_REQUEUE), and FUTEX_WAKE_OP with
 * every operation (SET, ADD, OR, ANDN, XOR, with FUTEX_OP_OPARG_SHIFT and
 * 12-bit signed arguments) and every comparison (EQ, NE, LT, LE, GT, GE,
 * signed), seen through a waiter on the second word.  A waiter counts as
 * asleep once FUTEX_CMP_REQUEUE of its word onto itself reports it.
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
    }
    if (r < 0) {
        snprintf(b, 32, "-%s", strerror((int)-r));
    } else {
        snprintf(b, 32, "%ld", r);
    }
    return b;
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

static uint32_t w1, w2;

static void *count_arg(long n)
{
    return (void *)n;
}

static void requeue(int priv, const char *name)
{
    struct waiter w[4];
    w1 = 1;
    w2 = 2;
    for (int i = 0; i < 4; i++) {
        start_waiter(&w[i], &w1, FUTEX_WAIT | priv, 0);
    }
    wait_sleepers(&w1, priv, 4);
    long r = futex(&w1, FUTEX_REQUEUE | priv, 1, count_arg(2), &w2, 0);
    long on1 = sleepers(&w1, priv), on2 = sleepers(&w2, priv);
    long bad = futex(&w1, FUTEX_CMP_REQUEUE | priv, 0, count_arg(INT_MAX), &w2, w1 + 1);
    long on1b = sleepers(&w1, priv);
    long good = futex(&w1, FUTEX_CMP_REQUEUE | priv, 0, count_arg(INT_MAX), &w2, w1);
    long on1c = sleepers(&w1, priv), on2c = sleepers(&w2, priv);
    long wake1 = futex(&w1, FUTEX_WAKE | priv, INT_MAX, NULL, NULL, 0);
    long wake2 = futex(&w2, FUTEX_WAKE | priv, INT_MAX, NULL, NULL, 0);
    int zero = 1;
    for (int i = 0; i < 4; i++) {
        zero &= strcmp(finish(&w[i]), "0") == 0;
    }
    printf("%s: 4 waiters on A; REQUEUE A->B wake 1 move 2: %s, then %s on A and %s on B\n",
           name, res(r), res(on1), res(on2));
    printf("%s: CMP_REQUEUE with a stale value: %s (%s left on A); with the right one: %s, "
           "then %s on A and %s on B; WAKE A %s, WAKE B %s; all returned 0: %s\n", name, res(bad),
           res(on1b), res(good), res(on1c), res(on2c), res(wake1), res(wake2), zero ? "yes" : "no");
}

static void requeue_errors(void)
{
    w1 = 1;
    w2 = 2;
    printf("CMP_REQUEUE nr_wake -1: %s; nr_requeue -1: %s; nobody waiting: %s\n",
           res(futex(&w1, FUTEX_CMP_REQUEUE_PRIVATE, (uint32_t)-1, count_arg(1), &w2, 1)),
           res(futex(&w1, FUTEX_CMP_REQUEUE_PRIVATE, 1, count_arg(-1), &w2, 1)),
           res(futex(&w1, FUTEX_CMP_REQUEUE_PRIVATE, 1, count_arg(1), &w2, 1)));
}

static const char *const op_names[] = { "SET", "ADD", "OR", "ANDN", "XOR" };
static const char *const cmp_names[] = { "EQ", "NE", "LT", "LE", "GT", "GE" };

static void wake_op_operations(void)
{
    static const struct { int op, oparg; } cases[] = {
        { FUTEX_OP_SET, 0x123 }, { FUTEX_OP_ADD, 5 }, { FUTEX_OP_ADD, -1 }, { FUTEX_OP_OR, 0x300 },
        { FUTEX_OP_ANDN, 0x030 }, { FUTEX_OP_XOR, 0x0ff }, { FUTEX_OP_XOR, -1 },
        { FUTEX_OP_SET | FUTEX_OP_OPARG_SHIFT, 5 }, { FUTEX_OP_ADD | FUTEX_OP_OPARG_SHIFT, 31 },
        { FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 0 }, { FUTEX_OP_ANDN | FUTEX_OP_OPARG_SHIFT, 4 },
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        w1 = 0;
        w2 = 0xf0;
        long r = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, count_arg(1), &w2,
                       FUTEX_OP(cases[i].op, cases[i].oparg, FUTEX_OP_CMP_EQ, 0xf0));
        printf("WAKE_OP %s%s %d on 0xf0: %s, word now %#x\n", op_names[cases[i].op & 7],
               cases[i].op & FUTEX_OP_OPARG_SHIFT ? "|OPARG_SHIFT" : "", cases[i].oparg,
               res(r), w2);
    }
    w2 = 0xf0;
    long r1 = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, count_arg(1), &w2, FUTEX_OP(7, 1, 0, 0));
    uint32_t after1 = w2;
    long r2 = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, count_arg(1), &w2,
                    FUTEX_OP(FUTEX_OP_ADD, 1, 7, 0));
    printf("WAKE_OP operation 7: %s (word %#x); comparison 7: %s (word %#x)\n", res(r1), after1,
           res(r2), w2);
}

/* Each comparison, true and false: a waiter sleeps on w2; WAKE_OP sets
 * w2 to oldval (ADD 0 keeps it) and wakes it if oldval CMP cmparg. */
static void wake_op_comparisons(void)
{
    static const struct { int cmp; int32_t oldval; int cmparg; } cases[] = {
        { FUTEX_OP_CMP_EQ, 5, 5 }, { FUTEX_OP_CMP_EQ, 5, 6 },
        { FUTEX_OP_CMP_NE, 5, 6 }, { FUTEX_OP_CMP_NE, 5, 5 },
        { FUTEX_OP_CMP_LT, 5, 6 }, { FUTEX_OP_CMP_LT, 5, 5 }, { FUTEX_OP_CMP_LT, -3, -2 },
        { FUTEX_OP_CMP_LE, 5, 5 }, { FUTEX_OP_CMP_LE, 5, 4 }, { FUTEX_OP_CMP_LE, -1, 0 },
        { FUTEX_OP_CMP_GT, 5, 4 }, { FUTEX_OP_CMP_GT, 5, 5 }, { FUTEX_OP_CMP_GT, -1, 1 },
        { FUTEX_OP_CMP_GE, 5, 5 }, { FUTEX_OP_CMP_GE, 5, 6 }, { FUTEX_OP_CMP_GE, 0x7ff, -2048 },
    };
    struct waiter w;
    int asleep = 0;
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (!asleep) {
            w2 = 0x1234;
            start_waiter(&w, &w2, FUTEX_WAIT_PRIVATE, 0);
            wait_sleepers(&w2, FUTEX_PRIVATE_FLAG, 1);
            asleep = 1;
        }
        w2 = (uint32_t)cases[i].oldval;
        long r = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, count_arg(1), &w2,
                       FUTEX_OP(FUTEX_OP_ADD, 0, cases[i].cmp, cases[i].cmparg));
        if (r == 1) {
            finish(&w);
            asleep = 0;
        }
        printf("WAKE_OP cmp %s: old %d vs %d: %s woken\n", cmp_names[cases[i].cmp], cases[i].oldval,
               cases[i].cmparg, res(r));
    }
    if (asleep) {
        futex(&w2, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
        finish(&w);
    }
}

/* Waiters on both words: nr_wake on the first, nr_wake2 on the second. */
static void wake_op_both(void)
{
    struct waiter a[2], b[2];
    w1 = 1;
    w2 = 2;
    for (int i = 0; i < 2; i++) {
        start_waiter(&a[i], &w1, FUTEX_WAIT_PRIVATE, 0);
        start_waiter(&b[i], &w2, FUTEX_WAIT_PRIVATE, 0);
    }
    wait_sleepers(&w1, FUTEX_PRIVATE_FLAG, 2);
    wait_sleepers(&w2, FUTEX_PRIVATE_FLAG, 2);
    long r = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, count_arg(2), &w2,
                   FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_EQ, 2));
    long left1 = sleepers(&w1, FUTEX_PRIVATE_FLAG), left2 = sleepers(&w2, FUTEX_PRIVATE_FLAG);
    futex(&w1, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    for (int i = 0; i < 2; i++) {
        finish(&a[i]);
        finish(&b[i]);
    }
    printf("WAKE_OP with 2 waiters on each word, wake 1 and 2: %s; left %s and %s; second word %u\n",
           res(r), res(left1), res(left2), w2);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    requeue(FUTEX_PRIVATE_FLAG, "private");
    requeue(0, "shared");
    requeue_errors();
    wake_op_operations();
    wake_op_comparisons();
    wake_op_both();
    return 0;
}
