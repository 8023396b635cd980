/* fpnan.c - AArch64-specific floating point results the emulator must
 * reproduce exactly although x86-64 differs: the default NaN (positive,
 * 0x7ff8...), NaN payload propagation and quieting, and saturating
 * float-to-integer conversions (FCVTZS/FCVTZU; out-of-range casts are
 * undefined in C, so these go through inline assembly).
 * ferry-test: arch-specific */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t db(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fb(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static double bd(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static float bf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

static int64_t fcvtzs_x(double d) { int64_t r; __asm__ volatile("fcvtzs %0, %d1" : "=r"(r) : "w"(d)); return r; }
static int32_t fcvtzs_w(double d) { int32_t r; __asm__ volatile("fcvtzs %w0, %d1" : "=r"(r) : "w"(d)); return r; }
static uint64_t fcvtzu_x(double d) { uint64_t r; __asm__ volatile("fcvtzu %0, %d1" : "=r"(r) : "w"(d)); return r; }
static uint32_t fcvtzu_w(double d) { uint32_t r; __asm__ volatile("fcvtzu %w0, %d1" : "=r"(r) : "w"(d)); return r; }
static int32_t fcvtzs_ws(float f) { int32_t r; __asm__ volatile("fcvtzs %w0, %s1" : "=r"(r) : "w"(f)); return r; }

int main(void)
{
    volatile double zero = 0.0, one = 1.0, inf = INFINITY, neg = -1.0;
    printf("inf-inf   %016llx\n", (unsigned long long)db(inf - inf));
    printf("0*inf     %016llx\n", (unsigned long long)db(zero * inf));
    printf("0/0       %016llx\n", (unsigned long long)db(zero / zero));
    printf("sqrt(-1)  %016llx\n", (unsigned long long)db(sqrt(neg)));
    volatile float fz = 0.0f, finf = INFINITY;
    printf("float 0/0 %08x inf-inf %08x\n", fb(fz / fz), fb(finf - finf));

    volatile double qa = bd(0xfff8000000000123ull), qb = bd(0x7ff8000000000456ull);
    volatile double sa = bd(0x7ff0000000000789ull);   /* signalling */
    printf("qnan(-,123)+1      %016llx\n", (unsigned long long)db(qa + one));
    printf("1*qnan(+,456)      %016llx\n", (unsigned long long)db(one * qb));
    printf("qnan123+qnan456    %016llx\n", (unsigned long long)db(qa + qb));
    printf("qnan456+qnan123    %016llx\n", (unsigned long long)db(qb + qa));
    printf("snan789+1          %016llx\n", (unsigned long long)db(sa + one));
    printf("qnan123+snan789    %016llx\n", (unsigned long long)db(qa + sa));
    printf("-qnan123 (fneg)    %016llx\n", (unsigned long long)db(-qa));
    printf("fabs(qnan123)      %016llx\n", (unsigned long long)db(fabs(qa)));
    printf("(float)qnan123     %08x\n", fb((float)qa));
    volatile float fq = bf(0x7fc01234u), fs = bf(0x7f801234u);
    printf("(double)fqnan      %016llx\n", (unsigned long long)db((double)fq));
    printf("(double)fsnan      %016llx\n", (unsigned long long)db((double)fs));
    printf("fmin(qnan,1)=%g fmax(1,qnan)=%g\n", fmin(qb, one), fmax(one, qb));
    printf("fma(qnan,1,1)      %016llx\n", (unsigned long long)db(fma(qb, one, one)));

    static const double conv[] = { 1e10, -1e10, 1e30, -1e30, 4294967296.0, -1.0, -0.9, 0.9, 2147483647.9,
                                   -2147483648.9, 9.3e18, 1.9e19, INFINITY, -INFINITY, NAN };
    for (size_t i = 0; i < sizeof conv / sizeof conv[0]; i++) {
        double d = conv[i];
        printf("%-14g fcvtzs x=%016llx w=%08x fcvtzu x=%016llx w=%08x\n", d, (unsigned long long)fcvtzs_x(d),
               (unsigned)fcvtzs_w(d), (unsigned long long)fcvtzu_x(d), (unsigned)fcvtzu_w(d));
    }
    printf("float 3e9 fcvtzs w=%08x, float nan w=%08x\n", (unsigned)fcvtzs_ws(3e9f), (unsigned)fcvtzs_ws(NAN));
    /* Subnormals are not flushed (FPCR.FZ is 0 on Linux). */
    volatile double tiny = 4.9406564584124654e-324;
    printf("subnormal*1 %016llx, subnormal+subnormal %016llx\n", (unsigned long long)db(tiny * one),
           (unsigned long long)db(tiny + tiny));
    return 0;
}
