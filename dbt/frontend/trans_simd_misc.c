/* AdvSIMD two-register misc (integer part: REV, CNT, compares with zero,
 * ABS/NEG, XTN and the saturating narrows, pairwise long adds, SHLL),
 * across-lanes reductions (ADDV, [SU]ADDLV, [SU]MAXV, [SU]MINV) and the
 * scalar pairwise ADDP.  Floating-point encodings of these groups are
 * passed on to trans_simd_fp.c. */
#include "dbt/frontend/trans_simd.h"

/* pshufb control reversing elements of 1 << esize bytes inside
 * containers of 1 << csize bytes. */
static void rev_control(int esize, int csize, uint64_t *lo, uint64_t *hi)
{
    uint8_t ctl[16];
    int c = 1 << csize, el = 1 << esize;
    for (int i = 0; i < 16; i++) {
        int base = i & ~(c - 1), j = (i & (c - 1)) / el, b = i & (el - 1);
        ctl[i] = (uint8_t)(base + (c / el - 1 - j) * el + b);
    }
    *lo = *hi = 0;
    for (int i = 0; i < 8; i++) {
        *lo |= (uint64_t)ctl[i] << (8 * i);
        *hi |= (uint64_t)ctl[i + 8] << (8 * i);
    }
}

/* Per-byte table lookup of the two nibbles of x0: x0 := lo_tab[low
 * nibble] OP hi_tab[high nibble] with OP = paddb.  Clobbers x1..x3. */
static void nibble_lookup(struct tcx *tc, uint64_t lo_tab[2], uint64_t hi_tab[2])
{
    struct emitter *e = &tc->e;
    uint64_t low4 = vrep(0, 0x0F);
    vmov(tc, 1, 0);
    emit_simd_shift(e, SH_PSRLW, 1, 4);
    vconst(tc, 3, low4, low4);
    emit_simd(e, SX_PAND, 0, 3);
    emit_simd(e, SX_PAND, 1, 3);
    vconst(tc, 2, lo_tab[0], lo_tab[1]);
    emit_simd(e, SX_PSHUFB, 2, 0);
    vconst(tc, 3, hi_tab[0], hi_tab[1]);
    emit_simd(e, SX_PSHUFB, 3, 1);
    vmov(tc, 0, 2);
    emit_simd(e, SX_PADDB, 0, 3);
}

static uint64_t bytes_of(const uint8_t *t)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)t[i] << (8 * i);
    return v;
}

static void cnt_bytes(struct tcx *tc)
{
    static const uint8_t pop[16] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };
    uint64_t tab[2] = { bytes_of(pop), bytes_of(pop + 8) };
    nibble_lookup(tc, tab, tab);
}

static void rbit_bytes(struct tcx *tc)
{
    uint8_t lo[16], hi[16];
    for (int n = 0; n < 16; n++) {
        int r = ((n & 1) << 3) | ((n & 2) << 1) | ((n & 4) >> 1) | ((n & 8) >> 3);
        lo[n] = (uint8_t)(r << 4);
        hi[n] = (uint8_t)r;
    }
    uint64_t lt[2] = { bytes_of(lo), bytes_of(lo + 8) }, ht[2] = { bytes_of(hi), bytes_of(hi + 8) };
    nibble_lookup(tc, lt, ht);
}

/* CLZ of bytes: clz4(high nibble), plus clz4(low nibble) if the high
 * nibble is zero (clz4(0) = 4). */
