/* libabitest.c - the ABI test library (soname libabitest.so), built for
 * arm64 and for x86-64 like every test library: with thunks on, the guest's calls into the
 * arm64 copy run the x86-64 one.  Every argument shape of the signature
 * alphabet (libs/abitest.def), integers and floating point mixed beyond
 * eight registers so that some go on the stack.  Each function mixes its
 * arguments in an order-dependent way, so a value in the wrong place
 * changes the result. */
#include <stdint.h>
#include <string.h>

int abi_add_ints(int a, int b) { return a + b; }
unsigned abi_mix_u32(unsigned a, unsigned b) { return a * 2654435761u ^ b; }
long abi_sub_longs(long a, long b) { return a - b; }
unsigned long abi_rot(unsigned long v, unsigned n) { n &= 63; return n ? v << n | v >> (64 - n) : v; }
double abi_scale(double x, int n) { return x * n; }
float abi_fma_f(float a, float b, float c) { return a * b + c; }
void abi_fill(char *buf, int c, unsigned long n) { memset(buf, c, n); }
/* Which copy runs: the thunked calls run the host's. */
const char *abi_where(void)
{
#if defined(__aarch64__)
    return "arm64";
#elif defined(__x86_64__)
    return "x86-64";
#else
    return "elsewhere";
#endif
}

/* Twelve integers: x0..x7, then four on the stack. */
long abi_sum12(long a, long b, long c, long d, long e, long f, long g, long h,
               long i, long j, long k, long l)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

/* Ten doubles and five ints interleaved: v0..v7 and two doubles on the
 * stack, w0..w4 in registers. */
double abi_mixed(double a, int i1, double b, int i2, double c, int i3, double d, int i4,
                 double e, int i5, double f, double g, double h, double x, double y)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * x + 10 * y +
           0.5 * (i1 - 2 * i2 + 3 * i3 - 4 * i4 + 5 * i5);
}

/* Nine ints, nine floats: one of each kind on the stack, in that order. */
float abi_spill(int a, float fa, int b, float fb, int c, float fc, int d, float fd, int e,
                float fe, int f, float ff, int g, float fg, int h, float fh, int i, float fi)
{
    return (float)(a - b + c - d + e - f + g - h + 3 * i) + fa * 1 + fb * 2 + fc * 3 + fd * 4 +
           fe * 5 + ff * 6 + fg * 7 + fh * 8 + fi * 9;
}

static int counter;
int abi_bump(void) { return ++counter; }

/* Callbacks: host code calling guest functions. */
int abi_apply(int (*fn)(int), int x) { return fn(x) * 2 + fn(x + 1); }

void abi_sort(long *v, unsigned long n, int (*cmp)(const void *, const void *))
{
    /* insertion sort: the comparator decides everything */
    for (unsigned long i = 1; i < n; i++)
        for (unsigned long j = i; j > 0 && cmp(&v[j - 1], &v[j]) > 0; j--) {
            long t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

double abi_integrate(double (*f)(double), double a, double b, int n)
{
    double h = (b - a) / n, s = 0;
    for (int i = 0; i < n; i++)
        s += f(a + (i + 0.5) * h) * h;
    return s;
}

/* A callback with ten integer and nine floating arguments: some reach the
 * guest on its stack. */
double abi_call_wide(double (*fn)(long, long, long, long, long, long, long, long, long, long,
                                  double, double, double, double, double, double, double,
                                  double, double))
{
    return fn(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5);
}
