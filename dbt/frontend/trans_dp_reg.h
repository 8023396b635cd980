/* Private to the data-processing (register) translators, trans_dp_reg*.c.
 *
 * Source operands are described rather than loaded: a guest register with
 * a host register is used in place, one without is used from its home slot
 * as an x86 memory operand, and XZR (or a CCMP immediate) is an immediate.
 * That keeps `add x0, x0, x9` one instruction. */
#ifndef FERRY_TRANS_DP_REG_H
#define FERRY_TRANS_DP_REG_H

#include "dbt/backend/emit_dpreg.h"
#include "dbt/translate.h"

enum opnd_kind { OPND_REG, OPND_MEM, OPND_IMM };

struct opnd {
    enum opnd_kind kind;
    int reg;            /* OPND_REG */
    struct x86_mem mem; /* OPND_MEM */
    int32_t imm;        /* OPND_IMM */
};

/* Guest register n as an operand; 31 is XZR, or SP when `sp` is set. */
struct opnd opnd_greg(int n, bool sp);
struct opnd opnd_reg(int hreg);
struct opnd opnd_imm(int32_t imm);
bool opnd_is_reg(struct opnd o, int hreg);

/* dst := o (w = 0: 32 bits, zero-extended). */
void opnd_load(struct tcx *tc, int w, int dst, struct opnd o);
/* Same, but skips the move when o already is dst: for callers whose next
 * instruction writes dst with operand size w (which zero-extends anyway). */
void opnd_into(struct tcx *tc, int w, int dst, struct opnd o);
/* dst := dst op o */
void opnd_alu(struct tcx *tc, enum x86_alu op, int w, int dst, struct opnd o);
/* A host register holding o: o's own register or a scratch one. */
int opnd_in_reg(struct tcx *tc, int w, struct opnd o);
/* A scratch register holding a copy of o that may be modified. */
int opnd_copy(struct tcx *tc, int w, struct opnd o);
/* Operand 2 of the shifted-register forms: b shifted by amt (shift type
 * 0..3 = LSL, LSR, ASR, ROR), inverted if asked.  Computed in dst, or in a
 * scratch register when dst is NO_REG (b's own one if b is scratch).
 * The shift clobbers EFLAGS. */
struct opnd opnd_shifted(struct tcx *tc, int w, struct opnd b, int shift, int amt, bool invert,
                         int dst);
/* Whether hreg is one of the per-instruction scratch registers. */
bool is_scratch(int hreg);
/* Flags of a - b (cmp) and of a & b (test), nothing written. */
void opnd_cmp(struct tcx *tc, int w, struct opnd a, struct opnd b);
void opnd_test(struct tcx *tc, int w, struct opnd a, struct opnd b);

/* d := a op b for a two-operand x86 op, minding that d may be the host
 * register of a or b.  Returns the register that holds the result (d, or a
 * scratch register when d is b and op does not commute).  `neg_ok` allows
 * `neg d; add d, a` for SUB with d == b, which leaves the wrong flags. */
int emit_binop(struct tcx *tc, enum x86_alu op, int w, int d, struct opnd a, struct opnd b,
               bool commutes, bool neg_ok);

/* Xd := Xd op b straight on Xd's home slot (one read-modify-write
 * instruction) when rd == rn names an X register without a host register.
 * Returns false, emitting nothing, when that does not apply. */
bool home_rmw_ok(int sf, int rd, int rn);
bool emit_binop_home(struct tcx *tc, enum x86_alu op, int sf, int rd, int rn, struct opnd b);


/* The translators, one per encoding group. */
bool trans_ADDSUB_shift(struct tcx *tc, uint32_t insn);
bool trans_ADDSUB_ext(struct tcx *tc, uint32_t insn);
bool trans_ADC(struct tcx *tc, uint32_t insn);
bool trans_LOGIC(struct tcx *tc, uint32_t insn);
bool trans_MOV(struct tcx *tc, uint32_t insn);
bool trans_MVN(struct tcx *tc, uint32_t insn);
bool trans_CSEL(struct tcx *tc, uint32_t insn);
bool trans_CCMP(struct tcx *tc, uint32_t insn);
bool trans_DP1(struct tcx *tc, uint32_t insn);
bool trans_REV(struct tcx *tc, uint32_t insn);
bool trans_SHIFTV(struct tcx *tc, uint32_t insn);
bool trans_DIV(struct tcx *tc, uint32_t insn);
bool trans_DP3(struct tcx *tc, uint32_t insn);

#endif
