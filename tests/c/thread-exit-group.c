/* thread-exit-group.c - exit() in a thread that is not the main one ends
 * the whole process (exit_group) with that status, while the main thread
 * waits in pthread_join and two other threads are blocked, one in read()
 * on a pipe nobody writes, one in FUTEX_WAIT on a word nobody changes.
 * exit() runs the atexit handlers in the calling thread and flushes
 * stdout (a pipe, so fully buffered: the lines printed before are in the
 * buffer until then).  Expected status: 7 (thread-exit-group.status).
 * ferry-test: repeat 3 (exit races) */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int pipefd[2];
static uint32_t word;
static pid_t exiting_tid;
static int reader_started, waiter_started;

static pid_t gettid_(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static void at_exit(void)
{
    printf("atexit handler: runs in the exiting thread: %s\n",
           gettid_() == exiting_tid ? "yes" : "no");
}

static void *reader(void *arg)
{
    char c;
    (void)arg;
    __atomic_store_n(&reader_started, 1, __ATOMIC_RELEASE);
    read(pipefd[0], &c, 1);
    printf("reader: read returned (it must not)\n");
    return NULL;
}

static void *futex_waiter(void *arg)
{
    (void)arg;
    __atomic_store_n(&waiter_started, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    printf("futex waiter: woke up (it must not)\n");
    return NULL;
}

static void *exiter(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&reader_started, __ATOMIC_ACQUIRE) ||
           !__atomic_load_n(&waiter_started, __ATOMIC_ACQUIRE)) {
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    struct timespec ts = { 0, 20 * 1000 * 1000 };   /* let them block */
    nanosleep(&ts, NULL);
    exiting_tid = gettid_();
    printf("exiter: calling exit(7)\n");
    exit(7);
}

static pthread_t start(void *(*fn)(void *))
{
    pthread_t t;
    int err = pthread_create(&t, NULL, fn, NULL);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        exit(1);
    }
    return t;
}

int main(void)
{
    if (pipe(pipefd) != 0) {
        printf("pipe: %s\n", strerror(errno));
        return 1;
    }
    atexit(at_exit);
    printf("main: starting a reader, a futex waiter and an exiter\n");
    pthread_t r = start(reader);
    start(futex_waiter);
    start(exiter);
    pthread_join(r, NULL);
    printf("main: join returned (it must not)\n");
    return 0;
}
