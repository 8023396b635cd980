/* Block decoding and loop-region formation (see region.h).
 *
 * Regions are found by looking ahead from the block being translated:
 * explore its direct successors breadth-first within fixed bounds, keep the
 * blocks from which the head is reachable again (the loop through the
 * head), and lay them out depth-first, fall-through successor first.  Only
 * direct branches are followed, so a loop with a call in it is not a
 * region: the call leaves it (BL is an exit like any other). */
#include <string.h>

#include "dbt/runtime/code_cache.h"
#include "dbt/runtime/fetch.h"
#include "mm/vma.h"
#include "dbt/region.h"

#include "common/ferry.h"

/* Successors of a block whose last instruction is the direct branch (or
 * other terminator) `insn` at `pc`. */
static void find_successors(struct dblock *b)
{
    b->n_succ = 0;
    const struct a64_pattern *last = b->pats[b->n - 1];
    uint32_t insn = b->insns[b->n - 1];
    uint64_t pc = b->pc + 4 * (uint64_t)(b->n - 1);
    uint64_t next = pc + 4;
    if (!last)
        return; /* undefined: the block raises SIGILL */
    if (!(last->fl & F_END)) {
        b->succ[b->n_succ++] = next; /* length-limited: runs on */
        return;
    }
    if ((insn & 0xFC000000) == 0x14000000) { /* B */
        b->succ[b->n_succ++] = pc + (uint64_t)(sext(bits(insn, 25, 0), 26) * 4);
        return;
    }
    uint64_t target;
    if ((insn & 0xFF000010) == 0x54000000) { /* B.cond */
        target = pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
        if (bits(insn, 3, 0) >= 14) { /* AL, NV: always */
            b->succ[b->n_succ++] = target;
            return;
        }
    } else if ((insn & 0x7E000000) == 0x34000000) { /* CBZ, CBNZ */
        target = pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
    } else if ((insn & 0x7E000000) == 0x36000000) { /* TBZ, TBNZ */
        target = pc + (uint64_t)(sext(bits(insn, 18, 5), 14) * 4);
    } else {
        return; /* BL, BR, RET, SVC...: leaves through the dispatcher */
    }
    b->succ[b->n_succ++] = next;
    b->succ[b->n_succ++] = target;
}

/* Recently decoded blocks.  Forming a region decodes the blocks after the
 * head, which are then translated as units of their own and would be
 * decoded again; a loop's blocks are decoded once per unit that explores
 * them.  Valid while no mapping changed (vma_generation) and no code was
 * invalidated (cache_code_epoch). */
#define DECODED_SLOTS 256
static struct decoded {
    uint64_t pc, vma_gen, code_epoch;
    bool valid;
    struct dblock b;
} decoded[DECODED_SLOTS]; /* the translator runs on one thread */

static struct decoded *decoded_slot(uint64_t pc)
{
    return &decoded[(pc >> 2) % DECODED_SLOTS];
}

static void block_decode_uncached(uint64_t pc, struct dblock *b);

void block_decode(uint64_t pc, struct dblock *b)
{
    struct decoded *d = decoded_slot(pc);
    if (d->valid && d->pc == pc && d->vma_gen == vma_generation &&
        d->code_epoch == cache_code_epoch) {
        memcpy(b, &d->b, sizeof *b);
        /* The translation depends on this code as if it had been read. */
        if (b->n)
            fetch_track_range(pc, pc + 4 * (uint64_t)b->n);
        return;
    }
    uint64_t vma_gen = vma_generation, epoch = cache_code_epoch;
    block_decode_uncached(pc, b);
    /* A block that runs on past its length limit also looked beyond
     * itself for flag liveness; those are rare, so they are not kept. */
    if (b->n && b->pats[b->n - 1] && !(b->pats[b->n - 1]->fl & F_END))
        return;
    d->pc = pc;
    d->vma_gen = vma_gen;
    d->code_epoch = epoch;
    d->valid = true;
    memcpy(&d->b, b, sizeof *b);
}

