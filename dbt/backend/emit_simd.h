/* SSE/SSSE3/SSE4.1/AVX2 forms for the AdvSIMD translators (trans_simd*.c).
 *
 * Most packed-integer and packed-float instructions are "op xmm, xmm/m128"
 * with a mandatory prefix and a 2-3 byte opcode, so they are described by
 * one number: the prefix in bits 31..24 and the opcode below it
 * (e.g. SX_PADDB = 66 0F FC).  emit_simd() encodes any of them.
 *
 * None of these instructions touches EFLAGS (ptest aside, which is not
 * used), so translators built on them can declare F_KEEP.  Legacy SSE
 * forms leave bits 255..128 of the ymm registers alone and the VEX.128
 * forms here zero them; nothing uses 256-bit operations, so there are no
 * SSE/AVX transition penalties. */
#ifndef FERRY_EMIT_SIMD_H
#define FERRY_EMIT_SIMD_H

#include "dbt/backend/emit.h"

#define SX_(pfx, opc) ((uint32_t)(pfx) << 24 | (uint32_t)(opc))

enum simd_op {
    /* integer add/sub, wrapping and saturating */
    SX_PADDB = SX_(0x66, 0x0FFC), SX_PADDW = SX_(0x66, 0x0FFD),
    SX_PADDD = SX_(0x66, 0x0FFE), SX_PADDQ = SX_(0x66, 0x0FD4),
    SX_PSUBB = SX_(0x66, 0x0FF8), SX_PSUBW = SX_(0x66, 0x0FF9),
    SX_PSUBD = SX_(0x66, 0x0FFA), SX_PSUBQ = SX_(0x66, 0x0FFB),
    SX_PADDSB = SX_(0x66, 0x0FEC), SX_PADDSW = SX_(0x66, 0x0FED),
    SX_PADDUSB = SX_(0x66, 0x0FDC), SX_PADDUSW = SX_(0x66, 0x0FDD),
    SX_PSUBSB = SX_(0x66, 0x0FE8), SX_PSUBSW = SX_(0x66, 0x0FE9),
    SX_PSUBUSB = SX_(0x66, 0x0FD8), SX_PSUBUSW = SX_(0x66, 0x0FD9),
    SX_PAVGB = SX_(0x66, 0x0FE0), SX_PAVGW = SX_(0x66, 0x0FE3),
    SX_PSADBW = SX_(0x66, 0x0FF6),
    SX_PHADDW = SX_(0x66, 0x0F3801), SX_PHADDD = SX_(0x66, 0x0F3802),
    SX_PABSB = SX_(0x66, 0x0F381C), SX_PABSW = SX_(0x66, 0x0F381D),
    SX_PABSD = SX_(0x66, 0x0F381E),
    /* compares (all-ones / all-zeros lanes) */
    SX_PCMPEQB = SX_(0x66, 0x0F74), SX_PCMPEQW = SX_(0x66, 0x0F75),
    SX_PCMPEQD = SX_(0x66, 0x0F76), SX_PCMPEQQ = SX_(0x66, 0x0F3829),
    SX_PCMPGTB = SX_(0x66, 0x0F64), SX_PCMPGTW = SX_(0x66, 0x0F65),
    SX_PCMPGTD = SX_(0x66, 0x0F66), SX_PCMPGTQ = SX_(0x66, 0x0F3837),
    /* min/max */
    SX_PMAXUB = SX_(0x66, 0x0FDE), SX_PMINUB = SX_(0x66, 0x0FDA),
    SX_PMAXSW = SX_(0x66, 0x0FEE), SX_PMINSW = SX_(0x66, 0x0FEA),
    SX_PMAXSB = SX_(0x66, 0x0F383C), SX_PMAXSD = SX_(0x66, 0x0F383D),
    SX_PMAXUW = SX_(0x66, 0x0F383E), SX_PMAXUD = SX_(0x66, 0x0F383F),
    SX_PMINSB = SX_(0x66, 0x0F3838), SX_PMINSD = SX_(0x66, 0x0F3839),
    SX_PMINUW = SX_(0x66, 0x0F383A), SX_PMINUD = SX_(0x66, 0x0F383B),
    SX_PHMINPOSUW = SX_(0x66, 0x0F3841),
    /* multiplies */
    SX_PMULLW = SX_(0x66, 0x0FD5), SX_PMULHW = SX_(0x66, 0x0FE5),
    SX_PMULHUW = SX_(0x66, 0x0FE4), SX_PMULUDQ = SX_(0x66, 0x0FF4),
    SX_PMULLD = SX_(0x66, 0x0F3840), SX_PMULDQ = SX_(0x66, 0x0F3828),
    SX_PMADDWD = SX_(0x66, 0x0FF5), SX_PMADDUBSW = SX_(0x66, 0x0F3804),
    SX_PMULHRSW = SX_(0x66, 0x0F380B),
    /* logic */
    SX_PAND = SX_(0x66, 0x0FDB), SX_PANDN = SX_(0x66, 0x0FDF), /* xd = ~xd & xs */
    SX_POR = SX_(0x66, 0x0FEB), SX_PXOR = SX_(0x66, 0x0FEF),
    /* shifts by the count in the low 64 bits of an xmm */
    SX_PSRLW = SX_(0x66, 0x0FD1), SX_PSRLD = SX_(0x66, 0x0FD2), SX_PSRLQ = SX_(0x66, 0x0FD3),
    SX_PSRAW = SX_(0x66, 0x0FE1), SX_PSRAD = SX_(0x66, 0x0FE2),
    SX_PSLLW = SX_(0x66, 0x0FF1), SX_PSLLD = SX_(0x66, 0x0FF2), SX_PSLLQ = SX_(0x66, 0x0FF3),
    /* pack (narrow with saturation), unpack (interleave), extend */
    SX_PACKSSWB = SX_(0x66, 0x0F63), SX_PACKUSWB = SX_(0x66, 0x0F67),
    SX_PACKSSDW = SX_(0x66, 0x0F6B), SX_PACKUSDW = SX_(0x66, 0x0F382B),
    SX_PUNPCKLBW = SX_(0x66, 0x0F60), SX_PUNPCKLWD = SX_(0x66, 0x0F61),
    SX_PUNPCKLDQ = SX_(0x66, 0x0F62), SX_PUNPCKLQDQ = SX_(0x66, 0x0F6C),
    SX_PUNPCKHBW = SX_(0x66, 0x0F68), SX_PUNPCKHWD = SX_(0x66, 0x0F69),
    SX_PUNPCKHDQ = SX_(0x66, 0x0F6A), SX_PUNPCKHQDQ = SX_(0x66, 0x0F6D),
    SX_PMOVSXBW = SX_(0x66, 0x0F3820), SX_PMOVSXWD = SX_(0x66, 0x0F3823),
    SX_PMOVSXDQ = SX_(0x66, 0x0F3825), SX_PMOVZXBW = SX_(0x66, 0x0F3830),
    SX_PMOVZXWD = SX_(0x66, 0x0F3833), SX_PMOVZXDQ = SX_(0x66, 0x0F3835),
    /* shuffles; the _I forms take an imm8 (emit_simd_i) */
    SX_PSHUFB = SX_(0x66, 0x0F3800),
    SX_PSHUFD_I = SX_(0x66, 0x0F70), SX_PSHUFLW_I = SX_(0xF2, 0x0F70),
    SX_PSHUFHW_I = SX_(0xF3, 0x0F70),
    SX_PALIGNR_I = SX_(0x66, 0x0F3A0F), SX_PBLENDW_I = SX_(0x66, 0x0F3A0E),
    SX_SHUFPS_I = SX_(0, 0x0FC6), SX_SHUFPD_I = SX_(0x66, 0x0FC6),
    SX_PBLENDVB = SX_(0x66, 0x0F3810), /* mask in xmm0 */
    SX_BLENDVPS = SX_(0x66, 0x0F3814), SX_BLENDVPD = SX_(0x66, 0x0F3815),
    SX_BLENDPS_I = SX_(0x66, 0x0F3A0C), SX_BLENDPD_I = SX_(0x66, 0x0F3A0D),
    SX_INSERTPS_I = SX_(0x66, 0x0F3A21),
    SX_UNPCKLPS = SX_(0, 0x0F14), SX_UNPCKHPS = SX_(0, 0x0F15),
    /* moves */
    SX_MOVDQA = SX_(0x66, 0x0F6F), SX_MOVDQU = SX_(0xF3, 0x0F6F),
    SX_MOVQ = SX_(0xF3, 0x0F7E), /* low 64 bits, upper zeroed */
    /* packed floating point: PS = single, PD = double */
    SX_ADDPS = SX_(0, 0x0F58), SX_ADDPD = SX_(0x66, 0x0F58),
    SX_SUBPS = SX_(0, 0x0F5C), SX_SUBPD = SX_(0x66, 0x0F5C),
    SX_MULPS = SX_(0, 0x0F59), SX_MULPD = SX_(0x66, 0x0F59),
    SX_DIVPS = SX_(0, 0x0F5E), SX_DIVPD = SX_(0x66, 0x0F5E),
    SX_MINPS = SX_(0, 0x0F5D), SX_MINPD = SX_(0x66, 0x0F5D),
    SX_MAXPS = SX_(0, 0x0F5F), SX_MAXPD = SX_(0x66, 0x0F5F),
    SX_SQRTPS = SX_(0, 0x0F51), SX_SQRTPD = SX_(0x66, 0x0F51),
    SX_ANDPS = SX_(0, 0x0F54), SX_ANDNPS = SX_(0, 0x0F55),
    SX_ORPS = SX_(0, 0x0F56), SX_XORPS = SX_(0, 0x0F57),
    SX_HADDPS = SX_(0xF2, 0x0F7C), SX_HADDPD = SX_(0x66, 0x0F7C),
    SX_CMPPS_I = SX_(0, 0x0FC2), SX_CMPPD_I = SX_(0x66, 0x0FC2),
    SX_CMPSS_I = SX_(0xF3, 0x0FC2), SX_CMPSD_I = SX_(0xF2, 0x0FC2),
    SX_ROUNDPS_I = SX_(0x66, 0x0F3A08), SX_ROUNDPD_I = SX_(0x66, 0x0F3A09),
    SX_CVTDQ2PS = SX_(0, 0x0F5B), SX_CVTTPS2DQ = SX_(0xF3, 0x0F5B),
    SX_CVTPS2DQ = SX_(0x66, 0x0F5B),
    SX_CVTPS2PD = SX_(0, 0x0F5A), SX_CVTPD2PS = SX_(0x66, 0x0F5A),
    /* scalar floating point */
    SX_ADDSS = SX_(0xF3, 0x0F58), SX_ADDSD = SX_(0xF2, 0x0F58),
    SX_SUBSS = SX_(0xF3, 0x0F5C), SX_SUBSD = SX_(0xF2, 0x0F5C),
    SX_MULSS = SX_(0xF3, 0x0F59), SX_MULSD = SX_(0xF2, 0x0F59),
    SX_MINSS = SX_(0xF3, 0x0F5D), SX_MINSD = SX_(0xF2, 0x0F5D),
    SX_MAXSS = SX_(0xF3, 0x0F5F), SX_MAXSD = SX_(0xF2, 0x0F5F),
};

