/* libtls-gd.c - thread-local variables in a library that is dlopen'ed
 * (dl-tls-dlopen.c, dl-iterate-phdr.c): general dynamic model
 * (libtls-gd.cflags), which on arm64 is TLS descriptors (TLSDESC) and on
 * x86-64 __tls_get_addr.  Its TLS block is allocated after startup, on
 * first use. */
__thread int gd_init = 42;             /* .tdata */
__thread long gd_zero;                 /* .tbss */
__thread char gd_text[64] = "tls text in a dlopen'ed library";
static __thread int gd_hidden = 5;     /* reached through the module base */

int *gd_init_addr(void) { return &gd_init; }
long *gd_zero_addr(void) { return &gd_zero; }
char *gd_text_addr(void) { return gd_text; }

/* Changes every variable; returns a checksum of the new values. */
long gd_bump(void)
{
    gd_init += 1;
    gd_zero += 100;
    gd_hidden *= 3;
    gd_text[0] = 'T';
    return gd_init + gd_zero + gd_hidden + gd_text[0];
}

int gd_hidden_value(void) { return gd_hidden; }
