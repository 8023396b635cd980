/* Scalar floating-point conversions: FCVT between precisions, FP -> integer
 * with AArch64 saturation (FCVT[NPMZA][SU], fixed point too) and integer ->
 * FP (SCVTF/UCVTF).
 *
 * x86 cvtt* return the "integer indefinite" 0x80..0 for NaN and out-of-range
 * values, where AArch64 saturates (NaN -> 0).  The value is brought to a
 * double first (exact for singles), converted, and fixed up with SSE masks
 * from compares against the bounds; the exception flags are AArch64's (see
 * "FP -> integer" below).  All of it stays off EFLAGS. */
#include "dbt/frontend/trans_fp.h"

#include "dbt/backend/emit_dpimm.h"
#include "dbt/frontend/trans_fp_half.h"
#include "dbt/runtime/fp_env.h"

#include <string.h>

/* The four FPCR rounding modes, plus ties-away (FCVTA). */
enum round_kind { RK_N, RK_P, RK_M, RK_Z, RK_A };

static uint64_t pow2_bits(int e) /* 2^e as a double, |e| < 1023 */
{
    return (uint64_t)(1023 + e) << 52;
}

/* ---- FCVT between precisions ----
 *
 * Single <-> double is cvtss2sd/cvtsd2ss.  Half <-> single or double is
 * F16C's vcvtph2ps/vcvtps2ph, which are AArch64's conversions only while
 * FPCR.AHP is clear: with AHP set, half precision has no infinities or
 * NaNs (trans_fp_half.c).  FPCR can change at any time, so the code tests
 * AHP where it runs, one `test` and a branch not taken, and leaves for an
 * out-of-line call to the exact C conversion when it is set.  Double ->
 * half always takes the C conversion: going through single would round
 * twice. */

/* cpu->scratch[1] = the FCVT instruction word; cpu->scratch[0] := the
 * converted Vn (zero-extended bits). */
static void helper_fcvt_exact(struct cpu_state *cpu)
{
    uint32_t insn = (uint32_t)cpu->scratch[1];
    int from = (int)bits(insn, 23, 22), to = (int)bits(insn, 16, 15);
    uint64_t x = 0;
    memcpy(&x, cpu->v[bits(insn, 9, 5)], from == FT_DOUBLE ? 8 : from == FT_SINGLE ? 4 : 2);
    cpu->scratch[0] = fp_convert_half(cpu, x, from, to);
}

/* The AHP slow path: xr := the exact conversion.  keep_rax: the fast path
 * holds saved flags in RAX.  Out of line, arg[0] is keep_rax and arg[1]
 * is xr. */
static void emit_fcvt_exact_call(struct tcx *tc, uint32_t insn, int xr, bool keep_rax,
                                 unsigned vc_live)
{
    emit_store_imm32(&tc->e, 0, mem_bd(HR_CPU, CPU_OFF_SCRATCH(1)), (int32_t)insn);
    fp_emit_light_call(tc, helper_fcvt_exact, keep_rax, vc_live);
    emit_movq_load(&tc->e, xr, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)));
}

static void ahp_stub(struct tcx *tc, const struct cold_stub *s)
{
    emit_fcvt_exact_call(tc, s->insn, s->arg[1], s->arg[0], s->vc_live);
}

