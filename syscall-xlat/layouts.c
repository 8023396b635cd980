/* Proof, at build time, that the structs ferry passes through unconverted
 * (kind P in syscall_table.h, and the ioctls in ioctl.c) have the arm64
 * layout on the host.  The numbers are the sizes and offsets an arm64
 * compiler gives (aarch64-linux-gnu-gcc, glibc sysroot); structs whose layout
 * differs have converters instead (stat.c, poll.c, signal.c).
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
#include <sys/select.h>
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
