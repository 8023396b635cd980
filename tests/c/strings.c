/* strings.c - glibc's optimised string and memory routines (they use
 * SIMD loads, unaligned and page-crossing tricks) against naive versions,
 * on buffers at every small alignment, right after a PROT_NONE page and
 * right before one.  Prints one summary line per function; a mismatch
 * prints the failing case. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096
static unsigned char *area;      /* [guard][PAGE*2 usable][guard] */
static unsigned char *lo, *hi;   /* usable start; usable end (guard after) */

static const size_t lens[] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    20, 23, 24, 25, 31, 32, 33, 39, 40, 47, 48, 49, 55, 56, 63, 64, 65,
    71, 72, 79, 80, 95, 96, 97, 127, 128, 129, 200, 255, 256, 257, 511,
    512, 513, 1000, 1023, 1024, 1025, 2047, 4000,
};
#define NLENS (sizeof lens / sizeof lens[0])
#define NALIGN 17

static unsigned seed = 12345;
static unsigned char rnd_byte(void)
{
    seed = seed * 1103515245u + 12345u;
    unsigned char c = (unsigned char)(seed >> 16);
    return c ? c : 1;   /* never NUL */
}

static long cases, fails;
static void fail(const char *fn, const char *fmt, size_t a, size_t b, long got, long want)
{
    fails++;
    if (fails <= 20) {
        printf("MISMATCH %s: ", fn);
        printf(fmt, a, b);
        printf(" got %ld want %ld\n", got, want);
    }
}
static void summary(const char *fn)
{
    printf("%-12s %6ld cases, %ld mismatches\n", fn, cases, fails);
    cases = fails = 0;
}
static int sign(long v) { return (v > 0) - (v < 0); }

/* Place a buffer of n bytes at the page start (+align) or page end (-align). */
static unsigned char *place(size_t n, size_t align, int at_end)
{
    return at_end ? hi - n - align : lo + align;
}

static void fill_str(unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        s[i] = rnd_byte();
    s[n] = 0;
}

static void test_strlen(void)
{
    for (size_t li = 0; li < NLENS; li++)
        for (size_t al = 0; al < NALIGN; al++)
            for (int end = 0; end < 2; end++) {
                size_t n = lens[li];
                unsigned char *s = place(n + 1, al, end);
                fill_str(s, n);
                cases++;
                size_t got = strlen((char *)s);
                if (got != n) fail("strlen", "len=%zu align=%zu", n, al, (long)got, (long)n);
                for (size_t m = 0; m <= n + 1; m += 1 + m / 3) {
                    cases++;
                    size_t want = m < n ? m : n;
                    got = strnlen((char *)s, m);
                    if (got != want) fail("strnlen", "len=%zu max=%zu", n, m, (long)got, (long)want);
                }
            }
    summary("strlen");
}

