/* libdl-a.c - test library "a" for dl-open.c, dl-addr.c and others: see
 * libdl-body.h.  dl_compute(x) = 3x + 1. */
#define DL_NAME "a"
#define DL_MUL 3
#define DL_ADD 1
#include "libdl-body.h"
