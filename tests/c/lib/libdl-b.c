/* libdl-b.c - test library "b", libdl-a.c's twin: same symbols, other
 * code.  dl_compute(x) = 5x - 2. */
#define DL_NAME "b"
#define DL_MUL 5
#define DL_ADD (-2)
#include "libdl-body.h"
