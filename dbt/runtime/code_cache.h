/* Code cache: translated units, the guest-pc -> host-code map, the
 * indirect-branch lookup table read inline by translated code, and
 * invalidation of translations by guest address range. */
#ifndef FERRY_CODE_CACHE_H
#define FERRY_CODE_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Inline-looked-up cache for BR/BLR/RET: two ways per set, the set
 * chosen by the guest pc's low bits (from bit 3: neighbouring
 * instructions share a set, so the table's pages that a stretch of code
 * touches are as few as when it had one way of 16 bytes per instruction).  Two ways, because a direct-mapped
 * table let two hot targets that share a slot evict each other on every
 * pass (gawk's interpreter had one such pair, 780,000 misses a second),
 * and every miss is a trip through the dispatcher. */
#define IBTC_SET_BITS 15
#define IBTC_SETS (1u << IBTC_SET_BITS)
#define IBTC_WAYS 2
#define IBTC_ENTRIES (IBTC_SETS * IBTC_WAYS)
struct ibtc_entry {
    uint64_t guest_pc;
    void *host;
};
/* Each thread has its own table (threads.h); cpu->ibtc points at it. */
/* Byte offset of pc's set: ((pc >> 3) & (SETS-1)) * 32, computed in code
 * as (pc & ((SETS-1) << 3)) * 4. */
#define IBTC_PC_MASK ((uint64_t)(IBTC_SETS - 1) << 3)
#define IBTC_PC_SCALE 4

static inline struct ibtc_entry *ibtc_set_of(struct ibtc_entry *table, uint64_t pc)
{
    return &table[((pc >> 3) & (IBTC_SETS - 1)) * IBTC_WAYS];
}

/* An empty entry reads {0, NULL}; pc 0 is a real address, so the ways of
 * its set, the only ones it can match, hold a pc no instruction has. */
static inline void ibtc_guard_zero(struct ibtc_entry *table)
{
    for (unsigned w = 0; w < IBTC_WAYS; w++)
        table[w].guest_pc = 1;
}

/* Incremented whenever guest code may have changed (any invalidation, any
 * flush): what was decoded before may be stale. */
extern uint64_t cache_code_epoch;

/* Incremented by every full flush: chain sites from an older generation
 * are gone. */
extern uint64_t cache_generation;

void cache_init(void);
/* The lock every function below but block_lookup() and
 * cache_contains_host() must be called under. */
void cache_lock(void);
void cache_unlock(void);
/* Room for one unit; returns start, sets *end.  Its chain stubs go to a
 * separate area (cache_reserve_stubs), so that the code that runs is
 * packed together: the stubs are a sixth of all translated code and run
 * once each. */
uint8_t *cache_reserve(uint8_t **end);
void cache_commit(uint8_t *end);
uint8_t *cache_reserve_stubs(uint8_t **end);
void cache_commit_stubs(uint8_t *end);
/* Permanent code (trampolines) emitted before any block; survives flushes. */
void cache_seal_permanent(uint8_t *end);

/* How a host pc inside translated code maps back to the guest: each note
 * says that the host code from host_off (from the unit's start) on is the
 * guest instruction at pc, with NZCV in the place `flags` (an enum
 * flags_state of translate.h) names, and whether the unit's loop
 * remapping (swaps) is in force there. */
struct pc_note {
    uint32_t host_off;
    uint8_t flags;
    uint8_t remapped;
    /* A host register whose guest value is saved at the host's [rsp]
     * while the register is borrowed (cmpxchg16b needs rbx); -1: none. */
    int8_t stacked;
    /* NOTE_TARGET_IN_RAX: an indirect branch's table lookup, where the
     * guest state is that of the branch's target, whose pc is in rax. */
    uint8_t kind;
    uint64_t pc;
};
#define MAX_UNIT_NOTES 1024
#define NOTE_TARGET_IN_RAX 1
#define MAX_SWAPS 8
struct unit_swaps {
    uint8_t n;
    signed char guest[MAX_SWAPS], host[MAX_SWAPS];
};

/* What a translation is made of, for block_insert(). */
struct unit_desc {
    uint64_t guest_pc;
    void *host;
    size_t host_size;
    int n_ranges;
    const uint64_t *lo, *hi; /* the guest code it was made from */
    int n_notes;
    const struct pc_note *notes;
    struct unit_swaps swaps;
    uint8_t entry_skip; /* bytes of the entry poll, which only backward
                           jumps execute */
};

/* Host code of the live translation entered at guest_pc, or NULL: past
 * its entry poll (threads.h), since whoever enters there — the dispatcher,
 * an indirect branch, which polls as it reads the indirect-branch table —
 * has just polled. */
void *block_lookup(uint64_t guest_pc);
/* Record a translation. */
void block_insert(const struct unit_desc *d);
/* The note for host_pc, a pc inside translated code, and its unit's
 * swaps; false if host_pc is in no unit (the trampolines).  Safe in a
 * signal handler on a thread running translated code (no flush can
 * happen meanwhile). */
bool cache_find_note(uint64_t host_pc, struct pc_note *note, struct unit_swaps *swaps);
/* Point the jump whose rel32 field is at `site` at the live translation
 * of target_pc (which block_lookup just returned), remembering how to
 * undo it if that translation is invalidated.  A backward jump (to a
 * lower or equal guest address) enters through the unit's exit-request
 * poll, a forward one past it: every cycle has a backward or an indirect
 * jump. */
void cache_chain(uint8_t *site, uint64_t target_pc, bool forward);
/* A chain stub's target pc has a forward jump marked in bit 0 (exits.c);
 * the shared stub moves the mark to bit 63 of cpu->chain_site (a chain
 * site may be at any address: emit_x86.c, emit_site_pad). */
#define CHAIN_FORWARD 1u
#define CHAIN_SITE_FORWARD (1ull << 63)
/* Drop the translations made from guest code in [lo, hi): they are no
 * longer found, no jump leads to them, and the indirect-branch table
 * forgets them.  Their host code stays in place (a thread may still be
 * inside it) until the next full flush.  Returns whether any was dropped. */
bool cache_invalidate(uint64_t lo, uint64_t hi);
/* Drop every translation and reuse the memory (waits until no other
 * thread runs translated code; the caller must not be running). */
void cache_flush(void);

/* Whether host_pc lies in translated code (or the trampolines). */
bool cache_contains_host(uint64_t host_pc);

/* Counters for -d stats. */
struct cache_stats {
    uint64_t units, units_live, invalidated, flushes, chains;
    uint64_t bytes_used;
};
void cache_get_stats(struct cache_stats *s);

#endif
