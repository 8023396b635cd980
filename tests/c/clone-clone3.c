/* clone-clone3.c - clone3, which glibc 2.34 and later try first for
 * pthread_create: struct clone_args with glibc's thread flags, the stack
 * given as base and size, CLONE_SETTLS from args.tls, the tids written
 * through args.parent_tid (CLONE_PARENT_SETTID) and args.child_tid
 * (CHILD_SETTID, then zeroed and woken at exit: CHILD_CLEARTID), the
 * struct 16 bytes longer than the known fields (zeros: accepted); the
 * child uses raw system calls only, and its SYS_exit ends that thread
 * only.  Then the argument checks, which create no child: a size below
 * the first version (EINVAL), a longer struct with non-zero bytes beyond
 * the known fields (E2BIG), CLONE_THREAD with an exit
 * signal, a stack size without a stack, unknown flag bits (EINVAL), an
 * unmapped struct (EFAULT).
 * ferry-test: qemu-differs (qemu 7.2 has no clone3: ENOSYS, and glibc
 * falls back to clone; the native build is the oracle)
 * ferry-test: repeat 2 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#ifdef __x86_64__
#include <asm/prctl.h>
#endif

#ifndef SYS_clone3
#define SYS_clone3 435
#endif

#define PTHREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
                       CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

/* --- raw system calls, usable where glibc's thread pointer is not ---------------- */

static long rsys6(long n, long a, long b, long c, long d, long e, long f)
{
#ifdef __aarch64__
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                     : "memory");
    return x0;
#else
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall" : "=a"(ret) : "0"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
                     "r"(r9) : "rcx", "r11", "memory");
    return ret;
#endif
}

static long rsys(long n, long a, long b, long c, long d, long e)
{
    return rsys6(n, a, b, c, d, e, 0);
}

static uintptr_t thread_pointer(void)
{
#ifdef __aarch64__
    uintptr_t v;
    __asm__ volatile("mrs %0, tpidr_el0" : "=r"(v));
    return v;
#else
    uintptr_t v = 0;
    rsys(SYS_arch_prctl, ARCH_GET_FS, (long)&v, 0, 0, 0);
    return v;
#endif
}

/* clone3(args, size); the child calls fn(arg) on its new stack, then
 * SYS_exit with the result.  Returns the raw result (negative errno). */
static long raw_clone3(void *args, size_t size, int (*fn)(void *), void *arg)
{
#ifdef __aarch64__
    register void *x0 __asm__("x0") = args;
    register size_t x1 __asm__("x1") = size;
    register long x8 __asm__("x8") = SYS_clone3;
    register int (*x10)(void *) __asm__("x10") = fn;
    register void *x11 __asm__("x11") = arg;
    __asm__ volatile("svc #0\n"
                     "cbnz x0, 1f\n"
                     "mov x29, xzr\n"
                     "mov x0, x11\n"
                     "blr x10\n"
                     "mov x8, %[nr_exit]\n"
                     "svc #0\n"
                     "brk #1000\n"
                     "1:\n"
                     : "+r"(x0)
                     : "r"(x1), "r"(x8), "r"(x10), "r"(x11), [nr_exit] "i"(SYS_exit)
                     : "memory", "cc");
    return (long)x0;
#else
    long ret;
    register int (*r9)(void *) __asm__("r9") = fn;
    register void *r12 __asm__("r12") = arg;
    __asm__ volatile("syscall\n"
                     "test %%rax, %%rax\n"
                     "jnz 1f\n"
                     "xor %%ebp, %%ebp\n"
                     "mov %%r12, %%rdi\n"
                     "call *%%r9\n"
                     "mov %%eax, %%edi\n"
                     "mov %[nr_exit], %%eax\n"
                     "syscall\n"
                     "hlt\n"
                     "1:\n"
                     : "=a"(ret)
                     : "0"((long)SYS_clone3), "D"(args), "S"(size), "r"(r9), "r"(r12),
                       [nr_exit] "i"(SYS_exit)
                     : "rcx", "r11", "memory", "cc");
    return ret;
#endif
}

struct shared {
    pid_t *ctid;
    long tid, pid;
    uintptr_t tp, local;
    pid_t ctid_seen;
    long asleep_probe;
};

static int child_main(void *arg)
{
    struct shared *s = arg;
    int local;
    s->tid = rsys(SYS_gettid, 0, 0, 0, 0, 0);
    s->pid = rsys(SYS_getpid, 0, 0, 0, 0, 0);
    s->tp = thread_pointer();
    s->local = (uintptr_t)&local;
    s->ctid_seen = __atomic_load_n(s->ctid, __ATOMIC_ACQUIRE);
    /* Exit once the parent sleeps on the child_tid word (see clone-raw.c). */
    for (int i = 0; i < 5000; i++) {
        s->asleep_probe = rsys6(SYS_futex, (long)s->ctid, FUTEX_CMP_REQUEUE, 0, INT_MAX,
                                (long)s->ctid, *(volatile pid_t *)s->ctid);
        if (s->asleep_probe == 1) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        rsys(SYS_nanosleep, (long)&ts, 0, 0, 0, 0);
    }
    return 3;
}

static int never_run(void *arg)
{
    (void)arg;
    return 0;
}

