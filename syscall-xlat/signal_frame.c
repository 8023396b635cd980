/* The arm64 signal frame, built on the guest's stack the way the kernel's
 * setup_rt_frame() builds it, and taken down by rt_sigreturn (the layout
 * is arch/arm64/include/uapi/asm/{sigcontext,ucontext}.h's).
 *
 *   higher addresses  [ the interrupted stack                ]
 *                     [ frame record {x29, x30}              ]  <- new x29
 *                     [ struct rt_sigframe {siginfo, ucontext}]  <- new sp
 *
 * The ucontext's mcontext holds x0-x30, sp, pc and pstate (NZCV), then
 * records in its 4 KiB __reserved area: fpsimd_context (V0-V31, FPSR,
 * FPCR), esr_context for faults, and a terminator.  The handler is called
 * with x0 = signal, x1 = &siginfo, x2 = &ucontext, x30 = the restorer
 * (SA_RESTORER's, else the vDSO's __kernel_rt_sigreturn), and whatever it
 * leaves in the frame — a new pc included, as Go's asynchronous preemption
 * writes — is what rt_sigreturn resumes. */
#include "syscall-xlat/guest_signal.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>

#include "dbt/dbt.h"
#include "dbt/runtime/fp_env.h"
#include "loader/loader.h"
#include "syscall-xlat/syscall.h"
#include "syscall-xlat/xlat.h"

#define FPSIMD_MAGIC 0x46508001u
#define ESR_MAGIC 0x45535201u

struct ctx_head {
    uint32_t magic, size;
};

struct fpsimd_context {
    struct ctx_head head;
    uint32_t fpsr, fpcr;
    _Alignas(16) uint8_t vregs[32][16];
};

struct esr_context {
    struct ctx_head head;
    uint64_t esr;
};

struct guest_sigcontext {
    uint64_t fault_address;
    uint64_t regs[31];
    uint64_t sp, pc, pstate;
    _Alignas(16) uint8_t reserved[4096];
};

struct guest_ucontext {
    uint64_t flags;
    uint64_t link;
    struct guest_stack stack;
    uint64_t sigmask;
    uint8_t unused[1024 / 8 - 8]; /* glibc's sigset_t is 1024 bits */
    _Alignas(16) struct guest_sigcontext mcontext;
};

struct rt_sigframe {
    struct guest_siginfo info;
    struct guest_ucontext uc;
};

_Static_assert(offsetof(struct guest_ucontext, mcontext) == 176, "arm64 ucontext layout");
_Static_assert(offsetof(struct guest_sigcontext, reserved) == 288, "arm64 sigcontext layout");
_Static_assert(sizeof(struct fpsimd_context) == 528, "arm64 fpsimd_context size");
_Static_assert(sizeof(struct rt_sigframe) == 4688, "arm64 rt_sigframe size");

/* __kernel_rt_sigreturn in the vDSO: the kernel's default restorer. */
static uint64_t vdso_sigreturn(void)
{
    static uint64_t addr;
    if (!addr)
        addr = vdso_symbol("__kernel_rt_sigreturn");
    return addr;
}

static bool on_altstack(const struct sig_thread *s, uint64_t sp)
{
    return s->altstack.size && sp - s->altstack.sp < s->altstack.size;
}

/* What uc_stack records (the kernel's __save_altstack). */
static struct guest_stack saved_altstack(const struct sig_thread *s)
{
    /* The stack as configured, flags included (0 or SS_AUTODISARM, or
     * SS_DISABLE): not sigaltstack()'s view, which adds SS_ONSTACK while
     * the thread runs on it. */
    struct guest_stack st = s->altstack;
    st.pad = 0;
    return st;
}

static uint64_t current_fpsr(struct cpu_state *cpu)
{
    fp_env_read_fpsr(cpu);
    return cpu->scratch[0];
}

