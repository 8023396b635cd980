/* Encodings for emit_sse.h.  Legacy SSE forms go through the generic
 * emit_op_* helpers of emit_x86.c; VEX forms are encoded here. */
#include "dbt/backend/emit_sse.h"

enum {
    PFX_66 = 0x66, PFX_F2 = 0xF2, PFX_F3 = 0xF3,
    OP_MOVS_LOAD = 0x0F10,   /* F3: movss, F2: movsd xmm, m */
    OP_MOVS_STORE = 0x0F11,
    OP_MOVAPS = 0x0F28,
    OP_MOVD_X_RM = 0x0F6E,   /* 66 (REX.W: movq) xmm, r/m */
    OP_MOVD_RM_X = 0x0F7E,   /* 66 (REX.W: movq) r/m, xmm */
    OP_MOVQ_X_XM = 0x0F7E,   /* F3: movq xmm, xmm/m64 (zero upper) */
    OP_MOVQ_M_X = 0x0FD6,    /* 66: movq m64, xmm */
    OP_MOVDQ_LOAD = 0x0F6F,  /* F3: movdqu, 66: movdqa */
    OP_MOVDQ_STORE = 0x0F7F,
    OP_PEXTRQ = 0x0F3A16,    /* 66 REX.W */
    OP_PINSRQ = 0x0F3A22,    /* 66 REX.W */
    OP_INSERTPS = 0x0F3A21,  /* 66 */
    OP_PXOR = 0x0FEF, OP_PAND = 0x0FDB, OP_POR = 0x0FEB,
    OP_PSHIFTQ_IMM = 0x0F73, /* 66: /6 psllq, /2 psrlq */
    OP_PSHIFTD_IMM = 0x0F72, /* 66: /6 pslld, /2 psrld, /4 psrad */
    OP_CMPS = 0x0FC2,
    OP_UCOMIS = 0x0F2E, OP_COMIS = 0x0F2F, /* 66: sd, none: ss */
    OP_ROUNDSS = 0x0F3A0A, OP_ROUNDSD = 0x0F3A0B,
    OP_CVTSI2S = 0x0F2A, OP_CVTTS2SI = 0x0F2C, OP_CVTS2SI = 0x0F2D,
    OP_CVTS2S = 0x0F5A,      /* F3: ss->sd, F2: sd->ss */
    VEX3 = 0xC4, VEX2 = 0xC5,
    VOP_BLENDVPS = 0x4A, VOP_BLENDVPD = 0x4B, /* 0F3A, 66, W0, is4 */
    VOP_CVTPH2PS = 0x13,     /* 0F38, 66, W0 */
    VOP_CVTPS2PH = 0x1D,     /* 0F3A, 66, W0, ib; rm is the destination */
};

/* ---- generic encoders ---- */

void emit_sse_rr(struct emitter *e, int prefix, uint32_t opc, int xd, int xs)
{
    emit_op_rr(e, prefix, opc, 0, xd, xs);
}

void emit_sse_rm(struct emitter *e, int prefix, uint32_t opc, int xd, struct x86_mem m)
{
    emit_op_rm(e, prefix, opc, 0, xd, m);
}

void emit_sse_rri(struct emitter *e, int prefix, uint32_t opc, int xd, int xs, uint8_t imm)
{
    emit_op_rr(e, prefix, opc, 0, xd, xs);
    emit_byte(e, imm);
}

void emit_sse_rmi(struct emitter *e, int prefix, uint32_t opc, int xd, struct x86_mem m, uint8_t imm)
{
    emit_op_rm(e, prefix, opc, 0, xd, m);
    emit_byte(e, imm);
}

/* The VEX prefix; r/x/b are the high bits of ModRM.reg, SIB.index and
 * ModRM.rm/SIB.base (stored inverted), vvvv the extra source (inverted). */
