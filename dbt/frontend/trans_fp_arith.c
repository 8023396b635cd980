/* Scalar floating-point arithmetic: 1-source (FABS, FNEG, FSQRT, FRINT*),
 * 2-source (FADD ... FNMUL, FMAX/FMIN/FMAXNM/FMINNM) and the fused
 * 3-source forms.  Everything is SSE/AVX on xmm registers; the NaN checks
 * (trans_fp_nan.c) preserve live flags, so the patterns are F_KEEP.
 * Rounding follows MXCSR, which tracks FPCR.RMode. */
#include "dbt/frontend/trans_fp.h"

static void copy(struct tcx *tc, int xd, int xs)
{
    emit_movaps_rr(&tc->e, xd, xs);
}

static void blendv(struct tcx *tc, int ftype, int xd, int xs1, int xs2, int xmask)
{
    if (ftype == FT_DOUBLE)
        emit_vblendvpd(&tc->e, xd, xs1, xs2, xmask);
    else
        emit_vblendvps(&tc->e, xd, xs1, xs2, xmask);
}

/* Round half away from zero (FRINTA), exactly and without raising
 * exceptions AArch64 does not: t = trunc(x), a = |x| where |x| < 2^52
 * (2^23 for singles) and 0 otherwise (larger values, infinities and NaNs
 * are integral or pass through the trunc), d = a - trunc(a) is exact, and
 * d >= 0.5 moves t one unit away from zero.  The adjustment carries x's
 * sign even when it is zero, so that t = -0 stays -0. */
void fp_emit_round_away(struct tcx *tc, int ftype, int xd, int xs)
{
    enum sse_prefix p = fp_pfx(ftype);
    bool dbl = ftype == FT_DOUBLE;
    int a = xd + 1, sign = xd + 2, k = xd + 3;
    void (*round)(struct emitter *, int, int, uint8_t) = dbl ? emit_roundsd : emit_roundss;
    copy(tc, xd, xs);
    round(&tc->e, xd, xd, ROUND_TRUNC | ROUND_NO_PE);
    copy(tc, a, xs);
    fp_const(tc, sign, fp_sign_mask(ftype) - 1);
    emit_andps(&tc->e, a, sign);                  /* |x| */
    emit_andnps(&tc->e, sign, xs);                /* the sign bit of x */
    fp_const(tc, k, dbl ? 0x4330000000000000ull : 0x4B000000u); /* 2^52, 2^23 */
    emit_vcmp(&tc->e, p, k, a, k, CMP_LT_OQ);     /* quiet: NaN is false */
    emit_andps(&tc->e, a, k);
    round(&tc->e, k, a, ROUND_TRUNC | ROUND_NO_PE);
    emit_sse_arith(&tc->e, SSE_SUB, p, a, k);     /* fraction of |x| */
    fp_const(tc, k, fp_bits_of(ftype, 0.5));
    emit_sse_cmp(&tc->e, p, k, a, CMP_LE);        /* 0.5 <= d (no NaN here) */
    fp_const(tc, a, fp_bits_of(ftype, 1.0));
    emit_andps(&tc->e, a, k);
    emit_orps(&tc->e, a, sign);                   /* +-1 or +-0, sign of x */
    emit_sse_arith(&tc->e, SSE_ADD, p, xd, a);
}

bool trans_FP_DP1(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22), opcode = (int)bits(insn, 20, 15);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    enum sse_prefix p = fp_pfx(ftype);
    /* FRINTN P M Z A - X I (opcode 8..15): roundsd modes; only FRINTX
     * signals inexact.  FRINTA is not a roundsd mode. */
    enum { RINT_AWAY = -1, RINT_UNALLOC = -2 };
    static const int8_t rint_mode[8] = {
        ROUND_NEAREST | ROUND_NO_PE, ROUND_UP | ROUND_NO_PE,
        ROUND_DOWN | ROUND_NO_PE, ROUND_TRUNC | ROUND_NO_PE,
        RINT_AWAY, RINT_UNALLOC, ROUND_MXCSR, ROUND_MXCSR | ROUND_NO_PE,
    };
    fp_load(tc, 0, rn, ftype);
    switch (opcode) {
    case 1: /* FABS */
        fp_const(tc, 1, fp_sign_mask(ftype) - 1);
        emit_andps(&tc->e, 0, 1);
        break;
    case 2: /* FNEG */
        fp_const(tc, 1, fp_sign_mask(ftype));
        emit_xorps(&tc->e, 0, 1);
        break;
    case 3: /* FSQRT */
        emit_sse_arith(&tc->e, SSE_SQRT, p, 0, 0);
        fp_fix_nan(tc, ftype, 0);
        break;
    case 8: case 9: case 10: case 11: case 12: case 14: case 15: { /* FRINT* */
        int mode = rint_mode[opcode - 8];
        if (mode == RINT_AWAY) {
            fp_emit_round_away(tc, ftype, 1, 0);
            fp_store_w(tc, rd, 1, ftype);
            return true;
        }
        if (ftype == FT_DOUBLE)
            emit_roundsd(&tc->e, 0, 0, (uint8_t)mode);
        else
            emit_roundss(&tc->e, 0, 0, (uint8_t)mode);
        break;
    }
    default:
        return false;
    }
    fp_store_w(tc, rd, 0, ftype);
    return true;
}

