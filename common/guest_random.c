/* -seed: a splitmix64 stream stands in for the host's randomness, as
 * qemu-aarch64's -seed makes its guest's randomness repeatable. */
#include "common/guest_random.h"

#include <string.h>

static bool seeded;
static uint64_t state;

void guest_random_seed(uint64_t seed)
{
    seeded = true;
    state = seed;
}

bool guest_random_seeded(void)
{
    return seeded;
}

static uint64_t next(void)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void guest_random_fill(void *buf, size_t n)
{
    unsigned char *p = buf;
    while (n) {
        uint64_t v = next();
        size_t k = n < 8 ? n : 8;
        memcpy(p, &v, k);
        p += k;
        n -= k;
    }
}
