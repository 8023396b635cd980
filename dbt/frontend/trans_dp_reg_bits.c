/* Bit and byte manipulation: RBIT, REV16, REV32, REV, CLZ, CLS (1 source)
 * and the variable shifts LSLV, LSRV, ASRV, RORV (2 source). */
#include "dbt/backend/hostregs.h"
#include "dbt/frontend/trans_dp_reg.h"

enum { DP1_RBIT, DP1_REV16, DP1_REV32, DP1_REV64, DP1_CLZ, DP1_CLS };

/* REV (whole register): bswap, which leaves EFLAGS alone. */
bool trans_REV(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    if (rd == 31)
        return true;
    int d = gr_dst(tc, rd);
    opnd_into(tc, sf, d, opnd_greg((int)bits(insn, 9, 5), false));
    emit_bswap(&tc->e, sf, d);
    gr_put(tc, rd, d);
    return true;
}

/* d := ((d >> k) & m) | ((d & m) << k): swap neighbouring k-bit groups. */
static void swap_groups(struct tcx *tc, int w, int d, int t, int mreg, int k, uint64_t m)
{
    emit_mov_rr(&tc->e, w, t, d);
    emit_shift_ri(&tc->e, SH_SHR, w, t, (uint8_t)k);
    if (w) {
        emit_mov_ri(&tc->e, mreg, m);
        emit_alu_rr(&tc->e, ALU_AND, w, t, mreg);
        emit_alu_rr(&tc->e, ALU_AND, w, d, mreg);
    } else {
        emit_alu_ri(&tc->e, ALU_AND, w, t, (int32_t)(uint32_t)m);
        emit_alu_ri(&tc->e, ALU_AND, w, d, (int32_t)(uint32_t)m);
    }
    if (k <= 3) { /* the halves are disjoint, so | is + and lea scales */
        emit_lea(&tc->e, w, d, mem_bisd(t, d, 1 << k, 0));
    } else {
        emit_shift_ri(&tc->e, SH_SHL, w, d, (uint8_t)k);
        emit_alu_rr(&tc->e, ALU_OR, w, d, t);
    }
}

bool trans_DP1(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), opcode = (int)bits(insn, 15, 10);
    int rd = (int)bits(insn, 4, 0);
    if (opcode > DP1_CLS || (!sf && opcode == DP1_REV64))
        return false;
    if (rd == 31)
        return true;
    int nbits = sf ? 64 : 32;
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    int d = gr_dst(tc, rd);
    switch (opcode) {
    case DP1_RBIT: {
        /* byte reverse, then reverse the bits inside each byte */
        int t = gr_tmp(tc), m = sf ? gr_tmp(tc) : NO_REG;
        opnd_into(tc, sf, d, a);
        emit_bswap(&tc->e, sf, d);
        swap_groups(tc, sf, d, t, m, 4, 0x0F0F0F0F0F0F0F0Full);
        swap_groups(tc, sf, d, t, m, 2, 0x3333333333333333ull);
        swap_groups(tc, sf, d, t, m, 1, 0x5555555555555555ull);
        break;
    }
    case DP1_REV16:
        opnd_into(tc, sf, d, a);
        if (sf) {
            int t = gr_tmp(tc), m = gr_tmp(tc);
            swap_groups(tc, sf, d, t, m, 8, 0x00FF00FF00FF00FFull);
        } else {
            emit_bswap(&tc->e, 0, d);
            emit_shift_ri(&tc->e, SH_ROR, 0, d, 16);
        }
        break;
    case DP1_REV32: /* sf = 0 is REV, normally taken by trans_REV */
    case DP1_REV64:
        opnd_into(tc, sf, d, a);
        emit_bswap(&tc->e, sf, d);
        if (sf && opcode == DP1_REV32)
            emit_shift_ri(&tc->e, SH_ROR, 1, d, 32);
        break;
    case DP1_CLZ:
        /* lzcnt of 0 is the operand size, as CLZ wants */
        if (a.kind == OPND_IMM)
            emit_mov_ri(&tc->e, d, (uint64_t)nbits);
        else if (a.kind == OPND_MEM)
            emit_lzcnt_rm(&tc->e, sf, d, a.mem);
        else
            emit_lzcnt(&tc->e, sf, d, a.reg);
        break;
    case DP1_CLS: {
        /* Leading sign bits after the top one: the leading zeros of
         * x ^ (x << 1), with bit 0 forced on so that 0 and -1 give N - 1. */
        if (a.kind == OPND_IMM) {
            emit_mov_ri(&tc->e, d, (uint64_t)(nbits - 1));
            break;
        }
        int x = opnd_in_reg(tc, sf, a), t = gr_tmp(tc);
        emit_lea(&tc->e, sf, t, mem_bisd(x, x, 1, 0));
        emit_alu_rr(&tc->e, ALU_XOR, sf, t, x);
        emit_alu_ri(&tc->e, ALU_OR, sf, t, 1);
        emit_lzcnt(&tc->e, sf, d, t);
        break;
    }
    }
    gr_put(tc, rd, d);
    return true;
}

/* x86 masks a shift count by CL to 5 bits (32-bit) or 6 bits (64-bit),
 * exactly AArch64's "count modulo datasize"; ror likewise. */
bool trans_SHIFTV(struct tcx *tc, uint32_t insn)
{
    static const enum x86_shift x86_op[4] = { SH_SHL, SH_SHR, SH_SAR, SH_ROR };
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    if (rd == 31)
        return true;
    gr_reserve(tc, RCX);
    gr_get_into(tc, (int)bits(insn, 20, 16), sf, RCX); /* before Rd may be written */
    int d = gr_dst(tc, rd);
    /* For W the move is kept even onto itself: whether a shift by a masked
     * count of 0 still clears bits 63..32 is not clearly documented. */
    opnd_load(tc, sf, d, opnd_greg((int)bits(insn, 9, 5), false));
    emit_shift_rcl(&tc->e, x86_op[bits(insn, 11, 10)], sf, d);
    gr_put(tc, rd, d);
    return true;
}
