/* recursion.c - deep and branchy recursion: Ackermann, Fibonacci,
 * mutual recursion, a recursive descent parser and a deep call chain
 * (exercises call/return prediction and the stack). */
#include <stdint.h>
#include <stdio.h>

static unsigned long calls;

static unsigned ack(unsigned m, unsigned n)
{
    calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static uint64_t fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

/* expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
 * factor := number | '(' expr ')' | '-' factor */
static const char *p;
static long expr(void);
static long factor(void)
{
    if (*p == '(') { p++; long v = expr(); p++; return v; }
    if (*p == '-') { p++; return -factor(); }
    long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return v;
}
static long term(void)
{
    long v = factor();
    while (*p == '*' || *p == '/') {
        char op = *p++;
        long r = factor();
        v = op == '*' ? v * r : (r ? v / r : 0);
    }
    return v;
}
static long expr(void)
{
    long v = term();
    while (*p == '+' || *p == '-') {
        char op = *p++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}
static long eval(const char *s) { p = s; return expr(); }

static uint64_t chain(unsigned n, uint64_t acc)
{
    volatile uint64_t local = acc * 31 + n;     /* not a tail call at -O2 */
    if (n == 0) return local;
    uint64_t r = chain(n - 1, local);
    return r ^ (local & 0xff);
}

static unsigned hanoi_moves;
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi(n - 1, via, to, from);
}

int main(void)
{
    for (unsigned m = 0; m <= 3; m++)
        for (unsigned n = 0; n <= 5; n++) {
            calls = 0;
            unsigned r = ack(m, n);
            printf("ack(%u,%u)=%u calls=%lu\n", m, n, r, calls);
        }
    calls = 0;
    unsigned r = ack(2, 500);
    printf("ack(2,500)=%u calls=%lu\n", r, calls);
    calls = 0;
    r = ack(3, 7);
    printf("ack(3,7)=%u calls=%lu\n", r, calls);
    for (unsigned n = 0; n <= 27; n += 3)
        printf("fib(%u)=%llu\n", n, (unsigned long long)fib(n));
    printf("is_even(10001)=%d is_odd(7777)=%d\n", is_even(10001), is_odd(7777));
    const char *exprs[] = { "1+2*3", "(1+2)*3", "-(4-10)*-(2+3)/3", "((((((7))))))",
                            "100/7*7+100-100/7*7", "2*(3+(4*(5+(6*(7+8)))))" };
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++)
        printf("%s = %ld\n", exprs[i], eval(exprs[i]));
    printf("chain(50000) = %016llx\n", (unsigned long long)chain(50000, 1));
    hanoi(18, 1, 3, 2);
    printf("hanoi(18) moves = %u\n", hanoi_moves);
    return 0;
}