static void block_decode_uncached(uint64_t pc, struct dblock *b)
{
    b->pc = pc;
    b->n = 0;
    b->n_succ = 0;
    int limit = ferry_opt.singlestep ? 1 : MAX_BLOCK_INSNS;
    while (b->n < limit) {
        uint32_t *w = &b->insns[b->n];
        if (!fetch_insn(pc + 4 * (uint64_t)b->n, w))
            break;
        const struct a64_pattern *p = a64_decode(*w);
        b->pats[b->n++] = p;
        if (!p || (p->fl & F_END))
            break;
    }
    if (b->n == 0)
        return;

    /* Backward liveness of NZCV within the block.  At the end: a
     * terminator handles its successors itself (conservatively live here),
     * a length-limited block asks what follows. */
    bool live = true;
    if (b->pats[b->n - 1] && !(b->pats[b->n - 1]->fl & F_END))
        live = flags_live_at(pc + 4 * (uint64_t)b->n);
    for (int i = b->n - 1; i >= 0; i--) {
        b->live_after[i] = live;
        if (!b->pats[i] || (b->pats[i]->fl & F_READ))
            live = true;
        else if (b->pats[i]->fl & F_WRITE)
            live = false;
    }
    find_successors(b);
}

static int find(const struct dblock *bs, int n, uint64_t pc)
{
    for (int i = 0; i < n; i++)
        if (bs[i].pc == pc)
            return i;
    return -1;
}

struct layout {
    const struct dblock *ex;
    int n_ex;
    const bool *member;
    bool placed[MAX_REGION_BLOCKS];
    int order[MAX_REGION_BLOCKS];
    int n;
};

static void place(struct layout *l, int i)
{
    l->placed[i] = true;
    l->order[l->n++] = i;
    for (int s = 0; s < l->ex[i].n_succ; s++) {
        int j = find(l->ex, l->n_ex, l->ex[i].succ[s]);
        if (j >= 0 && l->member[j] && !l->placed[j])
            place(l, j);
    }
}

int region_form(uint64_t head, struct dblock out[MAX_REGION_BLOCKS], bool *loops)
{
    static struct dblock ex[MAX_REGION_BLOCKS]; /* the translator runs on one thread */
    *loops = false;
    block_decode(head, &ex[0]);
    if (ex[0].n == 0)
        return 0;
    if (ferry_opt.singlestep) { /* every instruction its own unit */
        memcpy(&out[0], &ex[0], sizeof ex[0]);
        return 1;
    }

    /* Explore breadth-first within the bounds. */
    int n_ex = 1, total = ex[0].n;
    for (int i = 0; i < n_ex; i++)
        for (int s = 0; s < ex[i].n_succ && n_ex < MAX_REGION_BLOCKS; s++) {
            if (find(ex, n_ex, ex[i].succ[s]) >= 0)
                continue;
            block_decode(ex[i].succ[s], &ex[n_ex]);
            if (ex[n_ex].n > 0 && total + ex[n_ex].n <= MAX_REGION_INSNS)
                total += ex[n_ex++].n;
        }

    /* member[i]: block i leads back to the head. */
    bool member[MAX_REGION_BLOCKS] = { false };
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n_ex; i++) {
            if (member[i])
                continue;
            for (int s = 0; s < ex[i].n_succ; s++) {
                int j = find(ex, n_ex, ex[i].succ[s]);
                if (j == 0 || (j > 0 && member[j])) {
                    member[i] = changed = true;
                    break;
                }
            }
        }
    }
    *loops = member[0];
    if (!member[0]) {
        memcpy(&out[0], &ex[0], sizeof ex[0]);
        return 1;
    }

    struct layout l = { .ex = ex, .n_ex = n_ex, .member = member };
    place(&l, 0);
    for (int k = 0; k < l.n; k++)
        memcpy(&out[k], &ex[l.order[k]], sizeof ex[0]);
    return l.n;
}
