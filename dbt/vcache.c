/* The scalar FP register cache: copies of recently written or read V
 * registers in xmm8..xmm13, so that a chain of dependent FP instructions
 * passes values in registers instead of through cpu->v (a store and a
 * reload per instruction, whose store-to-load forwarding is most of the
 * latency of an FADD).
 *
 * It is write-through: cpu->v is always up to date, and a cached copy only
 * saves loads.  So forgetting is free (no code), and it is done whenever
 * in doubt: at every block start, after any instruction that is not
 * cache-aware (F_VC) and uses xmm registers or writes V registers, and
 * after calls into C.  A slot holds the whole 128-bit image of Vn as a
 * scalar write of `width` bytes left it (zeros above), so it serves reads
 * of that width exactly. */
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

int vc_find(const struct tcx *tc, int n, int width)
{
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc_reg[i] == n && tc->vc_width[i] == width)
            return slot_xmm(i);
    return -1;
}

void vc_note(struct tcx *tc, int n, int width, int x)
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
    if (slot_xmm(slot) != x)
        emit_movaps_rr(&tc->e, slot_xmm(slot), x);
    tc->vc_reg[slot] = (signed char)n;
    tc->vc_width[slot] = (signed char)width;
}

unsigned vc_live(const struct tcx *tc)
{
    unsigned mask = 0;
    for (int i = 0; i < VC_SLOTS; i++)
        if (tc->vc_reg[i] >= 0)
            mask |= 1u << i;
    return mask;
}

/* Around a call into C from the middle of a cache-aware instruction (the
 * NaN slow path): xmm registers are caller-saved in the host ABI. */
void vc_save(struct emitter *e, unsigned live)
{
    int k = __builtin_popcount(live);
    if (k == 0)
        return;
    emit_alu_ri(e, ALU_SUB, 1, RSP, 16 * k);
    for (int i = 0, j = 0; i < VC_SLOTS; i++)
        if (live & (1u << i))
            emit_movdqu_store(e, mem_bd(RSP, 16 * j++), slot_xmm(i));
}

void vc_restore(struct emitter *e, unsigned live)
{
    int k = __builtin_popcount(live);
    if (k == 0)
        return;
    for (int i = 0, j = 0; i < VC_SLOTS; i++)
        if (live & (1u << i))
            emit_movdqu_load(e, slot_xmm(i), mem_bd(RSP, 16 * j++));
    emit_alu_ri(e, ALU_ADD, 1, RSP, 16 * k);
}
