/* Process-wide settings and diagnostics shared by every part of ferry. */
#ifndef FERRY_COMMON_H
#define FERRY_COMMON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct ferry_options {
    bool strace;          /* --strace / -strace: log guest syscalls */
    bool log_in_asm;      /* -d in_asm: guest code of each block */
    bool log_out_asm;     /* -d out_asm: host code of each block */
    bool log_stats;       /* -d stats (or FERRY_STATS=1): counters at exit */
    bool log_thunk;       /* -d thunk: host-library thunks and each call */
    bool x86check;        /* -d x86check: the fault-address decoder against Capstone */
    bool selfcrash;       /* -d selfcrash: crash at the first translation (tests the report) */
    bool perfmap;         /* -perfmap: /tmp/perf-PID.map for perf report */
    bool ras;             /* -ras: BL/RET through the return-address stack */
    FILE *log;            /* -D FILE, stderr by default */
    const char *guest_path; /* the program as given on the command line */
    const char *uname_release; /* -r: what uname reports as the release */
    uint64_t stack_size;  /* -s: guest stack size in bytes (0: default) */
    const char *ld_prefix; /* -L: the guest's root for its ELF interpreter */
    bool singlestep;      /* -singlestep: one guest instruction per block */
    bool seeded;          /* -seed given: */
    uint64_t seed;        /* its value, for an exec'd ferry */
    bool secure;          /* AT_SECURE: ferry runs with privileges the user
                             lacks (binfmt_misc C flag, setuid program), so
                             the environment sets no option (docs/binfmt.md) */
};

extern struct ferry_options ferry_opt;

/* Print "ferry: <message>" on stderr. */
void ferry_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "ferry: <message>" and exit with `status`. */
_Noreturn void ferry_fatal(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
