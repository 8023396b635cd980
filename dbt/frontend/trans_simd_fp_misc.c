/* AdvSIMD floating point, two-register misc (FABS, FNEG, FSQRT, FRINT*,
 * compares with zero, FCVT[NMPZA][SU], SCVTF/UCVTF, FCVTN/FCVTL) and
 * the fixed-point conversions of the shift-by-immediate group, vector
 * and scalar.  Conversions saturate like AArch64 (NaN -> 0) and raise
 * AArch64's flags: Invalid where they saturate, else Inexact. */
#include "dbt/frontend/trans_simd_fp.h"

/* x0 := x0 rounded to integral: mode 0-3 = nearest, down, up, zero,
 * 4 = the FPCR mode, 5 = ties away; `exact` raises Inexact for a
 * non-integral input (FRINTX).  Clobbers x1..x5 for ties away. */
static void fround(struct tcx *tc, bool dbl, int mode, bool exact)
{
    struct emitter *e = &tc->e;
    uint32_t round = dbl ? SX_ROUNDPD_I : SX_ROUNDPS_I;
    if (mode < 5) {
        emit_simd_i(e, round, 0, 0, (uint8_t)(mode | (exact ? 0 : ROUND_NO_PE)));
        return;
    }
    /* Ties away: t = trunc(x), plus copysign(1, x) where the fraction
     * |x| - trunc(|x|) is at least 1/2, else plus copysign(0, x) (which
     * keeps -0).  The fraction is taken only where |x| < 2^23 (2^52),
     * zero elsewhere: larger values, infinities and NaNs are integral or
     * pass through trunc, and no step raises a flag. */
    uint64_t sm = sign_mask(dbl);
    vmov(tc, 1, 0);
    emit_simd_i(e, round, 1, 1, ROUND_TRUNC | ROUND_NO_PE);
    vmov(tc, 2, 0);
    vconst_op(tc, SX_PAND, 2, ~sm, ~sm);                 /* |x| */
    fconst(tc, 3, dbl, dbl ? 4503599627370496.0 : 8388608.0);
    emit_vcmpp(e, dbl, 3, 2, 3, VCMP_LT_OQ);
    emit_simd(e, SX_PAND, 2, 3);
    vmov(tc, 3, 2);
    emit_simd_i(e, round, 3, 3, ROUND_TRUNC | ROUND_NO_PE);
    emit_simd(e, F(SX_SUBPS, dbl), 2, 3);                /* fraction */
    fconst(tc, 4, dbl, 0.5);
    emit_simd_i(e, F(SX_CMPPS_I, dbl), 4, 2, CMP_LE);
    fconst_op(tc, SX_ANDPS, dbl, 4, 1.0);
    vmov(tc, 5, 0);
    vconst_op(tc, SX_PAND, 5, sm, sm);
    emit_simd(e, SX_POR, 4, 5);
    emit_simd(e, F(SX_ADDPS, dbl), 1, 4);
    vmov(tc, 0, 1);
}

/* Signed/unsigned integer elements of x0 to floating point. */
static void cvt_to_fp(struct tcx *tc, bool dbl, bool sign)
{
    struct emitter *e = &tc->e;
    if (!dbl && sign) {
        emit_simd(e, SX_CVTDQ2PS, 0, 0);
    } else if (!dbl) {
        /* 16-bit halves convert exactly; hi * 65536 + lo rounds once */
        vmov(tc, 1, 0);
        vconst_op(tc, SX_PAND, 1, vrep(2, 0xFFFF), vrep(2, 0xFFFF));
        emit_simd_shift(e, SH_PSRLD, 0, 16);
        emit_simd(e, SX_CVTDQ2PS, 0, 0);
        emit_simd(e, SX_CVTDQ2PS, 1, 1);
        fconst_op(tc, SX_MULPS, false, 0, 65536.0);
        emit_simd(e, SX_ADDPS, 0, 1);
    } else if (sign) {
        int t = gr_tmp(tc);
        emit_movq_from_xmm(e, t, 0);
        emit_cvtsi2sd(e, 1, 1, t);
        emit_pextrq(e, t, 0, 1);
        emit_cvtsi2sd(e, 1, 2, t);
        gr_free(tc, t);
        emit_simd(e, SX_PUNPCKLQDQ, 1, 2);
        vmov(tc, 0, 1);
    } else {
        /* 2^52 + low 32 bits and 2^84 + high 32 bits * 2^32 are exact
         * doubles; removing both biases then adding rounds once. */
        uint64_t k52 = 0x4330000000000000ull, k84 = 0x4530000000000000ull;
        vconst(tc, 1, k52, k52);
        emit_simd_i(e, SX_PBLENDW_I, 1, 0, 0x33);
        emit_simd_shift(e, SH_PSRLQ, 0, 32);
        vconst_op(tc, SX_POR, 0, k84, k84);
        uint64_t bias = 0x4530000000100000ull; /* 2^84 + 2^52 */
        vconst_op(tc, SX_SUBPD, 0, bias, bias);
        emit_simd(e, SX_ADDPD, 0, 1);
        /* For 0 the sum is -2^52 + 2^52, which is -0 when rounding
         * toward -inf; the result is never negative, so clear the sign. */
        vconst_op(tc, SX_PAND, 0, ~sign_mask(true), ~sign_mask(true));
    }
}