/* The immediate shift groups: opcode and the ModRM /digit. */
enum simd_shift {
    SH_PSRLW = 0x7102, SH_PSRAW = 0x7104, SH_PSLLW = 0x7106,
    SH_PSRLD = 0x7202, SH_PSRAD = 0x7204, SH_PSLLD = 0x7206,
    SH_PSRLQ = 0x7302, SH_PSRLDQ = 0x7303, SH_PSLLQ = 0x7306, SH_PSLLDQ = 0x7307,
};

void emit_simd(struct emitter *e, uint32_t op, int xd, int xs);
void emit_simd_m(struct emitter *e, uint32_t op, int xd, struct x86_mem m);
void emit_simd_i(struct emitter *e, uint32_t op, int xd, int xs, uint8_t imm);
/* Immediate shifts; psrldq/pslldq count bytes, the others bits. */
void emit_simd_shift(struct emitter *e, enum simd_shift op, int x, uint8_t n);

/* Lane inserts and extracts (SSE4.1; pinsrw is SSE2).  bytes = 1, 2, 4 or 8. */
void emit_pinsr_m(struct emitter *e, int bytes, int x, struct x86_mem m, uint8_t lane);
void emit_pinsr_r(struct emitter *e, int bytes, int x, int gpr, uint8_t lane);
void emit_pextr_m(struct emitter *e, int bytes, struct x86_mem m, int x, uint8_t lane);

