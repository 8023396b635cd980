/* thread-exit-signal.c - a fatal signal sent to one thread (tgkill to
 * itself, default action: terminate) ends the whole process with that
 * signal, while the main thread waits in pthread_join and another thread
 * sleeps in nanosleep.  Expected: death by SIGTERM
 * (thread-exit-signal.status).
 * ferry-test: repeat 3 (exit races) */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void *sleeper(void *arg)
{
    struct timespec ts = { 30, 0 };
    (void)arg;
    nanosleep(&ts, NULL);
    printf("sleeper: woke up (it must not)\n");
    return NULL;
}

static void *victim(void *arg)
{
    (void)arg;
    printf("victim: tgkill(getpid(), my tid, SIGTERM)\n");
    fflush(stdout);
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGTERM);
    struct timespec ts = { 5, 0 };
    nanosleep(&ts, NULL);
    printf("victim: still alive (it must not be)\n");
    return NULL;
}

int main(void)
{
    pthread_t s, v;
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (pthread_create(&s, NULL, sleeper, NULL) != 0 || pthread_create(&v, NULL, victim, NULL) != 0) {
        printf("pthread_create failed\n");
        return 1;
    }
    pthread_join(v, NULL);
    printf("main: join returned (it must not)\n");
    return 0;
}