static void test_strchr(void)
{
    for (size_t li = 0; li < NLENS; li++)
        for (size_t al = 0; al < NALIGN; al++)
            for (int end = 0; end < 2; end++) {
                size_t n = lens[li];
                unsigned char *s = place(n + 1, al, end);
                fill_str(s, n);
                /* Search for: a byte placed at a few positions, NUL, absent. */
                size_t pos[] = { 0, n / 2, n ? n - 1 : 0, n };
                for (int k = 0; k < 4; k++) {
                    unsigned char saved = 0;
                    int c = 0xa5 ^ k;        /* also high-bit characters */
                    for (size_t i = 0; i < n; i++)
                        if (s[i] == c) s[i] = 0x11;
                    if (pos[k] < n) { saved = s[pos[k]]; s[pos[k]] = (unsigned char)c; }
                    const unsigned char *first = NULL, *last = NULL;
                    for (size_t i = 0; i <= n; i++)
                        if (s[i] == (unsigned char)c) { if (!first) first = s + i; last = s + i; }
                    cases++;
                    char *g = strchr((char *)s, c);
                    if ((unsigned char *)g != first)
                        fail("strchr", "len=%zu pos=%zu", n, pos[k], g ? (long)((unsigned char *)g - s) : -1, first ? (long)(first - s) : -1);
                    cases++;
                    g = strrchr((char *)s, c);
                    if ((unsigned char *)g != last)
                        fail("strrchr", "len=%zu pos=%zu", n, pos[k], g ? (long)((unsigned char *)g - s) : -1, last ? (long)(last - s) : -1);
                    cases++;
                    g = strchrnul((char *)s, c);
                    if ((unsigned char *)g != (first ? first : s + n))
                        fail("strchrnul", "len=%zu pos=%zu", n, pos[k], (long)((unsigned char *)g - s), -2);
                    /* memchr/memrchr over exactly n bytes (no NUL needed). */
                    const unsigned char *mf = first && first < s + n ? first : NULL;
                    const unsigned char *ml = last && last < s + n ? last : NULL;
                    cases++;
                    void *m = memchr(s, c, n);
                    if (m != mf) fail("memchr", "len=%zu pos=%zu", n, pos[k], m ? (long)((unsigned char *)m - s) : -1, mf ? (long)(mf - s) : -1);
                    cases++;
                    m = memrchr(s, c, n);
                    if (m != ml) fail("memrchr", "len=%zu pos=%zu", n, pos[k], m ? (long)((unsigned char *)m - s) : -1, ml ? (long)(ml - s) : -1);
                    if (pos[k] < n) {
                        cases++;
                        m = rawmemchr(s, c);
                        if (m != first) fail("rawmemchr", "len=%zu pos=%zu", n, pos[k], (long)((unsigned char *)m - s), (long)(first - s));
                        s[pos[k]] = saved;
                    }
                    /* strchr(s, 0) finds the terminator. */
                    cases++;
                    if ((unsigned char *)strchr((char *)s, 0) != s + n)
                        fail("strchr", "len=%zu nul pos=%zu", n, n, -1, (long)n);
                }
            }
    summary("strchr+mem*");
}

static void test_cmp(void)
{
    for (size_t li = 0; li < NLENS; li++)
        for (size_t al = 0; al < NALIGN; al += 3)
            for (size_t al2 = 0; al2 < 8; al2 += 5)
                for (int end = 0; end < 2; end++) {
                    size_t n = lens[li];
                    unsigned char *a = place(n + 1, al, end);
                    unsigned char *b = place(n + 1, al2, !end);
                    fill_str(a, n);
                    memcpy(b, a, n + 1);
                    /* Equal, then differ at several positions, both ways,
                     * with low and high-bit bytes. */
                    for (size_t d = 0; d <= n; d += 1 + d / 2) {
                        for (int way = 0; way < 3; way++) {
                            unsigned char sa = a[d], sb = b[d];
                            if (d < n) {
                                if (way == 1) { a[d] = 0x7f; b[d] = 0x80; }
                                if (way == 2) { a[d] = 0xff; b[d] = 0x01; }
                            }
                            long want = 0;
                            for (size_t i = 0; i < n; i++)
                                if (a[i] != b[i]) { want = sign((long)a[i] - b[i]); break; }
                            cases++;
                            long got = sign(memcmp(a, b, n));
                            if (got != want) fail("memcmp", "len=%zu diff=%zu", n, d, got, want);
                            cases++;
                            got = sign(strcmp((char *)a, (char *)b));
                            if (got != want) fail("strcmp", "len=%zu diff=%zu", n, d, got, want);
                            cases++;
                            got = sign(strncmp((char *)a, (char *)b, d));
                            if (got != 0) fail("strncmp", "len=%zu n=%zu", n, d, got, 0);
                            cases++;
                            got = sign(strncmp((char *)a, (char *)b, d + 1));
                            long w2 = d < n ? sign((long)a[d] - b[d]) : 0;
                            if (got != w2) fail("strncmp", "len=%zu n=%zu+1", n, d, got, w2);
                            cases++;
                            got = sign(bcmp(a, b, n));
                            if ((got != 0) != (want != 0)) fail("bcmp", "len=%zu diff=%zu", n, d, got, want);
                            a[d] = sa; b[d] = sb;
                            if (d >= n) break;
                        }
                    }
                    /* Shorter string compares below a longer one. */
                    if (n > 0) {
                        b[n - 1] = 0;
                        cases++;
                        long got = sign(strcmp((char *)a, (char *)b));
                        if (got != 1) fail("strcmp", "len=%zu prefix %zu", n, n - 1, got, 1);
                        b[n - 1] = a[n - 1];
                    }
                }
    summary("cmp");
}

