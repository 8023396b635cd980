/* Shared pieces of the AdvSIMD floating-point translators
 * (trans_simd_fp.c: arithmetic; trans_simd_fp_misc.c: two-register misc
 * and conversions).
 *
 * Packed SSE/AVX/FMA operations with MXCSR rounding (which tracks
 * FPCR.RMode).  A 64-bit form is computed on zeroed upper lanes, so no
 * spurious exception flags come from there (FDIV gets divisor 1.0).
 * Scalar forms run the packed operation on a register whose other lanes
 * are zero and keep element 0. */
#ifndef FERRY_TRANS_SIMD_FP_H
#define FERRY_TRANS_SIMD_FP_H

#include "dbt/frontend/trans_simd.h"

/* The ps opcode with the 66 prefix is the pd one for every FP op used. */
static inline uint32_t F(uint32_t op_ps, bool dbl)
{
    return dbl ? op_ps | SX_(0x66, 0) : op_ps;
}

static inline uint64_t sign_mask(bool dbl)
{
    return dbl ? 1ull << 63 : vrep(2, 1u << 31);
}

/* v as a single (repeated over 64 bits) or a double. */
uint64_t fbits(bool dbl, double v);
void fconst(struct tcx *tc, int x, bool dbl, double v);
void fconst_op(struct tcx *tc, uint32_t op_ps, bool dbl, int x, double v);
/* xd = mask ? xs2 : xs1 per element (AVX blendv). */
void fblendv(struct tcx *tc, bool dbl, int xd, int xs1, int xs2, int xmask);

/* Operand shapes: a vector of 64 or 128 bits, or one scalar element. */
struct fshape {
    bool dbl, scalar;
    int q;
};
void fld(struct tcx *tc, int x, int n, struct fshape s);
void fst(struct tcx *tc, int n, int x, struct fshape s);

/* The NaN guard (see trans_simd_fp.c): check a lane mask, store on the
 * fast path, finish with the branch to the exact C path. */
struct fguard {
    uint8_t *to_slow;
    bool restore_mxcsr; /* the fast path may raise flags the C path would not */
};
void fguard_check(struct tcx *tc, int xmask, struct fguard *g);
/* Instead of a lane mask: to the C path when FPCR.AHP is set (FCVTL and
 * FCVTN with half precision).  Uses xmm14. */
void fguard_check_ahp(struct tcx *tc, struct fguard *g);
void fguard_finish(struct tcx *tc, uint32_t insn, struct fguard *g);
/* xd := lanes where xa or xb is a NaN, or (FM_INF) also an infinity, or
 * (FM_HUGE) also at least 2^127 (2^1023) in magnitude.  Uses xmm13 and a
 * scratch register. */
enum fmask_kind { FM_NAN, FM_INF, FM_HUGE };
void nan_mask_ex(struct tcx *tc, bool dbl, int xd, int xa, int xb, enum fmask_kind kind);
void nan_mask(struct tcx *tc, bool dbl, int xd, int xa, int xb);

/* Across lanes (FMAXV ...) and scalar pairwise (FADDP ...), in
 * trans_simd_fp.c; the entry for their groups is in trans_simd_fp_misc.c. */
bool simd_fp_across(struct tcx *tc, uint32_t insn);
bool simd_fp_pairwise_scalar(struct tcx *tc, uint32_t insn);

#endif
