/* Host system calls that guest signals can interrupt without a race (see
 * safe_syscall.S). */
#ifndef FERRY_SAFE_SYSCALL_H
#define FERRY_SAFE_SYSCALL_H

/* What safe_syscall returns, negated, when a signal came first: the call
 * did not run (or was undone) and must be restarted or fail with EINTR
 * once the signal is delivered.  The kernel's own ERESTARTSYS value, which
 * never reaches user space. */
#define SAFE_SYSCALL_ERESTART 512

#ifndef __ASSEMBLER__
#include <stdint.h>

long safe_syscall_base(volatile const uint64_t *pending, long nr, long a0, long a1, long a2,
                       long a3, long a4, long a5);
/* The code between these two (the flag check and the syscall instruction)
 * is where the signal handler moves a thread to safe_syscall_interrupted. */
extern const char safe_syscall_start[], safe_syscall_end[], safe_syscall_interrupted[];

/* A host syscall for the calling guest thread: the raw kernel result (a
 * negative errno, or -SAFE_SYSCALL_ERESTART). */
long safe_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
#endif

#endif
