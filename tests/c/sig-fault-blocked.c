/* sig-fault-blocked.c - a fault while its signal is blocked: the kernel
 * cannot defer a synchronous SIGSEGV, so it unblocks it, resets it to
 * SIG_DFL and the process dies of it; the installed handler never runs
 * (kernel/signal.c force_sig_info_to_task).
 * Portable: qemu-aarch64 and the native build are both oracles. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static volatile int *volatile null_ptr;

static void handler(int sig)
{
    (void)sig;
    static const char msg[] = "the handler ran\n";
    write(1, msg, sizeof msg - 1);
    _exit(1);
}

int main(void)
{
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    sigprocmask(SIG_BLOCK, &set, NULL);
    printf("SIGSEGV blocked, handler installed: writing to NULL\n");
    fflush(stdout);
    *null_ptr = 1;
    printf("still alive\n");
    return 0;
}
