/* sig-esr.c - what arm64 Linux tells a fault handler beyond si_code and
 * si_addr: the esr_context record, sigcontext.fault_address, and the
 * reports qemu 7.2 gets wrong.
 * ferry-test: arch-specific (AArch64 exception syndromes)
 * ferry-test: expected-by-hand (qemu 7.2 writes no esr_context at all,
 * reports ILL_ILLOPN instead of ILL_ILLOPC for an undefined instruction,
 * si_addr 0 for a non-canonical address, and fault_address = si_addr for
 * a PC alignment fault; sig-esr.expected was written from the kernel
 * source, see below, and make expected leaves it alone)
 *
 * From arch/arm64 (Linux 6.x; the same since 5.11):
 *  - kernel/traps.c do_el0_undef: force_signal_inject(SIGILL, ILL_ILLOPC,
 *    regs->pc, 0) -> arm64_notify_die sets thread.fault_address = 0 and
 *    thread.fault_code = 0: no esr_context, fault_address 0;
 *  - kernel/debug-monitors.c BRK: send_user_sigtrap(TRAP_BRKPT) ->
 *    arm64_force_sig_fault(SIGTRAP, TRAP_BRKPT, pc): fault_code and
 *    fault_address untouched (still 0 after the SIGILL, so no record);
 *  - mm/fault.c do_page_fault/do_bad_area -> set_thread_esr(untagged
 *    address, esr): fault_address the untagged address, fault_code the
 *    ESR, sanitised for an address outside TTBR0 (>= TASK_SIZE) to
 *    EC | IL | CM | WnR | level-0 translation fault (DABT: 0x92000004 for
 *    a read, 0x92000044 for a write); si_addr with the tag cleared
 *    (kernel/signal.c, no SA_EXPOSE_TAGBITS);
 *  - mm/fault.c do_alignment_fault -> do_bad_area: SIGBUS BUS_ADRALN, the
 *    ESR with DFSC 0x21;
 *  - a file mapping past EOF: handle_mm_fault -> VM_FAULT_SIGBUS ->
 *    SIGBUS BUS_ADRERR, the ESR as the hardware gave it;
 *  - entry-common.c el0_pc -> do_sp_pc_abort -> arm64_notify_die(SIGBUS,
 *    BUS_ADRALN, far, esr): ESR 0x8a000000 (EC 0x22 PC alignment, IL),
 *    fault_address 0;
 *  - an instruction abort (EC 0x20) from a page without PROT_EXEC:
 *    SIGSEGV SEGV_ACCERR, raw ESR with a permission fault IFSC.
 * Fields that depend on the CPU (ISV, SAS, SRT, the translation level)
 * are not printed for TTBR0 addresses: only EC, IL, WnR, CM and the kind
 * of fault. */
#define _GNU_SOURCE
#include <asm/sigcontext.h>
#include <fcntl.h>
#include <setjmp.h>
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

static volatile int last_sig, last_code, has_esr;
static volatile uintptr_t last_addr, last_pc, last_fault_address;
static volatile uint64_t last_esr;
static sigjmp_buf jump;
static volatile int skip_mode; /* 1: pc += 4 and return; 0: siglongjmp */

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    last_sig = sig;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    last_pc = uc->uc_mcontext.pc;
    last_fault_address = uc->uc_mcontext.fault_address;
    has_esr = 0;
    char *p = (char *)uc->uc_mcontext.__reserved, *end = p + sizeof uc->uc_mcontext.__reserved;
    while (p + 8 <= end) {
        struct _aarch64_ctx *h = (struct _aarch64_ctx *)p;
        if (h->magic == 0 || h->size < 8)
            break;
        if (h->magic == ESR_MAGIC && h->size == sizeof(struct esr_context)) {
            has_esr = 1;
            last_esr = ((struct esr_context *)h)->esr;
        }
        p += h->size;
    }
    if (skip_mode)
        uc->uc_mcontext.pc += 4;
    else
        siglongjmp(jump, 1);
}

