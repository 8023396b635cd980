/* libabitest.c - the ABI test library (soname libabitest.so), built for
 * arm64 and for x86-64 like every test library: with thunks on, the guest's calls into the
 * arm64 copy run the x86-64 one.  Every argument shape of the signature
 * alphabet (libs/abitest.def), integers and floating point mixed beyond
 * eight registers so that some go on the stack.  Each function mixes its
 * arguments in an order-dependent way, so a value in the wrong place
 * changes the result. */
#include <stdint.h>
#include <string.h>

#include "libabitest.h"

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

/* Structs by value: AAPCS64 puts small ones in x registers, HFAs (one to
 * four floats or doubles) in v registers, big ones behind a pointer, and
 * big results through x8; SysV has rules of its own.  Register exhaustion
 * moves a struct to the stack whole. */

struct abi_pair abi_pair_swap(struct abi_pair p) { return (struct abi_pair){ p.b * 3, p.a - 1 }; }
long abi_mix16_sum(int a, int b, int c, int d, int e, int f, int g, struct abi_mix16 m, long after)
{
    return a - b + c - d + e - f + g + m.n * 10 + (long)(m.f * 4) + m.k * 100 + after * 1000;
}
struct abi_vec3f abi_vec_scale(struct abi_vec3f v, float k)
{
    return (struct abi_vec3f){ v.x * k, v.y * k + 1, v.z * k + 2 };
}
double abi_quad_dot(struct abi_quad_d a, struct abi_quad_d b)
{
    return a.a * b.a + 2 * a.b * b.b + 3 * a.c * b.c + 4 * a.d * b.d;
}
/* Eight v registers taken by the first two; the third HFA and the double
 * after it go on the stack. */
double abi_hfa_spill(struct abi_quad_d a, struct abi_quad_d b, struct abi_vec3f c, double e)
{
    return abi_quad_dot(a, b) + 5 * c.x + 6 * c.y + 7 * c.z + 8 * e;
}
struct abi_big abi_big_make(long seed) { return (struct abi_big){ seed, seed * 2, -seed, (int)seed + 7 }; }
long abi_big_sum(struct abi_big x, struct abi_big y)
{
    return x.a + 2 * x.b + 3 * x.c + 4 * x.d - y.a - 2 * y.b - 3 * y.c - 4 * y.d + 17 * y.d;
}
struct abi_bounds abi_bounds_of(int p)
{
    return (struct abi_bounds){ p < 0 ? (unsigned long)-p : 0, p - 5, p + 5 };
}

/* unsigned char / bool results and arguments. */
unsigned char abi_byte_mix(unsigned char a, unsigned char b) { return (unsigned char)(a * 7 + b); }

/* long double: 128-bit IEEE on arm64, 80-bit x87 on x86-64. */
long double abi_ld_muladd(long double a, int n, long double b) { return a * n + b; }
long double abi_ld_div(long double a, long double b) { return a / b; }
/* Nine: the ninth on the stack. */
long double abi_ld_sum9(long double a, long double b, long double c, long double d, long double e,
                        long double f, long double g, long double h, long double i)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
}

/* Structs holding callbacks: an allocator, as liblzma's and zstd's are. */
static long use_alloc(const struct abi_alloc *a, unsigned long n)
{
    unsigned char *p = a->alloc(a->opaque, n);
    if (!p)
        return -1;
    long sum = 0;
    for (unsigned long i = 0; i < n; i++)
        sum += p[i] = (unsigned char)(i * 13);
    a->release(a->opaque, p);
    return sum;
}
/* Through a pointer to a const struct (the host gets a copy). */
long abi_alloc_ptr(const struct abi_alloc *a, unsigned long n) { return use_alloc(a, n); }
/* By value (24 bytes: by reference on arm64, in memory on x86-64). */
long abi_alloc_byval(struct abi_alloc a, unsigned long n) { return use_alloc(&a, n); }
/* As a pointer field of a struct the library writes (lzma_stream's). */
long abi_stream_run(struct abi_stream *s, unsigned long n)
{
    s->total += use_alloc(s->alloc, n);
    return s->total;
}

/* errno: the library's errno must be the caller's. */
#include <errno.h>
int abi_fail_with(int e)
{
    errno = e;
    return -1;
}
/* Returns errno as the library sees it, untouched. */
int abi_errno_seen(void) { return errno; }
/* errno as the library sees it after a callback that may set it. */
int abi_errno_after(void (*fn)(void))
{
    errno = 0;
    fn();
    return errno;
}

/* printf-style variadic arguments, and a NULL format meaning none (as
 * OpenSSL's ERR_set_error takes). */
#include <stdarg.h>
#include <stdio.h>
int abi_vformat(char *out, const char *fmt, ...)
{
    if (!fmt) {
        out[0] = '\0';
        return -1;
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, 128, fmt, ap);
    va_end(ap);
    return n;
}
