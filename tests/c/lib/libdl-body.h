/* libdl-body.h - the code of libdl-a.so and libdl-b.so (libdl-a.c,
 * libdl-b.c): the same symbols and code layout, different constants, so
 * when dl-open.c unloads one and loads the other (usually at the same
 * address) a translation left over from the first would compute the
 * first's results. */
#include <stdio.h>

const char dl_name[] = DL_NAME;

int dl_counter; /* 100 after the constructor: a fresh copy each load */
int dl_initialised = 7;

int dl_compute(int x)
{
    dl_counter++;
    return x * DL_MUL + DL_ADD;
}

/* A loop, so that the translator sees a hot backward branch in here too. */
long dl_sum(int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)i * DL_MUL + DL_ADD;
    return s;
}

static void __attribute__((constructor)) dl_ctor(void)
{
    dl_counter = 100;
}

static void __attribute__((destructor)) dl_dtor(void)
{
    printf("libdl-%s: destructor, counter=%d\n", dl_name, dl_counter);
    fflush(stdout);
}
