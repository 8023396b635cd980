/* thunk-abi.c - calls into the ABI test library (tests/c/lib/libabitest.c)
 * with every argument shape of the thunk alphabet: 32- and 64-bit, signed
 * and unsigned integers, pointers, floats and doubles, mixed beyond eight
 * registers of each kind so that some go on the stack; and callbacks: the
 * host library calling guest functions (one of which calls the library
 * again), with callback arguments on the stack too.  Run with
 * FERRY_THUNKS=abitest (thunk-abi.env): ferry calls the host's x86-64 copy
 * of the library, which says so (abi_where), so the output equals the
 * native build's only if every call was bridged and every argument and
 * result crossed correctly.
 * ferry-test: dynamic-only (it links against the test library)
 * ferry-test: qemu-differs (qemu runs the arm64 copy: abi_where says arm64)
 * The native build is the oracle. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "lib/libabitest.h"

/* Guest functions the host library calls back. */
static void set_erange(void) { errno = ERANGE; }
static int square_plus(int x) { return abi_add_ints(x * x, 1); } /* a thunked call inside */
/* A callback that takes a signal and runs a thread of its own, each of
 * which calls the library again: the nested run must deliver the one
 * and carry the other. */
static volatile sig_atomic_t got_usr1;
static void on_usr1(int sig) { got_usr1 += sig == SIGUSR1 ? abi_add_ints(1, 0) : 0; }
static void *thread_body(void *arg) { *(int *)arg = abi_add_ints(*(int *)arg, 100); return NULL; }
static int signal_and_thread(int x)
{
    raise(SIGUSR1);
    int v = x;
    pthread_t t;
    if (pthread_create(&t, NULL, thread_body, &v) != 0)
        return -1000;
    pthread_join(t, NULL);
    return v + (int)got_usr1;
}
static int calls;
static int by_last_digit(const void *a, const void *b)
{
    calls++;
    long x = *(const long *)a % 10, y = *(const long *)b % 10;
    return (x > y) - (x < y);
}
static double cube(double x) { return x * x * x; }
static double wide(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j,
                   double p, double q, double r, double s, double t, double u, double v,
                   double w, double x)
{
    return a - b + 2 * c - d + 3 * e - f + 4 * g - h + 5 * i - 7 * j + p + 2 * q + 3 * r + 4 * s +
           5 * t + 6 * u + 7 * v + 8 * w + 9 * x;
}

int main(void)
{
    printf("library code runs as: %s\n", abi_where());
    printf("add_ints(-7, 3) = %d\n", abi_add_ints(-7, 3));
    printf("add_ints(INT_MAX, 1) wraps: %d\n", abi_add_ints(2147483647, 1) == -2147483647 - 1);
    printf("mix_u32 = %u\n", abi_mix_u32(123456789u, 0xdeadbeefu));
    printf("sub_longs = %ld\n", abi_sub_longs(-5000000000L, 7000000000L));
    printf("rot = %#lx\n", abi_rot(0x8000000000000001UL, 4));
    printf("scale = %.6f\n", abi_scale(2.5, -3));
    printf("fma_f = %.6f\n", (double)abi_fma_f(1.5f, -2.25f, 0.125f));
    char buf[16];
    memset(buf, 0, sizeof buf);
    abi_fill(buf, 'z', 5);
    printf("fill: \"%s\"\n", buf);
    printf("sum12 = %ld\n", abi_sum12(1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12000000000L));
    printf("mixed = %.6f\n", abi_mixed(1.5, 1, 2.25, -2, -3.0, 3, 4.5, -4, 5.75, 5, -6.5, 7.0,
                                       8.25, -9.5, 10.125));
    printf("spill = %.4f\n", (double)abi_spill(1, 0.5f, 2, -1.5f, 3, 2.5f, 4, -3.5f, 5, 4.5f, 6,
                                                -5.5f, 7, 6.5f, 8, -7.5f, 9, 8.5f));
    int b1 = abi_bump(), b2 = abi_bump();
    printf("bump twice: %d %d\n", b1, b2);
    printf("apply(square_plus, 3) = %d\n", abi_apply(square_plus, 3));
    signal(SIGUSR1, on_usr1);
    int applied = abi_apply(signal_and_thread, 5);
    printf("apply(signal_and_thread, 5) = %d, signals taken: %d\n", applied, (int)got_usr1);
    long v[] = { 41, 17, 93, 5, 68, 22, 30 };
    abi_sort(v, 7, by_last_digit);
    printf("sorted by last digit:");
    for (int i = 0; i < 7; i++)
        printf(" %ld", v[i]);
    printf(" (comparator called: %s)\n", calls > 0 ? "yes" : "no");
    printf("integral of x^3 over [0, 2] = %.6f\n", abi_integrate(cube, 0.0, 2.0, 1000));
    printf("wide callback = %.3f\n", abi_call_wide(wide));
    /* errno is one variable for the program and the library. */
    errno = 0;
    int r = abi_fail_with(EILSEQ);
    printf("fail_with(EILSEQ) = %d, errno is EILSEQ: %s\n", r, errno == EILSEQ ? "yes" : "no");
    errno = EDOM;
    printf("the library sees errno EDOM: %s\n", abi_errno_seen() == EDOM ? "yes" : "no");
    printf("and leaves it: %s\n", errno == EDOM ? "yes" : "no");
    printf("a callback's errno reaches the library: %s\n",
           abi_errno_after(set_erange) == ERANGE ? "yes" : "no");
    /* Variadic: the format says what follows; NULL means nothing. */
    char out[128];
    int n = abi_vformat(out, "%d|%s|%.3f|%ld|%c", -42, "str", 2.5, 1L << 40, 'z');
    printf("vformat = %d \"%s\"\n", n, out);
    n = abi_vformat(out, NULL);
    printf("vformat(NULL) = %d \"%s\"\n", n, out);
    return 0;
}
