/* The raw material for tests/bad: a working program, before damage. */
#include <stdio.h>

int main(void)
{
    puts("hello");
    return 0;
}