/* Raise an x86 exception flag for the lanes of mask x: Precision (via
 * round of 0.5) or Invalid (via an out-of-range conversion).  x is
 * clobbered. */
static void raise_where(struct tcx *tc, bool dbl, int x, bool invalid)
{
    struct emitter *e = &tc->e;
    if (invalid) {
        fconst_op(tc, SX_ANDPS, dbl, x, 4294967296.0);
        emit_simd(e, dbl ? SX_(0x66, 0x0FE6) /* cvttpd2dq */ : SX_CVTTPS2DQ, x, x);
    } else {
        fconst_op(tc, SX_ANDPS, dbl, x, 0.5);
        emit_simd_i(e, dbl ? SX_ROUNDPD_I : SX_ROUNDPS_I, x, x, ROUND_MXCSR);
    }
}

/* FCVT[NMPZA][SU]: x0 rounded by `mode` (as fround), then converted to
 * saturated integers (NaN -> 0) with AArch64's flags: Invalid for lanes
 * that saturate, else Inexact for lanes that were not integral. */
static void cvt_to_int(struct tcx *tc, bool dbl, bool sign, int mode)
{
    struct emitter *e = &tc->e;
    double lim = dbl ? 9223372036854775808.0 : 2147483648.0;
    vmov(tc, 6, 0);                                  /* x6: the input */
    fround(tc, dbl, mode, false);
    vmov(tc, 7, 0);                                  /* x7: rounded */
    /* x5 := lanes that are exact (or NaN, handled as Invalid) */
    emit_vcmpp(e, dbl, 5, 7, 6, VCMP_NEQ_OQ);
    if (!sign) {
        /* negative (and NaN) lanes saturate to 0 and are Invalid */
        vzero(tc, 1);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 1, 7, CMP_LE); /* 0 <= r */
        emit_simd(e, SX_PAND, 5, 1);                      /* Inexact lanes */
        emit_simd(e, SX_PAND, 0, 1);
        vmov(tc, 2, 1);
        vones(tc, 3);
        emit_simd(e, SX_PXOR, 2, 3);
        raise_where(tc, dbl, 2, true);
        /* [2^(w-1), 2^w) down into the signed range, top bit put back */
        fconst(tc, 2, dbl, lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 0, CMP_LE); /* big */
        fconst(tc, 3, dbl, 2 * lim);                      /* but in range: */
        emit_vcmpp(e, dbl, 3, 0, 3, VCMP_LT_OQ);          /* exact subtract */
        emit_simd(e, SX_PAND, 2, 3);
        vmov(tc, 4, 2);
        fconst_op(tc, SX_ANDPS, dbl, 4, lim);
        emit_simd(e, F(SX_SUBPS, dbl), 0, 4);
    }
    if (!dbl) {
        emit_simd(e, SX_CVTTPS2DQ, 0, 0);
    } else {
        int t = gr_tmp(tc);
        emit_cvttsd2si(e, 1, t, 0);
        emit_movq_to_xmm(e, 1, t);
        emit_simd_i(e, SX_PSHUFD_I, 0, 0, 0xEE);
        emit_cvttsd2si(e, 1, t, 0);
        emit_pinsr_r(e, 8, 1, t, 1);
        gr_free(tc, t);
        vmov(tc, 0, 1);
    }
    uint64_t top = sign_mask(dbl);
    if (sign) {
        /* too big: the indefinite 0x80..0 becomes 0x7F..F; NaN: 0 */
        fconst(tc, 2, dbl, lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 7, CMP_LE);
        emit_simd(e, SX_PXOR, 0, 2);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 7, 7, CMP_ORD);
        emit_simd(e, SX_PAND, 0, 7);
    } else {
        vconst_op(tc, SX_PAND, 2, top, top);
        emit_simd(e, SX_PXOR, 0, 2);
        fconst(tc, 2, dbl, 2 * lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 7, CMP_LE); /* too big */
        emit_simd(e, SX_POR, 0, 2);
    }
    raise_where(tc, dbl, 5, false);
}

