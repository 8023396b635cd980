/* Encodings for emit_simd.h, on top of the generic helpers of emit_x86.c
 * (legacy SSE) and emit_sse.c (VEX). */
#include "dbt/backend/emit_simd.h"
#include "dbt/backend/emit_sse.h"

enum {
    OP_PINSRB = 0x0F3A20, OP_PINSRW = 0x0FC4, OP_PINSRDQ = 0x0F3A22,
    OP_PEXTRB = 0x0F3A14, OP_PEXTRW_M = 0x0F3A15, OP_PEXTRDQ = 0x0F3A16,
    VOP_BROADCASTB = 0x78, VOP_BROADCASTW = 0x79, VOP_BROADCASTD = 0x58,
    VOP_BROADCASTQ = 0x59,
};

void emit_simd(struct emitter *e, uint32_t op, int xd, int xs)
{
    emit_op_rr(e, (int)(op >> 24), op & 0xFFFFFF, 0, xd, xs);
}

void emit_simd_m(struct emitter *e, uint32_t op, int xd, struct x86_mem m)
{
    emit_op_rm(e, (int)(op >> 24), op & 0xFFFFFF, 0, xd, m);
}

void emit_simd_i(struct emitter *e, uint32_t op, int xd, int xs, uint8_t imm)
{
    emit_op_rr(e, (int)(op >> 24), op & 0xFFFFFF, 0, xd, xs);
    emit_byte(e, imm);
}

void emit_simd_shift(struct emitter *e, enum simd_shift op, int x, uint8_t n)
{
    emit_op_rr(e, 0x66, 0x0F00 | ((unsigned)op >> 8), 0, op & 7, x);
    emit_byte(e, n);
}

static uint32_t pinsr_opc(int bytes)
{
    return bytes == 1 ? OP_PINSRB : bytes == 2 ? OP_PINSRW : OP_PINSRDQ;
}

void emit_pinsr_m(struct emitter *e, int bytes, int x, struct x86_mem m, uint8_t lane)
{
    emit_op_rm(e, 0x66, pinsr_opc(bytes), bytes == 8, x, m);
    emit_byte(e, lane);
}

void emit_pinsr_r(struct emitter *e, int bytes, int x, int gpr, uint8_t lane)
{
    emit_op_rr(e, 0x66, pinsr_opc(bytes), bytes == 8, x, gpr);
    emit_byte(e, lane);
}

void emit_pextr_m(struct emitter *e, int bytes, struct x86_mem m, int x, uint8_t lane)
{
    uint32_t opc = bytes == 1 ? OP_PEXTRB : bytes == 2 ? OP_PEXTRW_M : OP_PEXTRDQ;
    emit_op_rm(e, 0x66, opc, bytes == 8, x, m);
    emit_byte(e, lane);
}

static uint8_t broadcast_opc(int bytes)
{
    return bytes == 1 ? VOP_BROADCASTB : bytes == 2 ? VOP_BROADCASTW
         : bytes == 4 ? VOP_BROADCASTD : VOP_BROADCASTQ;
}

void emit_vpbroadcast(struct emitter *e, int bytes, int xd, int xs)
{
    emit_vex_rrr(e, VEX_0F38, VEX_66, 0, 0, broadcast_opc(bytes), xd, 0, xs);
}

void emit_vpbroadcast_m(struct emitter *e, int bytes, int xd, struct x86_mem m)
{
    emit_vex_rrm(e, VEX_0F38, VEX_66, 0, 0, broadcast_opc(bytes), xd, 0, m);
}

void emit_vpshiftv(struct emitter *e, enum simd_vshift op, bool q, int xd, int xs1, int xs2)
{
    emit_vex_rrr(e, VEX_0F38, VEX_66, q, 0, (uint8_t)op, xd, xs1, xs2);
}

void emit_vfma231_packed(struct emitter *e, enum simd_fma op, bool dbl, int xd, int xs1, int xs2)
{
    emit_vex_rrr(e, VEX_0F38, VEX_66, dbl, 0, (uint8_t)op, xd, xs1, xs2);
}

void emit_vcmpp(struct emitter *e, bool dbl, int xd, int xs1, int xs2, enum vcmp_pred pred)
{
    emit_vex_rrr(e, VEX_0F, dbl ? VEX_66 : VEX_NONE, 0, 0, 0xC2, xd, xs1, xs2);
    emit_byte(e, (uint8_t)pred);
}

void emit_pmovmskb(struct emitter *e, int gpr, int x)
{
    emit_op_rr(e, 0x66, 0x0FD7, 0, gpr, x);
}

void emit_jrcxz(struct emitter *e, int8_t rel)
{
    emit_byte(e, 0xE3);
    emit_byte(e, (uint8_t)rel);
}

void emit_stmxcsr(struct emitter *e, struct x86_mem m)
{
    emit_op_rm(e, 0, 0x0FAE, 0, 3, m);
}

void emit_ldmxcsr(struct emitter *e, struct x86_mem m)
{
    emit_op_rm(e, 0, 0x0FAE, 0, 2, m);
}
