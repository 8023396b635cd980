/* --strace output: one line per guest system call, strace style. */
#ifndef FERRY_XLAT_STRACE_H
#define FERRY_XLAT_STRACE_H

#include <stddef.h>
#include <stdint.h>

#include "syscall-xlat/xlat.h"

/* Format "name(arg, arg" into buf before the call runs (buffers the call
 * reads, such as write's data, are only valid then).  d may be NULL. */
void strace_format_call(char *buf, size_t cap, uint64_t nr,
                        const struct syscall_def *d, const uint64_t a[6]);
/* Print "PID name(args) = result" once the call returned. */
void strace_print_result(const char *call, char ret_kind, int64_t r);
/* Print "PID name(args) = ?" for a call that does not return, and flush. */
void strace_print_noreturn(const char *call);
/* The call being made (dispatch.c sets it under -strace), and its line
 * for a successful execve, which does not come back to print it. */
void strace_set_current(const char *call);
void strace_before_exec(void);
/* Under --strace, print "ferry: <message>" to the log; otherwise nothing. */
void strace_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct guest_siginfo;
/* Under --strace, "PID --- SIGSEGV {si_signo=..., si_code=..., ...} ---"
 * as a signal is delivered to the guest, and "PID +++ killed by SIG +++"
 * as one ends it. */
void strace_print_signal(const struct guest_siginfo *info);
void strace_print_killed(int sig);

#endif
