// MRS FPSR a thousand times in a loop, after an inexact FADD set IXC:
// each read sees the cumulative flag.  ferry reads FPSR through a call
// into C, so cli/stats-helpers counts a thousand helper calls here
// under -d stats.  Oracle: qemu-aarch64 (make expected).
#include "harness.h"
START
        fmov    d0, #1.0
        MOV64   x1, 0x3ff0000000000001          // 1 + 2^-52
        fmov    d1, x1
        fmov    d2, #0.5
        fmul    d3, d1, d2
        fadd    d3, d3, d2                      // inexact: sets FPSR.IXC
        mov     x2, #1000
        mov     x3, #0
1:      mrs     x4, fpsr
        add     x3, x3, x4
        subs    x2, x2, #1
        b.ne    1b
        CHECK   "fpsr-sum", x2, x3, x4, d3
        EXIT
