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

/* "OFF=R:ARGS;..." from "{...}" at *p; moves *p to the '}'. */
static struct abi_fields *parse_fields(const char **p, const char **why)
{
    const char *q = *p + 1, *end = strchr(q, '}');
    struct abi_fields *fl = calloc(1, sizeof *fl);
    if (!end || !fl) {
        *why = "unbalanced { } in a struct";
        free(fl);
        return NULL;
    }
    while (q < end) {
        char *eq;
        unsigned long off = strtoul(q, &eq, 10);
        const char *stop = memchr(q, ';', (size_t)(end - q));
        if (!stop)
            stop = end;
        if (*eq != '=' || fl->n == ABI_MAX_FIELDS) {
            *why = "a struct field is not OFF=R:ARGS";
            free(fl);
            return NULL;
        }
        char *inner = strndup(eq + 1, (size_t)(stop - eq - 1));
        struct abi_sig *cb = malloc(sizeof *cb);
        if (!inner || !cb || !abi_sig_parse(inner, cb, why)) {
            free(inner);
            free(cb);
            free(fl);
            return NULL;
        }
        free(inner);
        fl->offset[fl->n] = (unsigned)off;
        fl->sig[fl->n++] = cb;
        q = stop + (stop < end);
    }
    *p = end;
    return fl;
}

bool abi_sig_parse(const char *text, struct abi_sig *sig, const char **why)
{
    memset(sig, 0, sizeof *sig);
    if (!text[0] || text[1] != ':') {
        *why = "not of the form R:ARGS";
        return false;
    }
    sig->ret = text[0];
    ffi_type *rtype = sig->rtype = type_of(sig->ret, true);
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
        if (*p == 'V' || *p == 'A') {
            /* Variadic arguments: the last letter; the call interface
             * is made per call, from the format. */
            if (p[1] || sig->nargs == 0) {
                *why = "V and A come last, after a format argument";
                return false;
            }
            sig->variadic = true;
            sig->args[sig->nargs] = *p;
            sig->types[sig->nargs] = &ffi_type_pointer;
            return true;
        }
        if (*p == 's') {
            if (p[1] != '{') {
                *why = "s without {OFF=R:ARGS;...}";
                return false;
            }
            p++;
            if (!(sig->fields[sig->nargs] = parse_fields(&p, why)))
                return false;
            sig->args[sig->nargs] = 's';
            sig->types[sig->nargs++] = &ffi_type_pointer;
            continue;
        }
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
