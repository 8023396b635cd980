/* The memory address an x86-64 instruction of translated code accessed,
 * read back from its encoding and the registers at a fault.  Needed when
 * the kernel does not say: an access to a non-canonical address raises #GP
 * (or #SS), reported as SIGSEGV/SIGBUS with no address.  Safe in a signal
 * handler: Capstone is opened, and its instruction buffer allocated, at
 * start-up. */
#ifndef FERRY_X86_OPERAND_H
#define FERRY_X86_OPERAND_H

#include <stdbool.h>
#include <stdint.h>
#include <ucontext.h>

void x86_operand_init(void);
/* The address of the memory operand of the instruction at rip, and
 * whether the instruction writes it; false if it has none or cannot be
 * decoded. */
bool x86_fault_address(uint64_t rip, const ucontext_t *uc, uint64_t *addr, bool *write);

#endif
