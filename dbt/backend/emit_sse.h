/* SSE/AVX instruction forms for the FP and AdvSIMD translators.
 *
 * XMM registers are numbered 0..15 like the general registers (enum
 * x86_reg values double as xmm numbers).  None of these instructions
 * touches EFLAGS except ucomis/comis and ptest, so translators built on
 * them can usually declare F_KEEP.
 *
 * Two layers:
 *  - generic encoders: emit_sse_rr/rm/rri/rmi take the mandatory prefix
 *    (0, 0x66, 0xF2, 0xF3) and the 2-3 opcode bytes (e.g. 0x0F58 for add,
 *    0x0F3A0B for roundsd); emit_vex_rrr/rrm/rrri encode VEX (AVX, FMA3,
 *    F16C) with three register operands;
 *  - named wrappers for the forms the translators use.
 * Legacy-SSE scalar ops keep bits 127..(size) of the destination, VEX.128
 * ops zero bits 255..128 (so mixing them never dirties the upper YMM
 * halves and costs no AVX/SSE transition). */
#ifndef FERRY_EMIT_SSE_H
#define FERRY_EMIT_SSE_H

#include "dbt/backend/emit.h"

/* Mandatory prefixes: they select packed single/double or scalar
 * single/double for most 0F opcodes. */
enum sse_prefix { SSE_PS = 0, SSE_PD = 0x66, SSE_SS = 0xF3, SSE_SD = 0xF2 };

/* Arithmetic opcodes shared by the ps/pd/ss/sd forms (select with the
 * prefix above). */
enum sse_arith {
    SSE_SQRT = 0x0F51, SSE_AND = 0x0F54, SSE_ANDN = 0x0F55, SSE_OR = 0x0F56,
    SSE_XOR = 0x0F57, SSE_ADD = 0x0F58, SSE_MUL = 0x0F59, SSE_SUB = 0x0F5C,
    SSE_MIN = 0x0F5D, SSE_DIV = 0x0F5E, SSE_MAX = 0x0F5F,
};

/* cmpps/pd/ss/sd predicates (imm8).  LT, LE, NLT and NLE signal invalid
 * on a quiet NaN; the VEX forms (emit_vcmp) also take the quiet ordered
 * compares below. */
enum sse_cmp {
    CMP_EQ, CMP_LT, CMP_LE, CMP_UNORD, CMP_NEQ, CMP_NLT, CMP_NLE, CMP_ORD,
    CMP_LT_OQ = 0x11, CMP_LE_OQ = 0x12, CMP_GE_OQ = 0x1D, CMP_GT_OQ = 0x1E,
};

/* roundss/sd/ps/pd imm8: rounding control, or ROUND_MXCSR to use the
 * current mode; ROUND_NO_PE suppresses the inexact exception. */
enum sse_round {
    ROUND_NEAREST = 0, ROUND_DOWN = 1, ROUND_UP = 2, ROUND_TRUNC = 3,
    ROUND_MXCSR = 4, ROUND_NO_PE = 8,
};

/* VEX opcode maps and the implied prefix (pp). */
enum vex_map { VEX_0F = 1, VEX_0F38 = 2, VEX_0F3A = 3 };
enum vex_pp { VEX_NONE = 0, VEX_66 = 1, VEX_F3 = 2, VEX_F2 = 3 };

/* ---- generic encoders ---- */
void emit_sse_rr(struct emitter *e, int prefix, uint32_t opc, int xd, int xs);
void emit_sse_rm(struct emitter *e, int prefix, uint32_t opc, int xd, struct x86_mem m);
void emit_sse_rri(struct emitter *e, int prefix, uint32_t opc, int xd, int xs, uint8_t imm);
void emit_sse_rmi(struct emitter *e, int prefix, uint32_t opc, int xd, struct x86_mem m, uint8_t imm);
/* VEX: dst (ModRM.reg), src1 (VEX.vvvv), src2 (ModRM.rm); w = VEX.W,
 * l = VEX.L (0: 128-bit, 1: 256-bit).  `opc` is the single opcode byte. */
