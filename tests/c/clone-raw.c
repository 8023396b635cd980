/* clone-raw.c - the clone system call itself, as glibc's pthread_create
 * makes it (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
 * CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID |
 * CLONE_CHILD_CLEARTID), with a stack of our own and a child that uses
 * raw system calls only (its thread pointer is not a glibc one).  Checked:
 *  - clone returns the child's tid, which PARENT_SETTID stored before
 *    clone returned and which is what the child's gettid says; getpid is
 *    the same in both, gettid differs;
 *  - the child runs on the given stack, sees the TLS value as its thread
 *    pointer (TPIDR_EL0; FS base on x86-64), the parent's is unchanged;
 *    without CLONE_SETTLS the child has the parent's; CHILD_SETTID
 *    stores the tid before the child runs;
 *  - the child inherits the signal mask; tgkill(pid, tid) reaches that
 *    thread (rt_sigtimedwait there gets it with SI_TKILL and our pid);
 *    tgkill with the wrong thread group is ESRCH;
 *  - sched_getaffinity (same mask as the parent), sched_yield and
 *    membarrier (query; private expedited only after registering) in the
 *    child;
 *  - the child's SYS_exit ends that thread only: the kernel zeroes the
 *    CHILD_CLEARTID word and wakes the parent sleeping on it (FUTEX_WAIT,
 *    shared); afterwards tgkill finds no such thread;
 *  - bad flag combinations: EINVAL (no child).
 * If clone fails, the test says so and exits 1 without using the result.
 * ferry-test: repeat 3 (thread start and exit races) */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <linux/membarrier.h>
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

/* clone(flags, stack, ptid, tls, ctid); the child calls fn(arg) on the
 * new stack, then SYS_exit with its result.  Returns the raw result
 * (negative errno). */
static long raw_clone(unsigned long flags, void *stack_top, pid_t *ptid, void *tls, pid_t *ctid,
                      int (*fn)(void *), void *arg)
{
#ifdef __aarch64__
    register unsigned long x0 __asm__("x0") = flags;
    register void *x1 __asm__("x1") = stack_top;
    register pid_t *x2 __asm__("x2") = ptid;
    register void *x3 __asm__("x3") = tls;
    register pid_t *x4 __asm__("x4") = ctid;
    register long x8 __asm__("x8") = SYS_clone;
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
                     : "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x8), "r"(x10), "r"(x11),
                       [nr_exit] "i"(SYS_exit)
                     : "memory", "cc");
    return (long)x0;
#else
    long ret;
    register pid_t *r10 __asm__("r10") = ctid;
    register void *r8 __asm__("r8") = tls;
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
                     : "0"((long)SYS_clone), "D"(flags), "S"(stack_top), "d"(ptid), "r"(r10),
                       "r"(r8), "r"(r9), "r"(r12), [nr_exit] "i"(SYS_exit)
                     : "rcx", "r11", "memory", "cc");
    return ret;
#endif
}

static void raw_sleep_ms(int ms)
{
    struct timespec ts = { 0, ms * 1000000L };
    rsys(SYS_nanosleep, (long)&ts, 0, 0, 0, 0);
}

/* --- what the child records -------------------------------------------------- */

struct shared {
    pid_t *ptid, *ctid;
    int stage;
    long tid, pid, affinity_ret, yield_ret, membarrier_ret, sigmask_ret, sigwait_ret;
    uintptr_t tp, local;
    pid_t ptid_seen, ctid_seen;
    unsigned long mask;
    unsigned char affinity[128];
    unsigned char info[128];        /* siginfo_t */
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
    s->ptid_seen = __atomic_load_n(s->ptid, __ATOMIC_ACQUIRE);
    s->ctid_seen = __atomic_load_n(s->ctid, __ATOMIC_ACQUIRE);
    s->sigmask_ret = rsys(SYS_rt_sigprocmask, SIG_BLOCK, 0, (long)&s->mask, 8, 0);
    s->affinity_ret = rsys(SYS_sched_getaffinity, 0, sizeof s->affinity, (long)s->affinity, 0, 0);
    s->yield_ret = rsys(SYS_sched_yield, 0, 0, 0, 0, 0);
    s->membarrier_ret = rsys(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0, 0);
    __atomic_store_n(&s->stage, 1, __ATOMIC_RELEASE);

    unsigned long set = 1UL << (SIGUSR1 - 1);
    struct timespec limit = { 5, 0 };
    s->sigwait_ret = rsys(SYS_rt_sigtimedwait, (long)&set, (long)s->info, (long)&limit, 8, 0);

