/* The V register cache: copies of recently written or read V registers in
 * xmm8..xmm13, so that a chain of dependent FP or AdvSIMD instructions
 * passes values in registers instead of through cpu->v (a store and a
 * reload per instruction, whose store-to-load forwarding is most of the
 * latency of an FADD).
 *
 * It is write-through: cpu->v is always up to date, and a cached copy only
 * saves loads.  So forgetting costs no code, and it is done whenever in
 * doubt, without trusting any translator to know about the cache:
 *  - at every block start (a loop region's blocks start from what all
 *    jumps to them provide: see "loop regions" below);
 *  - after each instruction, for every slot whose xmm register the
 *    emitter saw used by other code (struct emitter's xmm_touched, set by
 *    the SSE/AVX encoders), and for every V register reached through
 *    vreg_mem() (which notes it in vreg_touched) rather than through the
 *    cache-aware accessors (fp_load/fp_store*, vld/vst*, the S/D/Q loads
 *    and stores of trans_ldst_addr.c);
 *  - around calls into C: tc_call_helper() forgets everything, the
 *    scalar NaN slow path saves and restores the slots, the AdvSIMD FP one
 *    reloads them (vc_reload).
 * A register an instruction has used as scratch is neither read nor
 * written by the cache for the rest of that instruction: it may hold a
 * live temporary.
 *
 * A slot for Vn with width w holds Vn's low w bytes and zeros above them;
 * `exact` says Vn itself has zeros above w too (the slot is all of Vn). */
#include "dbt/backend/emit_sse.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

uint32_t vreg_touched;

static int slot_xmm(int i)
{
    return VC_FIRST_XMM + i;
}

void vc_forget_all(struct tcx *tc)
{
    for (int i = 0; i < VC_SLOTS; i++)
        tc->vc.reg[i] = -1;
}

void vc_forget_mask(struct tcx *tc, uint32_t vregs)
{
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc.reg[i] >= 0 && (vregs >> tc->vc.reg[i]) & 1)
            tc->vc.reg[i] = -1;
}

void vc_after_insn(struct tcx *tc)
{
    if (!tc->e.xmm_touched && !vreg_touched)
        return; /* most instructions: no SIMD&FP register was named */
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->e.xmm_touched & (1u << slot_xmm(i)))
            tc->vc.reg[i] = -1;
    vc_forget_mask(tc, vreg_touched);
    tc->e.xmm_touched = 0;
    vreg_touched = 0;
}

/* The slot holding Vn, or -1.  Not one that this instruction may have
 * changed behind the cache's back: Vn through vreg_mem(), or the slot's
 * xmm register used as scratch. */
static int find_slot(const struct tcx *tc, int n)
{
    if (vreg_touched & (1u << n))
        return -1;
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc.reg[i] == n && !(tc->e.xmm_touched & (1u << slot_xmm(i))))
            return i;
    return -1;
}

/* Code the cache itself emits: not a use of its registers by others. */
static void quiet(struct tcx *tc, bool on)
{
    tc->e.xmm_quiet = on;
}

bool vc_read(struct tcx *tc, int x, int n, int bytes)
{
    int i = find_slot(tc, n);
    if (i < 0)
        return false;
    int w = tc->vc.width[i], h = slot_xmm(i);
    bool exact = tc->vc.exact[i];
    tc->vc.used[i] = ++tc->vc_clock;
    quiet(tc, true);
    bool ok = true;
    if (w == bytes || (exact && w <= bytes))
        emit_movaps_rr(&tc->e, x, h);   /* zeros above `bytes` already */
    else if (bytes == 8 && w > 8)
        emit_movq_xx(&tc->e, x, h);     /* low 64 bits, upper zeroed */
    else if (bytes == 4 && w > 4)
        emit_insertps(&tc->e, x, h, 0x0E); /* lane 0, lanes 1-3 zeroed */
    else
        ok = false;
    quiet(tc, false);
    return ok;
}