bool signal_setup_frame(struct cpu_state *cpu, struct sig_thread *s, int sig,
                        const struct guest_sigaction *act, const struct guest_siginfo *info,
                        uint64_t saved_mask)
{
    uint64_t sp = cpu->x[31];
    struct guest_stack uc_stack = saved_altstack(s);
    /* sigsp(): the alternate stack if the handler asks for it and the
     * thread is not on it already. */
    if ((act->flags & GUEST_SA_ONSTACK) && s->altstack.size && !on_altstack(s, sp))
        sp = s->altstack.sp + s->altstack.size;
    /* SS_AUTODISARM: every frame disarms the stack, once uc_stack has
     * recorded it (__save_altstack), whether or not this one is on it. */
    if ((uint32_t)s->altstack.flags & GUEST_SS_AUTODISARM)
        s->altstack = (struct guest_stack){ .flags = GUEST_SS_DISABLE };
    uint64_t record = (sp - 16) & ~15ULL;
    uint64_t frame_at = record - sizeof(struct rt_sigframe);

    static _Thread_local struct rt_sigframe f;
    memset(&f, 0, sizeof f);
    if (act->flags & GUEST_SA_SIGINFO)
        f.info = *info;
    f.uc.stack = uc_stack;
    f.uc.sigmask = saved_mask;
    struct guest_sigcontext *mc = &f.uc.mcontext;
    memcpy(mc->regs, cpu->x, sizeof mc->regs);
    mc->sp = cpu->x[31];
    mc->pc = cpu->pc;
    mc->pstate = cpu_get_nzcv(cpu);
    mc->fault_address = s->fault_address;

    struct fpsimd_context *fp = (struct fpsimd_context *)mc->reserved;
    fp->head = (struct ctx_head){ FPSIMD_MAGIC, sizeof *fp };
    fp->fpsr = (uint32_t)current_fpsr(cpu);
    fp->fpcr = (uint32_t)cpu->fpcr;
    memcpy(fp->vregs, cpu->v, sizeof fp->vregs);
    size_t used = sizeof *fp;
    if (s->fault_code) {
        struct esr_context *e = (struct esr_context *)(mc->reserved + used);
        e->head = (struct ctx_head){ ESR_MAGIC, sizeof *e };
        e->esr = s->fault_code;
        used += sizeof *e;
    }
    /* The terminator: a zeroed header, already there. */

    uint64_t frame_record[2] = { cpu->x[29], cpu->x[30] };
    if (guest_write(frame_at, &f, sizeof f) || guest_write(record, frame_record, sizeof frame_record))
        return false;

    cpu->x[0] = (uint64_t)sig;
    cpu->x[1] = frame_at + offsetof(struct rt_sigframe, info);
    cpu->x[2] = frame_at + offsetof(struct rt_sigframe, uc);
    cpu->x[29] = record;
    cpu->x[30] = act->flags & GUEST_SA_RESTORER ? act->restorer : vdso_sigreturn();
    cpu->x[31] = frame_at;
    cpu->pc = act->handler;
    return true;
}

/* The first record with `magic` in the frame's __reserved area, or NULL
 * (the kernel's parse_user_sigframe, without extra_context: ferry never
 * writes one, and accepts none). */
static const void *find_record(const struct guest_sigcontext *mc, uint32_t magic)
{
    size_t off = 0, limit = sizeof mc->reserved;
    while (limit - off >= sizeof(struct ctx_head)) {
        const struct ctx_head *h = (const void *)(mc->reserved + off);
        if (h->magic == 0)
            return NULL;
        if (h->size < sizeof *h || h->size > limit - off || (h->size & 15))
            return NULL;
        if (h->magic == magic)
            return h;
        off += h->size;
    }
    return NULL;
}

int64_t sys_rt_sigreturn(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)a;
    struct sig_thread *s = sig_self();
    uint64_t sp = cpu->x[31];
    static _Thread_local struct rt_sigframe f;
    const struct fpsimd_context *fp = NULL;
    if ((sp & 15) || guest_read(&f, sp, sizeof f) ||
        !(fp = find_record(&f.uc.mcontext, FPSIMD_MAGIC)) || fp->head.size != sizeof *fp) {
        /* A bad frame: the kernel's arm64_notify_segfault(sp). */
        signal_raise_sync(cpu, SIGSEGV, signal_segv_code(sp), sp, 0);
        return (int64_t)cpu->x[0];
    }
    const struct guest_sigcontext *mc = &f.uc.mcontext;
    memcpy(cpu->x, mc->regs, sizeof mc->regs);
    cpu->x[31] = mc->sp;
    cpu->pc = mc->pc;
    cpu_set_nzcv(cpu, mc->pstate);
    memcpy(cpu->v, fp->vregs, sizeof cpu->v);
    cpu->scratch[0] = fp->fpcr;
    fp_env_write_fpcr(cpu);
    cpu->scratch[0] = fp->fpsr;
    fp_env_write_fpsr(cpu);
    signal_set_mask(s, f.uc.sigmask);
    /* restore_altstack(): the handler may have changed uc_stack. */
    /* Errors are ignored, as the kernel ignores them. */
    (void)signal_altstack_set(s, &f.uc.stack, cpu->x[31]);
    /* The dispatcher stores this in x0: the frame's own x0. */
    return (int64_t)cpu->x[0];
}
