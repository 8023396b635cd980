/* Thunk signatures (see signature.h). */
#include "abi/signature.h"

#include <string.h>

static ffi_type *type_of(char c, bool is_return)
{
    switch (c) {
    case 'v': return is_return ? &ffi_type_void : NULL;
    case 'i': return &ffi_type_sint32;
    case 'u': return &ffi_type_uint32;
    case 'l': return &ffi_type_sint64;
    case 'L': return &ffi_type_uint64;
    case 'p': return &ffi_type_pointer;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    default: return NULL;
    }
}

bool abi_sig_parse(const char *text, struct abi_sig *sig, const char **why)
{
    memset(sig, 0, sizeof *sig);
    if (!text[0] || text[1] != ':') {
        *why = "not of the form R:ARGS";
        return false;
    }
    sig->ret = text[0];
    ffi_type *rtype = type_of(sig->ret, true);
    if (!rtype) {
        *why = "unknown return type letter";
        return false;
    }
    for (const char *p = text + 2; *p; p++) {
        if (sig->nargs == ABI_MAX_ARGS) {
            *why = "too many arguments";
            return false;
        }
        ffi_type *t = type_of(*p, false);
        if (!t) {
            *why = "unknown argument type letter";
            return false;
        }
        sig->args[sig->nargs] = *p;
        sig->types[sig->nargs++] = t;
    }
    if (ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, (unsigned)sig->nargs, rtype, sig->types) != FFI_OK) {
        *why = "libffi refused it";
        return false;
    }
    return true;
}
