/* undef-simd-scalar-fadd.S - AdvSIMD "scalar three same" has only some FP
 * operations (FMULX, FCMEQ/GE/GT, FACGE/GT, FABD, FRECPS, FRSQRTS); the
 * vector-only ones (FADD, FMLA, FMAX, ...) are unallocated as scalars,
 * UNDEFINED in every architecture version.  Here: "FADD s0, s1, s2" in
 * the AdvSIMD scalar encoding (0x5e22d420), after a scalar FABD.
 *
 * Oracle: qemu-aarch64 (make expected). */
#include "harness.h"

START
        fmov    s1, #1.0
        fmov    s2, #3.0
        fabd    s0, s1, s2                      /* allocated */
        CHECK   "fabd", s0
        .inst   0x5e22d420                      /* unallocated: SIGILL */
        PRINT   "not reached"
        EXIT
