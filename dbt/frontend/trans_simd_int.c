/* AdvSIMD "three same" integer instructions: add/sub, compares, min/max,
 * absolute differences, halving adds, multiplies, pairwise ops, shifts by
 * register, and the bitwise group (AND ... BIF), plus their scalar forms.
 * Rare encodings (saturating shifts, doubling multiplies, PMUL, ...) go
 * to the C fallback in trans_simd_slow.c. */
#include "dbt/frontend/trans_simd.h"

/* AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF: opcode 00011, U:size select. */
bool trans_simd_logic(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    vldq(tc, 0, v.rn, v.q);
    if (v.rn == v.rm && !v.u && (v.size == 0 || v.size == 2)) {
        vst(tc, v.rd, 0, v.q); /* MOV (ORR Vd, Vn, Vn), or AND of one register */
        return true;
    }
    vldq(tc, 1, v.rm, v.q);
    switch (v.u << 2 | v.size) {
    case 0: /* AND */
        emit_simd(e, SX_PAND, 0, 1);
        break;
    case 1: /* BIC: n & ~m */
        emit_simd(e, SX_PANDN, 1, 0);
        vmov(tc, 0, 1);
        break;
    case 2: /* ORR */
        emit_simd(e, SX_POR, 0, 1);
        break;
    case 3: /* ORN: n | ~m */
        vones(tc, 2);
        emit_simd(e, SX_PXOR, 1, 2);
        emit_simd(e, SX_POR, 0, 1);
        break;
    case 4: /* EOR */
        emit_simd(e, SX_PXOR, 0, 1);
        break;
    case 5: /* BSL: d = m ^ ((n ^ m) & d) */
        vldq(tc, 2, v.rd, v.q);
        emit_simd(e, SX_PXOR, 0, 1);
        emit_simd(e, SX_PAND, 0, 2);
        emit_simd(e, SX_PXOR, 0, 1);
        break;
    case 6: /* BIT: d = d ^ ((d ^ n) & m) */
    case 7: /* BIF: d = d ^ ((d ^ n) & ~m) */
        vldq(tc, 2, v.rd, v.q);
        emit_simd(e, SX_PXOR, 0, 2);
        if (v.size == 2)
            emit_simd(e, SX_PAND, 0, 1);
        else
            emit_simd(e, SX_PANDN, 1, 0), vmov(tc, 0, 1);
        emit_simd(e, SX_PXOR, 0, 2);
        break;
    }
    vst(tc, v.rd, 0, v.q);
    return true;
}

/* Pairwise op of xa:xb (a first) into xa: SMAXP ... ADDP.  For Q=0 the
 * operands are 64 bits wide: pair up a:b in one register. */
static void pairwise(struct tcx *tc, int opcode, int u, int size, int q, int xa, int xb,
                     bool same_src)
{
    struct emitter *e = &tc->e;
    if (!q) {
        emit_simd(e, SX_PUNPCKLQDQ, xa, xb);
        vmov(tc, xb, xa);
    }
    if (opcode == 0x17 && (size == 1 || size == 2)) {
        emit_simd(e, size == 1 ? SX_PHADDW : SX_PHADDD, xa, xb);
        return;
    }
    if (size == 0) {
        /* Bytes (glibc's string routines): combine each byte with its odd
         * neighbour shifted down in the same 16-bit lane, clear the high
         * byte, and pack the words back to bytes. */
        static const uint32_t ops[2][3] = {
            { SX_PMAXSB, SX_PMINSB, SX_PADDB }, { SX_PMAXUB, SX_PMINUB, SX_PADDB },
        };
        uint32_t op = ops[u][opcode == 0x17 ? 2 : opcode - 0x14];
        bool same = same_src || !q;
        for (int i = 0; i < (same ? 1 : 2); i++) {
            int x = i ? xb : xa;
            vmov(tc, 2, x);
            emit_simd_shift(e, SH_PSRLW, 2, 8);
            emit_simd(e, op, x, 2);
            /* unsigned min leaves min(hi, 0) = 0 in the high byte */
            if (op != SX_PMINUB)
                vconst_op(tc, SX_PAND, x, vrep(1, 0xFF), vrep(1, 0xFF));
        }
        emit_simd(e, SX_PACKUSWB, xa, same ? xa : xb);
        return;
    }
    vunzip(tc, size, xa, xb, 2);
    if (opcode == 0x17)
        emit_simd(e, vop_add[size], xa, xb);
    else
        vminmax(tc, opcode == 0x14, !u, size, xa, xb, 2);
}

