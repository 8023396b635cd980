/* The table of thunkable libraries, made from libs/NAME.def (see
 * libraries.h).  Adding a library: write its .def file, copy the three
 * includes below for it, and add an ENTRY line. */
#include "libs/libraries.h"

#include <stddef.h>

/* Each .def file is included three times: for its soname, its functions
 * and its data symbols (NULL-terminated). */
#define LIBRARY(soname)
#define FUNC(sym, sig) { #sym, sig, NULL },
#define FUNC_AS(sym, host, sig) { #sym, sig, #host },
#define DATA(sym)
static const struct thunk_func_def abitest_funcs[] = {
#include "libs/abitest.def"
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA

#define LIBRARY(soname)
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define DATA(sym) #sym,
static const char *const abitest_data[] = {
#include "libs/abitest.def"
    NULL
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA

#define LIBRARY(soname) soname
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define DATA(sym)
static const char abitest_soname[] =
#include "libs/abitest.def"
    ;
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA

#define LIBRARY(soname)
#define FUNC(sym, sig) { #sym, sig, NULL },
#define FUNC_AS(sym, host, sig) { #sym, sig, #host },
#define DATA(sym)
static const struct thunk_func_def zlib_funcs[] = {
#include "libs/zlib.def"
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA
#define LIBRARY(soname)
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define DATA(sym) #sym,
static const char *const zlib_data[] = {
#include "libs/zlib.def"
    NULL
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA
#define LIBRARY(soname) soname
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define DATA(sym)
static const char zlib_soname[] =
#include "libs/zlib.def"
    ;
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef DATA

#define ENTRY(name)                                                                      \
    { #name, name##_soname, name##_funcs, (int)(sizeof name##_funcs / sizeof name##_funcs[0]), \
      name##_data, (int)(sizeof name##_data / sizeof name##_data[0]) - 1 }

const struct thunk_lib_def thunk_libs[] = {
    ENTRY(abitest),
    ENTRY(zlib),
};
const int n_thunk_libs = (int)(sizeof thunk_libs / sizeof thunk_libs[0]);