static void clz_bytes(struct tcx *tc)
{
    struct emitter *e = &tc->e;
    static const uint8_t clz4[16] = { 4, 3, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
    uint64_t lo = bytes_of(clz4), hi = bytes_of(clz4 + 8), low4 = vrep(0, 0x0F);
    vmov(tc, 1, 0);
    emit_simd_shift(e, SH_PSRLW, 1, 4);
    vconst(tc, 3, low4, low4);
    emit_simd(e, SX_PAND, 0, 3);
    emit_simd(e, SX_PAND, 1, 3);   /* x1 = high nibbles */
    vconst(tc, 2, lo, hi);
    vmov(tc, 3, 2);
    emit_simd(e, SX_PSHUFB, 2, 1); /* clz4(high) */
    emit_simd(e, SX_PSHUFB, 3, 0); /* clz4(low) */
    vzero(tc, 4);
    emit_simd(e, SX_PCMPEQB, 1, 4);
    emit_simd(e, SX_PAND, 3, 1);
    vmov(tc, 0, 2);
    emit_simd(e, SX_PADDB, 0, 3);
}

/* x0 := x0 with elements OP 0 for the compares against zero. */
static void cmp_zero(struct tcx *tc, int size, int kind)
{
    struct emitter *e = &tc->e;
    vzero(tc, 1);
    switch (kind) {
    case 0: /* CMGT #0 */
        emit_simd(e, vop_cmpgt[size], 0, 1);
        break;
    case 1: /* CMEQ #0 */
        emit_simd(e, vop_cmpeq[size], 0, 1);
        break;
    case 2: /* CMLT #0: 0 > x */
        emit_simd(e, vop_cmpgt[size], 1, 0);
        vmov(tc, 0, 1);
        break;
    case 3: /* CMGE #0: !(0 > x) */
        emit_simd(e, vop_cmpgt[size], 1, 0);
        vones(tc, 0);
        emit_simd(e, SX_PXOR, 0, 1);
        break;
    case 4: /* CMLE #0: !(x > 0) */
        emit_simd(e, vop_cmpgt[size], 0, 1);
        vones(tc, 1);
        emit_simd(e, SX_PXOR, 0, 1);
        break;
    }
}

static void abs_neg(struct tcx *tc, int size, bool neg)
{
    struct emitter *e = &tc->e;
    static const uint32_t pabs[3] = { SX_PABSB, SX_PABSW, SX_PABSD };
    if (neg) {
        vzero(tc, 1);
        emit_simd(e, vop_sub[size], 1, 0);
        vmov(tc, 0, 1);
    } else if (size < 3) {
        emit_simd(e, pabs[size], 0, 0);
    } else {
        vzero(tc, 1);
        emit_simd(e, SX_PCMPGTQ, 1, 0); /* sign mask s */
        emit_simd(e, SX_PXOR, 0, 1);
        emit_simd(e, SX_PSUBQ, 0, 1);   /* (x ^ s) - s */
    }
}

/* [SU]ADDLP: adjacent pairs of x0 added into elements twice as wide. */
static void add_long_pairwise(struct tcx *tc, int size, bool sign)
{
    struct emitter *e = &tc->e;
    uint64_t ones8 = vrep(0, 1), ones16 = vrep(1, 1);
    switch (size) {
    case 0: /* pmaddubsw: unsigned bytes of the destination x signed bytes */
        if (sign) {
            vconst(tc, 1, ones8, ones8);
            emit_simd(e, SX_PMADDUBSW, 1, 0);
            vmov(tc, 0, 1);
        } else {
            vconst_op(tc, SX_PMADDUBSW, 0, ones8, ones8);
        }
        break;
    case 1: /* pmaddwd is signed: bias unsigned halves by -0x8000 */
        if (!sign)
            vconst_op(tc, SX_PXOR, 0, vrep(1, 0x8000), vrep(1, 0x8000));
        vconst_op(tc, SX_PMADDWD, 0, ones16, ones16);
        if (!sign)
            vconst_op(tc, SX_PADDD, 0, vrep(2, 0x10000), vrep(2, 0x10000));
        break;
    default:
        vextend(tc, 2, sign, true, 1, 0);
        vextend(tc, 2, sign, false, 0, 0);
        vunzip(tc, 3, 0, 1, 2);
        emit_simd(e, SX_PADDQ, 0, 1);
        break;
    }
}

/* Saturating narrows of x0 (size = destination element size) into its
 * low 64 bits; false where x86 has no cheap form (64 -> 32 bits). */
static bool narrow_sat(struct tcx *tc, int size, int kind)
{
    struct emitter *e = &tc->e;
    if (size == 2)
        return false;
    vmov(tc, 4, 0); /* the wide input, for the saturation check */
    switch (kind) {
    case 0: /* SQXTN */
        emit_simd(e, size ? SX_PACKSSDW : SX_PACKSSWB, 0, 0);
        break;
    case 1: /* SQXTUN: signed in, unsigned out */
        emit_simd(e, size ? SX_PACKUSDW : SX_PACKUSWB, 0, 0);
        break;
    default: /* UQXTN: clamp to the unsigned maximum first */
        if (size) {
            vconst_op(tc, SX_PMINUD, 0, vrep(2, 0xFFFF), vrep(2, 0xFFFF));
            emit_simd(e, SX_PACKUSDW, 0, 0);
        } else {
            vconst_op(tc, SX_PMINUW, 0, vrep(1, 0xFF), vrep(1, 0xFF));
            emit_simd(e, SX_PACKUSWB, 0, 0);
        }
        break;
    }
    /* saturated where the narrow value, widened back, differs */
    vextend(tc, size, kind == 0, false, 5, 0);
    emit_simd(e, SX_PCMPEQB, 4, 5);
    vset_qc(tc, 4, 5);
    return true;
}

static bool is_fp_misc(int opcode)
{
    return (opcode >= 0x0C && opcode <= 0x0F) || opcode == 0x16 || opcode == 0x17 ||
           opcode >= 0x18;
}

static bool slow_or_fail(struct tcx *tc, uint32_t insn, uint8_t *mark)
{
    tc->e.p = mark;
    return simd_slow_try(tc, insn);
}

bool trans_simd_2misc(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opcode = (int)bits(insn, 16, 12);
    uint8_t *mark = e->p;
    if (is_fp_misc(opcode))
        return trans_simd_fp_2misc(tc, insn);
    if (v.size == 3 && !v.q && opcode != 0x12 && opcode != 0x14 && opcode != 0x13)
        return false;
    int uop = v.u << 5 | opcode;
    /* widening/narrowing forms read one half of the source */
    bool narrowing = opcode == 0x12 || opcode == 0x14;
    if (narrowing || opcode == 0x13)
        vld(tc, 0, v.rn);
    else
        vldq(tc, 0, v.rn, v.q);
    switch (uop) {
    case 0x00: case 0x20: case 0x01: { /* REV64, REV32, REV16 */
        int csize = opcode == 1 ? 1 : v.u ? 2 : 3;
        if (v.size >= csize)
            return false;
        uint64_t lo, hi;
        rev_control(v.size, csize, &lo, &hi);
        vconst_op(tc, SX_PSHUFB, 0, lo, hi);
        break;
    }
    case 0x02: case 0x22: case 0x06: case 0x26: /* [SU]ADDLP, [SU]ADALP */
        if (v.size == 3)
            return false;
        add_long_pairwise(tc, v.size, !v.u);
        if (opcode == 6)
            emit_simd_m(e, vop_add[v.size + 1], 0, vreg_mem(v.rd, 0));
        break;
    case 0x05: /* CNT */
        if (v.size)
            return false;
        cnt_bytes(tc);
        break;
    case 0x25: /* NOT, RBIT */
        if (v.size == 0) {
            vones(tc, 1);
            emit_simd(e, SX_PXOR, 0, 1);
        } else if (v.size == 1) {
            rbit_bytes(tc);
        } else {
            return false;
        }
        break;
    case 0x24: /* CLZ */
        if (v.size)
            return slow_or_fail(tc, insn, mark);
        clz_bytes(tc);
        break;
    case 0x08: cmp_zero(tc, v.size, 0); break;
    case 0x09: cmp_zero(tc, v.size, 1); break;
    case 0x0A: cmp_zero(tc, v.size, 2); break;
    case 0x28: cmp_zero(tc, v.size, 3); break;
    case 0x29: cmp_zero(tc, v.size, 4); break;
    case 0x0B: abs_neg(tc, v.size, false); break;
    case 0x2B: abs_neg(tc, v.size, true); break;
    case 0x12: /* XTN */
        if (v.size == 3)
            return false;
        vnarrow(tc, v.size, 0);
        vst_narrow(tc, v.rd, v.q);
        return true;
    case 0x14: case 0x32: case 0x34: /* SQXTN, SQXTUN, UQXTN */
        if (v.size == 3)
            return false;
        if (!narrow_sat(tc, v.size, uop == 0x14 ? 0 : uop == 0x32 ? 1 : 2))
            return slow_or_fail(tc, insn, mark);
        vst_narrow(tc, v.rd, v.q);
        return true;
    case 0x33: /* SHLL: widen, shift by the element width */
        if (v.size == 3)
            return false;
        vextend(tc, v.size, false, v.q, 0, 0);
        vshl_imm(tc, v.size + 1, 0, 8 << v.size, 1);
        vst(tc, v.rd, 0, 1);
        return true;
    default:
        return slow_or_fail(tc, insn, mark);
    }
    vst(tc, v.rd, 0, v.q);
    return true;
}

bool trans_simd_2misc_scalar(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 16, 12);
    if (is_fp_misc(opcode))
        return trans_simd_fp_2misc(tc, insn);
    int uop = v.u << 5 | opcode;
    bool d_only = uop == 0x08 || uop == 0x09 || uop == 0x0A || uop == 0x28 || uop == 0x29 ||
                  uop == 0x0B || uop == 0x2B;
    if (!d_only) {
        return simd_slow_try(tc, insn);
    }
    if (v.size != 3)
        return false;
    vld64(tc, 0, v.rn);
    switch (uop) {
    case 0x08: cmp_zero(tc, 3, 0); break;
    case 0x09: cmp_zero(tc, 3, 1); break;
    case 0x0A: cmp_zero(tc, 3, 2); break;
    case 0x28: cmp_zero(tc, 3, 3); break;
    case 0x29: cmp_zero(tc, 3, 4); break;
    case 0x0B: abs_neg(tc, 3, false); break;
    case 0x2B: abs_neg(tc, 3, true); break;
    }
    vst(tc, v.rd, 0, 0);
    return true;
}

