/* Thunk signatures (see signature.h). */
#include "abi/signature.h"

#include <stdlib.h>
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

/* The callback signature in "{R:ARGS}" at *p; moves *p past the '}'. */
static struct abi_sig *parse_callback(const char **p, const char **why)
{
    const char *open = *p + 1;
    int depth = 1;
    const char *q = open;
    for (; *q && depth; q++)
        depth += *q == '{' ? 1 : *q == '}' ? -1 : 0;
    if (depth) {
        *why = "unbalanced { } in a callback";
        return NULL;
    }
    size_t len = (size_t)(q - 1 - open);
    char *inner = strndup(open, len);
    struct abi_sig *cb = malloc(sizeof *cb);
    if (!inner || !cb || !abi_sig_parse(inner, cb, why)) {
        free(inner);
        free(cb);
        return NULL;
    }
    free(inner);
    *p = q - 1;
    return cb;
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
        if (*p == 'c') {
            if (p[1] != '{') {
                *why = "c without {R:ARGS}";
                return false;
            }
            p++;
            if (!(sig->callback[sig->nargs] = parse_callback(&p, why)))
                return false;
            t = &ffi_type_pointer;
            sig->args[sig->nargs] = 'c';
            sig->types[sig->nargs++] = t;
            continue;
        }
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
