/* sig-threads.c - signals and threads: each thread has its own mask and
 * pending set, the process a shared pending set.
 *
 *  - a new thread inherits its creator's mask, and has no alternate stack;
 *  - a process-directed signal (kill) goes to the one thread that does not
 *    block it;
 *  - pthread_kill, tgkill, tkill and pthread_sigqueue reach the thread named
 *    (SI_TKILL, SI_QUEUE with the value), and a signal aimed at a thread
 *    that blocks it stays pending for that thread only (sigpending in the
 *    other thread does not show it), until it unblocks;
 *  - a process-directed signal blocked by every thread is pending for all,
 *    and goes to the first thread that unblocks it;
 *  - sigwaitinfo in one thread receives a process-directed signal;
 *  - a blocking read in one thread interrupted by pthread_kill: EINTR there
 *    only;
 *  - timer_create with SIGEV_THREAD_ID aimed at the worker thread
 *    (SI_TIMER, the sigev_value).
 * Every thread operation is checked: if pthread_create fails the test says
 * so and stops (no kill or wait on a thread that does not exist).
 * ferry-test: repeat 3 (timing: signals from timers and other threads)
 * Portable: qemu-aarch64 and the native build are both oracles. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

#include "watchdog.h"

static pid_t main_tid, worker_tid;
static pthread_t worker;

/* The last delivery: which thread ran the handler, and its siginfo. */
static volatile pid_t ran_tid;
static volatile int ran_sig, ran_code, ran_value, deliveries;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    ran_tid = gettid();
    ran_sig = sig;
    ran_code = si->si_code;
    ran_value = si->si_value.sival_int;
    __atomic_add_fetch(&deliveries, 1, __ATOMIC_SEQ_CST);
}

static const char *who(pid_t t)
{
    if (t == main_tid) return "main";
    if (t == worker_tid) return "worker";
    if (t == 0) return "nobody";
    return "other";
}

static const char *code_name(int c)
{
    switch (c) {
    case SI_USER: return "SI_USER";
    case SI_TKILL: return "SI_TKILL";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TIMER: return "SI_TIMER";
    default: return "other";
    }
}

/* Wait (up to 5 s) until `deliveries` reaches n. */
static int wait_deliveries(int n)
{
    for (int i = 0; i < 5000; i++) {
        if (__atomic_load_n(&deliveries, __ATOMIC_SEQ_CST) >= n)
            return 1;
        struct timespec ms = { 0, 1000000 };
        nanosleep(&ms, NULL);
    }
    return 0;
}

/* Commands to the worker, through a pipe; it answers through another. */
static int cmd_pipe[2], ans_pipe[2];
enum { C_REPORT_MASK, C_UNBLOCK, C_BLOCK, C_PENDING, C_SIGWAIT, C_READ, C_ALTSTACK, C_EXIT };
static int worker_read_fd;

static void answer(const char *s) { write(ans_pipe[1], s, strlen(s) + 1); }

