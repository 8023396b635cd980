/* sig-pc.c - control flow and addresses as arm64 Linux has them (the
 * reproducers found by fuzzing ferry):
 * ferry-test: arch-specific (AArch64 branches, TBI; qemu-aarch64 is the
 * oracle)
 *
 *  - a call through a NULL function pointer (blr to 0): SIGSEGV, si_code
 *    SEGV_MAPERR, si_addr 0, pc 0, x30 the return address; the handler
 *    "returns" from the call (pc = x30, x0 = 42);
 *  - a branch to an unmapped page, likewise at that address;
 *  - code copied into a mapping without PROT_EXEC and called: SIGSEGV
 *    SEGV_ACCERR at that pc; the handler makes the page executable and
 *    returns, and the call is retried and runs (a JIT's W^X flip);
 *  - a branch, call or return to an address that is not a multiple of 4:
 *    SIGBUS BUS_ADRALN, si_addr and pc the misaligned address;
 *  - top-byte-ignore: loads and stores of every size, LDP/STP with
 *    writeback (the base keeps its tag), exclusives, LSE atomics, SIMD
 *    LD1/ST1/LD4/LDR Q, DC ZVA, glibc's memcpy/memset/strlen/memcmp and a
 *    vectorised loop, all through pointers with a tag in the top byte;
 *    a system call given a tagged pointer fails with EFAULT (no tagged
 *    address ABI without prctl); a fault through a tagged pointer reports
 *    si_addr without the tag (no SA_EXPOSE_TAGBITS).
 * Non-canonical addresses (bits 55:48 set), where qemu 7.2 reports
 * si_addr 0, are in sig-esr.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "watchdog.h"

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *code_name(int sig, int c)
{
    if (sig == SIGSEGV && c == SEGV_MAPERR) return "SEGV_MAPERR";
    if (sig == SIGSEGV && c == SEGV_ACCERR) return "SEGV_ACCERR";
    if (sig == SIGBUS && c == BUS_ADRALN) return "BUS_ADRALN";
    if (sig == SIGBUS && c == BUS_ADRERR) return "BUS_ADRERR";
    return "other";
}

static const char *sig_name(int s)
{
    return s == SIGSEGV ? "SIGSEGV" : s == SIGBUS ? "SIGBUS" : s == SIGILL ? "SIGILL" : s == SIGTRAP ? "SIGTRAP" : "?";
}

/* The handler's observations and its way of recovering. */
enum recover { RETURN_FROM_CALL, MAKE_EXEC, JUMP_OUT };
static volatile enum recover recover;
static volatile int hits, last_sig, last_code;
static volatile uintptr_t last_addr, last_pc, last_x30;
static sigjmp_buf jump;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    hits++;
    last_sig = sig;
    last_code = si->si_code;
    last_addr = (uintptr_t)si->si_addr;
    last_pc = uc->uc_mcontext.pc;
    last_x30 = uc->uc_mcontext.regs[30];
    switch (recover) {
    case RETURN_FROM_CALL:
        uc->uc_mcontext.regs[0] = 42;
        uc->uc_mcontext.pc = uc->uc_mcontext.regs[30];
        break;
    case MAKE_EXEC:
        mprotect((void *)(last_addr & ~(uintptr_t)4095), 4096, PROT_READ | PROT_EXEC);
        break;
    case JUMP_OUT:
        siglongjmp(jump, 1);
    }
}

/* blr to `target` with x0 = 1; returns x0 and, in *ret_addr, the return
 * address the blr set. */
static long call_at(uintptr_t target, uintptr_t *ret_addr)
{
    register long x0 __asm__("x0") = 1;
    register uintptr_t x9 __asm__("x9") = target;
    uintptr_t ra;
    __asm__ volatile("adr %[ra], 1f\n"
                     "blr x9\n"
                     "1:\n"
                     : "+r"(x0), [ra] "=&r"(ra), "+r"(x9)
                     :
                     : "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x10", "x11", "x12", "x13", "x14", "x15",
                       "x16", "x17", "x30", "memory", "cc");
    *ret_addr = ra;
    return x0;
}

/* ret to `target` (x30 = target); the handler's RETURN_FROM_CALL then
 * lands on target again, so ret cases JUMP_OUT instead. */
static void ret_to(uintptr_t target)
{
    __asm__ volatile("mov x30, %0\n"
                     "ret\n"
                     :
                     : "r"(target)
                     : "x30", "memory");
}

static void br_to(uintptr_t target)
{
    __asm__ volatile("br %0\n" : : "r"(target) : "memory");
}

