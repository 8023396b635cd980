/* cliprobe.c - a guest for the CLI tests of -r and -s (tests/run.exp).
 * Without arguments it prints the machine name, as a plain C test.
 *   cliprobe release R   says whether uname's release is R
 *   cliprobe recurse KB  recurses through about KB KiB of stack
 * ferry-test: arch-specific */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

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
    printf("machine %s\n", u.machine);
    return 0;
}