int vc_find(struct tcx *tc, int n, int bytes)
{
    int i = find_slot(tc, n);
    if (i < 0 || (tc->vc.width[i] < bytes && !tc->vc.exact[i]))
        return -1;
    tc->vc.used[i] = ++tc->vc_clock;
    return slot_xmm(i);
}

void vc_note(struct tcx *tc, int n, int width, bool exact, int x)
{
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc.reg[i] == n)
            tc->vc.reg[i] = -1;
    /* A slot whose register this instruction used as scratch may still
     * hold a live temporary of its: leave it alone.  Otherwise a free
     * slot, or the least recently used. */
    int slot = -1;
    for (int i = 0; i < VC_SLOTS; i++) {
        if (tc->e.xmm_touched & (1u << slot_xmm(i)))
            continue;
        if (slot < 0 || (tc->vc.reg[i] < 0 && tc->vc.reg[slot] >= 0) ||
            ((tc->vc.reg[i] < 0) == (tc->vc.reg[slot] < 0) && tc->vc.used[i] < tc->vc.used[slot]))
            slot = i;
    }
    if (slot < 0)
        return;
    tc->vc.used[slot] = ++tc->vc_clock;
    if (slot_xmm(slot) != x) {
        quiet(tc, true);
        emit_movaps_rr(&tc->e, slot_xmm(slot), x);
        quiet(tc, false);
    }
    tc->vc.reg[slot] = (signed char)n;
    tc->vc.width[slot] = (signed char)width;
    tc->vc.exact[slot] = exact;
}

unsigned vc_live(const struct tcx *tc)
{
    unsigned mask = 0;
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc.reg[i] >= 0)
            mask |= 1u << i;
    return mask;
}

/* Around a call into C from the middle of an instruction (the NaN slow
 * path): xmm registers are caller-saved in the host ABI. */
void vc_save(struct emitter *e, unsigned live)
{
    int k = __builtin_popcount(live);
    if (k == 0)
        return;
    e->xmm_quiet = true;
    emit_alu_ri(e, ALU_SUB, 1, RSP, 16 * k);
    for (int i = 0, j = 0; i < VC_SLOTS; i++)
        if (live & (1u << i))
            emit_movdqu_store(e, mem_bd(RSP, 16 * j++), slot_xmm(i));
    e->xmm_quiet = false;
}

void vc_restore(struct emitter *e, unsigned live)
{
    int k = __builtin_popcount(live);
    if (k == 0)
        return;
    e->xmm_quiet = true;
    for (int i = 0, j = 0; i < VC_SLOTS; i++)
        if (live & (1u << i))
            emit_movdqu_load(e, slot_xmm(i), mem_bd(RSP, 16 * j++));
    emit_alu_ri(e, ALU_ADD, 1, RSP, 16 * k);
    e->xmm_quiet = false;
}

/* ---- loop regions ----
 * Within a loop region the cache is carried across the loop's own jumps.
 * The region is translated three times (REGION_PASSES).  Each pass starts
 * every block from an entry state (empty in the first pass) and meets,
 * per block, the states of all jumps to it (the V registers and widths
 * they all hold, in any slot); the next pass takes those meets, weakened to
 * `exact` false, as its entry states.  A jump to a block first makes its
 * own state provide the block's entry state: moves between slots for
 * values it holds elsewhere, loads for values it lacks.  cpu->v is always
 * current, so a load from it is always right: the passes only decide how
 * often one is needed.  The second pass lets values pass through blocks
 * that do not touch them (a loop-carried value computed in one block and
 * used in the next time round). */

/* Keep the entries of `into` that s also has, in whatever slot (a jump
 * moves values between slots where needed). */
static void meet(struct vc_state *into, const struct vc_state *s)
{
    for (int i = 0; i < VC_SLOTS; i++) {
        int j = 0;
        while (j < VC_SLOTS && !(s->reg[j] == into->reg[i] && s->width[j] == into->width[i]))
            j++;
        if (j == VC_SLOTS)
            into->reg[i] = -1;
        else
            into->exact[i] = into->exact[i] && s->exact[j];
    }
}

