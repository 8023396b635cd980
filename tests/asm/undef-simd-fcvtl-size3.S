/* undef-simd-fcvtl-size3.S - FCVTL/FCVTN take size = 0x (half <-> single,
 * single <-> double); with size = 1x the encodings are BFCVTN (FEAT_BF16,
 * not advertised: undef-bf16-bfcvtn.S) or unallocated, UNDEFINED.  Here:
 * FCVTL2 with size = 11 (0x4ee17820), after a real FCVTL2.
 *
 * Oracle: qemu-aarch64 (make expected). */
#include "harness.h"

START
        fmov    v1.4s, #1.0
        fcvtl2  v0.2d, v1.4s                    /* allocated */
        CHECK   "fcvtl2", q0
        .inst   0x4ee17820                      /* unallocated: SIGILL */
        PRINT   "not reached"
        EXIT
