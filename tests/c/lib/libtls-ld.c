/* libtls-ld.c - static thread-local variables in a library linked at
 * startup (dl-tls-linked.c), compiled with -ftls-model=local-dynamic: one
 * lookup of the module's TLS block, then offsets into it. */
static __thread int ld_a = 11;
static __thread int ld_b;
static __thread int ld_array[32] = { 1, 2, 3 };

long ld_bump(void)
{
    ld_a += 1;
    ld_b += 7;
    long s = 0;
    for (int i = 0; i < 32; i++) {
        ld_array[i] += i;
        s += ld_array[i];
    }
    return s + ld_a + ld_b;
}

int ld_values(int which)
{
    return which == 0 ? ld_a : which == 1 ? ld_b : ld_array[which - 2];
}

void *ld_address(void) { return &ld_a; }
