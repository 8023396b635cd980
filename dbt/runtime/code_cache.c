/* One executable region with a bump allocator; a full cache is flushed as a
 * whole (simple, and rare in practice), which also drops all chaining. */
#include "dbt/runtime/code_cache.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "common/ferry.h"

#define CACHE_SIZE (256u << 20)
#define BLOCK_MAX_BYTES (64u << 10)
#define MAP_BITS 18

struct block_node {
    uint64_t guest_pc;
    void *host;
    struct block_node *next;
};

struct ibtc_entry ibtc_table[IBTC_SIZE];
uint64_t cache_generation;

static uint8_t *cache_base, *cache_free, *cache_permanent_end;
static struct block_node *map[1u << MAP_BITS];
static struct block_node *nodes;
static size_t nodes_used, nodes_cap;
/* Guest range covered by translations, for cheap invalidation checks. */
static uint64_t code_lo = UINT64_MAX, code_hi;

void cache_init(void)
{
    cache_base = mmap(NULL, CACHE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (cache_base == MAP_FAILED)
        ferry_fatal(70, "cannot allocate the code cache");
    cache_free = cache_permanent_end = cache_base;
    nodes_cap = 1u << 16;
    nodes = malloc(nodes_cap * sizeof *nodes);
    if (!nodes)
        ferry_fatal(70, "out of memory");
}

uint8_t *cache_reserve(uint8_t **end)
{
    if ((size_t)(cache_base + CACHE_SIZE - cache_free) < BLOCK_MAX_BYTES ||
        nodes_used == nodes_cap)
        cache_flush();
    *end = cache_free + BLOCK_MAX_BYTES;
    return cache_free;
}

void cache_commit(uint8_t *end)
{
    /* Keep block starts 16-byte aligned for the host's fetch unit. */
    cache_free = (uint8_t *)(((uintptr_t)end + 15) & ~(uintptr_t)15);
}

void cache_seal_permanent(uint8_t *end)
{
    cache_commit(end);
    cache_permanent_end = cache_free;
}

static unsigned map_hash(uint64_t pc)
{
    return (unsigned)((pc >> 2) * 0x9E3779B97F4A7C15ull >> (64 - MAP_BITS));
}

void *block_lookup(uint64_t guest_pc)
{
    for (struct block_node *n = map[map_hash(guest_pc)]; n; n = n->next)
        if (n->guest_pc == guest_pc)
            return n->host;
    return NULL;
}

void block_insert(uint64_t guest_pc, void *host, uint64_t lo, uint64_t hi)
{
    /* cache_reserve() flushed if the node pool was full. */
    struct block_node *n = &nodes[nodes_used++];
    unsigned h = map_hash(guest_pc);
    n->guest_pc = guest_pc;
    n->host = host;
    n->next = map[h];
    map[h] = n;
    if (lo < code_lo)
        code_lo = lo;
    if (hi > code_hi)
        code_hi = hi;
}

void cache_flush(void)
{
    cache_generation++;
    memset(map, 0, sizeof map);
    memset(ibtc_table, 0, sizeof ibtc_table);
    nodes_used = 0;
    cache_free = cache_permanent_end;
    code_lo = UINT64_MAX;
    code_hi = 0;
}

bool cache_has_code_in(uint64_t lo, uint64_t hi)
{
    return lo < code_hi && hi > code_lo;
}
