/* stdio.c - printf/snprintf/sscanf formatting and reading stdin with
 * fgets (stdio.stdin).  All output is architecture independent: the same
 * glibc code formats on x86-64 and arm64, so this is checked natively too. */
/* Truncation is what these calls test. */
#pragma GCC diagnostic ignored "-Wformat-truncation"

#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void ints(void)
{
    printf("[%d] [%i] [%u] [%x] [%X] [%o]\n", -42, 42, 42u, 0xbeefu, 0xbeefu, 8u);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d]\n", 42, 42, 42, 42, 42, 7, 7);
    printf("[%#x] [%#o] [%#X] [%#.0x]\n", 255u, 8u, 255u, 0u);
    printf("[%hhd] [%hhu] [%hd] [%hu]\n", (signed char)-1, (unsigned char)255, (short)-32768, (unsigned short)65535);
    printf("[%ld] [%lu] [%lld] [%llu]\n", LONG_MIN, ULONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("[%zu] [%zd] [%td] [%jd]\n", (size_t)123456789, (ssize_t)-5, (ptrdiff_t)-77, (intmax_t)INTMAX_MAX);
    printf("[%" PRId64 "] [%" PRIx64 "] [%" PRIu32 "]\n", INT64_MIN, UINT64_MAX, UINT32_MAX);
    printf("[%c%c%c] [%5c] [%-3c|]\n", 'a', 'b', 'c', 'x', 'y');
    printf("[%s] [%10s] [%-10s] [%.3s] [%*s] [%-*.*s]\n", "str", "right", "left", "truncate", 6, "star", 8, 2, "precision");
    printf("[%p] [%%] [%*d] [%-*d]\n", (void *)0, -6, 1, 4, 2);
    int n1 = 0, n2 = 0;
    printf("abc%ndefgh%n\n", &n1, &n2);
    printf("%%n: %d %d\n", n1, n2);
    printf("[%2$s %1$s] [%3$*4$d]\n", "world", "hello", 9, 5);
}

static void doubles(void)
{
    const double v[] = { 0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 123456.789,
                         1e-300, 5e-324, DBL_MAX, DBL_MIN, 1e21, 1e22, 0.5, 1.5, 2.5,
                         0.125, 0.375, 9.995, 1234567890123456789.0, M_PI, -M_E };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        printf("%%f=%f %%.2f=%.2f %%e=%e %%.3E=%.3E %%g=%g %%.10g=%.10g %%a=%a %%.17g=%.17g\n",
               v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    printf("[%.0f] [%.0f] [%.0f] [%.0f] [%.1f] [%.1f]\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.25);
    printf("[%10.3f] [%-10.3f] [%+.2e] [%010.2f] [%#.0f] [%#g] [% .3g]\n",
           3.14159, 3.14159, 12345.678, -3.5, 3.0, 1.5, 2.0);
    printf("[%f] [%F] [%e] [%g] [%a]\n", INFINITY, -INFINITY, NAN, -NAN, INFINITY);
    printf("[%5.1f] [%-8e]\n", NAN, INFINITY);
    printf("[%a] [%A] [%.2a] [%a]\n", 1.0, 255.5, 1.0 / 3.0, 0x1p-1074);
    float f = 0.1f;
    printf("float [%f] [%.9g] [%a]\n", f, f, f);
}

static void snprintfs(void)
{
    char buf[16];
    int r = snprintf(buf, sizeof buf, "%s-%d-%s", "truncated", 1234567, "tail");
    printf("snprintf r=%d buf=<%s>\n", r, buf);
    r = snprintf(NULL, 0, "%0100d", 1);
    printf("snprintf(NULL,0) r=%d\n", r);
    r = snprintf(buf, 1, "abc");
    printf("snprintf size 1: r=%d buf[0]=%d\n", r, buf[0]);
    char big[600];
    r = snprintf(big, sizeof big, "%0500.3f|%s", 2.5, "end");
    printf("long r=%d len=%zu tail=<%s>\n", r, strlen(big), big + 495);
}

static void sscanfs(void)
{
    int a = 0, b = 0, n = 0;
    unsigned x = 0;
    double d = 0;
    float f = 0;
    char word[32] = "", rest[32] = "";
    long long ll = 0;
    int r = sscanf("  42 -17 0x1f 3.25e2 text", "%d %i %x %lf %31s", &a, &b, &x, &d, word);
    printf("sscanf r=%d a=%d b=%d x=%u d=%g word=<%s>\n", r, a, b, x, d, word);
    r = sscanf("key=value;more", "%31[^=]=%31[^;];%n", word, rest, &n);
    printf("scanset r=%d <%s> <%s> n=%d\n", r, word, rest, n);
    r = sscanf("0777 0x10 010", "%i %i %o", &a, &b, &x);
    printf("%%i octal/hex r=%d %d %d %u\n", r, a, b, x);
    r = sscanf("9223372036854775807 1.5", "%lld %f", &ll, &f);
    printf("lld r=%d %lld %g\n", r, ll, (double)f);
    r = sscanf("abc", "%d", &a);
    printf("mismatch r=%d\n", r);
    r = sscanf("", "%d", &a);
    printf("empty r=%d (EOF=%d)\n", r, EOF);
    r = sscanf("12:34:56", "%2d:%2d:%2d", &a, &b, &n);
    printf("time r=%d %d %d %d\n", r, a, b, n);
    r = sscanf("inf nan -0x1.8p1", "%lf %lf %lf", &d, &d, &d);
    printf("special r=%d last=%g\n", r, d);
    char c1 = 0, c2 = 0;
    r = sscanf("x y", "%c %c", &c1, &c2);
    printf("chars r=%d <%c%c>\n", r, c1, c2);
}

static void read_stdin(void)
{
    char line[16];
    int lines = 0;
    /* Lines longer than the buffer arrive in pieces. */
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        int nl = len && line[len - 1] == '\n';
        if (nl) line[len - 1] = 0;
        printf("fgets %d: len=%zu nl=%d <%s>\n", ++lines, len, nl, line);
    }
    printf("feof=%d ferror=%d\n", feof(stdin) != 0, ferror(stdin) != 0);
}

int main(void)
{
    ints();
    doubles();
    snprintfs();
    sscanfs();
    fflush(stdout);
    /* Interleave raw write(2) with stdio: ordering must survive. */
    write(1, "raw write\n", 10);
    printf("after raw write\n");
    fflush(stdout);
    read_stdin();
    fprintf(stdout, "%s\n", "done");
    return 0;
}
