/* The V register cache: copies of recently written or read V registers in
 * xmm8..xmm13, so that a chain of dependent FP or AdvSIMD instructions
 * passes values in registers instead of through cpu->v (a store and a
 * reload per instruction, whose store-to-load forwarding is most of the
 * latency of an FADD).
 *
 * It is write-through: cpu->v is always up to date, and a cached copy only
 * saves loads.  So forgetting costs no code, and it is done whenever in
 * doubt, without trusting any translator to know about the cache:
 *  - at every block start;
 *  - after each instruction, for every slot whose xmm register the
 *    emitter saw used by other code (struct emitter's xmm_touched, set by
 *    the SSE/AVX encoders), and for every V register reached through
 *    vreg_mem() (which notes it in vreg_touched) rather than through the
 *    cache-aware accessors (fp_load/fp_store*, vld/vst*, the S/D/Q loads
 *    and stores of trans_ldst_addr.c);
 *  - around calls into C: tc_call_helper() forgets everything, the NaN
 *    slow path saves and restores the slots.
 *
 * A slot for Vn with width w holds Vn's low w bytes and zeros above them;
 * `exact` says Vn itself has zeros above w too (the slot is all of Vn). */
#include "dbt/emit_sse.h"
#include "dbt/hostregs.h"
#include "dbt/translate.h"

uint32_t vreg_touched;

static int slot_xmm(int i)
{
    return VC_FIRST_XMM + i;
}

void vc_forget_all(struct tcx *tc)
{
    for (int i = 0; i < VC_SLOTS; i++)
        tc->vc_reg[i] = -1;
}

void vc_forget_mask(struct tcx *tc, uint32_t vregs)
{
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc_reg[i] >= 0 && (vregs >> tc->vc_reg[i]) & 1)
            tc->vc_reg[i] = -1;
}

void vc_after_insn(struct tcx *tc)
{
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->e.xmm_touched & (1u << slot_xmm(i)))
            tc->vc_reg[i] = -1;
    vc_forget_mask(tc, vreg_touched);
    tc->e.xmm_touched = 0;
    vreg_touched = 0;
}

/* The slot holding Vn, or -1.  Not one that this instruction may have
 * changed behind the cache's back (through vreg_mem()). */
static int find_slot(const struct tcx *tc, int n)
{
    if (vreg_touched & (1u << n))
        return -1;
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc_reg[i] == n)
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
    int w = tc->vc_width[i], h = slot_xmm(i);
    bool exact = tc->vc_exact[i];
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

int vc_find(const struct tcx *tc, int n, int bytes)
{
    int i = find_slot(tc, n);
    return i >= 0 && (tc->vc_width[i] >= bytes || tc->vc_exact[i]) ? slot_xmm(i) : -1;
}

void vc_note(struct tcx *tc, int n, int width, bool exact, int x)
{
    int slot = -1;
    for (int i = 0; i < VC_SLOTS; i++) {
        if (tc->vc_reg[i] == n) {
            tc->vc_reg[i] = -1;
            slot = i;
        }
    }
    for (int i = 0; i < VC_SLOTS && slot < 0; i++)
        if (tc->vc_reg[i] < 0)
            slot = i;
    if (slot < 0) { /* all in use: replace round-robin */
        slot = tc->vc_next;
        tc->vc_next = (uint8_t)((tc->vc_next + 1) % VC_SLOTS);
    }
    if (slot_xmm(slot) != x) {
        quiet(tc, true);
        emit_movaps_rr(&tc->e, slot_xmm(slot), x);
        quiet(tc, false);
    }
    tc->vc_reg[slot] = (signed char)n;
    tc->vc_width[slot] = (signed char)width;
    tc->vc_exact[slot] = exact;
}

unsigned vc_live(const struct tcx *tc)
{
    unsigned mask = 0;
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc_reg[i] >= 0)
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
