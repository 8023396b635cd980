/* sig-handlers.c - guest signal handlers: what a handler is given and what
 * the kernel does around it.
 *
 *  - SA_SIGINFO: si_signo, si_code (SI_TKILL for raise, SI_USER for kill,
 *    SI_QUEUE for sigqueue), si_pid, si_uid, si_value; a handler without
 *    SA_SIGINFO gets the signal number;
 *  - a self-directed signal runs its handler before kill()/raise() returns,
 *    and a pending one before the sigprocmask() that unblocks it returns;
 *  - the mask inside a handler (sa_mask plus the signal itself), the mask
 *    restored after it returns, uc_sigmask holding the interrupted mask and
 *    a handler that edits uc_sigmask changing the mask it returns to;
 *  - SA_NODEFER (the same signal nests) against the default (it waits for
 *    the handler to return), a different signal nesting unless in sa_mask;
 *  - SA_RESETHAND: the disposition is SIG_DFL inside the handler;
 *  - sigaltstack: SA_ONSTACK handlers run on it, others do not, SS_ONSTACK
 *    inside, uc_stack's ss_sp and ss_size, a nested signal below the outer
 *    frame on the same stack, EPERM for changing it while on it,
 *    SS_DISABLE (uc_stack.ss_flags and SS_AUTODISARM, where qemu 7.2 is
 *    wrong, are in sig-altstack.c);
 *  - SIG_IGN discarding a pending signal, default-ignored signals,
 *    sigsuspend's temporary mask;
 *  - the interrupted code's integer and floating-point values intact after
 *    handlers that use many registers.
 * Every handler returns through the default restorer (on arm64 the vDSO's
 * __kernel_rt_sigreturn: glibc sets no SA_RESTORER there).
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

/* A watchdog that does not use SIGALRM: SIGKILL after 15 s. */
#include "watchdog.h"

/* Events recorded by handlers, printed by main. */
static char events[256];
static volatile int nevents;
static void ev(const char *s)
{
    while (*s && nevents < (int)sizeof events - 1)
        events[nevents++] = *s++;
}
static void show_events(const char *what)
{
    events[nevents] = 0;
    printf("%s: %s\n", what, events);
    nevents = 0;
}

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *code_name(int c)
{
    switch (c) {
    case SI_USER: return "SI_USER";
    case SI_TKILL: return "SI_TKILL";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_KERNEL: return "SI_KERNEL";
    default: return "other";
    }
}

static int install(int sig, void (*fn)(int, siginfo_t *, void *), int flags, const sigset_t *mask)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = flags | SA_SIGINFO;
    if (mask)
        sa.sa_mask = *mask;
    else
        sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

static int blocked(int sig)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, sig);
}

/* --- siginfo ------------------------------------------------------------- */

static volatile int info_sig, info_code, info_pid_ok, info_uid_ok, info_value, info_hits;
static void info_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    info_hits++;
    info_sig = si->si_signo == sig ? sig : -1;
    info_code = si->si_code;
    info_pid_ok = si->si_pid == getpid();
    info_uid_ok = si->si_uid == getuid();
    info_value = si->si_code == SI_QUEUE ? si->si_value.sival_int : 0;
}

static volatile int plain_sig;
static void plain_handler(int sig) { plain_sig = sig; }

