/* sig-frame.c - the AArch64 signal frame (struct rt_sigframe) as a handler
 * sees it, and a handler that edits it to change where and how the
 * interrupted code resumes.
 * ferry-test: arch-specific (AArch64 registers and frame layout; qemu-aarch64
 * is the oracle)
 *
 * Assembly routines (below) load every general register, NZCV, FPSR,
 * FPCR and V0-V31 with known values, then run one thing, then store them
 * all for the C side to check:
 *  A. `svc` kill(getpid(), SIGUSR1): in the handler, x29 points to a frame
 *     record {interrupted x29, x30} and x30 to the restorer (the vDSO's
 *     __kernel_rt_sigreturn: `mov x8, #139; svc #0`); siginfo; uc_flags,
 *     uc_link; uc_mcontext x0-x30 (x0 the syscall's result), sp, pc (after
 *     the svc), pstate (NZCV, EL0t), fault_address 0; __reserved records:
 *     fpsimd_context first (magic, size 528, FPSR, FPCR, V0-V31 as set),
 *     no esr_context (no fault yet), a terminator; and after return every
 *     register as it was.
 *  B. the same with a handler that edits the frame: x0, x19, NZCV, V5,
 *     FPSR, and pc + 4 (skipping an instruction): all take effect.
 *  C. an asynchronous SIGALRM (ITIMER_REAL) interrupting a multi-block
 *     register-only loop that never leaves the code cache: the saved
 *     registers are consistent with the saved pc (the loop's sums match its
 *     counter at that exact instruction); the handler injects a call as
 *     Go's async preemption does (x30 = pc, pc = a function that clears the
 *     loop condition and returns), and the loop ends.
 *  D. the same loop ended by the handler writing x2 = 0 in the frame.
 *  E. a floating-point loop (values in the V register cache): d4 consistent
 *     with the counter at the saved pc, ended by writing V2 = 0 in
 *     fpsimd_context.
 *  F. a read(2) on a pipe interrupted by SIGALRM: with SA_RESTART the frame
 *     shows pc at the svc and x0 the original fd (the kernel rewinds to
 *     restart it); without, pc after the svc and x0 = -EINTR.
 *  G. SA_RESTORER: x30 in the handler is the given restorer, which returns
 *     through rt_sigreturn.
 * ferry-test: repeat 3 (C-F interrupt loops and system calls at whatever
 * instruction the timer finds them) */
#define _GNU_SOURCE
#include <asm/sigcontext.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

struct cpu {
    uint64_t x[31];
    uint64_t sp, nzcv, fpsr, fpcr, pad;
    __uint128_t v[32];
};
_Static_assert(__builtin_offsetof(struct cpu, v) == 288, "struct cpu layout");

#define HIDDEN __attribute__((visibility("hidden")))
extern void frame_svc_run(const struct cpu *in, struct cpu *out) HIDDEN;
extern void frame_loop_run(const struct cpu *in, struct cpu *out) HIDDEN;
extern void frame_floop_run(const struct cpu *in, struct cpu *out) HIDDEN;
extern char frame_svc_insn[], frame_loop_start[], frame_loop_end[], frame_floop_start[], frame_floop_end[] HIDDEN;
extern char frame_inject[], frame_restorer[], frame_handler_stub[] HIDDEN;
extern uint64_t frame_entry_x29, frame_entry_x30, frame_restorer_count HIDDEN;

/* Routines: callee-saved registers are kept in a 192-byte frame:
 * x19-x30 at 0-95, d8-d15 at 96-159, the out pointer at 168, a scratch
 * slot at 176. */
