/* hashtab: chained hash table with 64-bit keys: insert, then lookups
 * that hit and miss.  Integer; pointer chasing through bucket chains,
 * cache misses, multiply-based hashing. */
#include "bench.h"

#define NBUCKET (1u << 17)
#define NKEYS 300000

struct node {
    struct node *next;
    uint64_t key;
    uint64_t val;
};

static struct node *bucket[NBUCKET];
static struct node pool[NKEYS];
static uint64_t keys[NKEYS];

static inline uint32_t hashk(uint64_t k)
{
    k ^= k >> 31;
    k *= 0x9e3779b97f4a7c15ULL;
    return (uint32_t)(k >> 47) & (NBUCKET - 1);
}

static struct node *find(uint64_t k)
{
    for (struct node *n = bucket[hashk(k)]; n; n = n->next)
        if (n->key == k)
            return n;
    return NULL;
}

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 10);
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        lcg_seed((uint64_t)r * 1000003u);
        memset(bucket, 0, sizeof bucket);
        size_t used = 0;
        uint64_t dups = 0;
        for (size_t i = 0; i < NKEYS; i++) {
            uint64_t k = lcg64() >> (r & 1 ? 44 : 0); /* odd reps: many dups */
            keys[i] = k;
            struct node *n = find(k);
            if (n) {
                n->val++;
                dups++;
                continue;
            }
            n = &pool[used++];
            n->key = k;
            n->val = 1;
            uint32_t h = hashk(k);
            n->next = bucket[h];
            bucket[h] = n;
        }
        uint64_t hits = 0, acc = 0;
        for (int pass = 0; pass < 3; pass++)
            for (size_t i = 0; i < NKEYS; i++) {
                struct node *n = find(keys[i] + (uint64_t)(pass & 1)); /* pass 1 mostly misses */
                if (n) {
                    hits++;
                    acc += n->val ^ i;
                }
            }
        sum = mix64(sum, used);
        sum = mix64(sum, dups);
        sum = mix64(sum, hits);
        sum = mix64(sum, acc);
    }
    bench_result("hashtab", sum);
    return 0;
}