static const char *sig_code(void)
{
    static char buf[64];
    const char *s = last_sig == SIGSEGV ? "SIGSEGV" : last_sig == SIGBUS ? "SIGBUS" : last_sig == SIGILL ? "SIGILL"
                  : last_sig == SIGTRAP ? "SIGTRAP" : "?";
    const char *c = "other";
    if (last_sig == SIGSEGV && last_code == SEGV_MAPERR) c = "SEGV_MAPERR";
    if (last_sig == SIGSEGV && last_code == SEGV_ACCERR) c = "SEGV_ACCERR";
    if (last_sig == SIGBUS && last_code == BUS_ADRALN) c = "BUS_ADRALN";
    if (last_sig == SIGBUS && last_code == BUS_ADRERR) c = "BUS_ADRERR";
    if (last_sig == SIGILL && last_code == ILL_ILLOPC) c = "ILL_ILLOPC";
    if (last_sig == SIGILL && last_code == ILL_ILLOPN) c = "ILL_ILLOPN";
    if (last_sig == SIGTRAP && last_code == TRAP_BRKPT) c = "TRAP_BRKPT";
    snprintf(buf, sizeof buf, "%s %s", s, c);
    return buf;
}

/* The ESR fields that do not depend on the CPU. */
static const char *esr_fields(void)
{
    static char buf[128];
    if (!has_esr)
        return "esr_context none";
    uint64_t e = last_esr;
    unsigned fsc = e & 0x3f;
    const char *kind = (fsc & 0x3c) == 0x04 ? "translation fault" : (fsc & 0x3c) == 0x0c ? "permission fault"
                     : fsc == 0x21 ? "alignment fault" : "other fault";
    snprintf(buf, sizeof buf, "esr_context EC %#x IL %u WnR %u CM %u, %s", (unsigned)(e >> 26 & 0x3f),
             (unsigned)(e >> 25 & 1), (unsigned)(e >> 6 & 1), (unsigned)(e >> 8 & 1), kind);
    return buf;
}

static const char *esr_exact(void)
{
    static char buf[64];
    if (!has_esr)
        return "esr_context none";
    snprintf(buf, sizeof buf, "esr_context %#llx", (unsigned long long)last_esr);
    return buf;
}

static const char *fault_address(uintptr_t expect)
{
    static char buf[64];
    if (last_fault_address == expect)
        return expect == 0 ? "fault_address 0" : "fault_address = the address";
    snprintf(buf, sizeof buf, "fault_address WRONG (%s)", last_fault_address == 0 ? "0" : "other");
    return buf;
}

/* One instruction at a known pc, x9 = base; the handler skips it. */
#define ONE(insn, base)                                                                               \
    ({                                                                                                \
        register uintptr_t x9 __asm__("x9") = (base);                                                \
        uintptr_t at;                                                                                 \
        __asm__ volatile("adr %[at], 1f\n"                                                            \
                         "1: " insn "\n"                                                              \
                         : [at] "=&r"(at), "+r"(x9)                                                   \
                         :                                                                            \
                         : "x5", "memory");                                                           \
        at;                                                                                           \
    })

extern int esr_ret7(void) __attribute__((visibility("hidden")));
__asm__(".text\n.p2align 4\n.globl esr_ret7\n.hidden esr_ret7\n.type esr_ret7, %function\n"
        "esr_ret7:\n  mov x0, #7\n  ret\n");

