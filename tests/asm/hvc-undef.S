/* HVC is UNDEFINED at EL0 (Arm ARM: the hypervisor call is not available
 * to EL0), so the program dies of SIGILL.  ferry's vDSO uses HVC to call
 * into ferry, but only an HVC inside the vDSO counts (docs/vdso.md). */
#include "harness.h"
START
        mov     x0, #1
        CHECK   "before-hvc", x0
        hvc     #0
        PRINT   "not reached"
        EXIT
