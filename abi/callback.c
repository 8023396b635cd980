/* Host-callable stand-ins for guest functions (see callback.h).
 *
 * Each is a libffi closure whose handler moves the SysV arguments into
 * the guest registers as AAPCS64 wants them (abi_call.c's rules, the other
 * way round), runs the guest function in a nested run (dbt_call_guest)
 * on the calling guest thread, and hands back x0 or v0.  The guest
 * registers that the callback may change are saved around it: the
 * thunked call that led here is still in progress and returns to its own
 * caller afterwards.  Stand-ins live as long as the process (a library
 * may keep the pointer: zlib keeps the allocator of a stream). */
#include "abi/callback.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/ferry.h"
#include "dbt/dbt.h"
#include "dbt/runtime/threads.h"
#include "libs/guest_errno.h"
#include "syscall-xlat/xlat.h"

struct stand_in {
    uint64_t guest;
    const struct abi_sig *sig;
    void *code;
    struct stand_in *next;
};

static struct stand_in *stand_ins;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The guest registers a nested run may change: the call that led to it
 * is still in progress and goes on afterwards. */
struct saved_regs {
    uint64_t x[32], pc, flags;
    uint8_t v[32][16];
};

static void save_regs(const struct cpu_state *cpu, struct saved_regs *s)
{
    memcpy(s->x, cpu->x, sizeof s->x);
    memcpy(s->v, cpu->v, sizeof s->v);
    s->pc = cpu->pc;
    s->flags = cpu->flags;
}

static void restore_regs(struct cpu_state *cpu, const struct saved_regs *s)
{
    memcpy(cpu->x, s->x, sizeof s->x);
    memcpy(cpu->v, s->v, sizeof s->v);
    cpu->pc = s->pc;
    cpu->flags = s->flags;
}

uint64_t abi_run_guest(uint64_t fn)
{
    struct guest_thread *t = thread_self();
    if (!t)
        return 0;
    struct saved_regs saved;
    save_regs(&t->cpu, &saved);
    dbt_call_guest(t, fn);
    uint64_t x0 = t->cpu.x[0];
    restore_regs(&t->cpu, &saved);
    return x0;
}

static void run_guest(ffi_cif *cif, void *ret, void **args, void *user)
{
    (void)cif;
    const struct stand_in *s = user;
    const struct abi_sig *sig = s->sig;
    struct guest_thread *t = thread_self();
    if (!t)
        ferry_fatal(70, "a thunked host library called guest code (0x%llx, a callback) from a "
                        "thread the library started itself: there is no guest thread to run "
                        "it on (docs/thunks.md); run with --no-thunk",
                    (unsigned long long)s->guest);
    struct cpu_state *cpu = &t->cpu;
    struct saved_regs saved;
    save_regs(cpu, &saved);
    /* Arguments: x0..x7 / v0..v7, then 8-byte stack slots below the
     * current sp, which stays 16-byte aligned. */
    int ngr = 0, nvr = 0, nstack = 0;
    for (int k = 0; k < sig->nargs; k++) {
        char c = sig->args[k];
        if ((c == 'f' || c == 'd') ? nvr >= 8 : ngr >= 8)
            nstack++;
        (c == 'f' || c == 'd') ? nvr++ : ngr++;
    }
    uint64_t sp = (cpu->x[31] - 8 * (uint64_t)nstack) & ~(uint64_t)15;
    uint64_t slot = sp;
    ngr = nvr = 0;
    for (int k = 0; k < sig->nargs; k++) {
        char c = sig->args[k];
        uint64_t raw = 0;
        switch (c) {
        case 'i': raw = (uint64_t)(int64_t) * (int32_t *)args[k]; break;
        case 'u': raw = *(uint32_t *)args[k]; break;
        case 'B': raw = *(uint8_t *)args[k]; break;
        case 'f': memcpy(&raw, args[k], 4); break;
        default: memcpy(&raw, args[k], 8); break;
        }
        if (c == 'f' || c == 'd') {
            if (nvr < 8) {
                memset(cpu->v[nvr], 0, 16);
                memcpy(cpu->v[nvr++], &raw, 8);
                continue;
            }
        } else if (ngr < 8) {
            cpu->x[ngr++] = raw;
            continue;
        }
        guest_write(slot, &raw, 8);
        slot += 8;
    }
    cpu->x[31] = sp;
    guest_errno_from_host();
    dbt_call_guest(t, s->guest);
    guest_errno_to_host();
    switch (sig->ret) {
    case 'v': break;
    case 'f': memcpy(ret, cpu->v[0], 4); break;
    case 'd': memcpy(ret, cpu->v[0], 8); break;
    case 'i': *(ffi_sarg *)ret = (int32_t)cpu->x[0]; break;
    case 'u': *(ffi_arg *)ret = (uint32_t)cpu->x[0]; break;
    case 'B': *(ffi_arg *)ret = (uint8_t)cpu->x[0]; break;
    default: *(ffi_arg *)ret = cpu->x[0]; break;
    }
    restore_regs(cpu, &saved);
}

void *abi_callback_for(uint64_t guest, const struct abi_sig *sig)
{
    if (!guest)
        return NULL;
    pthread_mutex_lock(&lock);
    struct stand_in *s;
    for (s = stand_ins; s; s = s->next)
        if (s->guest == guest && s->sig == sig)
            break;
    if (!s) {
        void *code = NULL;
        ffi_closure *closure = ffi_closure_alloc(sizeof(ffi_closure), &code);
        s = calloc(1, sizeof *s);
        if (!closure || !s ||
            ffi_prep_closure_loc(closure, (ffi_cif *)&sig->cif, run_guest, s, code) != FFI_OK) {
            free(s);
            pthread_mutex_unlock(&lock);
            return NULL;
        }
        s->guest = guest;
        s->sig = sig;
        s->code = code;
        s->next = stand_ins;
        stand_ins = s;
    }
    pthread_mutex_unlock(&lock);
    return s->code;
}
