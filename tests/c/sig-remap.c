/* sig-remap.c - a fault in the middle of a long straight-line block whose
 * busiest registers are not among the ten ferry keeps in host registers
 * (x9-x12 here), so ferry's translation swaps them into host registers for
 * the block (dbt/regs.c, loop_remap_begin).  The SIGSEGV handler must see
 * every register as the guest left it at the faulting load: the swapped
 * ones, and the ones whose host registers they borrowed (x5, x19 and x20,
 * set before the block and not named in it), and the registers the
 * handler changes must be what the block goes on with.
 * ferry-test: arch-specific (AArch64 inline assembly; qemu-aarch64 is the
 * oracle) */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static volatile uint64_t seen[21];
static volatile int faults;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    (void)sig;
    ucontext_t *uc = ctx;
    for (int i = 0; i < 21; i++)
        seen[i] = uc->uc_mcontext.regs[i];
    faults++;
    /* Go on past the load, with x9 and x2 changed: the rest of the block
     * must use these values. */
    uc->uc_mcontext.regs[9] += 1000;
    uc->uc_mcontext.regs[2] += 7;
    uc->uc_mcontext.regs[8] = (uint64_t)(uintptr_t)si->si_addr == 0x10 ? 1 : 99;
    uc->uc_mcontext.pc += 4;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    uint64_t out[6];
    __asm__ volatile(
        "mov x5, #55\n"
        "mov x19, #1919\n"
        "mov x20, #2020\n"
        "b 1f\n" /* the long block starts at 1: */
        "1:\n"
        "mov x1, #11\n"
        "mov x2, #22\n"
        "mov x3, #33\n"
        "mov x4, #44\n"
        "mov x9, #1\n"
        "mov x10, #2\n"
        "mov x11, #3\n"
        "mov x12, #4\n"
        "mov x0, #0x10\n"
        "add x9, x9, x10\n"   /* x9 = 3 */
        "add x10, x10, x11\n" /* x10 = 5 */
        "add x11, x11, x12\n" /* x11 = 7 */
        "add x12, x12, x9\n"  /* x12 = 7 */
        "add x9, x9, x11\n"   /* x9 = 10 */
        "add x10, x10, x12\n" /* x10 = 12 */
        "ldr x8, [x0]\n"      /* faults: handler sees the above, sets x8 */
        "add x9, x9, x10\n"   /* x9 = 1010 + 12 = 1022 */
        "add x11, x11, x12\n" /* x11 = 14 */
        "add x12, x12, x9\n"  /* x12 = 1029 */
        "add x10, x10, x11\n" /* x10 = 26 */
        "add x2, x2, x9\n"    /* x2 = 29 + 1022 = 1051 */
        "add x9, x9, x8\n"    /* x9 = 1023 */
        "stp x9, x10, [%[out]]\n"
        "stp x11, x12, [%[out], #16]\n"
        "stp x2, x8, [%[out], #32]\n"
        :
        : [out] "r"(out)
        : "x0", "x1", "x2", "x3", "x4", "x5", "x8", "x9", "x10", "x11", "x12", "x19", "x20",
          "memory");
    printf("faults %d\n", faults);
    printf("at the fault: x0=%#llx x1=%llu x2=%llu x3=%llu x4=%llu\n", (unsigned long long)seen[0],
           (unsigned long long)seen[1], (unsigned long long)seen[2], (unsigned long long)seen[3],
           (unsigned long long)seen[4]);
    printf("at the fault: x9=%llu x10=%llu x11=%llu x12=%llu\n", (unsigned long long)seen[9],
           (unsigned long long)seen[10], (unsigned long long)seen[11], (unsigned long long)seen[12]);
    printf("at the fault: x5=%llu x19=%llu x20=%llu\n", (unsigned long long)seen[5],
           (unsigned long long)seen[19], (unsigned long long)seen[20]);
    printf("after: x9=%llu x10=%llu x11=%llu x12=%llu x2=%llu x8=%llu\n",
           (unsigned long long)out[0], (unsigned long long)out[1], (unsigned long long)out[2],
           (unsigned long long)out[3], (unsigned long long)out[4], (unsigned long long)out[5]);
    return 0;
}
