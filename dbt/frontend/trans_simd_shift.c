/* AdvSIMD shifts by immediate: SSHR/USHR, SSRA/USRA, the rounding
 * SRSHR/URSHR/SRSRA/URSRA, SHL, SLI, SRI, SHRN/RSHRN, SSHLL/USHLL (SXTL,
 * UXTL), vector and scalar (D) forms.  Saturating shifts and narrows go to
 * the C fallback; the fixed-point conversions to trans_simd_fp.c. */
#include "dbt/frontend/trans_simd.h"

/* x0 := x0 >> n with AArch64 rounding (add the last bit shifted out). */
static void shr_round(struct tcx *tc, int size, bool sign, int n)
{
    vmov(tc, 1, 0);
    vshr_imm(tc, size, sign, 0, n, 2);
    vshr_imm(tc, size, false, 1, n - 1, 2);
    uint64_t one = vrep(size, 1);
    vconst_op(tc, SX_PAND, 1, one, one);
    emit_simd(&tc->e, vop_add[size], 0, 1);
}

/* The same-width shifts on x0 (source Vn), with Vd in memory for the
 * accumulating and inserting forms.  q = 0 keeps 64 bits. */
static bool shift_same(struct tcx *tc, int opcode, int u, int size, int q, int rd, int rn,
                       int rshift, int lshift)
{
    struct emitter *e = &tc->e;
    vldq(tc, 0, rn, q);
    switch (opcode) {
    case 0x00: case 0x02: /* [SU]SHR, [SU]SRA */
        vshr_imm(tc, size, !u, 0, rshift, 1);
        break;
    case 0x04: case 0x06: /* [SU]RSHR, [SU]RSRA */
        shr_round(tc, size, !u, rshift);
        break;
    case 0x08: { /* SRI: keep the top rshift bits of each element of Vd */
        if (!u)
            return false;
        uint64_t ones = size == 3 ? ~0ull : (1ull << (8 << size)) - 1;
        uint64_t keep = rshift >= (8 << size) ? ones : ones & ~(ones >> rshift);
        vshr_imm(tc, size, false, 0, rshift, 1);
        vldq(tc, 1, rd, q);
        vconst_op(tc, SX_PAND, 1, vrep(size, keep), vrep(size, keep));
        emit_simd(e, SX_POR, 0, 1);
        break;
    }
    case 0x0A: /* SHL, SLI */
        vshl_imm(tc, size, 0, lshift, 1);
        if (u) {
            uint64_t keep = lshift ? (1ull << lshift) - 1 : 0;
            vldq(tc, 1, rd, q);
            vconst_op(tc, SX_PAND, 1, vrep(size, keep), vrep(size, keep));
            emit_simd(e, SX_POR, 0, 1);
        }
        break;
    default:
        return false;
    }
    if (opcode == 0x02 || opcode == 0x06)
        emit_simd_m(e, vop_add[size], 0, vreg_mem(rd, 0));
    vst(tc, rd, 0, q);
    return true;
}

static bool slow(struct tcx *tc, uint32_t insn)
{
    return simd_slow_try(tc, insn);
}

bool trans_simd_shift_imm(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int immh = (int)bits(insn, 22, 19), opcode = (int)bits(insn, 15, 11);
    int size = 31 - __builtin_clz((unsigned)immh);
    int immhb = (int)bits(insn, 22, 16), esize = 8 << size;
    int rshift = 2 * esize - immhb, lshift = immhb - esize;
    if (opcode == 0x1C || opcode == 0x1F)
        return trans_simd_fp_2misc(tc, insn);
    if (opcode >= 0x10 && opcode <= 0x14) {
        if (size == 3)
            return false;
        if (opcode == 0x14) { /* SSHLL/USHLL: widen then shift */
            vld(tc, 0, v.rn);
            vextend(tc, size, !v.u, v.q, 0, 0);
            vshl_imm(tc, size + 1, 0, lshift, 1);
            vst(tc, v.rd, 0, 1);
            return true;
        }
        if (v.u || opcode > 0x11)
            return slow(tc, insn);
        /* SHRN/RSHRN: the shift count is relative to the narrow size */
        vld(tc, 0, v.rn);
        if (opcode == 0x11) {
            uint64_t r = vrep(size + 1, 1ull << (rshift - 1));
            vconst_op(tc, vop_add[size + 1], 0, r, r);
        }
        vshr_imm(tc, size + 1, false, 0, rshift, 1);
        vnarrow(tc, size, 0);
        vst_narrow(tc, v.rd, v.q);
        return true;
    }
    if (size == 3 && !v.q)
        return false;
    uint8_t *mark = e->p;
    if (shift_same(tc, opcode, v.u, size, v.q, v.rd, v.rn, rshift, lshift))
        return true;
    e->p = mark;
    return slow(tc, insn);
}

bool trans_simd_shift_imm_scalar(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int immh = (int)bits(insn, 22, 19), opcode = (int)bits(insn, 15, 11);
    int size = 31 - __builtin_clz((unsigned)immh);
    int immhb = (int)bits(insn, 22, 16), esize = 8 << size;
    if (opcode == 0x1C || opcode == 0x1F)
        return trans_simd_fp_2misc(tc, insn);
    if (opcode <= 0x0A) {
        if (size != 3)
            return false;
        uint8_t *mark = tc->e.p;
        if (shift_same(tc, opcode, v.u, 3, 0, v.rd, v.rn, 2 * esize - immhb, immhb - esize))
            return true;
        tc->e.p = mark;
    }
    return slow(tc, insn);
}