static void scale_pow2(struct tcx *tc, bool dbl, int e2)
{
    uint64_t b = dbl ? (uint64_t)(1023 + e2) << 52 : vrep(2, (uint64_t)(127 + e2) << 23);
    vconst_op(tc, F(SX_MULPS, dbl), 0, b, b);
}

/* SCVTF/UCVTF, FCVTZS/FCVTZU (vector and scalar, fixed point): the
 * shift-by-immediate encodings. */
static bool fp_fixed(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    bool scalar = bits(insn, 28, 28), sign = !v.u;
    int immh = (int)bits(insn, 22, 19), opcode = (int)bits(insn, 15, 11);
    if (immh < 4)
        return false; /* FP16 or unallocated */
    bool dbl = immh >= 8;
    int esize = dbl ? 64 : 32, fracbits = 2 * esize - (int)bits(insn, 22, 16);
    struct fshape s = { .dbl = dbl, .scalar = scalar, .q = v.q };
    if (!scalar && dbl && !v.q)
        return false;
    fld(tc, 0, v.rn, s);
    if (opcode == 0x1C) {
        cvt_to_fp(tc, dbl, sign);
        scale_pow2(tc, dbl, -fracbits);
    } else {
        /* |x| >= 2^(esize - fracbits) saturates anyway: make it exactly
         * that, so the scaling below cannot overflow (and raise Overflow) */
        uint64_t sm = sign_mask(dbl);
        double lim = __builtin_ldexp(1.0, esize - fracbits);
        vmov(tc, 1, 0);
        vconst_op(tc, SX_PAND, 1, ~sm, ~sm);
        fconst(tc, 2, dbl, lim);
        emit_vcmpp(&tc->e, dbl, 2, 1, 2, VCMP_GE_OQ);
        vmov(tc, 3, 0);
        vconst_op(tc, SX_PAND, 3, sm, sm);
        fconst_op(tc, SX_ORPS, dbl, 3, lim);
        fblendv(tc, dbl, 0, 0, 3, 2);
        scale_pow2(tc, dbl, fracbits);
        cvt_to_int(tc, dbl, sign, 3);
    }
    fst(tc, v.rd, 0, s);
    return true;
}

/* Two-register misc FP (vector and scalar). */
static bool fp_2misc(struct tcx *tc, uint32_t insn, bool scalar)
{
    struct emitter *e = &tc->e;
    struct vinsn v = vdecode(insn);
    int a = (int)bits(insn, 23, 23), opcode = (int)bits(insn, 16, 12);
    struct fshape s = { .dbl = bits(insn, 22, 22), .scalar = scalar, .q = v.q };
    int op = v.u << 6 | a << 5 | opcode;
    if (opcode == 0x16 || opcode == 0x17) { /* FCVTN, FCVTL (vector only) */
        if (scalar || v.u || a)
            return false; /* a = 1: BFCVTN (FEAT_BF16) or unallocated */
        /* Half precision: F16C is AArch64's conversion unless FPCR.AHP
         * is set, which takes the C path (trans_fp_half.c). */
        struct fguard g;
        vld(tc, 0, v.rn);
        if (!s.dbl)
            fguard_check_ahp(tc, &g);
        if (opcode == 0x16) {
            if (s.dbl)
                emit_simd(e, SX_CVTPD2PS, 0, 0);
            else
                emit_vcvtps2ph(e, 0, 0, ROUND_MXCSR);
            vst_narrow(tc, v.rd, v.q);
        } else {
            if (v.q)
                emit_simd_i(e, SX_PSHUFD_I, 0, 0, 0xEE);
            if (s.dbl)
                emit_simd(e, SX_CVTPS2PD, 0, 0);
            else
                emit_vcvtph2ps(e, 0, 0);
            vst(tc, v.rd, 0, 1);
        }
        if (!s.dbl)
            fguard_finish(tc, insn, &g);
        return true;
    }
    if (!scalar && s.dbl && !v.q)
        return false;
    fld(tc, 0, v.rn, s);
    switch (op) {
    case 0x2F: case 0x6F: { /* FABS, FNEG */
        uint64_t m = sign_mask(s.dbl);
        if (op == 0x2F)
            vconst_op(tc, SX_PAND, 0, ~m, ~m);
        else
            vconst_op(tc, SX_PXOR, 0, m, m);
        break;
    }
    case 0x7F: { /* FSQRT: NaN results (NaN or negative input) take the C path */
        if (scalar)
            return false;
        emit_simd(e, F(SX_SQRTPS, s.dbl), 0, 0);
        nan_mask(tc, s.dbl, 14, 0, 0);
        struct fguard g;
        fguard_check(tc, 14, &g);
        fst(tc, v.rd, 0, s);
        fguard_finish(tc, insn, &g);
        return true;
    }
    case 0x2C: case 0x2D: case 0x2E: case 0x6C: case 0x6D: { /* FCM.. #0 */
        /* GT: 0 < x, EQ: x == 0, LT: x < 0, GE: 0 <= x, LE: x <= 0 */
        vzero(tc, 1);
        uint32_t cmp = F(SX_CMPPS_I, s.dbl);
        switch (op) {
        case 0x2C: emit_simd_i(e, cmp, 1, 0, CMP_LT); vmov(tc, 0, 1); break;
        case 0x2D: emit_simd_i(e, cmp, 0, 1, CMP_EQ); break;
        case 0x2E: emit_simd_i(e, cmp, 0, 1, CMP_LT); break;
        case 0x6C: emit_simd_i(e, cmp, 1, 0, CMP_LE); vmov(tc, 0, 1); break;
        case 0x6D: emit_simd_i(e, cmp, 0, 1, CMP_LE); break;
        }
        break;
    }
    /* FRINTN, FRINTM, FRINTP, FRINTZ, FRINTA, FRINTX, FRINTI */
    case 0x18: fround(tc, s.dbl, 0, false); break;
    case 0x19: fround(tc, s.dbl, 1, false); break;
    case 0x38: fround(tc, s.dbl, 2, false); break;
    case 0x39: fround(tc, s.dbl, 3, false); break;
    case 0x58: fround(tc, s.dbl, 5, false); break;
    case 0x59: fround(tc, s.dbl, 4, true); break;
    case 0x79: fround(tc, s.dbl, 4, false); break;
    case 0x1D: case 0x5D: /* SCVTF, UCVTF */
        cvt_to_fp(tc, s.dbl, op == 0x1D);
        break;
    /* FCVTNS/NU, FCVTMS/MU, FCVTAS/AU, FCVTPS/PU, FCVTZS/ZU */
    case 0x1A: case 0x5A: cvt_to_int(tc, s.dbl, !v.u, 0); break;
    case 0x1B: case 0x5B: cvt_to_int(tc, s.dbl, !v.u, 1); break;
    case 0x1C: case 0x5C: cvt_to_int(tc, s.dbl, !v.u, 5); break;
    case 0x3A: case 0x7A: cvt_to_int(tc, s.dbl, !v.u, 2); break;
    case 0x3B: case 0x7B: cvt_to_int(tc, s.dbl, !v.u, 3); break;
    default:
        return false;
    }
    fst(tc, v.rd, 0, s);
    return true;
}

