/* ferry-test: expected-by-hand (see below)
 * vdso-fault.c - clock_gettime() with a bad pointer dies of SIGSEGV.
 * ferry-test: arch-specific (depends on the guest vDSO)
 *
 * glibc's clock_gettime calls the vDSO's __kernel_clock_gettime, which
 * stores the time with ordinary user-mode stores, so on arm64 Linux a bad
 * pointer is a segmentation fault, not EFAULT (that is what the system call
 * returns, and what qemu-aarch64 7.2, which has no vDSO, gives).  ferry's
 * vDSO stores from guest code as well (docs/vdso.md).
 *
 * Oracle: the Linux kernel's vDSO (man 7 vdso; its clock_gettime writes
 * through the pointer in user mode).  vdso-fault.expected and .status were
 * written by hand: under qemu 7.2 this program exits 1, so `make expected`
 * reports an error instead of writing them. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <time.h>

int main(void)
{
    if (!getauxval(AT_SYSINFO_EHDR)) {
        printf("no vDSO\n");
        return 1;
    }
    printf("clock_gettime(CLOCK_MONOTONIC, (struct timespec *)16)\n");
    fflush(stdout);
    int r = clock_gettime(CLOCK_MONOTONIC, (struct timespec *)16);
    printf("returned %d (%s) instead of faulting\n", r, r ? strerror(errno) : "success");
    return 1;
}