/* AVX2: broadcast the low element of xs (or the element at m) to every
 * lane of xd, zeroing bits 255..128. */
void emit_vpbroadcast(struct emitter *e, int bytes, int xd, int xs);
void emit_vpbroadcast_m(struct emitter *e, int bytes, int xd, struct x86_mem m);

/* AVX2 per-lane variable shifts: xd = xs1 shifted by the lanes of xs2
 * (counts >= the lane width give 0, or the sign for vpsrav). */
enum simd_vshift { VSH_SRL = 0x45, VSH_SRA = 0x46, VSH_SLL = 0x47 };
void emit_vpshiftv(struct emitter *e, enum simd_vshift op, bool q, int xd, int xs1, int xs2);

/* Save / load MXCSR (its exception flags) from a 32-bit memory slot. */
void emit_stmxcsr(struct emitter *e, struct x86_mem m);
void emit_ldmxcsr(struct emitter *e, struct x86_mem m);

/* pmovmskb r32, xmm: the top bit of each byte (zero-extends). */
void emit_pmovmskb(struct emitter *e, int gpr, int x);
/* jrcxz rel8: a branch on RCX == 0 that neither reads nor writes EFLAGS. */
void emit_jrcxz(struct emitter *e, int8_t rel);

/* AVX compares with the full predicate set (quiet ordered ones that
 * x86's legacy cmpps lacks): xd = xs1 PRED xs2 per element. */
enum vcmp_pred { VCMP_EQ_OQ = 0x00, VCMP_LT_OS = 0x01, VCMP_LE_OS = 0x02, VCMP_UNORD_Q = 0x03,
                 VCMP_NEQ_UQ = 0x04, VCMP_ORD_Q = 0x07, VCMP_NEQ_OQ = 0x0C,
                 VCMP_LT_OQ = 0x11, VCMP_LE_OQ = 0x12, VCMP_GE_OQ = 0x1D };
void emit_vcmpp(struct emitter *e, bool dbl, int xd, int xs1, int xs2, enum vcmp_pred pred);

/* FMA3 packed 231 form with one rounding: MADD xd = xs1*xs2 + xd,
 * NMADD xd = -(xs1*xs2) + xd. */
enum simd_fma { PFMA_MADD = 0xB8, PFMA_NMADD = 0xBC };
void emit_vfma231_packed(struct emitter *e, enum simd_fma op, bool dbl, int xd, int xs1, int xs2);

#endif
