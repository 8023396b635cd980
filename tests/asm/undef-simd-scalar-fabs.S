/* undef-simd-scalar-fabs.S - AdvSIMD "scalar two-register misc" has only
 * the FP conversions, compares with zero and estimates; FABS, FNEG,
 * FSQRT and FRINT* are vector only, unallocated as scalars and UNDEFINED
 * in every architecture version.  Here: "FABS s0, s1" in the AdvSIMD
 * scalar encoding (0x5ea0f820), after a scalar FRECPE.
 *
 * Oracle: qemu-aarch64 (make expected). */
#include "harness.h"

START
        fmov    s1, #-2.0
        frecpe  s0, s1                          /* allocated */
        CHECK   "frecpe", s0
        .inst   0x5ea0f820                      /* unallocated: SIGILL */
        PRINT   "not reached"
        EXIT
