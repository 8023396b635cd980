/* Guest threads and exclusive sections (see threads.h). */
#include "dbt/runtime/threads.h"

#include <stddef.h>
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

/* The struct lives right after its poll page, in one mapping. */
static size_t thread_map_size(void)
{
    return THREAD_POLL_PAGE + ((sizeof(struct guest_thread) + 4095) & ~(size_t)4095);
}

static void *poll_page(const struct guest_thread *t)
{
    return (uint8_t *)(uintptr_t)t - THREAD_POLL_PAGE;
}

struct guest_thread *thread_alloc(const struct cpu_state *parent)
{
    _Static_assert(offsetof(struct guest_thread, cpu) == 0, "r15 points at the thread");
    uint8_t *base = mmap(NULL, thread_map_size(), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return NULL;
    struct guest_thread *t = (struct guest_thread *)(base + THREAD_POLL_PAGE);
    if (parent)
        t->cpu = *parent;
    /* Each thread's indirect-branch table: 1 MiB reserved, touched as
     * used. */
    t->ibtc = mmap(NULL, IBTC_ENTRIES * sizeof *t->ibtc, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t->ibtc == MAP_FAILED) {
        munmap(base, thread_map_size());
        return NULL;
    }
    ibtc_guard_zero(t->ibtc);
    t->cpu.ibtc = (uint64_t)(uintptr_t)t->ibtc;
    /* Indirect branches read the table's address from the poll page:
     * their lookup is their poll. */
    *(uint64_t *)(base + THREAD_POLL_PAGE + THREAD_POLL_DISP) = t->cpu.ibtc;
    mprotect(base, THREAD_POLL_PAGE, PROT_READ);
    t->cpu.exit_request = 0;
    t->cpu.chain_site = 0;
    return t;
}

void thread_free(struct guest_thread *t)
{
    munmap(t->ibtc, IBTC_ENTRIES * sizeof *t->ibtc);
    munmap(poll_page(t), thread_map_size());
}

void thread_request_exit(struct guest_thread *t)
{
    __atomic_store_n(&t->cpu.exit_request, 1, __ATOMIC_SEQ_CST);
    mprotect(poll_page(t), THREAD_POLL_PAGE, PROT_NONE);
}

void thread_clear_exit(struct guest_thread *t)
{
    if (!__atomic_exchange_n(&t->cpu.exit_request, 0, __ATOMIC_SEQ_CST))
        return;
    mprotect(poll_page(t), THREAD_POLL_PAGE, PROT_READ);
    /* A request between the exchange and the mprotect may have had its
     * PROT_NONE undone: make it again. */
    if (__atomic_load_n(&t->cpu.exit_request, __ATOMIC_SEQ_CST))
        mprotect(poll_page(t), THREAD_POLL_PAGE, PROT_NONE);
}

bool thread_poll_fault(const struct guest_thread *t, uint64_t addr)
{
    return addr - (uint64_t)(uintptr_t)poll_page(t) < THREAD_POLL_PAGE;
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

void thread_set_self(struct guest_thread *t)
{
    self = t;
}

void thread_reap(struct guest_thread *t)
{
    pthread_mutex_lock(&excl_lock);
    if (t->running) {
        t->running = false;
        n_running--;
        if (excl_active && n_running == 0)
            pthread_cond_signal(&excl_quiet);
    }
    pthread_mutex_unlock(&excl_lock);
    thread_detach(t);
}

void threads_fork_lock(void)
{
    pthread_mutex_lock(&list_lock);
    pthread_mutex_lock(&excl_lock);
}

void threads_fork_unlock(struct guest_thread *child)
{
    if (child) {
        /* The other threads are not in the child: their structures stay
         * allocated but unlisted, and nothing waits for them. */
        threads = child;
        child->next = NULL;
        child->running = false;
        n_threads = 1;
        n_running = 0;
        excl_active = false;
        pthread_cond_init(&excl_quiet, NULL);
        pthread_cond_init(&excl_over, NULL);
    }
    pthread_mutex_unlock(&excl_lock);
    pthread_mutex_unlock(&list_lock);
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
        thread_request_exit(t);
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