static void test_siginfo(void)
{
    printf("sigaction: %d\n", install(SIGUSR1, info_handler, 0, NULL));
    raise(SIGUSR1);
    printf("raise: hits=%d signo ok=%s code=%s pid ok=%s uid ok=%s\n", info_hits,
           yesno(info_sig == SIGUSR1), code_name(info_code), yesno(info_pid_ok), yesno(info_uid_ok));
    int before = info_hits;
    kill(getpid(), SIGUSR1);
    int ran = info_hits == before + 1;
    printf("kill: handled before kill returned=%s code=%s pid ok=%s uid ok=%s\n", yesno(ran),
           code_name(info_code), yesno(info_pid_ok), yesno(info_uid_ok));
    union sigval v = { .sival_int = 4242 };
    sigqueue(getpid(), SIGUSR1, v);
    printf("sigqueue: code=%s value=%d\n", code_name(info_code), info_value);

    signal(SIGUSR2, plain_handler);
    raise(SIGUSR2);
    printf("handler without SA_SIGINFO got signal %s\n", plain_sig == SIGUSR2 ? "SIGUSR2" : "?");

    /* A pending signal runs before the unblocking sigprocmask returns. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    before = info_hits;
    raise(SIGUSR1);
    raise(SIGUSR1);
    int while_blocked = info_hits - before;
    sigset_t pend;
    sigpending(&pend);
    int pending = sigismember(&pend, SIGUSR1);
    sigprocmask(SIG_SETMASK, &old, NULL);
    int after = info_hits - before;
    printf("blocked: ran while blocked=%d pending=%d; after unblocking ran=%d (standard signals do not queue)\n",
           while_blocked, pending, after);
}

/* --- masks ---------------------------------------------------------------- */

static volatile int in_usr1, in_usr2, in_int, uc_int, uc_usr1;
static void mask_handler(int sig, siginfo_t *si, void *ucv)
{
    (void)sig;
    (void)si;
    ucontext_t *uc = ucv;
    in_usr1 = blocked(SIGUSR1);
    in_usr2 = blocked(SIGUSR2);
    in_int = blocked(SIGINT);
    uc_int = sigismember(&uc->uc_sigmask, SIGINT);
    uc_usr1 = sigismember(&uc->uc_sigmask, SIGUSR1);
}

static void edit_mask_handler(int sig, siginfo_t *si, void *ucv)
{
    (void)sig;
    (void)si;
    ucontext_t *uc = ucv;
    /* The mask the handler returns to is the one in the ucontext. */
    sigaddset(&uc->uc_sigmask, SIGTERM);
    sigdelset(&uc->uc_sigmask, SIGINT);
}

static void test_masks(void)
{
    sigset_t mask, s;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR2);
    install(SIGUSR1, mask_handler, 0, &mask);
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigprocmask(SIG_SETMASK, &s, NULL);
    raise(SIGUSR1);
    printf("in handler: USR1 blocked=%d USR2 (sa_mask) blocked=%d INT (already) blocked=%d\n", in_usr1, in_usr2,
           in_int);
    printf("uc_sigmask: INT=%d USR1=%d\n", uc_int, uc_usr1);
    printf("after return: USR1 blocked=%d USR2 blocked=%d INT blocked=%d\n", blocked(SIGUSR1), blocked(SIGUSR2),
           blocked(SIGINT));
    install(SIGUSR1, edit_mask_handler, 0, NULL);
    raise(SIGUSR1);
    printf("handler edited uc_sigmask: TERM blocked=%d INT blocked=%d\n", blocked(SIGTERM), blocked(SIGINT));
    sigemptyset(&s);
    sigprocmask(SIG_SETMASK, &s, NULL);
}

/* --- nesting --------------------------------------------------------------- */

/* Entries are numbered: the first raises the signal again. */
static volatile int entries;
static void self_handler(int sig, siginfo_t *si, void *uc)
{
    (void)si;
    (void)uc;
    int n = ++entries;
    ev(n == 1 ? "[1" : "[2");
    if (n == 1)
        raise(sig);
    ev(n == 1 ? "1]" : "2]");
}

static void usr2_event(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    ev("[u2]");
}

static void usr1_raises_usr2(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    ev("[u1");
    raise(SIGUSR2);
    ev("u1]");
}

static void test_nesting(void)
{
    install(SIGUSR1, self_handler, 0, NULL);
    entries = 0;
    raise(SIGUSR1);
    show_events("same signal, default (deferred)");
    install(SIGUSR1, self_handler, SA_NODEFER, NULL);
    entries = 0;
    raise(SIGUSR1);
    show_events("same signal, SA_NODEFER (nested)");
    install(SIGUSR2, usr2_event, 0, NULL);
    install(SIGUSR1, usr1_raises_usr2, 0, NULL);
    raise(SIGUSR1);
    show_events("other signal (nested)");
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR2);
    install(SIGUSR1, usr1_raises_usr2, 0, &mask);
    raise(SIGUSR1);
    show_events("other signal in sa_mask (deferred)");
}

