/* thread-exit-leader.c - every thread ends with the exit system call,
 * the main thread first (status 3), the last thread later (status 5);
 * nobody calls exit_group.  The process ends when its last thread does,
 * with the last thread's status, 5 (thread-exit-leader.status): since
 * Linux 6.0 the last thread to exit sets the group's exit code
 * (synchronize_group_exit in kernel/exit.c); older kernels reported the
 * thread group leader's, 3.  qemu 7.2 turns the last thread's exit into
 * exit_group, which gives 5 as well.
 * ferry-test: repeat 2 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static pthread_t main_thread;

static void *last(void *arg)
{
    (void)arg;
    int err = pthread_join(main_thread, NULL);
    printf("last thread: joined the main thread: %s; ending with SYS_exit(5)\n",
           err == 0 ? "yes" : strerror(err));
    fflush(stdout);
    syscall(SYS_exit, 5);
    return NULL;
}

int main(void)
{
    pthread_t t;
    main_thread = pthread_self();
    setvbuf(stdout, NULL, _IOLBF, 0);
    int err = pthread_create(&t, NULL, last, NULL);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        return 1;
    }
    printf("main: ending the main thread with SYS_exit(3)\n");
    syscall(SYS_exit, 3);
    return 1;
}
