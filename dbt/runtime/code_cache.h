/* Code cache: translated blocks, the guest-pc -> host-code map, and the
 * indirect-branch lookup table read inline by translated code. */
#ifndef FERRY_CODE_CACHE_H
#define FERRY_CODE_CACHE_H

#include <stdbool.h>
#include <stdint.h>

/* Inline-looked-up cache for BR/BLR/RET: direct-mapped on guest pc. */
#define IBTC_BITS 16
#define IBTC_SIZE (1u << IBTC_BITS)
struct ibtc_entry {
    uint64_t guest_pc;
    void *host;
};
extern struct ibtc_entry ibtc_table[IBTC_SIZE];
/* Byte offset of pc's entry: ((pc >> 2) & (SIZE-1)) * 16, computed in code
 * as (pc & ((SIZE-1) << 2)) * 4. */
#define IBTC_PC_MASK ((uint64_t)(IBTC_SIZE - 1) << 2)

/* Incremented by every flush: chain sites from an older generation are gone. */
extern uint64_t cache_generation;

void cache_init(void);
/* Room for one block; returns start, sets *end. */
uint8_t *cache_reserve(uint8_t **end);
void cache_commit(uint8_t *end);
/* Permanent code (trampolines) emitted before any block; survives flushes. */
void cache_seal_permanent(uint8_t *end);

void *block_lookup(uint64_t guest_pc);
/* host: translation entered at guest_pc, made from guest code in [lo, hi). */
void block_insert(uint64_t guest_pc, void *host, uint64_t lo, uint64_t hi);
/* Drop every translation. */
void cache_flush(void);
/* Whether any translated block came from guest code in [lo, hi). */
bool cache_has_code_in(uint64_t lo, uint64_t hi);

#endif
