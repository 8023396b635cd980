/* zlib-api.c - every function libz.so.1 exports (libs/zlib.def), for the
 * thunk-zlib-api workload: one-shot and streaming, custom allocators (the
 * z_stream callbacks), dictionaries, headers, inflateBack's callbacks,
 * the gz* file functions (gzprintf and gzvprintf too) and error paths.
 * Prints results only, the same on any architecture. */
#define _LARGEFILE64_SOURCE 1 /* the *64 functions */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* Each call on its own line, in order (printf's arguments are evaluated
 * in an unspecified order). */
#define P(expr) printf("%s = %ld\n", #expr, (long)(expr))

int deflateResetKeep(z_streamp); /* exported, not in zlib.h */
int inflateResetKeep(z_streamp);

static unsigned long allocs, frees;
static voidpf my_alloc(voidpf opaque, uInt items, uInt size)
{
    (*(int *)opaque)++;
    allocs++;
    return calloc(items, size);
}
static void my_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    frees++;
    free(p);
}

static unsigned char src[200000], comp[250000], back[200000];

static unsigned in_cb(void *desc, z_const unsigned char **buf)
{
    unsigned *left = desc;
    static unsigned char *pos;
    if (!pos)
        pos = comp;
    unsigned n = *left > 1000 ? 1000 : *left;
    *buf = pos;
    pos += n;
    *left -= n;
    return n;
}
static int out_cb(void *desc, unsigned char *buf, unsigned len)
{
    unsigned long *total = desc;
    memcpy(back + *total, buf, len);
    *total += len;
    return 0;
}

