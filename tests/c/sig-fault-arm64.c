/* sig-fault-arm64.c - synchronous faults of single AArch64 instructions,
 * reported at the faulting instruction and resumed by a handler that
 * rewrites the saved pc to skip it.
 * ferry-test: arch-specific (AArch64 instructions; qemu-aarch64 is the
 * oracle)
 *
 *  - LDR from an unmapped page: SIGSEGV SEGV_MAPERR, si_addr and
 *    fault_address the address, pc the LDR, the destination untouched;
 *  - STR to a read-only page: SEGV_ACCERR, the memory untouched;
 *  - LDAXR from an address not a multiple of 8: SIGBUS BUS_ADRALN;
 *  - BRK #imm: SIGTRAP TRAP_BRKPT, si_addr and pc the BRK (not past it);
 *  - UDF #imm and the all-zeros word: SIGILL, si_addr and pc the
 *    instruction (the si_code, where qemu 7.2 is wrong, is in sig-esr.c);
 *  - integer division never traps: x/0 = 0, INT64_MIN/-1 = INT64_MIN, no
 *    SIGFPE; a floating-point division by zero sets FPSR.DZC, no SIGFPE;
 *  - faults one after another, each handler run separate (SA_NODEFER not
 *    needed: the handler returns). */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "watchdog.h"

static const char *yesno(int c) { return c ? "yes" : "no"; }

static volatile int hits, last_sig, last_code;
static volatile uintptr_t last_addr, last_pc, last_fault_address;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    hits++;
    last_sig = sig;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    last_pc = uc->uc_mcontext.pc;
    last_fault_address = uc->uc_mcontext.fault_address;
    uc->uc_mcontext.pc += 4; /* skip the faulting instruction */
}

static const char *sig_name(int s)
{
    switch (s) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGFPE: return "SIGFPE";
    default: return "?";
    }
}

static const char *code_name(int sig, int c)
{
    if (sig == SIGSEGV && c == SEGV_MAPERR) return "SEGV_MAPERR";
    if (sig == SIGSEGV && c == SEGV_ACCERR) return "SEGV_ACCERR";
    if (sig == SIGBUS && c == BUS_ADRALN) return "BUS_ADRALN";
    if (sig == SIGTRAP && c == TRAP_BRKPT) return "TRAP_BRKPT";
    return "other";
}

/* Run one instruction at a known address: x9 = base, x5 = 0x55 before;
 * returns x5 after, the instruction's address in *pc. */
#define ONE(insn, base, pcp)                                                                          \
    ({                                                                                                \
        register uint64_t x5 __asm__("x5") = 0x55;                                                   \
        register uint64_t x6 __asm__("x6") = 0x66;                                                   \
        register uintptr_t x9 __asm__("x9") = (base);                                                \
        uintptr_t at;                                                                                 \
        __asm__ volatile("adr %[at], 1f\n"                                                            \
                         "1: " insn "\n"                                                              \
                         : [at] "=&r"(at), "+r"(x5), "+r"(x9)                                         \
                         : "r"(x6)                                                                    \
                         : "memory");                                                                 \
        *(pcp) = at;                                                                                  \
        x5;                                                                                           \
    })

