/*
 * harness.h - assembler macros for ferry's per-instruction tests.
 *
 * A test is a freestanding AArch64 program (no libc) that sets registers,
 * runs the instruction under test and prints the registers it cares about:
 *
 *     #include "harness.h"
 *     START
 *         MOV64   x0, 0xffffffffffffffff
 *         mov     x1, #1
 *         adds    x2, x0, x1
 *         CHECK   "adds-carry", x2
 *         EXIT
 *
 * prints   adds-carry x2=0000000000000000 nzcv=6
 *
 * The expected output (tests/asm/NAME.expected) comes from qemu-aarch64
 * through `make expected`; never write it by hand from ferry's output.
 *
 * Macros
 *   START                 defines _start, zeroes x0-x30 and NZCV.
 *   CHECK "label", regs.. prints "label r=HEX ... nzcv=N" on one line.
 *                         regs: x0-x30 (16 digits), w0-w30 (8 digits),
 *                         q0-q31 (32 digits, most significant first),
 *                         d0-d31 (16), s0-s31 (8), fpsr, fpcr (8 digits).
 *                         nzcv is one hex digit: N=8 Z=4 C=2 V=1.
 *   DUMP "label", regs..  the same as CHECK.
 *   PRINT "text"          prints "text" on its own line (no registers).
 *   MOV64 xN, imm         loads any 64-bit constant with movz/movk.
 *   LOADADDR xN, sym      xN = address of sym (adrp + add).
 *   EXIT [code]           exit(code) via the exit syscall, default 0.
 *   h_scratch             4096-byte, 4096-aligned zeroed buffer in .bss
 *                         (defined in harness.S) for load/store tests.
 *
 * CHECK and PRINT preserve every general register, NZCV, the vector
 * registers, FPSR and FPCR, so checks can be chained freely.  They use
 * up to ~1 KiB of stack below sp (and 16 bytes per vector register named).
 * The label must not contain '"' or '\' and should have no spaces, so
 * that a line's first word names it.
 */
#ifndef FERRY_TEST_HARNESS_H
#define FERRY_TEST_HARNESS_H

/* Descriptor opcodes understood by __h_dump (harness.S).  Bytes >= 0x20
 * are copied literally; the first byte of a descriptor is the number of
 * 16-byte vector slots that the caller pushed. */
#define H_OP_END   0
#define H_OP_X     1   /* next byte: register number, 16 hex digits */
#define H_OP_W     2   /* next byte: register number, 8 hex digits */
#define H_OP_Q     3   /* next byte: vector slot, 32 hex digits */
#define H_OP_D     4   /* next byte: vector slot, 16 hex digits */
#define H_OP_S     5   /* next byte: vector slot, 8 hex digits */
#define H_OP_FPSR  6   /* next byte: unused, 8 hex digits */
#define H_OP_FPCR  7   /* next byte: unused, 8 hex digits */
#define H_OP_NZCV  8   /* no operand, 1 hex digit */

#ifdef __ASSEMBLER__

        /* Non-executable stack, and no linker warning about it. */
        .pushsection .note.GNU-stack, "", %progbits
        .popsection

/* Register name -> (opcode << 8 | number); vectors get their slot later. */
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30
        .set .Lh_reg_x\n, (H_OP_X << 8) | \n
        .set .Lh_reg_w\n, (H_OP_W << 8) | \n
        .endr
        .set .Lh_reg_fpsr, (H_OP_FPSR << 8)
        .set .Lh_reg_fpcr, (H_OP_FPCR << 8)

        .macro START
        .text
        .globl  _start
        .type   _start, %function
        .p2align 2
_start:
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30
        mov     x\n, #0
        .endr
        msr     nzcv, xzr
        .endm

        .macro EXIT code=0
        mov     x0, #\code
        mov     x8, #93                 /* exit */
        svc     #0
        .endm

        .macro MOV64 reg:req, imm:req
        movz    \reg, #((\imm) & 0xffff)
        movk    \reg, #(((\imm) >> 16) & 0xffff), lsl #16
        movk    \reg, #(((\imm) >> 32) & 0xffff), lsl #32
        movk    \reg, #(((\imm) >> 48) & 0xffff), lsl #48
        .endm

        .macro LOADADDR reg:req, sym:req
        adrp    \reg, \sym
        add     \reg, \reg, #:lo12:\sym
        .endm

/* Internal: emit descriptor bytes for one register name. */
        .macro _H_DESC_REG r
        .set    .Lh_isvec, 0
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .ifc \r, q\n
        .byte   H_OP_Q, .Lh_nvec - 1 - .Lh_kvec
        .set    .Lh_isvec, 1
        .endif
        .ifc \r, d\n
        .byte   H_OP_D, .Lh_nvec - 1 - .Lh_kvec
        .set    .Lh_isvec, 1
        .endif
        .ifc \r, s\n
        .byte   H_OP_S, .Lh_nvec - 1 - .Lh_kvec
        .set    .Lh_isvec, 1
        .endif
        .endr
        .if .Lh_isvec
        .set    .Lh_kvec, .Lh_kvec + 1
        .else
        .byte   (.Lh_reg_\r >> 8), (.Lh_reg_\r & 0xff)
        .endif
        .endm

/* Internal: push the full vector register behind q/d/s names, in order. */
        .macro _H_PUSH_VEC r
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .ifc \r, q\n
        str     q\n, [sp, #-16]!
        .endif
        .ifc \r, d\n
        str     q\n, [sp, #-16]!
        .endif
        .ifc \r, s\n
        str     q\n, [sp, #-16]!
        .endif
        .endr
        .endm

        .macro _H_COUNT_VEC r
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .ifc \r, q\n
        .set    .Lh_nvec, .Lh_nvec + 1
        .endif
        .ifc \r, d\n
        .set    .Lh_nvec, .Lh_nvec + 1
        .endif
        .ifc \r, s\n
        .set    .Lh_nvec, .Lh_nvec + 1
        .endif
        .endr
        .endm

/* Internal: call the dump routine with descriptor \desc, \nvec slots pushed. */
        .macro _H_CALL desc, nvec, regs:vararg
        stp     x0, x30, [sp, #-16]!
        .ifnb \regs
        .irp r, \regs
        _H_PUSH_VEC \r
        .endr
        .endif
        adr     x0, \desc
        bl      __h_dump
        .if \nvec
        add     sp, sp, #(16 * (\nvec))
        .endif
        ldp     x0, x30, [sp], #16
        .endm

        .macro CHECK label:req, regs:vararg
        .set    .Lh_nvec, 0
        .ifnb \regs
        .irp r, \regs
        _H_COUNT_VEC \r
        .endr
        .endif
        .set    .Lh_kvec, 0
        .pushsection .rodata.harness, "a"
.Lh_desc\@:
        .byte   .Lh_nvec
        .ascii  "\label"
        .ifnb \regs
        .irp r, \regs
        .ascii  " \r="
        _H_DESC_REG \r
        .endr
        .endif
        .ascii  " nzcv="
        .byte   H_OP_NZCV, H_OP_END
        .popsection
        _H_CALL .Lh_desc\@, .Lh_nvec, \regs
        .endm

        /* DUMP is another name for CHECK. */
        .macro DUMP label:req, regs:vararg
        CHECK   "\label", \regs
        .endm

        .macro PRINT text:req
        .pushsection .rodata.harness, "a"
.Lh_desc\@:
        .byte   0
        .ascii  "\text"
        .byte   H_OP_END
        .popsection
        _H_CALL .Lh_desc\@, 0
        .endm

#endif /* __ASSEMBLER__ */
#endif /* FERRY_TEST_HARNESS_H */
