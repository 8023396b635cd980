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
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "abi/callback.h"
#include "abi/long_double.h"
#include "abi/printf_args.h"
#include "mm/vma.h"
#include "syscall-xlat/xlat.h"

union abi_value {
    int32_t i;
    uint32_t u;
    int64_t l;
    uint64_t L;
    uint8_t B;
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

/* `size` bytes from the next stack slots, aligned to `align` (>= 8). */
static bool from_stack(struct arg_source *src, void *out, size_t size, uint64_t align)
{
    src->stack = (src->stack + align - 1) & ~(align - 1);
    if (guest_read(out, src->stack, size))
        return false;
    src->stack += (size + 7) & ~(size_t)7;
    return true;
}

/* A struct passed by value, as AAPCS64 places it ("Parameter passing",
 * stages B and C): an HFA in consecutive v registers (their low 4 or 8
 * bytes), else on the stack with no v register used after it; over 16
 * bytes, a copy the caller made, by reference; else in consecutive x
 * registers, else on the stack with no x register used after it. */
static bool struct_arg(struct arg_source *src, const struct abi_struct *st, uint8_t *out)
{
    if (st->hfa) {
        if (src->nvr + st->hfa <= 8) {
            size_t m = st->kind[0] == 'f' ? 4 : 8;
            for (int i = 0; i < st->hfa; i++)
                memcpy(out + st->offset[i], src->cpu->v[src->nvr++], m);
            return true;
        }
        src->nvr = 8;
        return from_stack(src, out, st->size, 8);
    }
    if (st->size > 16) {
        uint8_t raw[8];
        uint64_t copy;
        if (!next_raw(src, false, raw))
            return false;
        memcpy(&copy, raw, 8);
        return !guest_read(out, copy, st->size);
    }
    int regs = (int)((st->size + 7) / 8);
    if (src->ngr + regs <= 8) {
        memcpy(out, &src->cpu->x[src->ngr], st->size);
        src->ngr += regs;
        return true;
    }
    src->ngr = 8;
    return from_stack(src, out, st->size, 8);
}

/* A long double: a whole q register, else 16 bytes at a 16-byte aligned
 * stack slot. */
static bool quad_arg(struct arg_source *src, uint64_t quad[2])
{
    if (src->nvr < 8) {
        memcpy(quad, src->cpu->v[src->nvr++], 16);
        return true;
    }
    return from_stack(src, quad, 16, 16);
}

static void store(union abi_value *v, char kind, const uint8_t raw[8])
{
    switch (kind) {
    case 'i': memcpy(&v->i, raw, 4); break;
    case 'u': memcpy(&v->u, raw, 4); break;
    case 'f': memcpy(&v->f, raw, 4); break;
    case 'B': v->B = raw[0]; break;
    default: memcpy(&v->L, raw, 8); break;
    }
}

/* Room for the arguments' values: scalars in their slots, structs and
 * long doubles in the arena. */
struct arg_values {
    union abi_value vals[ABI_MAX_ARGS];
    void *ptrs[ABI_MAX_ARGS];
    _Alignas(16) uint8_t arena[ABI_MAX_ARGS * 64];
    size_t used;
};

static void *arena_take(struct arg_values *av, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (av->used + size > sizeof av->arena)
        return NULL;
    void *p = av->arena + av->used;
    av->used += size;
    return p;
}

/* Read the fixed arguments: false if the stack cannot be read. */
static bool gather(struct arg_source *src, const struct abi_sig *sig, struct arg_values *av)
{
    for (int k = 0; k < sig->nargs; k++) {
        char c = sig->args[k];
        av->ptrs[k] = &av->vals[k];
        if (c == '{') {
            void *out = arena_take(av, sig->structs[k]->size);
            if (!out || !struct_arg(src, sig->structs[k], out))
                return false;
            av->ptrs[k] = out;
        } else if (c == 'D') {
            uint64_t quad[2];
            long double *out = arena_take(av, sizeof(long double));
            if (!out || !quad_arg(src, quad))
                return false;
            *out = abi_quad_to_x87(quad);
            av->ptrs[k] = out;
        } else {
            uint8_t raw[8];
            if (!next_raw(src, c == 'f' || c == 'd', raw))
                return false;
            store(&av->vals[k], c, raw);
        }
    }
    return true;
}

/* Guest code, not data nor a host function (a library's own default
 * allocator, or a stand-in already): only that is made a stand-in. */
static bool is_guest_code(uint64_t a)
{
    struct vma v;
    return a && vma_find(a, &v) && (v.prot & PROT_EXEC);
}

/* The callback members of a struct's bytes, made stand-ins. */
static bool stand_in_members(const struct abi_struct *st, uint8_t *bytes)
{
    for (int i = 0; i < st->n; i++) {
        uint64_t g;
        if (st->kind[i] != 'c')
            continue;
        memcpy(&g, bytes + st->offset[i], 8);
        if (!is_guest_code(g))
            continue;
        void *host = abi_callback_for(g, st->callback[i]);
        if (!host)
            return false;
        memcpy(bytes + st->offset[i], &host, 8);
    }
    return true;
}

/* The host's copy of a *{...} struct at guest address g (not 0): one per
 * distinct content, kept for good, since the library may keep the pointer
 * (liblzma's threaded encoder keeps its allocator's). */
struct struct_copy {
    const struct abi_struct *st;
    struct struct_copy *next;
    _Alignas(16) uint8_t bytes[];
};
static struct struct_copy *copies;
static pthread_mutex_t copies_lock = PTHREAD_MUTEX_INITIALIZER;

static void *host_copy(uint64_t g, const struct abi_struct *st)
{
    uint8_t bytes[ABI_MAX_MEMBERS * 16];
    if (st->size > sizeof bytes || guest_read(bytes, g, st->size) || !stand_in_members(st, bytes))
        return NULL;
    pthread_mutex_lock(&copies_lock);
    struct struct_copy *c;
    for (c = copies; c; c = c->next)
        if (c->st == st && !memcmp(c->bytes, bytes, st->size))
            break;
    if (!c && (c = malloc(sizeof *c + st->size))) {
        c->st = st;
        memcpy(c->bytes, bytes, st->size);
        c->next = copies;
        copies = c;
    }
    pthread_mutex_unlock(&copies_lock);
    return c ? c->bytes : NULL;
}

/* The fields of an s{...} argument, changed during the call: callbacks to
 * stand-ins, *{...} pointers to host copies.  Only what the guest put
 * there is changed, and changed back after only if the library left it. */
struct swapped {
    uint64_t where, guest;
    void *host;
};

static int swap_fields(uint64_t base, const struct abi_fields *fl, struct swapped *out)
{
    int n = 0;
    for (int k = 0; base && k < fl->n; k++) {
        uint64_t where = base + fl->offset[k], g;
        if (guest_read(&g, where, 8) || !g)
            continue;
        void *host;
        if (fl->copy[k])
            host = host_copy(g, fl->copy[k]);
        else
            host = is_guest_code(g) ? abi_callback_for(g, fl->sig[k]) : NULL;
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

/* The result, where AAPCS64 puts it. */
static void put_result(struct cpu_state *cpu, const struct abi_sig *sig, const void *ret, uint64_t x8)
{
    union abi_value r;
    memcpy(&r, ret, sizeof r);
    switch (sig->ret) {
    case 'v': break;
    case 'f':
        memset(cpu->v[0], 0, 16);
        memcpy(cpu->v[0], &r.f, 4);
        break;
    case 'd':
        memset(cpu->v[0], 0, 16);
        memcpy(cpu->v[0], &r.d, 8);
        break;
    case 'D': {
        long double x;
        memcpy(&x, ret, sizeof x);
        uint64_t quad[2];
        abi_x87_to_quad(x, quad);
        memcpy(cpu->v[0], quad, 16);
        break;
    }
    case '{': {
        /* An HFA in v0.., up to 16 bytes in x0 and x1, else in the memory
         * x8 pointed to at the call. */
        const struct abi_struct *st = sig->rstruct;
        if (st->hfa) {
            size_t m = st->kind[0] == 'f' ? 4 : 8;
            for (int i = 0; i < st->hfa; i++) {
                memset(cpu->v[i], 0, 16);
                memcpy(cpu->v[i], (const uint8_t *)ret + st->offset[i], m);
            }
        } else if (st->size <= 16) {
            cpu->x[0] = cpu->x[1] = 0;
            memcpy(&cpu->x[0], ret, st->size);
        } else {
            guest_write(x8, ret, st->size);
        }
        break;
    }
    /* libffi widens integer results to a full register (ffi_arg). */
    case 'i': cpu->x[0] = (uint64_t)(int64_t)(int32_t)r.L; break; /* sign-extended, as GCC does */
    case 'u': cpu->x[0] = (uint32_t)r.L; break;
    case 'B': cpu->x[0] = (uint8_t)r.L; break;
    default: cpu->x[0] = r.L; break;
    }
}

/* The common case without libffi: integer and pointer arguments, all in
 * registers on both sides (x0..x5 to rdi, rsi, rdx, rcx, r8, r9), so the
 * host function is called with six 64-bit values, each widened as SysV
 * expects (a callee may ignore the ones it does not take). */
static void call_direct(struct cpu_state *cpu, const struct abi_sig *sig, void (*fn)(void))
{
    uint64_t a[6] = { 0 };
    for (int k = 0; k < sig->nargs; k++) {
        uint64_t x = cpu->x[k];
        switch (sig->args[k]) {
        case 'i': a[k] = (uint64_t)(int64_t)(int32_t)x; break;
        case 'u': a[k] = (uint32_t)x; break;
        case 'B': a[k] = (uint8_t)x; break;
        default: a[k] = x; break;
        }
    }
    uint64_t r = ((uint64_t(*)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t))(void *)fn)(
        a[0], a[1], a[2], a[3], a[4], a[5]);
    switch (sig->ret) {
    case 'v': break;
    case 'i': cpu->x[0] = (uint64_t)(int64_t)(int32_t)r; break;
    case 'u': cpu->x[0] = (uint32_t)r; break;
    case 'B': cpu->x[0] = (uint8_t)r; break;
    default: cpu->x[0] = r; break;
    }
}

bool abi_call(struct cpu_state *cpu, const struct abi_sig *sig, void (*fn)(void))
{
    if (sig->direct) {
        call_direct(cpu, sig, fn);
        return true;
    }
    struct arg_values av;
    av.used = 0;
    ffi_type *types[ABI_MAX_ARGS];
    struct arg_source src = { .cpu = cpu, .stack = cpu->x[31] };
    uint64_t x8 = cpu->x[8];
    if (!gather(&src, sig, &av))
        return false;
    struct swapped sw[ABI_MAX_ARGS * ABI_MAX_FIELDS];
    int n_sw = 0;
    for (int k = 0; k < sig->nargs; k++) {
        union abi_value *v = &av.vals[k];
        switch (sig->args[k]) {
        case 'c': {
            void *host = is_guest_code(v->L) ? abi_callback_for(v->L, sig->callback[k]) : v->p;
            if (!host && v->L)
                return false;
            v->p = host;
            break;
        }
        case '*':
            if (v->L && !(v->p = host_copy(v->L, sig->structs[k])))
                return false;
            break;
        case '{':
            if (!stand_in_members(sig->structs[k], av.ptrs[k]))
                return false;
            break;
        case 's': n_sw += swap_fields(v->L, sig->fields[k], sw + n_sw); break;
        }
        types[k] = sig->types[k];
    }
    ffi_cif var_cif;
    const ffi_cif *cif = &sig->cif;
    int total = sig->nargs;
    if (sig->variadic) {
        /* The format is the last fixed argument; the rest follow it, in
         * the registers and stack slots after it, or in a va_list. */
        char fmt[4096] = "", kinds[ABI_MAX_ARGS];
        /* (a NULL format takes no arguments: OpenSSL's ERR_set_error) */
        uint64_t fmt_at = av.vals[sig->nargs - 1].L;
        if (fmt_at && guest_read_str(fmt, sizeof fmt, fmt_at) < 0)
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
            store(&av.vals[total], kinds[j], raw);
            av.ptrs[total] = &av.vals[total];
            types[total] = kinds[j] == 'i' ? &ffi_type_sint32
                         : kinds[j] == 'd' ? &ffi_type_double
                         : kinds[j] == 'p' ? &ffi_type_pointer : &ffi_type_sint64;
        }
        if (ffi_prep_cif_var(&var_cif, FFI_DEFAULT_ABI, (unsigned)sig->nargs, (unsigned)total,
                             sig->rtype, types) != FFI_OK)
            return false;
        cif = &var_cif;
    }
    /* Big enough for any result: libffi writes whole registers. */
    _Alignas(16) uint8_t ret[ABI_MAX_MEMBERS * 16 + 16] = { 0 };
    ffi_call((ffi_cif *)cif, fn, ret, av.ptrs);
    unswap_fields(sw, n_sw);
    put_result(cpu, sig, ret, x8);
    return true;
}

static int format_value(char *buf, size_t cap, char kind, const void *p)
{
    union abi_value v = { 0 };
    if (kind != 'D')
        memcpy(&v, p, sizeof v);
    switch (kind) {
    case 'i': return snprintf(buf, cap, "%" PRId32, v.i);
    case 'u': return snprintf(buf, cap, "%" PRIu32, v.u);
    case 'B': return snprintf(buf, cap, "%u", v.B);
    case 'l': return snprintf(buf, cap, "%" PRId64, v.l);
    case 'L': return snprintf(buf, cap, "%" PRIu64, v.L);
    case 'f': return snprintf(buf, cap, "%g", (double)v.f);
    case 'd': return snprintf(buf, cap, "%g", v.d);
    case 'D': return snprintf(buf, cap, "%Lg", *(const long double *)p);
    default: return snprintf(buf, cap, "%p", v.p);
    }
}

void abi_format_args(const struct cpu_state *cpu, const struct abi_sig *sig, char *buf, size_t cap)
{
    struct arg_values av;
    av.used = 0;
    struct arg_source src = { .cpu = cpu, .stack = cpu->x[31] };
    size_t used = 0;
    buf[0] = '\0';
    if (!gather(&src, sig, &av)) {
        snprintf(buf, cap, "(arguments unreadable)");
        return;
    }
#define PUT(...)                                                                         \
    do {                                                                                 \
        int n_ = used < cap ? snprintf(buf + used, cap - used, __VA_ARGS__) : 0;         \
        used += n_ > 0 ? (size_t)n_ : 0;                                                 \
    } while (0)
    for (int k = 0; k < sig->nargs && used < cap; k++) {
        if (k)
            PUT(", ");
        if (sig->args[k] == '{') {
            /* A struct by value: its members. */
            const struct abi_struct *st = sig->structs[k];
            PUT("{");
            for (int i = 0; i < st->n && used < cap; i++) {
                if (i)
                    PUT(", ");
                if (used < cap)
                    used += (size_t)format_value(buf + used, cap - used, st->kind[i],
                                                 (uint8_t *)av.ptrs[k] + st->offset[i]);
            }
            PUT("}");
        } else if (used < cap) {
            int n = format_value(buf + used, cap - used, sig->args[k], av.ptrs[k]);
            used += n > 0 ? (size_t)n : 0;
        }
    }
    if (sig->variadic)
        PUT(", ...");
#undef PUT
}
