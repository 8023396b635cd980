// Traces: a unit runs on through the fall-through side of conditional
// branches into the blocks after them (dbt/region.c, trace_form), and
// those blocks keep NZCV in host flags.  Here one compare's flags are read
// after each of five conditional branches in a row (more than a trace
// holds, so the last reader is past the trace's end), on the fall-through
// side, by conditions on each flag (EQ, LT, HI, LO, VS, MI) and by ADC.
// The taken targets set flags of their own first, so that only the
// fall-through side needs the compare's: kept in host flags within the
// trace, saved before the branch that leaves it for block 4 (a unit of
// its own, which reads them from memory: where the dump routine's NZCV
// would be if they were not).  Oracle: qemu-aarch64 (make expected).
#include "harness.h"

.macro PROBE label, a, b
        MOV64   x0, \a
        MOV64   x1, \b
        bl      probe
        CHECK   "\label", x2, x3, x4, x5
.endm

START
        PROBE   "lt", 5, 7
        PROBE   "eq", 7, 7
        PROBE   "gt", 9, 7
        PROBE   "neg-lo", -1, 7
        PROBE   "neg-hi", 7, -1
        PROBE   "ovf", 0x8000000000000000, 1
        PROBE   "ovf2", 0x7fffffffffffffff, -1
        PROBE   "zero", 0, 0
        EXIT

probe:
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x5, #0
        cmp     x0, x1
        b.eq    1f              // block 0 ends
        cset    x2, lt          // block 1: flags from block 0
        b.vs    2f
        cset    x3, hi          // block 2
        b.lo    3f
        cset    x4, mi          // block 3
        b.gt    4f
        adc     x5, xzr, xzr    // block 4, past the trace: C
        b.pl    5f
        cinc    x5, x5, vc      // block 5
        ret
1:      tst     x0, #1          // the taken targets set flags of
        cset    x2, eq          // their own before reading them
        cset    x3, hs
        ret
2:      cmp     xzr, xzr
        mov     x3, #0x22
        cset    x4, eq
        ret
3:      cmn     x0, #0
        mov     x4, #0x33
        cset    x5, cs
        ret
4:      adds    x4, xzr, xzr
        mov     x5, #0x44
        csinc   x5, x5, x5, eq
        ret
5:      cset    x5, ge
        cinc    x5, x5, ls
        ret
