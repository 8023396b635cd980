/* CPU placement: sched_getaffinity (the result is the number of bytes the
 * kernel wrote; a size below the kernel's CPU mask or not a multiple of
 * the word size is EINVAL), sched_setaffinity, getcpu and sched_getcpu,
 * which must name a CPU the thread may run on. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ESRCH: return "ESRCH";
    default: return strerror(errno);
    }
}

int main(void)
{
    unsigned char mask[1024];
    memset(mask, 0xee, sizeof mask);
    long n = syscall(SYS_sched_getaffinity, 0, sizeof mask, mask);
    printf("sched_getaffinity: >0 %s, multiple of 8 %s, within the buffer %s\n", yesno(n > 0),
           yesno(n % 8 == 0), yesno(n <= (long)sizeof mask));
    int untouched = 1;
    for (long i = n; i < (long)sizeof mask; i++)
        untouched &= mask[i] == 0xee;
    printf("  bytes past the result untouched: %s\n", yesno(untouched));
    int cpus = 0;
    for (long i = 0; i < n * 8; i++)
        cpus += (mask[i / 8] >> (i % 8)) & 1;
    printf("  at least one CPU: %s\n", yesno(cpus >= 1));
    errno = 0;
    printf("size 4: %s\n", res(syscall(SYS_sched_getaffinity, 0, 4, mask)));
    errno = 0;
    printf("size 1001: %s\n", res(syscall(SYS_sched_getaffinity, 0, 1001, mask)));
    errno = 0;
    printf("bad buffer: %s\n", res(syscall(SYS_sched_getaffinity, 0, sizeof mask, (void *)8)));
    errno = 0;
    printf("no such process: %s\n", res(syscall(SYS_sched_getaffinity, 0x3fffffff, sizeof mask, mask)));

    unsigned cpu = 99999, node = 99999;
    errno = 0;
    long r = syscall(SYS_getcpu, &cpu, &node, NULL);
    printf("getcpu: %s, cpu allowed %s, node sane %s\n", res(r),
           yesno(cpu < n * 8 && ((mask[cpu / 8] >> (cpu % 8)) & 1)), yesno(node < 1024));
    errno = 0;
    printf("getcpu with NULLs: %s\n", res(syscall(SYS_getcpu, NULL, NULL, NULL)));
    errno = 0;
    printf("getcpu bad pointer: %s\n", res(syscall(SYS_getcpu, (void *)8, NULL, NULL)));
    int c = sched_getcpu();
    printf("sched_getcpu allowed: %s\n", yesno(c >= 0 && c < n * 8 && ((mask[c / 8] >> (c % 8)) & 1)));

    /* Pin to the first allowed CPU, check, restore. */
    cpu_set_t all, one, now;
    sched_getaffinity(0, sizeof all, &all);
    int first = 0;
    while (!CPU_ISSET(first, &all))
        first++;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    printf("sched_setaffinity one CPU: %s\n", res(sched_setaffinity(0, sizeof one, &one)));
    sched_getaffinity(0, sizeof now, &now);
    printf("  now that CPU only: %s\n", yesno(CPU_EQUAL(&now, &one)));
    printf("  getcpu agrees: %s\n", yesno(sched_getcpu() == first));
    cpu_set_t none;
    CPU_ZERO(&none);
    errno = 0;
    printf("sched_setaffinity no CPU: %s\n", res(sched_setaffinity(0, sizeof none, &none)));
    printf("restore: %s\n", res(sched_setaffinity(0, sizeof all, &all)));
    return 0;
}