__asm__(
    ".text\n"
    ".macro SAVE_CALLEE\n"
    "  sub sp, sp, #192\n"
    "  stp x19, x20, [sp, #0]\n  stp x21, x22, [sp, #16]\n  stp x23, x24, [sp, #32]\n"
    "  stp x25, x26, [sp, #48]\n  stp x27, x28, [sp, #64]\n  stp x29, x30, [sp, #80]\n"
    "  stp d8, d9, [sp, #96]\n  stp d10, d11, [sp, #112]\n  stp d12, d13, [sp, #128]\n  stp d14, d15, [sp, #144]\n"
    "  str x1, [sp, #168]\n"
    ".endm\n"
    ".macro LOAD_ALL\n" /* from x0 = in */
    "  ldr x2, [x0, #256]\n  msr nzcv, x2\n"
    "  ldr x2, [x0, #264]\n  msr fpsr, x2\n"
    "  ldr x2, [x0, #272]\n  msr fpcr, x2\n"
    "  add x2, x0, #288\n"
    "  ldp q0, q1, [x2, #0]\n  ldp q2, q3, [x2, #32]\n  ldp q4, q5, [x2, #64]\n  ldp q6, q7, [x2, #96]\n"
    "  ldp q8, q9, [x2, #128]\n  ldp q10, q11, [x2, #160]\n  ldp q12, q13, [x2, #192]\n  ldp q14, q15, [x2, #224]\n"
    "  ldp q16, q17, [x2, #256]\n  ldp q18, q19, [x2, #288]\n  ldp q20, q21, [x2, #320]\n  ldp q22, q23, [x2, #352]\n"
    "  ldp q24, q25, [x2, #384]\n  ldp q26, q27, [x2, #416]\n  ldp q28, q29, [x2, #448]\n  ldp q30, q31, [x2, #480]\n"
    "  mov x30, x0\n"
    "  ldp x0, x1, [x30, #0]\n  ldp x2, x3, [x30, #16]\n  ldp x4, x5, [x30, #32]\n  ldp x6, x7, [x30, #48]\n"
    "  ldp x8, x9, [x30, #64]\n  ldp x10, x11, [x30, #80]\n  ldp x12, x13, [x30, #96]\n  ldp x14, x15, [x30, #112]\n"
    "  ldp x16, x17, [x30, #128]\n  ldp x18, x19, [x30, #144]\n  ldp x20, x21, [x30, #160]\n  ldp x22, x23, [x30, #176]\n"
    "  ldp x24, x25, [x30, #192]\n  ldp x26, x27, [x30, #208]\n  ldp x28, x29, [x30, #224]\n  ldr x30, [x30, #240]\n"
    ".endm\n"
    ".macro STORE_ALL_RETURN\n"
    "  str x30, [sp, #176]\n"
    "  ldr x30, [sp, #168]\n"
    "  stp x0, x1, [x30, #0]\n  stp x2, x3, [x30, #16]\n  stp x4, x5, [x30, #32]\n  stp x6, x7, [x30, #48]\n"
    "  stp x8, x9, [x30, #64]\n  stp x10, x11, [x30, #80]\n  stp x12, x13, [x30, #96]\n  stp x14, x15, [x30, #112]\n"
    "  stp x16, x17, [x30, #128]\n  stp x18, x19, [x30, #144]\n  stp x20, x21, [x30, #160]\n  stp x22, x23, [x30, #176]\n"
    "  stp x24, x25, [x30, #192]\n  stp x26, x27, [x30, #208]\n  stp x28, x29, [x30, #224]\n"
    "  ldr x0, [sp, #176]\n  str x0, [x30, #240]\n"
    "  mov x0, sp\n  str x0, [x30, #248]\n"
    "  mrs x0, nzcv\n  str x0, [x30, #256]\n"
    "  mrs x0, fpsr\n  str x0, [x30, #264]\n"
    "  mrs x0, fpcr\n  str x0, [x30, #272]\n"
    "  add x0, x30, #288\n"
    "  stp q0, q1, [x0, #0]\n  stp q2, q3, [x0, #32]\n  stp q4, q5, [x0, #64]\n  stp q6, q7, [x0, #96]\n"
    "  stp q8, q9, [x0, #128]\n  stp q10, q11, [x0, #160]\n  stp q12, q13, [x0, #192]\n  stp q14, q15, [x0, #224]\n"
    "  stp q16, q17, [x0, #256]\n  stp q18, q19, [x0, #288]\n  stp q20, q21, [x0, #320]\n  stp q22, q23, [x0, #352]\n"
    "  stp q24, q25, [x0, #384]\n  stp q26, q27, [x0, #416]\n  stp q28, q29, [x0, #448]\n  stp q30, q31, [x0, #480]\n"
    "  msr fpcr, xzr\n"
    "  msr fpsr, xzr\n"
    "  ldp x19, x20, [sp, #0]\n  ldp x21, x22, [sp, #16]\n  ldp x23, x24, [sp, #32]\n"
    "  ldp x25, x26, [sp, #48]\n  ldp x27, x28, [sp, #64]\n  ldp x29, x30, [sp, #80]\n"
    "  ldp d8, d9, [sp, #96]\n  ldp d10, d11, [sp, #112]\n  ldp d12, d13, [sp, #128]\n  ldp d14, d15, [sp, #144]\n"
    "  add sp, sp, #192\n"
    "  ret\n"
    ".endm\n"

    /* A: the syscall in x8 with x0-x5, then an instruction a handler may
     * skip. */
    ".p2align 4\n"
    ".globl frame_svc_run\n .hidden frame_svc_run\n .type frame_svc_run, %function\n"
    "frame_svc_run:\n"
    "  SAVE_CALLEE\n"
    "  LOAD_ALL\n"
    ".globl frame_svc_insn\n .hidden frame_svc_insn\n"
    "frame_svc_insn:\n"
    "  svc #0\n"
    "  movz x20, #0xbad\n"
    "  STORE_ALL_RETURN\n"

    /* C, D: a loop of four blocks over x1 (counter), x2 (condition),
     * x3 (sum of the odd counts), x4 (minus the sum of the even ones). */
    ".p2align 4\n"
    ".globl frame_loop_run\n .hidden frame_loop_run\n .type frame_loop_run, %function\n"
    "frame_loop_run:\n"
    "  SAVE_CALLEE\n"
    "  LOAD_ALL\n"
    ".globl frame_loop_start\n .hidden frame_loop_start\n"
    "frame_loop_start:\n"
    "  add x1, x1, #1\n"     /* +0  */
    "  tbz x1, #0, 2f\n"     /* +4  */
    "  add x3, x3, x1\n"     /* +8  */
    "  b 3f\n"               /* +12 */
    "2:\n"
    "  sub x4, x4, x1\n"     /* +16 */
    "3:\n"
    "  cbnz x2, frame_loop_start\n" /* +20 */
    ".globl frame_loop_end\n .hidden frame_loop_end\n"
    "frame_loop_end:\n"
    "  STORE_ALL_RETURN\n"

    /* E: d4 += d5 (1.0) while d2 != 0, x1 counting. */
    ".p2align 4\n"
    ".globl frame_floop_run\n .hidden frame_floop_run\n .type frame_floop_run, %function\n"
    "frame_floop_run:\n"
    "  SAVE_CALLEE\n"
    "  LOAD_ALL\n"
    ".globl frame_floop_start\n .hidden frame_floop_start\n"
    "frame_floop_start:\n"
    "  fadd d4, d4, d5\n"    /* +0  */
    "  add x1, x1, #1\n"     /* +4  */
    "  fcmp d2, #0.0\n"      /* +8  */
    "  b.ne frame_floop_start\n" /* +12 */
    ".globl frame_floop_end\n .hidden frame_floop_end\n"
    "frame_floop_end:\n"
    "  STORE_ALL_RETURN\n"

    /* The injected call (Go's asyncPreempt in miniature). */
    ".p2align 2\n"
    ".globl frame_inject\n .hidden frame_inject\n"
    "frame_inject:\n"
    "  mov x2, #0\n"
    "  add x5, x5, #1\n"
    "  ret\n"

    /* Handler entry: note x29 and x30 as the kernel set them. */
    ".p2align 2\n"
    ".globl frame_handler_stub\n .hidden frame_handler_stub\n"
    "frame_handler_stub:\n"
    "  adrp x9, frame_entry_x29\n"
    "  str x29, [x9, :lo12:frame_entry_x29]\n"
    "  adrp x9, frame_entry_x30\n"
    "  str x30, [x9, :lo12:frame_entry_x30]\n"
    "  b frame_c_handler\n"

    /* G: a restorer of our own. */
    ".p2align 2\n"
    ".globl frame_restorer\n .hidden frame_restorer\n"
    "frame_restorer:\n"
    "  adrp x9, frame_restorer_count\n"
    "  ldr x10, [x9, :lo12:frame_restorer_count]\n"
    "  add x10, x10, #1\n"
    "  str x10, [x9, :lo12:frame_restorer_count]\n"
    "  mov x8, #139\n"
    "  svc #0\n"

    ".bss\n"
    ".p2align 3\n"
    ".globl frame_entry_x29\n .hidden frame_entry_x29\n frame_entry_x29: .quad 0\n"
    ".globl frame_entry_x30\n .hidden frame_entry_x30\n frame_entry_x30: .quad 0\n"
    ".globl frame_restorer_count\n .hidden frame_restorer_count\n frame_restorer_count: .quad 0\n"
    ".text\n");