    /* Exit only once the parent sleeps on our tid word (FUTEX_CMP_REQUEUE
     * of the word onto itself counts the sleepers), so that its FUTEX_WAIT
     * can only end through the kernel's CHILD_CLEARTID wake. */
    for (int i = 0; i < 5000; i++) {
        s->asleep_probe = rsys6(SYS_futex, (long)s->ctid, FUTEX_CMP_REQUEUE, 0, INT_MAX,
                                (long)s->ctid, *(volatile pid_t *)s->ctid);
        if (s->asleep_probe == 1) {
            break;
        }
        raw_sleep_ms(1);
    }
    return 7;
}

static int quick_child(void *arg)
{
    struct shared *s = arg;
    s->tid = rsys(SYS_gettid, 0, 0, 0, 0, 0);
    s->tp = thread_pointer();
    s->ptid_seen = __atomic_load_n(s->ptid, __ATOMIC_ACQUIRE);
    s->ctid_seen = __atomic_load_n(s->ctid, __ATOMIC_ACQUIRE);
    return 0;
}

/* --- the parent side -------------------------------------------------------------- */

static const char *errname(long e)
{
    switch (e) {
    case 0: return "0";
    case ENOSYS: return "ENOSYS";
    case EINVAL: return "EINVAL";
    case ESRCH: return "ESRCH";
    case EPERM: return "EPERM";
    case EAGAIN: return "EAGAIN";
    case ETIMEDOUT: return "ETIMEDOUT";
    default: return strerror((int)e);
    }
}

static const char *yes_no(int b)
{
    return b ? "yes" : "no";
}

static void *new_stack(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) {
        printf("mmap: %s\n", strerror(errno));
        exit(1);
    }
    return p;
}

