/* hello.c - the smallest libc program; the CLI tests use it for --strace. */
#include <stdio.h>

int main(void)
{
    printf("hello, world\n");
    return 0;
}
