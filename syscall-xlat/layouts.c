/* Proof, at build time, that the structs ferry passes through unconverted
 * (kind P in syscall_table.h, and the ioctls in ioctl.c) have the arm64
 * layout on the host.  The numbers are the sizes and offsets an arm64
 * compiler gives (aarch64-linux-gnu-gcc, glibc sysroot); structs whose layout
 * differs have converters instead (stat.c, poll.c, signal.c, ipc.c).
 *
 * Flag and number sets that agree: asm-generic termbits.h, ioctls.h,
 * socket.h, poll.h, mman-common.h, signal-defs.h, resource.h and errno.h are
 * byte-identical between the x86-64 and arm64 kernel headers, and both
 * architectures' asm/ versions just include them.  fcntl.h differs only in
 * the four open flags flags.c translates; mman.h only in MAP_32BIT (x86-64)
 * and PROT_BTI/PROT_MTE (arm64), which mem.c filters. */
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/resource.h>
#include <sys/fanotify.h>
#include <sys/msg.h>
#include <sys/select.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/statfs.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <linux/futex.h>
#include <linux/keyctl.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <netinet/in.h>
#include <time.h>

#define SAME_SIZE(type, arm64_size) \
    _Static_assert(sizeof(type) == (arm64_size), #type " differs from arm64")
#define SAME_OFFSET(type, field, arm64_offset) \
    _Static_assert(offsetof(type, field) == (arm64_offset), #type "." #field " differs from arm64")

SAME_SIZE(struct timespec, 16);
SAME_SIZE(struct timeval, 16);
SAME_SIZE(struct itimerspec, 32);
SAME_SIZE(struct itimerval, 32);
SAME_SIZE(struct rlimit, 16);
SAME_SIZE(struct rusage, 144);
SAME_OFFSET(struct rusage, ru_nivcsw, 136);
SAME_SIZE(struct sysinfo, 112);
SAME_OFFSET(struct sysinfo, mem_unit, 104);
SAME_SIZE(struct tms, 32);
SAME_SIZE(struct timex, 208);
SAME_SIZE(struct iovec, 16);
SAME_SIZE(struct msghdr, 56);
SAME_OFFSET(struct msghdr, msg_control, 32);
SAME_OFFSET(struct msghdr, msg_flags, 48);
SAME_SIZE(struct cmsghdr, 16);
SAME_SIZE(struct mmsghdr, 64);
SAME_SIZE(struct sockaddr_in, 16);
SAME_SIZE(struct sockaddr_in6, 28);
SAME_SIZE(struct sockaddr_un, 110);
SAME_SIZE(struct linger, 8);
SAME_SIZE(struct ucred, 12);
SAME_SIZE(struct pollfd, 8);
SAME_SIZE(fd_set, 128);
SAME_SIZE(struct flock, 32);
SAME_OFFSET(struct flock, l_pid, 24);
SAME_SIZE(struct f_owner_ex, 8);
SAME_SIZE(stack_t, 24);
SAME_OFFSET(stack_t, ss_size, 16);
SAME_SIZE(siginfo_t, 128);
SAME_SIZE(struct sigevent, 64);
SAME_SIZE(struct statfs, 120);
SAME_OFFSET(struct statfs, f_frsize, 72);
SAME_SIZE(struct statx, 256);
SAME_OFFSET(struct statx, stx_mtime, 112);
SAME_SIZE(struct utsname, 390);
SAME_SIZE(struct sched_param, 4);

/* System V IPC (ipc.c): glibc's x86-64 structs are the kernel's 64-bit
 * ones; all but semid_ds (converted in ipc.c) match asm-generic. */
SAME_SIZE(struct ipc_perm, 48);
SAME_OFFSET(struct ipc_perm, mode, 20);
SAME_OFFSET(struct ipc_perm, __seq, 24);
SAME_SIZE(struct shmid_ds, 112);
SAME_OFFSET(struct shmid_ds, shm_segsz, 48);
SAME_OFFSET(struct shmid_ds, shm_atime, 56);
SAME_OFFSET(struct shmid_ds, shm_ctime, 72);
SAME_OFFSET(struct shmid_ds, shm_cpid, 80);
SAME_OFFSET(struct shmid_ds, shm_lpid, 84);
SAME_OFFSET(struct shmid_ds, shm_nattch, 88);
SAME_SIZE(struct shminfo, 72);
SAME_OFFSET(struct shminfo, shmall, 32);
SAME_SIZE(struct shm_info, 48);
SAME_OFFSET(struct shm_info, shm_tot, 8);
SAME_OFFSET(struct shm_info, swap_successes, 40);
SAME_SIZE(struct seminfo, 40);
SAME_SIZE(struct sembuf, 6);
SAME_OFFSET(struct sembuf, sem_flg, 4);
SAME_SIZE(struct msqid_ds, 120);
SAME_OFFSET(struct msqid_ds, msg_stime, 48);
SAME_OFFSET(struct msqid_ds, msg_ctime, 64);
SAME_OFFSET(struct msqid_ds, __msg_cbytes, 72);
SAME_OFFSET(struct msqid_ds, msg_qnum, 80);
SAME_OFFSET(struct msqid_ds, msg_qbytes, 88);
SAME_OFFSET(struct msqid_ds, msg_lspid, 96);
SAME_OFFSET(struct msqid_ds, msg_lrpid, 100);
SAME_SIZE(struct msginfo, 32);
/* The message header msgsnd/msgrcv read and write: long mtype, then text. */
SAME_SIZE(long, 8);

/* File handles and fanotify (fhandle.c passes the rest through). */
SAME_SIZE(struct file_handle, 8);
SAME_SIZE(struct fanotify_event_metadata, 24);
SAME_OFFSET(struct fanotify_event_metadata, mask, 8);
SAME_OFFSET(struct fanotify_event_metadata, fd, 16);
SAME_SIZE(struct fanotify_response, 8);
SAME_SIZE(struct fanotify_event_info_fid, 12);
/* futex_waitv, keyrings, quotas, the new mount API. */
SAME_SIZE(struct futex_waitv, 24);
SAME_OFFSET(struct futex_waitv, flags, 16);
SAME_SIZE(struct keyctl_dh_params, 12);
SAME_SIZE(struct keyctl_kdf_params, 56);
SAME_OFFSET(struct keyctl_kdf_params, otherinfolen, 16);
SAME_SIZE(struct keyctl_pkey_query, 56);
SAME_OFFSET(struct keyctl_pkey_query, max_data_size, 8);
SAME_SIZE(struct keyctl_pkey_params, 40);
SAME_SIZE(struct if_dqblk, 72);
SAME_OFFSET(struct if_dqblk, dqb_valid, 64);
SAME_SIZE(struct if_dqinfo, 24);
SAME_SIZE(struct if_nextdqblk, 72);
SAME_SIZE(struct mount_attr, 32);
SAME_OFFSET(struct statfs, f_flags, 80);
SAME_OFFSET(struct statfs, f_spare, 88);