/* The scalar forms of two-register misc FP that exist ("Advanced SIMD
 * scalar two-register misc"); op = U:a:opcode as in fp_2misc.  FABS,
 * FNEG, FSQRT and FRINT* are vector only. */
static bool scalar_2misc_allocated(int op)
{
    switch (op) {
    case 0x1A: case 0x1B: case 0x1C: case 0x1D: /* FCVTNS FCVTMS FCVTAS SCVTF */
    case 0x2C: case 0x2D: case 0x2E:            /* FCMGT FCMEQ FCMLT #0 */
    case 0x3A: case 0x3B: case 0x3D: case 0x3F: /* FCVTPS FCVTZS FRECPE FRECPX */
    case 0x56:                                  /* FCVTXN */
    case 0x5A: case 0x5B: case 0x5C: case 0x5D: /* FCVTNU FCVTMU FCVTAU UCVTF */
    case 0x6C: case 0x6D:                       /* FCMGE FCMLE #0 */
    case 0x7A: case 0x7B: case 0x7D:            /* FCVTPU FCVTZU FRSQRTE */
        return true;
    default:
        return false;
    }
}

/* Entry for every FP encoding of the misc-like groups: two-register misc,
 * across lanes, scalar pairwise and the fixed-point shifts. */
bool trans_simd_fp_2misc(struct tcx *tc, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28);
    uint8_t *mark = tc->e.p;
    enum flags_state flags_before = tc->flags;
    bool ok;
    int op = (int)(bits(insn, 29, 29) << 6 | bits(insn, 23, 23) << 5 | bits(insn, 16, 12));
    if (scalar && !bits(insn, 24, 24) && bits(insn, 20, 17) != 8 && !scalar_2misc_allocated(op))
        return false;
    if (bits(insn, 24, 24))
        ok = fp_fixed(tc, insn);
    else if (bits(insn, 20, 17) == 8)
        ok = scalar ? simd_fp_pairwise_scalar(tc, insn) : simd_fp_across(tc, insn);
    else
        ok = fp_2misc(tc, insn, scalar);
    if (ok)
        return true;
    tc->e.p = mark;
    tc->flags = flags_before;
    return simd_slow_try(tc, insn);
}
