/* -d stats: where the time went, printed at exit (one line on the log):
 *   ferry-stats: wall W s, translate T s (U units, I insns), syscalls N (S s),
 *   run R s, invalidated V, flushes F, code C KiB, helper calls H,
 *   indirect branches B (P% in the table), dispatches D
 * "run" is the rest: translated code, the dispatcher and helpers.  S is
 * the initial thread's time in system calls: the other threads' would
 * overlap the wall time (a worker's blocking wait is no time the initial
 * thread lost), so that translate + syscalls + run = wall in every
 * program; N counts every thread's calls.  The clocks are read only when
 * the option is on. */
#ifndef FERRY_STATS_H
#define FERRY_STATS_H

#include <stdint.h>

struct run_stats {
    uint64_t start_ns;
    uint64_t translate_ns, units, insns;
    uint64_t syscalls, syscall_ns;
    uint64_t dispatches; /* returns to the dispatcher (misses, unchained exits) */
    /* Counted by translated code (tc_count): calls into C helpers, and
     * indirect branches looked up in the table and not found there. */
    uint64_t helper_calls, ibtc_lookups, ibtc_misses;
};
extern struct run_stats run_stats;

uint64_t stats_now_ns(void);
/* A system call that began at t0 (stats_now_ns()) has returned. */
void stats_syscall_time(uint64_t t0);
/* Print the line (once) if -d stats is on. */
void stats_report(void);

#endif
