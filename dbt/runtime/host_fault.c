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
#include <unwind.h>

#include "common/ferry.h"
#include "dbt/dbt.h"
#include "dbt/backend/hostregs.h"
#include "dbt/runtime/code_cache.h"
#include "dbt/runtime/tbi.h"
#include "dbt/runtime/threads.h"
#include "dbt/runtime/trampoline.h"
#include "dbt/runtime/x86_operand.h"
#include "dbt/translate.h"
#include "syscall-xlat/syscall.h"
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

/* ucontext index of each x86 register number (emit.h's order). */
static const int uc_reg[16] = {
    REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
    REG_R8,  REG_R9,  REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

static uint64_t host_reg(const ucontext_t *uc, int r)
{
    return (uint64_t)uc->uc_mcontext.gregs[uc_reg[r]];
}

/* A guest value held in host register r, or on the host stack while an
 * instruction borrows r (the note's `stacked`). */
static uint64_t guest_value(const ucontext_t *uc, const struct pc_note *note, int r)
{
    if (r == note->stacked)
        return *(const uint64_t *)(uintptr_t)host_reg(uc, RSP);
    return host_reg(uc, r);
}

/* The guest's registers and NZCV at the faulting instruction, from the
 * host registers and the note that translation left for it
 * (code_cache.h): memory-homed registers are current in cpu_state, the
 * mapped ones are in their host registers, a loop's remapped ones in the
 * registers it swapped them into (the registers they evicted are in their
 * homes), and NZCV wherever the note says. */
static void guest_state_at(struct cpu_state *cpu, const ucontext_t *uc,
                           const struct pc_note *note, const struct unit_swaps *sw)
{
    for (int i = 0; i < N_MAPPED; i++) {
        bool evicted = false;
        for (int k = 0; note->remapped && k < sw->n; k++)
            evicted |= sw->host[k] == mapped_host[i];
        if (!evicted)
            cpu->x[mapped_guest[i]] = guest_value(uc, note, mapped_host[i]);
    }
    for (int k = 0; note->remapped && k < sw->n; k++)
        cpu->x[sw->guest[k]] = guest_value(uc, note, sw->host[k]);
    /* EFLAGS as `lahf; seto al` would have saved them (cpu.h). */
    uint64_t efl = (uint64_t)uc->uc_mcontext.gregs[REG_EFL];
    switch (note->flags) {
    case FL_HOST_ADD: /* C direct: the saved form has CF = NOT C */
        efl ^= 1;
        /* fall through */
    case FL_HOST_SUB:
        cpu->flags = ((efl & 0xff) << 8) | ((efl >> 11) & 1);
        break;
    default:
        break; /* in cpu->flags (or dead) */
    }
    cpu->pc = note->pc;
}

/* A fault of translated code: the guest's own data abort.  Its state is
 * rebuilt as it was at the faulting instruction; the signal is queued for
 * the dispatcher, and the thread leaves translated code through
 * tramp_exit_saved.  Without a guest handler the process dies of the
 * signal, as it would on arm64. */
static void guest_fault(int sig, siginfo_t *si, ucontext_t *uc, uint64_t host_pc)
{
    struct guest_thread *t = thread_self();
    struct pc_note note;
    struct unit_swaps sw;
    if (!t || !cache_find_note(host_pc, &note, &sw))
        return; /* not a guest access: reported as ferry's own crash */
    struct cpu_state *cpu = &t->cpu;
    guest_state_at(cpu, uc, &note, &sw);

    uint64_t addr = (uint64_t)(uintptr_t)si->si_addr;
    bool write = uc->uc_mcontext.gregs[REG_ERR] & 2;
    int gsig = sig, code;
    if (si->si_code == SI_KERNEL) {
        /* #GP or #SS: a non-canonical address, which the kernel does not
         * report; the instruction's operand tells. */
        if (!x86_fault_address(host_pc, uc, &addr, &write))
            addr = 0, write = false;
        bool again = tbi_tagged(addr) && t->tbi_retried == note.pc && tbi_wanted(note.pc);
        if (again)
            ferry_warn("internal error: the translation of the instruction at pc %#" PRIx64
                       " ignores top-byte-ignore; reporting SIGSEGV", note.pc);
        if (tbi_tagged(addr) && !again && tbi_add(note.pc)) {
            /* Top-byte-ignore: translate the access again, masked. */
            t->tbi_retried = note.pc;
            cpu->exit_reason = EXIT_TBI;
            uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)tramp_exit_saved;
            return;
        }
        gsig = SIGSEGV;
        code = GUEST_SEGV_MAPERR; /* beyond the 48-bit address space */
    } else if (sig == SIGBUS) {
        code = GUEST_BUS_ADRERR; /* a file mapping past the end of its file */
    } else {
        code = signal_segv_code(addr);
    }
    /* si_addr without a tag, as arm64 reports it (no SA_EXPOSE_TAGBITS). */
    addr = guest_untagged_addr(addr);
    bool perm = gsig == SIGSEGV && code == GUEST_SEGV_ACCERR;
    uint64_t esr = guest_dabt_esr(addr, perm ? GUEST_FSC_PERMISSION_L3 : GUEST_FSC_TRANSLATION_L3,
                                  write);
    if (!signal_record_sync(gsig, code, addr, esr, addr))
        dbt_die_by_signal(gsig);
    cpu->exit_reason = EXIT_FAULT;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)tramp_exit_saved;
}

