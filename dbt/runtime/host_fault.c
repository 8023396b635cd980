/* Host fault handling (see host_fault.h). */
#include "dbt/runtime/host_fault.h"

#include <execinfo.h>
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "dbt/dbt.h"
#include "dbt/runtime/code_cache.h"
#include "syscall-xlat/guest_signal.h"

#define ALT_STACK_SIZE (64u << 10)

static __thread sigjmp_buf *recover;

bool host_fault_copy(void *dst, const void *src, size_t n)
{
    sigjmp_buf here;
    /* No signal mask in the jump buffer: the handlers run with
     * SA_NODEFER, so nothing is left blocked after jumping out. */
    if (sigsetjmp(here, 0)) {
        recover = NULL;
        return false;
    }
    recover = &here;
    memcpy(dst, src, n);
    recover = NULL;
    return true;
}

/* write(2) only: the process is in an unknown state. */
static void say(const char *s)
{
    ssize_t r = write(2, s, strlen(s));
    (void)r;
}

static void handler(int sig, siginfo_t *si, void *uc_void)
{
    ucontext_t *uc = uc_void;
    uint64_t host_pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];

    /* Sent by kill/tgkill/sigqueue (si_code <= 0), not raised by an
     * instruction: a signal for the guest like any other — to its handler
     * if it has one, else its default action. */
    if (si->si_code <= 0) {
        struct sig_thread *s = sig_self();
        struct guest_sigaction act = guest_sigaction_get(sig);
        if (s && act.handler != GUEST_SIG_DFL && act.handler != GUEST_SIG_IGN) {
            signal_host_entry(sig, si, uc_void);
            return;
        }
        if (act.handler == GUEST_SIG_IGN)
            return;
        dbt_die_by_signal(sig);
    }
    if (recover && (sig == SIGSEGV || sig == SIGBUS))
        siglongjmp(*recover, 1);
    if (cache_contains_host(host_pc))
        dbt_die_by_signal(sig); /* the guest's own fault */

    char line[256];
    snprintf(line, sizeof line,
             "ferry: internal error: %s at host pc %#" PRIx64 " (address %p, code %d)\n"
             "ferry: this is a bug in ferry, not in the guest program; host backtrace:\n",
             strsignal(sig), host_pc, si->si_addr, si->si_code);
    say(line);
    void *frames[64];
    int n = backtrace(frames, 64);
    backtrace_symbols_fd(frames, n, 2);
    signal(SIGABRT, SIG_DFL);
    abort();
}

void host_fault_init(void)
{
    static bool installed;
    /* backtrace() loads libgcc on first use; do it now, not in a handler. */
    void *warm[1];
    backtrace(warm, 1);

    stack_t ss = { .ss_size = ALT_STACK_SIZE, .ss_flags = 0 };
    ss.ss_sp = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (ss.ss_sp != MAP_FAILED)
        sigaltstack(&ss, NULL);
    if (installed)
        return;
    installed = true;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
}
