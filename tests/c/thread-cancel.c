/* thread-cancel.c - pthread_cancel.  glibc sends the target thread its
 * internal cancellation signal (SIGRTMIN-2, number 32) with tgkill; the
 * handler runs on that thread, and if the thread is blocked in a
 * cancellation point (read, nanosleep, pthread_cond_wait, sem_wait, poll,
 * pthread_join) or has asynchronous cancellation on, it unwinds the
 * thread's stack from inside the handler, through the signal frame,
 * running cleanup handlers (innermost first) and key destructors.  So
 * this needs thread-directed signals, the signal to interrupt a blocking
 * system call, and a signal frame the unwinder recognises.
 * ferry-test: repeat 3 (signal delivery races) */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static sem_t ready;
static int pipefd[2];
static pthread_key_t key;
static int destructor_ran;
static char trail[256];
static pthread_mutex_t trail_lock = PTHREAD_MUTEX_INITIALIZER;

static void note(const char *what)
{
    pthread_mutex_lock(&trail_lock);
    if (trail[0]) {
        strcat(trail, ", ");
    }
    strcat(trail, what);
    pthread_mutex_unlock(&trail_lock);
}

static void cleanup_note(void *what)
{
    note(what);
}

static void key_destructor(void *v)
{
    (void)v;
    __atomic_fetch_add(&destructor_ran, 1, __ATOMIC_RELAXED);
}

static void *in_read(void *arg)
{
    char c;
    (void)arg;
    pthread_setspecific(key, (void *)1);
    pthread_cleanup_push(cleanup_note, "outer cleanup");
    pthread_cleanup_push(cleanup_note, "inner cleanup");
    sem_post(&ready);
    read(pipefd[0], &c, 1);
    note("read returned");
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_nanosleep(void *arg)
{
    struct timespec ts = { 30, 0 };
    (void)arg;
    pthread_cleanup_push(cleanup_note, "sleep cleanup");
    sem_post(&ready);
    nanosleep(&ts, NULL);
    note("nanosleep returned");
    pthread_cleanup_pop(0);
    return NULL;
}

static pthread_mutex_t cv_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int cv_owner_in_cleanup;

static void cv_cleanup(void *arg)
{
    (void)arg;
    /* Cancelled in pthread_cond_wait: the mutex is ours again. */
    cv_owner_in_cleanup = pthread_mutex_trylock(&cv_lock) == EBUSY;
    pthread_mutex_unlock(&cv_lock);
}

static void *in_cond_wait(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&cv_lock);
    pthread_cleanup_push(cv_cleanup, NULL);
    sem_post(&ready);
    for (;;) {
        pthread_cond_wait(&cv, &cv_lock);
    }
    pthread_cleanup_pop(1);
    return NULL;
}

static sem_t never;

static void *in_sem_wait(void *arg)
{
    (void)arg;
    sem_post(&ready);
    sem_wait(&never);
    note("sem_wait returned");
    return NULL;
}

static void *in_poll(void *arg)
{
    struct pollfd p = { .fd = pipefd[0], .events = POLLIN };
    (void)arg;
    sem_post(&ready);
    poll(&p, 1, -1);
    note("poll returned");
    return NULL;
}

static pthread_t join_target;

static void *in_join(void *arg)
{
    (void)arg;
    sem_post(&ready);
    pthread_join(join_target, NULL);
    note("join returned");
    return NULL;
}

static sem_t cancel_sent;
static int survived_disabled, pending_seen;

static void *disabled_then_enabled(void *arg)
{
    int old;
    (void)arg;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    sem_post(&ready);
    /* sem_wait is a cancellation point, but cancellation is disabled. */
    while (sem_wait(&cancel_sent) != 0) {
    }
    struct timespec ts = { 0, 5 * 1000 * 1000 };
    nanosleep(&ts, NULL);
    survived_disabled = 1;
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
    /* Deferred: nothing happens until a cancellation point. */
    pending_seen = 1;
    pthread_testcancel();
    pending_seen = 2;
    return NULL;
}

static volatile unsigned long spins;

static void *busy_async(void *arg)
{
    int old;
    (void)arg;
    pthread_cleanup_push(cleanup_note, "async cleanup");
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
    sem_post(&ready);
    for (;;) {
        spins++;
    }
    pthread_cleanup_pop(0);
    return NULL;
}

static void run_case(const char *name, void *(*fn)(void *))
{
    pthread_t t;
    void *ret = NULL;
    int err = pthread_create(&t, NULL, fn, NULL);
    if (err != 0) {
        printf("pthread_create (%s): %s\n", name, strerror(err));
        exit(1);
    }
    while (sem_wait(&ready) != 0) {
    }
    trail[0] = 0;
    int cerr = pthread_cancel(t);
    if (fn == disabled_then_enabled) {
        sem_post(&cancel_sent);
    }
    int jerr = pthread_join(t, &ret);
    printf("%s: cancel %s, join %s, %s; %s\n", name, cerr ? strerror(cerr) : "ok",
           jerr ? strerror(jerr) : "ok", ret == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "not cancelled",
           trail[0] ? trail : "(no cleanup)");
}

static void *quick(void *arg)
{
    return arg;
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    sem_init(&ready, 0, 0);
    sem_init(&never, 0, 0);
    sem_init(&cancel_sent, 0, 0);
    if (pipe(pipefd) != 0) {
        printf("pipe: %s\n", strerror(errno));
        return 1;
    }
    pthread_key_create(&key, key_destructor);

    run_case("blocked in read", in_read);
    printf("key destructor ran for the cancelled thread: %d\n", destructor_ran);
    run_case("blocked in nanosleep", in_nanosleep);
    run_case("blocked in pthread_cond_wait", in_cond_wait);
    printf("cond_wait cleanup owned the mutex: %s; mutex free afterwards: %s\n",
           cv_owner_in_cleanup ? "yes" : "no",
           pthread_mutex_trylock(&cv_lock) == 0 ? "yes" : "no");
    pthread_mutex_unlock(&cv_lock);
    run_case("blocked in sem_wait", in_sem_wait);
    run_case("blocked in poll", in_poll);

    /* The target of the join never ends by itself: cancel it last. */
    int err = pthread_create(&join_target, NULL, in_read, NULL);
    if (err != 0) {
        printf("pthread_create: %s\n", strerror(err));
        return 1;
    }
    while (sem_wait(&ready) != 0) {
    }
    run_case("blocked in pthread_join", in_join);
    pthread_cancel(join_target);
    void *ret;
    pthread_join(join_target, &ret);
    printf("its join target, cancelled next: %s\n",
           ret == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "not cancelled");

    run_case("disabled, then enabled + testcancel", disabled_then_enabled);
    printf("ran on while disabled: %s; reached testcancel: %s; went past it: %s\n",
           survived_disabled ? "yes" : "no", pending_seen >= 1 ? "yes" : "no",
           pending_seen == 2 ? "yes" : "no");
    run_case("asynchronous, busy loop", busy_async);

    /* A thread that already ended (not yet joined): cancel succeeds,
     * and the join gets its real return value. */
    pthread_t t;
    pthread_create(&t, NULL, quick, (void *)5);
    struct timespec ts = { 0, 20 * 1000 * 1000 };
    nanosleep(&ts, NULL);
    int cerr = pthread_cancel(t);
    pthread_join(t, &ret);
    printf("cancel after the thread returned: %s, join value %ld\n",
           cerr ? strerror(cerr) : "ok", (long)ret);
    return 0;
}
