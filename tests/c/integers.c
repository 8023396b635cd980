/* integers.c - integer arithmetic: 32/64-bit ops, division, shifts,
 * unsigned edge cases, bit tricks, builtins and 128-bit multiply.
 * Values come from a fixed table and a simple LCG; volatile keeps the
 * compiler from folding everything at -O2. */
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

static uint64_t lcg_state = 0x9e3779b97f4a7c15ull;
static uint64_t lcg(void)
{
    lcg_state = lcg_state * 6364136223846793005ull + 1442695040888963407ull;
    return lcg_state ^ (lcg_state >> 29);
}

static const uint64_t edge[] = {
    0, 1, 2, 3, 7, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
    0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffffffffffull,
    0xfffffffffffffffeull, 0x123456789abcdef0ull, 0xdeadbeefcafebabeull,
};
#define NEDGE (sizeof edge / sizeof edge[0])

static uint64_t hash = 1469598103934665603ull;
static void mix(uint64_t v)
{
    hash ^= v;
    hash *= 1099511628211ull;
}

static void test_64(volatile uint64_t a, volatile uint64_t b)
{
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    mix(a + b); mix(a - b); mix(a * b);
    mix(a & b); mix(a | b); mix(a ^ b); mix(~a);
    if (b) { mix(a / b); mix(a % b); }
    /* Signed division: skip /0 and INT64_MIN / -1 (undefined). */
    if (sb && !(sa == INT64_MIN && sb == -1)) {
        mix((uint64_t)(sa / sb)); mix((uint64_t)(sa % sb));
    }
    unsigned s = (unsigned)(b & 63);
    mix(a << s); mix(a >> s); mix((uint64_t)(sa >> s));
    mix(s ? (a << s) | (a >> (64 - s)) : a);            /* rotate */
    mix((uint64_t)(sa < sb) | (uint64_t)(a < b) << 1 | (uint64_t)(sa == sb) << 2);
    mix((uint64_t)(int64_t)(int32_t)a);                  /* sign extend */
    mix((uint64_t)(int64_t)(int16_t)a);
    mix((uint64_t)(int64_t)(int8_t)a);
    mix((uint64_t)(uint8_t)a);
}

static void test_32(volatile uint32_t a, volatile uint32_t b)
{
    int32_t sa = (int32_t)a, sb = (int32_t)b;
    mix(a + b); mix(a - b); mix(a * b); mix((uint64_t)a * b);
    mix((uint64_t)((int64_t)sa * sb));
    if (b) { mix(a / b); mix(a % b); }
    if (sb && !(sa == INT32_MIN && sb == -1)) {
        mix((uint32_t)(sa / sb)); mix((uint32_t)(sa % sb));
    }
    unsigned s = b & 31;
    mix(a << s); mix(a >> s); mix((uint32_t)(sa >> s));
}

static void print_builtins(uint64_t v)
{
    printf("%016" PRIx64 ": clz=%2d ctz=%2d pop=%2d parity=%d clrsb=%2d "
           "bswap=%016" PRIx64 " bswap32=%08" PRIx32 " ffs=%d\n",
           v, v ? __builtin_clzll(v) : -1, v ? __builtin_ctzll(v) : -1,
           __builtin_popcountll(v), __builtin_parityll(v),
           __builtin_clrsbll((long long)v), __builtin_bswap64(v),
           __builtin_bswap32((uint32_t)v), __builtin_ffsll((long long)v));
    uint32_t w = (uint32_t)v;
    printf("  w=%08" PRIx32 ": clz=%2d ctz=%2d pop=%2d\n", w,
           w ? __builtin_clz(w) : -1, w ? __builtin_ctz(w) : -1,
           __builtin_popcount(w));
}

/* Portable bit reversal, compared with a loop. */
static uint64_t rbit(uint64_t v)
{
    v = ((v >> 1) & 0x5555555555555555ull) | ((v & 0x5555555555555555ull) << 1);
    v = ((v >> 2) & 0x3333333333333333ull) | ((v & 0x3333333333333333ull) << 2);
    v = ((v >> 4) & 0x0f0f0f0f0f0f0f0full) | ((v & 0x0f0f0f0f0f0f0f0full) << 4);
    return __builtin_bswap64(v);
}

static void print_u128(const char *what, unsigned __int128 v)
{
    printf("%s=%016" PRIx64 "%016" PRIx64 "\n", what,
           (uint64_t)(v >> 64), (uint64_t)v);
}

