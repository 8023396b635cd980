/* libifunc.c - IFUNC symbols in a library linked at startup (dl-ifunc.c).
 * On arm64 glibc calls a resolver with AT_HWCAP | _IFUNC_ARG_HWCAP and a
 * pointer to __ifunc_arg_t (AT_HWCAP and AT_HWCAP2); the resolvers record
 * what they were given and pick an implementation by HWCAP bits.
 * ferry-test: arch-specific (arm64 resolver arguments; no native build) */
#include <stdint.h>
#include <sys/ifunc.h>

#define HWCAP_ASIMD (1UL << 1)
#define HWCAP_ATOMICS (1UL << 8)

uint64_t ifunc_seen_hwcap, ifunc_seen_hwcap2;
int ifunc_seen_arg, ifunc_resolver_calls;

static void record(uint64_t hwcap, const __ifunc_arg_t *arg)
{
    ifunc_resolver_calls++;
    ifunc_seen_arg = (hwcap & _IFUNC_ARG_HWCAP) != 0 && arg != 0 &&
                     arg->_size >= sizeof(__ifunc_arg_t);
    ifunc_seen_hwcap = hwcap & ~_IFUNC_ARG_HWCAP;
    ifunc_seen_hwcap2 = ifunc_seen_arg ? arg->_hwcap2 : 0;
}

/* ifunc_variant: which implementation the resolver chose, by ASIMD (every
 * Linux arm64 CPU has it). */
static const char *variant_asimd(void) { return "asimd"; }
static const char *variant_generic(void) { return "generic"; }

static const char *(*resolve_variant(uint64_t hwcap, const __ifunc_arg_t *arg))(void)
{
    record(hwcap, arg);
    return (hwcap & HWCAP_ASIMD) ? variant_asimd : variant_generic;
}

const char *ifunc_variant(void) __attribute__((ifunc("resolve_variant")));

/* ifunc_add: an atomic add, with LSE (ldadd) when HWCAP_ATOMICS says so,
 * otherwise with exclusives.  Both must give the same result. */
static long add_lse(long *p, long v)
{
    long old;
    __asm__ volatile(".arch armv8.1-a\n\tldaddal %1, %0, [%2]"
                     : "=r"(old) : "r"(v), "r"(p) : "memory");
    return old + v;
}

static long add_llsc(long *p, long v)
{
    long old, tmp;
    unsigned fail;
    __asm__ volatile("1: ldaxr %0, [%3]\n\t"
                     "add %1, %0, %4\n\t"
                     "stlxr %w2, %1, [%3]\n\t"
                     "cbnz %w2, 1b"
                     : "=&r"(old), "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
    return old + v;
}

int ifunc_add_is_lse;

static long (*resolve_add(uint64_t hwcap, const __ifunc_arg_t *arg))(long *, long)
{
    record(hwcap, arg);
    ifunc_add_is_lse = (hwcap & HWCAP_ATOMICS) != 0;
    return ifunc_add_is_lse ? add_lse : add_llsc;
}

long ifunc_add(long *p, long v) __attribute__((ifunc("resolve_add")));

/* The library's own view of the function's address (pointer equality). */
void *ifunc_variant_address(void) { return (void *)ifunc_variant; }
