/* thunk-abi-struct.c - the thunk alphabet's structs, bytes and long
 * doubles, through the ABI test library (tests/c/lib/libabitest.c):
 * structs by value in x registers, HFAs in v registers, big ones by
 * reference and returned through x8, structs pushed to the stack when the
 * registers run out; unsigned char results; long doubles (IEEE binary128
 * on arm64, x87 on x86-64) in registers and on the stack; and structs
 * holding callbacks, as a const pointer (a host copy), by value, and as a
 * pointer field of a struct the library writes.  Run with
 * FERRY_THUNKS=abitest (the .env file): the host's x86-64 copy of the
 * library answers, and says so, so the output equals the native build's
 * only if everything crossed correctly.  long doubles are printed to 25
 * digits: the x87 result, exact in binary128, prints the same digits on
 * both.
 * ferry-test: dynamic-only (it links against the test library)
 * ferry-test: qemu-differs (qemu runs the arm64 copy: abi_where and the long double digits differ)
 * The native build is the oracle. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/libabitest.h"

/* The guest's allocator: counts its calls through the opaque pointer. */
struct counts { int allocs, frees; };
static void *count_alloc(void *opaque, unsigned long size)
{
    ((struct counts *)opaque)->allocs++;
    return malloc(size);
}
static void count_free(void *opaque, void *p)
{
    ((struct counts *)opaque)->frees++;
    free(p);
}

int main(void)
{
    printf("library code runs as: %s\n", abi_where());
    struct abi_pair p = abi_pair_swap((struct abi_pair){ -4, 9 });
    printf("pair_swap = {%d, %d}\n", p.a, p.b);
    printf("mix16_sum = %ld\n", abi_mix16_sum(1, 2, 3, 4, 5, 6, 7, (struct abi_mix16){ -3, 2.5f, 8 }, 42));
    struct abi_vec3f v = abi_vec_scale((struct abi_vec3f){ 1.5f, -2.0f, 0.25f }, 4.0f);
    printf("vec_scale = {%.3f, %.3f, %.3f}\n", (double)v.x, (double)v.y, (double)v.z);
    struct abi_quad_d qa = { 1, 2, 3, 4 }, qb = { 0.5, -1, 2.5, 0.125 };
    printf("quad_dot = %.4f\n", abi_quad_dot(qa, qb));
    printf("hfa_spill = %.4f\n", abi_hfa_spill(qa, qb, (struct abi_vec3f){ 1, 2, 3 }, -0.5));
    struct abi_big b = abi_big_make(-123456789012L);
    printf("big_make = {%ld, %ld, %ld, %d}\n", b.a, b.b, b.c, b.d);
    printf("big_sum = %ld\n", abi_big_sum(b, abi_big_make(77)));
    struct abi_bounds bd = abi_bounds_of(-3);
    printf("bounds_of(-3) = {%lu, %d, %d}\n", bd.error, bd.lower, bd.upper);
    /* The byte result must come back zero-extended whatever the host
     * left in the upper bits: widened here on purpose. */
    unsigned wide = abi_byte_mix(200, 100);
    printf("byte_mix(200, 100) = %u\n", wide);
    printf("ld_muladd = %.25Lg\n", abi_ld_muladd(1.25L, 3, -0.5L));
    printf("ld_div(1, 3) = %.25Lg\n", abi_ld_div(1.0L, 3.0L));
    printf("ld_div(-2, 7e4000) = %.25Lg\n", abi_ld_div(-2.0L, 7e4000L));
    printf("ld_div(1, 0) = %Lg\n", abi_ld_div(1.0L, 0.0L));
    printf("ld_sum9 = %.25Lg\n", abi_ld_sum9(0.1L, 0.2L, 0.3L, 0.4L, 0.5L, 0.6L, 0.7L, 0.8L, 1e-30L));
    struct counts c = { 0, 0 };
    struct abi_alloc al = { count_alloc, count_free, &c };
    printf("alloc_ptr = %ld\n", abi_alloc_ptr(&al, 100));
    printf("alloc_byval = %ld\n", abi_alloc_byval(al, 50));
    struct abi_stream s = { 5, &al };
    abi_stream_run(&s, 10);
    printf("stream_run = %ld, allocator pointer kept: %s\n", abi_stream_run(&s, 20),
           s.alloc == &al ? "yes" : "no");
    printf("allocator calls: %d allocs, %d frees\n", c.allocs, c.frees);
    return 0;
}
