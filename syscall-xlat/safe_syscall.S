/* safe_syscall: a host system call that a guest signal cannot slip past.
 *
 * A signal that arrives while a thread runs ferry's C code is only queued
 * (signal_queue.c) and delivered when the thread is back in the dispatcher.
 * If the thread is about to enter a blocking system call, that would be
 * too late: the call could wait forever for something the signal's handler
 * was meant to do.  So the pending flag is checked immediately before the
 * `syscall` instruction, and the host signal handler, if it interrupts the
 * thread anywhere from that check up to the instruction (or the kernel
 * rewound a restartable call back onto it), moves the thread to
 * safe_syscall_interrupted instead: the call returns SAFE_SYSCALL_ERESTART
 * without having run (or having been undone), and the dispatcher delivers
 * the signal and restarts the guest's call or fails it with EINTR, as the
 * kernel's rules for that call say (docs/signals.md).
 *
 * long safe_syscall_base(volatile const uint64_t *pending, long nr,
 *                        long a0, long a1, long a2, long a3, long a4, long a5)
 * returns the raw kernel result (a negative errno on failure). */

#include "syscall-xlat/safe_syscall.h"

        .text
        .globl  safe_syscall_base
        .globl  safe_syscall_start
        .globl  safe_syscall_end
        .hidden safe_syscall_start
        .hidden safe_syscall_end
        .type   safe_syscall_base, @function
safe_syscall_base:
        .cfi_startproc
        mov     %rsi, %rax              /* the system call number */
        mov     %rdi, %r11              /* the pending flag (r11 is free until syscall) */
        mov     %rdx, %rdi
        mov     %rcx, %rsi
        mov     %r8, %rdx
        mov     %r9, %r10
        mov     8(%rsp), %r8
        mov     16(%rsp), %r9
safe_syscall_start:
        cmpq    $0, (%r11)
        jne     safe_syscall_interrupted
        syscall
safe_syscall_end:
        ret
        .globl  safe_syscall_interrupted
        .hidden safe_syscall_interrupted
safe_syscall_interrupted:
        mov     $-SAFE_SYSCALL_ERESTART, %rax
        ret
        .cfi_endproc
        .size   safe_syscall_base, . - safe_syscall_base

/* The restorer of ferry's host signal handlers (signal.c installs them
 * with the raw rt_sigaction, which on x86-64 must name one). */
        .globl  signal_host_restorer
        .type   signal_host_restorer, @function
signal_host_restorer:
        mov     $15, %eax               /* SYS_rt_sigreturn */
        syscall
        hlt
        .size   signal_host_restorer, . - signal_host_restorer

        .section .note.GNU-stack, "", @progbits
