/* signals.c - signal delivery basics: sigaction handlers with SA_SIGINFO,
 * raise/kill/sigqueue, blocking and pending sets, sigsuspend, EINTR vs
 * SA_RESTART on a pipe read interrupted by an itimer, sigaltstack, and a SIGSEGV
 * from a bad access reported with the right si_addr and recovered with
 * siglongjmp.  (The first signal test; the c/sig-* tests go further.) */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits, last_sig, last_code, on_altstack;
static volatile pid_t last_pid;
static void *volatile fault_addr;
static sigjmp_buf recover;
static char *altstack;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    hits++;
    last_sig = sig;
    last_code = si->si_code;
    last_pid = si->si_pid;
    char here;
    on_altstack = altstack && &here >= altstack && &here < altstack + SIGSTKSZ * 4;
}

static void segv_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    last_sig = sig;
    fault_addr = si->si_addr;
    last_code = si->si_code;
    siglongjmp(recover, 1);
}

static void on_alarm(int sig) { (void)sig; hits++; }
static int restart_fd = -1;
static void on_alarm_write(int sig) { (void)sig; hits++; write(restart_fd, "R", 1); }

static const char *code_name(int c)
{
    switch (c) {
    case SI_USER: return "SI_USER";
    case SI_TKILL: return "SI_TKILL";
    case SI_QUEUE: return "SI_QUEUE";
    case SEGV_MAPERR: return "SEGV_MAPERR";
    case SEGV_ACCERR: return "SEGV_ACCERR";
    default: return "other";
    }
}

#include "watchdog.h"

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    printf("sigaction USR1: %d\n", sigaction(SIGUSR1, &sa, NULL));
    raise(SIGUSR1);
    printf("raise: hits=%d sig=%s code=%s\n", hits, last_sig == SIGUSR1 ? "SIGUSR1" : "?", code_name(last_code));
    kill(getpid(), SIGUSR1);
    printf("kill: hits=%d code=%s pid is ours=%d\n", hits, code_name(last_code), last_pid == getpid());
    union sigval v = { .sival_int = 42 };
    sigqueue(getpid(), SIGUSR1, v);
    printf("sigqueue: hits=%d code=%s\n", hits, code_name(last_code));

    /* Blocked signals stay pending until unblocked. */
    sigset_t set, old, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    sigpending(&pend);
    printf("blocked: hits=%d pending=%d\n", hits, sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: hits=%d\n", hits);

    /* sigsuspend waits for a signal sent while blocked. */
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    sigset_t none;
    sigemptyset(&none);
    int r = sigsuspend(&none);
    printf("sigsuspend: %d %s hits=%d\n", r, errno == EINTR ? "EINTR" : "?", hits);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* Ignored and default dispositions. */
    signal(SIGUSR2, SIG_IGN);
    raise(SIGUSR2);
    printf("ignored SIGUSR2 survived\n");
    struct sigaction q;
    sigaction(SIGUSR2, NULL, &q);
    int ign = q.sa_handler == SIG_IGN;
    sigaction(SIGUSR1, NULL, &q);
    printf("query: SIGUSR2 is SIG_IGN=%d, SIGUSR1 has SA_SIGINFO=%d\n", ign, (q.sa_flags & SA_SIGINFO) != 0);

    /* A timer interrupts a blocking read: EINTR without SA_RESTART. */
    int p[2];
    pipe(p);
    struct sigaction al;
    memset(&al, 0, sizeof al);
    al.sa_handler = on_alarm;
    sigaction(SIGALRM, &al, NULL);
    struct itimerval it = { { 0, 0 }, { 0, 50000 } };
    int before = hits;
    setitimer(ITIMER_REAL, &it, NULL);
    char c;
    errno = 0;
    ssize_t n = read(p[0], &c, 1);
    printf("read interrupted: %zd %s handler ran=%d\n", n, errno == EINTR ? "EINTR" : "?", hits == before + 1);
    /* With SA_RESTART the read resumes and gets the byte that the
     * handler writes into the pipe. */
    restart_fd = p[1];
    al.sa_handler = on_alarm_write;
    al.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &al, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    errno = 0;
    n = read(p[0], &c, 1);
    printf("read with SA_RESTART: %zd '%c' errno=%d\n", n, n == 1 ? c : '?', errno);
    close(p[0]);
    close(p[1]);

    /* sigaltstack */
    altstack = malloc(SIGSTKSZ * 4);
    stack_t ss = { .ss_sp = altstack, .ss_size = SIGSTKSZ * 4, .ss_flags = 0 };
    printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("handler ran on alternate stack: %d\n", on_altstack);
    stack_t cur;
    sigaltstack(NULL, &cur);
    printf("altstack flags after handler: %s\n", cur.ss_flags == 0 ? "0" : "?");

    /* SIGSEGV with si_addr, for an unmapped page and a read-only page. */
    struct sigaction sv;
    memset(&sv, 0, sizeof sv);
    sv.sa_sigaction = segv_handler;
    sv.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sv, NULL);
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    volatile char *bad = page + 4096 + 123;
    if (sigsetjmp(recover, 1) == 0) {
        *bad = 1;
        printf("no fault?\n");
    }
    printf("SIGSEGV unmapped: sig ok=%d si_addr exact=%d code=%s\n", last_sig == SIGSEGV, fault_addr == bad,
           code_name(last_code));
    mprotect(page, 4096, PROT_READ);
    bad = page + 7;
    if (sigsetjmp(recover, 1) == 0) {
        *bad = 1;
        printf("no fault?\n");
    }
    printf("SIGSEGV read-only: si_addr exact=%d code=%s\n", fault_addr == bad, code_name(last_code));
    printf("done, hits=%d\n", hits);
    return 0;
}
