/* Guest signal state recorded by signal.c.  Delivering signals to guest
 * handlers (rt_sigframe, rt_sigreturn) is a later step that reads it. */
#ifndef FERRY_XLAT_SIGNAL_H
#define FERRY_XLAT_SIGNAL_H

#include <stdint.h>

#define GUEST_NSIG 64
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* The arm64 kernel's struct sigaction; x86-64's has the same shape. */
struct guest_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

/* arm64 stack_t. */
struct guest_stack {
    uint64_t sp;
    int32_t flags;
    int32_t pad;
    uint64_t size;
};

/* The guest's action for sig (1..64). */
struct guest_sigaction guest_sigaction_get(int sig);
/* The calling thread's guest signal mask (bit sig-1). */
uint64_t guest_sigmask_get(void);
/* The calling thread's guest alternate signal stack. */
struct guest_stack guest_altstack_get(void);

#endif