#include "watchdog.h"

static const char *yesno(int c) { return c ? "yes" : "no"; }

static __uint128_t vpat(int i, int k)
{
    return ((__uint128_t)(0xf0e0d0c000000000ULL | (uint64_t)k << 16 | (uint64_t)i) << 64) |
           (0x123456789a000000ULL | (uint64_t)k << 8 | (uint64_t)i);
}

static void fill(struct cpu *c, int k)
{
    memset(c, 0, sizeof *c);
    for (int i = 0; i < 31; i++)
        c->x[i] = 0xa5a5000000000000ULL | (uint64_t)k << 40 | (uint64_t)i << 32 | (uint64_t)i * 0x01010101U;
    for (int i = 0; i < 32; i++)
        c->v[i] = vpat(i, k);
    c->nzcv = 0x90000000;      /* N, V */
    c->fpsr = 0x0800009f;      /* QC, IDC, IXC, UFC, OFC, DZC, IOC */
    c->fpcr = 0x06c00000;      /* AHP, DN, RMode = towards zero */
}

/* What the handler saw. */
struct seen {
    int sig, code, pid_ok;
    uint64_t entry_x29, entry_x30, record_fp, record_lr;
    unsigned long uc_flags;
    void *uc_link;
    uint64_t regs[31], sp, pc, pstate, fault_address;
    int nrecords, fpsimd_first, fpsimd_size_ok, esr_present, terminated, reserved_aligned;
    uint32_t fpsr, fpcr;
    __uint128_t vregs[32];
    uintptr_t frame;
};
static struct seen seen;

