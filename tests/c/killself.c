/* killself.c - a guest killed by a signal: the emulator must die from
 * the same signal so the parent sees it (killself.status is SIGTERM). */
#include <signal.h>
#include <stdio.h>

int main(void)
{
    printf("raising SIGTERM\n");
    fflush(stdout);
    raise(SIGTERM);
    printf("not reached\n");
    return 0;
}
