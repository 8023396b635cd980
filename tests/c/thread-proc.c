/* thread-proc.c - /proc as a threaded guest sees it: /proc/self/task
 * lists exactly the guest's threads (no emulator helper threads), the
 * "Threads:" line of /proc/self/status counts them, /proc/thread-self
 * names the calling thread, /proc/self/task/TID/stat starts with the
 * tid, /proc/self/task/TID/comm is the program's name for the main thread
 * and the thread's own name for the others, and an exited thread leaves
 * the listing.
 * ferry-test: qemu-differs (qemu 7.2 has a helper thread of its own,
 * listed in /proc/self/task and counted in "Threads:", and the main
 * thread's comm is "qemu-aarch64"; the native build is the oracle)
 * ferry-test: repeat 2 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define NTHREADS 5

static pid_t sys_gettid(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static int count_tasks(int *has_main, pid_t *tids, int ntids, int *has_all)
{
    DIR *d = opendir("/proc/self/task");
    struct dirent *e;
    int n = 0, found = 0;
    *has_main = 0;
    if (d == NULL) {
        return -errno;
    }
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') {
            continue;
        }
        pid_t tid = (pid_t)atoi(e->d_name);
        n++;
        *has_main |= tid == getpid();
        for (int i = 0; i < ntids; i++) {
            found += tids[i] == tid;
        }
    }
    closedir(d);
    *has_all = found == ntids;
    return n;
}

static int status_threads(void)
{
    char line[256];
    int n = -1;
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL) {
        return -1;
    }
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "Threads:", 8) == 0) {
            n = atoi(line + 8);
        }
    }
    fclose(f);
    return n;
}

static void read_text(const char *path, char *buf, size_t size)
{
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
}

static pthread_barrier_t started, finish;
static pid_t tids[NTHREADS];
static int self_link_ok[NTHREADS], stat_ok[NTHREADS], comm_ok[NTHREADS];

static void *worker(void *arg)
{
    long id = (long)arg;
    char path[64], want[64], buf[512];
    pid_t tid = sys_gettid();
    tids[id] = tid;
    snprintf(want, sizeof want, "worker-%ld", id);
    pthread_setname_np(pthread_self(), want);

    ssize_t n = readlink("/proc/thread-self", buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    snprintf(path, sizeof path, "%d/task/%d", (int)getpid(), (int)tid);
    self_link_ok[id] = strcmp(buf, path) == 0;

    snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
    read_text(path, buf, sizeof buf);
    stat_ok[id] = atoi(buf) == tid && strstr(buf, want) != NULL;

    snprintf(path, sizeof path, "/proc/thread-self/comm");
    read_text(path, buf, sizeof buf);
    buf[strcspn(buf, "\n")] = 0;
    comm_ok[id] = strcmp(buf, want) == 0;

    pthread_barrier_wait(&started);
    pthread_barrier_wait(&finish);
    return NULL;
}

int main(void)
{
    pthread_t t[NTHREADS];
    int has_main, has_all;
    char buf[256], path[64];
    setvbuf(stdout, NULL, _IOLBF, 0);

    printf("alone: tasks %d, Threads: %d\n", count_tasks(&has_main, tids, 0, &has_all),
           status_threads());
    snprintf(path, sizeof path, "/proc/self/task/%d/comm", (int)getpid());
    read_text(path, buf, sizeof buf);
    printf("main thread's comm starts with the program's name: %s\n",
           strncmp(buf, "thread-proc", 11) == 0 ? "yes" : buf);

    pthread_barrier_init(&started, NULL, NTHREADS + 1);
    pthread_barrier_init(&finish, NULL, NTHREADS + 1);
    for (long i = 0; i < NTHREADS; i++) {
        int err = pthread_create(&t[i], NULL, worker, (void *)i);
        if (err != 0) {
            printf("pthread_create: %s\n", strerror(err));
            return 1;
        }
    }
    pthread_barrier_wait(&started);
    int n = count_tasks(&has_main, tids, NTHREADS, &has_all);
    printf("with %d threads: tasks %d (main listed: %s, every thread listed: %s), Threads: %d\n",
           NTHREADS, n, has_main ? "yes" : "no", has_all ? "yes" : "no", status_threads());
    int link = 1, st = 1, comm = 1;
    for (int i = 0; i < NTHREADS; i++) {
        link &= self_link_ok[i];
        st &= stat_ok[i];
        comm &= comm_ok[i];
    }
    printf("/proc/thread-self is PID/task/TID: %s; task/TID/stat starts with the tid and "
           "names the thread: %s; thread-self/comm is the thread's name: %s\n",
           link ? "yes" : "no", st ? "yes" : "no", comm ? "yes" : "no");
    snprintf(path, sizeof path, "/proc/self/task/%d/comm", (int)tids[2]);
    read_text(path, buf, sizeof buf);
    printf("main reads worker 2's comm: %s", buf);

    pthread_barrier_wait(&finish);
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
    }
    /* pthread_join returns once the kernel cleared the thread's tid word,
     * a moment before the thread is gone from /proc: wait a little. */
    for (int tries = 0; tries < 2000; tries++) {
        n = count_tasks(&has_main, tids, 0, &has_all);
        if (n == 1) {
            break;
        }
        struct timespec ts = { 0, 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
    printf("after join: tasks %d, Threads: %d\n", n, status_threads());
    snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tids[0]);
    printf("an exited thread's task/TID/stat: %s\n",
           access(path, F_OK) != 0 && errno == ENOENT ? "ENOENT" : "still there");
    return 0;
}
