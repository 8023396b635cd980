/* setjmp.c - setjmp/longjmp across frames, callee-saved registers
 * (integer and FP) restored, nested jump buffers, and
 * sigsetjmp/siglongjmp with a saved signal mask. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

static jmp_buf outer, inner;
static int depth_reached;

static void dive(int depth, int target)
{
    volatile char pad[64 + depth];      /* vary the frame size */
    pad[0] = (char)depth;
    depth_reached = depth + pad[0] * 0;
    if (depth > 1000)
        return;
    if (depth == target)
        longjmp(outer, depth * 10 + 1);
    dive(depth + 1, target);
}

static void jump_zero(void)
{
    longjmp(inner, 0);      /* setjmp must then return 1 */
}

static volatile double sink;
static void clobber_fp(double x)
{
    double t[12];
    for (int i = 0; i < 12; i++)
        t[i] = x * i + 0.5;
    for (int i = 0; i < 12; i++)
        sink += t[i] / (i + 1);
    longjmp(inner, 2);
}

static double fp_work(double x)
{
    /* Values live across setjmp in callee-saved FP registers (d8-d15);
     * they are not modified after setjmp, so they are defined after the
     * longjmp. */
    double a = x * 1.5, b = x + 2.25, c = x - 0.125, d = x * x;
    if (setjmp(inner) == 0)
        clobber_fp(x);
    return a + b * 2 + c * 3 + d * 4;
}

int main(void)
{
    volatile int count = 0;
    volatile long locals[4] = { 11, 22, 33, 44 };
    int r = setjmp(outer);
    printf("setjmp returned %d (count %d)\n", r, count);
    if (count < 5) {
        count++;
        dive(0, count * 7);
    }
    printf("deepest frame %d, locals %ld %ld %ld %ld\n", depth_reached,
           locals[0], locals[1], locals[2], locals[3]);

    if ((r = setjmp(inner)) == 0) {
        jump_zero();
    }
    printf("longjmp(env, 0) makes setjmp return %d\n", r);

    printf("fp_work(3.0) = %.6f\n", fp_work(3.0));

    /* Callee-saved integer registers across a longjmp. */
    register long k1 = 0x1111, k2 = 0x2222;
    volatile int once = 0;
    if (setjmp(outer) == 0) {
        k1 = 0x3333;
        once = 1;
        longjmp(outer, 1);
    }
    printf("after jump once=%d k2=%#lx\n", once, k2);
    (void)k1;

    /* sigsetjmp(env, 1) restores the blocked-signal mask. */
    sigjmp_buf sj;
    sigset_t set, cur;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    if (sigsetjmp(sj, 1) == 0) {
        sigprocmask(SIG_BLOCK, &set, NULL);
        siglongjmp(sj, 7);
    }
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("siglongjmp restored mask: SIGUSR1 blocked=%d\n", sigismember(&cur, SIGUSR1));
    if (sigsetjmp(sj, 0) == 0) {
        sigprocmask(SIG_BLOCK, &set, NULL);
        siglongjmp(sj, 7);
    }
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("sigsetjmp(env,0) keeps mask: SIGUSR1 blocked=%d\n", sigismember(&cur, SIGUSR1));
    return 0;
}