static void blr_to(uintptr_t target)
{
    __asm__ volatile("blr %0\n" : : "r"(target) : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
                     "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x30", "memory", "cc");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP };
    for (int i = 0; i < 4; i++)
        sigaction(sigs[i], &sa, NULL);
    uintptr_t pc;

    /* First an undefined instruction, then BRK: neither sets an ESR. */
    skip_mode = 1;
    pc = ONE("udf #0x4321", 0);
    printf("udf #0x4321: %s, si_addr = pc = the udf %s, %s, %s\n", sig_code(), yesno(last_addr == pc && last_pc == pc),
           esr_exact(), fault_address(0));
    pc = ONE("brk #0x7b", 0);
    printf("brk #0x7b: %s, si_addr = pc = the brk %s, %s, %s\n", sig_code(), yesno(last_addr == pc && last_pc == pc),
           esr_exact(), fault_address(0));

    /* Data aborts at user addresses. */
    char *m = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + 4096, 4096);
    m[8192 + 16] = 7;
    mprotect(m + 8192, 4096, PROT_READ);
    pc = ONE("ldr x5, [x9, #8]", (uintptr_t)m + 4096);
    printf("ldr from an unmapped page: %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)m + 4096 + 8 && last_pc == pc), esr_fields(),
           fault_address((uintptr_t)m + 4096 + 8));
    pc = ONE("str x9, [x9, #16]", (uintptr_t)m + 8192);
    printf("str to a read-only page: %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)m + 8192 + 16 && last_pc == pc), esr_fields(),
           fault_address((uintptr_t)m + 8192 + 16));
    static uint64_t aligned[2] __attribute__((aligned(16)));
    pc = ONE("ldaxr x5, [x9]", (uintptr_t)aligned + 4);
    printf("ldaxr at 4 mod 8: %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)aligned + 4 && last_pc == pc), esr_fields(),
           fault_address((uintptr_t)aligned + 4));
    /* A tagged pointer: si_addr and fault_address lose the tag. */
    pc = ONE("ldr x5, [x9]", ((uintptr_t)m + 4096 + 24) | 0x5aULL << 56);
    printf("ldr through a tagged pointer into the unmapped page: %s, si_addr untagged %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)m + 4096 + 24 && last_pc == pc), esr_fields(),
           fault_address((uintptr_t)m + 4096 + 24));

    char tmpl[4096];
    const char *tmp = getenv("TMPDIR");
    snprintf(tmpl, sizeof tmpl, "%s/sig-esr.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(tmpl);
    if (fd >= 0) {
        unlink(tmpl);
        write(fd, "x", 1);
        char *f = mmap(NULL, 2 * 4096, PROT_READ, MAP_SHARED, fd, 0);
        pc = ONE("ldrb w5, [x9]", (uintptr_t)f + 4096 + 3);
        printf("ldrb past the end of a mapped file: %s, si_addr exact %s, %s, %s\n", sig_code(),
               yesno(last_addr == (uintptr_t)f + 4096 + 3 && last_pc == pc), esr_fields(),
               fault_address((uintptr_t)f + 4096 + 3));
        munmap(f, 2 * 4096);
        close(fd);
    }

    /* Addresses outside TTBR0: the sanitised ESR. */
    uintptr_t nc = 0x0070000000001000ULL;
    pc = ONE("ldr x5, [x9]", nc);
    printf("ldr from 0x0070000000001000 (non-canonical): %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == nc && last_pc == pc), esr_exact(), fault_address(nc));
    /* Register-offset forms: the host's access has an index register. */
    pc = ONE("ldr x5, [x9, x9]", nc / 2);
    printf("ldr from [x9, x9] = 0x0070000000001000: %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == nc && last_pc == pc), esr_exact(), fault_address(nc));
    pc = ONE("str w9, [x9, x9, lsl #2]", 0x0000e00000000400ULL);
    printf("str to [x9, x9, lsl #2] = 0x0004600000001400: %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == 0x0004600000001400ULL && last_pc == pc), esr_exact(),
           fault_address(0x0004600000001400ULL));
    pc = ONE("str x9, [x9]", 0x5a70000000002000ULL);
    printf("str to 0x5a70000000002000 (tagged, non-canonical): %s, si_addr 0x0070000000002000 %s, %s, %s\n",
           sig_code(), yesno(last_addr == 0x0070000000002000ULL && last_pc == pc), esr_exact(),
           fault_address(0x0070000000002000ULL));
    pc = ONE("ldr x5, [x9]", 0xffff800000001000ULL);
    printf("ldr from 0xffff800000001000 (the kernel's half): %s, si_addr exact %s, %s, %s\n", sig_code(),
           yesno(last_addr == 0xffff800000001000ULL && last_pc == pc), esr_exact(),
           fault_address(0xffff800000001000ULL));

    /* Instruction aborts and PC alignment. */
    skip_mode = 0;
    if (sigsetjmp(jump, 1) == 0)
        blr_to((uintptr_t)esr_ret7 + 2);
    printf("blr to code + 2: %s, si_addr = pc = the target %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)esr_ret7 + 2 && last_pc == last_addr), esr_exact(), fault_address(0));
    memcpy(m, (void *)(uintptr_t)esr_ret7, 8);
    __builtin___clear_cache(m, m + 8);
    if (sigsetjmp(jump, 1) == 0)
        blr_to((uintptr_t)m);
    printf("blr into a page without PROT_EXEC: %s, si_addr = pc = the target %s, %s, %s\n", sig_code(),
           yesno(last_addr == (uintptr_t)m && last_pc == last_addr), esr_fields(), fault_address((uintptr_t)m));
    if (sigsetjmp(jump, 1) == 0)
        blr_to(0);
    printf("blr to 0: %s, si_addr = pc = 0 %s, %s, %s\n", sig_code(), yesno(last_addr == 0 && last_pc == 0),
           esr_fields(), fault_address(0));
    printf("done\n");
    return 0;
}
