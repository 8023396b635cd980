/* Shared pieces of the AdvSIMD translators (trans_simd*.c).
 *
 * Vector registers live in cpu->v[n]; each instruction loads its operands
 * into xmm registers (scratch within the instruction), computes with SSE and stores
 * the result back.  A 64-bit (Q=0) form writes the low 64 bits of Vd and
 * zeroes the upper 64: vst() does that when q is 0.  Scalar forms (the
 * AdvSIMD "scalar" classes) write one element and zero the rest.
 *
 * Element sizes are the AArch64 `size` field: 0 = 8, 1 = 16, 2 = 32,
 * 3 = 64 bits.  Every emitted instruction leaves EFLAGS alone, so the
 * patterns are F_KEEP (the calls into C spill NZCV first).  xmm13 and
 * xmm14 have fixed uses in some helpers and xmm15 belongs to the
 * store-to-load forwarding.  See docs/simd.md. */
#ifndef FERRY_TRANS_SIMD_H
#define FERRY_TRANS_SIMD_H

#include "dbt/backend/emit_simd.h"
#include "dbt/backend/emit_sse.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"


/* The fields most AdvSIMD encodings share. */
struct vinsn {
    int q, u, size, rd, rn, rm;
};
static inline struct vinsn vdecode(uint32_t insn)
{
    return (struct vinsn){
        .q = (int)bits(insn, 30, 30), .u = (int)bits(insn, 29, 29),
        .size = (int)bits(insn, 23, 22), .rd = (int)bits(insn, 4, 0),
        .rn = (int)bits(insn, 9, 5), .rm = (int)bits(insn, 20, 16),
    };
}

/* ---- loads and stores of whole registers (trans_simd_util.c) ---- */
void vld(struct tcx *tc, int x, int n);          /* all 128 bits */
void vld64(struct tcx *tc, int x, int n);        /* low 64, upper zeroed */
void vldq(struct tcx *tc, int x, int n, int q);  /* q ? vld : vld64 */
/* Vd := x (q = 1), or the low 64 bits of x with the upper zeroed (q = 0). */
void vst(struct tcx *tc, int n, int x, int q);
/* A narrowed result in xmm0 goes to the low half of Vd (q = 0, upper half
 * zeroed) or to the high half keeping the low one (the "2" forms, q = 1). */
void vst_narrow(struct tcx *tc, int rd, int q);
/* Vd := element 0 of x (size 0..3), every other bit zero. */
void vst_scalar(struct tcx *tc, int n, int x, int size);
/* Store-to-load forwarding (trans_simd_util.c): vst copies the value
 * to xmm15 and records it for the next instruction.  vfwd_note does the
 * same for a store made otherwise; vfwd_reload (emits a load of Vn into
 * xmm15, for a path that stored through memory) and vfwd_mark (records
 * without emitting) let two paths that merge both leave Vn in xmm15. */
void vfwd_note(struct tcx *tc, int n, int x);
/* A new block starts: whatever xmm15 held is unknown on entry to it. */
void vfwd_forget(void);
void vfwd_reload(struct tcx *tc, int n);
void vfwd_mark(struct tcx *tc, int n);
/* xd := xs (full register copy); nothing if the same. */
void vmov(struct tcx *tc, int xd, int xs);

/* ---- constants ---- */
/* x := the 128-bit constant hi:lo (from a constant pool, through one
 * scratch general register). */
void vconst(struct tcx *tc, int x, uint64_t lo, uint64_t hi);
/* op x, [constant]: the constant as the memory operand of an SSE op. */
void vconst_op(struct tcx *tc, uint32_t op, int x, uint64_t lo, uint64_t hi);
void vones(struct tcx *tc, int x);  /* all bits set */
void vzero(struct tcx *tc, int x);
/* The element value v (size 0..3) repeated over 64 bits. */
uint64_t vrep(int size, uint64_t v);
/* xmm x := the 64-bit constant in both halves. */
static inline void vconst_rep(struct tcx *tc, int x, int size, uint64_t v)
{
    uint64_t r = vrep(size, v);
    vconst(tc, x, r, r);
}

