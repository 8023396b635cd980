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

/* Where control goes after a block whose last instruction is `insn`
 * (pattern `last`, NULL if undefined) at `pc`: into succ[], returning how
 * many (0 to 2).  A block cut at its length limit runs on; B has one
 * target; a conditional branch two, the fall-through first; anything
 * else (BL, BR, RET, SVC...) leaves through the dispatcher. */
static int successors(const struct a64_pattern *last, uint32_t insn, uint64_t pc, uint64_t *succ)
{
    uint64_t next = pc + 4;
    if (!last)
        return 0; /* undefined: the block raises SIGILL */
    if (!(last->fl & F_END)) {
        succ[0] = next;
        return 1;
    }
    if ((insn & 0xFC000000) == 0x14000000) { /* B */
        succ[0] = pc + (uint64_t)(sext(bits(insn, 25, 0), 26) * 4);
        return 1;
    }
    uint64_t target;
    if ((insn & 0xFF000010) == 0x54000000) { /* B.cond */
        target = pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
        if (bits(insn, 3, 0) >= 14) { /* AL, NV: always */
            succ[0] = target;
            return 1;
        }
    } else if ((insn & 0x7E000000) == 0x34000000) { /* CBZ, CBNZ */
        target = pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
    } else if ((insn & 0x7E000000) == 0x36000000) { /* TBZ, TBNZ */
        target = pc + (uint64_t)(sext(bits(insn, 18, 5), 14) * 4);
    } else {
        return 0;
    }
    succ[0] = next;
    succ[1] = target;
    return 2;
}

static void find_successors(struct dblock *b)
{
    uint64_t last_pc = b->pc + 4 * (uint64_t)(b->n - 1);
    b->n_succ = successors(b->pats[b->n - 1], b->insns[b->n - 1], last_pc, b->succ);
}

/* Recently decoded blocks.  Forming a region decodes the blocks after the
 * head, which are then translated as units of their own and would be
 * decoded again; a loop's blocks are decoded once per unit that explores
 * them.  Valid while no mapping changed (vma_generation) and no code was
 * invalidated (cache_code_epoch).  Few slots: each is a whole block (900
 * bytes), and each page of them is a page fault at start-up; 256 slots
 * cost a static hello 77 faults and no translation time was saved. */
#define DECODED_SLOTS 64
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

/* What exploring for a loop needs of a block: its length and where it
 * goes, without the per-instruction work of a full decode.  Most explored
 * blocks end up in no loop, so this is all that is ever computed for
 * them.  Cached like decoded blocks.  A shape is no dependency of the
 * translation: whether a block outside the loop changes later does not
 * make the loop's code wrong (member blocks are decoded in full, and
 * recorded, before they are translated). */
struct shape {
    uint64_t pc;
    int n, n_succ;
    uint64_t succ[2];
};

/* 256: enough for the blocks a few explorations meet (1024 saved no
 * translation time and cost 13 page faults a start). */
#define SHAPE_SLOTS 256
static struct shape_slot {
    uint64_t vma_gen, code_epoch;
    bool valid;
    struct shape s;
} shapes[SHAPE_SLOTS]; /* the translator runs on one thread */

/* What block_shape() takes an instruction it did not decode for. */
static const struct a64_pattern runs_on = { .fl = 0 };

static void block_shape(uint64_t pc, struct shape *out)
{
    struct shape_slot *slot = &shapes[(pc >> 2) % SHAPE_SLOTS];
    if (slot->valid && slot->s.pc == pc && slot->vma_gen == vma_generation &&
        slot->code_epoch == cache_code_epoch) {
        *out = slot->s;
        return;
    }
    uint64_t vma_gen = vma_generation, epoch = cache_code_epoch;
    out->pc = pc;
    out->n = 0;
    out->n_succ = 0;
    uint32_t insn = 0;
    const struct a64_pattern *p = NULL;
    bool was_tracking = fetch_track_pause();
    while (out->n < MAX_BLOCK_INSNS && fetch_insn(pc + 4 * (uint64_t)out->n, &insn)) {
        out->n++;
        /* Every instruction that ends a block (F_END) is in the group of
         * branches, exception generation and system instructions (bits
         * 28:26 = 101); the rest need no decoding to know that they run
         * on.  (An undefined one among them ends the real block early: a
         * shape only decides which blocks to decode as the loop's.) */
        p = &runs_on;
        if (((insn >> 26) & 7) != 5)
            continue;
        p = a64_decode(insn);
        if (!p || (p->fl & F_END))
            break;
    }
    fetch_track_resume(was_tracking);
    if (out->n)
        out->n_succ = successors(p, insn, pc + 4 * (uint64_t)(out->n - 1), out->succ);
    *slot = (struct shape_slot){ .vma_gen = vma_gen, .code_epoch = epoch, .valid = true, .s = *out };
}

