/* Logical (shifted register): AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS and
 * the MOV/MVN aliases.  x86 and/test clear CF and OF, which is exactly
 * ANDS's C = 0, V = 0 in addition form. */
#include "dbt/frontend/trans_dp_reg.h"

bool trans_LOGIC(struct tcx *tc, uint32_t insn)
{
    static const enum x86_alu x86_op[4] = { ALU_AND, ALU_OR, ALU_XOR, ALU_AND };
    int sf = (int)bits(insn, 31, 31), opc = (int)bits(insn, 30, 29);
    int shift = (int)bits(insn, 23, 22), amt = (int)bits(insn, 15, 10);
    int rd = (int)bits(insn, 4, 0);
    bool invert = bits(insn, 21, 21), setflags = opc == 3;
    if (!sf && amt >= 32)
        return false;
    if (rd == 31 && !setflags)
        return true;
    int rn = (int)bits(insn, 9, 5);
    struct opnd a = opnd_greg(rn, false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);

    if (setflags && rd == 31) { /* TST */
        opnd_test(tc, sf, a, opnd_shifted(tc, sf, b, shift, amt, invert, NO_REG));
        flags_set(tc, false);
        return true;
    }
    if (home_rmw_ok(sf, rd, rn)) {
        emit_binop_home(tc, x86_op[opc], sf, rd, rn,
                        opnd_shifted(tc, sf, b, shift, amt, invert, NO_REG));
        if (setflags)
            flags_set(tc, false);
        return true;
    }
    int d = gr_dst(tc, rd);
    int r;
    if (!setflags && opc != 0 && a.kind == OPND_IMM) {
        /* ORR/EOR/ORN/EON with XZR: operand 2 itself (shifted MOV/MVN) */
        struct opnd op2 = opnd_shifted(tc, sf, b, shift, amt, invert, d);
        opnd_into(tc, sf, d, op2);
        r = d;
    } else {
        /* Build operand 2 in d when that does not destroy Rn. */
        int hint = opnd_is_reg(a, d) ? NO_REG : d;
        struct opnd op2 = opnd_shifted(tc, sf, b, shift, amt, invert, hint);
        r = emit_binop(tc, x86_op[opc], sf, d, a, op2, true, false);
    }
    gr_put(tc, rd, r);
    if (setflags)
        flags_set(tc, false);
    return true;
}

/* Store a guest register value to an unmapped Xd straight from where it
 * is, without a scratch register. */
static bool store_direct(struct tcx *tc, int sf, int rd, struct opnd v)
{
    if (host_reg_of(rd) != NO_REG || !sf)
        return false;
    if (v.kind == OPND_REG)
        emit_store(&tc->e, 8, v.reg, gr_home(rd));
    else if (v.kind == OPND_IMM)
        emit_store_imm32(&tc->e, 1, gr_home(rd), v.imm);
    else
        return false;
    return true;
}

/* ORR Rd, ZR, Rm: one mov (a 32-bit one for W, which clears bits 63..32). */
bool trans_MOV(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    if (rd == 31)
        return true;
    struct opnd v = opnd_greg((int)bits(insn, 20, 16), false);
    if (store_direct(tc, sf, rd, v))
        return true;
    int d = gr_dst(tc, rd);
    opnd_load(tc, sf, d, v);
    gr_put(tc, rd, d);
    return true;
}

/* ORN Rd, ZR, Rm: mov + not, neither touches EFLAGS. */
bool trans_MVN(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    if (rd == 31)
        return true;
    struct opnd v = opnd_greg((int)bits(insn, 20, 16), false);
    int d = gr_dst(tc, rd);
    if (v.kind == OPND_IMM) {
        emit_mov_ri(&tc->e, d, sf ? ~0ull : 0xFFFFFFFFull);
    } else {
        opnd_into(tc, sf, d, v);
        emit_not(&tc->e, sf, d);
    }
    gr_put(tc, rd, d);
    return true;
}
