/* vdso-strace.c - the guest of vdso-strace.exp: glibc's time functions
 * (which go through the vDSO), then an explicit clock_gettime system call,
 * each section after a marker line.  On a pty stdout is line-buffered, so
 * each marker is written before what follows it runs. */
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    struct timespec ts;
    struct timeval tv;
    printf("libc-calls:\n");
    clock_gettime(CLOCK_MONOTONIC, &ts);
    clock_gettime(CLOCK_REALTIME, &ts);
    gettimeofday(&tv, NULL);
    clock_getres(CLOCK_MONOTONIC, &ts);
    time(NULL);
    printf("explicit-syscall:\n");
    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
    printf("done.\n");
    return 0;
}
