/* mathops.c - double and float arithmetic and libm basics: exactly
 * rounded operations (+ - * / sqrt fma), rounding functions, conversions
 * to and from integers, comparisons with NaN, rounding modes via
 * fesetround, floating point exceptions, and a few transcendental
 * functions printed with limited precision (their last bit may legally
 * differ between libm implementations). */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* NaN sign and payload differ between x86-64 and arm64 (fpnan.c covers
 * them), so the portable hash treats every NaN alike. */
static uint64_t bits(double d) { uint64_t u; if (isnan(d)) return 0x7ff8; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; if (isnan(f)) return 0x7fc0; memcpy(&u, &f, 4); return u; }

static volatile double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 0.1, 1e-310,
                                  1e300, 123456789.987654321, 4503599627370495.5, 9007199254740993.0, DBL_MAX, DBL_MIN };
#define NV (sizeof vals / sizeof vals[0])

static void rounding(void)
{
    for (size_t i = 0; i < NV; i++) {
        double v = vals[i];
        printf("%-24.17g floor=%.17g ceil=%.17g trunc=%.17g round=%.17g rint=%.17g nearbyint=%.17g\n", v, floor(v),
               ceil(v), trunc(v), round(v), rint(v), nearbyint(v));
    }
    printf("lround(2.5)=%ld lround(-2.5)=%ld lrint(2.5)=%ld lrint(3.5)=%ld llround(-0.5)=%lld\n", lround(2.5),
           lround(-2.5), lrint(2.5), lrint(3.5), llround(-0.5));
    printf("modf(3.75): ");
    double ip, fp = modf(-3.75, &ip);
    printf("int=%g frac=%g\n", ip, fp);
    printf("fmod(7.5,2)=%g remainder(7.5,2)=%g fmod(-7.5,2)=%g\n", fmod(7.5, 2), remainder(7.5, 2), fmod(-7.5, 2));
    int e;
    double m = frexp(48.0, &e);
    printf("frexp(48)=%g*2^%d ldexp(0.75,6)=%g scalbn(1,-1074)=%a logb(1000)=%g ilogb(1000)=%d\n", m, e,
           ldexp(0.75, 6), scalbn(1, -1074), logb(1000), ilogb(1000));
    printf("copysign(3,-0.0)=%g fabs(-0.0)=%g signbit(-0.0)=%d fmin(nan,1)=%g fmax(-0.0,0.0)=%g\n", copysign(3, -0.0),
           fabs(-0.0), signbit(-0.0) != 0, fmin(NAN, 1), fmax(-0.0, 0.0));
    printf("nextafter(1,2)=%a nextafter(0,-1)=%a hypot(3,4)=%g cbrt(27)=%g\n", nextafter(1, 2), nextafter(0, -1),
           hypot(3, 4), cbrt(27));
}

static void arithmetic(void)
{
    uint64_t h = 0;
    for (size_t i = 0; i < NV; i++)
        for (size_t j = 0; j < NV; j++) {
            double a = vals[i], b = vals[j];
            h = h * 31 + bits(a + b);
            h = h * 31 + bits(a - b);
            h = h * 31 + bits(a * b);
            if (b != 0) h = h * 31 + bits(a / b);
            h = h * 31 + bits(fma(a, b, 0.5));
            h = h * 31 + (uint64_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | isless(a, b) << 3);
            float fa = (float)a, fb = (float)b;
            h = h * 31 + fbits(fa + fb) + fbits(fa * fb);
        }
    printf("arith hash %016llx\n", (unsigned long long)h);
    for (size_t i = 0; i < NV; i++)
        printf("sqrt(%.17g)=%.17g sqrtf=%.9g\n", vals[i], sqrt(fabs(vals[i])), (double)sqrtf((float)fabs(vals[i])));
    printf("sqrt(-1) is nan: %d\n", isnan(sqrt(-1.0)));
    volatile double third = 1.0 / 3.0;
    printf("1/3*3 == 1: %d, 0.1+0.2 == 0.3: %d, 0.1+0.2 = %.17g\n", third * 3 == 1.0, 0.1 + 0.2 == 0.3,
           (volatile double)0.1 + 0.2);
    printf("fma(0.1,10,-1)=%a vs 0.1*10-1=%a\n", fma(0.1, 10, -1), (volatile double)0.1 * 10 - 1);
    volatile double nan = NAN, inf = INFINITY, zero = 0.0;
    printf("nan==nan %d nan!=nan %d nan<1 %d isunordered %d\n", nan == nan, nan != nan, nan < 1, isunordered(nan, 1.0));
    printf("inf-inf nan %d, 0*inf nan %d, 1/0=%g, -1/0=%g, isinf %d, isfinite(DBL_MAX) %d\n", isnan(inf - inf),
           isnan(zero * inf), 1 / zero, -1 / zero, isinf(inf), isfinite(DBL_MAX));
    printf("fpclassify: zero=%d subnormal=%d normal=%d inf=%d nan=%d\n", fpclassify(0.0) == FP_ZERO,
           fpclassify(1e-310) == FP_SUBNORMAL, fpclassify(1.0) == FP_NORMAL, fpclassify(inf) == FP_INFINITE,
           fpclassify(nan) == FP_NAN);
}

