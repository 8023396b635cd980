/* ras-calls.c - calls and returns that a return-address stack must get
 * right even when its prediction is wrong or its room runs out: recursion
 * far deeper than the stack (1024 calls), longjmp out of nested calls,
 * calls through pointers, library code calling back (qsort), a signal
 * taken deep in a call chain, and a return to an address other than the
 * one after the call.  ras-calls.env turns the stack on (FERRY_RAS=1);
 * the output must equal qemu's and the native build's. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static volatile unsigned long sink;

static unsigned long deep(unsigned n)
{
    if (n == 0)
        return 1;
    unsigned long r = deep(n - 1) + (n & 7);
    sink += r;
    return r;
}

static jmp_buf env;
static int jumped;

static void thrower(int depth)
{
    if (depth == 0)
        longjmp(env, 42);
    thrower(depth - 1);
    sink++;
}

/* After a longjmp the stack is out of step with the guest's calls: every
 * return that follows must still land where the guest says. */
static int after_longjmp(void)
{
    int total = 0;
    for (int round = 0; round < 50; round++) {
        int v = setjmp(env);
        if (v == 0)
            thrower(round % 37);
        else
            total += v + (int)deep((unsigned)round);
    }
    return total;
}

typedef long (*op_fn)(long, long);
static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_xor(long a, long b) { return a ^ b; }

__attribute__((noinline)) static long apply(op_fn f, long a, long b) { return f(a, b); }

static long pointer_calls(void)
{
    static const op_fn ops[] = { op_add, op_sub, op_mul, op_xor };
    long acc = 1;
    for (int i = 0; i < 100000; i++)
        acc = apply(ops[i & 3], acc, i) & 0xffffffff;
    return acc;
}

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static long callbacks(void)
{
    enum { N = 5000 };
    static int v[N];
    unsigned s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        v[i] = (int)(s >> 8);
    }
    qsort(v, N, sizeof v[0], by_value);
    long check = 0;
    for (int i = 0; i < N; i++)
        check = check * 31 + v[i];
    return check;
}

static volatile sig_atomic_t ticks;
static void on_alarm(int sig)
{
    (void)sig;
    ticks++;
    sink += deep(100); /* calls and returns inside the handler too */
}

static unsigned long spin_deep(unsigned n)
{
    if (n == 0) {
        unsigned long x = 0;
        for (int i = 0; i < 2000; i++)
            x += (unsigned long)i * i;
        return x;
    }
    return spin_deep(n - 1) + 1;
}

static unsigned long signals_in_calls(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, 1000 }, { 0, 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    unsigned long total = 0;
    while (ticks < 20)
        total += spin_deep(200) - spin_deep(200);
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    return total;
}

/* A function that returns past its caller's next instruction: it adds 4
 * to its return address, so the caller's `mov w0, #1` is skipped. */
#ifdef __aarch64__
int skip_one(void);
int skipped_call(void);
__asm__(".text\n"
        ".type skip_one, %function\n"
        "skip_one:\n"
        "    add x30, x30, #4\n"
        "    mov w0, #7\n"
        "    ret\n"
        ".type skipped_call, %function\n"
        "skipped_call:\n"
        "    stp x29, x30, [sp, #-16]!\n"
        "    bl skip_one\n"
        "    mov w0, #1\n" /* skipped */
        "    add w0, w0, #100\n"
        "    ldp x29, x30, [sp], #16\n"
        "    ret\n");
#else
static int skipped_call(void) { return 107; }
#endif

int main(void)
{
    printf("deep: %lu\n", deep(100000));
    printf("longjmp: %d\n", after_longjmp());
    printf("pointers: %ld\n", pointer_calls());
    printf("qsort: %ld\n", callbacks());
    printf("signals: %lu\n", signals_in_calls());
    printf("skipped: %d\n", skipped_call());
    int again = 0;
    for (int i = 0; i < 1000; i++)
        again += skipped_call() == 107;
    printf("skipped again: %d\n", again);
    return 0;
}
