/* System V shared memory: shmget, shmctl (IPC_STAT, IPC_SET, IPC_INFO,
 * SHM_INFO, SHM_STAT, IPC_RMID), shmat (kernel-chosen, fixed, SHM_RND,
 * SHM_RDONLY, SHM_REMAP) and shmdt.  An attachment must be guest memory to
 * the emulator too (a path string inside it reaches openat), and must stop
 * being so after shmdt (EFAULT, as for any unmapped page).  Code in
 * segments and SHM_REMAP without an address: sysv-shm-exec.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *err(long r)
{
    if (r != -1)
        return "ok";
    switch (errno) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOENT: return "ENOENT";
    case EIDRM: return "EIDRM";
    case EEXIST: return "EEXIST";
    case ENOMEM: return "ENOMEM";
    default: return strerror(errno);
    }
}

/* How many lines of /proc/self/maps show a System V segment. */
static int shm_maps_lines(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int n = 0;
    while (f && fgets(line, sizeof line, f))
        n += strstr(line, "/SYSV") != NULL;
    if (f)
        fclose(f);
    return n;
}

static void stat_segment(int id, const char *when)
{
    struct shmid_ds ds;
    memset(&ds, 0xa5, sizeof ds);
    int r = shmctl(id, IPC_STAT, &ds);
    printf("%s: IPC_STAT %s key=%d segsz=%zu mode=%o nattch=%lu cpid=me:%s lpid=me:%s\n", when,
           err(r), (int)ds.shm_perm.__key, (size_t)ds.shm_segsz, (unsigned)(ds.shm_perm.mode & 0777),
           (unsigned long)ds.shm_nattch, yesno(ds.shm_cpid == getpid()),
           yesno(ds.shm_lpid == getpid()));
}

int main(void)
{
    int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
    printf("shmget: %s\n", yesno(id >= 0));
    if (id < 0)
        return 1;
    stat_segment(id, "new");

    struct shmid_ds ds;
    shmctl(id, IPC_STAT, &ds);
    ds.shm_perm.mode = 0640;
    printf("IPC_SET: %s\n", err(shmctl(id, IPC_SET, &ds)));
    stat_segment(id, "after IPC_SET");

    /* The kernel chooses the address. */
    char *p = shmat(id, NULL, 0);
    printf("shmat: %s aligned=%s\n", p == (void *)-1 ? err(-1) : "ok",
           yesno(((uintptr_t)p & (PAGE - 1)) == 0));
    if (p == (void *)-1)
        return 1;
    printf("fresh segment zero: %s\n", yesno(p[0] == 0 && p[9999] == 0));
    strcpy(p, "/nonexistent/sysv-shm-probe");
    memset(p + 5000, 'x', 100);
    stat_segment(id, "attached");

    /* A second, read-only attachment of the same segment. */
    char *q = shmat(id, NULL, SHM_RDONLY);
    printf("shmat SHM_RDONLY: %s distinct=%s shares=%s\n", q == (void *)-1 ? err(-1) : "ok",
           yesno(q != p), yesno(q != (void *)-1 && q[5050] == 'x'));
    p[5050] = 'y';
    printf("write seen through the other attachment: %s\n", yesno(q[5050] == 'y'));
    printf("/proc/self/maps lines for segments: %d\n", shm_maps_lines());

    /* A path inside the attachment is readable guest memory to the kernel. */
    errno = 0;
    long r = syscall(SYS_openat, AT_FDCWD, q, O_RDONLY);
    printf("openat(path in segment): %s\n", err(r));

    /* Fixed addresses: misaligned without SHM_RND, rounded with it, and a
     * range already in use without SHM_REMAP. */
    char *area = mmap(NULL, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(area + 4 * PAGE, 4 * PAGE);
    char *hole = area + 4 * PAGE;
    errno = 0;
    void *f = shmat(id, hole + 100, 0);
    printf("shmat misaligned: %s\n", f == (void *)-1 ? err(-1) : "attached");
    f = shmat(id, hole + 100, SHM_RND);
    printf("shmat SHM_RND: %s at hole=%s\n", f == (void *)-1 ? err(-1) : "ok", yesno(f == hole));
    printf("fixed attachment sees the data: %s\n", yesno(f != (void *)-1 && ((char *)f)[5050] == 'y'));
    printf("shmdt fixed: %s\n", err(shmdt(f)));
    errno = 0;
    f = shmat(id, area, 0);
    printf("shmat over a mapping: %s\n", f == (void *)-1 ? err(-1) : "attached");
    area[0] = 'a';
    f = shmat(id, area, SHM_REMAP);
    printf("shmat SHM_REMAP over a mapping: %s at=%s replaced=%s\n",
           f == (void *)-1 ? err(-1) : "ok", yesno(f == area),
           yesno(f != (void *)-1 && area[0] == '/' && area[5050] == 'y'));
    stat_segment(id, "three attachments");
    printf("shmdt remapped: %s\n", err(shmdt(area)));
    munmap(area, 8 * PAGE);

    /* shmdt: only the start of an attachment, only once. */
    errno = 0;
    printf("shmdt misaligned: %s\n", err(shmdt(p + 1)));
    errno = 0;
    printf("shmdt inside: %s\n", err(shmdt(p + PAGE)));
    errno = 0;
    printf("shmdt not shm: %s\n", err(shmdt(hole - PAGE)));
    printf("shmdt q: %s\n", err(shmdt(q)));
    printf("/proc/self/maps lines for segments: %d\n", shm_maps_lines());
    errno = 0;
    printf("shmdt q again: %s\n", err(shmdt(q)));
    errno = 0;
    r = syscall(SYS_openat, AT_FDCWD, q, O_RDONLY);
    printf("openat(path in detached segment): %s\n", err(r));

    /* Segment information. */
    struct shminfo info;
    int maxidx = shmctl(0, IPC_INFO, (struct shmid_ds *)&info);
    printf("IPC_INFO: %s shmmax>0=%s shmmni>0=%s shmmin=%lu\n", yesno(maxidx >= 0),
           yesno(info.shmmax > 0), yesno(info.shmmni > 0), (unsigned long)info.shmmin);
    struct shm_info sinfo;
    maxidx = shmctl(0, SHM_INFO, (struct shmid_ds *)&sinfo);
    printf("SHM_INFO: %s used_ids>=1=%s\n", yesno(maxidx >= 0), yesno(sinfo.used_ids >= 1));
    int found = 0;
    for (int i = 0; i <= maxidx && !found; i++) {
        memset(&ds, 0, sizeof ds);
        if (shmctl(i, SHM_STAT, &ds) == id)
            found = ds.shm_segsz == 10000 && ds.shm_nattch == 1;
    }
    printf("SHM_STAT finds the segment: %s\n", yesno(found));
    errno = 0;
    printf("IPC_STAT to a bad buffer: %s\n", err(shmctl(id, IPC_STAT, (struct shmid_ds *)8)));
    errno = 0;
    printf("IPC_STAT of a bad id: %s\n", err(shmctl(-1, IPC_STAT, &ds)));

    /* Removing an attached segment keeps it usable until the last shmdt. */
    printf("IPC_RMID while attached: %s\n", err(shmctl(id, IPC_RMID, NULL)));
    printf("still readable: %s\n", yesno(p[5050] == 'y'));
    printf("shmdt p: %s\n", err(shmdt(p)));
    printf("/proc/self/maps lines for segments: %d\n", shm_maps_lines());
    errno = 0;
    printf("IPC_STAT after removal: %s\n", err(shmctl(id, IPC_STAT, &ds)));
    return 0;
}