int main(void)
{
    for (size_t i = 0; i < NEDGE; i++)
        for (size_t j = 0; j < NEDGE; j++) {
            test_64(edge[i], edge[j]);
            test_32((uint32_t)edge[i], (uint32_t)edge[j]);
            test_32((uint32_t)(edge[i] >> 32), (uint32_t)edge[j]);
        }
    printf("edge hash %016" PRIx64 "\n", hash);
    for (int i = 0; i < 20000; i++) {
        uint64_t a = lcg(), b = lcg() >> (lcg() & 63);
        test_64(a, b);
        test_32((uint32_t)a, (uint32_t)b);
    }
    printf("random hash %016" PRIx64 "\n", hash);

    /* A few readable results. */
    volatile uint64_t big = 0xffffffffffffffffull, seven = 7;
    volatile int64_t neg = -7, two = 2;
    printf("UINT64_MAX / 7 = %" PRIu64 " rem %" PRIu64 "\n", big / seven, big % seven);
    printf("-7 / 2 = %" PRId64 " rem %" PRId64 "\n", neg / two, neg % two);
    printf("-7 >> 1 = %" PRId64 "\n", neg >> 1);
    printf("(uint32_t)-1 + 1 = %" PRIu32 "\n", (uint32_t)(UINT32_MAX + (volatile uint32_t)1));
    printf("UINT64_MAX * UINT64_MAX = %" PRIu64 "\n", big * big);
    printf("INT64_MIN / 1 = %" PRId64 "\n", (int64_t)INT64_MIN / (volatile int64_t)1);
    printf("INT64_MIN %% -3 = %" PRId64 "\n", (int64_t)INT64_MIN % (volatile int64_t)-3);
    printf("0x80000000u >> 31 = %" PRIu32 ", (int32)0x80000000 >> 31 = %" PRId32 "\n",
           (uint32_t)0x80000000u >> (volatile int)31,
           (int32_t)0x80000000 >> (volatile int)31);

    for (size_t i = 0; i < NEDGE; i++)
        print_builtins(edge[i]);
    for (int i = 0; i < 8; i++)
        print_builtins(lcg());

    int bad = 0;
    for (int i = 0; i < 1000; i++) {
        uint64_t v = lcg(), r = 0;
        for (int k = 0; k < 64; k++)
            r |= ((v >> k) & 1) << (63 - k);
        bad += r != rbit(v);
    }
    printf("bit reverse mismatches: %d\n", bad);

    /* Overflow-checking builtins. */
    int64_t r64;
    uint64_t u64;
    int32_t r32;
    printf("add_overflow(INT64_MAX,1)=%d\n", __builtin_add_overflow((volatile int64_t)INT64_MAX, 1, &r64));
    printf("sub_overflow(0u,1u)=%d\n", __builtin_sub_overflow((volatile uint64_t)0, 1, &u64));
    printf("mul_overflow(1<<20,1<<12) int32=%d\n", __builtin_mul_overflow((volatile int32_t)(1 << 20), 1 << 12, &r32));
    int ov = __builtin_mul_overflow((volatile uint64_t)3000000000ull, 3, &u64);
    printf("mul_overflow(3e9,3) uint64=%d value=%" PRIu64 "\n", ov, u64);

    /* 128-bit arithmetic. */
    volatile unsigned __int128 x = (unsigned __int128)0xffffffffffffffffull;
    print_u128("(2^64-1)^2", x * x);
    unsigned __int128 acc = 1;
    for (int i = 1; i <= 30; i++)
        acc *= (unsigned __int128)i;
    print_u128("30!", acc);
    print_u128("30! / 1000000007", acc / (volatile unsigned __int128)1000000007u);
    print_u128("30! % 1000000007", acc % (volatile unsigned __int128)1000000007u);
    volatile __int128 sneg = -(__int128)acc;
    print_u128("-30! >> 3", (unsigned __int128)(sneg >> 3));
    uint64_t hi_hash = 0;
    for (int i = 0; i < 1000; i++) {
        unsigned __int128 p = (unsigned __int128)lcg() * lcg();
        __int128 sp = (__int128)(int64_t)lcg() * (int64_t)lcg();
        hi_hash = hi_hash * 31 + (uint64_t)(p >> 64) + (uint64_t)((unsigned __int128)sp >> 64);
    }
    printf("mulh hash %016" PRIx64 "\n", hi_hash);
    return 0;
}
