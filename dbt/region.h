/* Decoded guest blocks, and loop regions built from them.
 *
 * A block is straight-line guest code up to a terminator (or 64
 * instructions).  A loop region is a small set of blocks that branch
 * among themselves back to the first one (the head): the whole loop is
 * translated as one unit, so its internal branches are plain jumps laid out
 * fall-through first, and its busiest memory-homed registers stay in host
 * registers from entry to exit (see loop_remap_* in regs.c). */
#ifndef FERRY_REGION_H
#define FERRY_REGION_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt/translate.h"

#define MAX_BLOCK_INSNS 64
/* Bound on what region_form() explores (with MAX_REGION_BLOCKS, in
 * translate.h).  Small loops are where host registers pay; larger ones
 * would mostly grow the translation. */
#define MAX_REGION_INSNS 192
/* A block this long, alone in its unit, has its busiest unmapped
 * registers swapped into host registers (translate.c); it heads no trace. */
#define STRAIGHT_REMAP_MIN_INSNS 16
/* A trace: a block that is no loop continues, in the same unit, with the
 * block its conditional branch falls through to, and so on, up to these
 * bounds.  The fall-through side then runs straight on instead of taking
 * a chained jump to another unit (the `nop; jmp` pairs held 5-7% of
 * gawk's, perl's and sqlite's samples). */
#define TRACE_BLOCKS 4
#define TRACE_INSNS 64

struct dblock {
    uint64_t pc;
    int n; /* instructions; 0: the first one could not be fetched */
    uint32_t insns[MAX_BLOCK_INSNS];
    const struct a64_pattern *pats[MAX_BLOCK_INSNS];
    bool live_after[MAX_BLOCK_INSNS]; /* NZCV may be read after insn i */
    /* Where control goes when the block ends, as far as a direct branch or
     * falling off the end says: succ[0] is the fall-through (or the only
     * target), succ[1] a conditional branch's target. */
    int n_succ;
    uint64_t succ[2];
};

/* Decode the block at pc (n is 0 if pc cannot be fetched). */
void block_decode(uint64_t pc, struct dblock *b);

/* Decode the block at head into out[0] and, if it heads a loop, the other
 * blocks of the loop into out[1..] in layout order (each block's
 * fall-through successor next where possible).  Returns the number of
 * blocks (0 if head cannot be fetched).  *loops tells whether head is on a
 * cycle of the returned blocks (a one-block region may loop on itself).
 * Several blocks and no loop: a trace (TRACE_BLOCKS above). */
int region_form(uint64_t head, struct dblock out[MAX_REGION_BLOCKS], bool *loops);

#endif
