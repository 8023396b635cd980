/* The program `make demo` builds for arm64 and runs under ferry. */
#include <stdio.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
    struct utsname u;
    uname(&u);
    printf("Hello from %s on %s, argc=%d, argv[0]=%s\n",
           sizeof(void *) == 8 ? "a 64-bit program" : "a 32-bit program", u.machine, argc, argv[0]);
    return 0;
}
