/* The host libraries ferry can call instead of translating the guest's
 * copy (docs/thunks.md).  Each library is one file, libs/NAME.def, of
 * X-macro lines:
 *
 *   LIBRARY(soname)                 the library's DT_SONAME, on both sides
 *   FUNC(symbol, "R:ARGS")          every exported function, with its
 *                                   signature (abi/signature.h)
 *   FUNC_AS(symbol, host, "R:ARGS") one whose calls go to another host
 *                                   function (a va_list one's variadic twin)
 *   GUEST(symbol)                   an export covered by the list but run
 *                                   as the guest's own code: its contract
 *                                   involves the guest's libc (a FILE *),
 *                                   and its calls into the library come
 *                                   back through the thunks (libbz2's
 *                                   BZ2_bzRead calls BZ2_bzDecompress
 *                                   through the PLT)
 *   DATA(symbol)                    every exported data object
 *
 * A library is thunked whole or not at all: if the guest's copy exports
 * anything its file does not list, ferry translates the guest's copy
 * (libs/thunk.c says why under -d thunk). */
#ifndef FERRY_LIBS_LIBRARIES_H
#define FERRY_LIBS_LIBRARIES_H

#include <stdbool.h>

struct thunk_func_def {
    const char *name, *sig; /* sig NULL: GUEST */
    const char *host; /* the host function called, if not `name` */
};

struct thunk_lib_def {
    const char *name;    /* what --thunk calls it: the file's NAME */
    const char *soname;
    const struct thunk_func_def *funcs;
    int n_funcs;
    const char *const *data;
    int n_data;
    bool by_default; /* thunked unless --no-thunk, where the releases match */
};

extern const struct thunk_lib_def thunk_libs[];
extern const int n_thunk_libs;

#endif
