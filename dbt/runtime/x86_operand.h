/* The memory address an x86-64 instruction of translated code accessed,
 * read back from its encoding and the registers at a fault.  Needed when
 * the kernel does not say: an access to a non-canonical address raises #GP
 * (or #SS), reported as SIGSEGV/SIGBUS with no address, and top-byte-ignore
 * is recognised from it.  Decoded by hand (x86_decode.c), so safe in a
 * signal handler and with no library loaded; checked against Capstone by
 * `-d x86check` (x86_operand.c). */
#ifndef FERRY_X86_OPERAND_H
#define FERRY_X86_OPERAND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>

/* The memory operand of the instruction at code, with register values
 * regs[0..15] (rax, rcx, ... r15): its address and whether it is written;
 * false if it has none ferry emits at guest accesses. */
bool x86_decode_mem(const uint8_t *code, const uint64_t regs[16], uint64_t *addr, bool *write);
/* The address of the memory operand of the instruction at rip, and
 * whether the instruction writes it; false if it has none or cannot be
 * decoded. */
bool x86_fault_address(uint64_t rip, const ucontext_t *uc, uint64_t *addr, bool *write);

/* -d x86check: decode every instruction of [code, code+len) with
 * Capstone and with x86_decode_mem, and report any memory operand on which
 * they disagree (an internal error). */
void x86_operand_check(const uint8_t *code, size_t len);

#endif
