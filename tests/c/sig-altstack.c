/* sig-altstack.c - sigaltstack as Linux (4.7 and later) has it, where qemu
 * 7.2 differs.
 * ferry-test: qemu-differs (qemu 7.2 rejects SS_AUTODISARM with EINVAL and
 * stores sas_ss_flags(sp), SS_ONSTACK for a nested frame, in uc_stack;
 * Linux stores the configured flags, current->sas_ss_flags, in
 * __save_altstack)
 *
 *  - uc_stack.ss_flags in a handler on the alternate stack and in one
 *    nested inside it: the configured flags (0), never SS_ONSTACK;
 *  - SS_AUTODISARM: inside the handler the stack is disarmed (sigaltstack
 *    says SS_DISABLE, no pointer, no size) and uc_stack holds the armed
 *    stack with SS_AUTODISARM; a nested SA_ONSTACK signal then runs on the
 *    current stack, below the outer frame, with SS_DISABLE in its
 *    uc_stack; rt_sigreturn re-arms it from uc_stack;
 *  - a stack smaller than MINSIGSTKSZ is ENOMEM, unknown flags EINVAL.
 * The native build is the oracle (the arm64 kernel uses the same generic
 * code: kernel/signal.c __save_altstack, restore_altstack). */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31) /* linux/signal.h */
#endif

#include "watchdog.h"

#define ALT_SIZE (256 * 1024)
static char *alt;
static int on_alt(const void *p) { return (const char *)p >= alt && (const char *)p < alt + ALT_SIZE; }

static const char *ss_name(int f)
{
    static char bufs[8][64];
    static int next;
    char *buf = bufs[next++ & 7];
    if (f == 0)
        return "0";
    buf[0] = 0;
    if (f & SS_ONSTACK)
        strcat(buf, "SS_ONSTACK|");
    if (f & SS_DISABLE)
        strcat(buf, "SS_DISABLE|");
    if (f & (int)SS_AUTODISARM)
        strcat(buf, "SS_AUTODISARM|");
    if (f & ~(SS_ONSTACK | SS_DISABLE | (int)SS_AUTODISARM))
        strcat(buf, "other|");
    buf[strlen(buf) - 1] = 0;
    return buf;
}

struct seen {
    int on_alt, below, query_flags, after_nested, query_sp_null, query_size0, uc_flags, uc_sp_alt, uc_sp_null, uc_size;
};
static struct seen outer, inner;
static volatile int depth;
static volatile uintptr_t outer_frame;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    (void)si;
    ucontext_t *uc = ucv;
    char here = 0;
    struct seen *s = ++depth == 1 ? &outer : &inner;
    stack_t q;
    sigaltstack(NULL, &q);
    s->on_alt = on_alt(&here);
    s->below = depth > 1 && (uintptr_t)&here < outer_frame;
    s->query_flags = q.ss_flags;
    s->query_sp_null = q.ss_sp == NULL;
    s->query_size0 = q.ss_size == 0;
    s->uc_flags = uc->uc_stack.ss_flags;
    s->uc_sp_alt = uc->uc_stack.ss_sp == alt;
    s->uc_sp_null = uc->uc_stack.ss_sp == NULL;
    s->uc_size = uc->uc_stack.ss_size == ALT_SIZE ? 1 : uc->uc_stack.ss_size == 0 ? 0 : -1;
    if (depth == 1) {
        outer_frame = (uintptr_t)&here;
        raise(sig == SIGUSR1 ? SIGUSR2 : sig);
        /* Back from the nested handler: its sigreturn restored its
         * uc_stack, so the stack is still disarmed here. */
        stack_t again;
        sigaltstack(NULL, &again);
        s->after_nested = again.ss_flags;
    }
    depth--;
}

static void show(const char *what, const struct seen *s)
{
    printf("%s: on alternate stack=%d below outer=%d; sigaltstack says %s%s%s; uc_stack %s sp=%s size=%s\n", what,
           s->on_alt, s->below, ss_name(s->query_flags),
           s->query_sp_null ? " sp=NULL" : "", s->query_size0 ? " size=0" : "", ss_name(s->uc_flags),
           s->uc_sp_alt ? "alt" : s->uc_sp_null ? "NULL" : "other",
           s->uc_size == 1 ? "full" : s->uc_size == 0 ? "0" : "other");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    watchdog();
    alt = malloc(ALT_SIZE);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);

    stack_t ss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 };
    printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
    memset(&outer, 0, sizeof outer);
    memset(&inner, 0, sizeof inner);
    raise(SIGUSR1);
    show("armed, outer", &outer);
    show("armed, nested", &inner);

    ss.ss_flags = SS_AUTODISARM;
    printf("sigaltstack SS_AUTODISARM: %d\n", sigaltstack(&ss, NULL));
    stack_t q;
    sigaltstack(NULL, &q);
    printf("query: %s\n", ss_name(q.ss_flags));
    memset(&outer, 0, sizeof outer);
    memset(&inner, 0, sizeof inner);
    raise(SIGUSR1);
    show("autodisarm, outer", &outer);
    printf("autodisarm, outer after the nested handler returned: sigaltstack says %s\n",
           ss_name(outer.after_nested));
    show("autodisarm, nested", &inner);
    sigaltstack(NULL, &q);
    printf("after return: %s sp=%s size=%s\n", ss_name(q.ss_flags), q.ss_sp == alt ? "alt" : "other",
           q.ss_size == ALT_SIZE ? "full" : "other");

    ss.ss_flags = 0;
    ss.ss_size = 1024;
    errno = 0;
    int r = sigaltstack(&ss, NULL);
    printf("1 KiB stack: %d %s\n", r, errno == ENOMEM ? "ENOMEM" : strerror(errno));
    ss.ss_size = ALT_SIZE;
    ss.ss_flags = 0x1234;
    errno = 0;
    r = sigaltstack(&ss, NULL);
    printf("flags 0x1234: %d %s\n", r, errno == EINVAL ? "EINVAL" : strerror(errno));
    return 0;
}