enum hmode { OBSERVE, EDIT, LOOP_INJECT, LOOP_REWRITE, FLOOP_REWRITE, RESTART_WATCH };
static volatile enum hmode hmode;
static volatile int loop_hits, loop_consistent = -1, restart_pc_at, restart_x0_ok, restart_x8_ok, restart_seen;
static int restart_fd_write;
static uint64_t restart_fd_read;
static const struct cpu *cur_in;

static struct fpsimd_context *find_fpsimd(ucontext_t *uc)
{
    struct _aarch64_ctx *h = (struct _aarch64_ctx *)uc->uc_mcontext.__reserved;
    return h->magic == FPSIMD_MAGIC ? (struct fpsimd_context *)h : NULL;
}

/* Set Vn in the frame.  Where an sve_context record carries the Z
 * registers (a task using SVE; qemu's -cpu max always), rt_sigreturn
 * restores V0-V31 from it rather than from fpsimd_context, so the low
 * 128 bits of Zn are set too.  Without SVE (ferry) only fpsimd_context
 * counts. */
static void set_vreg(ucontext_t *uc, int n, __uint128_t value)
{
    struct fpsimd_context *f = find_fpsimd(uc);
    if (f)
        f->vregs[n] = value;
    char *p = (char *)uc->uc_mcontext.__reserved, *end = p + sizeof uc->uc_mcontext.__reserved;
    while (p + 8 <= end) {
        struct _aarch64_ctx *h = (struct _aarch64_ctx *)p;
        if (h->magic == 0 || h->size < 8)
            break;
        if (h->magic == SVE_MAGIC && h->size > sizeof(struct sve_context)) {
            struct sve_context *z = (struct sve_context *)h;
            unsigned vq = z->vl / 16;
            memcpy(p + SVE_SIG_ZREG_OFFSET(vq, n), &value, 16);
        }
        p += h->size;
    }
}

