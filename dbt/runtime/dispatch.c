/* The dispatcher: find or translate the block for cpu->pc, chain the jump
 * that led here, run it, and handle whatever made translated code leave. */
#include "dbt/runtime/code_cache.h"
#include "dbt/dbt.h"
#include "dbt/runtime/disas.h"
#include "dbt/runtime/guest_symbols.h"
#include "dbt/runtime/stats.h"
#include "dbt/runtime/trampoline.h"
#include "dbt/translate.h"

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/ferry.h"

void dbt_init(void)
{
    cache_init();
    trampolines_init();
}

/* End the process with `sig` as the kernel would for an unhandled fault, so
 * the parent sees the guest killed by that signal. */
_Noreturn void dbt_die_by_signal(int sig)
{
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

static _Noreturn void report_undef(struct cpu_state *cpu)
{
    uint32_t word = (uint32_t)cpu->insn_word;
    char text[128], sym[256];
    disas_a64(cpu->pc, word, text, sizeof text);
    if (!guest_symbol_name(cpu->pc, sym, sizeof sym))
        snprintf(sym, sizeof sym, "unknown symbol");
    ferry_warn("%s: illegal instruction at pc 0x%" PRIx64 " (%s): word 0x%08x: %s",
               ferry_opt.guest_path ? ferry_opt.guest_path : "guest", cpu->pc, sym, word, text);
    /* Guest signal handlers come with signal delivery; until then SIGILL
     * takes its default action, as for a guest without a handler. */
    dbt_die_by_signal(SIGILL);
}

/* The guest CPU this host thread runs, for invalidation from syscalls. */
static __thread struct cpu_state *current_cpu;

void dbt_invalidate_range(uint64_t lo, uint64_t hi)
{
    /* The unit that made the call may be among those dropped: make it
     * leave at its next check (after the syscall, at ISB) rather than run
     * on into code that changed. */
    if (cache_invalidate(lo, hi) && current_cpu)
        current_cpu->flush_pending = 1;
}

_Noreturn void dbt_run(struct cpu_state *cpu)
{
    current_cpu = cpu;
    if (ferry_opt.log_stats)
        run_stats.start_ns = stats_now_ns();
    cpu->ibtc = (uint64_t)(uintptr_t)ibtc_table;
    for (;;) {
        uint64_t generation = cache_generation;
        uint64_t pc = cpu->pc;
        run_stats.dispatches++;
        void *code = block_lookup(pc);
        if (!code) {
            uint64_t t0 = ferry_opt.log_stats ? stats_now_ns() : 0;
            code = translate_block(pc);
            if (ferry_opt.log_stats)
                run_stats.translate_ns += stats_now_ns() - t0;
            if (!code)
                dbt_die_by_signal(SIGSEGV); /* jump to unmapped or non-executable memory */
        }
        if (cpu->chain_site && generation == cache_generation)
            cache_chain((uint8_t *)(uintptr_t)cpu->chain_site, pc);
        cpu->chain_site = 0;
        struct ibtc_entry *slot = &ibtc_table[(pc >> 2) & (IBTC_SIZE - 1)];
        slot->guest_pc = pc;
        slot->host = code;
        cpu->exit_reason = EXIT_LOOKUP;
        tramp_enter(cpu, code);
        switch (cpu->exit_reason) {
        case EXIT_UNDEF:
            report_undef(cpu);
        case EXIT_ALIGN:
            /* As the kernel does for an alignment fault: SIGBUS (its
             * default action until guest handlers run). */
            dbt_die_by_signal(SIGBUS);
        case EXIT_FLUSH:
            /* The translations concerned are gone already (IC IVAU,
             * munmap, mprotect...); continuing through the lookup picks up
             * the new code. */
            cpu->flush_pending = 0;
            cpu->chain_site = 0;
            break;
        default:
            break;
        }
    }
}