bool trans_FCVT_prec(struct tcx *tc, uint32_t insn)
{
    struct emitter *e = &tc->e;
    int from = (int)bits(insn, 23, 22), to = (int)bits(insn, 16, 15);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (from == to || from == 2 || to == 2)
        return false;
    if (from == FT_DOUBLE && to == FT_HALF) {
        emit_store_imm32(e, 0, mem_bd(HR_CPU, CPU_OFF_SCRATCH(1)), (int32_t)insn);
        tc_call_helper(tc, helper_fcvt_exact);
        emit_movq_load(e, 0, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)));
        fp_store(tc, rd, 0);
        return true;
    }
    if (from == FT_DOUBLE) { /* -> single; cvtsd2ss keeps bits 127..32 */
        emit_xorps(e, 0, 0);
        fp_load(tc, 1, rn, FT_DOUBLE);
        emit_cvtsd2ss(e, 0, 1);
        fp_store(tc, rd, 0);
        return true;
    }
    fp_load(tc, 0, rn, from);
    if (from == FT_SINGLE && to == FT_DOUBLE) {
        emit_cvtss2sd(e, 0, 0);
        fp_store(tc, rd, 0);
        return true;
    }
    /* Half involved: the AHP test (flags kept if live), then the F16C
     * conversion into xr, where the slow path rejoins. */
    int xr = to == FT_HALF ? 1 : 0;
    bool saved = fp_save_flags(tc);
    emit_test_mi(e, 0, mem_bd(HR_CPU, CPU_OFF_FPCR), FPCR_AHP);
    int stub = tc->n_cold;
    uint8_t *to_done = NULL;
    if (!tc_defer_cold(tc, CC_NE, ahp_stub, insn, saved, xr)) {
        uint8_t *to_fast = emit_jcc_rel32(e, CC_E, NULL); /* no room: inline */
        emit_fcvt_exact_call(tc, insn, xr, saved, vc_live(tc));
        to_done = emit_jmp_rel32(e, NULL);
        if (!e->overflow)
            emit_patch_rel32(to_fast, e->p);
    }
    if (from == FT_HALF) { /* the other three halves are zero: so are the singles */
        emit_vcvtph2ps(e, 0, 0);
        if (to == FT_DOUBLE)
            emit_cvtss2sd(e, 0, 0);
    } else {
        emit_vcvtps2ph(e, 1, 0, ROUND_MXCSR);
    }
    if (to_done) {
        if (!e->overflow)
            emit_patch_rel32(to_done, e->p);
    } else {
        tc->cold[stub].resume = e->p; /* past the fast conversion */
    }
    fp_restore_flags(tc, saved);
    fp_store(tc, rd, xr);
    return true;
}

/* ---- FP -> integer ----
 *
 * AArch64 raises Invalid exactly where the result saturates (or the input
 * is a NaN), otherwise Inexact where the input was not integral.  x86
 * cvttsd2si raises Invalid where the truncated value does not fit a
 * signed result, else Inexact for a non-integral input; roundsd raises
 * Inexact for any non-integral input.  So:
 *  - signed, truncating: cvttsd2si of the input is right as it is;
 *  - signed 64-bit, other roundings: roundsd, then cvttsd2si (an input
 *    beyond the int64 range is integral: no stray Inexact from roundsd);
 *  - the rest (unsigned, signed 32-bit with other roundings) rounds
 *    quietly and compares with the bounds; where the result saturates,
 *    the conversion is given 2^63 (Invalid and nothing else), and Inexact
 *    comes from the conversion of the input itself (truncating) or a
 *    roundsd of it masked to the lanes that do not saturate.
 * The compares raise nothing AArch64 does not: Invalid for a NaN, and
 * x86 Denormal, which is not AArch64's IDC. */

/* xmm0 := Vn as a double, times 2^fbits; both exact. */
static void load_scaled(struct tcx *tc, int rn, int ftype, int fbits)
{
    struct emitter *e = &tc->e;
    fp_load(tc, 0, rn, ftype);
    if (ftype == FT_SINGLE)
        emit_cvtss2sd(e, 0, 0);
    if (!fbits)
        return;
    if (ftype == FT_DOUBLE) {
        /* |x| >= 2^(64 - fbits) saturates every result: clamp it there,
         * so that the scaling cannot overflow (and raise Overflow; a
         * single times 2^64 cannot).  min/max return their second
         * operand if either is a NaN: keep x there. */
        fp_const(tc, 1, pow2_bits(64 - fbits));
        emit_minsd(e, 1, 0);
        fp_const(tc, 0, pow2_bits(64 - fbits) | 1ull << 63);
        emit_maxsd(e, 0, 1);
    }
    fp_const(tc, 1, pow2_bits(fbits));
    emit_mulsd(e, 0, 1);
}

/* xd := xs rounded to integral without raising Inexact; xs != xd, and
 * RK_A clobbers xd+1..xd+3. */
static void round_quiet(struct tcx *tc, int xd, int xs, enum round_kind rk)
{
    static const uint8_t mode[] = {
        [RK_N] = ROUND_NEAREST, [RK_P] = ROUND_UP, [RK_M] = ROUND_DOWN, [RK_Z] = ROUND_TRUNC,
    };
    if (rk == RK_A)
        fp_emit_round_away(tc, FT_DOUBLE, xd, xs);
    else
        emit_roundsd(&tc->e, xd, xs, mode[rk] | ROUND_NO_PE);
}

/* x1 := lo < r < hi (false for a NaN), x2 := hi <= r, for r in xr (not
 * x1..x3); clobbers x3. */
