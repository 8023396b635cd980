/* The table of thunkable libraries, made from libs/NAME.def (see
 * libraries.h).  Adding a library: write its .def file, include
 * library_arrays.h for it as below, and add an ENTRY line. */
#include "libs/libraries.h"

#include <stddef.h>

#define THUNK_NAME abitest
#define THUNK_DEF "libs/abitest.def"
#include "libs/library_arrays.h"

#define THUNK_NAME zlib
#define THUNK_DEF "libs/zlib.def"
#include "libs/library_arrays.h"

#define THUNK_NAME bz2
#define THUNK_DEF "libs/bz2.def"
#include "libs/library_arrays.h"

#define THUNK_NAME lzma
#define THUNK_DEF "libs/lzma.def"
#include "libs/library_arrays.h"

#define THUNK_NAME zstd
#define THUNK_DEF "libs/zstd.def"
#include "libs/library_arrays.h"

/* by_default: thunked unless --no-thunk (docs/thunks.md, "Default"). */
#define ENTRY(name, by_default)                                                          \
    { #name, name##_soname, name##_funcs, (int)(sizeof name##_funcs / sizeof name##_funcs[0]), \
      name##_data, (int)(sizeof name##_data / sizeof name##_data[0]) - 1, by_default }

const struct thunk_lib_def thunk_libs[] = {
    ENTRY(abitest, false), /* the test library: only when asked for */
    ENTRY(zlib, true),
    ENTRY(bz2, true),
    ENTRY(lzma, true),
    ENTRY(zstd, true),
};
const int n_thunk_libs = (int)(sizeof thunk_libs / sizeof thunk_libs[0]);
