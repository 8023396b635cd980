/* hash: table-driven CRC-32 (reflected, poly 0xEDB88320) and FNV-1a 64
 * over a pseudo-random buffer.  Integer; byte loads, table lookups,
 * shifts and xors, serial dependency chains. */
#include "bench.h"

#define LEN (1u << 20)

static unsigned char buf[LEN];
static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc32(const unsigned char *p, size_t n, uint32_t crc)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static uint64_t fnv1a(const unsigned char *p, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 75);
    crc_init();
    for (size_t i = 0; i < LEN; i += 4) {
        uint32_t x = lcg32();
        memcpy(buf + i, &x, 4);
    }
    if (crc32((const unsigned char *)"123456789", 9, 0) != 0xCBF43926u) {
        printf("hash: crc32 self-test failed\n");
        return 1;
    }
    uint64_t sum = 0;
    uint32_t crc = 0;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (long r = 0; r < reps; r++) {
        buf[(r * 7919) % LEN] ^= (unsigned char)r;
        crc = crc32(buf, LEN, crc);
        h = fnv1a(buf, LEN, h);
        sum = mix64(sum, crc);
        sum = mix64(sum, h);
    }
    bench_result("hash", sum);
    return 0;
}