static void emit_vex(struct emitter *e, enum vex_map map, enum vex_pp pp, int w, int l,
                     int reg, int index, int base, int vvvv)
{
    emit_note_xmm(e, reg);
    emit_note_xmm(e, vvvv);
    emit_note_xmm(e, base); /* a GPR in memory forms: noted all the same */
    int r = (reg >> 3) & 1, x = index >= 0 ? (index >> 3) & 1 : 0;
    int b = base >= 0 ? (base >> 3) & 1 : 0;
    uint8_t tail = (uint8_t)(((~vvvv & 15) << 3) | (l << 2) | pp);
    if (map == VEX_0F && !w && !x && !b) {
        emit_byte(e, VEX2);
        emit_byte(e, (uint8_t)((!r << 7) | tail));
    } else {
        emit_byte(e, VEX3);
        emit_byte(e, (uint8_t)((!r << 7) | (!x << 6) | (!b << 5) | map));
        emit_byte(e, (uint8_t)((w << 7) | tail));
    }
}

void emit_vex_rrr(struct emitter *e, enum vex_map map, enum vex_pp pp, int w, int l,
                  uint8_t opc, int xd, int xs1, int xs2)
{
    emit_vex(e, map, pp, w, l, xd, -1, xs2, xs1);
    emit_byte(e, opc);
    emit_byte(e, (uint8_t)(0xC0 | ((xd & 7) << 3) | (xs2 & 7)));
}

void emit_vex_rrm(struct emitter *e, enum vex_map map, enum vex_pp pp, int w, int l,
                  uint8_t opc, int xd, int xs1, struct x86_mem m)
{
    emit_vex(e, map, pp, w, l, xd, m.index, m.base, xs1);
    emit_byte(e, opc);
    emit_modrm_mem(e, xd, m);
}

/* ---- moves ---- */

void emit_movss_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_F3, OP_MOVS_LOAD, x, m); }
void emit_movsd_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_F2, OP_MOVS_LOAD, x, m); }
void emit_movd_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_66, OP_MOVD_X_RM, x, m); }
void emit_movq_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_F3, OP_MOVQ_X_XM, x, m); }
void emit_movdqu_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_F3, OP_MOVDQ_LOAD, x, m); }
void emit_movdqa_load(struct emitter *e, int x, struct x86_mem m) { emit_sse_rm(e, PFX_66, OP_MOVDQ_LOAD, x, m); }
void emit_movss_store(struct emitter *e, struct x86_mem m, int x) { emit_sse_rm(e, PFX_F3, OP_MOVS_STORE, x, m); }
void emit_movsd_store(struct emitter *e, struct x86_mem m, int x) { emit_sse_rm(e, PFX_F2, OP_MOVS_STORE, x, m); }
void emit_movdqu_store(struct emitter *e, struct x86_mem m, int x) { emit_sse_rm(e, PFX_F3, OP_MOVDQ_STORE, x, m); }
void emit_movdqa_store(struct emitter *e, struct x86_mem m, int x) { emit_sse_rm(e, PFX_66, OP_MOVDQ_STORE, x, m); }
void emit_movaps_rr(struct emitter *e, int xd, int xs) { emit_sse_rr(e, 0, OP_MOVAPS, xd, xs); }
void emit_movq_xx(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F3, OP_MOVQ_X_XM, xd, xs); }

void emit_movq_to_xmm(struct emitter *e, int x, int gpr) { emit_op_rr(e, PFX_66, OP_MOVD_X_RM, 1, x, gpr); }
void emit_movq_from_xmm(struct emitter *e, int gpr, int x) { emit_op_rr(e, PFX_66, OP_MOVD_RM_X, 1, x, gpr); }
void emit_movd_to_xmm(struct emitter *e, int x, int gpr) { emit_op_rr(e, PFX_66, OP_MOVD_X_RM, 0, x, gpr); }
void emit_movd_from_xmm(struct emitter *e, int gpr, int x) { emit_op_rr(e, PFX_66, OP_MOVD_RM_X, 0, x, gpr); }

void emit_pinsrq(struct emitter *e, int x, int gpr, uint8_t lane)
{
    emit_op_rr(e, PFX_66, OP_PINSRQ, 1, x, gpr);
    emit_byte(e, lane);
}

void emit_pextrq(struct emitter *e, int gpr, int x, uint8_t lane)
{
    emit_op_rr(e, PFX_66, OP_PEXTRQ, 1, x, gpr);
    emit_byte(e, lane);
}

