/* AdvSIMD "three different" (widening and narrowing: [SU]ADDL/W,
 * [SU]SUBL/W, ADDHN/SUBHN, [SU]ABAL/ABDL, [SU]MULL, [SU]MLAL/MLSL) and
 * the integer "by element" instructions (MUL, MLA, MLS, [SU]MULL,
 * [SU]MLAL, [SU]MLSL).  Doubling saturating multiplies and PMULL take the
 * C fallback. */
#include "dbt/frontend/trans_simd.h"

static bool slow(struct tcx *tc, uint32_t insn, uint8_t *mark)
{
    tc->e.p = mark;
    return simd_slow_try(tc, insn);
}

/* x0 := widening product of the low (hi = 0) or high halves of x0 and
 * x1, elements of `size` giving size + 1.  Clobbers x1, x2. */
static void mul_long(struct tcx *tc, int size, bool sign, bool hi)
{
    struct emitter *e = &tc->e;
    switch (size) {
    case 0:
        vextend(tc, 0, sign, hi, 0, 0);
        vextend(tc, 0, sign, hi, 1, 1);
        emit_simd(e, SX_PMULLW, 0, 1);
        break;
    case 1: /* low and high 16 bits of each product, interleaved */
        vmov(tc, 2, 0);
        emit_simd(e, SX_PMULLW, 0, 1);
        emit_simd(e, sign ? SX_PMULHW : SX_PMULHUW, 2, 1);
        emit_simd(e, hi ? SX_PUNPCKHWD : SX_PUNPCKLWD, 0, 2);
        break;
    default: { /* pmul[u]dq multiplies elements 0 and 2 */
        uint8_t pick = hi ? 0xFA : 0x50;
        emit_simd_i(e, SX_PSHUFD_I, 0, 0, pick);
        emit_simd_i(e, SX_PSHUFD_I, 1, 1, pick);
        emit_simd(e, sign ? SX_PMULDQ : SX_PMULUDQ, 0, 1);
        break;
    }
    }
}

/* x0 := |x0 - x1| of `size` elements as unsigned values.  Clobbers x2, x3. */
static void abs_diff(struct tcx *tc, int size, bool sign)
{
    vmov(tc, 2, 0);
    vminmax(tc, true, sign, size, 0, 1, 3);
    vminmax(tc, false, sign, size, 2, 1, 3);
    emit_simd(&tc->e, vop_sub[size], 0, 2);
}

/* Accumulate x0 (elements of `size`) into Vd: add, or subtract (Vd - x0). */
static void accumulate(struct tcx *tc, int size, int rd, bool sub)
{
    if (sub) {
        vld(tc, 1, rd);
        emit_simd(&tc->e, vop_sub[size], 1, 0);
        vmov(tc, 0, 1);
    } else {
        emit_simd_m(&tc->e, vop_add[size], 0, vreg_mem(rd, 0));
    }
}

bool trans_simd_3diff(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opcode = (int)bits(insn, 15, 12);
    bool sign = !v.u, hi = v.q;
    uint8_t *mark = e->p;
    if (v.size == 3)
        return slow(tc, insn, mark); /* PMULL 1Q, or unallocated */
    int wide = v.size + 1;
    vld(tc, 0, v.rn);
    vld(tc, 1, v.rm);
    switch (opcode) {
    case 0x0: case 0x2: /* [SU]ADDL, [SU]SUBL */
        vextend(tc, v.size, sign, hi, 0, 0);
        vextend(tc, v.size, sign, hi, 1, 1);
        emit_simd(e, (opcode ? vop_sub : vop_add)[wide], 0, 1);
        break;
    case 0x1: case 0x3: /* [SU]ADDW, [SU]SUBW */
        vextend(tc, v.size, sign, hi, 1, 1);
        emit_simd(e, (opcode == 1 ? vop_add : vop_sub)[wide], 0, 1);
        break;
    case 0x4: case 0x6: { /* ADDHN, RADDHN, SUBHN, RSUBHN */
        emit_simd(e, (opcode == 4 ? vop_add : vop_sub)[wide], 0, 1);
        if (v.u) {
            uint64_t r = vrep(wide, 1ull << ((8 << v.size) - 1));
            vconst_op(tc, vop_add[wide], 0, r, r);
        }
        vshr_imm(tc, wide, false, 0, 8 << v.size, 1);
        vnarrow(tc, v.size, 0);
        vst_narrow(tc, v.rd, v.q);
        return true;
    }
    case 0x5: case 0x7: /* [SU]ABAL, [SU]ABDL */
        abs_diff(tc, v.size, sign);
        vextend(tc, v.size, false, hi, 0, 0);
        if (opcode == 5)
            accumulate(tc, wide, v.rd, false);
        break;
    case 0x8: case 0xA: case 0xC: /* [SU]MLAL, [SU]MLSL, [SU]MULL */
        mul_long(tc, v.size, sign, hi);
        if (opcode != 0xC)
            accumulate(tc, wide, v.rd, opcode == 0xA);
        break;
    default:
        return slow(tc, insn, mark);
    }
    vst(tc, v.rd, 0, 1);
    return true;
}

/* Element index and register of the by-element forms. */
static int elem_index(uint32_t insn, int size, int *rm)
{
    int h = (int)bits(insn, 11, 11), l = (int)bits(insn, 21, 21), m = (int)bits(insn, 20, 20);
    *rm = (int)bits(insn, 19, 16);
    if (size == 1)
        return h << 2 | l << 1 | m;
    *rm |= m << 4;
    return size == 2 ? (h << 1 | l) : h;
}

bool trans_simd_elem(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opcode = (int)bits(insn, 15, 12);
    uint8_t *mark = e->p;
    if (opcode == 0x1 || opcode == 0x5 || opcode == 0x9)
        return trans_simd_fp_3same(tc, insn);
    if (v.size == 0 || v.size == 3)
        return false;
    int rm, index = elem_index(insn, v.size, &rm);
    bool sign = !v.u;
    switch (opcode) {
    case 0x0: case 0x4: case 0x8: /* MLA, MLS, MUL */
        if ((opcode == 8) == v.u)
            return false;
        vldq(tc, 0, v.rn, v.q);
        emit_vpbroadcast_m(e, 1 << v.size, 1, vreg_mem(rm, index << v.size));
        vmul(tc, v.size, 0, 1, 2);
        if (opcode != 8) {
            vldq(tc, 1, v.rd, v.q);
            emit_simd(e, (opcode == 4 ? vop_sub : vop_add)[v.size], 1, 0);
            vmov(tc, 0, 1);
        }
        vst(tc, v.rd, 0, v.q);
        return true;
    case 0x2: case 0x6: case 0xA: /* [SU]MLAL, [SU]MLSL, [SU]MULL */
        vld(tc, 0, v.rn);
        emit_vpbroadcast_m(e, 1 << v.size, 1, vreg_mem(rm, index << v.size));
        mul_long(tc, v.size, sign, v.q);
        if (opcode != 0xA)
            accumulate(tc, v.size + 1, v.rd, opcode == 6);
        vst(tc, v.rd, 0, 1);
        return true;
    default:
        return slow(tc, insn, mark);
    }
}

bool trans_simd_elem_scalar(struct tcx *tc, uint32_t insn)
{
    int opcode = (int)bits(insn, 15, 12);
    if (opcode == 0x1 || opcode == 0x5 || opcode == 0x9)
        return trans_simd_fp_3same(tc, insn);
    return slow(tc, insn, tc->e.p);
}
