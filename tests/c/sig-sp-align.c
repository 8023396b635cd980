/* sig-sp-align.c - a load or store based on a stack pointer that is not a
 * multiple of 16 is an SP alignment fault at EL0 on arm64 Linux.
 * ferry-test: arch-specific (AArch64 SP alignment checking)
 * ferry-test: expected-by-hand (qemu 7.2 does not check SP alignment at
 * EL0; sig-sp-align.expected was written from the kernel source, and make
 * expected leaves it alone)
 *
 * Linux enables the check for EL0 (arch/arm64/include/asm/sysreg.h:
 * INIT_SCTLR_EL1_MMU_ON includes SCTLR_EL1_SA0), and reports it from
 * entry-common.c el0_sp -> do_sp_pc_abort(regs->sp, esr, regs) ->
 * arm64_notify_die("SP/PC alignment exception", SIGBUS, BUS_ADRALN, sp,
 * esr): si_addr the misaligned sp, pc the faulting instruction, esr_context
 * 0x9a000000 (EC 0x26 SP alignment, IL), fault_address 0.
 * Moving a misaligned value into sp, or arithmetic on it, does not fault;
 * nor does an unaligned access through another register.  The handler puts
 * sp back (from x9, where the test kept it) and skips the instruction. */
#define _GNU_SOURCE
#include <asm/sigcontext.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>

#include "watchdog.h"

static const char *yesno(int c) { return c ? "yes" : "no"; }

static volatile int hits, last_sig, last_code, has_esr;
static volatile uintptr_t last_addr, last_pc, last_sp, last_fault_address;
static volatile uint64_t last_esr;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    hits++;
    last_sig = sig;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    last_pc = uc->uc_mcontext.pc;
    last_sp = uc->uc_mcontext.sp;
    last_fault_address = uc->uc_mcontext.fault_address;
    has_esr = 0;
    char *p = (char *)uc->uc_mcontext.__reserved, *end = p + sizeof uc->uc_mcontext.__reserved;
    while (p + 8 <= end) {
        struct _aarch64_ctx *h = (struct _aarch64_ctx *)p;
        if (h->magic == 0 || h->size < 8)
            break;
        if (h->magic == ESR_MAGIC) {
            has_esr = 1;
            last_esr = ((struct esr_context *)h)->esr;
        }
        p += h->size;
    }
    uc->uc_mcontext.sp = uc->uc_mcontext.regs[9];
    uc->uc_mcontext.pc += 4;
}

/* sp = sp - 36 (saved in x9), then `insn` at a known pc, then sp back. */
#define WITH_MISALIGNED_SP(insn, pcp, spp)                                                            \
    __asm__ volatile("mov x9, sp\n"                                                                   \
                     "sub x10, x9, #36\n"                                                             \
                     "adr %[pc], 1f\n"                                                                \
                     "mov %[sp], x10\n"                                                               \
                     "mov sp, x10\n"                                                                  \
                     "1: " insn "\n"                                                                  \
                     "mov sp, x9\n"                                                                   \
                     : [pc] "=&r"(*(pcp)), [sp] "=&r"(*(spp))                                         \
                     :                                                                                \
                     : "x9", "x10", "x11", "x12", "memory")

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    uintptr_t pc, sp;

    hits = 0;
    WITH_MISALIGNED_SP("add x11, sp, #8", &pc, &sp);
    printf("misaligned sp, no access: faults %d\n", hits);

    static char data[64] __attribute__((aligned(16)));
    hits = 0;
    __asm__ volatile("ldr x11, [%0, #4]\nstr x11, [%0, #20]\n" : : "r"(data) : "x11", "memory");
    printf("unaligned ldr/str through another register: faults %d\n", hits);

    const char *insns[] = { "ldr x11, [sp, #8]", "str x11, [sp]", "stp x11, x12, [sp, #-16]" };
    for (int i = 0; i < 3; i++) {
        hits = 0;
        switch (i) {
        case 0: WITH_MISALIGNED_SP("ldr x11, [sp, #8]", &pc, &sp); break;
        case 1: WITH_MISALIGNED_SP("str x11, [sp]", &pc, &sp); break;
        case 2: WITH_MISALIGNED_SP("stp x11, x12, [sp, #-16]", &pc, &sp); break;
        }
        char esr[32];
        if (has_esr)
            snprintf(esr, sizeof esr, "%#llx", (unsigned long long)last_esr);
        else
            strcpy(esr, "none");
        printf("%s with sp = 12 mod 16: %s %s, si_addr = sp %s, pc = the instruction %s, uc sp %s, "
               "esr_context %s, fault_address %s, resumed after %d fault(s)\n",
               insns[i], last_sig == SIGBUS ? "SIGBUS" : last_sig == SIGSEGV ? "SIGSEGV" : "no signal",
               last_sig == SIGBUS && last_code == BUS_ADRALN ? "BUS_ADRALN" : "-", yesno(last_addr == sp),
               yesno(last_pc == pc), yesno(last_sp == sp), esr, last_fault_address == 0 ? "0" : "other", hits);
        has_esr = 0;
        last_sig = 0;
    }
    printf("done\n");
    return 0;
}