/* --- SA_RESETHAND ------------------------------------------------------------ */

static volatile int reset_dfl, reset_hits;
static void reset_handler(int sig, siginfo_t *si, void *uc)
{
    (void)si;
    (void)uc;
    struct sigaction q;
    sigaction(sig, NULL, &q);
    reset_dfl = q.sa_handler == SIG_DFL;
    reset_hits++;
}

static void test_resethand(void)
{
    install(SIGUSR2, reset_handler, SA_RESETHAND, NULL);
    raise(SIGUSR2);
    struct sigaction q;
    sigaction(SIGUSR2, NULL, &q);
    printf("SA_RESETHAND: hits=%d SIG_DFL inside=%d SIG_DFL after=%d\n", reset_hits, reset_dfl,
           q.sa_handler == SIG_DFL);
    /* SIGURG's default action is to ignore it: a reset handler means the
     * second one is ignored, not handled. */
    install(SIGURG, reset_handler, SA_RESETHAND, NULL);
    raise(SIGURG);
    raise(SIGURG);
    printf("SA_RESETHAND on SIGURG, raised twice: hits=%d\n", reset_hits);
}

/* --- sigaltstack ------------------------------------------------------------- */

#define ALT_SIZE (256 * 1024)
static char *alt;
static volatile int alt_on, alt_flags_onstack, alt_uc_sp_ok, alt_uc_size_ok, alt_eperm;
static volatile int alt_nested_on, alt_nested_below, alt_depth;
static volatile uintptr_t alt_outer_frame;

static int on_alt(const void *p) { return (const char *)p >= alt && (const char *)p < alt + ALT_SIZE; }

static void alt_handler(int sig, siginfo_t *si, void *ucv)
{
    (void)si;
    ucontext_t *uc = ucv;
    char here = 0;
    alt_depth++;
    if (alt_depth == 1) {
        alt_on = on_alt(&here);
        stack_t cur;
        sigaltstack(NULL, &cur);
        alt_flags_onstack = cur.ss_flags;
        alt_uc_sp_ok = uc->uc_stack.ss_sp == alt;
        alt_uc_size_ok = uc->uc_stack.ss_size == ALT_SIZE;
        stack_t other = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 };
        alt_eperm = sigaltstack(&other, NULL) == -1 && errno == EPERM;
        alt_outer_frame = (uintptr_t)&here;
        raise(sig == SIGUSR1 ? SIGUSR2 : sig);
    } else {
        alt_nested_on = on_alt(&here);
        alt_nested_below = (uintptr_t)&here < alt_outer_frame;
    }
    alt_depth--;
}

static const char *ss_name(int f)
{
    static char bufs[4][64];
    static int next;
    char *buf = bufs[next++ & 3];
    if (f == 0)
        return "0";
    buf[0] = 0;
    if (f & SS_ONSTACK)
        strcat(buf, "SS_ONSTACK|");
    if (f & SS_DISABLE)
        strcat(buf, "SS_DISABLE|");
    if (f & ~(SS_ONSTACK | SS_DISABLE))
        strcat(buf, "other|");
    buf[strlen(buf) - 1] = 0;
    return buf;
}

static volatile int plain_on;
static void where_handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    char here = 0;
    plain_on = on_alt(&here);
}