/* SSHL/USHL for 32- and 64-bit elements: the shift is the signed low byte
 * of each element of m; negative shifts go right.  AVX2 variable shifts
 * give 0 (or the sign) for counts past the width, as AArch64 does. */
static void shift_by_reg(struct tcx *tc, int u, int size, int xa, int xm)
{
    struct emitter *e = &tc->e;
    int cnt = 2, neg = 3, left = 4;
    if (size == 2) {
        vmov(tc, cnt, xm);
        emit_simd_shift(e, SH_PSLLD, cnt, 24);
        emit_simd_shift(e, SH_PSRAD, cnt, 24);
    } else {
        /* bytes 0 and 8 to the bottom, then sign-extend them to 64 bits */
        vmov(tc, cnt, xm);
        vconst_op(tc, SX_PSHUFB, cnt, 0xFFFFFFFFFFFF0800ull, ~0ull);
        emit_simd(e, 0x66000000 | 0x0F3822, cnt, cnt); /* pmovsxbq */
    }
    vzero(tc, neg);
    emit_simd(e, vop_sub[size], neg, cnt);
    emit_vpshiftv(e, VSH_SLL, size == 3, left, xa, cnt);
    if (u || size == 2) {
        emit_vpshiftv(e, u ? VSH_SRL : VSH_SRA, size == 3, xa, xa, neg);
    } else {
        /* no 64-bit vpsrav: sra(a, n) = srl(a ^ s, n) ^ s, s = sign mask */
        int s = 5;
        vzero(tc, s);
        emit_simd(e, SX_PCMPGTQ, s, xa);
        emit_simd(e, SX_PXOR, xa, s);
        emit_vpshiftv(e, VSH_SRL, true, xa, xa, neg);
        emit_simd(e, SX_PXOR, xa, s);
    }
    /* negative count: the right shift, else the left one */
    if (size == 2)
        emit_vblendvps(e, xa, left, xa, cnt);
    else
        emit_vblendvpd(e, xa, left, xa, cnt);
}

