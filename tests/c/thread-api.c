/* thread-api.c - the life of POSIX threads: creation and join with
 * return values (return and pthread_exit), detached threads, many short
 * threads in a row (stack reuse, the CLONE_CHILD_CLEARTID wake that
 * pthread_join waits for), pthread_tryjoin_np/timedjoin_np, thread ids,
 * thread-local storage (__thread, errno, the thread pointer), keys with
 * destructors, pthread_once, names (prctl and /proc/self/task/TID/comm),
 * stack attributes (pthread_getattr_np, a caller-provided stack), and
 * what a new thread inherits: its creator's signal mask, but not its
 * alternate signal stack.
 * ferry-test: repeat 3 (thread start and exit races) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define NTHREADS 8

static pid_t sys_gettid(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static void create_or_die(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *),
                          void *arg, const char *what)
{
    int err = pthread_create(t, attr, fn, arg);
    if (err != 0) {
        printf("pthread_create (%s): %s\n", what, strerror(err));
        exit(1);
    }
}

/* --- join, return values, ids ------------------------------------------------- */

static pid_t tids[NTHREADS];
static pid_t pids[NTHREADS];
static pthread_t selves[NTHREADS];

/* pthread_exit from a few calls deep (through a pointer, so that GCC
 * does not call a function that never returns "infinite recursion"). */
static void exit_from_deep(long id, int depth);
static void (*volatile deeper)(long, int) = exit_from_deep;

static void exit_from_deep(long id, int depth)
{
    if (depth > 0) {
        deeper(id, depth - 1);
    }
    pthread_exit((void *)(id * 100 + 7));
}

static void *id_worker(void *arg)
{
    long id = (long)arg;
    tids[id] = sys_gettid();
    pids[id] = getpid();
    selves[id] = pthread_self();
    if (id % 2) {
        exit_from_deep(id, 5);
    }
    return (void *)(id * 100 + 1);
}

static void test_join_and_ids(void)
{
    pthread_t t[NTHREADS];
    int values_ok = 1, pid_same = 1, tid_distinct = 1, self_ok = 1;
    for (long i = 0; i < NTHREADS; i++) {
        create_or_die(&t[i], NULL, id_worker, (void *)i, "ids");
    }
    for (long i = 0; i < NTHREADS; i++) {
        void *ret;
        int err = pthread_join(t[i], &ret);
        if (err != 0 || (long)ret != i * 100 + (i % 2 ? 7 : 1)) {
            values_ok = 0;
        }
        self_ok &= pthread_equal(selves[i], t[i]) != 0;
    }
    pid_t me = sys_gettid();
    for (int i = 0; i < NTHREADS; i++) {
        pid_same &= pids[i] == getpid();
        tid_distinct &= tids[i] != me && tids[i] > 0;
        for (int j = 0; j < i; j++) {
            tid_distinct &= tids[i] != tids[j];
        }
    }
    printf("join: return values and pthread_exit values right: %s\n", values_ok ? "yes" : "no");
    printf("ids: main's tid is the pid: %s; threads share the pid: %s; tids distinct: %s; "
           "pthread_self matches: %s\n", me == getpid() ? "yes" : "no", pid_same ? "yes" : "no",
           tid_distinct ? "yes" : "no", self_ok ? "yes" : "no");
}

/* --- many short threads, detached threads --------------------------------------- */

static void *nothing(void *arg)
{
    return arg;
}

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static int detached_done;

static void *detached_worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&done_lock);
    detached_done++;
    pthread_cond_signal(&done_cond);
    pthread_mutex_unlock(&done_lock);
    return NULL;
}

static void test_many_and_detached(void)
{
    long sum = 0;
    for (long i = 0; i < 200; i++) {
        pthread_t t;
        void *ret;
        create_or_die(&t, NULL, nothing, (void *)i, "sequential");
        pthread_join(t, &ret);
        sum += (long)ret;
    }
    printf("200 threads one after another: sum of results %ld\n", sum);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int state;
    pthread_attr_getdetachstate(&attr, &state);
    for (int i = 0; i < 20; i++) {
        pthread_t t;
        if (i % 2) {
            create_or_die(&t, &attr, detached_worker, NULL, "detached");
        } else {
            create_or_die(&t, NULL, detached_worker, NULL, "detached");
            pthread_detach(t);
        }
    }
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&done_lock);
    while (detached_done < 20) {
        pthread_cond_wait(&done_cond, &done_lock);
    }
    pthread_mutex_unlock(&done_lock);
    printf("20 detached threads signalled completion: %d (attr state detached: %s)\n",
           detached_done, state == PTHREAD_CREATE_DETACHED ? "yes" : "no");
}

