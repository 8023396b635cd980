/* A syscall number nobody implements returns -ENOSYS (-38) and the
 * program goes on; io_setup (0) is not implemented by ferry either. */
#include "harness.h"
START
    mov     x8, #999
    svc     #0
    CHECK   "nr-999", x0
    mov     x8, #0              /* io_setup(0, NULL): bad arguments, or ENOSYS */
    mov     x0, #0
    mov     x1, #0
    svc     #0
    cmp     x0, #0
    cset    w2, lt
    CHECK   "io_setup-fails", w2
    EXIT
