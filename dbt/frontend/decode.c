/* Instruction decoding: the first matching pattern of the class tables,
 * unless the encoding belongs to an extension ferry does not advertise. */
#include "dbt/translate.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "common/ferry.h"

static const struct a64_pattern *const tables[] = {
    a64_branch_sys_patterns,
    a64_system_patterns,
    a64_dp_imm_patterns,
    a64_dp_reg_patterns,
    a64_ldst_patterns,
    a64_ldst_simd_patterns,
    a64_ldst_excl_patterns,
    a64_atomic_patterns,
    a64_fp_patterns,
    a64_simd_patterns,
};

/* The feature gate.  Programs learn what the CPU has from AT_HWCAP and
 * AT_HWCAP2 (loader/hwcap.c) and the ID registers (MRS, trans_system.c),
 * which promise base ARMv8.0 with FP and AdvSIMD, plus LSE atomics,
 * LRCPC and LRCPC2.  On a CPU without an extension its instructions are
 * UNDEFINED, and a program may rely on that (probing by catching
 * SIGILL), so their encodings must not run here either, even where a
 * class translator could run them (FMOV and FCSEL of H registers,
 * PMULL.1Q, SB, DC CVAP...) or a broad pattern would match them.
 *
 * The list covers, group by group (Arm ARM C4.1, "A64 instruction set
 * encoding"), the EL0 extensions whose encodings lie in the classes ferry
 * decodes: FP16, RDM, DotProd, FHM, FCMA, FRINTTS, JSCVT, BF16, I8MM, the
 * cryptographic extensions, CRC32, FlagM, SB, DPB, ECV.  The encodings of
 * others (PAuth's non-hint forms, MTE, MOPS, LS64, SVE, SME, ...) match no
 * pattern, so they are UNDEFINED anyway.  (LDLAR/STLLR, FEAT_LOR, run:
 * Linux shows no program a hwcap or ID field for them.)  Teaching ferry
 * an extension means deleting its lines here in the same change that
 * advertises it in loader/hwcap.c and the ID registers.  A line with no
 * feature is base ARMv8.0 inside a gated group: the first matching line
 * decides. */
struct gated {
    uint32_t mask, value;
    const char *feature; /* NULL: not gated */
};

