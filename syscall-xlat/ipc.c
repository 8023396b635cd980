/* System V IPC: shared memory, semaphores and message queues.
 *
 * arm64 uses the asm-generic 64-bit structs; x86-64 uses the same ones for
 * ipc64_perm, shmid64_ds, shminfo64, msqid64_ds, and linux/shm.h, sem.h,
 * msg.h give both shm_info, seminfo, msginfo, sembuf and the msgbuf header
 * (a long mtype), so shmget, shmctl, semget, semop, semtimedop, msgget,
 * msgsnd, msgrcv and msgctl pass through (layouts.c proves the layouts;
 * the IPC_, SHM_, SEM_ and MSG_ flags and commands come from the shared
 * linux/ headers).  Three things need work here:
 *  - struct semid64_ds: x86-64 keeps a padding word after sem_otime and
 *    after sem_ctime (104 bytes), asm-generic does not (88), so semctl's
 *    IPC_STAT, SEM_STAT, SEM_STAT_ANY and IPC_SET are converted;
 *  - shmat must put the segment into the guest's address space (the VMA
 *    table) and must not let SHM_REMAP replace ferry's own memory;
 *  - shmdt must take the attachment out of the table and drop any code
 *    translated from it.
 *
 * The command word is passed on unchanged.  Neither arm64 nor x86-64
 * selects ARCH_WANT_IPC_PARSE_VERSION for native calls, so both kernels
 * reject a command with IPC_64 (0x100) set with EINVAL; glibc and musl do
 * not set it there (qemu-aarch64 strips it instead). */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "dbt/dbt.h"
#include "mm/guest_mm.h"

/* arm64's struct semid64_ds (asm-generic/sembuf.h, 64-bit). */
struct guest_semid64_ds {
    unsigned char sem_perm[48]; /* struct ipc64_perm: the same on both */
    int64_t sem_otime;
    int64_t sem_ctime;
    uint64_t sem_nsems;
    uint64_t unused3;
    uint64_t unused4;
};
_Static_assert(sizeof(struct guest_semid64_ds) == 88, "arm64 semid64_ds is 88 bytes");
/* The host's is glibc's struct semid_ds, which is x86-64's semid64_ds. */
_Static_assert(sizeof(struct semid_ds) == 104 && sizeof(struct ipc_perm) == 48 &&
               offsetof(struct semid_ds, sem_otime) == 48 &&
               offsetof(struct semid_ds, sem_ctime) == 64 &&
               offsetof(struct semid_ds, sem_nsems) == 80,
               "host semid_ds is not x86-64's semid64_ds");

static void host_to_guest_semid64_ds(const struct semid_ds *h, struct guest_semid64_ds *g)
{
    memcpy(g->sem_perm, &h->sem_perm, sizeof g->sem_perm);
    g->sem_otime = h->sem_otime;
    g->sem_ctime = h->sem_ctime;
    g->sem_nsems = h->sem_nsems;
    g->unused3 = 0;
    g->unused4 = 0;
}

static void guest_to_host_semid64_ds(const struct guest_semid64_ds *g, struct semid_ds *h)
{
    memset(h, 0, sizeof *h);
    memcpy(&h->sem_perm, g->sem_perm, sizeof g->sem_perm);
    h->sem_otime = g->sem_otime;
    h->sem_ctime = g->sem_ctime;
    h->sem_nsems = g->sem_nsems;
}

/* semctl(id, num, cmd, union semun arg): the union travels by value in the
 * fourth register, an int for SETVAL (low half on both little-endian
 * kernels) or a pointer, so only the semid64_ds commands change it. */