void emit_vex_rrr(struct emitter *e, enum vex_map map, enum vex_pp pp, int w, int l,
                  uint8_t opc, int xd, int xs1, int xs2);
void emit_vex_rrm(struct emitter *e, enum vex_map map, enum vex_pp pp, int w, int l,
                  uint8_t opc, int xd, int xs1, struct x86_mem m);

/* ---- moves ---- */
/* Loads that zero the rest of the register. */
void emit_movss_load(struct emitter *e, int x, struct x86_mem m);   /* 32 bits */
void emit_movsd_load(struct emitter *e, int x, struct x86_mem m);   /* 64 bits */
void emit_movd_load(struct emitter *e, int x, struct x86_mem m);    /* = movss */
void emit_movq_load(struct emitter *e, int x, struct x86_mem m);    /* = movsd */
void emit_movdqu_load(struct emitter *e, int x, struct x86_mem m);  /* 128 bits */
void emit_movdqa_load(struct emitter *e, int x, struct x86_mem m);  /* aligned */
/* Stores of the low 32/64 bits or all 128 bits. */
void emit_movss_store(struct emitter *e, struct x86_mem m, int x);
void emit_movsd_store(struct emitter *e, struct x86_mem m, int x);
void emit_movdqu_store(struct emitter *e, struct x86_mem m, int x);
void emit_movdqa_store(struct emitter *e, struct x86_mem m, int x);
void emit_movaps_rr(struct emitter *e, int xd, int xs);  /* full copy */
void emit_movq_xx(struct emitter *e, int xd, int xs);    /* low 64, zero upper */
/* General register <-> xmm.  Writes to an xmm zero bits 127..(size). */
void emit_movq_to_xmm(struct emitter *e, int x, int gpr);
void emit_movq_from_xmm(struct emitter *e, int gpr, int x);
void emit_movd_to_xmm(struct emitter *e, int x, int gpr);
void emit_movd_from_xmm(struct emitter *e, int gpr, int x); /* zero-extends */
void emit_pinsrq(struct emitter *e, int x, int gpr, uint8_t lane); /* SSE4.1 */
void emit_pextrq(struct emitter *e, int gpr, int x, uint8_t lane); /* SSE4.1 */
/* insertps xd, xs, imm: imm = src lane << 6 | dst lane << 4 | zero mask. */
void emit_insertps(struct emitter *e, int xd, int xs, uint8_t imm);

/* ---- logic (whole register, no flags) ---- */
void emit_xorps(struct emitter *e, int xd, int xs);
void emit_andps(struct emitter *e, int xd, int xs);
void emit_andnps(struct emitter *e, int xd, int xs); /* xd = ~xd & xs */
void emit_orps(struct emitter *e, int xd, int xs);
void emit_pxor(struct emitter *e, int xd, int xs);
void emit_pand(struct emitter *e, int xd, int xs);
void emit_por(struct emitter *e, int xd, int xs);
void emit_psllq_i(struct emitter *e, int x, uint8_t n);
void emit_psrlq_i(struct emitter *e, int x, uint8_t n);
void emit_pslld_i(struct emitter *e, int x, uint8_t n);
void emit_psrld_i(struct emitter *e, int x, uint8_t n);

/* ---- scalar/packed floating point ---- */
/* op is enum sse_arith, prefix enum sse_prefix: e.g. emit_sse_arith(e,
 * SSE_ADD, SSE_SD, x0, x1) is addsd xmm0, xmm1. */
