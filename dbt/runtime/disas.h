/* Capstone disassembly for -d in_asm/out_asm and error reports. */
#ifndef FERRY_DISAS_H
#define FERRY_DISAS_H

#include <stddef.h>
#include <stdint.h>

/* Text of one AArch64 instruction ("mnemonic operands"), or a note that
 * Capstone knows no such encoding. */
void disas_a64(uint64_t pc, uint32_t insn, char *buf, size_t len);
/* -d in_asm / out_asm: the guest code of a block, the host code of a unit. */
void disas_log_in(uint64_t pc, const uint32_t *insns, int n);
void disas_log_out(const uint8_t *host, size_t host_len);
/* -d out_asm: a unit's chain stubs, from the stub area ("STUBS:"). */
void disas_log_stubs(const uint8_t *host, size_t host_len);

#endif