/* FMAX/FMIN/FMAXNM/FMINNM of numbers xmm0 (n) and xmm1 (m) into xmm2;
 * NaN operands are left to fp_fix_nan_minmax.  x86 max/min return the
 * second operand for two zeros (and signal invalid on quiet NaNs), so
 * select with quiet compares instead, in both operand orders:
 * t1 = n > m ? n : m, t2 = n < m ? m : n (max; min swaps the compares).
 * For two zeros AND of the two gives +0 for max (OR gives -0 for min),
 * otherwise they agree. */
static void fp_minmax(struct tcx *tc, int ftype, bool is_max)
{
    enum sse_prefix p = fp_pfx(ftype);
    emit_vcmp(&tc->e, p, 3, 0, 1, is_max ? CMP_GT_OQ : CMP_LT_OQ);
    blendv(tc, ftype, 2, 1, 0, 3);                /* t1 */
    emit_vcmp(&tc->e, p, 3, 0, 1, is_max ? CMP_LT_OQ : CMP_GT_OQ);
    blendv(tc, ftype, 4, 0, 1, 3);                /* t2 */
    if (is_max)
        emit_andps(&tc->e, 2, 4);
    else
        emit_orps(&tc->e, 2, 4);
}

bool trans_FP_DP2(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22), opcode = (int)bits(insn, 15, 12);
    int rm = (int)bits(insn, 20, 16), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    enum sse_prefix p = fp_pfx(ftype);
    static const enum sse_arith simple[4] = { SSE_MUL, SSE_DIV, SSE_ADD, SSE_SUB };
    /* read only, and cpu->v is always current (see vcache.c) */
    struct x86_mem in[2] = { vreg_home(rn, 0), vreg_home(rm, 0) };
    fp_load(tc, 0, rn, ftype);
    switch (opcode) {
    case 0: case 1: case 2: case 3:
        fp_arith_src(tc, simple[opcode], ftype, 0, rm);
        fp_fix_nan(tc, ftype, 0);
        break;
    case 8: /* FNMUL: the rounded product (or default NaN), negated */
        fp_arith_src(tc, SSE_MUL, ftype, 0, rm);
        fp_fix_nan(tc, ftype, 0);
        fp_const(tc, 1, fp_sign_mask(ftype));
        emit_xorps(&tc->e, 0, 1);
        break;
    case 4: case 5: case 6: case 7:
        /* NM or not only matters for NaN operands: see the helper */
        fp_load(tc, 1, rm, ftype);
        fp_minmax(tc, ftype, opcode == 4 || opcode == 6);
        fp_fix_nan_minmax(tc, ftype, 2, 3, in[0], in[1]);
        /* FPCR.FZ: AArch64 flushes denormal operands first; the compares
         * read them as zeros (MXCSR.DAZ) but the result is an operand's
         * bits (or the AND/OR of two zeros or denormals, with the right
         * sign), so flush it: x * 1.0 is exact without DAZ (and keeps a
         * quiet NaN), a zero of x's sign with it. */
        fp_const(tc, 3, fp_bits_of(ftype, 1.0));
        emit_sse_arith(&tc->e, SSE_MUL, p, 2, 3);
        fp_store_w(tc, rd, 2, ftype);
        return true;
    default:
        return false;
    }
    fp_store_w(tc, rd, 0, ftype);
    return true;
}

/* FMADD/FMSUB/FNMADD/FNMSUB: one FMA3 instruction, a single rounding.
 * AArch64 defines the negated forms by negating operands (n, and/or a)
 * before a plain fused multiply-add, which flips the sign of a NaN
 * operand too; so negate with xorps rather than use vfnmadd/vfmsub. */
bool trans_FP_DP3(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22), o1 = (int)bits(insn, 21, 21), o0 = (int)bits(insn, 15, 15);
    int rm = (int)bits(insn, 20, 16), ra = (int)bits(insn, 14, 10);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    /* (o1, o0): a + n*m, a - n*m, -a - n*m, -a + n*m */
    bool neg_n = o1 != o0, neg_a = o1;
    fp_load(tc, 0, ra, ftype);
    fp_load(tc, 1, rn, ftype);
    fp_load(tc, 2, rm, ftype);
    if (neg_n || neg_a)
        fp_const(tc, 3, fp_sign_mask(ftype));
    if (neg_n)
        emit_xorps(&tc->e, 1, 3);
    if (neg_a)
        emit_xorps(&tc->e, 0, 3);
    emit_vfma231_scalar(&tc->e, FMA_MADD, ftype == FT_DOUBLE, 0, 1, 2);
    fp_fix_nan(tc, ftype, 0);
    fp_store_w(tc, rd, 0, ftype);
    return true;
}
