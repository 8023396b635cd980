/* sieve: sieve of Eratosthenes over a byte array, repeated.
 * Integer; byte stores with strided addressing, tight loops. */
#include "bench.h"

#define N 8000000

static unsigned char composite[N + 1];

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 10);
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        /* Vary the limit a little per repetition so no pass is redundant. */
        uint32_t limit = N - (uint32_t)r * 1000;
        memset(composite, 0, limit + 1);
        for (uint32_t i = 2; (uint64_t)i * i <= limit; i++)
            if (!composite[i])
                for (uint32_t j = i * i; j <= limit; j += i)
                    composite[j] = 1;
        uint64_t count = 0, acc = 0;
        for (uint32_t i = 2; i <= limit; i++)
            if (!composite[i]) {
                count++;
                acc += (uint64_t)i * count;
            }
        sum = mix64(sum, count);
        sum = mix64(sum, acc);
    }
    bench_result("sieve", sum);
    return 0;
}
