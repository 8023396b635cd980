/* x86-64 encodings for loads and stores; see emit_ldst.h. */
#include "dbt/backend/emit_ldst.h"

#include "common/ferry.h"

enum {
    PFX_OPSIZE = 0x66, PFX_REP = 0xF3, PFX_LOCK = 0xF0,
    OP_MOV_RM8_IMM = 0xC6, OP_MOV_RM_IMM = 0xC7,
    OP_ALU8_RM_R = 0x00, OP_ALU_RM_R = 0x01, /* +8*op */
    OP_MOVUPS_LOAD = 0x0F10, OP_MOVUPS_STORE = 0x0F11,
    OP_MOVD_X_RM = 0x0F6E,  /* 66: movd xmm, r/m32 */
    OP_MOVD_RM_X = 0x0F7E,  /* 66: movd r/m32, xmm */
    OP_MOVQ_X_M = 0x0F7E,   /* F3: movq xmm, m64 */
    OP_MOVQ_M_X = 0x0FD6,   /* 66: movq m64, xmm */
    OP_JCC_REL8 = 0x70,
};

void emit_store_imm(struct emitter *e, int bytes, struct x86_mem m, int32_t imm)
{
    switch (bytes) {
    case 1:
        emit_op_rm(e, 0, OP_MOV_RM8_IMM, 0, 0, m);
        emit_byte(e, (uint8_t)imm);
        break;
    case 2:
        emit_op_rm(e, PFX_OPSIZE, OP_MOV_RM_IMM, 0, 0, m);
        emit_byte(e, (uint8_t)imm);
        emit_byte(e, (uint8_t)(imm >> 8));
        break;
    default:
        emit_store_imm32(e, bytes == 8, m, imm);
        break;
    }
}

void emit_xmm_load(struct emitter *e, int bytes, int xmm, struct x86_mem m)
{
    if (bytes == 4)
        emit_op_rm(e, PFX_OPSIZE, OP_MOVD_X_RM, 0, xmm, m);
    else if (bytes == 8)
        emit_op_rm(e, PFX_REP, OP_MOVQ_X_M, 0, xmm, m);
    else
        emit_op_rm(e, 0, OP_MOVUPS_LOAD, 0, xmm, m);
}

void emit_xmm_store(struct emitter *e, int bytes, int xmm, struct x86_mem m)
{
    if (bytes == 4)
        emit_op_rm(e, PFX_OPSIZE, OP_MOVD_RM_X, 0, xmm, m);
    else if (bytes == 8)
        emit_op_rm(e, PFX_OPSIZE, OP_MOVQ_M_X, 0, xmm, m);
    else
        emit_op_rm(e, 0, OP_MOVUPS_STORE, 0, xmm, m);
}

void emit_lock_alu_mr(struct emitter *e, enum x86_alu op, int bytes, struct x86_mem m, int src)
{
    if (bytes == 1 && src >= RSP && src <= RDI)
        ferry_fatal(70, "internal error: byte operand in %d needs REX", src);
    emit_byte(e, PFX_LOCK);
    uint32_t opc = (uint32_t)((bytes == 1 ? OP_ALU8_RM_R : OP_ALU_RM_R) + 8 * op);
    emit_op_rm(e, bytes == 2 ? PFX_OPSIZE : 0, opc, bytes == 8, src, m);
}

uint8_t *emit_jcc_rel8(struct emitter *e, enum x86_cond cc)
{
    emit_byte(e, (uint8_t)(OP_JCC_REL8 + cc));
    uint8_t *site = e->p;
    emit_byte(e, 0);
    return site;
}

void emit_bind_rel8(struct emitter *e, uint8_t *site)
{
    if (e->overflow)
        return;
    long rel = e->p - (site + 1);
    if (rel > 127)
        ferry_fatal(70, "internal error: short jump of %ld bytes", rel);
    *site = (uint8_t)rel;
}
