/* Shared pieces of the scalar floating-point translators (trans_fp*.c).
 *
 * Scalar values are loaded from cpu->v[n] with zero-extending loads
 * (movss/movsd), so bits above the scalar are zero in the xmm register;
 * the legacy SSE scalar ops keep those bits, and the result can then be
 * written back as a whole 16-byte register, which is exactly AArch64's
 * "a scalar write zeroes the rest of Vd". */
#ifndef FERRY_TRANS_FP_H
#define FERRY_TRANS_FP_H

#include "dbt/backend/emit_sse.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

/* Values of the 2-bit ftype field. */
enum { FT_SINGLE = 0, FT_DOUBLE = 1, FT_HALF = 3 };


/* Scalar ops need a prefix per precision: ss or sd. */
static inline enum sse_prefix fp_pfx(int ftype)
{
    return ftype == FT_DOUBLE ? SSE_SD : SSE_SS;
}

/* xmm x := scalar Vn (single or double), rest zero. */
void fp_load(struct tcx *tc, int x, int n, int ftype);
/* Vd := xmm x (all 128 bits: x must hold zeros above the scalar). */
void fp_store(struct tcx *tc, int d, int x);
/* The same for a scalar result of type ftype, which the FP register cache
 * (vcache.c) then keeps for the instructions that follow. */
void fp_store_w(struct tcx *tc, int d, int x, int ftype);
/* xmm xd := xd op Vm (scalar ftype), from the cache when it has Vm. */
void fp_arith_src(struct tcx *tc, enum sse_arith op, int ftype, int xd, int m);
/* xmm x := 64-bit constant in the low lane, rest zero (uses a scratch GPR). */
void fp_const(struct tcx *tc, int x, uint64_t bits);
/* True if the instruction may clobber host EFLAGS (flags dead or saved in
 * cpu->flags), updating the flags state; false if the flags are live in
 * EFLAGS only. */
/* xmm xr holds the result of the arithmetic instruction being translated
 * (FADD..FNMUL before the negation, FSQRT, FMADD..): if it is a NaN, make
 * it the NaN AArch64 gives (trans_fp_nan.c).  Host flags are preserved;
 * needs RAX free. */
void fp_fix_nan(struct tcx *tc, int ftype, int xr);
/* FMAX/FMIN/FMAXNM/FMINNM of operands n and m: if either is a NaN, xr
 * := AArch64's result; uses xmm xt. */
void fp_fix_nan_minmax(struct tcx *tc, int ftype, int xr, int xt, struct x86_mem n, struct x86_mem m);
/* Around a test that uses EFLAGS: keep NZCV if host flags hold it live
 * (in RAX, which must be free; true if saved), and put it back. */
bool fp_save_flags(struct tcx *tc);
void fp_restore_flags(struct tcx *tc, bool saved);
/* Call fn(cpu) from translated code without leaving it, for slow paths
 * (cold stubs included): guest state stays in host registers, so fn may
 * use only cpu->v, fpcr, fpsr and scratch.  Saves RAX if `keep_rax` and
 * the V register cache slots in vc_live; no other scratch register may be
 * live; EFLAGS and xmm registers outside the cache are lost. */
void fp_emit_light_call(struct tcx *tc, void (*fn)(struct cpu_state *), bool keep_rax,
                        unsigned vc_live);
/* Bit patterns of sign-bit masks and small constants, per precision. */
uint64_t fp_sign_mask(int ftype);
uint64_t fp_bits_of(int ftype, double v);

/* Translators of the individual encoding groups (trans_fp_arith.c,
 * trans_fp_cvt.c), collected into a64_fp_patterns in trans_fp.c. */
bool trans_FP_DP1(struct tcx *tc, uint32_t insn);
bool trans_FP_DP2(struct tcx *tc, uint32_t insn);
bool trans_FP_DP3(struct tcx *tc, uint32_t insn);
bool trans_FCVT_prec(struct tcx *tc, uint32_t insn);
bool trans_FCVT_int(struct tcx *tc, uint32_t insn);
bool trans_CVTF_int(struct tcx *tc, uint32_t insn);
bool trans_FCVT_fixed(struct tcx *tc, uint32_t insn);
bool trans_CVTF_fixed(struct tcx *tc, uint32_t insn);
/* FRINTA: xd := round-half-away(xs) in precision ftype; clobbers x+1..x+3
 * where x = xd.  xs != xd. */
void fp_emit_round_away(struct tcx *tc, int ftype, int xd, int xs);

#endif
