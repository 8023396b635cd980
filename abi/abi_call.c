/* Guest-to-host calls through libffi (see abi_call.h).
 *
 * AAPCS64 (the procedure call standard, "Parameter passing"): the n-th
 * integer or pointer argument goes in x<n> while n < 8, the n-th floating
 * one in v<n> (s or d, low bits) while n < 8, and the rest on the stack
 * from sp upward in order, each in an 8-byte slot (Linux's AAPCS64, unlike
 * Apple's, does not pack smaller ones; and variadic arguments follow the
 * same rules as named ones).  Results come back in x0 or in the low bits
 * of v0. */
#include "abi/abi_call.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "abi/callback.h"
#include "abi/printf_args.h"
#include "mm/vma.h"
#include "syscall-xlat/xlat.h"

union abi_value {
    int32_t i;
    uint32_t u;
    int64_t l;
    uint64_t L;
    void *p;
    float f;
    double d;
};

/* Where the next argument comes from. */
struct arg_source {
    const struct cpu_state *cpu;
    int ngr, nvr;
    uint64_t stack;
    uint64_t va; /* an arm64 va_list instead, if not 0 */
};

/* arm64's va_list (AAPCS64 "The va_list type"). */
struct guest_va_list {
    uint64_t stack, gr_top, vr_top;
    int32_t gr_offs, vr_offs;
};

/* The next argument's 8 raw bytes; false if unreadable. */
static bool next_raw(struct arg_source *src, bool fp, uint8_t raw[8])
{
    if (src->va) {
        struct guest_va_list va;
        if (guest_read(&va, src->va, sizeof va))
            return false;
        uint64_t from;
        if (fp && va.vr_offs < 0) {
            from = va.vr_top + (uint64_t)(int64_t)va.vr_offs;
            va.vr_offs += 16;
        } else if (!fp && va.gr_offs < 0) {
            from = va.gr_top + (uint64_t)(int64_t)va.gr_offs;
            va.gr_offs += 8;
        } else {
            from = va.stack;
            va.stack += 8;
        }
        return !guest_read(raw, from, 8) && !guest_write(src->va, &va, sizeof va);
    }
    if (fp && src->nvr < 8) {
        memcpy(raw, src->cpu->v[src->nvr++], 8);
        return true;
    }
    if (!fp && src->ngr < 8) {
        memcpy(raw, &src->cpu->x[src->ngr++], 8);
        return true;
    }
    if (guest_read(raw, src->stack, 8))
        return false;
    src->stack += 8;
    return true;
}

static void store(union abi_value *v, char kind, const uint8_t raw[8])
{
    switch (kind) {
    case 'i': memcpy(&v->i, raw, 4); break;
    case 'u': memcpy(&v->u, raw, 4); break;
    case 'f': memcpy(&v->f, raw, 4); break;
    default: memcpy(&v->L, raw, 8); break;
    }
}

/* Fill vals[] with the fixed arguments: false if the stack cannot be read. */
static bool gather(struct arg_source *src, const struct abi_sig *sig, union abi_value *vals)
{
    for (int k = 0; k < sig->nargs; k++) {
        uint8_t raw[8];
        char c = sig->args[k];
        if (!next_raw(src, c == 'f' || c == 'd', raw))
            return false;
        store(&vals[k], c, raw);
    }
    return true;
}

/* The callbacks of an s{...} argument, swapped for stand-ins during the
 * call.  Only guest code is swapped: a field the library itself set (its
 * default allocator, a host address) or a stand-in stays. */
struct swapped {
    uint64_t where, guest;
    void *host;
};

static int swap_fields(uint64_t base, const struct abi_fields *fl, struct swapped *out)
{
    int n = 0;
    for (int k = 0; base && k < fl->n; k++) {
        uint64_t where = base + fl->offset[k], g;
        struct vma v;
        if (guest_read(&g, where, 8) || !g || !vma_find(g, &v) || !(v.prot & PROT_EXEC))
            continue;
        void *host = abi_callback_for(g, fl->sig[k]);
        if (!host || guest_write(where, &host, 8))
            continue;
        out[n++] = (struct swapped){ where, g, host };
    }
    return n;
}

static void unswap_fields(const struct swapped *sw, int n)
{
    for (int k = 0; k < n; k++) {
        uint64_t now;
        if (!guest_read(&now, sw[k].where, 8) && now == (uint64_t)(uintptr_t)sw[k].host)
            guest_write(sw[k].where, &sw[k].guest, 8);
    }
}