/* Fold x0 onto itself until element 0 holds OP of all `lanes` elements. */
static void fold(struct tcx *tc, uint32_t op, int size, int lanes)
{
    for (int width = lanes << size; width > (1 << size); width /= 2) {
        vmov(tc, 1, 0);
        emit_simd_shift(&tc->e, SH_PSRLDQ, 1, (uint8_t)(width / 2));
        emit_simd(&tc->e, op, 0, 1);
    }
}

bool trans_simd_across(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opcode = (int)bits(insn, 16, 12);
    if (opcode == 0x0C || opcode == 0x0F)
        return trans_simd_fp_2misc(tc, insn);
    if (v.size == 3 || (v.size == 2 && !v.q))
        return false;
    int lanes = (8 << v.q) >> v.size;
    vldq(tc, 0, v.rn, v.q); /* Q=0: upper lanes zero, neutral for sums */
    switch (v.u << 5 | opcode) {
    case 0x1B: /* ADDV */
        if (v.size == 0) {
            vzero(tc, 1);
            emit_simd(e, SX_PSADBW, 0, 1);
            fold(tc, SX_PADDQ, 3, 2);
        } else {
            fold(tc, vop_add[v.size], v.size, lanes);
        }
        vst_scalar(tc, v.rd, 0, v.size);
        return true;
    case 0x03: case 0x23: { /* SADDLV, UADDLV */
        bool sign = !v.u;
        if (v.size == 0) {
            /* psadbw sums unsigned bytes; signed ones are biased by 128 */
            if (sign)
                vconst_op(tc, SX_PXOR, 0, vrep(0, 0x80), v.q ? vrep(0, 0x80) : 0);
            vzero(tc, 1);
            emit_simd(e, SX_PSADBW, 0, 1);
            fold(tc, SX_PADDQ, 3, 2);
            if (sign)
                vconst_op(tc, SX_PSUBW, 0, (uint64_t)(128 * lanes), 0);
        } else if (v.size == 1) {
            add_long_pairwise(tc, 1, sign);
            fold(tc, SX_PADDD, 2, lanes / 2);
        } else {
            add_long_pairwise(tc, 2, sign);
            fold(tc, SX_PADDQ, 3, 2);
        }
        vst_scalar(tc, v.rd, 0, v.size + 1);
        return true;
    }
    case 0x0A: case 0x2A: case 0x1A: case 0x3A: { /* [SU]MAXV, [SU]MINV */
        bool is_max = opcode == 0x0A, sign = !v.u;
        if (!v.q) /* duplicate: neutral for max/min */
            emit_simd(e, SX_PUNPCKLQDQ, 0, 0);
        if (v.size == 2) {
            const uint32_t *ops = is_max ? (sign ? vop_maxs : vop_maxu) : (sign ? vop_mins : vop_minu);
            fold(tc, ops[2], 2, 4);
            vst_scalar(tc, v.rd, 0, 2);
            return true;
        }
        /* Map to an unsigned minimum (phminposuw): xor with k turns
         * UMAX into UMIN of the complement, signed into unsigned. */
        uint64_t top = 1ull << ((8 << v.size) - 1), k;
        k = is_max ? (sign ? top - 1 : top * 2 - 1) : (sign ? top : 0);
        k = vrep(v.size, k);
        if (k) {
            vconst(tc, 2, k, k);
            emit_simd(e, SX_PXOR, 0, 2);
        }
        if (v.size == 0) { /* bytes: min of each pair, zero-extended */
            vmov(tc, 1, 0);
            emit_simd_shift(e, SH_PSRLW, 1, 8);
            emit_simd(e, SX_PMINUB, 0, 1);
            uint64_t lo = vrep(1, 0xFF);
            vconst_op(tc, SX_PAND, 0, lo, lo);
        }
        emit_simd(e, SX_PHMINPOSUW, 0, 0);
        if (k)
            emit_simd(e, SX_PXOR, 0, 2);
        vst_scalar(tc, v.rd, 0, v.size);
        return true;
    }
    default:
        return false;
    }
}

/* Scalar pairwise: ADDP Dd, Vn.2D and the FP forms. */
bool trans_simd_pairwise_scalar(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 16, 12);
    if (v.u)
        return trans_simd_fp_2misc(tc, insn);
    if (opcode != 0x1B || v.size != 3)
        return false;
    vld(tc, 0, v.rn);
    vmov(tc, 1, 0);
    emit_simd_shift(&tc->e, SH_PSRLDQ, 1, 8);
    emit_simd(&tc->e, SX_PADDQ, 0, 1);
    vst(tc, v.rd, 0, 0);
    return true;
}