/* --- tryjoin / timedjoin ------------------------------------------------------ */

static int release_fd[2];

static void *wait_for_release(void *arg)
{
    char c;
    (void)arg;
    while (read(release_fd[0], &c, 1) < 0 && errno == EINTR) {
    }
    return (void *)42;
}

static void test_timed_join(void)
{
    pthread_t t;
    void *ret = NULL;
    if (pipe(release_fd) != 0) {
        printf("pipe: %s\n", strerror(errno));
        exit(1);
    }
    create_or_die(&t, NULL, wait_for_release, NULL, "timedjoin");
    int busy = pthread_tryjoin_np(t, &ret);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_nsec += 30 * 1000 * 1000;
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    int timed = pthread_timedjoin_np(t, &ret, &deadline);
    write(release_fd[1], "x", 1);
    int joined = pthread_join(t, &ret);
    printf("tryjoin on a running thread: %s; timedjoin: %s; join: %s, value %ld\n",
           busy == EBUSY ? "EBUSY" : strerror(busy), timed == ETIMEDOUT ? "ETIMEDOUT" : strerror(timed),
           joined == 0 ? "ok" : strerror(joined), (long)ret);
    close(release_fd[0]);
    close(release_fd[1]);
}

/* --- thread-local storage, errno, keys, once ---------------------------------- */

static __thread int tls_int = 42;
static __thread char tls_text[16] = "initial";
static __thread long tls_zero;
static uintptr_t tls_addr[NTHREADS];
static uintptr_t tp_value[NTHREADS];
static int tls_fresh[NTHREADS], tls_kept[NTHREADS], errno_own[NTHREADS];
static pthread_barrier_t tls_barrier;

static void *tls_worker(void *arg)
{
    long id = (long)arg;
    tls_fresh[id] = tls_int == 42 && strcmp(tls_text, "initial") == 0 && tls_zero == 0;
    tls_addr[id] = (uintptr_t)&tls_int;
    tp_value[id] = (uintptr_t)__builtin_thread_pointer();
    tls_int = (int)id * 1000;
    snprintf(tls_text, sizeof tls_text, "thread %ld", id);
    tls_zero = id;
    /* Everyone writes before anyone checks. */
    pthread_barrier_wait(&tls_barrier);
    errno = 0;
    if (id % 2) {
        close(-1 - (int)id);        /* EBADF in this thread only */
    }
    pthread_barrier_wait(&tls_barrier);
    char want[16];
    snprintf(want, sizeof want, "thread %ld", id);
    tls_kept[id] = tls_int == (int)id * 1000 && strcmp(tls_text, want) == 0 && tls_zero == id;
    errno_own[id] = errno == (id % 2 ? EBADF : 0);
    return NULL;
}

static pthread_key_t key;
static int destructor_calls, destructor_second_round;