static void test_copy(void)
{
    static unsigned char ref[2 * PAGE];
    for (size_t li = 0; li < NLENS; li++)
        for (size_t sal = 0; sal < NALIGN; sal += 2)
            for (size_t dal = 0; dal < NALIGN; dal += 3) {
                size_t n = lens[li];
                if (n > 2000) continue;
                unsigned char *src = place(n, sal, 1);
                unsigned char *dst = place(n + 64, dal, 0);
                for (size_t i = 0; i < n; i++) src[i] = rnd_byte();
                memset(dst, 0xcc, n + 64);
                cases++;
                void *r = memcpy(dst + 32, src, n);
                int bad = r != dst + 32 || memcmp(dst + 32, src, n) != 0;
                for (size_t i = 0; i < 32; i++)
                    bad |= dst[i] != 0xcc || dst[32 + n + i] != 0xcc;
                if (bad) fail("memcpy", "len=%zu salign=%zu", n, sal, 0, 1);
                /* memset with a few values */
                cases++;
                r = memset(dst + 32, (int)(n & 0xff), n);
                bad = r != dst + 32;
                for (size_t i = 0; i < n; i++) bad |= dst[32 + i] != (n & 0xff);
                for (size_t i = 0; i < 32; i++)
                    bad |= dst[i] != 0xcc || dst[32 + n + i] != 0xcc;
                if (bad) fail("memset", "len=%zu dalign=%zu", n, dal, 0, 1);
                /* strcpy/stpcpy */
                unsigned char *s = place(n + 1, sal, 1);
                fill_str(s, n);
                memset(dst, 0xcc, n + 64);
                cases++;
                char *e = stpcpy((char *)dst + 32, (char *)s);
                bad = e != (char *)dst + 32 + n || memcmp(dst + 32, s, n + 1) != 0 || dst[31] != 0xcc || dst[33 + n] != 0xcc;
                if (bad) fail("stpcpy", "len=%zu salign=%zu", n, sal, 0, 1);
                cases++;
                memset(dst, 0xcc, n + 64);
                e = strcpy((char *)dst + 32, (char *)s);
                bad = e != (char *)dst + 32 || memcmp(dst + 32, s, n + 1) != 0 || dst[33 + n] != 0xcc;
                if (bad) fail("strcpy", "len=%zu salign=%zu", n, sal, 0, 1);
                cases++;
                memset(dst, 0xcc, n + 64);
                strncpy((char *)dst + 32, (char *)s, n + 8);   /* pads with NULs */
                bad = memcmp(dst + 32, s, n) != 0 || dst[40 + n] != 0xcc;
                for (size_t i = n; i < n + 8; i++) bad |= dst[32 + i] != 0;
                if (bad) fail("strncpy", "len=%zu salign=%zu", n, sal, 0, 1);
            }
    summary("copy+set");

    /* memmove: overlapping both ways, all small distances. */
    for (size_t li = 0; li < NLENS; li++) {
        size_t n = lens[li];
        if (n > 1100) continue;
        for (long dist = -40; dist <= 40; dist += (dist > -3 && dist < 3) ? 1 : 7) {
            unsigned char *base = lo + 100;
            for (size_t i = 0; i < n + 200; i++) base[i] = (unsigned char)(i * 7 + n);
            memcpy(ref, base, n + 200);
            unsigned char *src = base + 60, *dst = base + 60 + dist;
            /* reference: via a temporary copy */
            unsigned char tmp[4096];
            memcpy(tmp, ref + 60, n);
            memcpy(ref + 60 + dist, tmp, n);
            cases++;
            void *r = memmove(dst, src, n);
            if (r != dst || memcmp(base, ref, n + 200) != 0)
                fail("memmove", "len=%zu dist=%zu", n, (size_t)dist, 0, 1);
        }
    }
    summary("memmove");
}

