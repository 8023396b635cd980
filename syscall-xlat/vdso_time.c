/* The ferry side of the guest vDSO's time functions: what the kernel's vDSO
 * reads from its data page, ferry asks the host's libc for (which asks the
 * host's own vDSO), so a guest clock_gettime costs no system call at all.
 *
 * It lives with the system calls because it is the fast path of three of
 * them: the same clocks, the same answers as clock_gettime, gettimeofday
 * and clock_getres passed through to the host (clock ids and struct
 * timespec/timeval agree between arm64 and x86-64, see layouts.c; struct
 * timezone is two ints on both).  The translator only knows how to reach
 * it (dbt/frontend/trans_branch.c, HVC).
 *
 * Results go back in registers and the vDSO code stores them
 * (loader/vdso/vdso_calls.h): ferry never writes guest memory here, so a
 * bad pointer faults in the guest as with the kernel's vDSO, and no
 * pointer check is needed on this path. */
#include "syscall-xlat/vdso_time.h"

#include "loader/vdso/vdso_calls.h"

#include <stdbool.h>
#include <sys/time.h>
#include <time.h>

/* The clocks the kernel's vDSO answers itself (its high-resolution, coarse
 * and raw classes).  For any other id, valid (CPU-time clocks, alarms) or
 * not, it makes the system call instead, and so does ferry's: those show
 * under -strace as they would under strace on arm64, and the syscall gives
 * the errno. */
static bool vdso_clock(int clock)
{
    switch (clock) {
    case CLOCK_REALTIME:
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_REALTIME_COARSE:
    case CLOCK_MONOTONIC_COARSE:
    case CLOCK_BOOTTIME:
    case CLOCK_TAI:
        return true;
    default:
        return false;
    }
}

/* The result registers of a ferry call. */
enum { R_SEC = 2, R_FRAC = 3, R_STATUS = 4, R_TZ = 5 };
enum { ANSWERED = 0, USE_SYSCALL = 1 };

static void answer(struct cpu_state *cpu, int64_t sec, int64_t frac)
{
    cpu->x[R_SEC] = (uint64_t)sec;
    cpu->x[R_FRAC] = (uint64_t)frac;
    cpu->x[R_STATUS] = ANSWERED;
}

/* clockid_t is an int: only w0 counts. */
static int clock_arg(const struct cpu_state *cpu)
{
    return (int)(int32_t)cpu->x[0];
}

static void call_clock_gettime(struct cpu_state *cpu)
{
    int clock = clock_arg(cpu);
    struct timespec ts;
    if (vdso_clock(clock) && clock_gettime(clock, &ts) == 0)
        answer(cpu, ts.tv_sec, ts.tv_nsec);
    else
        cpu->x[R_STATUS] = USE_SYSCALL;
}

static void call_clock_getres(struct cpu_state *cpu)
{
    int clock = clock_arg(cpu);
    struct timespec ts;
    if (vdso_clock(clock) && clock_getres(clock, &ts) == 0)
        answer(cpu, ts.tv_sec, ts.tv_nsec);
    else
        cpu->x[R_STATUS] = USE_SYSCALL;
}

static void call_gettimeofday(struct cpu_state *cpu)
{
    struct timeval tv;
    struct timezone tz;
    if (gettimeofday(&tv, &tz) != 0) {
        cpu->x[R_STATUS] = USE_SYSCALL;
        return;
    }
    answer(cpu, tv.tv_sec, tv.tv_usec);
    /* struct timezone as the guest stores it: two ints, little-endian. */
    cpu->x[R_TZ] = (uint64_t)(uint32_t)tz.tz_minuteswest |
                   (uint64_t)(uint32_t)tz.tz_dsttime << 32;
}

vdso_call_fn vdso_call_helper(unsigned imm)
{
    switch (imm) {
    case FERRY_HVC_CLOCK_GETTIME:
        return call_clock_gettime;
    case FERRY_HVC_GETTIMEOFDAY:
        return call_gettimeofday;
    case FERRY_HVC_CLOCK_GETRES:
        return call_clock_getres;
    default:
        return NULL;
    }
}
