/* Multiplies (MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH and
 * the MUL/MNEG/[SU]MULL/[SU]MNEGL aliases) and divisions (UDIV, SDIV). */
#include "dbt/backend/hostregs.h"
#include "dbt/frontend/trans_dp_reg.h"

/* d := a * b (low half; the same for signed and unsigned), d may be the
 * register of a or b.  Returns false when the product is known to be 0. */
static bool emit_mul(struct tcx *tc, int w, int d, struct opnd a, struct opnd b)
{
    if (a.kind == OPND_IMM || b.kind == OPND_IMM)
        return false; /* XZR */
    if (opnd_is_reg(b, d)) {
        struct opnd t = a;
        a = b;
        b = t;
    }
    opnd_into(tc, w, d, a);
    if (b.kind == OPND_MEM)
        emit_imul_rm(&tc->e, w, d, b.mem);
    else
        emit_imul_rr(&tc->e, w, d, b.reg);
    return true;
}

/* 32-bit source widened to 64 bits into x. */
static void widen(struct tcx *tc, bool sign, int x, struct opnd o)
{
    if (o.kind == OPND_MEM)
        emit_load(&tc->e, 4, sign, 1, x, o.mem);
    else if (sign)
        emit_movsx_rr(&tc->e, 1, 4, x, o.reg);
    else
        emit_mov_rr(&tc->e, 0, x, o.reg);
}

/* d := acc +/- (a * b), with a and b already 32 or 64 bits as needed
 * (widen: the long forms' 32x32->64 bit product). */
static void multiply_acc(struct tcx *tc, int w, int rd, struct opnd a, struct opnd b,
                         struct opnd acc, bool sub, int widen_sign)
{
    int d = gr_dst(tc, rd);
    /* The product goes to d unless d holds the accumulator. */
    int p = opnd_is_reg(acc, d) ? gr_tmp(tc) : d;
    bool nonzero;
    if (widen_sign >= 0) {
        nonzero = a.kind != OPND_IMM && b.kind != OPND_IMM;
        if (nonzero) {
            int t = gr_tmp(tc);
            widen(tc, widen_sign, t, b); /* first: p may be b's register */
            widen(tc, widen_sign, p, a);
            emit_imul_rr(&tc->e, 1, p, t);
        }
    } else {
        nonzero = emit_mul(tc, w, p, a, b);
    }
    if (!nonzero) {
        /* The product is 0: Rd = Ra */
        opnd_load(tc, w, d, acc);
    } else if (acc.kind == OPND_IMM) { /* MUL / MNEG */
        if (sub)
            emit_neg(&tc->e, w, p);
    } else if (p != d) { /* d holds the accumulator */
        emit_alu_rr(&tc->e, sub ? ALU_SUB : ALU_ADD, w, d, p);
    } else if (sub) {
        emit_neg(&tc->e, w, d);
        opnd_alu(tc, ALU_ADD, w, d, acc);
    } else {
        opnd_alu(tc, ALU_ADD, w, d, acc);
    }
    gr_put(tc, rd, d);
}

/* High 64 bits of the 128-bit product: x86 mul/imul leave them in rdx. */
static void multiply_high(struct tcx *tc, bool sign, int rd, struct opnd a, struct opnd b)
{
    gr_reserve(tc, RAX);
    gr_reserve(tc, RDX);
    if (a.kind == OPND_IMM || b.kind == OPND_IMM) {
        int d = gr_dst(tc, rd);
        emit_mov_ri(&tc->e, d, 0);
        gr_put(tc, rd, d);
        return;
    }
    if (b.kind == OPND_REG && a.kind != OPND_REG) {
        struct opnd t = a; /* keep the memory operand for mul */
        a = b;
        b = t;
    }
    opnd_load(tc, 1, RAX, a);
    if (b.kind == OPND_MEM) {
        if (sign)
            emit_imul1_m(&tc->e, 1, b.mem);
        else
            emit_mul1_m(&tc->e, 1, b.mem);
    } else {
        if (sign)
            emit_imul1(&tc->e, 1, b.reg);
        else
            emit_mul1(&tc->e, 1, b.reg);
    }
    gr_put(tc, rd, RDX);
}

bool trans_DP3(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), op31 = (int)bits(insn, 23, 21);
    int rd = (int)bits(insn, 4, 0);
    bool o0 = bits(insn, 15, 15);
    if (bits(insn, 30, 29))
        return false;
    bool long_form = op31 == 1 || op31 == 5, high = op31 == 2 || op31 == 6;
    if (op31 != 0 && (!sf || !(long_form || high)))
        return false;
    if (high && o0)
        return false;
    if (rd == 31)
        return true;
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);
    struct opnd acc = opnd_greg((int)bits(insn, 14, 10), false);
    if (high)
        multiply_high(tc, op31 == 2, rd, a, b);
    else
        multiply_acc(tc, sf, rd, a, b, acc, o0, long_form ? op31 == 1 : -1);
    return true;
}

/* AArch64 division never traps: x / 0 = 0, and INT_MIN / -1 = INT_MIN
 * (the wrapped quotient), where x86 div/idiv raise #DE.  Both cases are
 * branched around; the common path is one compare and the division. */
bool trans_DIV(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    bool sign = bits(insn, 10, 10);
    if (rd == 31)
        return true;
    gr_reserve(tc, RAX);
    gr_reserve(tc, RDX);
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);
    if (b.kind == OPND_IMM) { /* divide by XZR */
        int d = gr_dst(tc, rd);
        emit_mov_ri(&tc->e, d, 0);
        gr_put(tc, rd, d);
        return true;
    }
    opnd_load(tc, sf, RAX, a);
    uint8_t *special, *done;
    if (!sign) {
        if (b.kind == OPND_MEM)
            emit_alu_mi(&tc->e, ALU_CMP, sf, b.mem, 0);
        else
            emit_test_rr(&tc->e, sf, b.reg, b.reg);
        special = emit_jcc8(&tc->e, CC_E);
        emit_alu_rr(&tc->e, ALU_XOR, 0, RDX, RDX);
        if (b.kind == OPND_MEM)
            emit_div1_m(&tc->e, sf, b.mem);
        else
            emit_div1(&tc->e, sf, b.reg);
        done = emit_jmp8(&tc->e);
        emit_bind8(&tc->e, special);
        emit_mov_ri(&tc->e, RAX, 0);
    } else {
        /* b + 1 <= 1 (unsigned) exactly when b is 0 or -1 */
        int t = gr_tmp(tc);
        if (b.kind == OPND_MEM) {
            opnd_load(tc, sf, t, b);
            emit_lea(&tc->e, sf, t, mem_bd(t, 1));
        } else {
            emit_lea(&tc->e, sf, t, mem_bd(b.reg, 1));
        }
        emit_alu_ri(&tc->e, ALU_CMP, sf, t, 1);
        special = emit_jcc8(&tc->e, CC_BE);
        emit_cqo(&tc->e, sf);
        if (b.kind == OPND_MEM)
            emit_idiv1_m(&tc->e, sf, b.mem);
        else
            emit_idiv1(&tc->e, sf, b.reg);
        done = emit_jmp8(&tc->e);
        /* b = -1: -a (wrapping, so INT_MIN stays); b = 0: 0.  Both are
         * -a & b. */
        emit_bind8(&tc->e, special);
        emit_neg(&tc->e, sf, RAX);
        opnd_alu(tc, ALU_AND, sf, RAX, b);
    }
    emit_bind8(&tc->e, done);
    gr_put(tc, rd, RAX);
    return true;
}