static int find(const struct shape *bs, int n, uint64_t pc)
{
    for (int i = 0; i < n; i++)
        if (bs[i].pc == pc)
            return i;
    return -1;
}

static uint64_t pc_bit(uint64_t pc)
{
    return 1ull << ((pc >> 2) & 63);
}

static int find_seen(const struct shape *bs, int n, uint64_t seen, uint64_t pc)
{
    return seen & pc_bit(pc) ? find(bs, n, pc) : -1;
}

struct layout {
    const struct shape *ex;
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

/* out[0] and the blocks its conditional branches fall through to, within
 * the trace bounds (region.h).  Only conditional branches: after B, BL or
 * an indirect branch the next instructions are reached, if at all, from
 * somewhere else. */
static int trace_form(struct dblock out[MAX_REGION_BLOCKS])
{
    if (out[0].n >= STRAIGHT_REMAP_MIN_INSNS)
        return 1;
    int n = 1, total = out[0].n;
    while (n < TRACE_BLOCKS && out[n - 1].n_succ == 2) {
        block_decode(out[n - 1].succ[0], &out[n]);
        if (out[n].n == 0 || total + out[n].n > TRACE_INSNS)
            break;
        total += out[n++].n;
    }
    return n;
}

int region_form(uint64_t head, struct dblock out[MAX_REGION_BLOCKS], bool *loops)
{
    *loops = false;
    block_decode(head, &out[0]);
    if (out[0].n == 0)
        return 0;
    if (ferry_opt.singlestep) /* every instruction its own unit */
        return 1;

    /* Explore breadth-first within the bounds, by shape. */
    struct shape ex[MAX_REGION_BLOCKS];
    ex[0] = (struct shape){ .pc = head, .n = out[0].n, .n_succ = out[0].n_succ,
                            .succ = { out[0].succ[0], out[0].succ[1] } };
    int n_ex = 1, total = ex[0].n;
    /* A bit per explored block's pc, so that looking up a pc not among
     * them (most lookups) costs no search. */
    uint64_t seen = pc_bit(head);
    for (int i = 0; i < n_ex; i++)
        for (int s = 0; s < ex[i].n_succ && n_ex < MAX_REGION_BLOCKS; s++) {
            if (find_seen(ex, n_ex, seen, ex[i].succ[s]) >= 0)
                continue;
            block_shape(ex[i].succ[s], &ex[n_ex]);
            if (ex[n_ex].n > 0 && total + ex[n_ex].n <= MAX_REGION_INSNS) {
                seen |= pc_bit(ex[n_ex].pc);
                total += ex[n_ex++].n;
            }
        }

    /* Where each explored block's successors are among them; most heads
     * have no edge back to them at all, and no loop. */
    int succ_at[MAX_REGION_BLOCKS][2];
    bool back_edge = false;
    for (int i = 0; i < n_ex; i++)
        for (int s = 0; s < ex[i].n_succ; s++) {
            succ_at[i][s] = find_seen(ex, n_ex, seen, ex[i].succ[s]);
            back_edge |= succ_at[i][s] == 0;
        }
    if (!back_edge)
        return trace_form(out);
    /* member[i]: block i leads back to the head. */
    bool member[MAX_REGION_BLOCKS] = { false };
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n_ex; i++) {
            if (member[i])
                continue;
            for (int s = 0; s < ex[i].n_succ; s++) {
                int j = succ_at[i][s];
                if (j == 0 || (j > 0 && member[j])) {
                    member[i] = changed = true;
                    break;
                }
            }
        }
    }
    *loops = member[0];
    if (!member[0])
        return trace_form(out);

    /* The loop's blocks in layout order, decoded in full (the head, first,
     * already is). */
    struct layout l = { .ex = ex, .n_ex = n_ex, .member = member };
    place(&l, 0);
    for (int k = 1; k < l.n; k++)
        block_decode(ex[l.order[k]].pc, &out[k]);
    return l.n;
}
