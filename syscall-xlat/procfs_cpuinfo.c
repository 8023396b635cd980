/* /proc/cpuinfo as an arm64 kernel prints it (arch/arm64/kernel/cpuinfo.c,
 * c_show) for the CPU ferry emulates: one block per online host CPU, its
 * Features the names of exactly the AT_HWCAP/AT_HWCAP2 bits the guest is
 * given (loader/hwcap.c), its identification what MRS MIDR_EL1 reads. */
#include "syscall-xlat/procfs.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader/loader.h"

/* Must equal EMU_MIDR and EMU_CNTFRQ in dbt/frontend/trans_system.c;
 * tests/c/proc-cpuinfo.c reads both registers and compares. */
#define CPUINFO_MIDR 0x000f0510u
#define CPUINFO_CNTFRQ 1000000000ull

/* The kernel's hwcap_str, by bit: AT_HWCAP bit i is KERNEL_HWCAP i,
 * AT_HWCAP2 bit i is KERNEL_HWCAP 64 + i, and Features lists them in that
 * order.  (AT_HWCAP bits 32 and up are newer than this table: add their
 * names before ferry advertises one.) */
static const char *const hwcap_names[64] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
    "atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc",
    "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve", "asimdfhm",
    "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca", "pacg",
};
static const char *const hwcap2_names[64] = {
    "dcpodp", "sve2", "sveaes", "svepmull", "svebitperm", "svesha3", "svesm4", "flagm2",
    "frint", "svei8mm", "svef32mm", "svef64mm", "svebf16", "i8mm", "bf16", "dgh",
    "rng", "bti", "mte", "ecv", "afp", "rpres", "mte3", "sme",
    "smei16i64", "smef64f64", "smei8i32", "smef16f32", "smeb16f32", "smef32f32", "smefa64", "wfxt",
    "ebf16", "sveebf16", "cssc", "rprfm", "sve2p1", "sme2", "sme2p1", "smei16i32",
    "smebi32i32", "smeb16b16", "smef16f16", "mops", "hbc", "sveb16b16", "lrcpc3", "lse128",
    "fpmr", "lut", "faminmax", "f8cvt", "f8fma", "f8dp4", "f8dp2", "f8e4m3",
    "f8e5m2", "smelutv2", "smef8f16", "smef8f32", "smesf8fma", "smesf8dp4", "smesf8dp2", "poe",
};

static void write_features(FILE *out)
{
    fputs("Features\t:", out);
    uint64_t words[2] = { loader_hwcap(), loader_hwcap2() };
    const char *const *names[2] = { hwcap_names, hwcap2_names };
    for (int w = 0; w < 2; w++)
        for (int bit = 0; bit < 64; bit++)
            if ((words[w] >> bit & 1) && names[w][bit])
                fprintf(out, " %s", names[w][bit]);
    fputc('\n', out);
}

/* The kernel's for_each_online_cpu: the host's online CPU numbers,
 * "0-3,6" in sysfs.  Calls f for each; returns how many. */
static int each_online_cpu(FILE *out, void (*f)(FILE *, int))
{
    FILE *in = fopen("/sys/devices/system/cpu/online", "re");
    char list[4096];
    int count = 0;
    if (in && fgets(list, sizeof list, in)) {
        for (char *save = NULL, *r = strtok_r(list, ",\n", &save); r;
             r = strtok_r(NULL, ",\n", &save)) {
            int lo, hi;
            int got = sscanf(r, "%d-%d", &lo, &hi);
            if (got < 1)
                continue;
            if (got == 1)
                hi = lo;
            for (int cpu = lo; cpu <= hi; cpu++, count++)
                f(out, cpu);
        }
    }
    if (in)
        fclose(in);
    if (count == 0) { /* no sysfs: number them as sysconf counts them */
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        for (long cpu = 0; cpu < (n > 0 ? n : 1); cpu++, count++)
            f(out, (int)cpu);
    }
    return count;
}

static void write_cpu(FILE *out, int cpu)
{
    /* BogoMIPS from loops_per_jiffy = timer rate / HZ, the arm64 kernel's
     * timer-based delay loop: rate / 500000, two decimals. */
    unsigned long long centi = CPUINFO_CNTFRQ / 5000;
    fprintf(out, "processor\t: %d\n", cpu);
    fprintf(out, "BogoMIPS\t: %llu.%02llu\n", centi / 100, centi % 100);
    write_features(out);
    fprintf(out, "CPU implementer\t: 0x%02x\n", CPUINFO_MIDR >> 24);
    fprintf(out, "CPU architecture: 8\n");
    fprintf(out, "CPU variant\t: 0x%x\n", CPUINFO_MIDR >> 20 & 0xf);
    fprintf(out, "CPU part\t: 0x%03x\n", CPUINFO_MIDR >> 4 & 0xfff);
    fprintf(out, "CPU revision\t: %d\n\n", CPUINFO_MIDR & 0xf);
}

int procfs_write_cpuinfo(FILE *out)
{
    each_online_cpu(out, write_cpu);
    return 0;
}