static void range_masks(struct tcx *tc, int xr, double lo, double hi)
{
    struct emitter *e = &tc->e;
    fp_const(tc, 1, fp_bits_of(FT_DOUBLE, lo));
    emit_cmpsd(e, 1, xr, CMP_LT);
    fp_const(tc, 2, fp_bits_of(FT_DOUBLE, hi));
    emit_movaps_rr(e, 3, xr);
    emit_cmpsd(e, 3, 2, CMP_LT);
    emit_cmpsd(e, 2, xr, CMP_LE);
    emit_andps(e, 1, 3);
}

/* Rd := signed saturate(trunc(xmm0)), with x86's flags (see above). */
static void emit_convert_signed(struct tcx *tc, int rd, int sf)
{
    struct emitter *e = &tc->e;
    /* x86's 0x80..0 is right for negative overflow, NaN becomes 0 by AND
     * with the ordered mask, and positive overflow 0x7F..F by XOR with
     * (x >= 2^63 or 2^31). */
    int d = gr_dst(tc, rd);
    emit_cvttsd2si(e, sf, d, 0);
    emit_movaps_rr(e, 1, 0);
    emit_cmpsd(e, 1, 0, CMP_ORD);
    fp_const(tc, 2, pow2_bits(sf ? 63 : 31));
    emit_cmpsd(e, 2, 0, CMP_LE);
    emit_movq_to_xmm(e, 3, d);
    emit_pand(e, 3, 1);
    emit_pxor(e, 3, 2);
    if (sf)
        emit_movq_from_xmm(e, d, 3);
    else
        emit_movd_from_xmm(e, d, 3); /* the low half, zero-extended */
    gr_put(tc, rd, d);
}

/* Rd := unsigned saturate(trunc(r)), r in xr (not x1..x3, x5, x6), with
 * x1 and x2 from range_masks(xr, -1, 2^32 or 2^64). */
static void emit_convert_unsigned(struct tcx *tc, int rd, int sf, int xr)
{
    struct emitter *e = &tc->e;
    int xy = xr;
    if (sf) {
        /* [2^63, 2^64) converts as r - 2^63 (exact), the top bit put
         * back; not subtracted from larger values (inexact there) */
        fp_const(tc, 3, pow2_bits(63));
        emit_cmpsd(e, 3, xr, CMP_LE);
        fp_const(tc, 5, pow2_bits(63));
        emit_andps(e, 5, 3);
        emit_andps(e, 5, 1);
        emit_movaps_rr(e, 6, xr);
        emit_subsd(e, 6, 5);
        xy = 6;
    }
    fp_const(tc, 5, pow2_bits(63));
    emit_vblendvpd(e, 5, 5, xy, 1); /* saturating: 2^63, for Invalid */
    int d = gr_dst(tc, rd);
    emit_cvttsd2si(e, 1, d, 5);
    emit_movq_to_xmm(e, 5, d);
    if (sf) {
        emit_psllq_i(e, 3, 63);
        emit_por(e, 5, 3);
    } else {
        emit_psrlq_i(e, 2, 32);
    }
    emit_pand(e, 5, 1);
    emit_por(e, 5, 2); /* too big: all ones */
    if (sf)
        emit_movq_from_xmm(e, d, 5);
    else
        emit_movd_from_xmm(e, d, 5);
    gr_put(tc, rd, d);
}

/* FCVT[NPMZA][SU] of Vn (times 2^fbits) into Rd. */
static void emit_fp_to_int(struct tcx *tc, uint32_t insn, int fbits, enum round_kind rk, bool uns)
{
    struct emitter *e = &tc->e;
    int sf = (int)bits(insn, 31, 31), ftype = (int)bits(insn, 23, 22);
    int rd = (int)bits(insn, 4, 0);
    load_scaled(tc, (int)bits(insn, 9, 5), ftype, fbits);
    if (!uns && (sf || rk == RK_Z)) {
        switch (rk) {
        case RK_N: emit_roundsd(e, 0, 0, ROUND_NEAREST); break;
        case RK_P: emit_roundsd(e, 0, 0, ROUND_UP); break;
        case RK_M: emit_roundsd(e, 0, 0, ROUND_DOWN); break;
        case RK_Z: break; /* cvttsd2si truncates */
        case RK_A:
            emit_roundsd(e, 1, 0, ROUND_TRUNC); /* only for Inexact */
            fp_emit_round_away(tc, FT_DOUBLE, 1, 0);
            emit_movaps_rr(e, 0, 1);
            break;
        }
        emit_convert_signed(tc, rd, sf);
        return;
    }
    int xr = 0; /* truncating: the conversion itself raises Inexact */
    if (rk != RK_Z) {
        round_quiet(tc, 4, 0, rk);
        xr = 4;
    }
    if (uns)
        range_masks(tc, xr, -1.0, sf ? 18446744073709551616.0 : 4294967296.0);
    else
        range_masks(tc, xr, -2147483649.0, 2147483648.0);
    if (rk != RK_Z) { /* Inexact where the result does not saturate */
        emit_andps(e, 0, 1);
        emit_roundsd(e, 0, 0, ROUND_TRUNC);
    }
    if (uns) {
        emit_convert_unsigned(tc, rd, sf, xr);
    } else {
        emit_movaps_rr(e, 0, xr);
        emit_convert_signed(tc, rd, sf);
    }
}

