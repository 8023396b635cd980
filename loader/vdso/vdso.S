/* ferry's guest vDSO: the four functions the arm64 kernel's vDSO exports,
 * with the same names and version (vdso.map), built into an arm64 shared
 * object with the cross binutils (vdso.lds) and mapped into every guest by
 * loader/vdso.c.  The host preprocessor runs first, for vdso_calls.h.
 *
 * The time functions ask ferry through a ferry call (an HVC that only the
 * vDSO may use, see vdso_calls.h) and store the answer themselves, so a bad
 * pointer faults here, in the guest, as it would in the kernel's vDSO.  For
 * a clock the kernel's vDSO does not answer either (CPU-time clocks,
 * invalid ids) they make the system call, as the kernel's do, and return
 * its result: 0 or a negative errno. */
#include "loader/vdso/vdso_calls.h"

/* arm64 (asm-generic) system call numbers */
#define NR_clock_gettime 113
#define NR_clock_getres 114
#define NR_rt_sigreturn 139
#define NR_gettimeofday 169

        .text

/* int __kernel_clock_gettime(clockid_t clock, struct timespec *ts) */
        .balign 16
        .globl  __kernel_clock_gettime
        .type   __kernel_clock_gettime, %function
__kernel_clock_gettime:
        .cfi_startproc
        hvc     #FERRY_HVC_CLOCK_GETTIME
        cbnz    x4, 1f
        stp     x2, x3, [x1]
        mov     x0, #0
        ret
1:      mov     x8, #NR_clock_gettime
        svc     #0
        ret
        .cfi_endproc
        .size   __kernel_clock_gettime, . - __kernel_clock_gettime

/* int __kernel_gettimeofday(struct timeval *tv, struct timezone *tz):
 * either pointer may be NULL. */
        .balign 16
        .globl  __kernel_gettimeofday
        .type   __kernel_gettimeofday, %function
__kernel_gettimeofday:
        .cfi_startproc
        hvc     #FERRY_HVC_GETTIMEOFDAY
        cbnz    x4, 3f
        cbz     x0, 1f
        stp     x2, x3, [x0]
1:      cbz     x1, 2f
        str     x5, [x1]
2:      mov     x0, #0
        ret
3:      mov     x8, #NR_gettimeofday
        svc     #0
        ret
        .cfi_endproc
        .size   __kernel_gettimeofday, . - __kernel_gettimeofday

/* int __kernel_clock_getres(clockid_t clock, struct timespec *res): res may
 * be NULL. */
        .balign 16
        .globl  __kernel_clock_getres
        .type   __kernel_clock_getres, %function
__kernel_clock_getres:
        .cfi_startproc
        hvc     #FERRY_HVC_CLOCK_GETRES
        cbnz    x4, 2f
        cbz     x1, 1f
        stp     x2, x3, [x1]
1:      mov     x0, #0
        ret
2:      mov     x8, #NR_clock_getres
        svc     #0
        ret
        .cfi_endproc
        .size   __kernel_clock_getres, . - __kernel_clock_getres

/* The signal return trampoline: a guest signal handler returns here (the
 * frame's x30), with sp at the rt_sigframe.  The two instructions must be
 * exactly the kernel's: libgcc's unwinder recognises a signal frame by
 * these words at the return address (aarch64_fallback_frame_state) and
 * then restores every register from the sigcontext at sp.
 *
 * Like the kernel's, the trampoline has no unwind information: libgcc
 * uses its fallback only for code no FDE covers, and an FDE that merely
 * follows the frame record (x29) loses the interrupted registers, so a
 * forced unwind out of a handler (pthread_cancel of a thread blocked in
 * poll) ran off into garbage.  The NOP keeps return address - 1, where
 * unwinders look for the caller's FDE, off the symbol and outside the
 * previous function's FDE. */
        .balign 16
        nop
        .globl  __kernel_rt_sigreturn
        .type   __kernel_rt_sigreturn, %function
__kernel_rt_sigreturn:
        mov     x8, #NR_rt_sigreturn
        svc     #0
        .size   __kernel_rt_sigreturn, . - __kernel_rt_sigreturn

/* The vDSO is mapped without write permission and needs no stack. */
        .section .note.GNU-stack, "", %progbits
