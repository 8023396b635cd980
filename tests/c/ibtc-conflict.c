/* ibtc-conflict.c - two hot targets of one indirect call whose addresses
 * are 256 KiB apart, so they share a set of ferry's indirect-branch table
 * (and shared its one slot when the table was direct-mapped, so that each
 * call evicted the other's entry and went through the dispatcher).  The
 * output is checked against the oracles like any C test; cli/ibtc-ways
 * also checks, through -d stats, that the calls stay in translated code. */
#include <stdio.h>

#ifdef __aarch64__
long tgt_a(long x);
long tgt_b(long x);
__asm__(".text\n"
        ".balign 262144\n"
        ".skip 64\n"
        ".globl tgt_a\n"
        ".type tgt_a, %function\n"
        "tgt_a:\n"
        "    add x0, x0, #1\n"
        "    ret\n"
        ".balign 262144\n"
        ".skip 64\n"
        ".globl tgt_b\n"
        ".type tgt_b, %function\n"
        "tgt_b:\n"
        "    add x0, x0, #3\n"
        "    ret\n");
#else
__attribute__((noinline)) long tgt_a(long x) { return x + 1; }
__attribute__((noinline)) long tgt_b(long x) { return x + 3; }
#endif

int main(void)
{
    long (*volatile fn[2])(long) = { tgt_a, tgt_b };
    long x = 0;
    for (int i = 0; i < 300000; i++)
        x = fn[i & 1](x);
    printf("%ld\n", x);
    return 0;
}