void emit_insertps(struct emitter *e, int xd, int xs, uint8_t imm) { emit_sse_rri(e, PFX_66, OP_INSERTPS, xd, xs, imm); }

/* ---- logic ---- */

void emit_xorps(struct emitter *e, int xd, int xs) { emit_sse_rr(e, 0, SSE_XOR, xd, xs); }
void emit_andps(struct emitter *e, int xd, int xs) { emit_sse_rr(e, 0, SSE_AND, xd, xs); }
void emit_andnps(struct emitter *e, int xd, int xs) { emit_sse_rr(e, 0, SSE_ANDN, xd, xs); }
void emit_orps(struct emitter *e, int xd, int xs) { emit_sse_rr(e, 0, SSE_OR, xd, xs); }
void emit_pxor(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_66, OP_PXOR, xd, xs); }
void emit_pand(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_66, OP_PAND, xd, xs); }
void emit_por(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_66, OP_POR, xd, xs); }
void emit_psllq_i(struct emitter *e, int x, uint8_t n) { emit_sse_rri(e, PFX_66, OP_PSHIFTQ_IMM, 6, x, n); }
void emit_psrlq_i(struct emitter *e, int x, uint8_t n) { emit_sse_rri(e, PFX_66, OP_PSHIFTQ_IMM, 2, x, n); }
void emit_pslld_i(struct emitter *e, int x, uint8_t n) { emit_sse_rri(e, PFX_66, OP_PSHIFTD_IMM, 6, x, n); }
void emit_psrld_i(struct emitter *e, int x, uint8_t n) { emit_sse_rri(e, PFX_66, OP_PSHIFTD_IMM, 2, x, n); }

/* ---- floating point ---- */

void emit_sse_arith(struct emitter *e, enum sse_arith op, enum sse_prefix p, int xd, int xs)
{
    emit_sse_rr(e, p, op, xd, xs);
}

void emit_sse_arith_m(struct emitter *e, enum sse_arith op, enum sse_prefix p, int xd, struct x86_mem m)
{
    emit_sse_rm(e, p, op, xd, m);
}

void emit_addsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_ADD, xd, xs); }
void emit_subsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_SUB, xd, xs); }
void emit_mulsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_MUL, xd, xs); }
void emit_divsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_DIV, xd, xs); }
void emit_sqrtsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_SQRT, xd, xs); }
void emit_minsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_MIN, xd, xs); }
void emit_maxsd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, SSE_MAX, xd, xs); }

void emit_sse_cmp(struct emitter *e, enum sse_prefix p, int xd, int xs, enum sse_cmp pred)
{
    emit_sse_rri(e, p, OP_CMPS, xd, xs, (uint8_t)pred);
}
void emit_sse_cmp_m(struct emitter *e, enum sse_prefix p, int xd, struct x86_mem m, enum sse_cmp pred)
{
    emit_sse_rmi(e, p, OP_CMPS, xd, m, (uint8_t)pred);
}
void emit_vcmp(struct emitter *e, enum sse_prefix p, int xd, int xs1, int xs2, enum sse_cmp pred)
{
    enum vex_pp pp = p == SSE_PD ? VEX_66 : p == SSE_SS ? VEX_F3 : p == SSE_SD ? VEX_F2 : VEX_NONE;
    emit_vex_rrr(e, VEX_0F, pp, 0, 0, (uint8_t)OP_CMPS, xd, xs1, xs2);
    emit_byte(e, (uint8_t)pred);
}
void emit_cmpsd(struct emitter *e, int xd, int xs, enum sse_cmp pred) { emit_sse_cmp(e, SSE_SD, xd, xs, pred); }
void emit_cmpss(struct emitter *e, int xd, int xs, enum sse_cmp pred) { emit_sse_cmp(e, SSE_SS, xd, xs, pred); }

