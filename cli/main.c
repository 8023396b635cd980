/* ferry: load an arm64 program and run it through the translator. */
#include <cpuid.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/options.h"
#include "common/ferry.h"
#include "common/sysroot.h"
#include "dbt/cpu.h"
#include "dbt/dbt.h"
#include "dbt/runtime/guest_symbols.h"
#include "dbt/runtime/host_fault.h"
#include "dbt/runtime/threads.h"
#include "loader/loader.h"
#include "mm/guest_mm.h"
#include "syscall-xlat/robust_list.h"
#include "syscall-xlat/syscall.h"

/* Translated code uses these x86 extensions without checking again. */
static void check_host_cpu(void)
{
    unsigned a, b, c, d;
    __cpuid(1, a, b, c, d);
    bool ssse3 = c & bit_SSSE3, sse41 = c & bit_SSE4_1, popcnt = c & bit_POPCNT;
    /* AVX (VEX encodings, blends), FMA3 (fused FMADD) and F16C (FCVT to and
     * from half); AVX also needs the OS to save YMM state (XCR0 bits 1-2). */
    bool avx = (c & bit_AVX) && (c & bit_OSXSAVE), fma = c & bit_FMA, f16c = c & bit_F16C;
    if (avx) {
        unsigned xcr0_lo, xcr0_hi;
        __asm__("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
        avx = (xcr0_lo & 6) == 6;
    }
    __cpuid(0x80000001, a, b, c, d);
    bool lzcnt = c & bit_LZCNT, lahf = c & bit_LAHF_LM; /* lahf/sahf: dbt/flags.c */
    if (!(ssse3 && sse41 && popcnt && lzcnt && lahf))
        ferry_fatal(1, "this x86-64 CPU lacks SSSE3, SSE4.1, POPCNT, LZCNT or LAHF in 64-bit mode, which ferry needs");
    if (!(avx && fma && f16c))
        ferry_fatal(1, "this x86-64 CPU lacks AVX, FMA3 or F16C, which ferry needs for floating point");
    /* AdvSIMD: SSE4.2 (pcmpgtq), AVX2 (broadcasts, per-element shifts). */
    __cpuid(1, a, b, c, d);
    bool sse42 = c & bit_SSE4_2;
    __cpuid_count(7, 0, a, b, c, d);
    if (!(sse42 && (b & bit_AVX2)))
        ferry_fatal(1, "this x86-64 CPU lacks SSE4.2 or AVX2, which ferry needs for AdvSIMD");
}


int main(int argc, char **argv)
{
    struct cli cli;
    cli_parse(argc, argv, &cli);
    check_host_cpu();
    ferry_opt.guest_path = cli.program;
    host_fault_init();
    exec_init();
    sysroot_init(ferry_opt.ld_prefix);
    syscall_init();

    static struct guest_image img;
    struct load_error err;
    int loaded = cli.execfd >= 0 ? loader_load_fd(cli.execfd, cli.program, &img, &err)
                                 : loader_load(cli.program, &img, &err);
    if (loaded != 0) {
        /* What a shell reports: 127 for a command (or its interpreter)
         * that does not exist, 126 for one that cannot run. */
        ferry_warn("%s", err.msg);
        exit(err.code == ENOENT ? 127 : 126);
    }
    if (cli.execfd >= 0)
        /* The mappings hold the program now.  The kernel's descriptor
         * must not reach the guest: under the C flag it is a privileged
         * handle on a file its user may not read. */
        close(cli.execfd);

    int gargc = cli.guest_argc + 1;
    char **gargv = calloc((size_t)gargc + 1, sizeof *gargv);
    if (!gargv)
        ferry_fatal(70, "out of memory");
    gargv[0] = (char *)(cli.argv0 ? cli.argv0 : cli.program);
    memcpy(gargv + 1, cli.guest_argv, (size_t)cli.guest_argc * sizeof *gargv);

    uint64_t sp = loader_build_stack(&img, gargc, gargv, cli_guest_env(&cli), cli.program);
    uint64_t vdso_lo, vdso_hi;
    vdso_range(&vdso_lo, &vdso_hi);
    if (vdso_hi)
        mm_record(vdso_lo, vdso_hi, PROT_READ | PROT_EXEC, 0, VMA_VDSO, -1, 0, NULL);
    /* Symbols for reports and -perfmap come from the file by path: not
     * from a program its user may execute but not read (binfmt_misc O). */
    guest_symbols_init(access(cli.program, R_OK) == 0 ? cli.program : NULL, img.load_bias);

    struct guest_thread *t = thread_alloc(NULL);
    if (!t)
        ferry_fatal(70, "out of memory");
    t->tid = (int)getpid();
    t->cpu.pc = img.entry;
    t->cpu.x[31] = sp;
    cpu_set_nzcv(&t->cpu, 0);
    thread_attach(t);
    robust_list_thread_start();
    signal_thread_init(t, NULL);
    dbt_init();
    dbt_run(t);
}
