/* ferry-test: expected-by-hand (see below)
 * sys-idregs-linux.S - MRS of the ID register space as Linux emulates it
 * for EL0 (HWCAP_CPUID): op0=3, op1=0, CRn=0 and CRm=0 (MIDR, MPIDR,
 * REVIDR), CRm=2..7, where registers the kernel does not track read as
 * zero (here S3_0_C0_C2_0, ID_ISAR0_EL1 of AArch32, and S3_0_C0_C7_7);
 * any other CRm, here S3_0_C0_C8_0, raises SIGILL.
 *
 * Oracle: Linux's documented ABI (Documentation/arch/arm64/
 * cpu-feature-registers.rst, "the infrastructure emulates only the
 * following system register space: Op0=3, Op1=0, CRn=0, CRm=0,2,3,4,5,6,7";
 * untracked registers are RAZ), expected output written by hand:
 * qemu-aarch64 raises SIGILL for CRm=2 and 3 as well. */
#include "harness.h"

START
        mov     x0, #-1
        mov     x1, #-1
        mrs     x0, s3_0_c0_c2_0                /* ID_ISAR0_EL1: RAZ */
        mrs     x1, s3_0_c0_c7_7                /* reserved: RAZ */
        mrs     x2, mpidr_el1                   /* bit 31 only */
        CHECK   "raz", x0, x1, x2
        mrs     x3, s3_0_c0_c8_0                /* not emulated: SIGILL */
        PRINT   "not reached"
        EXIT
