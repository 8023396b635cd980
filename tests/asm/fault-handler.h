/*
 * fault-handler.h - a signal handler for the fault-*.S instruction tests:
 * it prints what the kernel hands a handler for a synchronous fault, then
 * resumes the program where the test says.
 *
 *     #include "harness.h"
 *     #include "fault-handler.h"
 *     START
 *             FAULT_SETUP                  // memory, stack, handlers
 *             FAULT_EXPECT case1, after1   // the next fault: pc printed
 *             SET_REGS 1                   //   relative to case1, resumes
 *     case1:  ldr     x3, [x1]             //   at after1
 *     after1: CHECK   "after", x3
 *
 * FAULT_SETUP maps fixed memory, so every address printed is the same
 * under every emulator and kernel:
 *     FH_DATA  0x10000000  RW page   (filled: word i = 3*i + 1)
 *     FH_HOLE  0x10001000  unmapped
 *     FH_RW2   0x10002000  RW page   (zero)
 *     FH_RO    0x10003000  read-only (filled: word i = 0x3000 + i)
 *     stack    0x10100000-0x10110000, sp = 0x10110000
 *     alternate signal stack 0x10200000-0x10210000 (sigaltstack)
 * and installs fh_handler for SIGSEGV, SIGBUS, SIGILL and SIGTRAP with
 * rt_sigaction (SA_SIGINFO | SA_ONSTACK | SA_RESTORER, its own restorer).
 *
 * For each fault the handler prints, with the harness's CHECK:
 *     signal  x9 = signo, x10 = si_code (0 for SIGILL: qemu 7.2 reports
 *             ILL_ILLOPN where Linux says ILL_ILLOPC, see c/sig-esr),
 *             x11 = si_addr (for SIGILL and SIGTRAP, where it is the pc,
 *             relative to the case label), x12 = pc - the case label, x13 = the
 *             interrupted sp,
 *             x14 = fault_address (SIGSEGV and SIGBUS only: for SIGTRAP
 *             Linux leaves the previous fault's value there)
 *     x0-x7 ... x24-x30   the interrupted x0-x30 from uc_mcontext, with
 *             nzcv = the interrupted NZCV (from pstate)
 *     fpsimd  w0 = magic, w1 = size, w2 = FPSR, w3 = FPCR of the first
 *             __reserved record (fpsimd_context)
 *     v0-v7 ... v24-v31   the interrupted V registers from it
 * and resumes at the FAULT_EXPECT resume label (or, with FAULT_SKIP, at the
 * instruction after the faulting one) through rt_sigreturn, so the code
 * there sees every other register as it was at the fault.
 *
 * SET_REGS k loads x0-x30 with 0xa00k00nn00nn00nn constants (k the set,
 * nn the register number) and V0-V31 from fh_vtable; tests then overwrite
 * the registers they use.
 */
#ifndef FERRY_TEST_FAULT_HANDLER_H
#define FERRY_TEST_FAULT_HANDLER_H

#define FH_DATA   0x10000000
#define FH_HOLE   0x10001000
#define FH_RW2    0x10002000
#define FH_RO     0x10003000
#define FH_STACK  0x10100000
#define FH_STACK_TOP 0x10110000
#define FH_ALTSTACK 0x10200000

/* struct siginfo, struct ucontext (arm64) offsets. */
#define FH_SI_CODE   8
#define FH_SI_ADDR   16
#define FH_UC_FAULT  176
#define FH_UC_REGS   184
#define FH_UC_SP     432
#define FH_UC_PC     440
#define FH_UC_PSTATE 448
#define FH_UC_RESERVED 464

#ifdef __ASSEMBLER__

        .macro FAULT_SETUP
        /* mmap(FH_DATA, 4 pages, RW, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED) */
        MOV64   x0, FH_DATA
        mov     x1, #0x4000
        mov     x2, #3
        mov     x3, #0x32
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        MOV64   x1, FH_DATA
        cmp     x0, x1
        b.eq    .Lfh_mapped\@
        PRINT   "FAULT_SETUP: mmap of the data pages failed"
        EXIT    1
.Lfh_mapped\@:
        MOV64   x0, FH_STACK
        mov     x1, #0x10000
        mov     x2, #3
        mov     x3, #0x32
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        MOV64   x1, FH_STACK
        cmp     x0, x1
        b.eq    .Lfh_stack\@
        PRINT   "FAULT_SETUP: mmap of the stack failed"
        EXIT    1
.Lfh_stack\@:
        MOV64   x0, FH_STACK_TOP
        mov     sp, x0
        /* sigaltstack({FH_ALTSTACK, 0, 0x10000}): the handler runs there,
         * even for a fault through a bad sp. */
        MOV64   x0, FH_ALTSTACK
        mov     x1, #0x10000
        mov     x2, #3
        mov     x3, #0x32
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        MOV64   x1, FH_ALTSTACK
        cmp     x0, x1
        b.eq    .Lfh_alt\@
        PRINT   "FAULT_SETUP: mmap of the alternate stack failed"
        EXIT    1
