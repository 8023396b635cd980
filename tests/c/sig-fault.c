/* sig-fault.c - SIGSEGV and SIGBUS from bad accesses, reported with the
 * right si_code and the exact si_addr, and handlers that repair the cause
 * and return so that the access is retried:
 *
 *  - a GC write barrier: a heap made read-only, the handler makes the
 *    faulting page writable again and returns; a loop writing across the
 *    heap faults exactly once per page (SEGV_ACCERR) and every value lands;
 *  - lazy allocation: a read of an unmapped page (SEGV_MAPERR), the handler
 *    maps it (MAP_FIXED) and returns;
 *  - PROT_NONE read (SEGV_ACCERR) repaired with mprotect;
 *  - NULL and small addresses, a write to the program's code and to a
 *    string literal (SEGV_MAPERR / SEGV_ACCERR), recovered with
 *    siglongjmp;
 *  - a file mapping past the end of the file: SIGBUS BUS_ADRERR (the rest
 *    of the last page reads zero), repaired by growing the file;
 *  - a stack overflow caught on the alternate stack.
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096

#include "watchdog.h"

static const char *code_name(int sig, int c)
{
    if (sig == SIGSEGV && c == SEGV_MAPERR) return "SEGV_MAPERR";
    if (sig == SIGSEGV && c == SEGV_ACCERR) return "SEGV_ACCERR";
    if (sig == SIGBUS && c == BUS_ADRERR) return "BUS_ADRERR";
    if (sig == SIGBUS && c == BUS_ADRALN) return "BUS_ADRALN";
    if (sig == SIGBUS && c == BUS_OBJERR) return "BUS_OBJERR";
    return "other";
}

/* What the handler does. */
enum mode { REPAIR_WRITE, REPAIR_MAP, REPAIR_READ, GROW_FILE, JUMP_OUT };
static volatile enum mode mode;
static char *region;            /* the area being repaired */
static size_t region_len;
static int file_fd = -1;
static sigjmp_buf jump;

/* Faults, recorded by the handler. */
struct fault { int sig, code; intptr_t off; };
static struct fault faults[64];
static volatile int nfaults;