static void *worker_main(void *arg)
{
    (void)arg;
    worker_tid = gettid();
    answer("started");
    for (;;) {
        unsigned char c[2];
        if (read(cmd_pipe[0], c, 2) != 2)
            continue; /* interrupted by a signal handler */
        int sig = c[1];
        char buf[128];
        sigset_t s, cur;
        sigemptyset(&s);
        sigaddset(&s, sig);
        switch (c[0]) {
        case C_REPORT_MASK:
            pthread_sigmask(SIG_BLOCK, NULL, &cur);
            snprintf(buf, sizeof buf, "%d", sigismember(&cur, sig));
            answer(buf);
            break;
        case C_UNBLOCK:
            pthread_sigmask(SIG_UNBLOCK, &s, NULL);
            answer("unblocked");
            break;
        case C_BLOCK:
            pthread_sigmask(SIG_BLOCK, &s, NULL);
            answer("blocked");
            break;
        case C_PENDING:
            sigpending(&cur);
            snprintf(buf, sizeof buf, "%d", sigismember(&cur, sig));
            answer(buf);
            break;
        case C_SIGWAIT: {
            siginfo_t si;
            struct timespec ts = { 5, 0 };
            int r = sigtimedwait(&s, &si, &ts);
            snprintf(buf, sizeof buf, "%d %s", r == sig, code_name(si.si_code));
            answer(buf);
            break;
        }
        case C_READ: {
            char x;
            answer("reading");
            errno = 0;
            ssize_t n = read(worker_read_fd, &x, 1);
            snprintf(buf, sizeof buf, "%zd %s", n, errno == EINTR ? "EINTR" : strerror(errno));
            answer(buf);
            break;
        }
        case C_ALTSTACK: {
            stack_t ss;
            sigaltstack(NULL, &ss);
            answer(ss.ss_flags == SS_DISABLE ? "disabled" : "enabled");
            break;
        }
        case C_EXIT:
            answer("bye");
            return NULL;
        }
    }
}

static const char *read_answer(void)
{
    static char buf[128];
    size_t n = 0;
    while (n < sizeof buf - 1) {
        ssize_t r = read(ans_pipe[0], buf + n, 1);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            break;
        }
        if (buf[n] == 0)
            break;
        n++;
    }
    buf[n] = 0;
    return buf;
}

static void send_cmd(int cmd, int sig)
{
    unsigned char c[2] = { cmd, sig };
    write(cmd_pipe[1], c, 2);
}

static const char *ask(int cmd, int sig)
{
    send_cmd(cmd, sig);
    return read_answer();
}

static int pending_here(int sig)
{
    sigset_t p;
    sigpending(&p);
    return sigismember(&p, sig);
}