static int my_gzvprintf(gzFile f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = gzvprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

int main(void)
{
    for (size_t i = 0; i < sizeof src; i++)
        src[i] = (unsigned char)("zlib thunks: host and guest alike. "[i % 36] + (i / 5000) % 3);
    printf("version %s, compile flags %#lx\n", strcmp(zlibVersion(), ZLIB_VERSION) ? "differs" : "matches",
           zlibCompileFlags());
    uLong a = adler32(0, src, 1000), c = crc32(0, src, 1000);
    uLong a2 = adler32_z(0, src + 1000, 5000), c2 = crc32_z(0, src + 1000, 5000);
    printf("adler32 %lu %lu combined %lu %lu = %lu\n", a, a2, adler32_combine(a, a2, 5000),
           adler32_combine64(a, a2, 5000), adler32(0, src, 6000));
    printf("crc32 %lu %lu combined %lu %lu op %lu = %lu\n", c, c2, crc32_combine(c, c2, 5000),
           crc32_combine64(c, c2, 5000), crc32_combine_op(c, c2, crc32_combine_gen(5000)),
           crc32_z(0, src, 6000));
    printf("gen64 matches gen: %d, crc table[1] %#x\n",
           crc32_combine_gen64(5000) == crc32_combine_gen(5000), (unsigned)get_crc_table()[1]);

    /* One shot. */
    uLongf clen = sizeof comp, blen = sizeof back;
    printf("compressBound %lu\n", compressBound(sizeof src));
    int r = compress(comp, &clen, src, sizeof src);
    printf("compress %d %lu\n", r, clen);
    clen = sizeof comp;
    r = compress2(comp, &clen, src, sizeof src, 9);
    printf("compress2 %d %lu\n", r, clen);
    r = uncompress(back, &blen, comp, clen);
    printf("uncompress %d %lu same %d\n", r, blen, !memcmp(back, src, sizeof src));
    uLong slen = clen;
    blen = sizeof back;
    r = uncompress2(back, &blen, comp, &slen);
    printf("uncompress2 %d %lu %lu\n", r, blen, slen);
    blen = 10;
    printf("too small: %d %s\n", uncompress(back, &blen, comp, clen), zError(Z_BUF_ERROR));

    /* Streams with our allocator. */
    int count = 0;
    z_stream d = { .zalloc = my_alloc, .zfree = my_free, .opaque = &count };
    r = deflateInit2(&d, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    gz_header head = { .text = 1, .time = 0, .os = 3, .name = (Bytef *)"name.txt" };
    P(r);
    P(deflateSetHeader(&d, &head));
    P(deflateBound(&d, sizeof src));
    P(deflateParams(&d, 5, Z_FILTERED));
    P(deflateTune(&d, 8, 16, 32, 64));
    d.next_in = src;
    d.avail_in = sizeof src / 2;
    d.next_out = comp;
    d.avail_out = sizeof comp;
    r = deflate(&d, Z_NO_FLUSH);
    unsigned pend;
    int bits;
    P(r);
    P(deflatePending(&d, &pend, &bits));
    z_stream d2;
    P(deflateCopy(&d2, &d));
    d.next_in = src + sizeof src / 2;
    d.avail_in = sizeof src / 2;
    r = deflate(&d, Z_FINISH);
    uLong total = d.total_out;
    printf("deflate finish %d total %lu\n", r, total);
    P(deflateEnd(&d));
    P(deflateEnd(&d2));
    /* deflatePrime puts bits before the next block: a stream of its own. */
    z_stream pr = { 0 };
    deflateInit(&pr, 1);
    P(deflatePrime(&pr, 3, 5));
    P(deflateEnd(&pr));

    z_stream i = { .zalloc = my_alloc, .zfree = my_free, .opaque = &count };
    unsigned char name[32] = { 0 };
    gz_header got = { .name = name, .name_max = sizeof name };
    r = inflateInit2(&i, 31);
    P(r);
    P(inflateGetHeader(&i, &got));
    i.next_in = comp;
    i.avail_in = (uInt)total;
    i.next_out = back;
    i.avail_out = sizeof back;
    memset(back, 0, sizeof back);
    r = inflate(&i, Z_NO_FLUSH);
    P(r);
    P(i.total_out);
    P(!memcmp(back, src, sizeof src));
    printf("header name %s\n", name);
    P(inflateMark(&i) >> 16);
    P(inflateCodesUsed(&i) > 0);
    z_stream i2;
    P(inflateCopy(&i2, &i));
    P(inflateValidate(&i, 1));
    P(inflateUndermine(&i, 0));
    P(inflateSyncPoint(&i));
    P(inflateReset(&i2));
    P(inflateReset2(&i2, 15));
    P(inflateResetKeep(&i2));
    P(inflatePrime(&i2, 0, 0));
    P(inflateSync(&i2));
    P(inflateEnd(&i));
    P(inflateEnd(&i2));

    /* Dictionaries, and the plain Init macros. */
    z_stream dd = { 0 }, id = { 0 };
    static const unsigned char dict[] = "zlib thunks: host and guest";
    deflateInit(&dd, 9);
    P(deflateSetDictionary(&dd, dict, sizeof dict - 1));
    unsigned char got_dict[64];
    uInt got_len = sizeof got_dict;
    P(deflateGetDictionary(&dd, got_dict, &got_len));
    P(got_len);
    dd.next_in = src;
    dd.avail_in = 5000;
    dd.next_out = comp;
    dd.avail_out = sizeof comp;
    deflate(&dd, Z_FINISH);
    uLong dlen = dd.total_out;
    P(deflateReset(&dd));
    P(deflateResetKeep(&dd));
    P(deflateEnd(&dd));
    inflateInit(&id);
    id.next_in = comp;
    id.avail_in = (uInt)dlen;
    id.next_out = back;
    id.avail_out = sizeof back;
    r = inflate(&id, Z_NO_FLUSH);
    P(r);
    P(inflateSetDictionary(&id, dict, sizeof dict - 1));
    r = inflate(&id, Z_FINISH);
    P(r);
    P(!memcmp(back, src, 5000));
    got_len = sizeof got_dict;
    P(inflateGetDictionary(&id, got_dict, &got_len));
    inflateEnd(&id);

    /* inflateBack: raw deflate through the in and out callbacks. */
    z_stream rd = { 0 };
    deflateInit2(&rd, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    rd.next_in = src;
    rd.avail_in = sizeof src;
    rd.next_out = comp;
    rd.avail_out = sizeof comp;
    deflate(&rd, Z_FINISH);
    unsigned left = (unsigned)rd.total_out;
    deflateEnd(&rd);
    static unsigned char window[32768];
    z_stream bk = { .zalloc = my_alloc, .zfree = my_free, .opaque = &count };
    unsigned long out_total = 0;
    memset(back, 0, sizeof back);
    P(inflateBackInit(&bk, 15, window));
    P(inflateBack(&bk, in_cb, &left, out_cb, &out_total));
    P(out_total);
    P(!memcmp(back, src, sizeof src));
    P(inflateBackEnd(&bk));
    printf("allocator called: %s, frees %s\n", allocs > 0 && count > 0 ? "yes" : "no",
           frees > 0 ? "yes" : "no");

    /* gz files. */
    gzFile f = gzopen("t.gz", "wb9");
    P(gzbuffer(f, 16384));
    P(gzsetparams(f, 6, Z_DEFAULT_STRATEGY));
    P(gzwrite(f, src, 1000));
    P(gzputs(f, "line\n"));
    P(gzputc(f, 'X'));
    P(gzprintf(f, "%d %s %5.2f %c %ld|\n", 42, "str", 3.14159, 'q', 1234567890123L));
    P(my_gzvprintf(f, "%x-%s-%g\n", 255, "va", 2.5));
    P(gzfwrite(src, 10, 10, f));
    P(gzflush(f, Z_SYNC_FLUSH));
    P(gztell(f));
    P(gztell64(f));
    P(gzoffset(f) > 0);
    P(gzoffset64(f) > 0);
    P(gzclose_w(f));
    f = gzopen64("t.gz", "rb");
    char buf[2000], line[64];
    P(gzread(f, buf, 1000));
    P(!memcmp(buf, src, 1000));
    printf("gzgets: %s", gzgets(f, line, sizeof line));
    P(gzgetc(f));
    P(gzungetc('Y', f));
    P(gzgetc_(f));
    printf("gzgets: %s", gzgets(f, line, sizeof line));
    printf("gzgets: %s", gzgets(f, line, sizeof line));
    P(gzfread(buf, 10, 20, f));
    P(gzdirect(f));
    P(gzeof(f));
    int errnum = -1;
    const char *msg = gzerror(f, &errnum);
    printf("gzerror: \"%s\" %d\n", msg, errnum);
    gzclearerr(f);
    P(gzseek(f, 500, SEEK_SET));
    P(gzrewind(f));
    P(gzseek64(f, 10, SEEK_CUR));
    P(gzclose_r(f));
    FILE *raw = fopen("plain.gz", "wb");
    f = gzdopen(fileno(raw), "wb");
    P(gzputs(f, "through gzdopen\n"));
    P(gzclose(f));
    f = gzopen("plain.gz", "rb");
    printf("back: %s", gzgets(f, line, sizeof line));
    P(gzclose(f));
    printf("gzopen of nothing: %s\n", gzopen("no/such/dir/x.gz", "rb") ? "opened" : "NULL");
    return 0;
}
