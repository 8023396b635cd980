/* Data processing (register): the pattern table and the operand helpers
 * shared by trans_dp_reg_*.c.  The instructions themselves live in
 *   trans_dp_reg_arith.c  ADD/SUB (shifted, extended), ADC/SBC
 *   trans_dp_reg_logic.c  AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS, MOV, MVN
 *   trans_dp_reg_cond.c   CSEL/CSINC/CSINV/CSNEG, CCMP/CCMN
 *   trans_dp_reg_bits.c   RBIT, REV16, REV32, REV, CLZ, CLS, LSLV/LSRV/ASRV/RORV
 *   trans_dp_reg_mul.c    MADD/MSUB/[SU]M{ADD,SUB}L/[SU]MULH, UDIV/SDIV */
#include "dbt/frontend/trans_dp_reg.h"

#include "dbt/backend/hostregs.h"

struct opnd opnd_greg(int n, bool sp)
{
    if (n == 31 && !sp)
        return opnd_imm(0);
    int h = host_reg_of(n);
    if (h != NO_REG)
        return opnd_reg(h);
    return (struct opnd){ .kind = OPND_MEM, .reg = NO_REG, .mem = gr_home(n) };
}

struct opnd opnd_reg(int hreg)
{
    return (struct opnd){ .kind = OPND_REG, .reg = hreg };
}

struct opnd opnd_imm(int32_t imm)
{
    return (struct opnd){ .kind = OPND_IMM, .reg = NO_REG, .imm = imm };
}

bool opnd_is_reg(struct opnd o, int hreg)
{
    return o.kind == OPND_REG && o.reg == hreg;
}

/* A home slot that a scratch register still holds (gr_home_forwarded) is
 * read from that register; only where nothing is emitted before the use. */
static struct opnd forward_now(const struct tcx *tc, struct opnd o)
{
    int f = o.kind == OPND_MEM ? gr_home_forwarded(tc, o.mem) : NO_REG;
    return f == NO_REG ? o : opnd_reg(f);
}

void opnd_load(struct tcx *tc, int w, int dst, struct opnd o)
{
    o = forward_now(tc, o);
    switch (o.kind) {
    case OPND_REG:
        /* A 32-bit move onto itself still clears bits 63..32. */
        if (o.reg != dst || !w)
            emit_mov_rr(&tc->e, w, dst, o.reg);
        break;
    case OPND_MEM:
        emit_load(&tc->e, w ? 8 : 4, false, w, dst, o.mem);
        break;
    case OPND_IMM:
        emit_mov_ri(&tc->e, dst, w ? (uint64_t)(int64_t)o.imm : (uint32_t)o.imm);
        break;
    }
}

void opnd_into(struct tcx *tc, int w, int dst, struct opnd o)
{
    if (!opnd_is_reg(o, dst))
        opnd_load(tc, w, dst, o);
}

bool is_scratch(int hreg)
{
    return hreg >= 0 && (SCRATCH_MASK & (1u << hreg));
}

struct opnd opnd_shifted(struct tcx *tc, int w, struct opnd b, int shift, int amt, bool invert,
                         int dst)
{
    static const enum x86_shift x86_op[4] = { SH_SHL, SH_SHR, SH_SAR, SH_ROR };
    if (b.kind == OPND_IMM)
        return invert ? opnd_imm(~b.imm) : b; /* XZR shifted is still zero */
    if (amt == 0 && !invert)
        return b;
    if (dst == NO_REG)
        dst = b.kind == OPND_REG && is_scratch(b.reg) ? b.reg : gr_tmp(tc);
    opnd_into(tc, w, dst, b);
    if (amt)
        emit_shift_ri(&tc->e, x86_op[shift], w, dst, (uint8_t)amt);
    if (invert)
        emit_not(&tc->e, w, dst);
    return opnd_reg(dst);
}

void opnd_alu(struct tcx *tc, enum x86_alu op, int w, int dst, struct opnd o)
{
    o = forward_now(tc, o);
    switch (o.kind) {
    case OPND_REG: emit_alu_rr(&tc->e, op, w, dst, o.reg); break;
    case OPND_MEM: emit_alu_rm(&tc->e, op, w, dst, o.mem); break;
    case OPND_IMM: emit_alu_ri(&tc->e, op, w, dst, o.imm); break;
    }
}

int opnd_in_reg(struct tcx *tc, int w, struct opnd o)
{
    if (o.kind == OPND_REG)
        return o.reg;
    return opnd_copy(tc, w, o);
}

int opnd_copy(struct tcx *tc, int w, struct opnd o)
{
    int t = gr_tmp(tc);
    opnd_load(tc, w, t, o);
    return t;
}

void opnd_cmp(struct tcx *tc, int w, struct opnd a, struct opnd b)
{
    a = forward_now(tc, a);
    if (a.kind == OPND_MEM && b.kind == OPND_REG) {
        emit_alu_mr(&tc->e, ALU_CMP, w, a.mem, b.reg);
        return;
    }
    if (a.kind == OPND_MEM && b.kind == OPND_IMM) {
        emit_alu_mi(&tc->e, ALU_CMP, w, a.mem, b.imm);
        return;
    }
    int ra = opnd_in_reg(tc, w, a);
    if (b.kind == OPND_IMM && b.imm == 0)
        emit_test_rr(&tc->e, w, ra, ra); /* same flags as cmp ra, 0 */
    else
        opnd_alu(tc, ALU_CMP, w, ra, b);
}