static void test_altstack(void)
{
    alt = malloc(ALT_SIZE);
    stack_t ss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 };
    printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
    install(SIGUSR1, alt_handler, SA_ONSTACK, NULL);
    install(SIGUSR2, alt_handler, SA_ONSTACK, NULL);
    raise(SIGUSR1);
    printf("SA_ONSTACK handler on the alternate stack=%d, sigaltstack inside says %s\n", alt_on,
           ss_name(alt_flags_onstack));
    printf("uc_stack: ss_sp ok=%d ss_size ok=%d\n", alt_uc_sp_ok, alt_uc_size_ok);
    printf("changing it while on it: EPERM=%d\n", alt_eperm);
    printf("nested SA_ONSTACK signal: on the alternate stack=%d below the outer frame=%d\n", alt_nested_on,
           alt_nested_below);
    stack_t cur;
    sigaltstack(NULL, &cur);
    printf("after return: ss_flags=%s\n", ss_name(cur.ss_flags));

    install(SIGUSR1, where_handler, 0, NULL);
    raise(SIGUSR1);
    printf("handler without SA_ONSTACK on the alternate stack=%d\n", plain_on);

    ss.ss_flags = SS_DISABLE;
    printf("sigaltstack SS_DISABLE: %d\n", sigaltstack(&ss, NULL));
    install(SIGUSR1, where_handler, SA_ONSTACK, NULL);
    plain_on = -1;
    raise(SIGUSR1);
    sigaltstack(NULL, &cur);
    printf("disabled: SA_ONSTACK handler on the alternate stack=%d, ss_flags=%s\n", plain_on, ss_name(cur.ss_flags));
    free(alt);
    alt = NULL;
}

/* --- dispositions ----------------------------------------------------------- */

static volatile int suspend_hits, suspend_usr2_blocked;
static void suspend_handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    suspend_hits++;
    suspend_usr2_blocked = blocked(SIGUSR2);
}

static void test_dispositions(void)
{
    /* SIG_IGN for a pending signal discards it. */
    install(SIGUSR1, info_handler, 0, NULL);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    sigset_t pend;
    sigpending(&pend);
    int was = sigismember(&pend, SIGUSR1);
    signal(SIGUSR1, SIG_IGN);
    sigpending(&pend);
    printf("pending=%d, after SIG_IGN pending=%d\n", was, sigismember(&pend, SIGUSR1));
    int before = info_hits;
    install(SIGUSR1, info_handler, 0, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked after SIG_IGN: handler ran=%d\n", info_hits - before);

    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    signal(SIGCHLD, SIG_DFL);
    raise(SIGCHLD);
    signal(SIGWINCH, SIG_DFL);
    raise(SIGWINCH);
    signal(SIGURG, SIG_DFL);
    raise(SIGURG);
    signal(SIGCONT, SIG_DFL);
    raise(SIGCONT);
    printf("ignored SIGUSR1 and default SIGCHLD, SIGWINCH, SIGURG, SIGCONT: survived\n");

    /* sigsuspend: its mask while waiting, the old one after. */
    install(SIGUSR1, suspend_handler, 0, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    sigset_t during;
    sigemptyset(&during);
    sigaddset(&during, SIGUSR2);
    errno = 0;
    int r = sigsuspend(&during);
    int e = errno;
    printf("sigsuspend: %d %s hits=%d USR2 blocked in handler=%d USR1 blocked after=%d USR2 blocked after=%d\n", r,
           e == EINTR ? "EINTR" : "?", suspend_hits, suspend_usr2_blocked, blocked(SIGUSR1), blocked(SIGUSR2));
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* --- the interrupted code's values -------------------------------------------- */

static volatile double fp_sink;
static void clobber_handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    /* Use many FP and integer registers. */
    volatile double a[16];
    for (int i = 0; i < 16; i++)
        a[i] = i * 1.25 + 0.5;
    double s = 0;
    for (int i = 0; i < 16; i++)
        s = s * 0.5 + a[i] * a[(i + 3) & 15];
    fp_sink = s;
}

static void test_values(void)
{
    install(SIGUSR1, clobber_handler, 0, NULL);
    double x = 1.0, y = 3.0;
    long a = 7, b = 11;
    for (int i = 0; i < 10; i++) {
        x = x * 1.5 + y;
        a = a * 3 + b;
        if (i == 5)
            raise(SIGUSR1);
        y = y - x / 8;
        b = b ^ a;
    }
    printf("values after handlers: x=%.6f y=%.6f a=%ld b=%ld\n", x, y, a, b);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    test_siginfo();
    test_masks();
    test_nesting();
    test_resethand();
    test_altstack();
    test_dispositions();
    test_values();
    printf("done\n");
    return 0;
}
