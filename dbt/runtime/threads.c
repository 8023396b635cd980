/* Guest threads and exclusive sections (see threads.h). */
#include "dbt/runtime/threads.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "common/ferry.h"

static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct guest_thread *threads;
static int n_threads;

static __thread struct guest_thread *self;

/* Exclusive sections: `excl_active` while one is in force; threads wait
 * in exec_start() for it to end; the one starting it waits on
 * `excl_quiet` until `n_running` (threads inside translated code, other
 * than itself) drops to zero. */
static pthread_mutex_t excl_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t excl_quiet = PTHREAD_COND_INITIALIZER;
static pthread_cond_t excl_over = PTHREAD_COND_INITIALIZER;
static bool excl_active;
static int n_running;

struct guest_thread *thread_self(void)
{
    return self;
}

struct guest_thread *thread_alloc(const struct cpu_state *parent)
{
    struct guest_thread *t = aligned_alloc(64, (sizeof *t + 63) & ~(size_t)63);
    if (!t)
        return NULL;
    memset(t, 0, sizeof *t);
    if (parent)
        t->cpu = *parent;
    /* Each thread's indirect-branch table: 1 MiB reserved, touched as
     * used.  Only pc 0 hashes to slot 0, so only that slot needs a pc no
     * instruction has (an empty slot reads {0, NULL}). */
    t->ibtc = mmap(NULL, IBTC_SIZE * sizeof *t->ibtc, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t->ibtc == MAP_FAILED) {
        free(t);
        return NULL;
    }
    t->ibtc[0].guest_pc = 1;
    t->cpu.ibtc = (uint64_t)(uintptr_t)t->ibtc;
    t->cpu.exit_request = 0;
    t->cpu.chain_site = 0;
    return t;
}

void thread_free(struct guest_thread *t)
{
    munmap(t->ibtc, IBTC_SIZE * sizeof *t->ibtc);
    free(t);
}

void thread_attach(struct guest_thread *t)
{
    self = t;
    pthread_mutex_lock(&list_lock);
    t->next = threads;
    threads = t;
    n_threads++;
    pthread_mutex_unlock(&list_lock);
}

int thread_detach(struct guest_thread *t)
{
    pthread_mutex_lock(&list_lock);
    for (struct guest_thread **p = &threads; *p; p = &(*p)->next)
        if (*p == t) {
            *p = t->next;
            n_threads--;
            break;
        }
    int left = n_threads;
    pthread_mutex_unlock(&list_lock);
    if (self == t)
        self = NULL;
    return left;
}

void thread_for_each(void (*fn)(struct guest_thread *, void *), void *arg)
{
    pthread_mutex_lock(&list_lock);
    for (struct guest_thread *t = threads; t; t = t->next)
        fn(t, arg);
    pthread_mutex_unlock(&list_lock);
}

int thread_count(void)
{
    pthread_mutex_lock(&list_lock);
    int n = n_threads;
    pthread_mutex_unlock(&list_lock);
    return n;
}

void exec_start(struct guest_thread *t)
{
    pthread_mutex_lock(&excl_lock);
    while (excl_active)
        pthread_cond_wait(&excl_over, &excl_lock);
    t->running = true;
    n_running++;
    pthread_mutex_unlock(&excl_lock);
}

void exec_end(struct guest_thread *t)
{
    pthread_mutex_lock(&excl_lock);
    t->running = false;
    n_running--;
    if (excl_active && n_running == 0)
        pthread_cond_signal(&excl_quiet);
    pthread_mutex_unlock(&excl_lock);
}

static void ask_out(struct guest_thread *t, void *arg)
{
    (void)arg;
    if (t->running)
        __atomic_store_n(&t->cpu.exit_request, 1, __ATOMIC_RELEASE);
}

void start_exclusive(void)
{
    pthread_mutex_lock(&excl_lock);
    while (excl_active)
        pthread_cond_wait(&excl_over, &excl_lock);
    excl_active = true;
    pthread_mutex_unlock(&excl_lock);
    /* Outside excl_lock: the list lock is taken by threads that hold
     * neither (thread_attach), never the other way round. */
    thread_for_each(ask_out, NULL);
    pthread_mutex_lock(&excl_lock);
    while (n_running > 0)
        pthread_cond_wait(&excl_quiet, &excl_lock);
    pthread_mutex_unlock(&excl_lock);
}

void end_exclusive(void)
{
    pthread_mutex_lock(&excl_lock);
    excl_active = false;
    pthread_cond_broadcast(&excl_over);
    pthread_mutex_unlock(&excl_lock);
}