static int wait_stage(struct shared *s, int stage)
{
    for (int i = 0; i < 5000; i++) {
        if (__atomic_load_n(&s->stage, __ATOMIC_ACQUIRE) >= stage) {
            return 1;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    return 0;
}

/* Wait for the thread to be gone: tgkill(sig 0) says ESRCH. */
static long wait_gone(pid_t tid)
{
    long e = 0;
    for (int i = 0; i < 2000; i++) {
        e = syscall(SYS_tgkill, getpid(), tid, 0) < 0 ? errno : 0;
        if (e != 0) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    return e;
}

static _Alignas(64) char fake_tls[4096];

static void pthread_like(void)
{
    static struct shared s;
    static pid_t tid_word;          /* glibc: both ptid and ctid are pd->tid */
    size_t size = 256 * 1024;
    char *stack = new_stack(size);
    void *tls = fake_tls + 256;
    uintptr_t my_tp = thread_pointer();

    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);

    tid_word = -1;
    s.ptid = s.ctid = &tid_word;
    long r = raw_clone(PTHREAD_FLAGS, stack + size, &tid_word, tls, &tid_word, child_main, &s);
    if (r < 0) {
        printf("clone: %s\n", errname(-r));
        exit(1);
    }
    pid_t tid = (pid_t)r;
    printf("clone with glibc's flags: returned a tid, PARENT_SETTID stored it: %s\n",
           yes_no(tid > 0 && tid_word == tid));
    if (!wait_stage(&s, 1)) {
        printf("the child never ran\n");
        exit(1);
    }
    printf("child: gettid is clone's result: %s; getpid is ours: %s; tid differs from ours: %s\n",
           yes_no(s.tid == tid), yes_no(s.pid == getpid()), yes_no(s.tid != syscall(SYS_gettid)));
    printf("child: runs on the given stack: %s; thread pointer is the TLS value: %s; "
           "ours unchanged: %s; saw the tid word set: %s\n",
           yes_no(s.local > (uintptr_t)stack && s.local < (uintptr_t)stack + size),
           yes_no(s.tp == (uintptr_t)tls), yes_no(thread_pointer() == my_tp), yes_no(s.ptid_seen == tid));

    unsigned char mine[128];
    memset(mine, 0, sizeof mine);
    long mret = rsys(SYS_sched_getaffinity, 0, sizeof mine, (long)mine, 0, 0);
    printf("child: SIGUSR1 blocked (inherited mask): %s; sched_getaffinity: a size, multiple of "
           "8: %s, the parent's mask: %s; sched_yield %s; membarrier private expedited %s\n",
           yes_no(s.sigmask_ret == 0 && (s.mask & (1UL << (SIGUSR1 - 1)))),
           yes_no(s.affinity_ret > 0 && s.affinity_ret % 8 == 0),
           yes_no(s.affinity_ret == mret && memcmp(mine, s.affinity, (size_t)mret) == 0),
           errname(s.yield_ret < 0 ? -s.yield_ret : 0),
           errname(s.membarrier_ret < 0 ? -s.membarrier_ret : 0));

    long k0 = syscall(SYS_tgkill, getpid(), tid, 0) < 0 ? errno : 0;
    long kwrong = syscall(SYS_tgkill, 1, tid, 0) < 0 ? errno : 0;
    long k1 = syscall(SYS_tgkill, getpid(), tid, SIGUSR1) < 0 ? errno : 0;

    /* Sleep on the tid word until the kernel clears it at the child's exit. */
    long first_wait = -1;
    pid_t v;
    while ((v = __atomic_load_n(&tid_word, __ATOMIC_ACQUIRE)) != 0) {
        struct timespec limit = { 5, 0 };
        long w = syscall(SYS_futex, &tid_word, FUTEX_WAIT, v, &limit, NULL, 0) < 0 ? errno : 0;
        if (first_wait == -1) {
            first_wait = w;
        }
        if (w == ETIMEDOUT) {
            break;
        }
    }
    int *info = (int *)(void *)s.info;
    printf("tgkill(pid, tid, 0) %s; tgkill(1, tid, 0) %s; tgkill(pid, tid, SIGUSR1) %s; the "
           "child's rt_sigtimedwait: %s, si_code SI_TKILL: %s, si_pid ours: %s\n", errname(k0),
           errname(kwrong), errname(k1),
           s.sigwait_ret == SIGUSR1 ? "SIGUSR1" : errname(-s.sigwait_ret),
           yes_no(info[2] == SI_TKILL), yes_no(info[4] == getpid()));
    printf("child's exit: tid word %s, parent's FUTEX_WAIT on it %s; then tgkill(pid, tid, 0) %s\n",
           tid_word == 0 ? "zeroed" : "NOT zeroed",
           first_wait == 0 ? "woken" : errname(first_wait), errname(wait_gone(tid)));
    munmap(stack, size);
}

static void settid_no_tls(void)
{
    static struct shared s;
    static pid_t ptid, ctid;
    size_t size = 64 * 1024;
    char *stack = new_stack(size);
    ptid = -1;
    ctid = -1;
    s.ptid = &ptid;
    s.ctid = &ctid;
    unsigned long flags = (PTHREAD_FLAGS & ~CLONE_SETTLS) | CLONE_CHILD_SETTID;
    long r = raw_clone(flags, stack + size, &ptid, NULL, &ctid, quick_child, &s);
    if (r < 0) {
        printf("clone: %s\n", errname(-r));
        exit(1);
    }
    pid_t v;
    while ((v = __atomic_load_n(&ctid, __ATOMIC_ACQUIRE)) != 0) {
        struct timespec limit = { 5, 0 };
        if (syscall(SYS_futex, &ctid, FUTEX_WAIT, v, &limit, NULL, 0) < 0 && errno == ETIMEDOUT) {
            break;
        }
    }
    printf("without CLONE_SETTLS, with CHILD_SETTID: child's thread pointer is ours: %s; "
           "it saw ctid = its tid: %s, ptid = its tid: %s; ctid zeroed at exit: %s, ptid kept: %s\n",
           yes_no(s.tp == thread_pointer()), yes_no(s.ctid_seen == (pid_t)r && s.tid == r),
           yes_no(s.ptid_seen == (pid_t)r), yes_no(ctid == 0), yes_no(ptid == (pid_t)r));
    wait_gone((pid_t)r);
    munmap(stack, size);
}

static int never_run(void *arg)
{
    (void)arg;
    return 0;
}

static void bad_flags(void)
{
    static _Alignas(16) char stack[16384];
    long a = raw_clone(CLONE_VM | CLONE_THREAD, stack + sizeof stack, NULL, NULL, NULL, never_run, NULL);
    long b = raw_clone(CLONE_SIGHAND, stack + sizeof stack, NULL, NULL, NULL, never_run, NULL);
    printf("CLONE_THREAD without CLONE_SIGHAND: %s; CLONE_SIGHAND without CLONE_VM: %s\n",
           a < 0 ? errname(-a) : "a child", b < 0 ? errname(-b) : "a child");
    if (a > 0 || b > 0) {
        exit(1);
    }
}

static void membarrier_facts(void)
{
    long q = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
    long before = syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) < 0 ? errno : 0;
    long reg = syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) < 0 ? errno : 0;
    long after = syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) < 0 ? errno : 0;
    printf("membarrier: query lists PRIVATE_EXPEDITED and its registration: %s; private "
           "expedited before registering %s, register %s, after %s\n",
           yes_no(q > 0 && (q & MEMBARRIER_CMD_PRIVATE_EXPEDITED) &&
              (q & MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED)),
           errname(before), errname(reg), errname(after));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    membarrier_facts();
    bad_flags();
    pthread_like();
    settid_no_tls();
    printf("main thread still here\n");
    return 0;
}