static void conversions(void)
{
    volatile double d[] = { 0.9, -0.9, 2147483647.0, -2147483648.0, 4294967295.0, 1e18, -1e18, 9.2e18, 123.456 };
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        double v = d[i];
        printf("%.17g -> (long)%ld", v, (long)v);
        if (v > -2147483649.0 && v < 2147483648.0) printf(" (int)%d", (int)v);
        if (v >= 0 && v < 4294967296.0) printf(" (unsigned)%u", (unsigned)v);
        if (v >= 0) printf(" (uint64)%llu", (unsigned long long)v);
        printf(" (float)%.9g\n", (double)(float)v);
    }
    volatile int64_t big[] = { 9007199254740993LL, -9007199254740993LL, INT64_MAX, INT64_MIN, 16777217 };
    for (size_t i = 0; i < 5; i++)
        printf("(double)%lld=%.17g (float)=%.9g\n", (long long)big[i], (double)big[i], (double)(float)big[i]);
    volatile uint64_t ub = UINT64_MAX;
    printf("(double)UINT64_MAX=%.17g (float)=%.9g\n", (double)ub, (double)(float)ub);
    volatile float f = 16777217.0f, g = 0.1f;
    printf("float 16777217 -> %.9g, (double)0.1f=%.17g, float->double->float same: %d\n", (double)f, (double)g,
           (float)(double)g == g);
}

static void modes(void)
{
    static const struct { int mode; const char *name; } m[] = {
        { FE_TONEAREST, "nearest" }, { FE_UPWARD, "upward" }, { FE_DOWNWARD, "downward" }, { FE_TOWARDZERO, "towardzero" }
    };
    volatile double one = 1.0, three = 3.0, neg = -1.0, x = 2.5;
    for (int i = 0; i < 4; i++) {
        fesetround(m[i].mode);
        double q = one / three, nq = neg / three, s = sqrt(2.0 * one);
        float fq = (float)one / (float)three;
        printf("%-10s getround ok=%d 1/3=%a -1/3=%a sqrt2=%a 1f/3f=%a rint(2.5)=%g nearbyint(-2.5)=%g lrint(-2.5)=%ld\n",
               m[i].name, fegetround() == m[i].mode, q, nq, s, (double)fq, rint(x), nearbyint(-x), lrint(-x));
    }
    fesetround(FE_TONEAREST);

    volatile double z = 0.0, r, big = DBL_MAX, small = DBL_MIN, two = 2.0;
    feclearexcept(FE_ALL_EXCEPT);
    r = one / z;
    printf("1/0: DIVBYZERO=%d INVALID=%d (r=%g)\n", fetestexcept(FE_DIVBYZERO) != 0, fetestexcept(FE_INVALID) != 0, r);
    feclearexcept(FE_ALL_EXCEPT);
    r = z / z;
    printf("0/0: INVALID=%d\n", fetestexcept(FE_INVALID) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = one / three;
    printf("1/3: INEXACT=%d\n", fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = big * two;
    printf("DBL_MAX*2: OVERFLOW=%d INEXACT=%d\n", fetestexcept(FE_OVERFLOW) != 0, fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = small / three;
    printf("DBL_MIN/3: UNDERFLOW=%d INEXACT=%d\n", fetestexcept(FE_UNDERFLOW) != 0, fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = small / two;
    printf("DBL_MIN/2 (exact subnormal): UNDERFLOW=%d INEXACT=%d\n", fetestexcept(FE_UNDERFLOW) != 0, fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = one + one;
    printf("1+1: any=%d\n", fetestexcept(FE_ALL_EXCEPT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = sqrt(-one);
    printf("sqrt(-1): INVALID=%d\n", fetestexcept(FE_INVALID) != 0);
    feraiseexcept(FE_OVERFLOW);
    printf("feraiseexcept(OVERFLOW): OVERFLOW=%d\n", fetestexcept(FE_OVERFLOW) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    (void)r;
}

static void transcendental(void)
{
    static const double xs[] = { 0.0, 0.5, 1.0, 2.0, 10.0, -3.25, 100.0 };
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        printf("x=%g exp=%.12g log|x|+1=%.12g sin=%.12g cos=%.12g tan=%.12g atan=%.12g pow(x,1.5)=%.12g\n", x, exp(x),
               log(fabs(x) + 1), sin(x), cos(x), tan(x), atan(x), pow(fabs(x), 1.5));
    }
    printf("atan2(1,-1)=%.12g asin(0.5)=%.12g acos(-1)=%.12g sinh(1)=%.12g tanh(0.5)=%.12g log10(1000)=%.12g log2(1024)=%.12g exp2(10)=%.12g expm1(1e-10)=%.12g log1p(1e-10)=%.12g\n",
           atan2(1, -1), asin(0.5), acos(-1), sinh(1), tanh(0.5), log10(1000), log2(1024), exp2(10), expm1(1e-10),
           log1p(1e-10));
    printf("pow(2,0.5)=%.15g pow(-8,1.0/3) nan=%d pow(0,-1)=%g tgamma(5)=%.12g lgamma(10)=%.12g erf(0.5)=%.12g\n",
           pow(2, 0.5), isnan(pow(-8, 1.0 / 3)), pow(0, -1), tgamma(5), lgamma(10), erf(0.5));
    float fx = 0.75f;
    printf("sinf=%.6g expf=%.6g logf=%.6g powf=%.6g\n", (double)sinf(fx), (double)expf(fx), (double)logf(fx),
           (double)powf(fx, 2.5f));
}

int main(void)
{
    rounding();
    arithmetic();
    conversions();
    modes();
    transcendental();
    return 0;
}
