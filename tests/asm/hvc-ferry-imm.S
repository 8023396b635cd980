/* An HVC with the immediate of a ferry call (FERRY_HVC_CLOCK_GETTIME in
 * loader/vdso/vdso_calls.h) outside the vDSO is still UNDEFINED at EL0:
 * SIGILL, not a clock reading. */
#include "harness.h"
START
        mov     x0, #1                  /* CLOCK_MONOTONIC */
        CHECK   "before-hvc", x0
        hvc     #0xfe01
        CHECK   "not-reached", x0, x2, x3, x4
        EXIT
