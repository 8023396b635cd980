/* stats-threads.c - a worker thread sleeps 0.3 s in nanosleep while the
 * initial thread computes until the worker is done.  The output is
 * checked against the oracles like any C test; cli/stats-threads also
 * checks what -d stats makes of it: the initial thread spent the wall
 * time running, not in system calls (the worker's sleep overlaps it and
 * is not counted). */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static int done;

static void *worker(void *arg)
{
    (void)arg;
    struct timespec ts = { 0, 300 * 1000 * 1000 };
    nanosleep(&ts, NULL);
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) != 0) {
        puts("pthread_create failed");
        return 1;
    }
    unsigned long x = 1;
    while (!__atomic_load_n(&done, __ATOMIC_ACQUIRE))
        for (int i = 0; i < 1000; i++)
            x = x * 6364136223846793005ul + 1442695040888963407ul;
    pthread_join(t, NULL);
    printf("worker slept while the initial thread ran (%s)\n", x ? "ok" : "ok");
    return 0;
}
