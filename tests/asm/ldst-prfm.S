// PRFM in every form (unsigned offset, PRFUM, register offset with each
// extend, literal) and every prfop, on addresses that would fault if
// accessed: NULL, unmapped, kernel and non-canonical ones, and a tagged
// pointer.  A prefetch is a hint: it never faults and changes no register
// or flag (Arm ARM C6.2, PRFM).  ferry turns the data prefetches into x86
// PREFETCHh (cli/prfm-hints checks that); this checks they stay harmless.
// Oracle: qemu-aarch64 (make expected).
#include "harness.h"

// Every prfop 0-31 at [base, #0]: the assembler spells unallocated ones #N.
.macro ALL_OPS base
        .irp op, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        prfm    #\op, [\base]
        .endr
.endm

START
        LOADADDR x9, h_scratch
        mov     x10, #0                         // NULL
        MOV64   x11, 0x0000700000000000         // unmapped user address
        MOV64   x12, 0xffff800000000000         // kernel half
        MOV64   x13, 0x0123456789abcdef         // non-canonical for x86
        MOV64   x14, 0x5a00000000000000         // tag on top of ...
        orr     x14, x14, x9                    // ... h_scratch
        mov     x15, #-1
        mov     x16, #8
        MOV64   x17, 0xfffffff8                 // -8 as a W register
        adds    x0, x15, #1                     // NZCV = Z and C
        CHECK   "before", x9, x10, x11, x12, x13, x14, x15, x16, x17

        ALL_OPS x9
        ALL_OPS x10
        ALL_OPS x11
        ALL_OPS x12
        ALL_OPS x13
        ALL_OPS x14
        ALL_OPS x15
        CHECK   "uimm0", x9, x10, x11, x12, x13, x14, x15

        prfm    pldl1keep, [x9, #32760]
        prfm    pldl2keep, [x10, #4096]
        prfm    pldl3strm, [x11, #8]
        prfm    pstl1keep, [x12, #16]
        prfm    pstl1strm, [x13, #24]
        prfm    pstl2keep, [x14, #32]
        prfm    pstl3keep, [x15, #8]
        prfm    plil1keep, [x9, #64]
        CHECK   "uimm", x9, x10, x11, x12, x13, x14, x15

        prfum   pldl1keep, [x9, #-256]
        prfum   pldl1strm, [x10, #-1]
        prfum   pldl2keep, [x11, #255]
        prfum   pstl1keep, [x12, #-7]
        prfum   pstl3strm, [x13, #3]
        prfum   pldl3keep, [x14, #-128]
        prfum   plil2keep, [x15, #1]
        CHECK   "prfum", x9, x10, x11, x12, x13, x14, x15

        prfm    pldl1keep, [x9, x16]
        prfm    pldl1keep, [x9, x16, lsl #3]
        prfm    pldl2strm, [x10, w17, uxtw]
        prfm    pldl3keep, [x11, w17, sxtw]
        prfm    pstl1keep, [x12, w17, sxtw #3]
        prfm    pstl2keep, [x13, x15, sxtx]
        prfm    pstl3strm, [x14, x15, sxtx #3]
        prfm    pldl1keep, [x15, x16]
        prfm    pldl1keep, [sp, x16]
        prfm    plil3strm, [x9, x17]
        CHECK   "reg", x9, x10, x11, x12, x13, x14, x15, x16, x17

        prfm    pldl1keep, 1f
        prfm    pstl2strm, 1f
        prfm    pldl3strm, 1f
        prfm    plil1keep, 1f
        prfm    #24, 1f
1:      CHECK   "literal", x9, x10, x11, x12, x13, x14, x15, x16, x17

        // In a loop, so that the region translator sees them too.
        mov     x1, #100
        mov     x2, #0
2:      prfm    pldl1keep, [x10, x2]
        prfm    pstl1keep, [x13, x2, lsl #3]
        ldr     x3, [x9]
        add     x2, x2, x3
        add     x2, x2, #64
        subs    x1, x1, #1
        b.ne    2b
        CHECK   "loop", x1, x2, x3
        EXIT
