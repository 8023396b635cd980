/* libabitest.h - the ABI test library's interface (libabitest.c), shared
 * by the library and the programs that call it (c/thunk-abi,
 * c/thunk-abi-struct), and what tools/def-check.sh checks
 * libs/abitest.def against. */
#ifndef LIBABITEST_H
#define LIBABITEST_H

/* Scalars, and integers and floating point beyond eight registers. */
int abi_add_ints(int a, int b);
unsigned abi_mix_u32(unsigned a, unsigned b);
long abi_sub_longs(long a, long b);
unsigned long abi_rot(unsigned long v, unsigned n);
double abi_scale(double x, int n);
float abi_fma_f(float a, float b, float c);
void abi_fill(char *buf, int c, unsigned long n);
const char *abi_where(void);
long abi_sum12(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j,
               long k, long l);
double abi_mixed(double a, int i1, double b, int i2, double c, int i3, double d, int i4, double e,
                 int i5, double f, double g, double h, double x, double y);
float abi_spill(int a, float fa, int b, float fb, int c, float fc, int d, float fd, int e, float fe,
                int f, float ff, int g, float fg, int h, float fh, int i, float fi);
int abi_bump(void);

/* Callbacks. */
int abi_apply(int (*fn)(int), int x);
void abi_sort(long *v, unsigned long n, int (*cmp)(const void *, const void *));
double abi_integrate(double (*f)(double), double a, double b, int n);
double abi_call_wide(double (*fn)(long, long, long, long, long, long, long, long, long, long,
                                  double, double, double, double, double, double, double,
                                  double, double));

/* Structs by value. */
struct abi_pair { int a, b; };
struct abi_mix16 { long n; float f; int k; };
struct abi_vec3f { float x, y, z; };
struct abi_quad_d { double a, b, c, d; };
struct abi_big { long a, b, c; int d; };
struct abi_bounds { unsigned long error; int lower, upper; };
struct abi_pair abi_pair_swap(struct abi_pair p);
long abi_mix16_sum(int a, int b, int c, int d, int e, int f, int g, struct abi_mix16 m, long after);
struct abi_vec3f abi_vec_scale(struct abi_vec3f v, float k);
double abi_quad_dot(struct abi_quad_d a, struct abi_quad_d b);
double abi_hfa_spill(struct abi_quad_d a, struct abi_quad_d b, struct abi_vec3f c, double e);
struct abi_big abi_big_make(long seed);
long abi_big_sum(struct abi_big x, struct abi_big y);
struct abi_bounds abi_bounds_of(int p);

/* unsigned char, long double. */
unsigned char abi_byte_mix(unsigned char a, unsigned char b);
long double abi_ld_muladd(long double a, int n, long double b);
long double abi_ld_div(long double a, long double b);
long double abi_ld_sum9(long double a, long double b, long double c, long double d, long double e,
                        long double f, long double g, long double h, long double i);

/* Structs holding callbacks: an allocator, as liblzma's and zstd's are. */
struct abi_alloc {
    void *(*alloc)(void *opaque, unsigned long size);
    void (*release)(void *opaque, void *p);
    void *opaque;
};
struct abi_stream {
    long total;
    const struct abi_alloc *alloc;
};
long abi_alloc_ptr(const struct abi_alloc *a, unsigned long n);
long abi_alloc_byval(struct abi_alloc a, unsigned long n);
long abi_stream_run(struct abi_stream *s, unsigned long n);

/* errno, and printf-style variadics. */
int abi_fail_with(int e);
int abi_errno_seen(void);
int abi_errno_after(void (*fn)(void));
int abi_vformat(char *out, const char *fmt, ...);

#endif
