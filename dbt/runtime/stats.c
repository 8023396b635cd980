/* -d stats (see stats.h). */
#include "dbt/runtime/stats.h"

#include <inttypes.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "common/ferry.h"
#include "dbt/runtime/code_cache.h"

struct run_stats run_stats;

uint64_t stats_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void stats_syscall_time(uint64_t t0)
{
    /* The initial thread's: its tid is the process id. */
    if (gettid() == getpid())
        __atomic_fetch_add(&run_stats.syscall_ns, stats_now_ns() - t0, __ATOMIC_RELAXED);
}

static double sec(uint64_t ns)
{
    return (double)ns / 1e9;
}

void stats_report(void)
{
    static int done;
    if (!ferry_opt.log_stats || done)
        return;
    done = 1;
    struct cache_stats c;
    cache_get_stats(&c);
    uint64_t wall = stats_now_ns() - run_stats.start_ns;
    uint64_t rest = wall - run_stats.translate_ns - run_stats.syscall_ns;
    if (rest > wall)
        rest = 0;
    FILE *f = ferry_opt.log ? ferry_opt.log : stderr;
    uint64_t helpers = __atomic_load_n(&run_stats.helper_calls, __ATOMIC_RELAXED);
    uint64_t lookups = __atomic_load_n(&run_stats.ibtc_lookups, __ATOMIC_RELAXED);
    uint64_t misses = __atomic_load_n(&run_stats.ibtc_misses, __ATOMIC_RELAXED);
    fprintf(f,
            "ferry-stats: wall %.3f s, translate %.3f s (%" PRIu64 " units, %" PRIu64
            " insns), syscalls %" PRIu64 " (%.3f s), run %.3f s, invalidated %" PRIu64
            ", flushes %" PRIu64 ", code %" PRIu64 " KiB, helper calls %" PRIu64
            ", indirect branches %" PRIu64 " (%.1f%% in the table), dispatches %" PRIu64 "\n",
            sec(wall), sec(run_stats.translate_ns), run_stats.units, run_stats.insns,
            run_stats.syscalls, sec(run_stats.syscall_ns), sec(rest), c.invalidated, c.flushes,
            c.bytes_used >> 10, helpers, lookups,
            lookups ? 100.0 * (double)(lookups - misses) / (double)lookups : 0.0,
            run_stats.dispatches);
    fflush(f);
}