static void test_misc(void)
{
    /* strstr/memmem: needle at the very end of the usable area. */
    static const char *needles[] = { "a", "ab", "abc", "aab", "abab", "xyzzy", "aaaaaaaaab",
                                     "needle-in-a-haystack-longer-than-sixteen" };
    for (size_t ni = 0; ni < sizeof needles / sizeof needles[0]; ni++)
        for (size_t li = 0; li < NLENS; li++)
            for (int end = 0; end < 2; end++) {
                const char *nd = needles[ni];
                size_t nl = strlen(nd), n = lens[li];
                unsigned char *s = place(n + 1, 3, end);
                for (size_t i = 0; i < n; i++) s[i] = "aab"[i % 3];
                s[n] = 0;
                long want = -1;
                if (n >= nl) {
                    memcpy(s + n - nl, nd, nl);
                    for (size_t i = 0; i + nl <= n; i++)
                        if (memcmp(s + i, nd, nl) == 0) { want = (long)i; break; }
                }
                cases++;
                char *g = strstr((char *)s, nd);
                long got = g ? (long)(g - (char *)s) : -1;
                if (got != want) fail("strstr", "len=%zu needle=%zu", n, ni, got, want);
                cases++;
                g = memmem(s, n, nd, nl);
                got = g ? (long)(g - (char *)s) : -1;
                if (got != want) fail("memmem", "len=%zu needle=%zu", n, ni, got, want);
            }
    summary("strstr");

    for (size_t li = 0; li < NLENS; li++) {
        size_t n = lens[li];
        unsigned char *s = place(n + 1, 5, 1);
        for (size_t i = 0; i < n; i++) s[i] = "abcabc"[i % 6];
        s[n] = 0;
        if (n > 4) s[n - 3] = 'z';
        size_t want = n > 4 ? n - 3 : n;
        cases++;
        if (strspn((char *)s, "abc") != want) fail("strspn", "len=%zu %zu", n, 0, (long)strspn((char *)s, "abc"), (long)want);
        cases++;
        if (strcspn((char *)s, "xyz") != want) fail("strcspn", "len=%zu %zu", n, 0, (long)strcspn((char *)s, "xyz"), (long)want);
        cases++;
        char *p = strpbrk((char *)s, "zq");
        if ((p ? (size_t)(p - (char *)s) : n) != want) fail("strpbrk", "len=%zu %zu", n, 0, 0, (long)want);
    }
    summary("spn");

    /* Case-insensitive and concatenation, small readable results. */
    printf("strcasecmp(\"Hello\",\"hELLO\")=%d\n", sign(strcasecmp("Hello", "hELLO")));
    printf("strncasecmp(\"abcD\",\"ABCe\",4)=%d\n", sign(strncasecmp("abcD", "ABCe", 4)));
    char buf[64] = "ferry";
    strcat(buf, " runs");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
    strncat(buf, " arm64 programs", 6);
#pragma GCC diagnostic pop
    printf("strcat: <%s> len %zu\n", buf, strlen(buf));
    char *d = strdup(buf);
    char *save, *tok = strtok_r(d, " ", &save);
    while (tok) {
        printf("token <%s>\n", tok);
        tok = strtok_r(NULL, " ", &save);
    }
    free(d);
    char *nd = strndup("truncate me", 8);
    printf("strndup <%s>\n", nd);
    free(nd);
}

int main(void)
{
    area = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED) { perror("mmap"); return 1; }
    if (mprotect(area, PAGE, PROT_NONE) || mprotect(area + 3 * PAGE, PAGE, PROT_NONE)) {
        perror("mprotect");
        return 1;
    }
    lo = area + PAGE;
    hi = area + 3 * PAGE;
    test_strlen();
    test_strchr();
    test_cmp();
    test_copy();
    test_misc();
    return 0;
}
