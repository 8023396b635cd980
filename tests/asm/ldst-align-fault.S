/* ldst-align-fault.S - exclusive, acquire/release and atomic accesses
 * must be aligned to their size: aligned ones at every size work
 * (byte ones are always aligned), and then a misaligned LDAXR is an
 * alignment fault, which the kernel turns into SIGBUS. */
#include "harness.h"

        .arch   armv8.4-a

START
        LOADADDR x20, h_scratch
        mov     x1, #5
        ldaxrb  w2, [x20, #0]
        add     x21, x20, #1
        ldarb   w3, [x21]               /* a byte: aligned anywhere */
        add     x21, x20, #2
        ldarh   w4, [x21]
        stlr    w1, [x20, #0]
        ldadd   x1, x5, [x20]
        cas     x5, x6, [x20]
        add     x21, x20, #8
        ldapur  w7, [x21, #-4]          /* base + offset is what counts */
        ldxp    x8, x9, [x20]
        CHECK   "aligned", x2, x3, x4, x5, x6, x7, x8, x9
        add     x21, x20, #4
        ldaxr   x10, [x21]              /* 8 bytes at 4 mod 8: SIGBUS */
        PRINT   "not reached"
        EXIT
