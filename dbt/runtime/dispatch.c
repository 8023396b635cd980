/* The dispatcher: find or translate the block for cpu->pc, chain the jump
 * that led here, run it, and handle whatever made translated code leave. */
#include "dbt/runtime/code_cache.h"
#include "dbt/dbt.h"
#include "dbt/runtime/disas.h"
#include "dbt/runtime/guest_symbols.h"
#include "dbt/runtime/stats.h"
#include "dbt/runtime/threads.h"
#include "libs/thunk.h"
#include "dbt/runtime/trampoline.h"
#include "dbt/translate.h"

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/ferry.h"
#include "syscall-xlat/strace.h"
#include "syscall-xlat/syscall.h"

void dbt_init(void)
{
    cache_init();
    trampolines_init();
}

/* End the process with `sig` as the kernel would for an unhandled fault, so
 * the parent sees the guest killed by that signal. */
_Noreturn void dbt_die_by_signal(int sig)
{
    strace_print_killed(sig);
    stats_report();
    fflush(NULL);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* An instruction ferry has no translation for: say so (the guest may
 * catch the SIGILL, but the report is for the user either way). */
static void report_undef(struct cpu_state *cpu)
{
    uint32_t word = (uint32_t)cpu->insn_word;
    char text[128], sym[256];
    disas_a64(cpu->pc, word, text, sizeof text);
    if (!guest_symbol_name(cpu->pc, sym, sizeof sym))
        snprintf(sym, sizeof sym, "unknown symbol");
    ferry_warn("%s: illegal instruction at pc 0x%" PRIx64 " (%s): word 0x%08x: %s",
               ferry_opt.guest_path ? ferry_opt.guest_path : "guest", cpu->pc, sym, word, text);
}

/* Guest code lines are 64 bytes (CTR_EL0 as trans_system.c reports it). */
#define IC_LINE_BYTES 64

void dbt_invalidate_range(uint64_t lo, uint64_t hi)
{
    /* Called outside translated code (syscalls, IC IVAU's exit): taking
     * the lock cannot wait on a thread that waits on us. */
    cache_lock();
    cache_invalidate(lo, hi);
    cache_unlock();
}

/* -d selfcrash: a bug in ferry, on purpose (host_fault.c reports it). */
static __attribute__((noinline)) void crash_on_purpose(void)
{
    static int *volatile nowhere;
    *nowhere = 0;
}

/* Translate pc, or find that another thread just did.  Not running while
 * waiting for the lock: the holder may need an exclusive section. */
static void *translate_locked(uint64_t pc)
{
    cache_lock();
    void *code = block_lookup(pc);
    if (!code) {
        if (ferry_opt.selfcrash)
            crash_on_purpose();
        uint64_t t0 = ferry_opt.log_stats ? stats_now_ns() : 0;
        code = translate_block(pc);
        if (ferry_opt.log_stats)
            __atomic_fetch_add(&run_stats.translate_ns, stats_now_ns() - t0, __ATOMIC_RELAXED);
    }
    cache_unlock();
    return code;
}

/* Chain the jump that led here to code (under the lock: the chain lists
 * are shared), unless a flush came in between. */
static void chain(struct cpu_state *cpu, uint64_t pc, uint64_t generation)
{
    if (!cpu->chain_site)
        return;
    cache_lock();
    if (generation == cache_generation)
        cache_chain((uint8_t *)(uintptr_t)(cpu->chain_site & ~CHAIN_SITE_FORWARD), pc,
                    cpu->chain_site & CHAIN_SITE_FORWARD);
    cache_unlock();
    cpu->chain_site = 0;
}

/* Why translated code left, handled outside it. */
static void handle_exit(struct cpu_state *cpu)
{
    switch (cpu->exit_reason) {
    case EXIT_SYSCALL:
        syscall_dispatch(cpu);
        break;
    case EXIT_IC_IVAU: {
        uint64_t line = cpu->scratch[0] & ~(uint64_t)(IC_LINE_BYTES - 1);
        dbt_invalidate_range(line, line + IC_LINE_BYTES);
        break;
    }
    case EXIT_UNDEF:
        report_undef(cpu);
        signal_raise_sync(cpu, SIGILL, GUEST_ILL_ILLOPC, cpu->pc, 0);
        break;
    case EXIT_ALIGN:
        /* As the kernel does for an alignment fault of an exclusive,
         * ordered or atomic access. */
        signal_raise_sync(cpu, SIGBUS, GUEST_BUS_ADRALN, cpu->scratch[1],
                          guest_dabt_esr(cpu->scratch[1], GUEST_FSC_ALIGNMENT, false));
        break;
    case EXIT_SP_ALIGN:
        /* SCTLR_EL1.SA0, which Linux sets: the kernel's do_sp_pc_abort. */
        signal_raise_sync(cpu, SIGBUS, GUEST_BUS_ADRALN, cpu->x[31], GUEST_ESR_SP_ALIGN);
        break;
    case EXIT_BRK:
        /* The kernel's BRK handler leaves the thread's fault_code and
         * fault_address as they were (send_user_sigtrap). */
        signal_raise_sync(cpu, SIGTRAP, GUEST_TRAP_BRKPT, cpu->pc, GUEST_ESR_KEEP);
        break;
    case EXIT_TBI:
        /* The access met a tagged pointer (host_fault.c): translate the
         * instruction again, with the tag masked; it runs again next. */
        dbt_invalidate_range(cpu->pc, cpu->pc + 4);
        break;
    case EXIT_FAULT: /* host_fault.c queued the signal with the state */
    case EXIT_INTERRUPT:
    case EXIT_LOOKUP:
    default:
        break;
    }
}

/* Make pc's indirect-branch entry point at code.  One entry is written,
 * never moved to the other way: another thread forgetting a dropped unit
 * (code_cache.c) looks at each entry once and must not miss one in
 * transit.  An empty or forgotten way is taken first, otherwise the ways
 * take turns (a per-thread counter), so two hot targets of one set end up
 * side by side after a miss or two. */
static void ibtc_fill(struct guest_thread *t, uint64_t pc, void *code)
{
    struct ibtc_entry *set = ibtc_set_of(t->ibtc, pc);
    unsigned w = 0;
    while (w < IBTC_WAYS && set[w].guest_pc != pc && set[w].guest_pc > 1)
        w++;
    if (w == IBTC_WAYS)
        w = t->ibtc_victim++ % IBTC_WAYS;
    set[w].host = code;
    __atomic_store_n(&set[w].guest_pc, pc, __ATOMIC_RELEASE);
}

/* Run the guest until it jumps to `stop` (0: never). */
static void run_until(struct guest_thread *t, uint64_t stop)
{
    struct cpu_state *cpu = &t->cpu;
    for (;;) {
        /* A request seen now needs no exit later; whatever comes after
         * this point sets it again. */
        thread_clear_exit(t);
        if (stop && cpu->pc == stop)
            return;
        uint64_t before = cpu->pc;
        signal_deliver_pending(cpu);
        uint64_t pc = cpu->pc;
        /* The jump that led here went to `before`: chaining it to a
         * signal handler would send every later pass there. */
        if (pc != before)
            cpu->chain_site = 0;
        if (pc & 3) { /* a misaligned branch target: PC alignment fault */
            signal_raise_sync(cpu, SIGBUS, GUEST_BUS_ADRALN, pc, GUEST_ESR_PC_ALIGN);
            continue;
        }
        uint64_t generation = __atomic_load_n(&cache_generation, __ATOMIC_ACQUIRE);
        void *code = block_lookup(pc);
        /* A function of a thunked library: the host's copy runs instead
         * (libs/thunk.c), and the guest goes on at its return address.
         * Like a system call, outside translated code. */
        if (!code && thunk_any_enabled && thunk_try(cpu, pc)) {
            cpu->chain_site = 0;
            continue;
        }
        if (!code && !(code = translate_locked(pc))) {
            /* Unmapped, or not executable: an instruction abort. */
            int code_ = signal_segv_code(pc);
            uint64_t fsc = code_ == GUEST_SEGV_ACCERR ? GUEST_FSC_PERMISSION_L3
                                                      : GUEST_FSC_TRANSLATION_L3;
            signal_raise_sync(cpu, SIGSEGV, code_, pc, GUEST_ESR_IABT | fsc);
            continue;
        }
        /* Chaining takes the cache's lock: done before running, since the
         * lock's holder may be waiting for running threads to stop.  A
         * jump that gets chained needs no indirect-branch entry: the
         * others (indirect branches, returns from system calls, signals)
         * get one. */
        bool indirect = !cpu->chain_site;
        chain(cpu, pc, generation);
        exec_start(t);
        /* A flush between the lookup and now freed that code. */
        if (__atomic_load_n(&cache_generation, __ATOMIC_ACQUIRE) != generation) {
            exec_end(t);
            continue;
        }
        run_stats.dispatches++;
        if (indirect)
            ibtc_fill(t, pc, code);
        cpu->exit_reason = EXIT_LOOKUP;
        tramp_enter(cpu, code);
        exec_end(t);
        handle_exit(cpu);
    }
}

_Noreturn void dbt_run(struct guest_thread *t)
{
    if (ferry_opt.log_stats && !run_stats.start_ns)
        run_stats.start_ns = stats_now_ns();
    run_until(t, 0);
    ferry_fatal(70, "internal error: the dispatcher stopped");
}

/* Return addresses of nested calls: not canonical, so no guest code can
 * be there, and one per nesting depth, so an inner call's return is not
 * taken for an outer one's. */
#define NESTED_RETURN_BASE 0xdead0000f0000000ull

void dbt_call_guest(struct guest_thread *t, uint64_t fn)
{
    static __thread unsigned depth;
    uint64_t stop = NESTED_RETURN_BASE + 16 * (uint64_t)depth;
    t->cpu.x[30] = stop;
    t->cpu.pc = fn;
    t->cpu.chain_site = 0;
    depth++;
    run_until(t, stop);
    depth--;
}