static void block_here(int how, int sig)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    pthread_sigmask(how, &s, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    main_tid = gettid();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGRTMIN, &sa, NULL);
    sigaction(SIGRTMIN + 1, &sa, NULL);
    sigaction(SIGALRM, &sa, NULL);

    /* The worker inherits this mask: USR1, USR2, RTMIN+1 blocked. */
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGUSR2);
    sigaddset(&s, SIGRTMIN + 1);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    char *alt = malloc(65536);
    stack_t ss = { .ss_sp = alt, .ss_size = 65536, .ss_flags = 0 };
    sigaltstack(&ss, NULL);

    if (pipe(cmd_pipe) != 0 || pipe(ans_pipe) != 0) {
        printf("pipe failed\n");
        return 1;
    }
    int r = pthread_create(&worker, NULL, worker_main, NULL);
    if (r != 0) {
        printf("pthread_create failed: %s\n", strerror(r));
        return 1;
    }
    printf("worker: %s\n", read_answer());
    printf("worker's alternate stack: %s\n", ask(C_ALTSTACK, 0));
    printf("worker inherited the mask: USR1 blocked=%s\n", ask(C_REPORT_MASK, SIGUSR1));

    /* kill: to the only thread that does not block it. */
    printf("worker: %s USR1\n", ask(C_UNBLOCK, SIGUSR1));
    deliveries = 0;
    kill(getpid(), SIGUSR1);
    wait_deliveries(1);
    printf("kill USR1 (main blocks it): ran in %s, %s\n", who(ran_tid), code_name(ran_code));

    /* Unblock it in main, block it in the worker: now main gets it. */
    block_here(SIG_UNBLOCK, SIGUSR1);
    ask(C_BLOCK, SIGUSR1);
    deliveries = 0;
    kill(getpid(), SIGUSR1);
    wait_deliveries(1);
    printf("kill USR1 (worker blocks it): ran in %s\n", who(ran_tid));

    /* Aimed at the worker, which blocks it: pending there only. */
    deliveries = 0;
    r = pthread_kill(worker, SIGUSR1);
    printf("pthread_kill worker USR1: %d; pending in worker=%s in main=%d; delivered=%d\n", r,
           ask(C_PENDING, SIGUSR1), pending_here(SIGUSR1), deliveries);
    ask(C_UNBLOCK, SIGUSR1);
    wait_deliveries(1);
    printf("worker unblocked USR1: ran in %s, %s\n", who(ran_tid), code_name(ran_code));

    /* tgkill to the worker, and to main. */
    deliveries = 0;
    syscall(SYS_tgkill, getpid(), worker_tid, SIGUSR1);
    wait_deliveries(1);
    printf("tgkill worker USR1: ran in %s, %s\n", who(ran_tid), code_name(ran_code));
    deliveries = 0;
    syscall(SYS_tgkill, getpid(), main_tid, SIGUSR1);
    printf("tgkill main USR1: ran in %s before tgkill returned=%d\n", who(ran_tid), deliveries);
    deliveries = 0;
    syscall(SYS_tkill, worker_tid, SIGUSR1);
    wait_deliveries(1);
    printf("tkill worker USR1: ran in %s, %s\n", who(ran_tid), code_name(ran_code));

    /* pthread_sigqueue with a value. */
    deliveries = 0;
    union sigval v = { .sival_int = 777 };
    r = pthread_sigqueue(worker, SIGRTMIN, v);
    wait_deliveries(1);
    printf("pthread_sigqueue worker RTMIN: %d ran in %s, %s value=%d\n", r, who(ran_tid), code_name(ran_code),
           ran_value);

    /* A process-directed signal blocked everywhere: pending for both,
     * delivered to the first that unblocks. */
    deliveries = 0;
    kill(getpid(), SIGUSR2);
    printf("kill USR2 (blocked everywhere): pending in main=%d in worker=%s delivered=%d\n", pending_here(SIGUSR2),
           ask(C_PENDING, SIGUSR2), deliveries);
    ask(C_UNBLOCK, SIGUSR2);
    wait_deliveries(1);
    printf("worker unblocked USR2: ran in %s; pending in main now=%d\n", who(ran_tid), pending_here(SIGUSR2));
    ask(C_BLOCK, SIGUSR2);

    /* sigwaitinfo in the worker for a process-directed signal. */
    send_cmd(C_SIGWAIT, SIGRTMIN + 1);
    struct timespec ms = { 0, 20000000 };
    nanosleep(&ms, NULL);
    v.sival_int = 5;
    sigqueue(getpid(), SIGRTMIN + 1, v);
    printf("sigtimedwait in worker, sigqueue to the process: got it=%s\n", read_answer());

    /* A blocking read in the worker interrupted by pthread_kill. */
    int rp[2];
    pipe(rp);
    worker_read_fd = rp[0];
    send_cmd(C_READ, 0);
    read_answer(); /* "reading" */
    nanosleep(&ms, NULL);
    deliveries = 0;
    pthread_kill(worker, SIGUSR1);
    printf("read in worker, pthread_kill USR1: %s, handler ran in %s\n", read_answer(), who(ran_tid));
    close(rp[0]);
    close(rp[1]);

    /* A timer aimed at the worker. */
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_THREAD_ID;
    ev.sigev_signo = SIGALRM;
    ev.sigev_value.sival_int = 99;
    ev.sigev_notify_thread_id = worker_tid;
    timer_t t;
    deliveries = 0;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t) != 0) {
        printf("timer_create SIGEV_THREAD_ID: %s\n", strerror(errno));
    } else {
        struct itimerspec its = { { 0, 0 }, { 0, 20000000 } };
        timer_settime(t, 0, &its, NULL);
        wait_deliveries(1);
        printf("SIGEV_THREAD_ID timer: ran in %s, %s value=%d\n", who(ran_tid), code_name(ran_code), ran_value);
        timer_delete(t);
    }

    printf("worker: %s\n", ask(C_EXIT, 0));
    pthread_join(worker, NULL);
    printf("done\n");
    return 0;
}