void emit_sse_arith(struct emitter *e, enum sse_arith op, enum sse_prefix p, int xd, int xs);
void emit_sse_arith_m(struct emitter *e, enum sse_arith op, enum sse_prefix p, int xd, struct x86_mem m);
void emit_addsd(struct emitter *e, int xd, int xs);
void emit_subsd(struct emitter *e, int xd, int xs);
void emit_mulsd(struct emitter *e, int xd, int xs);
void emit_divsd(struct emitter *e, int xd, int xs);
void emit_sqrtsd(struct emitter *e, int xd, int xs);
void emit_minsd(struct emitter *e, int xd, int xs);
void emit_maxsd(struct emitter *e, int xd, int xs);
void emit_cmpsd(struct emitter *e, int xd, int xs, enum sse_cmp pred);
void emit_cmpss(struct emitter *e, int xd, int xs, enum sse_cmp pred);
void emit_sse_cmp(struct emitter *e, enum sse_prefix p, int xd, int xs, enum sse_cmp pred);
void emit_sse_cmp_m(struct emitter *e, enum sse_prefix p, int xd, struct x86_mem m, enum sse_cmp pred);
/* AVX vcmp{ps,pd,ss,sd} xd, xs1, xs2, pred: any of the 32 predicates; the
 * scalar forms copy the rest of xs1. */
void emit_vcmp(struct emitter *e, enum sse_prefix p, int xd, int xs1, int xs2, enum sse_cmp pred);
/* Sets ZF, PF, CF like an unsigned compare of xa with xb (unordered:
 * all three set); clears OF, SF, AF.  comis also signals quiet NaNs. */
void emit_ucomisd(struct emitter *e, int xa, int xb);
void emit_ucomiss(struct emitter *e, int xa, int xb);
void emit_comisd(struct emitter *e, int xa, int xb);
void emit_comiss(struct emitter *e, int xa, int xb);
/* ucomisd (dbl) or ucomiss with a memory operand */
void emit_ucomis_m(struct emitter *e, bool dbl, int xa, struct x86_mem m);
/* SSE4.1 round to integral, imm = enum sse_round. */
void emit_roundsd(struct emitter *e, int xd, int xs, uint8_t imm);
void emit_roundss(struct emitter *e, int xd, int xs, uint8_t imm);
/* AVX blend: xd = per-lane sign of xmask ? xs2 : xs1. */
void emit_vblendvpd(struct emitter *e, int xd, int xs1, int xs2, int xmask);
void emit_vblendvps(struct emitter *e, int xd, int xs1, int xs2, int xmask);

/* ---- conversions ---- */
/* w: 1 = 64-bit general register, 0 = 32-bit.  cvt* use MXCSR rounding,
 * cvtt* truncate; out-of-range and NaN give the "integer indefinite"
 * 0x80..0. */
void emit_cvtsi2sd(struct emitter *e, int w, int x, int gpr);
void emit_cvtsi2ss(struct emitter *e, int w, int x, int gpr);
void emit_cvttsd2si(struct emitter *e, int w, int gpr, int x);
void emit_cvttss2si(struct emitter *e, int w, int gpr, int x);
void emit_cvtsd2si(struct emitter *e, int w, int gpr, int x);
void emit_cvtss2si(struct emitter *e, int w, int gpr, int x);
void emit_cvtss2sd(struct emitter *e, int xd, int xs); /* keeps xd 127..64 */
void emit_cvtsd2ss(struct emitter *e, int xd, int xs); /* keeps xd 127..32 */
/* F16C: four halves in xs's low 64 bits <-> four singles. */
void emit_vcvtph2ps(struct emitter *e, int xd, int xs);
void emit_vcvtps2ph(struct emitter *e, int xd, int xs, uint8_t imm);

/* ---- FMA3 (VEX), "231" forms: xd = ±(xs1 * xs2) ± xd, one rounding ---- */
enum fma_op {
    FMA_MADD = 0xB9,   /* xd =  xs1*xs2 + xd */
    FMA_MSUB = 0xBB,   /* xd =  xs1*xs2 - xd */
    FMA_NMADD = 0xBD,  /* xd = -xs1*xs2 + xd */
    FMA_NMSUB = 0xBF,  /* xd = -xs1*xs2 - xd */
};
/* double: scalar sd (w=1); single: ss (w=0). */
void emit_vfma231_scalar(struct emitter *e, enum fma_op op, bool dbl, int xd, int xs1, int xs2);
void emit_vfmadd231sd(struct emitter *e, int xd, int xs1, int xs2);

#endif
