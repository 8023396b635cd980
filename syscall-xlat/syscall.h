/* Guest system calls and signals, as the dispatcher (dbt/) sees them. */
#ifndef FERRY_SYSCALL_H
#define FERRY_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt/cpu.h"

struct guest_thread;

/* Perform the syscall described by cpu->x[8] (number) and x[0..5]
 * (arguments); the result (or negative errno) goes to cpu->x[0].  Called
 * by the dispatcher after translated code left at an SVC, with cpu->pc
 * past it.  A call a signal interrupted before it could finish is left for
 * signal_deliver_pending() to restart or fail (cpu->pc back on the SVC). */
void syscall_dispatch(struct cpu_state *cpu);

/* Call once at startup, after ferry_opt is filled in and before the guest
 * runs: resolves the guest path for /proc/self/exe while the cwd is still
 * ferry's, and records the inherited signal mask and dispositions. */
void syscall_init(void);

/* --- signals (signal_queue.c, docs/signals.md) --- */

/* A new guest thread's signal state: the parent's mask (or the host's, for
 * the first thread), no alternate stack. */
/* exec.c: open ferry's own binary, to run it again at a guest execve. */
void exec_init(void);
void signal_thread_init(struct guest_thread *t, const struct guest_thread *parent);
/* A vfork child's alternate signal stack is its parent's. */
void signal_thread_copy_altstack(struct guest_thread *child, const struct guest_thread *parent);
void signal_thread_free(struct guest_thread *t);
/* Deliver the calling thread's pending, unblocked signals: build their
 * frames on the guest stack and point cpu at the (last) handler, or take
 * their default actions.  The dispatcher calls it before running guest
 * code. */
void signal_deliver_pending(struct cpu_state *cpu);
/* A synchronous signal caused by the instruction at cpu->pc (undefined
 * instruction, BRK, alignment fault, instruction abort): delivered next,
 * or, if the guest cannot take it, the end of the process. */
void signal_raise_sync(struct cpu_state *cpu, int sig, int code, uint64_t addr, uint64_t esr);
/* The same from a host fault handler, which cannot deliver itself: false
 * if the guest cannot take it (the caller ends the process). */
bool signal_record_sync(int sig, int code, uint64_t addr, uint64_t esr, uint64_t fault_addr);
/* SEGV_MAPERR or SEGV_ACCERR for an access to addr (unmapped or not). */
int signal_segv_code(uint64_t addr);
/* An address as arm64 reports it in si_addr and fault_address: the tag
 * byte replaced by copies of bit 55 (the kernel's untagged_addr). */
static inline uint64_t guest_untagged_addr(uint64_t addr)
{
    return (uint64_t)((int64_t)(addr << 8) >> 8);
}
/* The data-abort ESR the kernel reports for an access to addr: for an
 * address outside the user half (TTBR0, below 2^48) it keeps only EC, IL,
 * CM and WnR and says "level 0 translation fault" (set_thread_esr). */
uint64_t guest_dabt_esr(uint64_t addr, uint64_t fsc, bool write);

/* si_code values (asm-generic, the same on both). */
#define GUEST_SEGV_MAPERR 1
#define GUEST_SEGV_ACCERR 2
#define GUEST_BUS_ADRALN 1
#define GUEST_BUS_ADRERR 2
#define GUEST_ILL_ILLOPC 1
#define GUEST_TRAP_BRKPT 1
#define GUEST_SI_KERNEL 0x80

/* ESR_EL1 values the arm64 kernel reports in esr_context: exception class
 * (bits 31:26), IL (bit 25) and the syndrome. */
#define GUEST_ESR_IL (1u << 25)
#define GUEST_ESR_EC_UNKNOWN 0x00
#define GUEST_ESR_EC_IABT 0x20
#define GUEST_ESR_EC_PC_ALIGN 0x22
#define GUEST_ESR_EC_DABT 0x24
#define GUEST_ESR_EC_BRK 0x3c
#define GUEST_ESR_WNR (1u << 6)
#define GUEST_FSC_TRANSLATION_L0 0x04
#define GUEST_FSC_TRANSLATION_L3 0x07
#define GUEST_FSC_PERMISSION_L3 0x0f
#define GUEST_FSC_ALIGNMENT 0x21
#define GUEST_ESR(ec, iss) (((uint64_t)(ec) << 26) | GUEST_ESR_IL | (iss))
#define GUEST_ESR_UNDEF GUEST_ESR(GUEST_ESR_EC_UNKNOWN, 0)
/* For signal_raise_sync: the thread's last ESR and fault address stay. */
#define GUEST_ESR_KEEP (~0ULL)
#define GUEST_ESR_PC_ALIGN GUEST_ESR(GUEST_ESR_EC_PC_ALIGN, 0)
#define GUEST_ESR_SP_ALIGN GUEST_ESR(0x26, 0)
#define GUEST_ESR_IABT GUEST_ESR(GUEST_ESR_EC_IABT, 0)

#endif
