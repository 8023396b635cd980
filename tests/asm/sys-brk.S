/* BRK raises SIGTRAP: without a handler the process dies of it. */
#include "harness.h"
START
    PRINT   "before"
    brk     #0x3e8
    PRINT   "not reached"
    EXIT