static void key_destructor(void *value)
{
    long v = (long)value;
    __atomic_fetch_add(&destructor_calls, 1, __ATOMIC_RELAXED);
    if (v >= 1000) {
        /* Setting a value again makes glibc run the destructors again. */
        pthread_setspecific(key, (void *)(v - 1000));
    } else {
        __atomic_fetch_add(&destructor_second_round, 1, __ATOMIC_RELAXED);
    }
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs, once_seen;

static void once_init(void)
{
    __atomic_fetch_add(&once_runs, 1, __ATOMIC_RELAXED);
    struct timespec ts = { 0, 2 * 1000 * 1000 };   /* others must wait for us */
    nanosleep(&ts, NULL);
    __atomic_store_n(&once_seen, 1, __ATOMIC_RELEASE);
}

static int key_fresh[NTHREADS], once_done[NTHREADS];

static void *key_worker(void *arg)
{
    long id = (long)arg;
    key_fresh[id] = pthread_getspecific(key) == NULL;
    pthread_setspecific(key, (void *)(1000 + id + 1));
    pthread_once(&once, once_init);
    once_done[id] = __atomic_load_n(&once_seen, __ATOMIC_ACQUIRE);
    return NULL;
}

static void test_tls_keys_once(void)
{
    pthread_t t[NTHREADS];
    int fresh = 1, kept = 1, distinct = 1, err_ok = 1, tp_ok = 1;
    tls_int = -1;
    strcpy(tls_text, "main");
    pthread_barrier_init(&tls_barrier, NULL, NTHREADS);
    for (long i = 0; i < NTHREADS; i++) {
        create_or_die(&t[i], NULL, tls_worker, (void *)i, "tls");
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
    }
    pthread_barrier_destroy(&tls_barrier);
    for (int i = 0; i < NTHREADS; i++) {
        fresh &= tls_fresh[i];
        kept &= tls_kept[i];
        err_ok &= errno_own[i];
        tp_ok &= tp_value[i] != 0 && tp_value[i] != (uintptr_t)__builtin_thread_pointer();
        for (int j = 0; j < i; j++) {
            distinct &= tls_addr[i] != tls_addr[j];
            tp_ok &= tp_value[i] != tp_value[j];
        }
    }
    printf("__thread: initial values in new threads: %s; own copies kept: %s; addresses "
           "distinct: %s; main's copy untouched: %s\n", fresh ? "yes" : "no", kept ? "yes" : "no",
           distinct ? "yes" : "no", tls_int == -1 && strcmp(tls_text, "main") == 0 ? "yes" : "no");
    printf("thread pointers distinct: %s; errno per thread: %s\n", tp_ok ? "yes" : "no",
           err_ok ? "yes" : "no");

    pthread_key_create(&key, key_destructor);
    pthread_setspecific(key, (void *)7);
    for (long i = 0; i < NTHREADS; i++) {
        create_or_die(&t[i], NULL, key_worker, (void *)i, "keys");
    }
    int kf = 1, od = 1;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
        kf &= key_fresh[i];
        od &= once_done[i];
    }
    printf("keys: NULL in new threads: %s; main's value kept: %ld; destructor calls %d "
           "(%d in a second round)\n", kf ? "yes" : "no", (long)pthread_getspecific(key),
           destructor_calls, destructor_second_round);
    pthread_key_delete(key);
    printf("pthread_once: init ran %d time(s), every caller saw it finished: %s\n", once_runs,
           od ? "yes" : "no");
}

/* --- names --------------------------------------------------------------------- */

static pthread_barrier_t name_barrier;
static char comm_seen[32];

static void read_comm(pid_t tid, char *buf, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/self/task/%d/comm", (int)tid);
    int fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, size - 1) : -1;
    if (fd >= 0) {
        close(fd);
    }
    if (n < 0) {
        snprintf(buf, size, "(%s)", strerror(errno));
        return;
    }
    buf[n] = 0;
    buf[strcspn(buf, "\n")] = 0;
}

static void *named_worker(void *arg)
{
    (void)arg;
    pthread_setname_np(pthread_self(), "ferry-worker");
    pthread_barrier_wait(&name_barrier);     /* 1: named myself */
    pthread_barrier_wait(&name_barrier);     /* 2: main renamed me */
    read_comm(sys_gettid(), comm_seen, sizeof comm_seen);
    return NULL;
}

static void test_names(void)
{
    pthread_t t;
    char name[32];
    pthread_barrier_init(&name_barrier, NULL, 2);
    create_or_die(&t, NULL, named_worker, NULL, "names");
    pthread_barrier_wait(&name_barrier);
    pthread_getname_np(t, name, sizeof name);
    printf("names: thread named itself: %s\n", name);
    int toolong = pthread_setname_np(t, "a-name-longer-than-15");
    pthread_setname_np(t, "renamed");
    pthread_getname_np(t, name, sizeof name);
    printf("names: too long: %s; renamed by main: %s\n",
           toolong == ERANGE ? "ERANGE" : strerror(toolong), name);
    pthread_barrier_wait(&name_barrier);
    pthread_join(t, NULL);
    printf("names: /proc/self/task/TID/comm seen by the thread: %s\n", comm_seen);
    pthread_barrier_destroy(&name_barrier);
}

/* --- stacks -------------------------------------------------------------------- */

struct stack_facts {
    size_t size, guard;
    void *addr;
    uintptr_t local;
    int detach;
};