static void record_frame(siginfo_t *si, ucontext_t *uc)
{
    seen.sig = si->si_signo;
    seen.code = si->si_code;
    seen.pid_ok = si->si_pid == getpid();
    seen.entry_x29 = frame_entry_x29;
    seen.entry_x30 = frame_entry_x30;
    seen.record_fp = ((uint64_t *)frame_entry_x29)[0];
    seen.record_lr = ((uint64_t *)frame_entry_x29)[1];
    seen.uc_flags = uc->uc_flags;
    seen.uc_link = uc->uc_link;
    memcpy(seen.regs, uc->uc_mcontext.regs, sizeof seen.regs);
    seen.sp = uc->uc_mcontext.sp;
    seen.pc = uc->uc_mcontext.pc;
    seen.pstate = uc->uc_mcontext.pstate;
    seen.fault_address = uc->uc_mcontext.fault_address;
    seen.frame = (uintptr_t)uc;
    seen.reserved_aligned = ((uintptr_t)uc->uc_mcontext.__reserved & 15) == 0;
    /* Walk the records: each a {magic, size} header, sizes multiples of
     * 16, ended by a zero record, all within __reserved. */
    char *p = (char *)uc->uc_mcontext.__reserved, *end = p + sizeof uc->uc_mcontext.__reserved;
    seen.nrecords = 0;
    seen.fpsimd_first = seen.esr_present = seen.terminated = 0;
    while (p + 8 <= end) {
        struct _aarch64_ctx *h = (struct _aarch64_ctx *)p;
        if (h->magic == 0) {
            seen.terminated = h->size == 0;
            break;
        }
        if (h->size < 8 || h->size % 16 || p + h->size > end)
            break;
        if (h->magic == FPSIMD_MAGIC) {
            struct fpsimd_context *f = (struct fpsimd_context *)h;
            seen.fpsimd_first = seen.nrecords == 0;
            seen.fpsimd_size_ok = h->size == sizeof *f && h->size == 528;
            seen.fpsr = f->fpsr;
            seen.fpcr = f->fpcr;
            memcpy(seen.vregs, f->vregs, sizeof seen.vregs);
        }
        if (h->magic == ESR_MAGIC)
            seen.esr_present = 1;
        seen.nrecords++;
        p += h->size;
    }
}

/* Sum of the odd numbers up to n, and of the even ones. */
static uint64_t odd_sum(uint64_t n) { uint64_t m = (n + 1) / 2; return m * m; }
static uint64_t even_sum(uint64_t n) { uint64_t m = n / 2; return m * (m + 1); }

/* x3 and x4 after the loop has completed the iterations up to counter
 * value `done` (counting from the initial x1). */
static int loop_sums_match(const struct cpu *in, uint64_t done, uint64_t x3, uint64_t x4)
{
    uint64_t start = in->x[1];
    return x3 == in->x[3] + odd_sum(done) - odd_sum(start) && x4 == in->x[4] - (even_sum(done) - even_sum(start));
}

static void stop_timer(void)
{
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
}