/* The read of the poll page at a unit entry or loop head faulted: the
 * thread was asked out (threads.h).  Leave with the guest state of that
 * point, as for a fault, but without a signal. */
static bool poll_exit(siginfo_t *si, ucontext_t *uc, uint64_t host_pc)
{
    struct guest_thread *t = thread_self();
    struct pc_note note;
    struct unit_swaps sw;
    if (!t || !thread_poll_fault(t, (uint64_t)(uintptr_t)si->si_addr) ||
        !cache_find_note(host_pc, &note, &sw))
        return false;
    guest_state_at(&t->cpu, uc, &note, &sw);
    if (note.kind == NOTE_TARGET_IN_RAX) /* an indirect branch's lookup */
        t->cpu.pc = host_reg(uc, RAX);
    t->cpu.exit_reason = EXIT_INTERRUPT;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)tramp_exit_saved;
    return true;
}

struct frames {
    void **pc;
    int n, max;
};

static _Unwind_Reason_Code note_frame(struct _Unwind_Context *ctx, void *arg)
{
    struct frames *f = arg;
    if (f->n == f->max)
        return _URC_END_OF_STACK;
    f->pc[f->n++] = (void *)_Unwind_GetIP(ctx);
    return _URC_NO_REASON;
}

/* The host call stack, from the unwinder in libgcc_eh, linked in
 * (-static-libgcc).  glibc's backtrace() would dlopen libgcc_s.so.1 on
 * first use, which a signal handler must not do, so it had to be called
 * once at start-up, in every run.  The unwinder stops at translated
 * code, which has no unwind tables: a crash in a helper called from it
 * shows the helper's frames. */
static int host_backtrace(void **pc, int max)
{
    struct frames f = { .pc = pc, .max = max };
    _Unwind_Backtrace(note_frame, &f);
    return f.n;
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
    if (sig == SIGSEGV && cache_contains_host(host_pc) && poll_exit(si, uc, host_pc))
        return;
    if ((sig == SIGSEGV || sig == SIGBUS) && cache_contains_host(host_pc)) {
        guest_fault(sig, si, uc, host_pc);
        if (uc->uc_mcontext.gregs[REG_RIP] == (greg_t)(uintptr_t)tramp_exit_saved)
            return;
    }

    char line[256];
    snprintf(line, sizeof line,
             "ferry: internal error: %s at host pc %#" PRIx64 " (address %p, code %d)\n"
             "ferry: this is a bug in ferry, not in the guest program; host backtrace:\n",
             strsignal(sig), host_pc, si->si_addr, si->si_code);
    say(line);
    /* Where the guest was: the pc of its last exit to ferry. */
    struct guest_thread *t = thread_self();
    if (t) {
        snprintf(line, sizeof line, "ferry: the guest thread %d was last at pc %#" PRIx64 "\n",
                 t->tid, t->cpu.pc);
        say(line);
    }
    void *frames[64];
    int n = host_backtrace(frames, 64);
    backtrace_symbols_fd(frames, n, 2);
    signal(SIGABRT, SIG_DFL);
    abort();
}

void host_fault_init(void)
{
    static bool installed;
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
