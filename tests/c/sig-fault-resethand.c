/* sig-fault-resethand.c - SA_RESETHAND on SIGSEGV: the first fault runs the
 * handler (which leaves with siglongjmp), the second finds SIG_DFL and the
 * process dies of it.
 * Portable: qemu-aarch64 and the native build are both oracles. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

static sigjmp_buf jump;
static volatile int *volatile bad = (volatile int *)16;
static volatile int hits;

static void handler(int sig)
{
    (void)sig;
    hits++;
    siglongjmp(jump, 1);
}

int main(void)
{
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    if (sigsetjmp(jump, 1) == 0) {
        *bad = 1;
        printf("no fault?\n");
    }
    struct sigaction q;
    sigaction(SIGSEGV, NULL, &q);
    printf("first fault handled: %d, disposition now SIG_DFL: %s\n", hits, q.sa_handler == SIG_DFL ? "yes" : "no");
    fflush(stdout);
    if (sigsetjmp(jump, 1) == 0)
        *bad = 2;
    printf("second fault handled too: %d\n", hits);
    return 0;
}
