/* libtls-ie.c - thread-local variables in a library linked at startup
 * (dl-tls-linked.c), compiled with -ftls-model=initial-exec: the library
 * reads them at a fixed offset from the thread pointer (static TLS, a
 * R_*_TPREL relocation resolved by ld.so at startup).  The main program
 * reads ie_shared directly too. */
__thread int ie_shared = 1000;
__thread long ie_zero;
__thread double ie_double = 2.5;

int *ie_shared_addr(void) { return &ie_shared; }

long ie_bump(int by)
{
    ie_shared += by;
    ie_zero += 2 * by;
    ie_double *= 2;
    return ie_shared + ie_zero + (long)ie_double;
}