static void show(const char *what, int expect_hits, uintptr_t expect_addr, uintptr_t pc, int show_code)
{
    printf("%s: %s%s%s, si_addr %s, pc %s, handled %s\n", what, sig_name(last_sig), show_code ? " " : "",
           show_code ? code_name(last_sig, last_code) : "", last_addr == expect_addr ? "as expected" : "WRONG",
           last_pc == pc ? "the instruction" : "WRONG", yesno(hits == expect_hits));
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE };
    for (int i = 0; i < 5; i++)
        sigaction(sigs[i], &sa, NULL);

    char *m = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + 4096, 4096);           /* m+4096: unmapped */
    m[8192 + 16] = 7;
    mprotect(m + 8192, 4096, PROT_READ); /* m+8192: read-only */
    uintptr_t pc;
    uint64_t r;

    hits = 0;
    r = ONE("ldr x5, [x9, #8]", (uintptr_t)m + 4096, &pc);
    show("ldr x5, [x9, #8] from an unmapped page", 1, (uintptr_t)m + 4096 + 8, pc, 1);
    printf("  fault_address = si_addr: %s; x5 untouched: %s\n", yesno(last_fault_address == last_addr),
           yesno(r == 0x55));

    hits = 0;
    r = ONE("str x6, [x9, #16]", (uintptr_t)m + 8192, &pc);
    show("str x6, [x9, #16] to a read-only page", 1, (uintptr_t)m + 8192 + 16, pc, 1);
    printf("  fault_address = si_addr: %s; memory untouched: %s\n", yesno(last_fault_address == last_addr),
           yesno(m[8192 + 16] == 7));

    hits = 0;
    r = ONE("ldrb w5, [x9, #-1]", (uintptr_t)m + 4096 + 4096, &pc);
    show("ldrb w5, [x9, #-1] (the last byte of the unmapped page)", 1, (uintptr_t)m + 8191, pc, 1);

    static uint64_t aligned[4] __attribute__((aligned(16)));
    hits = 0;
    r = ONE("ldaxr x5, [x9]", (uintptr_t)aligned + 4, &pc);
    show("ldaxr x5, [x9] at 4 mod 8", 1, (uintptr_t)aligned + 4, pc, 1);
    printf("  x5 untouched: %s\n", yesno(r == 0x55));
    hits = 0;
    r = ONE("ldaxr w5, [x9]", (uintptr_t)aligned + 4, &pc);
    printf("ldaxr w5, [x9] at 4 mod 8 (aligned for 4 bytes): faulted %s\n", yesno(hits != 0));

    hits = 0;
    r = ONE("brk #0x7b", 0, &pc);
    show("brk #0x7b", 1, pc, pc, 1);
    hits = 0;
    r = ONE("brk #0xf123", 0, &pc);
    show("brk #0xf123", 1, pc, pc, 1);

    hits = 0;
    r = ONE("udf #0x4321", 0, &pc);
    show("udf #0x4321", 1, pc, pc, 0);
    hits = 0;
    r = ONE(".inst 0x00000000", 0, &pc);
    show(".inst 0x00000000", 1, pc, pc, 0);

    /* Integer division by zero and overflow: no trap on AArch64. */
    hits = 0;
    int64_t q1, q2, q3;
    uint64_t q4;
    __asm__ volatile("sdiv %0, %1, %2" : "=r"(q1) : "r"((int64_t)100), "r"((int64_t)0));
    __asm__ volatile("sdiv %0, %1, %2" : "=r"(q2) : "r"(INT64_MIN), "r"((int64_t)-1));
    __asm__ volatile("sdiv %w0, %w1, %w2" : "=r"(q3) : "r"(INT32_MIN), "r"(-1));
    __asm__ volatile("udiv %0, %1, %2" : "=r"(q4) : "r"((uint64_t)7), "r"((uint64_t)0));
    printf("sdiv 100/0 = %lld, sdiv INT64_MIN/-1 = %#llx, sdiv w INT32_MIN/-1 = %#x, udiv 7/0 = %llu, signals %d\n",
           (long long)q1, (unsigned long long)q2, (unsigned)q3, (unsigned long long)q4, hits);

    hits = 0;
    uint64_t fpsr;
    double d;
    __asm__ volatile("msr fpsr, xzr\n"
                     "fdiv %d[d], %d[a], %d[b]\n"
                     "mrs %[f], fpsr\n"
                     : [d] "=w"(d), [f] "=r"(fpsr)
                     : [a] "w"(1.0), [b] "w"(0.0));
    printf("fdiv 1/0: infinite %s, FPSR.DZC %s, signals %d\n", yesno(d > 1e308), yesno(fpsr & 2), hits);
    printf("done\n");
    return 0;
}
