/* Exact conversions between half precision and single or double (the Arm
 * ARM's FPConvert), for what the host's F16C instructions cannot do:
 * FPCR.AHP (alternative half precision), FPCR.DN for NaN results, and
 * double -> half in one rounding.  Used by the scalar FCVT slow paths
 * (trans_fp_cvt.c) and by the AdvSIMD interpreter for FCVTL/FCVTN
 * (trans_simd_slow_fp.c). */
#ifndef FERRY_TRANS_FP_HALF_H
#define FERRY_TRANS_FP_HALF_H

#include <stdint.h>

#include "dbt/cpu.h"

/* FPConvert(x) from one ftype to another (FT_SINGLE, FT_DOUBLE, FT_HALF
 * of trans_fp.h), with rounding, AHP, DN and FZ from cpu->fpcr; the
 * cumulative exception flags go to cpu->fpsr. */
uint64_t fp_convert_half(struct cpu_state *cpu, uint64_t x, int from, int to);

#endif