void vc_settle(struct tcx *tc, int n, struct vc_state *entry)
{
    for (int k = 0; k < n; k++) {
        struct vc_state *e = &entry[k];
        *e = tc->vc_meet[k];
        for (int i = 0; i < VC_SLOTS; i++) {
            if (!tc->vc_seen[k])
                e->reg[i] = -1;
            e->exact[i] = false;
            e->used[i] = 0;
        }
    }
}

void vc_block_start(struct tcx *tc, int k)
{
    if (k >= 0)
        tc->vc = tc->vc_entry[k];
    else
        vc_forget_all(tc);
}

/* Where the current state holds entry slot i of block k: i itself, another
 * slot, or -1 (not at all); -2 if the entry slot is free. */
static int source_of(const struct tcx *tc, int k, int i)
{
    const struct vc_state *e = &tc->vc_entry[k];
    if (e->reg[i] < 0)
        return -2;
    for (int j = 0; j < VC_SLOTS; j++)
        if (tc->vc.reg[j] == e->reg[i] && tc->vc.width[j] == e->width[i])
            return j;
    return -1;
}

bool vc_edge_needs_code(const struct tcx *tc, int k)
{
    for (int i = 0; i < VC_SLOTS; i++) {
        int j = source_of(tc, k, i);
        if (j != -2 && j != i)
            return true;
    }
    return false;
}

static void load_slot(struct tcx *tc, int x, int n, int width)
{
    struct x86_mem m = vreg_home(n, 0);
    if (width == 4)
        emit_movss_load(&tc->e, x, m);
    else if (width == 8)
        emit_movsd_load(&tc->e, x, m);
    else
        emit_movdqu_load(&tc->e, x, m);
}

void vc_edge(struct tcx *tc, int k)
{
    if (tc->vc_seen[k]) {
        meet(&tc->vc_meet[k], &tc->vc);
    } else {
        tc->vc_meet[k] = tc->vc;
        tc->vc_seen[k] = true;
    }
    /* Slot moves may form cycles: go through scratch xmm0..5 (free between
     * instructions), then load what is missing. */
    int src[VC_SLOTS];
    for (int i = 0; i < VC_SLOTS; i++)
        src[i] = source_of(tc, k, i);
    quiet(tc, true);
    for (int i = 0; i < VC_SLOTS; i++)
        if (src[i] >= 0 && src[i] != i)
            emit_movaps_rr(&tc->e, i, slot_xmm(src[i]));
    for (int i = 0; i < VC_SLOTS; i++) {
        const struct vc_state *e = &tc->vc_entry[k];
        if (src[i] >= 0 && src[i] != i)
            emit_movaps_rr(&tc->e, slot_xmm(i), i);
        else if (src[i] == -1)
            load_slot(tc, slot_xmm(i), e->reg[i], e->width[i]);
    }
    quiet(tc, false);
}

void vc_unit_entry(struct tcx *tc)
{
    vc_forget_all(tc);
    bool seen = tc->vc_seen[0];
    struct vc_state m = tc->vc_meet[0];
    vc_edge(tc, 0); /* the head's entry state, loaded once */
    tc->vc_seen[0] = seen; /* entering the unit is not one of the loop's jumps */
    tc->vc_meet[0] = m;
}

void vc_reload(struct tcx *tc, const struct vc_state *s)
{
    tc->vc = *s;
    quiet(tc, true);
    for (int i = 0; i < VC_SLOTS; i++) {
        if (tc->vc.reg[i] >= 0)
            load_slot(tc, slot_xmm(i), tc->vc.reg[i], tc->vc.width[i]);
        tc->vc.exact[i] = false; /* C code may have changed any V register */
    }
    quiet(tc, false);
}