void frame_c_handler(int sig, siginfo_t *si, void *ucv) HIDDEN;
void frame_c_handler(int sig, siginfo_t *si, void *ucv)
{
    (void)sig;
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    uint64_t pc = mc->pc;
    switch (hmode) {
    case OBSERVE:
        record_frame(si, uc);
        break;
    case EDIT: {
        record_frame(si, uc);
        struct fpsimd_context *f = find_fpsimd(uc);
        mc->regs[0] = 0x7777;
        mc->regs[19] = 0x1919191919191919ULL;
        mc->pstate = (mc->pstate & ~0xf0000000ULL) | 0x60000000; /* Z, C */
        mc->pc += 4;
        set_vreg(uc, 5, vpat(5, 0x55));
        if (f)
            f->fpsr = 0x10;
        break;
    }
    case LOOP_INJECT:
    case LOOP_REWRITE: {
        uint64_t off = pc - (uint64_t)(uintptr_t)frame_loop_start;
        if (pc < (uint64_t)(uintptr_t)frame_loop_start || pc >= (uint64_t)(uintptr_t)frame_loop_end)
            break; /* not in the loop yet */
        if (loop_hits)
            break; /* a tick that came before the timer was stopped */
        /* Iterations complete at this pc: at +0 (the loop head), +12 and
         * +20 the last increment of x1 has been accounted for. */
        uint64_t x1 = mc->regs[1];
        uint64_t done = (off == 0 || off == 12 || off == 20) ? x1 : x1 - 1;
        loop_consistent = loop_sums_match(cur_in, done, mc->regs[3], mc->regs[4]) && mc->regs[2] == cur_in->x[2];
        loop_hits++;
        if (hmode == LOOP_INJECT) {
            mc->regs[30] = pc;
            mc->pc = (uint64_t)(uintptr_t)frame_inject;
        } else {
            mc->regs[2] = 0;
        }
        stop_timer();
        break;
    }
    case FLOOP_REWRITE: {
        if (pc < (uint64_t)(uintptr_t)frame_floop_start || pc >= (uint64_t)(uintptr_t)frame_floop_end)
            break;
        if (loop_hits)
            break;
        struct fpsimd_context *f = find_fpsimd(uc);
        if (!f)
            break;
        uint64_t off = pc - (uint64_t)(uintptr_t)frame_floop_start;
        uint64_t n = mc->regs[1] - cur_in->x[1];
        /* d4 counts the additions: one ahead of x1 at +4. */
        uint64_t adds = off == 4 ? n + 1 : n;
        double d4;
        memcpy(&d4, &f->vregs[4], 8);
        loop_consistent = d4 == (double)adds;
        loop_hits++;
        set_vreg(uc, 2, 0);
        stop_timer();
        break;
    }
    case RESTART_WATCH: {
        uint64_t svc = (uint64_t)(uintptr_t)frame_svc_insn;
        if (pc != svc && pc != svc + 4)
            break; /* not in the read yet */
        if (!restart_seen++) {
            restart_pc_at = pc == svc ? 0 : 4;
            restart_x0_ok = mc->regs[0] == restart_fd_read ? 1 : mc->regs[0] == (uint64_t)-EINTR ? 2 : 0;
            restart_x8_ok = mc->regs[8] == 63;
            write(restart_fd_write, "r", 1);
        }
        stop_timer();
        break;
    }
    }
}

