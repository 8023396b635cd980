/* x86-64 encodings for dbt/emit_dpreg.h, on top of emit_op_rr/emit_op_rm. */
#include "dbt/backend/emit_dpreg.h"

#include <stddef.h>

#include "common/ferry.h"

enum {
    OP_ALU_RM_R = 0x01, /* add r/m, r; the others are +8*op */
    OP_TEST_RM_R = 0x85,
    OP_CMOVCC = 0x0F40,
    OP_IMUL_R_RM = 0x0FAF,
    OP_LZCNT = 0x0FBD, PFX_F3 = 0xF3,
    OP_GRP3 = 0xF7, GRP3_MUL = 4, GRP3_IMUL = 5, GRP3_DIV = 6, GRP3_IDIV = 7,
    OP_BT_IMM = 0x0FBA, GRP8_BT = 4,
    OP_JCC_REL8 = 0x70, OP_JMP_REL8 = 0xEB,
};

void emit_alu_mr(struct emitter *e, enum x86_alu op, int w, struct x86_mem m, int src)
{
    emit_op_rm(e, 0, (uint32_t)(OP_ALU_RM_R + 8 * op), w, src, m);
}

void emit_test_rm(struct emitter *e, int w, int reg, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_TEST_RM_R, w, reg, m);
}

void emit_cmov_rm(struct emitter *e, enum x86_cond cc, int w, int dst, struct x86_mem m)
{
    emit_op_rm(e, 0, (uint32_t)(OP_CMOVCC + cc), w, dst, m);
}

void emit_imul_rm(struct emitter *e, int w, int dst, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_IMUL_R_RM, w, dst, m);
}

void emit_lzcnt_rm(struct emitter *e, int w, int dst, struct x86_mem m)
{
    emit_op_rm(e, PFX_F3, OP_LZCNT, w, dst, m);
}

void emit_mul1_m(struct emitter *e, int w, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_GRP3, w, GRP3_MUL, m);
}

void emit_imul1_m(struct emitter *e, int w, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_GRP3, w, GRP3_IMUL, m);
}

void emit_div1_m(struct emitter *e, int w, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_GRP3, w, GRP3_DIV, m);
}

void emit_idiv1_m(struct emitter *e, int w, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_GRP3, w, GRP3_IDIV, m);
}

void emit_bt_mi(struct emitter *e, int w, struct x86_mem m, uint8_t bit)
{
    emit_op_rm(e, 0, OP_BT_IMM, w, GRP8_BT, m);
    emit_byte(e, bit);
}

uint8_t *emit_jcc8(struct emitter *e, enum x86_cond cc)
{
    emit_byte(e, (uint8_t)(OP_JCC_REL8 + cc));
    uint8_t *site = e->p;
    emit_byte(e, 0);
    return site;
}

uint8_t *emit_jmp8(struct emitter *e)
{
    emit_byte(e, OP_JMP_REL8);
    uint8_t *site = e->p;
    emit_byte(e, 0);
    return site;
}

void emit_bind8(struct emitter *e, uint8_t *site)
{
    /* After an overflow the block is thrown away; the site may be past the
     * end of the buffer, so leave it alone. */
    if (e->overflow)
        return;
    ptrdiff_t rel = e->p - (site + 1);
    if (rel > 127)
        ferry_fatal(70, "internal error: short jump out of range (%td bytes)", rel);
    *site = (uint8_t)(int8_t)rel;
}
