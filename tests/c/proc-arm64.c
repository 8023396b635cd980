/* ferry-test: expected-by-hand (see below)
 * proc-arm64.c - the /proc files whose format is arm64's own: cpuinfo as
 * arch/arm64/kernel/cpuinfo.c prints it, for the CPU that MIDR_EL1 and
 * CNTFRQ_EL0 describe, with Features naming exactly the AT_HWCAP and
 * AT_HWCAP2 bits; status without x86-64's lines.
 * ferry-test: arch-specific (arm64's cpuinfo; x86-64's is another format)
 *
 * Oracle: written by hand from the kernel source, arch/arm64/kernel/
 * cpuinfo.c (c_show: the block's lines, hwcap_str: the feature names by
 * KERNEL_HWCAP number, AT_HWCAP bit n being number n and AT_HWCAP2 bit n
 * number 64 + n; BogoMIPS from loops_per_jiffy = timer rate / HZ), and
 * proc(5).  qemu-aarch64 7.2 shows the host's x86-64 /proc/cpuinfo, which
 * is wrong: this program exits 1 under it, so `make expected` reports an
 * error instead of writing proc-arm64.expected. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

/* Feature names by bit, from the kernel's hwcap_str. */
static const char *const hwcap[64] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
    "atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc",
    "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve", "asimdfhm",
    "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca", "pacg",
};
static const char *const hwcap2[64] = {
    "dcpodp", "sve2", "sveaes", "svepmull", "svebitperm", "svesha3", "svesm4", "flagm2",
    "frint", "svei8mm", "svef32mm", "svef64mm", "svebf16", "i8mm", "bf16", "dgh",
    "rng", "bti", "mte", "ecv", "afp", "rpres", "mte3", "sme",
    "smei16i64", "smef64f64", "smei8i32", "smef16f32", "smeb16f32", "smef32f32", "smefa64", "wfxt",
    "ebf16", "sveebf16", "cssc", "rprfm", "sve2p1", "sme2", "sme2p1", "smei16i32",
    "smebi32i32", "smeb16b16", "smef16f16", "mops", "hbc", "sveb16b16", "lrcpc3", "lse128",
};

static char text[1 << 20], status[16384];

static size_t slurp(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    size_t len = 0;
    ssize_t n;
    while (len + 1 < cap && (n = read(fd, buf + len, cap - 1 - len)) > 0)
        len += (size_t)n;
    close(fd);
    buf[len] = '\0';
    return len;
}

int main(void)
{
    unsigned long midr, cntfrq;
    __asm__ volatile("mrs %0, midr_el1" : "=r"(midr));
    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(cntfrq));

    /* The Features line the kernel would print for these hwcaps. */
    char features[1024] = "\nFeatures\t:";
    unsigned long words[2] = { getauxval(AT_HWCAP), getauxval(AT_HWCAP2) };
    const char *const *names[2] = { hwcap, hwcap2 };
    int named = 1;
    for (int w = 0; w < 2; w++)
        for (int bit = 0; bit < 64; bit++)
            if (words[w] >> bit & 1) {
                if (!names[w][bit]) {
                    named = 0;
                    continue;
                }
                strcat(features, " ");
                strcat(features, names[w][bit]);
            }
    strcat(features, "\n");

    size_t len = slurp("/proc/cpuinfo", text, sizeof text);
    if (!strstr(text, "\nFeatures\t:")) {
        printf("cpuinfo: not arm64's format (no Features line)\n");
        return 1;
    }
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    int blocks = 0, in_order = 1, exact = 1, feature_lines = 1, ident = 1, bogo = 1;
    int last = -1;
    char *p = text;
    while (*p) {
        char *end = strstr(p, "\n\n");
        if (!end)
            break;
        end[1] = '\0';
        int cpu = -1;
        sscanf(p, "processor\t: %d", &cpu);
        in_order &= cpu > last;
        last = cpu;
        char want[2048];
        snprintf(want, sizeof want,
                 "processor\t: %d\nBogoMIPS\t: %lu.%02lu%sCPU implementer\t: 0x%02lx\n"
                 "CPU architecture: 8\nCPU variant\t: 0x%lx\nCPU part\t: 0x%03lx\n"
                 "CPU revision\t: %lu\n",
                 cpu, cntfrq / 500000, cntfrq / 5000 % 100, features, midr >> 24 & 0xff,
                 midr >> 20 & 0xf, midr >> 4 & 0xfff, midr & 0xf);
        exact &= !strcmp(p, want);
        feature_lines &= strstr(p, features) != NULL;
        char *id = strstr(p, "CPU implementer");
        char *want_id = strstr(want, "CPU implementer");
        ident &= id && !strcmp(id, want_id);
        char *b = strstr(p, "BogoMIPS"), *want_b = strstr(want, "BogoMIPS");
        bogo &= b && !strncmp(b, want_b, (size_t)(strchr(want_b, '\n') - want_b + 1));
        blocks++;
        p = end + 2;
    }
    printf("cpuinfo: one block per online CPU, in ascending order: %s\n",
           yesno(blocks == online && in_order));
    printf("cpuinfo: every AT_HWCAP and AT_HWCAP2 bit has a name in the kernel's table: %s\n",
           yesno(named));
    printf("cpuinfo: Features has fp and asimd: %s\n",
           yesno(strstr(text, "Features\t: fp asimd") != NULL));
    printf("cpuinfo: Features names exactly the hwcap bits, in the kernel's order: %s\n",
           yesno(feature_lines));
    printf("cpuinfo: implementer, variant, part and revision are MIDR_EL1's; architecture 8: %s\n",
           yesno(ident));
    printf("cpuinfo: BogoMIPS is CNTFRQ_EL0 / 500000, two decimals: %s\n", yesno(bogo));
    printf("cpuinfo: each block is exactly c_show's, blank line after it: %s\n",
           yesno(exact && len && *p == '\0'));

    slurp("/proc/self/status", status, sizeof status);
    printf("status: no x86-64 lines (untag_mask, x86_Thread_features): %s\n",
           yesno(!strstr(status, "untag_mask") && !strstr(status, "x86_")));
    return 0;
}