static void report(const char *what, uintptr_t expect_addr, uintptr_t expect_pc)
{
    printf("%s: %s %s, si_addr %s, pc %s\n", what, sig_name(last_sig), code_name(last_sig, last_code),
           last_addr == expect_addr ? "as expected" : "WRONG", last_pc == expect_pc ? "as expected" : "WRONG");
}

static void test_null_and_unmapped(void)
{
    recover = RETURN_FROM_CALL;
    hits = 0;
    uintptr_t ra;
    long r = call_at(0, &ra);
    report("blr to 0 (NULL function pointer)", 0, 0);
    printf("  x30 = the return address: %s; the handler returned from the call: x0 = %ld, hits %d\n",
           yesno(last_x30 == ra), r, hits);
    /* The same through a C function pointer. */
    long (*volatile fp)(long) = NULL;
    hits = 0;
    r = fp(5);
    printf("C call through a NULL pointer: %s %s, pc 0 %s, returned %ld\n", sig_name(last_sig),
           code_name(last_sig, last_code), yesno(last_pc == 0), r);

    char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page, 4096);
    hits = 0;
    r = call_at((uintptr_t)page + 64, &ra);
    report("blr to an unmapped page", (uintptr_t)page + 64, (uintptr_t)page + 64);
    printf("  returned %ld\n", r);
}

extern int pc_seven(void) __attribute__((visibility("hidden")));
__asm__(".text\n.p2align 4\n.globl pc_seven\n.hidden pc_seven\n.type pc_seven, %function\n"
        "pc_seven:\n  mov x0, #7\n  ret\n");

static void test_noexec(void)
{
    char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memcpy(page, (void *)(uintptr_t)pc_seven, 8);
    __builtin___clear_cache(page, page + 8);
    recover = MAKE_EXEC;
    hits = 0;
    uintptr_t ra;
    long r = call_at((uintptr_t)page, &ra);
    report("blr into a PROT_READ|PROT_WRITE page", (uintptr_t)page, (uintptr_t)page);
    printf("  the handler made it executable: the call ran and returned %ld, faults %d\n", r, hits);
    /* Made writable again (and not executable): faults again. */
    mprotect(page, 4096, PROT_READ | PROT_WRITE);
    page[0] = page[0];
    hits = 0;
    r = call_at((uintptr_t)page + 4, &ra);
    report("blr into it again after mprotect(PROT_READ|PROT_WRITE), at +4", (uintptr_t)page + 4,
           (uintptr_t)page + 4);
    printf("  then ran from +4 (the ret alone): returned %ld, faults %d\n", r, hits);
    munmap(page, 4096);
}

static void test_misaligned(void)
{
    uintptr_t code = (uintptr_t)pc_seven;
    uintptr_t ra;
    for (int off = 1; off <= 3; off++) {
        recover = RETURN_FROM_CALL;
        hits = 0;
        long r = call_at(code + off, &ra);
        char what[64];
        snprintf(what, sizeof what, "blr to code + %d", off);
        report(what, code + off, code + off);
        printf("  x30 = the return address: %s, returned %ld\n", yesno(last_x30 == ra), r);
    }
    recover = JUMP_OUT;
    hits = 0;
    if (sigsetjmp(jump, 1) == 0)
        br_to(code + 2);
    report("br to code + 2", code + 2, code + 2);
    hits = 0;
    if (sigsetjmp(jump, 1) == 0)
        ret_to(code + 1);
    report("ret to code + 1", code + 1, code + 1);
}

static inline void *tag(const void *p, unsigned t)
{
    return (void *)(((uintptr_t)p & 0x00ffffffffffffffULL) | (uintptr_t)t << 56);
}

/* Page-aligned: a DC ZVA block (up to 2 KiB) starts at buf. */
static uint64_t buf[1024] __attribute__((aligned(4096)));
static uint64_t buf2[1024] __attribute__((aligned(4096)));

