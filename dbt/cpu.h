/* Guest CPU state: the home location of every AArch64 register.
 *
 * Translated code addresses this struct through one fixed host register
 * (r15, see dbt/hostregs.h).  Some guest registers live in host registers
 * while translated code runs; whenever control is in C (dispatcher, syscall
 * handlers, helpers) this struct is the single source of truth.
 *
 * Field offsets are used by generated code: keep CPU_OFF_* in sync (checked
 * by static asserts in dbt/cpu.c).
 */
#ifndef FERRY_CPU_H
#define FERRY_CPU_H

#include <stddef.h>
#include <stdint.h>

/* Condition flags are kept in x86 "subtraction form": CF = NOT(AArch64 C),
 * ZF = Z, SF = N, OF = V, so that every AArch64 condition maps to one x86
 * condition code (see dbt/flags.c).  In cpu->flags they are stored as the
 * 16-bit value `lahf; seto al` leaves in AX: AL = OF, AH = SF:ZF:0:AF:0:PF:1:CF.
 * cpu_get_nzcv()/cpu_set_nzcv() convert to and from the architectural NZCV
 * layout (bits 31..28). */
#define FLAGS_CF_BIT 8
#define FLAGS_ZF_BIT 14
#define FLAGS_SF_BIT 15
#define FLAGS_OF_BIT 0

struct cpu_state {
    uint64_t flags; /* x86 subtraction form, see above */
    uint64_t x[32]; /* x[31] is SP; XZR is never stored */
    uint64_t pc;
    uint64_t tpidr_el0;
    uint64_t fpcr;
    uint64_t fpsr;

    /* Exclusive monitor for LDXR/STXR: STXR succeeds only if the location
     * still holds the value LDXR saw (checked with lock cmpxchg). */
    uint64_t excl_addr;
    uint64_t excl_val;
    uint64_t excl_val_hi;

    /* Linkage between translated code and the dispatcher. */
    uint64_t exit_reason;  /* enum exit_reason */
    uint64_t chain_site;   /* host address of a rel32 to patch, or 0 */
    uint64_t host_sp;      /* host rsp to restore when leaving JIT code */
    uint64_t ras_floor;    /* lowest host rsp the return-address stack uses */
    uint64_t ibtc;         /* struct ibtc_entry *: indirect branch cache */
    /* Non-zero: leave translated code at the next check (unit entries and
     * loop heads) and come back to the dispatcher.  Set by other threads
     * (an exclusive section wants everyone out) and by host signal
     * handlers (a guest signal is pending), through thread_request_exit(),
     * which also makes the thread's poll page unreadable: the check in
     * translated code is a read of that page (threads.h). */
    volatile uint64_t exit_request;
    uint64_t insn_word;    /* faulting instruction for EXIT_UNDEF */
    uint64_t scratch[4];   /* spill space for translated code */

    _Alignas(16) uint8_t v[32][16]; /* V0..V31, little-endian lanes */
};

enum exit_reason {
    EXIT_LOOKUP = 0,    /* jump to cpu->pc, chain cpu->chain_site if set */
    EXIT_UNDEF = 1,     /* undefined instruction at cpu->pc */
    EXIT_INTERRUPT = 2, /* exit_request was set: continue at cpu->pc */
    EXIT_ALIGN = 3,     /* alignment fault at cpu->pc (exclusive, atomic, ordered) */
    EXIT_SYSCALL = 4,   /* SVC; cpu->pc is the instruction after it */
    EXIT_IC_IVAU = 5,   /* IC IVAU of the line at cpu->scratch[0]; pc after it */
    EXIT_FAULT = 6,     /* a host fault in translated code: cpu holds the guest
                           state at the faulting instruction (host_fault.c) */
    EXIT_BRK = 7,       /* BRK at cpu->pc, immediate in cpu->insn_word */
    EXIT_TBI = 8,       /* the access at cpu->pc met a tagged pointer:
                           retranslate it with the tag masked (tbi.h) */
    EXIT_SP_ALIGN = 9,  /* the access at cpu->pc has a misaligned SP as base */
};

/* Translated code's r15 points CPU_BIAS bytes into struct cpu_state, so
 * that what it uses most is within a signed byte of r15 ([r15 - 0x80] to
 * [r15 + 0x7f]) and takes a one-byte displacement, not four: the poll
 * word just below the struct (threads.h), the flags, and X0-X29 (X30 and
 * SP live in host registers).  Home-slot loads and stores are 3 bytes
 * shorter, translated code 6.4% smaller (docs/translator.md). */
#define CPU_BIAS 0x78
#define CPU_OFF_X(n) ((int)offsetof(struct cpu_state, x) + (int)(n) * 8 - CPU_BIAS)
#define CPU_OFF_PC ((int)offsetof(struct cpu_state, pc) - CPU_BIAS)
#define CPU_OFF_FLAGS ((int)offsetof(struct cpu_state, flags) - CPU_BIAS)
#define CPU_OFF_TPIDR ((int)offsetof(struct cpu_state, tpidr_el0) - CPU_BIAS)
#define CPU_OFF_FPCR ((int)offsetof(struct cpu_state, fpcr) - CPU_BIAS)
#define CPU_OFF_FPSR ((int)offsetof(struct cpu_state, fpsr) - CPU_BIAS)
#define CPU_OFF_EXCL_ADDR ((int)offsetof(struct cpu_state, excl_addr) - CPU_BIAS)
#define CPU_OFF_EXCL_VAL ((int)offsetof(struct cpu_state, excl_val) - CPU_BIAS)
#define CPU_OFF_EXCL_VAL_HI ((int)offsetof(struct cpu_state, excl_val_hi) - CPU_BIAS)
#define CPU_OFF_EXIT ((int)offsetof(struct cpu_state, exit_reason) - CPU_BIAS)
#define CPU_OFF_CHAIN ((int)offsetof(struct cpu_state, chain_site) - CPU_BIAS)
#define CPU_OFF_HOST_SP ((int)offsetof(struct cpu_state, host_sp) - CPU_BIAS)
#define CPU_OFF_RAS_FLOOR ((int)offsetof(struct cpu_state, ras_floor) - CPU_BIAS)
#define CPU_OFF_IBTC ((int)offsetof(struct cpu_state, ibtc) - CPU_BIAS)
#define CPU_OFF_EXIT_REQUEST ((int)offsetof(struct cpu_state, exit_request) - CPU_BIAS)
#define CPU_OFF_INSN ((int)offsetof(struct cpu_state, insn_word) - CPU_BIAS)
#define CPU_OFF_SCRATCH(n) (((int)offsetof(struct cpu_state, scratch) - CPU_BIAS) + (n) * 8)
#define CPU_OFF_V(n) (((int)offsetof(struct cpu_state, v) - CPU_BIAS) + (n) * 16)

/* Architectural NZCV (bits 31..28) <-> internal flags. */
uint64_t cpu_get_nzcv(const struct cpu_state *cpu);
void cpu_set_nzcv(struct cpu_state *cpu, uint64_t nzcv);

#endif
