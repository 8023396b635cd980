/* Shared helpers for ferry's benchmarks: a deterministic PRNG, a checksum
 * mixer and argument parsing.  Everything here behaves identically on
 * x86-64 and arm64 (fixed-width unsigned arithmetic only, no plain `char`
 * signedness, no libm beyond sqrt, no floating-point contraction). */
#ifndef FERRY_BENCH_H
#define FERRY_BENCH_H

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 64-bit LCG (Knuth MMIX constants); the high half is the output. */
static uint64_t bench_lcg_state = 0x853c49e6748fea9bULL;

static inline void lcg_seed(uint64_t s) { bench_lcg_state = s ^ 0x853c49e6748fea9bULL; }

static inline uint32_t lcg32(void)
{
    bench_lcg_state = bench_lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(bench_lcg_state >> 32);
}

static inline uint64_t lcg64(void)
{
    uint64_t hi = lcg32();
    return (hi << 32) | lcg32();
}

/* Order-dependent checksum accumulator. */
static inline uint64_t mix64(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}

static inline uint64_t mixd(uint64_t h, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return mix64(h, bits);
}

/* Optional argv[1]: work scale (repetitions); default otherwise. */
static inline long bench_arg(int argc, char **argv, long def)
{
    if (argc > 1) {
        long v = strtol(argv[1], NULL, 0);
        if (v > 0)
            return v;
    }
    return def;
}

static inline void bench_result(const char *name, uint64_t sum)
{
    printf("%s checksum %016" PRIx64 "\n", name, sum);
}

#endif