bool abi_call(struct cpu_state *cpu, const struct abi_sig *sig, void (*fn)(void))
{
    union abi_value vals[ABI_MAX_ARGS];
    void *ptrs[ABI_MAX_ARGS];
    ffi_type *types[ABI_MAX_ARGS];
    struct arg_source src = { .cpu = cpu, .stack = cpu->x[31] };
    if (!gather(&src, sig, vals))
        return false;
    struct swapped sw[ABI_MAX_ARGS * ABI_MAX_FIELDS];
    int n_sw = 0;
    for (int k = 0; k < sig->nargs; k++) {
        if (sig->args[k] == 'c') {
            void *host = abi_callback_for(vals[k].L, sig->callback[k]);
            if (vals[k].L && !host)
                return false;
            vals[k].p = host;
        } else if (sig->args[k] == 's') {
            n_sw += swap_fields(vals[k].L, sig->fields[k], sw + n_sw);
        }
        ptrs[k] = &vals[k];
        types[k] = sig->types[k];
    }
    ffi_cif var_cif;
    const ffi_cif *cif = &sig->cif;
    int total = sig->nargs;
    if (sig->variadic) {
        /* The format is the last fixed argument; the rest follow it, in
         * the registers and stack slots after it, or in a va_list. */
        char fmt[4096], kinds[ABI_MAX_ARGS];
        if (guest_read_str(fmt, sizeof fmt, vals[sig->nargs - 1].L) < 0)
            return false;
        if (sig->args[sig->nargs] == 'A') {
            /* The va_list (a 32-byte struct) is passed by reference. */
            uint8_t raw[8];
            if (!next_raw(&src, false, raw))
                return false;
            memcpy(&src.va, raw, 8);
        }
        int n = printf_arg_kinds(fmt, kinds, ABI_MAX_ARGS - total);
        if (n < 0)
            return false;
        for (int j = 0; j < n; j++, total++) {
            uint8_t raw[8];
            if (!next_raw(&src, kinds[j] == 'd', raw))
                return false;
            store(&vals[total], kinds[j], raw);
            ptrs[total] = &vals[total];
            types[total] = kinds[j] == 'i' ? &ffi_type_sint32
                         : kinds[j] == 'd' ? &ffi_type_double
                         : kinds[j] == 'p' ? &ffi_type_pointer : &ffi_type_sint64;
        }
        if (ffi_prep_cif_var(&var_cif, FFI_DEFAULT_ABI, (unsigned)sig->nargs, (unsigned)total,
                             sig->rtype, types) != FFI_OK)
            return false;
        cif = &var_cif;
    }
    /* libffi widens integer results to a full register (ffi_arg). */
    union {
        ffi_arg a;
        float f;
        double d;
    } ret = { 0 };
    ffi_call((ffi_cif *)cif, fn, &ret, ptrs);
    unswap_fields(sw, n_sw);
    switch (sig->ret) {
    case 'v': break;
    case 'f':
        memset(cpu->v[0], 0, 16);
        memcpy(cpu->v[0], &ret.f, 4);
        break;
    case 'd':
        memset(cpu->v[0], 0, 16);
        memcpy(cpu->v[0], &ret.d, 8);
        break;
    case 'i': cpu->x[0] = (uint64_t)(int64_t)(int32_t)ret.a; break; /* sign-extended, as GCC does */
    case 'u': cpu->x[0] = (uint32_t)ret.a; break;
    default: cpu->x[0] = (uint64_t)ret.a; break;
    }
    return true;
}

void abi_format_args(const struct cpu_state *cpu, const struct abi_sig *sig, char *buf, size_t cap)
{
    union abi_value vals[ABI_MAX_ARGS];
    struct arg_source src = { .cpu = cpu, .stack = cpu->x[31] };
    size_t used = 0;
    buf[0] = '\0';
    if (!gather(&src, sig, vals)) {
        snprintf(buf, cap, "(arguments unreadable)");
        return;
    }
    for (int k = 0; k < sig->nargs && used < cap; k++) {
        const char *sep = k ? ", " : "";
        int n = 0;
        switch (sig->args[k]) {
        case 'i': n = snprintf(buf + used, cap - used, "%s%" PRId32, sep, vals[k].i); break;
        case 'u': n = snprintf(buf + used, cap - used, "%s%" PRIu32, sep, vals[k].u); break;
        case 'l': n = snprintf(buf + used, cap - used, "%s%" PRId64, sep, vals[k].l); break;
        case 'L': n = snprintf(buf + used, cap - used, "%s%" PRIu64, sep, vals[k].L); break;
        case 'f': n = snprintf(buf + used, cap - used, "%s%g", sep, (double)vals[k].f); break;
        case 'd': n = snprintf(buf + used, cap - used, "%s%g", sep, vals[k].d); break;
        default: n = snprintf(buf + used, cap - used, "%s%p", sep, vals[k].p); break;
        }
        if (n < 0)
            break;
        used += (size_t)n;
    }
    if (sig->variadic && used < cap)
        snprintf(buf + used, cap - used, ", ...");
}
