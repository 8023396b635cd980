/* x86-64 forms used by the load/store translators beyond dbt/emit.h:
 * immediate stores of every width, SSE moves between memory and xmm
 * registers (V-register loads and stores), and locked read-modify-write ALU operations (STADD and friends). */
#ifndef FERRY_EMIT_LDST_H
#define FERRY_EMIT_LDST_H

#include "dbt/backend/emit.h"

/* mov [m], imm of 1, 2, 4 or 8 bytes (8: imm32 sign-extended). */
void emit_store_imm(struct emitter *e, int bytes, struct x86_mem m, int32_t imm);

/* xmm := 4, 8 or 16 bytes from memory, zero-extended to 128 bits
 * (movd, movq, movups). */
void emit_xmm_load(struct emitter *e, int bytes, int xmm, struct x86_mem m);
/* The low 4, 8 or 16 bytes of xmm to memory (movd, movq, movups). */
void emit_xmm_store(struct emitter *e, int bytes, int xmm, struct x86_mem m);

/* lock <op> [m], src for op in ADD/OR/AND/XOR, 1, 2, 4 or 8 bytes.  A byte
 * source must be RAX/RCX/RDX/RBX or R8..R15 (no REX is forced). */
void emit_lock_alu_mr(struct emitter *e, enum x86_alu op, int bytes, struct x86_mem m, int src);

/* Jumps with an 8-bit displacement for short forward skips inside one
 * instruction's code; bind them with emit_bind_rel8(). */
uint8_t *emit_jcc_rel8(struct emitter *e, enum x86_cond cc);
void emit_bind_rel8(struct emitter *e, uint8_t *site);

#endif
