/* Thunk signatures (see signature.h): a small recursive-descent parser
 * over the text, one cursor moving forward. */
#include "abi/signature.h"

#include <stdlib.h>
#include <string.h>

struct cursor {
    const char *p;
    const char *why;
};

static bool fail(struct cursor *c, const char *why)
{
    if (!c->why)
        c->why = why;
    return false;
}

static ffi_type *scalar_type(char c, bool is_return)
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
    case 'B': return &ffi_type_uint8;
    case 'D': return &ffi_type_longdouble;
    default: return NULL;
    }
}

static struct abi_sig *parse_sig(struct cursor *c, char end);

/* "{R:ARGS}" at c->p (past the 'c'): a callback's signature, scalars only. */
static struct abi_sig *parse_callback(struct cursor *c)
{
    if (*c->p != '{')
        return fail(c, "c without {R:ARGS}"), NULL;
    c->p++;
    struct abi_sig *cb = parse_sig(c, '}');
    if (!cb)
        return NULL;
    if (cb->has_struct || cb->variadic || cb->ret == 'D')
        return fail(c, "a callback takes and returns scalars only"), NULL;
    for (int k = 0; k < cb->nargs; k++)
        if (cb->args[k] == 'c' || cb->args[k] == 's' || cb->args[k] == '*' || cb->args[k] == 'D')
            return fail(c, "a callback takes and returns scalars only"), NULL;
    c->p++; /* the '}' */
    return cb;
}

/* "{MEMBERS}" at c->p: a struct's members and layout. */
static struct abi_struct *parse_struct(struct cursor *c)
{
    if (*c->p != '{')
        return fail(c, "a struct without {MEMBERS}"), NULL;
    c->p++;
    struct abi_struct *st = calloc(1, sizeof *st);
    if (!st)
        return fail(c, "out of memory"), NULL;
    int nf = 0, nd = 0;
    while (*c->p && *c->p != '}') {
        char k = *c->p++;
        if (st->n == ABI_MAX_MEMBERS)
            return fail(c, "too many struct members"), NULL;
        ffi_type *t = k == 'D' || k == 'v' ? NULL : scalar_type(k, false);
        if (k == 'c') {
            if (!(st->callback[st->n] = parse_callback(c)))
                return NULL;
            t = &ffi_type_pointer;
        } else if (!t) {
            return fail(c, "a struct member is not one of i u l L p f d B c{}"), NULL;
        }
        nf += k == 'f';
        nd += k == 'd';
        st->kind[st->n] = k;
        st->elements[st->n++] = t;
    }
    if (*c->p != '}' || st->n == 0)
        return fail(c, "unbalanced or empty { } in a struct"), NULL;
    c->p++;
    st->type.type = FFI_TYPE_STRUCT;
    st->type.elements = st->elements;
    if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, &st->type, st->offset) != FFI_OK)
        return fail(c, "libffi refused a struct"), NULL;
    st->size = st->type.size;
    if (st->n <= 4 && (nf == st->n || nd == st->n))
        st->hfa = st->n;
    return st;
}

/* "OFF=R:ARGS;OFF=*{MEMBERS};..." up to the '}' (past the "s{"). */
static struct abi_fields *parse_fields(struct cursor *c)
{
    struct abi_fields *fl = calloc(1, sizeof *fl);
    if (!fl)
        return fail(c, "out of memory"), NULL;
    while (*c->p && *c->p != '}') {
        char *eq;
        unsigned long off = strtoul(c->p, &eq, 10);
        if (eq == c->p || *eq != '=' || fl->n == ABI_MAX_FIELDS)
            return fail(c, "a struct field is not OFF=R:ARGS or OFF=*{MEMBERS}"), NULL;
        c->p = eq + 1;
        fl->offset[fl->n] = (unsigned)off;
        if (*c->p == '*') {
            c->p++;
            if (!(fl->copy[fl->n] = parse_struct(c)))
                return NULL;
        } else if (!(fl->sig[fl->n] = parse_sig(c, ';'))) {
            return NULL;
        }
        fl->n++;
        if (*c->p == ';')
            c->p++;
    }
    if (*c->p != '}')
        return fail(c, "unbalanced { } in s{...}"), NULL;
    c->p++;
    return fl;
}

/* "R:ARGS" up to `end` (or '}' or the text's end), which is not consumed. */
static struct abi_sig *parse_sig(struct cursor *c, char end)
{
    struct abi_sig *sig = calloc(1, sizeof *sig);
    if (!sig)
        return fail(c, "out of memory"), NULL;
    if (*c->p == '{') {
        if (!(sig->rstruct = parse_struct(c)))
            return NULL;
        sig->ret = '{';
        sig->rtype = &sig->rstruct->type;
        sig->has_struct = true;
    } else {
        sig->ret = *c->p;
        if (!(sig->rtype = scalar_type(*c->p, true)))
            return fail(c, "unknown return type letter"), NULL;
        c->p++;
    }
    if (*c->p++ != ':')
        return fail(c, "not of the form R:ARGS"), NULL;
    while (*c->p && *c->p != end && *c->p != '}') {
        int n = sig->nargs;
        if (n == ABI_MAX_ARGS)
            return fail(c, "too many arguments"), NULL;
        char k = *c->p++;
        ffi_type *t = &ffi_type_pointer;
        switch (k) {
        case 'V':
        case 'A':
            /* Variadic arguments: the last letter; the call interface is
             * made per call, from the format. */
            if ((*c->p && *c->p != end && *c->p != '}') || n == 0)
                return fail(c, "V and A come last, after a format argument"), NULL;
            sig->variadic = true;
            sig->args[n] = k;
            sig->types[n] = t;
            return sig;
        case 's':
            if (*c->p++ != '{')
                return fail(c, "s without {OFF=R:ARGS;...}"), NULL;
            if (!(sig->fields[n] = parse_fields(c)))
                return NULL;
            break;
        case 'c':
            if (!(sig->callback[n] = parse_callback(c)))
                return NULL;
            break;
        case '*':
            if (!(sig->structs[n] = parse_struct(c)))
                return NULL;
            break;
        case '{':
            c->p--;
            if (!(sig->structs[n] = parse_struct(c)))
                return NULL;
            t = &sig->structs[n]->type;
            sig->has_struct = true;
            break;
        default:
            if (!(t = scalar_type(k, false)))
                return fail(c, "unknown argument type letter"), NULL;
        }
        sig->args[n] = k;
        sig->types[sig->nargs++] = t;
    }
    if (ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, (unsigned)sig->nargs, sig->rtype, sig->types) != FFI_OK)
        return fail(c, "libffi refused it"), NULL;
    sig->direct = sig->nargs <= 6 && strchr("viulLpB", sig->ret);
    for (int k = 0; k < sig->nargs; k++)
        sig->direct &= strchr("iulLpB", sig->args[k]) != NULL;
    return sig;
}

struct abi_sig *abi_sig_new(const char *text, const char **why)
{
    /* Parsed structures are not freed on failure: a bad signature is a
     * bug in a .def file, met once per library. */
    struct cursor c = { .p = text, .why = NULL };
    struct abi_sig *sig = parse_sig(&c, '\0');
    if (sig && *c.p) {
        sig = NULL;
        fail(&c, "text after the signature (unbalanced } ?)");
    }
    *why = c.why;
    return sig;
}
