/* thread-signals.c - signals in a threaded process: which thread gets
 * them, and per-thread state.
 *  - pthread_kill/tgkill and raise run the handler on the target thread;
 *  - a handler installed with SA_ONSTACK runs on the receiving thread's
 *    own alternate stack;
 *  - a blocking read() in a thread is interrupted (EINTR) by a handler
 *    without SA_RESTART and restarted with it;
 *  - a memory fault in a thread is delivered to that thread (SIGSEGV,
 *    si_addr), whose handler leaves it with siglongjmp.
 * (Process-directed signals, per-thread pending sets, sigwaitinfo and
 * pthread_sigqueue in threads: sig-threads.c.)
 * ferry-test: repeat 3 (signal delivery races) */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pid_t gettid_(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static pthread_t start(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    int err = pthread_create(&t, NULL, fn, arg);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    return t;
}

static void set_handler(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO | flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static const char *yes_no(int b)
{
    return b ? "yes" : "no";
}

/* --- the handler records where it ran -------------------------------------------- */

static volatile pid_t handler_tid;
static volatile int handler_sig, handler_code;
static volatile uintptr_t handler_local;
static sem_t handled;

static void recorder(int sig, siginfo_t *si, void *uc)
{
    int local;
    (void)uc;
    handler_tid = gettid_();
    handler_sig = sig;
    handler_code = si->si_code;
    handler_local = (uintptr_t)&local;
    sem_post(&handled);
}

static void wait_handled(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 5;
    while (sem_timedwait(&handled, &ts) != 0) {
        if (errno == ETIMEDOUT) {
            printf("the handler never ran\n");
            exit(1);
        }
    }
}

/* A thread that parks until told to finish. */
static sem_t park_go;
static volatile pid_t parked_tid;
static sem_t parked_ready;

static void *parked(void *arg)
{
    (void)arg;
    parked_tid = gettid_();
    sem_post(&parked_ready);
    while (sem_wait(&park_go) != 0) {
    }
    return NULL;
}

static void directed(void)
{
    set_handler(SIGUSR1, recorder, 0);
    pthread_t t = start(parked, NULL);
    while (sem_wait(&parked_ready) != 0) {
    }
    pthread_kill(t, SIGUSR1);
    wait_handled();
    int by_pthread_kill = handler_tid == parked_tid && handler_code == SI_TKILL;
    syscall(SYS_tgkill, getpid(), parked_tid, SIGUSR1);
    wait_handled();
    int by_tgkill = handler_tid == parked_tid;
    raise(SIGUSR1);
    wait_handled();
    int by_raise = handler_tid == gettid_();
    sem_post(&park_go);
    pthread_join(t, NULL);
    printf("handler runs on the target thread: pthread_kill %s (SI_TKILL), tgkill %s, "
           "raise (main) %s\n", yes_no(by_pthread_kill), yes_no(by_tgkill), yes_no(by_raise));
}

/* --- alternate stacks ---------------------------------------------------------- */

static char thread_altstack[64 * 1024], main_altstack[64 * 1024];
static volatile int on_thread_stack;

static void *altstack_thread(void *arg)
{
    (void)arg;
    stack_t ss = { .ss_sp = thread_altstack, .ss_size = sizeof thread_altstack };
    sigaltstack(&ss, NULL);
    pthread_kill(pthread_self(), SIGWINCH);
    on_thread_stack = handler_local > (uintptr_t)thread_altstack &&
                      handler_local < (uintptr_t)thread_altstack + sizeof thread_altstack;
    return NULL;
}

static void altstacks(void)
{
    stack_t ss = { .ss_sp = main_altstack, .ss_size = sizeof main_altstack };
    sigaltstack(&ss, NULL);
    set_handler(SIGWINCH, recorder, SA_ONSTACK);
    pthread_join(start(altstack_thread, NULL), NULL);
    wait_handled();
    raise(SIGWINCH);
    wait_handled();
    int main_on_main = handler_local > (uintptr_t)main_altstack &&
                       handler_local < (uintptr_t)main_altstack + sizeof main_altstack;
    printf("SA_ONSTACK: thread's handler on the thread's alternate stack %s; main's on main's %s\n",
           yes_no(on_thread_stack), yes_no(main_on_main));
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
}

/* --- interrupted and restarted system calls ---------------------------------------- */

static int pipefd[2];
static volatile ssize_t read_ret;
static volatile int read_errno;
static volatile pid_t reader_tid;
static sem_t reader_ready;

static void *reader(void *arg)
{
    char c;
    (void)arg;
    reader_tid = gettid_();
    sem_post(&reader_ready);
    read_ret = read(pipefd[0], &c, 1);
    read_errno = errno;
    return NULL;
}

/* The reader is asleep in read() once /proc says so; a signal sent
 * before that would not test interruption. */
static void wait_sleeping(pid_t tid)
{
    char path[64], buf[256];
    snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
    for (int i = 0; i < 5000; i++) {
        FILE *f = fopen(path, "r");
        if (f != NULL) {
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            fclose(f);
            buf[n] = 0;
            char *p = strrchr(buf, ')');
            if (p != NULL && p[1] == ' ' && p[2] == 'S') {
                return;
            }
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
}

static volatile int reader_done;

static void *reader_then_done(void *arg)
{
    reader(arg);
    __atomic_store_n(&reader_done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static int wait_reader_done(int ms)
{
    for (int i = 0; i < ms && !__atomic_load_n(&reader_done, __ATOMIC_ACQUIRE); i++) {
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    return __atomic_load_n(&reader_done, __ATOMIC_ACQUIRE);
}

static void interrupted_read(int restart)
{
    set_handler(SIGUSR1, recorder, restart ? SA_RESTART : 0);
    sem_init(&reader_ready, 0, 0);
    reader_done = 0;
    pthread_t t = start(reader_then_done, NULL);
    while (sem_wait(&reader_ready) != 0) {
    }
    wait_sleeping(reader_tid);
    int on_reader = 1, blocked_after = 1;
    if (restart) {
        pthread_kill(t, SIGUSR1);
        wait_handled();
        on_reader = handler_tid == reader_tid;
        blocked_after = !wait_reader_done(50);
        write(pipefd[1], "x", 1);
    } else {
        /* Should a signal come before the reader is inside read(), the
         * next one interrupts it; give up (and write) after 2 s. */
        for (int i = 0; i < 100 && !__atomic_load_n(&reader_done, __ATOMIC_ACQUIRE); i++) {
            pthread_kill(t, SIGUSR1);
            wait_handled();
            on_reader &= handler_tid == reader_tid;
            wait_reader_done(20);
        }
        if (!wait_reader_done(1)) {
            write(pipefd[1], "x", 1);
        }
    }
    pthread_join(t, NULL);
    printf("read() in a thread, handler %s SA_RESTART: handler on the reader %s; read still "
           "blocked after the handler %s; read returned %zd%s\n", restart ? "with" : "without",
           yes_no(on_reader), restart ? yes_no(blocked_after) : "-", read_ret,
           read_ret < 0 ? (read_errno == EINTR ? " EINTR" : " (other error)") : "");
}

/* --- a fault in a thread --------------------------------------------------------- */

static __thread sigjmp_buf *fault_jump;
static volatile uintptr_t fault_addr;
static volatile pid_t fault_tid;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    fault_tid = gettid_();
    if (fault_jump != NULL) {
        siglongjmp(*fault_jump, 1);
    }
    _exit(99);
}

static void *faulter(void *arg)
{
    sigjmp_buf jb;
    volatile int recovered = 0;
    fault_jump = &jb;
    if (sigsetjmp(jb, 1) == 0) {
        *(volatile int *)arg = 1;
    } else {
        recovered = 1;
    }
    return (void *)(long)recovered;
}

static void fault_in_thread(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    set_handler(SIGSEGV, on_segv, 0);
    pthread_t t;
    void *ret;
    int err = pthread_create(&t, NULL, faulter, p + 8);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    pid_t me = gettid_();
    pthread_join(t, &ret);
    printf("write to a read-only page in a thread: SIGSEGV on that thread %s, si_addr right %s, "
           "recovered with siglongjmp %s\n", yes_no(fault_tid != me && fault_tid != 0),
           yes_no(fault_addr == (uintptr_t)(p + 8)), yes_no(ret == (void *)1));
    munmap(p, page);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    sem_init(&handled, 0, 0);
    sem_init(&park_go, 0, 0);
    sem_init(&parked_ready, 0, 0);
    if (pipe(pipefd) != 0) {
        printf("pipe: %s\n", strerror(errno));
        return 1;
    }
    directed();
    altstacks();
    interrupted_read(0);
    interrupted_read(1);
    fault_in_thread();
    return 0;
}
