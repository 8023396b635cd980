/* Ferry calls: how the guest vDSO's time functions reach ferry without a
 * system call (docs/vdso.md).
 *
 * HVC is UNDEFINED at EL0, so no arm64 program relies on it.  The
 * translator turns `HVC #imm` into a call of ferry's C code only when the
 * instruction lies inside the vDSO ferry mapped; anywhere else it stays an
 * undefined instruction.  This header is shared by loader/vdso/vdso.S
 * (through the host preprocessor) and by C, so it holds only #defines.
 *
 * Register convention of every ferry call:
 *   in:  x0 = clock id (an int: only w0 counts), where the function takes one
 *   out: x2 = seconds, x3 = nanoseconds (microseconds for gettimeofday),
 *        x4 = 0 if ferry answered, 1 if the vDSO must fall back to the
 *        system call (a clock the kernel's vDSO does not answer either, or
 *        an invalid one: the syscall gives the errno),
 *        x5 = struct timezone (gettimeofday: 8 bytes, tz_minuteswest low)
 *   Every other register, x0 and x1 included, is left alone.
 * The vDSO code stores the results itself, so a bad pointer faults in the
 * guest exactly as it does in the kernel's vDSO. */
#ifndef FERRY_VDSO_CALLS_H
#define FERRY_VDSO_CALLS_H

#define FERRY_HVC_CLOCK_GETTIME 0xfe01
#define FERRY_HVC_GETTIMEOFDAY 0xfe02
#define FERRY_HVC_CLOCK_GETRES 0xfe03

#endif