static void *stack_worker(void *arg)
{
    struct stack_facts *f = arg;
    pthread_attr_t attr;
    int here;
    f->local = (uintptr_t)&here;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &f->addr, &f->size);
        pthread_attr_getguardsize(&attr, &f->guard);
        pthread_attr_getdetachstate(&attr, &f->detach);
        pthread_attr_destroy(&attr);
    }
    return NULL;
}

static int inside(const struct stack_facts *f)
{
    return f->local > (uintptr_t)f->addr && f->local < (uintptr_t)f->addr + f->size;
}

static void test_stacks(void)
{
    pthread_t t;
    pthread_attr_t attr;
    struct stack_facts f = { 0 };

    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    create_or_die(&t, &attr, stack_worker, &f, "stacksize");
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    printf("stack 256 KiB requested: size %zu KiB, guard %zu page(s), local inside: %s, "
           "joinable: %s\n", f.size / 1024, f.guard / (size_t)sysconf(_SC_PAGESIZE),
           inside(&f) ? "yes" : "no", f.detach == PTHREAD_CREATE_JOINABLE ? "yes" : "no");

    size_t size = 128 * 1024;
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(&f, 0, sizeof f);
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, mem, size);
    create_or_die(&t, &attr, stack_worker, &f, "own stack");
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    printf("caller's stack: reported as given: %s, local inside it: %s\n",
           f.addr == mem && f.size == size ? "yes" : "no", inside(&f) ? "yes" : "no");
    munmap(mem, size);

    memset(&f, 0, sizeof f);
    stack_worker(&f);
    printf("main thread: getattr_np stack holds a local: %s, at least 128 KiB: %s\n",
           inside(&f) ? "yes" : "no", f.size >= 128 * 1024 ? "yes" : "no");
}

/* --- inherited: signal mask, not the alternate stack -------------------------- */

static sigset_t child_mask;
static stack_t child_ss_before, child_ss_after;
static char child_altstack[64 * 1024];

static void *sig_worker(void *arg)
{
    (void)arg;
    pthread_sigmask(SIG_SETMASK, NULL, &child_mask);
    sigaltstack(NULL, &child_ss_before);
    stack_t ss = { .ss_sp = child_altstack, .ss_size = sizeof child_altstack };
    sigaltstack(&ss, NULL);
    sigaltstack(NULL, &child_ss_after);
    /* Changing our mask must not change the creator's. */
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGUSR2);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    return NULL;
}

static void test_inheritance(void)
{
    static char main_altstack[64 * 1024];
    sigset_t block, old, now;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigaddset(&block, SIGUSR2);
    sigaddset(&block, SIGRTMIN + 3);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    stack_t ss = { .ss_sp = main_altstack, .ss_size = sizeof main_altstack }, main_ss;
    sigaltstack(&ss, NULL);

    pthread_t t;
    create_or_die(&t, NULL, sig_worker, NULL, "signals");
    pthread_join(t, NULL);
    pthread_sigmask(SIG_SETMASK, NULL, &now);
    sigaltstack(NULL, &main_ss);
    printf("new thread's mask: SIGUSR1 %s, SIGUSR2 %s, SIGRTMIN+3 %s, SIGTERM %s\n",
           sigismember(&child_mask, SIGUSR1) ? "blocked" : "open",
           sigismember(&child_mask, SIGUSR2) ? "blocked" : "open",
           sigismember(&child_mask, SIGRTMIN + 3) ? "blocked" : "open",
           sigismember(&child_mask, SIGTERM) ? "blocked" : "open");
    printf("creator's mask after the thread unblocked SIGUSR2: SIGUSR2 %s\n",
           sigismember(&now, SIGUSR2) ? "blocked" : "open");
    printf("new thread's alternate stack: %s; after sigaltstack: its own: %s; main's kept: %s\n",
           child_ss_before.ss_flags & SS_DISABLE ? "none (SS_DISABLE)" : "inherited",
           child_ss_after.ss_sp == child_altstack ? "yes" : "no",
           main_ss.ss_sp == main_altstack && !(main_ss.ss_flags & SS_DISABLE) ? "yes" : "no");
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_join_and_ids();
    test_many_and_detached();
    test_timed_join();
    test_tls_keys_once();
    test_names();
    test_stacks();
    test_inheritance();
    return 0;
}