static void install(int sig, int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = (void (*)(int, siginfo_t *, void *))(void *)frame_handler_stub;
    sa.sa_flags = SA_SIGINFO | flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void compare(const char *what, const struct cpu *in, const struct cpu *out, const int *skip_x, int nskip_x,
                    int skip_v)
{
    int bad = 0;
    for (int i = 0; i < 31; i++) {
        int skip = 0;
        for (int k = 0; k < nskip_x; k++)
            skip |= skip_x[k] == i;
        if (!skip && in->x[i] != out->x[i]) {
            printf("  %s: x%d changed\n", what, i);
            bad = 1;
        }
    }
    for (int i = 0; i < 32; i++)
        if (i != skip_v && in->v[i] != out->v[i]) {
            printf("  %s: v%d changed\n", what, i);
            bad = 1;
        }
    printf("%s: the other registers as set: %s\n", what, yesno(!bad));
}

static void part_a(void)
{
    struct cpu in, out;
    fill(&in, 1);
    in.x[0] = getpid();
    in.x[1] = SIGUSR1;
    in.x[8] = 129; /* kill */
    hmode = OBSERVE;
    install(SIGUSR1, 0);
    memset(&seen, 0, sizeof seen);
    frame_svc_run(&in, &out);
    uint64_t svc = (uint64_t)(uintptr_t)frame_svc_insn;
    printf("A: siginfo: signo %s, SI_USER %s, pid ours %s\n", yesno(seen.sig == SIGUSR1), yesno(seen.code == SI_USER),
           yesno(seen.pid_ok));
    printf("A: x29 at entry is a frame record {x29, x30 interrupted}: %s\n",
           yesno(seen.record_fp == in.x[29] && seen.record_lr == in.x[30]));
    uint32_t *tramp = (uint32_t *)(uintptr_t)seen.entry_x30;
    printf("A: x30 at entry is mov x8, #139; svc #0: %s\n", yesno(tramp[0] == 0xd2801168 && tramp[1] == 0xd4000001));
    printf("A: uc_flags %lu uc_link %s\n", seen.uc_flags, seen.uc_link ? "set" : "NULL");
    int regs_ok = seen.regs[0] == 0;
    for (int i = 1; i < 31; i++)
        if (seen.regs[i] != in.x[i]) {
            printf("A: uc regs[%d] = %#llx, set %#llx\n", i, (unsigned long long)seen.regs[i],
                   (unsigned long long)in.x[i]);
            regs_ok = 0;
        }
    printf("A: uc regs: x0 = kill's 0, x1-x30 as set: %s\n", yesno(regs_ok));
    printf("A: uc pc = svc + %lld\n", (long long)(seen.pc - svc));
    printf("A: uc sp = the interrupted sp: %s, 16-byte aligned: %s, frame below it: %s\n", yesno(seen.sp == out.sp),
           yesno(seen.sp % 16 == 0), yesno(seen.frame < seen.sp));
    printf("A: uc pstate & 0xf000001f = %#llx\n", (unsigned long long)(seen.pstate & 0xf000001fULL));
    printf("A: fault_address %#llx\n", (unsigned long long)seen.fault_address);
    printf("A: __reserved aligned: %s; fpsimd_context first: %s, size 528: %s; esr_context: %s; terminator: %s\n",
           yesno(seen.reserved_aligned), yesno(seen.fpsimd_first), yesno(seen.fpsimd_size_ok),
           seen.esr_present ? "present" : "none", yesno(seen.terminated));
    printf("A: fpsimd fpsr %#x fpcr %#x\n", seen.fpsr, seen.fpcr);
    int vok = 1;
    for (int i = 0; i < 32; i++)
        if (seen.vregs[i] != in.v[i]) {
            printf("A: vregs[%d] = %016llx%016llx\n", i, (unsigned long long)(seen.vregs[i] >> 64),
                   (unsigned long long)seen.vregs[i]);
            vok = 0;
        }
    printf("A: fpsimd vregs 0-31 as set: %s\n", yesno(vok));
    printf("A: after return: x0 %#llx x20 %#llx nzcv %#llx fpsr %#llx fpcr %#llx sp unchanged %s\n",
           (unsigned long long)out.x[0], (unsigned long long)out.x[20], (unsigned long long)out.nzcv,
           (unsigned long long)out.fpsr, (unsigned long long)out.fpcr, yesno(out.sp == seen.sp));
    int skip[] = { 0, 20 };
    compare("A: after return", &in, &out, skip, 2, -1);
}

static void part_b(void)
{
    struct cpu in, out;
    fill(&in, 2);
    in.x[0] = getpid();
    in.x[1] = SIGUSR1;
    in.x[8] = 129;
    hmode = EDIT;
    install(SIGUSR1, 0);
    frame_svc_run(&in, &out);
    printf("B: after the edited return: x0 %#llx x19 %#llx x20 as set (movz skipped) %s nzcv %#llx fpsr %#llx\n",
           (unsigned long long)out.x[0], (unsigned long long)out.x[19], yesno(out.x[20] == in.x[20]),
           (unsigned long long)out.nzcv, (unsigned long long)out.fpsr);
    printf("B: v5 as edited: %s\n", yesno(out.v[5] == vpat(5, 0x55)));
    int skip[] = { 0, 19 };
    compare("B: after return", &in, &out, skip, 2, 5);
}

static void start_ticks(void)
{
    struct itimerval it = { { 0, 10000 }, { 0, 10000 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void part_loops(void)
{
    install(SIGALRM, 0);
    for (int k = 0; k < 2; k++) {
        struct cpu in, out;
        fill(&in, 3 + k);
        in.x[1] = 1000;   /* counter */
        in.x[2] = 1;      /* condition */
        in.x[3] = 5000;
        in.x[4] = 1u << 30;
        in.x[5] = 0x500;
        in.nzcv = 0x60000000;
        cur_in = &in;
        loop_hits = 0;
        loop_consistent = -1;
        hmode = k == 0 ? LOOP_INJECT : LOOP_REWRITE;
        start_ticks();
        frame_loop_run(&in, &out);
        stop_timer();
        const char *name = k == 0 ? "C (injected call)" : "D (x2 rewritten)";
        printf("%s: interrupted inside the loop: %s, registers consistent with pc: %s\n", name,
               yesno(loop_hits == 1), yesno(loop_consistent == 1));
        printf("%s: after the loop: x2 %llu, x3/x4 consistent with x1: %s, nzcv %#llx\n", name,
               (unsigned long long)out.x[2],
               yesno(loop_sums_match(&in, out.x[1], out.x[3], out.x[4])),
               (unsigned long long)out.nzcv);
        if (k == 0) {
            printf("%s: injected function ran once: %s, x30 = an instruction of the loop: %s\n", name,
                   yesno(out.x[5] == 0x501),
                   yesno(out.x[30] >= (uint64_t)(uintptr_t)frame_loop_start &&
                         out.x[30] < (uint64_t)(uintptr_t)frame_loop_end && out.x[30] % 4 == 0));
            int skip[] = { 1, 2, 3, 4, 5, 30 };
            compare(name, &in, &out, skip, 6, -1);
        } else {
            int skip[] = { 1, 2, 3, 4 };
            compare(name, &in, &out, skip, 4, -1);
        }
    }

    struct cpu in, out;
    fill(&in, 5);
    in.x[1] = 0;
    double one = 1.0, zero = 0.0, two = 2.0;
    in.v[4] = 0;
    memcpy(&in.v[4], &zero, 8);
    in.v[5] = 0;
    memcpy(&in.v[5], &one, 8);
    in.v[2] = 0;
    memcpy(&in.v[2], &two, 8);
    in.fpcr = 0;
    cur_in = &in;
    loop_hits = 0;
    loop_consistent = -1;
    hmode = FLOOP_REWRITE;
    start_ticks();
    frame_floop_run(&in, &out);
    stop_timer();
    double d4;
    memcpy(&d4, &out.v[4], 8);
    printf("E (FP loop, V2 rewritten): interrupted inside the loop: %s, d4 consistent with pc: %s\n",
           yesno(loop_hits == 1), yesno(loop_consistent == 1));
    printf("E: after the loop: v2 zero %s, d4 = x1: %s, nzcv %#llx\n", yesno(out.v[2] == 0),
           yesno(d4 == (double)out.x[1]), (unsigned long long)out.nzcv);
    for (int i = 0; i < 32; i++)
        if (i != 2 && i != 4 && i != 5 && out.v[i] != in.v[i])
            printf("E: v%d changed\n", i);
}

static void part_restart(void)
{
    for (int flags = 0; flags <= SA_RESTART; flags += SA_RESTART) {
        int p[2];
        pipe(p);
        restart_fd_read = (uint64_t)p[0];
        restart_fd_write = p[1];
        restart_seen = 0;
        static char buf[8];
        struct cpu in, out;
        fill(&in, 6);
        in.x[0] = (uint64_t)p[0];
        in.x[1] = (uint64_t)(uintptr_t)buf;
        in.x[2] = 1;
        in.x[8] = 63; /* read */
        hmode = RESTART_WATCH;
        install(SIGALRM, flags);
        start_ticks();
        frame_svc_run(&in, &out);
        stop_timer();
        const char *name = flags ? "F (SA_RESTART)" : "F (no SA_RESTART)";
        printf("%s: frame pc = svc + %d, x0 = %s, x8 = 63: %s; read returned %lld\n", name, restart_pc_at,
               restart_x0_ok == 1 ? "the fd" : restart_x0_ok == 2 ? "-EINTR" : "other", yesno(restart_x8_ok),
               (long long)out.x[0]);
        close(p[0]);
        close(p[1]);
    }
}

static void part_restorer(void)
{
    struct {
        void *handler;
        unsigned long flags;
        void *restorer;
        uint64_t mask;
    } ksa = { frame_handler_stub, SA_SIGINFO | 0x04000000 /* SA_RESTORER */, frame_restorer, 0 };
    long r = syscall(SYS_rt_sigaction, SIGUSR2, &ksa, NULL, 8);
    hmode = OBSERVE;
    memset(&seen, 0, sizeof seen);
    frame_restorer_count = 0;
    raise(SIGUSR2);
    printf("G: rt_sigaction with SA_RESTORER: %ld; x30 at entry is the restorer: %s; it ran: %llu\n", r,
           yesno(seen.entry_x30 == (uint64_t)(uintptr_t)frame_restorer),
           (unsigned long long)frame_restorer_count);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    part_a();
    part_b();
    part_loops();
    part_restart();
    part_restorer();
    printf("done\n");
    return 0;
}
