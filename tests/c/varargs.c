/* varargs.c - variadic functions: more arguments than argument
 * registers (AAPCS64 has 8 general + 8 FP), mixed int/double/long double
 * avoided (its size differs between x86-64 and arm64), va_copy, struct
 * arguments and vprintf. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

static long sum_ints(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s = s * 3 + va_arg(ap, int);
    va_end(ap);
    return s;
}

static double sum_mixed(const char *fmt, ...)
{
    va_list ap, copy;
    double s = 0;
    va_start(ap, fmt);
    va_copy(copy, ap);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'l': s += (double)va_arg(ap, long long); break;
        case 'd': s += va_arg(ap, double); break;
        case 'c': s += (char)va_arg(ap, int); break;
        case 'p': s += *va_arg(ap, int *); break;
        }
        s *= 1.5;
    }
    /* Walk the copy again: same values. */
    double t = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': t += va_arg(copy, int); break;
        case 'l': t += (double)va_arg(copy, long long); break;
        case 'd': t += va_arg(copy, double); break;
        case 'c': t += (char)va_arg(copy, int); break;
        case 'p': t += *va_arg(copy, int *); break;
        }
        t *= 1.5;
    }
    va_end(copy);
    va_end(ap);
    if (s != t)
        printf("va_copy mismatch\n");
    return s;
}

struct small { int a, b; };
struct big { long v[5]; };
struct hfa { double x, y, z; };

static void structs(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    struct small s = va_arg(ap, struct small);
    struct big b = va_arg(ap, struct big);
    struct hfa h = va_arg(ap, struct hfa);
    int tail = va_arg(ap, int);
    va_end(ap);
    printf("structs: small {%d,%d} big {%ld..%ld} hfa {%g,%g,%g} tail %d\n",
           s.a, s.b, b.v[0], b.v[4], h.x, h.y, h.z, tail);
}

static void my_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("[my_printf] ");
    vprintf(fmt, ap);
    va_end(ap);
}

/* Non-variadic function with many mixed arguments (stack passing). */
static double many(int a, double b, long c, float d, int e, double f, int g, double h,
                   int i, double j, long k, float l, int m, double n2, int o, double p,
                   int q, double r, char s, short t)
{
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n2 + o + p + q + r + s + t;
}

int main(void)
{
    printf("sum_ints(3) = %ld\n", sum_ints(3, 1, 2, 3));
    printf("sum_ints(12) = %ld\n", sum_ints(12, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12));
    printf("sum_ints(20) = %ld\n", sum_ints(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
    int seven = 7;
    printf("sum_mixed = %.6f\n",
           sum_mixed("idldcidddddddddiiiiiiiiip", 1, 2.5, 3LL << 40, 4.25, 'x', -6, 7.0, 8.0, 9.0,
                     10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16, 17, 18, 19, 20, 21, 22, 23, 24, &seven));
    struct small s = { 3, 4 };
    struct big b = { { 10, 20, 30, 40, 50 } };
    struct hfa h = { 1.5, 2.5, 3.5 };
    structs(0, s, b, h, 99);
    my_printf("%d %s %.2f %c %lld %x\n", 42, "str", 3.14159, 'z', -1LL, 0xabcu);
    my_printf("%d %d %d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n",
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    printf("many = %.4f\n", many(1, 2.5, 3, 4.5f, 5, 6.5, 7, 8.5, 9, 10.5, 11, 12.5f, 13, 14.5,
                                 15, 16.5, 17, 18.5, 'A', -20));
    return 0;
}
