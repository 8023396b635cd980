/* hwcap-idregs.c - AT_HWCAP and AT_HWCAP2 agree with the ID registers.
 * Linux sets HWCAP_CPUID and emulates MRS of the ID registers for EL0;
 * each hwcap bit is then exactly "this ID register field is at least
 * this value" (arm64_elf_hwcaps in arch/arm64/kernel/cpufeature.c), and
 * programs rely on both views saying the same.  Prints agreement, not
 * the values, which depend on the CPU (plus the fields Linux shows the
 * same on every CPU).
 * Oracle: qemu-aarch64 as a Cortex-A57 (QEMU_CPU=cortex-a57 make expected
 * FILTER=c/hwcap-idregs); qemu 7.2's default "max" CPU leaves HWCAP_DIT,
 * HWCAP_SSBS and HWCAP2_DGH out of AT_HWCAP although its ID registers
 * have them, which this test reports.
 * ferry-test: arch-specific (MRS of AArch64 ID registers, arm64 hwcaps) */
#include <stdint.h>
#include <stdio.h>
#include <sys/auxv.h>

#define MRS(name) ({ uint64_t v_; __asm__ volatile("mrs %0, " name : "=r"(v_)); v_; })

enum idreg { PFR0, PFR1, ISAR0, ISAR1, ISAR2, MMFR0, MMFR1, MMFR2, ZFR0, N_IDREGS };

struct hwcap_rule {
    const char *name;
    int hwcap2;             /* in AT_HWCAP2 */
    int bit;
    enum idreg reg;
    int shift;
    int min;                /* the field is at least this */
    int is_signed;          /* 4-bit signed field (0xf = -1 = absent) */
};

static const struct hwcap_rule rules[] = {
    { "FP", 0, 0, PFR0, 16, 0, 1 },
    { "ASIMD", 0, 1, PFR0, 20, 0, 1 },
    { "AES", 0, 3, ISAR0, 4, 1, 0 },
    { "PMULL", 0, 4, ISAR0, 4, 2, 0 },
    { "SHA1", 0, 5, ISAR0, 8, 1, 0 },
    { "SHA2", 0, 6, ISAR0, 12, 1, 0 },
    { "CRC32", 0, 7, ISAR0, 16, 1, 0 },
    { "ATOMICS", 0, 8, ISAR0, 20, 2, 0 },
    { "FPHP", 0, 9, PFR0, 16, 1, 1 },
    { "ASIMDHP", 0, 10, PFR0, 20, 1, 1 },
    { "ASIMDRDM", 0, 12, ISAR0, 28, 1, 0 },
    { "JSCVT", 0, 13, ISAR1, 12, 1, 0 },
    { "FCMA", 0, 14, ISAR1, 16, 1, 0 },
    { "LRCPC", 0, 15, ISAR1, 20, 1, 0 },
    { "DCPOP", 0, 16, ISAR1, 0, 1, 0 },
    { "SHA3", 0, 17, ISAR0, 32, 1, 0 },
    { "SM3", 0, 18, ISAR0, 36, 1, 0 },
    { "SM4", 0, 19, ISAR0, 40, 1, 0 },
    { "ASIMDDP", 0, 20, ISAR0, 44, 1, 0 },
    { "SHA512", 0, 21, ISAR0, 12, 2, 0 },
    { "SVE", 0, 22, PFR0, 32, 1, 0 },
    { "ASIMDFHM", 0, 23, ISAR0, 48, 1, 0 },
    { "DIT", 0, 24, PFR0, 48, 1, 0 },
    { "USCAT", 0, 25, MMFR2, 32, 1, 0 },
    { "ILRCPC", 0, 26, ISAR1, 20, 2, 0 },
    { "FLAGM", 0, 27, ISAR0, 52, 1, 0 },
    { "SSBS", 0, 28, PFR1, 4, 2, 0 },
    { "SB", 0, 29, ISAR1, 36, 1, 0 },
    { "DCPODP", 1, 0, ISAR1, 0, 2, 0 },
    { "SVE2", 1, 1, ZFR0, 0, 1, 0 },
    { "FLAGM2", 1, 7, ISAR0, 52, 2, 0 },
    { "FRINT", 1, 8, ISAR1, 32, 1, 0 },
    { "I8MM", 1, 13, ISAR1, 52, 1, 0 },
    { "BF16", 1, 14, ISAR1, 44, 1, 0 },
    { "DGH", 1, 15, ISAR1, 48, 1, 0 },
    { "RNG", 1, 16, ISAR0, 60, 1, 0 },
    { "BTI", 1, 17, PFR1, 0, 1, 0 },
    { "MTE", 1, 18, PFR1, 8, 2, 0 },
    { "ECV", 1, 19, MMFR0, 60, 1, 0 },
};

static int field(uint64_t reg, int shift, int is_signed)
{
    int f = (int)((reg >> shift) & 0xf);
    return is_signed && f >= 8 ? f - 16 : f;
}

int main(void)
{
    unsigned long hwcap = getauxval(AT_HWCAP), hwcap2 = getauxval(AT_HWCAP2);
    printf("HWCAP_CPUID: %s\n", (hwcap >> 11) & 1 ? "yes" : "no");
    if (!((hwcap >> 11) & 1))
        return 1; /* MRS of the ID registers would be SIGILL */

    uint64_t id[N_IDREGS];
    id[PFR0] = MRS("S3_0_C0_C4_0");
    id[PFR1] = MRS("S3_0_C0_C4_1");
    id[ZFR0] = MRS("S3_0_C0_C4_4");
    id[ISAR0] = MRS("S3_0_C0_C6_0");
    id[ISAR1] = MRS("S3_0_C0_C6_1");
    id[ISAR2] = MRS("S3_0_C0_C6_2");
    id[MMFR0] = MRS("S3_0_C0_C7_0");
    id[MMFR1] = MRS("S3_0_C0_C7_1");
    id[MMFR2] = MRS("S3_0_C0_C7_2");

    int disagree = 0;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        const struct hwcap_rule *r = &rules[i];
        int in_hwcap = (int)(((r->hwcap2 ? hwcap2 : hwcap) >> r->bit) & 1);
        int in_idreg = field(id[r->reg], r->shift, r->is_signed) >= r->min;
        if (in_hwcap != in_idreg) {
            printf("HWCAP%s_%s: AT_HWCAP%s says %d, the ID register %d\n", r->hwcap2 ? "2" : "",
                   r->name, r->hwcap2 ? "2" : "", in_hwcap, in_idreg);
            disagree++;
        }
    }
    printf("hwcap bits that disagree with the ID registers: %d of %zu\n", disagree,
           sizeof rules / sizeof rules[0]);

    /* What Linux shows the same on every CPU: hidden fields at their safe
     * values, MPIDR as bit 31 only, REVIDR as 0. */
    printf("ID_AA64PFR0 EL0, EL1: %d, %d\n", field(id[PFR0], 0, 0), field(id[PFR0], 4, 0));
    printf("ID_AA64DFR0: %#llx\n", (unsigned long long)MRS("S3_0_C0_C5_0"));
    printf("ID_AA64MMFR0 TGran4, TGran64: %#x, %#x\n", field(id[MMFR0], 28, 0),
           field(id[MMFR0], 24, 0));
    printf("MPIDR: %#llx\n", (unsigned long long)MRS("S3_0_C0_C0_5"));
    printf("REVIDR: %#llx\n", (unsigned long long)MRS("S3_0_C0_C0_6"));
    printf("MIDR nonzero: %s\n", MRS("S3_0_C0_C0_0") ? "yes" : "no");
    return 0;
}
