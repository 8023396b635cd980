/* probe.c - an arm64 program that prints what binfmt_misc and ferry gave
 * it: its argv, its user ids, AT_SECURE, the descriptors it holds beyond
 * stdin/stdout/stderr, and its FERRY_TEST_* variables.  The binfmt tests
 * (tests/lib/binfmt.tcl, tests/binfmt/scenario.sh) run it directly
 * (./probe), as a setuid-root copy, and as an execute-only copy.
 * Built for arm64 only (static), by tests/tests.mk. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    printf("argv0=<%s>\n", argc > 0 ? argv[0] : "(none)");
    for (int i = 1; i < argc; i++)
        printf("argv[%d]=<%s>\n", i, argv[i]);
    printf("uid=%d euid=%d\n", (int)getuid(), (int)geteuid());
    printf("at_secure=%lu\n", getauxval(AT_SECURE));
    /* A descriptor left over from the emulator (binfmt_misc's AT_EXECFD,
     * a log file) would show up here. */
    printf("fds above 2:");
    int any = 0;
    for (int fd = 3; fd < 1024; fd++)
        if (fcntl(fd, F_GETFD) >= 0) {
            printf(" %d", fd);
            any = 1;
        }
    printf("%s\n", any ? "" : " none");
    char *mine[64];
    int n = 0;
    for (char **e = environ; *e && n < 64; e++)
        if (!strncmp(*e, "FERRY_TEST_", 11) && strncmp(*e, "FERRY_TEST_ENV=", 15))
            mine[n++] = *e;
    qsort(mine, (size_t)n, sizeof *mine, cmp);
    for (int i = 0; i < n; i++)
        printf("env <%s>\n", mine[i]);
    return 0;
}
