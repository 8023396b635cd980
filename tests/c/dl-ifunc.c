/* dl-ifunc.c - IFUNC (STT_GNU_IFUNC) symbols resolved by the dynamic
 * linker: in a library linked at startup (lib/libifunc.c) and in the main
 * program itself (an R_AARCH64_IRELATIVE relocation), with resolvers that
 * choose by AT_HWCAP; and glibc's own IFUNC'ed string functions, which
 * choose by the CPU (MIDR, HWCAP): which of those was chosen differs
 * between qemu and ferry, so only their results are checked.
 * ferry-test: dynamic-only (it links against a shared library)
 * ferry-test: arch-specific (arm64 resolver arguments and HWCAP bits) */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ifunc.h>

extern uint64_t ifunc_seen_hwcap, ifunc_seen_hwcap2;
extern int ifunc_seen_arg, ifunc_resolver_calls, ifunc_add_is_lse;
const char *ifunc_variant(void);
long ifunc_add(long *p, long v);
void *ifunc_variant_address(void);

static const char *yesno(int c) { return c ? "yes" : "no"; }

/* An IFUNC in the main program. */
static uint64_t main_seen_hwcap;
static int main_seen_arg;
static int twice_shift(int x) { return x << 1; }
static int twice_add(int x) { return x + x; }
static int (*resolve_twice(uint64_t hwcap, const __ifunc_arg_t *arg))(int)
{
    main_seen_arg = (hwcap & _IFUNC_ARG_HWCAP) != 0 && arg && arg->_size >= sizeof *arg;
    main_seen_hwcap = hwcap & ~_IFUNC_ARG_HWCAP;
    return (hwcap & (1UL << 1)) ? twice_shift : twice_add;
}
int twice(int x) __attribute__((ifunc("resolve_twice")));

/* Reference implementations for glibc's string functions. */
static int ref_memcmp(const unsigned char *a, const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

static int sign(int x) { return (x > 0) - (x < 0); }

static unsigned char src[1024], dst[1024], ref[1024];

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        p[i] = (unsigned char)(seed >> 16) | 1; /* never NUL */
    }
}

int main(void)
{
    uint64_t hwcap = getauxval(AT_HWCAP), hwcap2 = getauxval(AT_HWCAP2);
    const char *v = ifunc_variant(); /* resolves lazily, if it has not yet */
    long cell = 40;
    long sum = ifunc_add(&cell, 2);
    printf("library resolvers ran: %s\n", yesno(ifunc_resolver_calls >= 2));
    printf("library resolver got _IFUNC_ARG_HWCAP and __ifunc_arg_t: %s\n",
           yesno(ifunc_seen_arg));
    printf("library resolver's hwcap is AT_HWCAP: %s, hwcap2 is AT_HWCAP2: %s\n",
           yesno(ifunc_seen_hwcap == hwcap), yesno(ifunc_seen_hwcap2 == hwcap2));
    printf("ifunc_variant() = %s\n", v);
    printf("ifunc_add: %ld, cell=%ld, LSE chosen iff HWCAP_ATOMICS: %s\n", sum, cell,
           yesno(ifunc_add_is_lse == ((hwcap & (1UL << 8)) != 0)));
    for (int i = 0; i < 1000; i++)
        ifunc_add(&cell, i);
    printf("1000 more adds: cell=%ld\n", cell);
    printf("the function's address is the same in the program and the library: %s\n",
           yesno((void *)ifunc_variant == ifunc_variant_address()));

    printf("main program resolver got _IFUNC_ARG_HWCAP: %s, hwcap is AT_HWCAP: %s\n",
           yesno(main_seen_arg), yesno(main_seen_hwcap == hwcap));
    int t = 0;
    for (int i = 0; i < 100; i++)
        t += twice(i);
    printf("twice: %d\n", t);

    /* glibc's IFUNC'ed string functions: every length and alignment. */
    int ok_memcpy = 1, ok_memmove = 1, ok_memset = 1, ok_strlen = 1, ok_memchr = 1,
        ok_strchr = 1, ok_memcmp = 1, ok_strcmp = 1;
    fill(src, sizeof src, 1);
    for (size_t sa = 0; sa < 16; sa++)
        for (size_t da = 0; da < 16; da++)
            for (size_t n = 0; n < 300; n += (n < 70 ? 1 : 13)) {
                memset(dst, 0xee, sizeof dst);
                memcpy(dst + da, src + sa, n);
                ok_memcpy &= ref_memcmp(dst + da, src + sa, n) == 0 &&
                             (da == 0 || dst[da - 1] == 0xee) && dst[da + n] == 0xee;
                /* overlapping move, both directions */
                memcpy(ref, src, sizeof ref);
                memmove(ref + da, ref + sa, n);
                ok_memmove &= ref_memcmp(ref + da, src + sa, n) == 0;
                memset(dst + da, (int)(sa + 1), n);
                for (size_t i = 0; i < n; i++)
                    ok_memset &= dst[da + i] == sa + 1;
                ok_memset &= dst[da + n] == 0xee;
                /* a string of length n at alignment sa */
                memcpy(ref, src, sizeof ref);
                ref[sa + n] = 0;
                ok_strlen &= strlen((char *)ref + sa) == n;
                ok_strchr &= strchr((char *)ref + sa, 0) == (char *)ref + sa + n;
                if (n > 0) {
                    unsigned char c = ref[sa + n - 1];
                    unsigned char *first = memchr(ref + sa, c, n);
                    ok_memchr &= first && *first == c && (size_t)(first - ref - sa) < n &&
                                 memchr(ref + sa, c, (size_t)(first - ref - sa)) == NULL;
                    ok_memchr &= memchr(ref + sa, 0, n) == NULL;
                }
                /* compare with one byte changed near the end */
                memcpy(dst, ref, sizeof dst);
                if (n > 0)
                    dst[sa + n - 1] ^= 0x40;
                ok_memcmp &= sign(memcmp(ref + sa, dst + sa, n)) ==
                             ref_memcmp(ref + sa, dst + sa, n);
                ok_strcmp &= sign(strcmp((char *)ref + sa, (char *)dst + sa)) ==
                             ref_memcmp(ref + sa, dst + sa, n);
            }
    printf("memcpy correct: %s\nmemmove correct: %s\nmemset correct: %s\n", yesno(ok_memcpy),
           yesno(ok_memmove), yesno(ok_memset));
    printf("strlen correct: %s\nstrchr correct: %s\nmemchr correct: %s\n", yesno(ok_strlen),
           yesno(ok_strchr), yesno(ok_memchr));
    printf("memcmp correct: %s\nstrcmp correct: %s\n", yesno(ok_memcmp), yesno(ok_strcmp));
    return 0;
}
