/* Guest memory access from C with the kernel's EFAULT semantics.
 *
 * Guest pointers are host pointers, but a plain memcpy through a bad guest
 * pointer would crash ferry where the real kernel returns EFAULT.
 * process_vm_readv/writev on our own pid checks the access the way the
 * kernel's copy_{from,to}_user does (writes to read-only guest pages fail
 * too), at the cost of one extra system call.  If the host forbids those
 * calls (some seccomp profiles), fall back to memcpy. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static pid_t self_pid;
static int vm_calls_unusable;

void guestmem_after_fork(void)
{
    self_pid = 0;
}

static pid_t pid(void)
{
    if (!self_pid)
        self_pid = (pid_t)syscall(SYS_getpid);
    return self_pid;
}

/* Copy n bytes; returns how many were copied before a fault. */
static size_t copy(uint64_t dst, uint64_t src, size_t n, int to_guest)
{
    if (n == 0)
        return 0;
    if (!vm_calls_unusable) {
        struct iovec local = { (void *)(to_guest ? src : dst), n };
        struct iovec remote = { (void *)(to_guest ? dst : src), n };
        ssize_t r = to_guest ? process_vm_writev(pid(), &local, 1, &remote, 1, 0)
                             : process_vm_readv(pid(), &local, 1, &remote, 1, 0);
        if (r >= 0)
            return (size_t)r;
        if (errno == EFAULT)
            return 0;
        if (errno != ENOSYS && errno != EPERM)
            return 0;
        vm_calls_unusable = 1;
    }
    memcpy((void *)dst, (const void *)src, n);
    return n;
}

int guest_read(void *dst, uint64_t src, size_t n)
{
    return copy((uint64_t)dst, src, n, 0) == n ? 0 : -EFAULT;
}

int guest_write(uint64_t dst, const void *src, size_t n)
{
    return copy(dst, (uint64_t)src, n, 1) == n ? 0 : -EFAULT;
}

long guest_read_str(char *dst, size_t cap, uint64_t src)
{
    size_t done = 0;
    while (done < cap) {
        /* Stay within one page per step so a string that ends just before
         * an unmapped page is still read whole. */
        size_t chunk = GUEST_PAGE_SIZE - ((src + done) & (GUEST_PAGE_SIZE - 1));
        if (chunk > cap - done)
            chunk = cap - done;
        size_t got = copy((uint64_t)dst + done, src + done, chunk, 0);
        char *nul = memchr(dst + done, 0, got);
        if (nul)
            return nul - dst;
        done += got;
        if (got < chunk)
            return -EFAULT;
    }
    return -ENAMETOOLONG;
}
