/* ferry-test: expected-by-hand (see below)
 * undef-pmull1q.S - PMULL/PMULL2 with the 1Q arrangement (64 x 64 ->
 * 128-bit polynomial multiply) are FEAT_PMULL, part of the cryptographic
 * extension, which ferry does not advertise (no HWCAP_PMULL,
 * ID_AA64ISAR0.AES = 0): UNDEFINED, so the program dies of SIGILL there.
 * The 8B/16B forms are base ARMv8.0 and keep working.
 *
 * Oracle: the Arm ARM (PMULL: size == '11' && !IsFeatureImplemented(
 * FEAT_PMULL) -> UNDEFINED) for the SIGILL; the line before it from
 * qemu-aarch64, by hand (every qemu CPU model has FEAT_PMULL, so `make
 * expected` cannot produce this file). */
#include "harness.h"

        .arch   armv8-a+crypto

START
        movi    v1.16b, #3
        movi    v2.16b, #7
        pmull2  v0.8h, v1.16b, v2.16b           /* base: 0b11 x 0b111 = 0b1001 */
        CHECK   "pmull2-16b", q0
        pmull   v0.1q, v1.1d, v2.1d             /* FEAT_PMULL: SIGILL */
        PRINT   "not reached"
        EXIT