.Lfh_alt\@:
        sub     sp, sp, #32
        str     x0, [sp]                /* ss_sp */
        str     xzr, [sp, #8]           /* ss_flags (int) and padding */
        mov     x1, #0x10000
        str     x1, [sp, #16]           /* ss_size */
        mov     x0, sp
        mov     x1, #0
        mov     x8, #132                /* sigaltstack */
        svc     #0
        add     sp, sp, #32
        cbz     x0, .Lfh_alt_ok\@
        PRINT   "FAULT_SETUP: sigaltstack failed"
        EXIT    1
.Lfh_alt_ok\@:
        /* Fill the data page and the read-only one. */
        MOV64   x1, FH_DATA
        mov     x2, #0
        mov     x3, #1
.Lfh_fill\@:
        str     x3, [x1, x2, lsl #3]
        add     x3, x3, #3
        add     x2, x2, #1
        cmp     x2, #512
        b.ne    .Lfh_fill\@
        MOV64   x1, FH_RO
        mov     x2, #0
.Lfh_fill2\@:
        add     x3, x2, #0x3000
        str     x3, [x1, x2, lsl #3]
        add     x2, x2, #1
        cmp     x2, #512
        b.ne    .Lfh_fill2\@
        /* munmap(FH_HOLE, 4096), mprotect(FH_RO, 4096, PROT_READ) */
        MOV64   x0, FH_HOLE
        mov     x1, #0x1000
        mov     x8, #215
        svc     #0
        MOV64   x0, FH_RO
        mov     x1, #0x1000
        mov     x2, #1
        mov     x8, #226
        svc     #0
        /* rt_sigaction for SIGILL (4), SIGTRAP (5), SIGBUS (7), SIGSEGV (11):
         * struct {handler, flags, restorer, mask} */
        sub     sp, sp, #32
        adr     x1, fh_handler
        str     x1, [sp]
        mov     x1, #4                  /* SA_SIGINFO */
        movk    x1, #0x0c00, lsl #16    /* SA_ONSTACK | SA_RESTORER */
        str     x1, [sp, #8]
        adr     x1, fh_restorer
        str     x1, [sp, #16]
        str     xzr, [sp, #24]
        .irp    sig, 4, 5, 7, 11
        mov     x0, #\sig
        mov     x1, sp
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
        cbz     x0, .Lfh_sa\@\sig
        PRINT   "FAULT_SETUP: rt_sigaction failed"
        EXIT    1
.Lfh_sa\@\sig:
        .endr
        add     sp, sp, #32
        .endm

/* The next fault's pc is printed relative to \base; the program resumes
 * at \resume.  Uses x16 and x17. */
        .macro FAULT_EXPECT base:req, resume:req
        LOADADDR x16, fh_base
        LOADADDR x17, \base
        str     x17, [x16]
        LOADADDR x16, fh_resume
        LOADADDR x17, \resume
        str     x17, [x16]
        .endm

/* The same, resuming at the instruction after the faulting one. */
        .macro FAULT_SKIP base:req
        LOADADDR x16, fh_base
        LOADADDR x17, \base
        str     x17, [x16]
        LOADADDR x16, fh_resume
        str     xzr, [x16]
        .endm

        .macro SET_REGS k:req
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28
        MOV64   x\n, (0xa000000000000000 | ((\k) << 48) | (\n << 32) | (\n << 16) | \n)
        .endr
        LOADADDR x29, fh_vtable
        ldp     q0, q1, [x29, #0]
        ldp     q2, q3, [x29, #32]
        ldp     q4, q5, [x29, #64]
        ldp     q6, q7, [x29, #96]
        ldp     q8, q9, [x29, #128]
        ldp     q10, q11, [x29, #160]
        ldp     q12, q13, [x29, #192]
        ldp     q14, q15, [x29, #224]
        ldp     q16, q17, [x29, #256]
        ldp     q18, q19, [x29, #288]
        ldp     q20, q21, [x29, #320]
        ldp     q22, q23, [x29, #352]
        ldp     q24, q25, [x29, #384]
        ldp     q26, q27, [x29, #416]
        ldp     q28, q29, [x29, #448]
        ldp     q30, q31, [x29, #480]
        MOV64   x29, (0xa000000000000000 | ((\k) << 48) | (29 << 32) | (29 << 16) | 29)
        MOV64   x30, (0xa000000000000000 | ((\k) << 48) | (30 << 32) | (30 << 16) | 30)
        .endm

        .pushsection .rodata.fault, "a"
        .p2align 4
fh_vtable:
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad   0x1111000000000000 | (\n << 8) | \n
        .quad   0x2222000000000000 | (\n << 8) | \n
        .endr
        .popsection

        .pushsection .bss.fault, "aw", %nobits
        .p2align 3
fh_base:   .skip 8
fh_resume: .skip 8
fh_uc:     .skip 8
        .popsection

        .text
        .p2align 2
fh_restorer:
        mov     x8, #139                /* rt_sigreturn */
        svc     #0

/* x0 = signo, x1 = siginfo, x2 = ucontext.  Everything is printed from
 * memory, so the handler's own registers do not matter; it ends with
 * rt_sigreturn itself (sp is the frame, as at entry). */
        .p2align 2
fh_handler:
        LOADADDR x3, fh_uc
        str     x2, [x3]
        mov     x19, x2
        mov     x20, x1
        mov     x9, x0
        ldrsw   x10, [x20, #FH_SI_CODE]
        cmp     x9, #4
        b.ne    1f
        mov     x10, #0
1:      ldr     x11, [x20, #FH_SI_ADDR]
        ldr     x12, [x19, #FH_UC_PC]
        LOADADDR x13, fh_base
        ldr     x13, [x13]
        sub     x12, x12, x13
        cmp     x9, #4                  /* SIGILL, SIGTRAP: si_addr is the pc, */
        b.eq    4f                      /* printed relative to the case label */
        cmp     x9, #5
        b.ne    5f
4:      sub     x11, x11, x13
5:      ldr     x13, [x19, #FH_UC_SP]
        ldr     x14, [x19, #FH_UC_FAULT]
        cmp     x9, #11
        b.eq    2f
        cmp     x9, #7
        b.eq    2f
        mov     x14, #0
2:      msr     nzcv, xzr
        CHECK   "signal", x9, x10, x11, x12, x13, x14

        ldr     x0, [x19, #FH_UC_PSTATE]
        msr     nzcv, x0
        add     x30, x19, #FH_UC_REGS
        ldp     x0, x1, [x30, #0]
        ldp     x2, x3, [x30, #16]
        ldp     x4, x5, [x30, #32]
        ldp     x6, x7, [x30, #48]
        ldp     x8, x9, [x30, #64]
        ldp     x10, x11, [x30, #80]
        ldp     x12, x13, [x30, #96]
        ldp     x14, x15, [x30, #112]
        ldp     x16, x17, [x30, #128]
        ldp     x18, x19, [x30, #144]
        ldp     x20, x21, [x30, #160]
        ldp     x22, x23, [x30, #176]
        ldp     x24, x25, [x30, #192]
        ldp     x26, x27, [x30, #208]
        ldp     x28, x29, [x30, #224]
        ldr     x30, [x30, #240]
        CHECK   "x0-x7", x0, x1, x2, x3, x4, x5, x6, x7
        CHECK   "x8-x15", x8, x9, x10, x11, x12, x13, x14, x15
        CHECK   "x16-x23", x16, x17, x18, x19, x20, x21, x22, x23
        CHECK   "x24-x30", x24, x25, x26, x27, x28, x29, x30

        LOADADDR x19, fh_uc
        ldr     x19, [x19]
        add     x20, x19, #FH_UC_RESERVED
        ldr     w0, [x20, #0]
        ldr     w1, [x20, #4]
        ldr     w2, [x20, #8]
        ldr     w3, [x20, #12]
        msr     nzcv, xzr
        CHECK   "fpsimd", w0, w1, w2, w3
        add     x21, x20, #16
        ldp     q0, q1, [x21, #0]
        ldp     q2, q3, [x21, #32]
        ldp     q4, q5, [x21, #64]
        ldp     q6, q7, [x21, #96]
        ldp     q8, q9, [x21, #128]
        ldp     q10, q11, [x21, #160]
        ldp     q12, q13, [x21, #192]
        ldp     q14, q15, [x21, #224]
        ldp     q16, q17, [x21, #256]
        ldp     q18, q19, [x21, #288]
        ldp     q20, q21, [x21, #320]
        ldp     q22, q23, [x21, #352]
        ldp     q24, q25, [x21, #384]
        ldp     q26, q27, [x21, #416]
        ldp     q28, q29, [x21, #448]
        ldp     q30, q31, [x21, #480]
        CHECK   "v0-v7", q0, q1, q2, q3, q4, q5, q6, q7
        CHECK   "v8-v15", q8, q9, q10, q11, q12, q13, q14, q15
        CHECK   "v16-v23", q16, q17, q18, q19, q20, q21, q22, q23
        CHECK   "v24-v31", q24, q25, q26, q27, q28, q29, q30, q31

        LOADADDR x0, fh_resume
        ldr     x0, [x0]
        cbnz    x0, 3f
        ldr     x0, [x19, #FH_UC_PC]
        add     x0, x0, #4
3:      str     x0, [x19, #FH_UC_PC]
        mov     x8, #139                /* rt_sigreturn: sp is the frame */
        svc     #0

#endif /* __ASSEMBLER__ */
#endif /* FERRY_TEST_FAULT_HANDLER_H */