void opnd_test(struct tcx *tc, int w, struct opnd a, struct opnd b)
{
    if (a.kind != OPND_REG) {
        struct opnd t = a;
        a = b;
        b = t;
    }
    int ra = opnd_in_reg(tc, w, a);
    switch (b.kind) {
    case OPND_REG: emit_test_rr(&tc->e, w, ra, b.reg); break;
    case OPND_MEM: emit_test_rm(&tc->e, w, ra, b.mem); break;
    case OPND_IMM: emit_test_ri(&tc->e, w, ra, b.imm); break;
    }
}

int emit_binop(struct tcx *tc, enum x86_alu op, int w, int d, struct opnd a, struct opnd b,
               bool commutes, bool neg_ok)
{
    if (opnd_is_reg(a, d)) {
        opnd_alu(tc, op, w, d, b);
        return d;
    }
    if (opnd_is_reg(b, d)) {
        if (commutes) {
            opnd_alu(tc, op, w, d, a);
            return d;
        }
        if (neg_ok && op == ALU_SUB) {
            emit_neg(&tc->e, w, d);
            opnd_alu(tc, ALU_ADD, w, d, a);
            return d;
        }
        int t = opnd_copy(tc, w, a);
        opnd_alu(tc, op, w, t, b);
        return t;
    }
    opnd_load(tc, w, d, a);
    opnd_alu(tc, op, w, d, b);
    return d;
}

bool home_rmw_ok(int sf, int rd, int rn)
{
    /* W forms must clear the upper half of the slot: not in place. */
    return sf && rd == rn && rd != 31 && host_reg_of(rd) == NO_REG;
}

bool emit_binop_home(struct tcx *tc, enum x86_alu op, int sf, int rd, int rn, struct opnd b)
{
    if (!home_rmw_ok(sf, rd, rn))
        return false;
    if (b.kind == OPND_MEM)
        b = opnd_reg(opnd_copy(tc, 1, b));
    if (b.kind == OPND_IMM)
        emit_alu_mi(&tc->e, op, 1, gr_home(rd), b.imm);
    else
        emit_alu_mr(&tc->e, op, 1, gr_home(rd), b.reg);
    return true;
}

/* More specific encodings first: the first match wins. */
const struct a64_pattern a64_dp_reg_patterns[] = {
    /* Logical (shifted register) */
    { 0x7F20FFE0, 0x2A0003E0, F_KEEP, trans_MOV, "MOV (register)" },
    { 0x7F20FFE0, 0x2A2003E0, F_KEEP, trans_MVN, "MVN" },
    { 0x7F000000, 0x6A000000, F_WRITE, trans_LOGIC, "ANDS/BICS (shifted register)" },
    { 0x1F000000, 0x0A000000, 0, trans_LOGIC, "AND/BIC/ORR/ORN/EOR/EON (shifted register)" },
    /* Add/subtract (shifted register); LSL #0..3 has a flag-free form (lea) */
    { 0x3F200000, 0x2B000000, F_WRITE, trans_ADDSUB_shift, "ADDS/SUBS (shifted register)" },
    { 0x3FE0F000, 0x0B000000, F_KEEP, trans_ADDSUB_shift, "ADD/SUB (shifted register, LSL #0-3)" },
    { 0x3F200000, 0x0B000000, 0, trans_ADDSUB_shift, "ADD/SUB (shifted register)" },
    /* Add/subtract (extended register) */
    { 0x3F200000, 0x2B200000, F_WRITE, trans_ADDSUB_ext, "ADDS/SUBS (extended register)" },
    { 0x3F200000, 0x0B200000, F_KEEP, trans_ADDSUB_ext, "ADD/SUB (extended register)" },
    /* Add/subtract with carry */
    { 0x3FE0FC00, 0x3A000000, F_READ | F_WRITE, trans_ADC, "ADCS/SBCS" },
    { 0x3FE0FC00, 0x1A000000, F_READ, trans_ADC, "ADC/SBC" },
    /* Conditional compare (register and immediate) */
    { 0x3FE00410, 0x3A400000, F_READ | F_WRITE, trans_CCMP, "CCMN/CCMP" },
    /* Conditional select */
    { 0x3FE00800, 0x1A800000, F_READ | F_KEEP, trans_CSEL, "CSEL/CSINC/CSINV/CSNEG" },
    /* Data processing (1 source): REV has a flag-free form (bswap) */
    { 0xFFFFFC00, 0xDAC00C00, F_KEEP, trans_REV, "REV" },
    { 0xFFFFFC00, 0x5AC00800, F_KEEP, trans_REV, "REV (32-bit)" },
    { 0x7FFF0000, 0x5AC00000, 0, trans_DP1, "RBIT/REV16/REV32/CLZ/CLS" },
    /* Data processing (2 source) */
    { 0x7FE0F800, 0x1AC00800, 0, trans_DIV, "UDIV/SDIV" },
    { 0x7FE0F000, 0x1AC02000, 0, trans_SHIFTV, "LSLV/LSRV/ASRV/RORV" },
    /* Data processing (3 source) */
    { 0x7F000000, 0x1B000000, 0, trans_DP3, "MADD/MSUB/SMADDL/SMSUBL/SMULH/UMADDL/UMSUBL/UMULH" },
    A64_PATTERN_END,
};