static void test_tbi(void)
{
    recover = JUMP_OUT;
    hits = 0;
    if (sigsetjmp(jump, 1) != 0) {
        printf("a tagged access faulted: %s %s\n", sig_name(last_sig), code_name(last_sig, last_code));
        return;
    }
    unsigned tags[] = { 0x5a, 0xff, 0x01, 0x80 };
    for (int k = 0; k < 4; k++) {
        volatile uint8_t *b = tag(buf, tags[k]);
        volatile uint16_t *h = tag(buf, tags[k]);
        volatile uint32_t *w = tag(buf, tags[k]);
        volatile uint64_t *d = tag(buf, tags[k]);
        d[1] = 0x1122334455667788ULL + k;
        w[4] = 0xcafe0000 + k;
        h[10] = 0xbe00 + k;
        b[22] = 0x40 + k;
        printf("tag %#04x: scalar stores landed %s, loads %s\n", tags[k],
               yesno(buf[1] == 0x1122334455667788ULL + k && ((uint32_t *)buf)[4] == 0xcafe0000u + k &&
                     ((uint16_t *)buf)[10] == 0xbe00u + k && ((uint8_t *)buf)[22] == 0x40u + k),
               yesno(d[1] == buf[1] && w[4] == ((uint32_t *)buf)[4] && h[10] == ((uint16_t *)buf)[10] &&
                     b[22] == ((uint8_t *)buf)[22]));
    }

    /* A loop over a tagged array (vectorised at -O2). */
    uint64_t *t = tag(buf, 0x5a);
    for (int i = 0; i < 1024; i++)
        t[i] = (uint64_t)i * 3;
    uint64_t sum = 0;
    for (int i = 0; i < 1024; i++)
        sum += t[i];
    printf("loop of 1024 stores and loads through a tagged pointer: sum %llu\n", (unsigned long long)sum);

    /* LDP/STP with writeback: the base register keeps its tag. */
    uint64_t *p = tag(buf, 0x5a), *q;
    uint64_t a, c;
    __asm__ volatile("stp %[x], %[y], [%[p], #16]!\n"
                     "ldp %[a], %[c], [%[p]], #16\n"
                     "mov %[q], %[p]\n"
                     : [p] "+r"(p), [a] "=&r"(a), [c] "=&r"(c), [q] "=&r"(q)
                     : [x] "r"((uint64_t)111), [y] "r"((uint64_t)222)
                     : "memory");
    printf("stp pre-index / ldp post-index: loaded %llu %llu, base tag kept %s, base = buf + 32 %s\n",
           (unsigned long long)a, (unsigned long long)c, yesno((uintptr_t)q >> 56 == 0x5a),
           yesno(((uintptr_t)q & 0x00ffffffffffffffULL) == (uintptr_t)buf + 32));
    uint64_t *r = tag(buf, 0xa5);
    __asm__ volatile("ldr %[a], [%[r], #8]!\n" : [r] "+r"(r), [a] "=&r"(a) : : "memory");
    printf("ldr pre-index: base tag kept %s\n", yesno((uintptr_t)r >> 56 == 0xa5));

    /* Exclusives and LSE atomics. */
    buf[8] = 10;
    uint64_t *e = tag(&buf[8], 0x33);
    uint64_t old, tmp;
    uint32_t fail;
    __asm__ volatile("1: ldxr %[o], [%[e]]\n"
                     "   add %[t], %[o], #5\n"
                     "   stxr %w[f], %[t], [%[e]]\n"
                     "   cbnz %w[f], 1b\n"
                     : [o] "=&r"(old), [t] "=&r"(tmp), [f] "=&r"(fail)
                     : [e] "r"(e)
                     : "memory");
    printf("ldxr/stxr add: old %llu new %llu\n", (unsigned long long)old, (unsigned long long)buf[8]);
    __asm__ volatile(".arch_extension lse\n"
                     "ldaddal %[v], %[o], [%[e]]\n"
                     : [o] "=&r"(old)
                     : [e] "r"(e), [v] "r"((uint64_t)100)
                     : "memory");
    printf("ldaddal: old %llu new %llu\n", (unsigned long long)old, (unsigned long long)buf[8]);
    uint64_t expect = 115;
    __asm__ volatile(".arch_extension lse\n"
                     "casal %[x], %[n], [%[e]]\n"
                     : [x] "+r"(expect)
                     : [e] "r"(e), [n] "r"((uint64_t)7)
                     : "memory");
    printf("casal: old %llu new %llu\n", (unsigned long long)expect, (unsigned long long)buf[8]);
    __asm__ volatile(".arch_extension lse\n"
                     "swpal %[n], %[o], [%[e]]\n"
                     : [o] "=&r"(old)
                     : [e] "r"(e), [n] "r"((uint64_t)99)
                     : "memory");
    printf("swpal: old %llu new %llu\n", (unsigned long long)old, (unsigned long long)buf[8]);
    __atomic_fetch_add(e, 1, __ATOMIC_SEQ_CST);
    printf("__atomic_fetch_add: new %llu\n", (unsigned long long)buf[8]);

    /* SIMD. */
    for (int i = 0; i < 16; i++)
        buf[i] = 0x0101010101010101ULL * (uint64_t)i;
    uint64_t out[8];
    uint8_t *s = tag(buf, 0x77);
    uint8_t *s2 = tag(buf2, 0x78);
    __asm__ volatile("ld1 {v0.2d, v1.2d}, [%[s]], #32\n"
                     "ldr q2, [%[s], #32]\n"
                     "st1 {v0.2d, v1.2d}, [%[d]]\n"
                     "str q2, [%[d], #32]\n"
                     : [s] "+r"(s)
                     : [d] "r"(s2)
                     : "v0", "v1", "v2", "memory");
    printf("ld1/st1/ldr q/str q: copied %s, post-index base tag kept %s\n",
           yesno(buf2[0] == buf[0] && buf2[3] == buf[3] && buf2[4] == buf[8] && buf2[5] == buf[9]),
           yesno((uintptr_t)s >> 56 == 0x77));
    uint8_t *s4 = tag(buf, 0x79);
    __asm__ volatile("ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [%[s]]\n"
                     "st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [%[o]]\n"
                     :
                     : [s] "r"(s4), [o] "r"(out)
                     : "v0", "v1", "v2", "v3", "memory");
    printf("ld4: de-interleaved %s\n", yesno(((uint8_t *)out)[0] == ((uint8_t *)buf)[0] &&
                                             ((uint8_t *)out)[1] == ((uint8_t *)buf)[4] &&
                                             ((uint8_t *)out)[8] == ((uint8_t *)buf)[1]));

    /* DC ZVA, if allowed. */
    uint64_t dczid;
    __asm__ volatile("mrs %0, dczid_el0" : "=r"(dczid));
    if (dczid & 16) {
        printf("dc zva: prohibited\n");
    } else {
        size_t block = 4u << (dczid & 15);
        memset(buf, 0xee, sizeof buf);
        __asm__ volatile("dc zva, %0" : : "r"(tag(buf, 0x42)) : "memory");
        int zero = 1;
        for (size_t i = 0; i < block / 8; i++)
            zero &= buf[i] == 0;
        printf("dc zva through a tagged pointer: block zeroed %s, next byte kept %s\n", yesno(zero),
               yesno(((uint8_t *)buf)[block] == 0xee));
    }

    /* glibc's string functions. */
    memset(buf, 0, sizeof buf);
    memset(tag(buf, 0x11), 'a', 5000);
    printf("memset 5000: %s\n", yesno(((char *)buf)[4999] == 'a' && ((char *)buf)[5000] == 0));
    memset(tag(buf, 0x12), 0, 8192);
    printf("memset 0 over 8192: %s\n", yesno(buf[1023] == 0 && buf[0] == 0));
    strcpy((char *)buf, "through a tagged pointer");
    printf("strlen: %zu\n", strlen(tag(buf, 0x13)));
    memcpy(tag(buf2, 0x14), tag(buf, 0x15), 3000);
    printf("memcpy 3000, memcmp: %d\n", memcmp(tag(buf2, 0x16), tag(buf, 0x17), 3000));

    /* No tagged address ABI: a tagged pointer in a system call is EFAULT. */
    int pfd[2];
    pipe(pfd);
    errno = 0;
    ssize_t n = write(pfd[1], tag(buf, 0x5a), 4);
    printf("write() from a tagged pointer: %zd %s\n", n, errno == EFAULT ? "EFAULT" : strerror(errno));
    close(pfd[0]);
    close(pfd[1]);
    printf("tagged accesses faulted: %d\n", hits);

    /* Faults through tagged pointers: si_addr without the tag. */
    char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + 4096, 4096);
    m[16] = 1;
    mprotect(m, 4096, PROT_READ);
    volatile uint64_t *bad = tag(m + 4096 + 8, 0x5a);
    if (sigsetjmp(jump, 1) == 0)
        (void)*bad;
    printf("tagged load from an unmapped page: %s %s, si_addr untagged %s\n", sig_name(last_sig),
           code_name(last_sig, last_code), yesno(last_addr == (uintptr_t)(m + 4096 + 8)));
    volatile uint8_t *ro = tag(m + 16, 0xc3);
    if (sigsetjmp(jump, 1) == 0)
        *ro = 2;
    printf("tagged store to a read-only page: %s %s, si_addr untagged %s, memory untouched %s\n",
           sig_name(last_sig), code_name(last_sig, last_code), yesno(last_addr == (uintptr_t)(m + 16)),
           yesno(m[16] == 1));
    munmap(m, 4096);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    test_null_and_unmapped();
    test_noexec();
    test_misaligned();
    test_tbi();
    printf("done\n");
    return 0;
}