static void on_fault(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    char *a = si->si_addr;
    if (nfaults < 64) {
        faults[nfaults].sig = sig;
        faults[nfaults].code = si->si_code;
        faults[nfaults].off = a - region;
        nfaults++;
    }
    if (nfaults > 40)
        _exit(3); /* not repaired: the access keeps faulting */
    char *page = (char *)((uintptr_t)a & ~(uintptr_t)(PAGE - 1));
    int inside = a >= region && a < region + region_len;
    switch (mode) {
    case REPAIR_WRITE:
        if (inside)
            mprotect(page, PAGE, PROT_READ | PROT_WRITE);
        return;
    case REPAIR_READ:
        if (inside)
            mprotect(page, PAGE, PROT_READ);
        return;
    case REPAIR_MAP:
        if (inside)
            mmap(page, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        return;
    case GROW_FILE:
        if (inside)
            ftruncate(file_fd, region_len);
        return;
    case JUMP_OUT:
        siglongjmp(jump, 1);
    }
}

static void show_faults(const char *what)
{
    printf("%s: %d fault%s", what, nfaults, nfaults == 1 ? "" : "s");
    for (int i = 0; i < nfaults; i++)
        printf(" [%s %s +%ld]", faults[i].sig == SIGSEGV ? "SIGSEGV" : faults[i].sig == SIGBUS ? "SIGBUS" : "?",
               code_name(faults[i].sig, faults[i].code), (long)faults[i].off);
    printf("\n");
    nfaults = 0;
}

static void test_write_barrier(void)
{
    region_len = 4 * PAGE;
    region = mmap(NULL, region_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (size_t i = 0; i < region_len; i += 8)
        *(long *)(region + i) = (long)i;
    mprotect(region, region_len, PROT_READ);
    mode = REPAIR_WRITE;
    /* Stores walk the heap backwards from the end, 3 per page. */
    for (long i = (long)region_len - 8; i >= 0; i -= PAGE / 3 & ~7)
        ((volatile long *)region)[i / 8] = -i;
    show_faults("write barrier, stores from the end");
    long sum = 0;
    for (size_t i = 0; i < region_len; i += 8)
        sum += *(long *)(region + i);
    printf("contents after: sum=%ld\n", sum);
    /* Read-only again; a memset (library code, wide stores) across it. */
    mprotect(region, region_len, PROT_READ);
    memset(region + 100, 0x5a, 2 * PAGE);
    /* The order of a library memset's stores is its own business: only
     * count the faults, one per page. */
    int ok = 1;
    for (int i = 0; i < nfaults; i++)
        ok &= faults[i].sig == SIGSEGV && faults[i].code == SEGV_ACCERR && faults[i].off >= 100 &&
              faults[i].off < 100 + 2 * PAGE;
    printf("write barrier, memset of 2 pages at +100: %d faults, all SEGV_ACCERR in the range: %s\n", nfaults,
           ok ? "yes" : "no");
    nfaults = 0;
    printf("memset landed: %s\n",
           region[99] != 0x5a && region[100] == 0x5a && region[100 + 2 * PAGE - 1] == 0x5a &&
                   region[100 + 2 * PAGE] != 0x5a ? "yes" : "no");
    munmap(region, region_len);
}

static void test_lazy_map(void)
{
    region_len = 3 * PAGE;
    region = mmap(NULL, region_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(region, region_len); /* keep the hole */
    mode = REPAIR_MAP;
    long v = ((volatile long *)region)[(PAGE + 24) / 8];
    ((volatile char *)region)[2 * PAGE + 7] = 9;
    show_faults("lazy mapping, read +4120 and write +8199");
    printf("values: read %ld, written %d\n", v, region[2 * PAGE + 7]);
    munmap(region, region_len);

    region_len = PAGE;
    region = mmap(NULL, region_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    region[77] = 42;
    mprotect(region, PAGE, PROT_NONE);
    mode = REPAIR_READ;
    v = ((volatile char *)region)[77];
    show_faults("PROT_NONE read +77");
    printf("value read after mprotect: %ld\n", v);
    munmap(region, region_len);
}

static int try_access(volatile char *p, int write)
{
    mode = JUMP_OUT;
    if (sigsetjmp(jump, 1) == 0) {
        if (write)
            *p = 1;
        else
            (void)*p;
        return 0;
    }
    return 1;
}

static const char literal[] = "a string literal";

static void test_recover(void)
{
    region = NULL;
    region_len = 0;
    int f = try_access((volatile char *)0, 0);
    show_faults("read of NULL (offsets from 0)");
    f += try_access((volatile char *)16, 1);
    show_faults("write to address 16");
    region = (char *)(uintptr_t)&test_recover;
    try_access((volatile char *)region + 4, 1);
    show_faults("write to the program's code (offset from the function)");
    region = (char *)literal;
    try_access((volatile char *)literal + 2, 1);
    show_faults("write to a string literal (offset from it)");
    printf("literal intact: %s\n", strcmp(literal, "a string literal") == 0 ? "yes" : "no");
}

static void test_sigbus(void)
{
    char tmpl[4096];
    const char *tmp = getenv("TMPDIR");
    snprintf(tmpl, sizeof tmpl, "%s/sig-fault.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    file_fd = mkstemp(tmpl);
    if (file_fd < 0) {
        printf("mkstemp failed\n");
        return;
    }
    unlink(tmpl);
    write(file_fd, "0123456789", 10);
    region_len = 3 * PAGE;
    region = mmap(NULL, region_len, PROT_READ | PROT_WRITE, MAP_SHARED, file_fd, 0);
    printf("file of 10 bytes mapped over 3 pages: byte 5 '%c', byte 4000 %d\n", region[5], region[4000]);
    show_faults("within the last page");
    try_access(region + PAGE + 5, 0);
    try_access(region + 2 * PAGE + 9, 1);
    show_faults("past the end of the file");
    mode = GROW_FILE;
    char c = ((volatile char *)region)[PAGE + 100];
    show_faults("read past the end, handler grows the file");
    printf("read after growing: %d\n", c);
    munmap(region, region_len);
    close(file_fd);
}

static volatile int depth_reached;
static int recurse(int n)
{
    volatile char frame[1024];
    if (n < 0)
        return 0; /* never: only to tell the compiler the recursion ends */
    frame[0] = (char)n;
    frame[1023] = (char)n;
    depth_reached = n;
    return recurse(n + 1) + frame[0] + frame[1023];
}

static volatile int overflow_on_alt;
static char *alt;
static void on_overflow(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    char here = 0;
    overflow_on_alt = &here >= alt && &here < alt + 65536;
    siglongjmp(jump, 1);
}

static void test_stack_overflow(void)
{
    alt = malloc(65536);
    stack_t ss = { .ss_sp = alt, .ss_size = 65536, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_overflow;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jump, 1) == 0) {
        recurse(0);
        printf("no overflow?\n");
    }
    printf("stack overflow caught on the alternate stack: %s, deeper than 1000 frames: %s\n",
           overflow_on_alt ? "yes" : "no", depth_reached > 1000 ? "yes" : "no");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    test_write_barrier();
    test_lazy_map();
    test_recover();
    test_sigbus();
    test_stack_overflow();
    printf("done\n");
    return 0;
}
