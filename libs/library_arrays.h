/* Included by libraries.c once per library, with THUNK_NAME (the
 * library's name, an identifier) and THUNK_DEF (its .def file, a string)
 * defined: makes THUNK_NAME_soname, THUNK_NAME_funcs and THUNK_NAME_data
 * from the .def file's LIBRARY, FUNC/FUNC_AS/GUEST and DATA lines. */
#define THUNK_CAT_(a, b) a##b
#define THUNK_CAT(a, b) THUNK_CAT_(a, b)

#define LIBRARY(soname) soname
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define GUEST(sym)
#define DATA(sym)
static const char THUNK_CAT(THUNK_NAME, _soname)[] =
#include THUNK_DEF
    ;
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef GUEST
#undef DATA

#define LIBRARY(soname)
#define FUNC(sym, sig) { #sym, sig, NULL },
#define FUNC_AS(sym, host, sig) { #sym, sig, #host },
#define GUEST(sym) { #sym, NULL, NULL },
#define DATA(sym)
static const struct thunk_func_def THUNK_CAT(THUNK_NAME, _funcs)[] = {
#include THUNK_DEF
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef GUEST
#undef DATA

#define LIBRARY(soname)
#define FUNC(sym, sig)
#define FUNC_AS(sym, host, sig)
#define GUEST(sym)
#define DATA(sym) #sym,
static const char *const THUNK_CAT(THUNK_NAME, _data)[] = {
#include THUNK_DEF
    NULL
};
#undef LIBRARY
#undef FUNC
#undef FUNC_AS
#undef GUEST
#undef DATA

#undef THUNK_CAT
#undef THUNK_CAT_
#undef THUNK_NAME
#undef THUNK_DEF