static const char *errname(long e)
{
    switch (e) {
    case 0: return "0";
    case ENOSYS: return "ENOSYS";
    case EINVAL: return "EINVAL";
    case E2BIG: return "E2BIG";
    case EFAULT: return "EFAULT";
    case ESRCH: return "ESRCH";
    case ETIMEDOUT: return "ETIMEDOUT";
    case EAGAIN: return "EAGAIN";
    default: return strerror((int)e);
    }
}

static const char *yes_no(int b)
{
    return b ? "yes" : "no";
}

static _Alignas(64) char fake_tls[4096];

static void thread_via_clone3(void)
{
    static struct shared s;
    static pid_t ptid, ctid;
    size_t size = 128 * 1024;
    char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    /* Passed with 16 zero bytes beyond the fields this kernel header
     * knows: a newer program's struct, which the kernel must accept. */
    struct { struct clone_args a; uint64_t zeros[2]; } padded;
    struct clone_args args;
    memset(&args, 0, sizeof args);
    args.flags = PTHREAD_FLAGS | CLONE_CHILD_SETTID;
    args.parent_tid = (uintptr_t)&ptid;
    args.child_tid = (uintptr_t)&ctid;
    args.stack = (uintptr_t)stack;
    args.stack_size = size;
    args.tls = (uintptr_t)(fake_tls + 128);
    ptid = ctid = -1;
    s.ctid = &ctid;
    uintptr_t my_tp = thread_pointer();
    memset(&padded, 0, sizeof padded);
    padded.a = args;
    long r = raw_clone3(&padded, sizeof padded, child_main, &s);
    if (r < 0) {
        printf("clone3: %s\n", errname(-r));
        exit(1);
    }
    pid_t tid = (pid_t)r;
    /* CHILD_SETTID is written by the child as it starts, so the word may
     * still be -1 here: sleep on whatever it holds until it is 0.  The
     * child exits only once we sleep, so the last wait ends by its wake. */
    long last_wait = -1;
    pid_t v;
    while ((v = __atomic_load_n(&ctid, __ATOMIC_ACQUIRE)) != 0) {
        struct timespec limit = { 5, 0 };
        last_wait = syscall(SYS_futex, &ctid, FUTEX_WAIT, v, &limit, NULL, 0) < 0 ? errno : 0;
        if (last_wait == ETIMEDOUT) {
            break;
        }
    }
    printf("clone3 with glibc's flags: returned a tid: %s, parent_tid set: %s; child: gettid is it: "
           "%s, getpid is ours: %s, saw child_tid set: %s\n", yes_no(tid > 0), yes_no(ptid == tid),
           yes_no(s.tid == tid), yes_no(s.pid == getpid()), yes_no(s.ctid_seen == tid));
    printf("child: on the stack given (base and size): %s; thread pointer is args.tls: %s; "
           "ours unchanged: %s\n",
           yes_no(s.local > (uintptr_t)stack && s.local < (uintptr_t)stack + size),
           yes_no(s.tp == (uintptr_t)(fake_tls + 128)), yes_no(thread_pointer() == my_tp));
    long gone = 0;
    for (int i = 0; i < 2000; i++) {
        gone = syscall(SYS_tgkill, getpid(), tid, 0) < 0 ? errno : 0;
        if (gone != 0) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    printf("child's exit: child_tid %s, parent's FUTEX_WAIT %s; then tgkill %s\n",
           ctid == 0 ? "zeroed" : "NOT zeroed", last_wait == 0 ? "woken" : errname(last_wait),
           errname(gone));
    munmap(stack, size);
}

static long try_args(void *args, size_t size)
{
    long r = raw_clone3(args, size, never_run, NULL);
    if (r > 0) {
        printf("clone3 made a child where it should have failed\n");
        exit(1);
    }
    return -r;
}

static void argument_checks(void)
{
    static _Alignas(16) char stack[16384];
    struct { struct clone_args a; uint64_t extra[2]; } big;
    struct clone_args a;

    memset(&a, 0, sizeof a);
    a.flags = PTHREAD_FLAGS & ~(CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS);
    a.stack = (uintptr_t)stack;
    a.stack_size = sizeof stack;
    long small = try_args(&a, CLONE_ARGS_SIZE_VER0 - 8);

    memset(&big, 0, sizeof big);
    big.a = a;
    big.extra[1] = 1;
    long e2big = try_args(&big, sizeof big);

    a.exit_signal = SIGCHLD;
    long sig = try_args(&a, sizeof a);
    a.exit_signal = 0;

    a.stack = 0;
    long nostack = try_args(&a, sizeof a);
    a.stack = (uintptr_t)stack;

    a.flags |= 1ULL << 40;
    long unknown = try_args(&a, sizeof a);
    a.flags &= ~(1ULL << 40);

    long page = sysconf(_SC_PAGESIZE);
    void *gone = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(gone, page);
    long fault = try_args(gone, sizeof a);

    printf("clone3: size %d: %s; non-zero bytes past the struct: %s; CLONE_THREAD with "
           "exit_signal: %s; stack_size without stack: %s; unknown flag: %s; unmapped args: %s\n",
           CLONE_ARGS_SIZE_VER0 - 8, errname(small), errname(e2big), errname(sig),
           errname(nostack), errname(unknown), errname(fault));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    argument_checks();
    thread_via_clone3();
    printf("main thread still here\n");
    return 0;
}
