/* Shared by the load/store translators (trans_ldst*.c, trans_atomic.c):
 * AArch64 addressing modes as x86 memory operands, and the data moves
 * between memory and guest registers.
 *
 * Guest addresses are host addresses, so an access is one x86 instruction
 * on [Xn + index*scale + disp].  Everything here uses only mov, movzx,
 * movsx, lea and SSE moves, so callers stay F_KEEP unless they add more. */
#ifndef FERRY_TRANS_LDST_H
#define FERRY_TRANS_LDST_H

#include "dbt/cpu.h"
#include "dbt/backend/emit_ldst.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

enum am_mode { AM_OFFSET, AM_PRE, AM_POST };

struct ldst_addr {
    struct x86_mem m; /* the access */
    int rn;           /* guest base register, 31 = SP */
    int base;         /* host register holding Xn (mapped, or a scratch copy) */
    bool writeback;   /* after the access: Xn += wb_imm, or Xn += wb_reg */
    int32_t wb_imm;
    int wb_reg;       /* host register, NO_REG for an immediate */
};

/* [Xn + off] with optional pre/post-index writeback of `off`. */
struct ldst_addr ldst_addr_imm(struct tcx *tc, int rn, int32_t off, enum am_mode mode);
/* [Xn + extend(Xm) << shift]; false for an unallocated `option`. */
bool ldst_addr_reg(struct tcx *tc, struct ldst_addr *a, int rn, int rm, int option, int shift);
/* Post-index by register (LD1 ... [Xn], Xm); Xm = XZR adds nothing. */
void ldst_set_wb_reg(struct tcx *tc, struct ldst_addr *a, int rm);
void ldst_writeback(struct tcx *tc, const struct ldst_addr *a);
/* An address in a scratch register: clear its top byte if this
 * instruction met a tagged pointer (dbt/runtime/tbi.h). */
void ldst_untag_reg(struct tcx *tc, int hreg);
/* m, or the same address with the top byte cleared (in a scratch register)
 * if this instruction met a tagged pointer. */
struct x86_mem ldst_untagged(struct tcx *tc, struct x86_mem m);
/* The base of an exclusive access: checked for alignment like
 * ldst_ordered_base(); the register to access memory through is
 * returned, and *tagged is the base as the guest wrote it — what the
 * exclusive monitor records and compares, so that a load-exclusive and a
 * store-exclusive agree whichever of them was retranslated for a tag. */
int ldst_excl_base(struct tcx *tc, int rn, int bytes, int *tagged);

static inline struct x86_mem mem_plus(struct x86_mem m, int32_t d)
{
    m.disp += d;
    return m;
}


/* Xt := `bytes` from m, zero- or sign-extended to 32 (sf = 0) or 64 bits. */
void ldst_gpr_load(struct tcx *tc, int bytes, bool sign, int sf, int rt, struct x86_mem m);
/* The low `bytes` of Xt (31 = XZR) to m. */
void ldst_gpr_store(struct tcx *tc, int bytes, int rt, struct x86_mem m);
/* Vt := `bytes` (1..16) from m, zeroing the rest of the 128-bit register. */
void ldst_vec_load(struct tcx *tc, int bytes, int vt, struct x86_mem m);
/* The low `bytes` (1..16) of Vt to m. */
void ldst_vec_store(struct tcx *tc, int bytes, int vt, struct x86_mem m);
/* One element between memory and lane memory (both x86 operands), through
 * a scratch register. */
void ldst_copy(struct tcx *tc, int bytes, struct x86_mem dst, struct x86_mem src);

/* hreg := the low `bytes` of Xn (31 = XZR), zero-extended. */
void ldst_get_zext(struct tcx *tc, int n, int bytes, int hreg);
/* Exclusive, acquire/release and atomic accesses must be aligned to their
 * size (ferry does not implement FEAT_LSE2): guest SIGBUS otherwise, as
 * the kernel gives for an alignment fault.  ldst_check_align tests
 * base + disp; ldst_ordered_base gets Xn|SP into a register and tests it. */
void ldst_check_align(struct tcx *tc, int base, int32_t disp, int bytes);
int ldst_ordered_base(struct tcx *tc, int rn, int bytes);
/* SP alignment (SCTLR_EL1.SA0): if rn is SP, whose value is in hreg,
 * guest SIGBUS unless it is 16-byte aligned; once per block. */
void ldst_check_sp(struct tcx *tc, int rn, int hreg);

#endif
