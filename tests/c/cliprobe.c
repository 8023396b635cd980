/* cliprobe.c - a guest for the CLI tests of -r, -s and -seed
 * (tests/run.exp).  Without arguments it prints the machine name, as a
 * plain C test.
 *   cliprobe release R   says whether uname's release is R
 *   cliprobe recurse KB  recurses through about KB KiB of stack
 *   cliprobe random      prints the AT_RANDOM bytes and 16 from getrandom
 * ferry-test: arch-specific */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/random.h>
#include <sys/utsname.h>

static void hex(const char *label, const unsigned char *b, int n)
{
    printf("%s ", label);
    for (int i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

/* About 1 KiB of stack per level, kept live across the call. */
__attribute__((noinline)) static int depth(int n)
{
    volatile char frame[1000];
    frame[n % 1000] = 1;
    if (n == 0)
        return 0;
    int r = depth(n - 1);
    return r + frame[n % 1000];
}

int main(int argc, char **argv)
{
    struct utsname u;
    if (uname(&u) != 0)
        return 1;
    if (argc == 3 && !strcmp(argv[1], "release")) {
        if (!strcmp(u.release, argv[2]))
            printf("release matches\n");
        else
            printf("release is %s\n", u.release);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "recurse")) {
        int n = atoi(argv[2]);
        printf("recursed %d KiB\n", depth(n));
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "random")) {
        unsigned char g[16];
        hex("at_random", (const unsigned char *)getauxval(AT_RANDOM), 16);
        if (getrandom(g, sizeof g, 0) != (ssize_t)sizeof g)
            return 1;
        hex("getrandom", g, 16);
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "pid")) { /* -perfmap names its file by pid */
        printf("pid %d\n", (int)getpid());
        return 0;
    }
    printf("machine %s\n", u.machine);
    return 0;
}