static const struct gated gate[] = {
    /* Scalar FP with ftype = 11 (half precision) is FEAT_FP16, except
     * FCVT Sd, Hn and FCVT Dd, Hn. */
    { 0xFFFF7C00, 0x1EE24000, NULL },
    { 0x7EC00000, 0x1EC00000, "FEAT_FP16: scalar half-precision FP" },
    /* AdvSIMD half precision: three same, two-register misc (vector and
     * scalar), across lanes (U = 0), scalar pairwise (U = 0), by element
     * (size = 00: FMLA, FMLS, FMUL, FMULX), FMOV (vector, immediate) with
     * o2 = 1, fixed-point conversions with immh = 001x. */
    { 0x9F60C400, 0x0E400400, "FEAT_FP16: AdvSIMD three same" },
    { 0xDF60C400, 0x5E400400, "FEAT_FP16: AdvSIMD scalar three same" },
    { 0x9F7E0C00, 0x0E780800, "FEAT_FP16: AdvSIMD two-register misc" },
    { 0xDF7E0C00, 0x5E780800, "FEAT_FP16: AdvSIMD scalar two-register misc" },
    { 0xBF3FFC00, 0x0E30C800, "FEAT_FP16: FMAXNMV/FMINNMV (half)" },
    { 0xBF3FFC00, 0x0E30F800, "FEAT_FP16: FMAXV/FMINV (half)" },
    { 0xFF3FCC00, 0x5E30C800, "FEAT_FP16: scalar pairwise (half)" },
    { 0x9FC03400, 0x0F001000, "FEAT_FP16: by element (half)" },
    { 0xDFC03400, 0x5F001000, "FEAT_FP16: scalar by element (half)" },
    { 0xBFF8FC00, 0x0F00FC00, "FEAT_FP16: FMOV (vector, immediate, half)" },
    { 0x9FF0E400, 0x0F10E400, "FEAT_FP16: fixed-point conversions (half)" },
    { 0xDFF0E400, 0x5F10E400, "FEAT_FP16: scalar fixed-point conversions (half)" },
    /* The AdvSIMD three-register extension group: SQRDMLAH/SQRDMLSH
     * (RDM), SDOT/UDOT (DotProd), USDOT/SMMLA/UMMLA/USMMLA (I8MM),
     * FCMLA/FCADD (FCMA), BFDOT/BFMMLA/BFMLAL (BF16). */
    { 0x9F208400, 0x0E008400, "FEAT_RDM/DotProd/I8MM/FCMA/BF16: AdvSIMD three-register extension" },
    { 0xDF208400, 0x5E008400, "FEAT_RDM: SQRDMLAH/SQRDMLSH (scalar)" },
    /* By element: SQRDMLAH/SQRDMLSH (U = 1, opcode 11x1), FCMLA (U = 1,
     * opcode 0xx1), SDOT/UDOT (opcode 1110), SUDOT/USDOT/BFDOT/BFMLAL
     * (U = 0, opcode 1111), FMLAL/FMLSL (U = 0, opcode 0x00) and
     * FMLAL2/FMLSL2 (U = 1, opcode 1x00). */
    { 0xBF00D400, 0x2F00D000, "FEAT_RDM: SQRDMLAH/SQRDMLSH (by element)" },
    { 0xFF00D400, 0x7F00D000, "FEAT_RDM: SQRDMLAH/SQRDMLSH (scalar, by element)" },
    { 0xBF009400, 0x2F001000, "FEAT_FCMA: FCMLA (by element)" },
    { 0x9F00F400, 0x0F00E000, "FEAT_DotProd: SDOT/UDOT (by element)" },
    { 0xBF00F400, 0x0F00F000, "FEAT_I8MM/BF16: SUDOT/USDOT/BFDOT/BFMLAL (by element)" },
    { 0xBF00B400, 0x0F000000, "FEAT_FHM: FMLAL/FMLSL (by element)" },
    { 0xBF00B400, 0x2F008000, "FEAT_FHM: FMLAL2/FMLSL2 (by element)" },
    /* FHM vector forms live in three same: U = 0 opcode 11101 (FMLAL,
     * FMLSL) and U = 1 opcode 11001 (FMLAL2, FMLSL2), unallocated in
     * ARMv8.0 at every size. */
    { 0xBF20FC00, 0x0E20EC00, "FEAT_FHM: FMLAL/FMLSL" },
    { 0xBF20FC00, 0x2E20CC00, "FEAT_FHM: FMLAL2/FMLSL2" },
    /* Two-register misc: FRINT32Z/64Z/32X/64X (a = 0, opcode 1111x),
     * BFCVTN/BFCVTN2 (U = 0, size = 10, opcode 10110). */
    { 0x9FBFEC00, 0x0E21E800, "FEAT_FRINTTS: FRINT32Z/FRINT64Z/FRINT32X/FRINT64X (vector)" },
    { 0xBFFFFC00, 0x0EA16800, "FEAT_BF16: BFCVTN/BFCVTN2" },
    /* Scalar FP: FRINT32Z/64Z/32X/64X (1-source opcode 0100xx), BFCVT,
     * FJCVTZS. */
    { 0xFF3E7C00, 0x1E284000, "FEAT_FRINTTS: FRINT32Z/FRINT64Z/FRINT32X/FRINT64X" },
    { 0xFFFFFC00, 0x1E634000, "FEAT_BF16: BFCVT" },
    { 0xFFFFFC00, 0x1E7E0000, "FEAT_JSCVT: FJCVTZS" },
    /* Cryptography: PMULL/PMULL2 with the 1Q arrangement (size = 11),
     * the AES and SHA groups, and everything with top byte 0xCE (SHA512,
     * SHA3, SM3, SM4). */
    { 0xBFE0FC00, 0x0EE0E000, "FEAT_PMULL: PMULL/PMULL2 (1Q)" },
    { 0xFF3E0C00, 0x4E280800, "FEAT_AES: AESE/AESD/AESMC/AESIMC" },
    { 0xFF208C00, 0x5E000000, "FEAT_SHA1/SHA256: SHA three-register" },
    { 0xFF3E0C00, 0x5E280800, "FEAT_SHA1/SHA256: SHA two-register" },
    { 0xFF000000, 0xCE000000, "FEAT_SHA512/SHA3/SM3/SM4" },
    /* Integer: CRC32 (data-processing 2-source opcode 010xxx), FlagM's
     * RMIF, SETF8, SETF16. */
    { 0x7FE0E000, 0x1AC04000, "FEAT_CRC32: CRC32/CRC32C" },
    { 0xFFE07C10, 0xBA000400, "FEAT_FlagM: RMIF" },
    { 0xFFFFBC1F, 0x3A00080D, "FEAT_FlagM: SETF8/SETF16" },
    /* System: FlagM's CFINV, FlagM2's XAFLAG/AXFLAG (PSTATE forms of MSR
     * immediate), SB, DC CVAP (DPB), DC CVADP (DPB2), the self-synchronised
     * counter views CNTPCTSS_EL0/CNTVCTSS_EL0 (ECV). */
    { 0xFFFFFFFF, 0xD500401F, "FEAT_FlagM: CFINV" },
    { 0xFFFFFFFF, 0xD500403F, "FEAT_FlagM2: XAFLAG" },
    { 0xFFFFFFFF, 0xD500405F, "FEAT_FlagM2: AXFLAG" },
    { 0xFFFFFFFF, 0xD50330FF, "FEAT_SB: SB" },
    { 0xFFFFFFE0, 0xD50B7C20, "FEAT_DPB: DC CVAP" },
    { 0xFFFFFFE0, 0xD50B7D20, "FEAT_DPB2: DC CVADP" },
    { 0xFFFFFFE0, 0xD53BE0A0, "FEAT_ECV: MRS CNTPCTSS_EL0" },
    { 0xFFFFFFE0, 0xD53BE0C0, "FEAT_ECV: MRS CNTVCTSS_EL0" },
};