/* FCVTNS/NU/PS/PU/MS/MU/ZS/ZU/AS/AU (to general register). */
bool trans_FCVT_int(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    int rmode = (int)bits(insn, 20, 19), opcode = (int)bits(insn, 18, 16);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    enum round_kind rk;
    if (opcode <= 1)
        rk = (enum round_kind)rmode; /* N P M Z */
    else if ((opcode == 4 || opcode == 5) && rmode == 0)
        rk = RK_A;
    else
        return false;
    emit_fp_to_int(tc, insn, 0, rk, opcode & 1);
    return true;
}

/* FCVTZS/FCVTZU (fixed point). */
bool trans_FCVT_fixed(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), ftype = (int)bits(insn, 23, 22);
    int scale = (int)bits(insn, 15, 10);
    if ((ftype != FT_SINGLE && ftype != FT_DOUBLE) || (!sf && scale < 32))
        return false;
    emit_fp_to_int(tc, insn, 64 - scale, RK_Z, bits(insn, 16, 16));
    return true;
}

/* ---- integer -> FP ---- */

/* xmm0 := Rn converted (rounding per MXCSR), divided by 2^fbits. */
static void emit_int_to_fp(struct tcx *tc, int rn, int sf, int ftype, bool uns, int fbits)
{
    struct emitter *e = &tc->e;
    bool dbl = ftype == FT_DOUBLE;
    void (*cvt)(struct emitter *, int, int, int) = dbl ? emit_cvtsi2sd : emit_cvtsi2ss;
    int r = gr_get(tc, rn, sf);
    emit_xorps(e, 0, 0); /* cvtsi2s* keep the upper bits of the destination */
    if (!uns) {
        cvt(e, sf, 0, r);
    } else if (!sf) {
        int t = gr_tmp(tc);
        emit_mov_rr(e, 0, t, r); /* zero-extend, then a signed 64-bit convert */
        cvt(e, 1, 0, t);
    } else {
        /* Top bit set: convert (x >> 1) | (x & 1) and double it; the
         * sticky low bit makes the single rounding come out right. */
        emit_movq_to_xmm(e, 3, r);
        emit_movaps_rr(e, 4, 3);
        emit_psrlq_i(e, 4, 1);
        fp_const(tc, 5, 1);
        emit_pand(e, 5, 3);
        emit_por(e, 4, 5);
        int t = gr_tmp(tc);
        emit_movq_from_xmm(e, t, 4);
        emit_xorps(e, 1, 1);
        cvt(e, 1, 1, t);
        emit_sse_arith(e, SSE_ADD, fp_pfx(ftype), 1, 1);
        cvt(e, 1, 0, r);
        emit_vblendvpd(e, 0, 0, 1, 3); /* by the sign of x */
    }
    if (fbits) {
        fp_const(tc, 1, dbl ? pow2_bits(-fbits) : (uint64_t)(127 - fbits) << 23);
        emit_sse_arith(e, SSE_MUL, fp_pfx(ftype), 0, 1);
    }
}

bool trans_CVTF_int(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    emit_int_to_fp(tc, (int)bits(insn, 9, 5), (int)bits(insn, 31, 31), ftype, bits(insn, 16, 16), 0);
    fp_store_w(tc, (int)bits(insn, 4, 0), 0, ftype);
    return true;
}

bool trans_CVTF_fixed(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), ftype = (int)bits(insn, 23, 22);
    int scale = (int)bits(insn, 15, 10);
    if ((ftype != FT_SINGLE && ftype != FT_DOUBLE) || (!sf && scale < 32))
        return false;
    emit_int_to_fp(tc, (int)bits(insn, 9, 5), sf, ftype, bits(insn, 16, 16), 64 - scale);
    fp_store_w(tc, (int)bits(insn, 4, 0), 0, ftype);
    return true;
}