/* ---- per-size SSE operations (index = size; 0 where x86 has none) ---- */
extern const uint32_t vop_add[4], vop_sub[4], vop_cmpeq[4], vop_cmpgt[4];
extern const uint32_t vop_maxs[4], vop_mins[4], vop_maxu[4], vop_minu[4];
extern const uint32_t vop_unpcklo[4], vop_unpckhi[4];

/* ---- building blocks (trans_simd_util.c) ---- */
/* Shift every element of x by n bits (0 <= n < element width for left /
 * logical right, <= width for arithmetic right), including 8-bit elements
 * and 64-bit arithmetic shifts that x86 lacks.  Uses xt as scratch. */
void vshl_imm(struct tcx *tc, int size, int x, int n, int xt);
void vshr_imm(struct tcx *tc, int size, bool sign, int x, int n, int xt);
/* Elements of size+1 in x truncated to size, packed into the low 64 bits
 * (upper 64 bits undefined). */
void vnarrow(struct tcx *tc, int size, int x);
/* xd := the elements (size) of the low (hi = 0) or high half of xs,
 * sign- or zero-extended to twice their width. */
void vextend(struct tcx *tc, int size, bool sign, bool hi, int xd, int xs);
/* Unzip xa:xb (a first): xa := even-numbered elements, xb := odd ones.
 * xt is scratch. */
void vunzip(struct tcx *tc, int size, int xa, int xb, int xt);
/* Integer compare into all-ones/zero lanes: xa := xa OP xb for
 * CMEQ, CMGT, CMGE, CMHI, CMHS; xt is scratch (xb may be changed). */
enum vcmp { VC_EQ, VC_GT, VC_GE, VC_HI, VC_HS };
void vcmp(struct tcx *tc, enum vcmp c, int size, int xa, int xb, int xt);
/* 64-bit elements: xa := signed/unsigned max or min of xa, xb. */
void vminmax64(struct tcx *tc, bool is_max, bool sign, int xa, int xb, int xt);
/* xa := xa OP xb for min/max of any size. */
void vminmax(struct tcx *tc, bool is_max, bool sign, int size, int xa, int xb, int xt);
/* 8-bit multiply (x86 has none): xa := xa * xb mod 256 per byte. */
void vmul8(struct tcx *tc, int xa, int xb, int xt);
void vmul(struct tcx *tc, int size, int xa, int xb, int xt);

/* FPSR.QC |= (some lane of x_eq is not all ones): the saturation check
 * of the SSE saturating operations.  Clobbers x_eq and xt. */
void vset_qc(struct tcx *tc, int x_eq, int xt);

/* The C fallback for rare instructions: runs `insn` on cpu state through
 * the interpreter of trans_simd_slow.c. */
void simd_slow(struct tcx *tc, uint32_t insn);
bool simd_slow_supports(uint32_t insn);
/* simd_slow() if the interpreter knows insn; false (undefined) otherwise. */
bool simd_slow_try(struct tcx *tc, uint32_t insn);
/* Its floating-point part (trans_simd_slow_fp.c): exact AArch64 NaN
 * handling for the arithmetic the SSE paths send there. */
bool simd_interp_fp(struct cpu_state *cpu, uint32_t insn);

/* ---- translators of the groups, collected in trans_simd.c ---- */
bool trans_simd_3same(struct tcx *tc, uint32_t insn);
bool trans_simd_3same_scalar(struct tcx *tc, uint32_t insn);
bool trans_simd_logic(struct tcx *tc, uint32_t insn);
bool trans_simd_3diff(struct tcx *tc, uint32_t insn);
bool trans_simd_2misc(struct tcx *tc, uint32_t insn);
bool trans_simd_2misc_scalar(struct tcx *tc, uint32_t insn);
bool trans_simd_across(struct tcx *tc, uint32_t insn);
bool trans_simd_pairwise_scalar(struct tcx *tc, uint32_t insn);
bool trans_simd_shift_imm(struct tcx *tc, uint32_t insn);
bool trans_simd_shift_imm_scalar(struct tcx *tc, uint32_t insn);
bool trans_simd_elem(struct tcx *tc, uint32_t insn);
bool trans_simd_elem_scalar(struct tcx *tc, uint32_t insn);
bool trans_simd_fp_3same(struct tcx *tc, uint32_t insn);
bool trans_simd_fp_2misc(struct tcx *tc, uint32_t insn);

#endif