int64_t sys_semctl(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int id = (int)a[0], num = (int)a[1], cmd = (int)a[2];
    uint64_t arg = a[3];
    struct semid_ds h;
    switch (cmd) {
    case IPC_STAT:
    case SEM_STAT:
    case SEM_STAT_ANY: {
        /* The kernel looks the set up before it copies out: a bad id is
         * EINVAL even with a bad buffer. */
        long r = syscall(SYS_semctl, id, num, cmd, &h);
        if (r < 0)
            return host_result(r);
        struct guest_semid64_ds g;
        host_to_guest_semid64_ds(&h, &g);
        if (guest_write(arg, &g, sizeof g))
            return -EFAULT;
        return r; /* SEM_STAT: the set's identifier */
    }
    case IPC_SET: {
        /* ... but copies in first. */
        struct guest_semid64_ds g;
        if (guest_read(&g, arg, sizeof g))
            return -EFAULT;
        guest_to_host_semid64_ds(&g, &h);
        return host_result(syscall(SYS_semctl, id, num, cmd, &h));
    }
    default:
        return host_result(syscall(SYS_semctl, id, num, cmd, arg));
    }
}

/* The guest's protection for an attachment, as do_shmat() derives it. */
static uint32_t shm_guest_prot(int shmflg)
{
    uint32_t prot = (shmflg & SHM_RDONLY) ? PROT_READ : PROT_READ | PROT_WRITE;
    if (shmflg & SHM_EXEC)
        prot |= PROT_EXEC;
    return prot;
}

int64_t sys_shmat(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int shmid = (int)a[0], shmflg = (int)a[2];
    uint64_t addr = a[1];
    /* do_shmat()'s argument checks come before the segment is looked up;
     * SHMLBA is one page on both. */
    if (shmid < 0)
        return -EINVAL;
    if (addr) {
        if (addr & (GUEST_PAGE_SIZE - 1)) {
            if (!(shmflg & SHM_RND))
                return -EINVAL;
            if (!(addr & ~(GUEST_PAGE_SIZE - 1)) && (shmflg & SHM_REMAP))
                return -EINVAL;
        }
    } else if (shmflg & SHM_REMAP) {
        return -EINVAL;
    }
    /* The segment's size and key, for the table.  IPC_STAT needs read
     * permission, which shmat needs too, and fails for a bad or removed
     * id with shmat's own errors. */
    struct shmid_ds ds;
    long r = syscall(SYS_shmctl, shmid, IPC_STAT, &ds);
    if (r < 0)
        return host_result(r);
    /* The name /proc/self/maps shows for an attachment. */
    char name[32];
    snprintf(name, sizeof name, "/SYSV%08x (deleted)", (unsigned)ds.shm_perm.__key);
    return mm_shmat(shmid, addr, shmflg, ds.shm_segsz, shm_guest_prot(shmflg), name);
}

/* The kernel finds the attachment as the first shm mapping at or above
 * addr whose offset equals its distance from addr, then unmaps every piece
 * of that attachment (mprotect may have split it).  In the table a piece
 * of the same attachment has the same segment (inode) and offset ==
 * lo - addr; pieces of other attachments of the segment cannot match. */
static bool same_attachment(const struct vma *v, uint64_t addr, uint64_t shmid)
{
    return v->kind == VMA_SHM && v->lo >= addr && v->offset == v->lo - addr && v->ino == shmid;
}

int64_t sys_shmdt(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t addr = a[0];
    if (addr & (GUEST_PAGE_SIZE - 1))
        return -EINVAL;
    size_t n;
    struct vma *all = vma_snapshot(&n);
    if (!all)
        return -ENOMEM;
    size_t first = 0;
    while (first < n && !(all[first].kind == VMA_SHM && all[first].lo >= addr &&
                          all[first].offset == all[first].lo - addr))
        first++;
    /* Only the guest's attachments are candidates: the host call below
     * then finds the same one, since ferry attaches no segments itself. */
    if (first == n) {
        free(all);
        return -EINVAL;
    }
    uint64_t shmid = all[first].ino;
    long r = syscall(SYS_shmdt, addr);
    if (r < 0) {
        free(all);
        return host_result(r);
    }
    for (size_t i = first; i < n; i++) {
        if (!same_attachment(&all[i], addr, shmid))
            continue;
        vma_clear(all[i].lo, all[i].hi);
        dbt_invalidate_range(all[i].lo, all[i].hi);
    }
    free(all);
    return 0;
}
