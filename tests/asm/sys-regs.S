/* System instructions: TPIDR_EL0, NZCV and FPCR moves, hints, barriers,
 * CLREX, CNTVCT, and DC ZVA.  Identification register values are the
 * emulator's choice, so DC ZVA is checked against the block size DCZID_EL0
 * reports rather than against a fixed size. */
#include "harness.h"
START
    MOV64   x1, 0x0123456789abcdef
    msr     tpidr_el0, x1
    mrs     x0, tpidr_el0
    CHECK   "tpidr", x0

    /* Every NZCV value through MSR and back through MRS and B.cond. */
    mov     x2, #0
1:  lsl     x3, x2, #28
    msr     nzcv, x3
    mrs     x4, nzcv
    cset    w5, hi
    cset    w6, ge
    CHECK   "nzcv", x4, w5, w6
    add     x2, x2, #1
    cmp     x2, #16
    b.ne    1b

    /* FPCR: rounding mode, FZ and DN round trip. */
    MOV64   x1, 0x03c00000
    msr     fpcr, x1
    mrs     x0, fpcr
    CHECK   "fpcr", x0
    msr     fpcr, xzr
    mrs     x0, fpcr
    CHECK   "fpcr-clear", x0

    /* Hints and barriers change nothing visible, flags included. */
    MOV64   x30, 0x400000
    mov     x1, #0x60000000
    msr     nzcv, x1
    nop
    yield
    hint    #34            /* bti c */
    paciasp
    autiasp
    dmb     ish
    dmb     ishld
    dsb     sy
    isb
    CHECK   "hints", x30

    /* CLREX between LDXR and STXR makes the store fail. */
    LOADADDR x9, h_scratch
    ldxr    x1, [x9]
    clrex
    stxr    w2, x1, [x9]
    CHECK   "clrex", w2
    ldxr    x1, [x9]
    stxr    w2, x1, [x9]
    CHECK   "ldxr-stxr", w2

    /* The virtual counter never goes backwards; its frequency is set. */
    mrs     x1, cntvct_el0
    mrs     x2, cntvct_el0
    cmp     x2, x1
    cset    w3, hs
    mrs     x4, cntfrq_el0
    cmp     x4, #0
    cset    w5, ne
    CHECK   "cntvct", w3, w5

    /* DC ZVA zeroes exactly the aligned block DCZID_EL0 describes. */
    mrs     x1, dczid_el0
    and     x2, x1, #0xf
    mov     x3, #4
    lsl     x3, x3, x2          /* block size in bytes */
    and     x4, x1, #0x10       /* DZP: 0 means allowed */
    LOADADDR x9, h_scratch
    mov     x5, #0
    mov     w6, #0xa5
2:  strb    w6, [x9, x5]
    add     x5, x5, #1
    cmp     x5, #4096
    b.ne    2b
    add     x10, x9, #2048
    add     x11, x10, #5        /* an unaligned address inside the block */
    dc      zva, x11
    /* count zero bytes inside [x10, x10+size) and non-zero bytes elsewhere */
    mov     x5, #0
    mov     x7, #0              /* wrong bytes */
3:  ldrb    w6, [x9, x5]
    add     x8, x9, x5
    sub     x8, x8, x10
    cmp     x8, x3
    cset    w12, lo             /* inside the block (unsigned compare) */
    cmp     w6, #0
    cset    w13, eq             /* byte is zero */
    cmp     w12, w13
    cinc    x7, x7, ne
    add     x5, x5, #1
    cmp     x5, #4096
    b.ne    3b
    CHECK   "dc-zva", x4, x7

    /* Cache maintenance by address is accepted at EL0. */
    dc      cvau, x9
    dc      civac, x9
    ic      ivau, x9
    dsb     ish
    isb
    PRINT   "done"
    EXIT