/* Fast decoding.  Scanning ~200 gate lines and patterns for every
 * instruction was half of all translation time, so the lines are sorted
 * once into buckets by the instruction's top 11 bits: a bucket lists, in
 * the original order, the lines whose fixed bits there agree with the
 * bucket, and decoding scans only that (a handful).  The semantics are
 * those of the plain scan: the first matching gate line decides (refused,
 * or let through to the patterns), then the first matching pattern. */
#define BUCKET_SHIFT 21
#define N_BUCKETS (1u << (32 - BUCKET_SHIFT))

enum line_kind { LINE_PATTERN, LINE_REFUSE, LINE_PASS };
struct line {
    uint32_t mask, value;
    const struct a64_pattern *p;
    enum line_kind kind;
};

/* Each bucket's lines, built when an instruction first needs them (a
 * program meets a few hundred of the 2048 buckets; building all of them
 * up front cost milliseconds at every start). */
static struct bucket {
    const struct line *lines; /* NULL: not built yet */
    uint32_t n;
} buckets[N_BUCKETS];

static bool fits_bucket(uint32_t b, uint32_t mask, uint32_t value)
{
    uint32_t top = b << BUCKET_SHIFT, fixed = mask & ~((1u << BUCKET_SHIFT) - 1);
    return ((top ^ value) & fixed) == 0;
}

/* The lines of the plain scan that can match in bucket b, in order, into
 * out; returns how many. */
static size_t lines_of_bucket(uint32_t b, struct line *out)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof gate / sizeof gate[0]; i++)
        if (fits_bucket(b, gate[i].mask, gate[i].value))
            out[n++] = (struct line){ gate[i].mask, gate[i].value, NULL,
                                      gate[i].feature ? LINE_REFUSE : LINE_PASS };
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (const struct a64_pattern *p = tables[t]; p->trans; p++)
            if (fits_bucket(b, p->mask, p->value))
                out[n++] = (struct line){ p->mask, p->value, p, LINE_PATTERN };
    return n;
}

static size_t count_lines(void)
{
    size_t n = sizeof gate / sizeof gate[0];
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (const struct a64_pattern *p = tables[t]; p->trans; p++)
            n++;
    return n;
}

/* One pass over the lines into room for all of them, then a copy of the
 * bucket's few (the translator runs on one thread, under the cache lock). */
static const struct bucket *build_bucket(uint32_t b)
{
    static struct line *all;
    if (!all && !(all = malloc(count_lines() * sizeof *all)))
        ferry_fatal(70, "out of memory for the decoder");
    size_t n = lines_of_bucket(b, all);
    struct line *l = malloc((n ? n : 1) * sizeof *l);
    if (!l)
        ferry_fatal(70, "out of memory for the decoder");
    memcpy(l, all, n * sizeof *l);
    buckets[b].n = (uint32_t)n;
    buckets[b].lines = l;
    return &buckets[b];
}

const struct a64_pattern *a64_decode(uint32_t insn)
{
    uint32_t b = insn >> BUCKET_SHIFT;
    const struct bucket *bk = buckets[b].lines ? &buckets[b] : build_bucket(b);
    bool gates_done = false;
    for (uint32_t i = 0; i < bk->n; i++) {
        const struct line *l = &bk->lines[i];
        if ((insn & l->mask) != l->value || (gates_done && l->kind != LINE_PATTERN))
            continue;
        if (l->kind == LINE_PATTERN)
            return l->p;
        if (l->kind == LINE_REFUSE)
            return NULL;
        gates_done = true;
    }
    return NULL;
}