bool trans_simd_3same(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opcode = (int)bits(insn, 15, 11);
    uint8_t *mark = e->p;
    if (v.size == 3 && !v.q)
        return false;
    vldq(tc, 0, v.rn, v.q);
    vldq(tc, 1, v.rm, v.q);
    switch (opcode) {
    case 0x00: /* SHADD/UHADD: (a & b) + ((a ^ b) >> 1) */
        if (v.size == 3)
            return false;
        vmov(tc, 2, 0);
        emit_simd(e, SX_PAND, 2, 1);
        emit_simd(e, SX_PXOR, 0, 1);
        vshr_imm(tc, v.size, !v.u, 0, 1, 3);
        emit_simd(e, vop_add[v.size], 0, 2);
        break;
    case 0x02: /* SRHADD/URHADD: (a | b) - ((a ^ b) >> 1) */
        if (v.size == 3)
            return false;
        if (v.size < 2) {
            uint32_t avg = v.size ? SX_PAVGW : SX_PAVGB;
            if (!v.u) { /* signed: average in the sign-flipped domain */
                vconst_rep(tc, 2, v.size, 1ull << ((8 << v.size) - 1));
                emit_simd(e, SX_PXOR, 0, 2);
                emit_simd(e, SX_PXOR, 1, 2);
                emit_simd(e, avg, 0, 1);
                emit_simd(e, SX_PXOR, 0, 2);
            } else {
                emit_simd(e, avg, 0, 1);
            }
            break;
        }
        vmov(tc, 2, 0);
        emit_simd(e, SX_POR, 2, 1);
        emit_simd(e, SX_PXOR, 0, 1);
        vshr_imm(tc, v.size, !v.u, 0, 1, 3);
        emit_simd(e, vop_sub[v.size], 2, 0);
        vmov(tc, 0, 2);
        break;
    case 0x01: case 0x05: { /* SQADD/UQADD, SQSUB/UQSUB */
        static const uint32_t ops[2][2][2] = {
            { { SX_PADDSB, SX_PADDSW }, { SX_PADDUSB, SX_PADDUSW } },
            { { SX_PSUBSB, SX_PSUBSW }, { SX_PSUBUSB, SX_PSUBUSW } },
        };
        if (v.size >= 2)
            goto slow;
        /* saturated if the result differs from the wrapping one */
        vmov(tc, 2, 0);
        emit_simd(e, (opcode == 5 ? vop_sub : vop_add)[v.size], 2, 1);
        emit_simd(e, ops[opcode == 5][v.u][v.size], 0, 1);
        emit_simd(e, SX_PCMPEQB, 2, 0);
        vset_qc(tc, 2, 3);
        break;
    }
    case 0x06: /* CMGT/CMHI */
        vcmp(tc, v.u ? VC_HI : VC_GT, v.size, 0, 1, 2);
        break;
    case 0x07: /* CMGE/CMHS */
        vcmp(tc, v.u ? VC_HS : VC_GE, v.size, 0, 1, 2);
        break;
    case 0x08: /* SSHL/USHL */
        if (v.size < 2)
            goto slow;
        shift_by_reg(tc, v.u, v.size, 0, 1);
        break;
    case 0x0C: case 0x0D: /* SMAX/UMAX, SMIN/UMIN */
        if (v.size == 3)
            return false;
        vminmax(tc, opcode == 0x0C, !v.u, v.size, 0, 1, 2);
        break;
    case 0x0E: case 0x0F: /* SABD/UABD, SABA/UABA: max - min */
        if (v.size == 3)
            return false;
        vmov(tc, 2, 0);
        vminmax(tc, true, !v.u, v.size, 0, 1, 3);
        vminmax(tc, false, !v.u, v.size, 2, 1, 3);
        emit_simd(e, vop_sub[v.size], 0, 2);
        if (opcode == 0x0F)
            emit_simd_m(e, vop_add[v.size], 0, vreg_mem(v.rd, 0));
        break;
    case 0x10: /* ADD/SUB */
        emit_simd(e, (v.u ? vop_sub : vop_add)[v.size], 0, 1);
        break;
    case 0x11: /* CMTST/CMEQ */
        if (v.u) {
            emit_simd(e, vop_cmpeq[v.size], 0, 1);
        } else {
            emit_simd(e, SX_PAND, 0, 1);
            vzero(tc, 1);
            emit_simd(e, vop_cmpeq[v.size], 0, 1);
            vones(tc, 1);
            emit_simd(e, SX_PXOR, 0, 1);
        }
        break;
    case 0x12: /* MLA/MLS */
        if (v.size == 3)
            return false;
        vmul(tc, v.size, 0, 1, 2);
        vldq(tc, 1, v.rd, v.q);
        emit_simd(e, (v.u ? vop_sub : vop_add)[v.size], 1, 0);
        vmov(tc, 0, 1);
        break;
    case 0x13: /* MUL (PMUL: slow) */
        if (v.size == 3)
            return false;
        if (v.u)
            goto slow;
        vmul(tc, v.size, 0, 1, 2);
        break;
    case 0x14: case 0x15: /* SMAXP/UMAXP, SMINP/UMINP */
        if (v.size == 3)
            return false;
        pairwise(tc, opcode, v.u, v.size, v.q, 0, 1, v.rn == v.rm);
        break;
    case 0x17: /* ADDP */
        if (v.u)
            return false;
        pairwise(tc, opcode, v.u, v.size, v.q, 0, 1, v.rn == v.rm);
        break;
    default:
        goto slow;
    }
    vst(tc, v.rd, 0, v.q);
    return true;
slow:
    e->p = mark; /* drop the operand loads */
    return simd_slow_try(tc, insn);
}

/* Scalar three same: the 64-bit forms are the vector ones on one D
 * element (Q=0 zeroes the rest); other sizes are saturating ops. */
bool trans_simd_3same_scalar(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 15, 11);
    bool d_only = opcode == 0x06 || opcode == 0x07 || opcode == 0x08 ||
                  opcode == 0x10 || opcode == 0x11;
    if (d_only) {
        if (v.size != 3)
            return false;
        struct emitter *e = &tc->e;
        vld64(tc, 0, v.rn);
        vld64(tc, 1, v.rm);
        switch (opcode) {
        case 0x06: vcmp(tc, v.u ? VC_HI : VC_GT, 3, 0, 1, 2); break;
        case 0x07: vcmp(tc, v.u ? VC_HS : VC_GE, 3, 0, 1, 2); break;
        case 0x08: shift_by_reg(tc, v.u, 3, 0, 1); break;
        case 0x10: emit_simd(e, v.u ? SX_PSUBQ : SX_PADDQ, 0, 1); break;
        case 0x11:
            if (v.u) {
                emit_simd(e, SX_PCMPEQQ, 0, 1);
            } else {
                emit_simd(e, SX_PAND, 0, 1);
                vzero(tc, 1);
                emit_simd(e, SX_PCMPEQQ, 0, 1);
                vones(tc, 1);
                emit_simd(e, SX_PXOR, 0, 1);
            }
            break;
        }
        vst(tc, v.rd, 0, 0);
        return true;
    }
    return simd_slow_try(tc, insn);
}
