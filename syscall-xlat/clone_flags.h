/* clone's flags and arguments, shared by threads (thread.c) and new
 * processes (fork.c).  The flag values are uapi/linux/sched.h's, the same
 * on arm64 and x86-64. */
#ifndef FERRY_XLAT_CLONE_FLAGS_H
#define FERRY_XLAT_CLONE_FLAGS_H

#include <stdint.h>

#include "dbt/cpu.h"

#define GUEST_CSIGNAL 0x000000ffULL
#define GUEST_CLONE_VM 0x00000100ULL
#define GUEST_CLONE_FS 0x00000200ULL
#define GUEST_CLONE_FILES 0x00000400ULL
#define GUEST_CLONE_SIGHAND 0x00000800ULL
#define GUEST_CLONE_PIDFD 0x00001000ULL
#define GUEST_CLONE_PTRACE 0x00002000ULL
#define GUEST_CLONE_VFORK 0x00004000ULL
#define GUEST_CLONE_PARENT 0x00008000ULL
#define GUEST_CLONE_THREAD 0x00010000ULL
#define GUEST_CLONE_NEWNS 0x00020000ULL
#define GUEST_CLONE_SYSVSEM 0x00040000ULL
#define GUEST_CLONE_SETTLS 0x00080000ULL
#define GUEST_CLONE_PARENT_SETTID 0x00100000ULL
#define GUEST_CLONE_CHILD_CLEARTID 0x00200000ULL
#define GUEST_CLONE_DETACHED 0x00400000ULL
#define GUEST_CLONE_UNTRACED 0x00800000ULL
#define GUEST_CLONE_CHILD_SETTID 0x01000000ULL
#define GUEST_CLONE_NEWCGROUP 0x02000000ULL
#define GUEST_CLONE_NEWUTS 0x04000000ULL
#define GUEST_CLONE_NEWIPC 0x08000000ULL
#define GUEST_CLONE_NEWUSER 0x10000000ULL
#define GUEST_CLONE_NEWPID 0x20000000ULL
#define GUEST_CLONE_NEWNET 0x40000000ULL
#define GUEST_CLONE_IO 0x80000000ULL

/* One clone or clone3 call, its arguments in clone3's terms. */
struct clone_request {
    uint64_t flags;       /* without the exit signal */
    uint64_t exit_signal;
    uint64_t sp;          /* the child's stack pointer, 0: the parent's */
    uint64_t tls;
    uint64_t ptid, ctid;  /* guest addresses for the tid words */
    uint64_t pidfd;       /* where CLONE_PIDFD's descriptor goes */
};

/* fork.c: clone without CLONE_THREAD. */
int64_t process_clone(struct cpu_state *cpu, struct clone_request *rq);

#endif
