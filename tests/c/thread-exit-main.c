/* thread-exit-main.c - the main thread ends with the exit system call
 * (not exit_group) while another thread runs on: the process lives on.
 * The kernel clears the main thread's tid word (glibc registered it with
 * set_tid_address) and wakes its joiner, so pthread_join of the main
 * thread returns; the worker still has the process id, and its
 * exit_group(4) (_exit) ends the process with status 4
 * (thread-exit-main.status).
 * ferry-test: repeat 3 (exit races) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static pthread_t main_thread;
static pid_t pid;

static void *worker(void *arg)
{
    (void)arg;
    int err = pthread_join(main_thread, NULL);
    printf("worker: joined the main thread: %s\n", err == 0 ? "yes" : strerror(err));
    printf("worker: same process id: %s; I am not the main thread: %s\n",
           getpid() == pid ? "yes" : "no", syscall(SYS_gettid) != pid ? "yes" : "no");
    printf("worker: calling _exit(4)\n");
    fflush(stdout);
    _exit(4);
}

int main(void)
{
    pthread_t t;
    pid = getpid();
    main_thread = pthread_self();
    setvbuf(stdout, NULL, _IOLBF, 0);
    int err = pthread_create(&t, NULL, worker, NULL);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        return 1;
    }
    printf("main: ending the main thread with SYS_exit(3)\n");
    syscall(SYS_exit, 3);
    printf("main: still running (it must not)\n");
    return 1;
}
