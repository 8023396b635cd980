/* Guest-to-host calls through libffi (see abi_call.h).
 *
 * AAPCS64 (the procedure call standard, "Parameter passing"): the n-th
 * integer or pointer argument goes in x<n> while n < 8, the n-th floating
 * one in v<n> (s or d, low bits) while n < 8, and the rest on the stack
 * from sp upward in order, each in an 8-byte slot (Linux's AAPCS64, unlike
 * Apple's, does not pack smaller ones).  Results come back in x0 or in the
 * low bits of v0. */
#include "abi/abi_call.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "abi/callback.h"
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

/* Fill vals[] from the guest state: false if the stack cannot be read. */
static bool gather(const struct cpu_state *cpu, const struct abi_sig *sig, union abi_value *vals)
{
    int ngr = 0, nvr = 0;
    uint64_t stack = cpu->x[31];
    for (int k = 0; k < sig->nargs; k++) {
        char c = sig->args[k];
        bool fp = c == 'f' || c == 'd';
        uint8_t raw[8];
        if (fp && nvr < 8)
            memcpy(raw, cpu->v[nvr++], 8);
        else if (!fp && ngr < 8)
            memcpy(raw, &cpu->x[ngr++], 8);
        else {
            if (guest_read(raw, stack, 8))
                return false;
            stack += 8;
        }
        switch (c) {
        case 'i': memcpy(&vals[k].i, raw, 4); break;
        case 'u': memcpy(&vals[k].u, raw, 4); break;
        case 'f': memcpy(&vals[k].f, raw, 4); break;
        default: memcpy(&vals[k].L, raw, 8); break;
        }
    }
    return true;
}

bool abi_call(struct cpu_state *cpu, const struct abi_sig *sig, void (*fn)(void))
{
    union abi_value vals[ABI_MAX_ARGS];
    void *ptrs[ABI_MAX_ARGS];
    if (!gather(cpu, sig, vals))
        return false;
    for (int k = 0; k < sig->nargs; k++) {
        if (sig->args[k] == 'c') {
            void *host = abi_callback_for(vals[k].L, sig->callback[k]);
            if (vals[k].L && !host)
                return false;
            vals[k].p = host;
        }
        ptrs[k] = &vals[k];
    }
    /* libffi widens integer results to a full register (ffi_arg). */
    union {
        ffi_arg a;
        float f;
        double d;
    } ret = { 0 };
    ffi_call((ffi_cif *)&sig->cif, fn, &ret, ptrs);
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
    size_t used = 0;
    buf[0] = '\0';
    if (!gather(cpu, sig, vals)) {
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
}