void emit_ucomisd(struct emitter *e, int xa, int xb) { emit_sse_rr(e, PFX_66, OP_UCOMIS, xa, xb); }
void emit_ucomiss(struct emitter *e, int xa, int xb) { emit_sse_rr(e, 0, OP_UCOMIS, xa, xb); }
void emit_comisd(struct emitter *e, int xa, int xb) { emit_sse_rr(e, PFX_66, OP_COMIS, xa, xb); }
void emit_comiss(struct emitter *e, int xa, int xb) { emit_sse_rr(e, 0, OP_COMIS, xa, xb); }
void emit_ucomis_m(struct emitter *e, bool dbl, int xa, struct x86_mem m) { emit_sse_rm(e, dbl ? PFX_66 : 0, OP_UCOMIS, xa, m); }

void emit_roundsd(struct emitter *e, int xd, int xs, uint8_t imm) { emit_sse_rri(e, PFX_66, OP_ROUNDSD, xd, xs, imm); }
void emit_roundss(struct emitter *e, int xd, int xs, uint8_t imm) { emit_sse_rri(e, PFX_66, OP_ROUNDSS, xd, xs, imm); }

static void emit_vblendv(struct emitter *e, uint8_t opc, int xd, int xs1, int xs2, int xmask)
{
    emit_vex_rrr(e, VEX_0F3A, VEX_66, 0, 0, opc, xd, xs1, xs2);
    emit_note_xmm(e, xmask);
    emit_byte(e, (uint8_t)(xmask << 4)); /* is4: the fourth register */
}
void emit_vblendvpd(struct emitter *e, int xd, int xs1, int xs2, int xmask) { emit_vblendv(e, VOP_BLENDVPD, xd, xs1, xs2, xmask); }
void emit_vblendvps(struct emitter *e, int xd, int xs1, int xs2, int xmask) { emit_vblendv(e, VOP_BLENDVPS, xd, xs1, xs2, xmask); }

/* ---- conversions ---- */

void emit_cvtsi2sd(struct emitter *e, int w, int x, int gpr) { emit_op_rr(e, PFX_F2, OP_CVTSI2S, w, x, gpr); }
void emit_cvtsi2ss(struct emitter *e, int w, int x, int gpr) { emit_op_rr(e, PFX_F3, OP_CVTSI2S, w, x, gpr); }
void emit_cvttsd2si(struct emitter *e, int w, int gpr, int x) { emit_op_rr(e, PFX_F2, OP_CVTTS2SI, w, gpr, x); }
void emit_cvttss2si(struct emitter *e, int w, int gpr, int x) { emit_op_rr(e, PFX_F3, OP_CVTTS2SI, w, gpr, x); }
void emit_cvtsd2si(struct emitter *e, int w, int gpr, int x) { emit_op_rr(e, PFX_F2, OP_CVTS2SI, w, gpr, x); }
void emit_cvtss2si(struct emitter *e, int w, int gpr, int x) { emit_op_rr(e, PFX_F3, OP_CVTS2SI, w, gpr, x); }
void emit_cvtss2sd(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F3, OP_CVTS2S, xd, xs); }
void emit_cvtsd2ss(struct emitter *e, int xd, int xs) { emit_sse_rr(e, PFX_F2, OP_CVTS2S, xd, xs); }

void emit_vcvtph2ps(struct emitter *e, int xd, int xs)
{
    emit_vex_rrr(e, VEX_0F38, VEX_66, 0, 0, VOP_CVTPH2PS, xd, 0, xs);
}

void emit_vcvtps2ph(struct emitter *e, int xd, int xs, uint8_t imm)
{
    emit_vex_rrr(e, VEX_0F3A, VEX_66, 0, 0, VOP_CVTPS2PH, xs, 0, xd);
    emit_byte(e, imm);
}

/* ---- FMA3 ---- */

void emit_vfma231_scalar(struct emitter *e, enum fma_op op, bool dbl, int xd, int xs1, int xs2)
{
    emit_vex_rrr(e, VEX_0F38, VEX_66, dbl, 0, (uint8_t)op, xd, xs1, xs2);
}

void emit_vfmadd231sd(struct emitter *e, int xd, int xs1, int xs2)
{
    emit_vfma231_scalar(e, FMA_MADD, true, xd, xs1, xs2);
}
