/* strconv.c - number parsing and formatting: strtol/strtoul/strtoll
 * with bases, overflow (ERANGE), end pointers; strtod/strtof with
 * decimal, hex, inf/nan, subnormals, rounding of long inputs; atoi. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *en(int e) { return e == 0 ? "0" : e == ERANGE ? "ERANGE" : e == EINVAL ? "EINVAL" : "other"; }

static void t_long(const char *s, int base)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    int e = errno;
    printf("strtol(\"%s\", %d) = %ld errno=%s rest=\"%s\"\n", s, base, v, en(e), end);
}
static void t_ulong(const char *s, int base)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, base);
    int e = errno;
    printf("strtoul(\"%s\", %d) = %lu errno=%s rest=\"%s\"\n", s, base, v, en(e), end);
}
static void t_double(const char *s)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    int e = errno;
    printf("strtod(\"%s\") = %.17g %a errno=%s used=%d\n", s, v, v, en(e), (int)(end - s));
}
static void t_float(const char *s)
{
    char *end;
    errno = 0;
    float v = strtof(s, &end);
    int e = errno;
    printf("strtof(\"%s\") = %.9g %a errno=%s used=%d\n", s, (double)v, (double)v, en(e), (int)(end - s));
}

int main(void)
{
    const char *ls[] = { "0", "42", "-42", "  +17xyz", "0x1F", "0X1f", "077", "08", "z", "",
                         "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                         "-9223372036854775809", "99999999999999999999999", "  -0", "1e5" };
    for (size_t i = 0; i < sizeof ls / sizeof ls[0]; i++) {
        t_long(ls[i], 10);
        t_long(ls[i], 0);
    }
    t_long("zz", 36);
    t_long("ZZ", 36);
    t_long("1010", 2);
    t_long("777", 8);
    t_long("ffffffff", 16);
    t_long("0x", 16);
    t_long("12", 1);            /* invalid base */
    t_ulong("18446744073709551615", 10);
    t_ulong("18446744073709551616", 10);
    t_ulong("-1", 10);
    t_ulong("0xffffffffffffffff", 0);
    char *end;
    errno = 0;
    long long ll = strtoll("-123456789012345", &end, 10);
    printf("strtoll = %lld\n", ll);
    unsigned long long ull = strtoull("123456789abcdef0", &end, 16);
    printf("strtoull = %llx\n", ull);
    intmax_t im = strtoimax("-77", &end, 0);
    printf("strtoimax = %jd\n", im);
    printf("atoi(\" 123abc\")=%d atol(\"-9\")=%ld atoll(\"1234567890123\")=%lld\n", atoi(" 123abc"), atol("-9"),
           atoll("1234567890123"));

    const char *ds[] = { "0", "-0", "1", "1.5", "0.1", "3.14159265358979323846264338327950288",
                         "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309",
                         "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
                         "2.4703282292062328e-324", "1e-400", "0x1p-1074", "0x1.fffffffffffffp1023",
                         "0x1.8p1", "0X.8P2", "inf", "-Infinity", "nan", "NAN(123)", "  +2.5e+3xyz",
                         "1e", "e5", ".5", "5.", "-.e1", "123456789012345678901234567890",
                         "9007199254740993", "9007199254740993.0000000000000000001", "1.00000000000000011102230246251565404236316680908203125",
                         "1.00000000000000011102230246251565404236316680908203126", "0.000001", "1e-7" };
    for (size_t i = 0; i < sizeof ds / sizeof ds[0]; i++)
        t_double(ds[i]);
    const char *fs[] = { "0.1", "3.4028235e38", "3.4028236e38", "1e39", "1.1754944e-38", "1e-46", "0x1p-149", "16777217" };
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
        t_float(fs[i]);
    printf("atof(\"2.75\")=%g\n", atof("2.75"));

    /* Round trips: %.17g then strtod gives the same bits. */
    unsigned long long seed = 1;
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        seed = seed * 6364136223846793005ull + 1;
        double d;
        unsigned long long bits = seed;
        memcpy(&d, &bits, sizeof d);
        if (isnan(d) || isinf(d)) continue;
        char buf[64];
        snprintf(buf, sizeof buf, "%.17g", d);
        double back = strtod(buf, NULL);
        bad += memcmp(&back, &d, sizeof d) != 0;
        snprintf(buf, sizeof buf, "%a", d);
        back = strtod(buf, NULL);
        bad += memcmp(&back, &d, sizeof d) != 0;
    }
    printf("round trip failures: %d\n", bad);
    return 0;
}
