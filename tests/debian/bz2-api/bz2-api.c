/* bz2-api.c - calls every function libbz2.so.1.0 exports that a program
 * can call (tests/debian/thunk-bz2-api.sh): the stream functions with a
 * counting custom allocator (guest callbacks) and with the default one,
 * one-shot buffer functions, the BZFILE functions on stdio FILEs and on
 * file descriptors, the Huffman-table helpers, and error paths (corrupt
 * data, bad parameters, a short output buffer).  Its output is the same
 * on every architecture: lengths, return codes and checksums, never
 * pointers.  Not called: BZ2_blockSort, BZ2_bsInitWrite,
 * BZ2_compressBlock and BZ2_decompress (they need the library's private
 * state, which only the stream functions make) and BZ2_bz__AssertH__fail
 * (it exits). */
#include <bzlib.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Internal but exported (bzlib_private.h). */
void BZ2_hbMakeCodeLengths(unsigned char *len, int *freq, int alphaSize, int maxLen);
void BZ2_hbAssignCodes(int *code, unsigned char *length, int minLen, int maxLen, int alphaSize);
void BZ2_hbCreateDecodeTables(int *limit, int *base, int *perm, unsigned char *length, int minLen,
                              int maxLen, int alphaSize);
int BZ2_indexIntoF(int indx, int *cftab);
extern unsigned int BZ2_crc32Table[256];
extern int BZ2_rNums[512];

static uint32_t fnv(const void *p, size_t n)
{
    const unsigned char *b = p;
    uint32_t h = 2166136261u;
    while (n--)
        h = (h ^ *b++) * 16777619u;
    return h;
}

/* Deterministic, compressible input. */
static void make_input(char *buf, size_t n)
{
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (char)("abcdefgh \n"[(x >> 16) % 10] + (i % 997 == 0));
    }
}

struct counts { int allocs, frees; };
static void *count_alloc(void *opaque, int n, int m)
{
    ((struct counts *)opaque)->allocs++;
    return malloc((size_t)n * (size_t)m);
}
static void count_free(void *opaque, void *p)
{
    ((struct counts *)opaque)->frees++;
    free(p);
}

#define N 300000
static char input[N], packed[N + N / 100 + 600], unpacked[N + 16];

static void streams(void)
{
    struct counts c = { 0, 0 };
    bz_stream s;
    memset(&s, 0, sizeof s);
    s.bzalloc = count_alloc;
    s.bzfree = count_free;
    s.opaque = &c;
    int r = BZ2_bzCompressInit(&s, 5, 0, 30);
    printf("bzCompressInit = %d, allocator called: %s\n", r, c.allocs > 0 ? "yes" : "no");
    /* Fed in pieces, drained into a small window, as a streaming program does. */
    size_t in = 0, out = 0;
    int action = BZ_RUN;
    do {
        if (in == N)
            action = BZ_FINISH;
        s.next_in = input + in;
        s.avail_in = (unsigned)(N - in < 7000 ? N - in : 7000);
        s.next_out = packed + out;
        s.avail_out = 4096;
        r = BZ2_bzCompress(&s, action);
        in = (size_t)(s.next_in - input);
        out = (size_t)(s.next_out - packed);
    } while (r == BZ_RUN_OK || r == BZ_FINISH_OK);
    printf("bzCompress: %d, %zu -> %zu bytes (total_out_lo32 %u), fnv %08x\n", r, in, out,
           s.total_out_lo32, fnv(packed, out));
    printf("allocator kept by the stream: %s\n", s.bzalloc == count_alloc ? "yes" : "no");
    r = BZ2_bzCompressEnd(&s);
    printf("bzCompressEnd = %d, allocs %s frees\n", r, c.allocs == c.frees ? "==" : "!=");
    printf("bzCompress after End = %d\n", BZ2_bzCompress(&s, BZ_RUN));

    /* Decompression with the default allocator, small mode, byte by byte
     * output at first. */
    memset(&s, 0, sizeof s);
    r = BZ2_bzDecompressInit(&s, 0, 1);
    s.next_in = packed;
    s.avail_in = (unsigned)out;
    size_t got = 0;
    while (r == BZ_OK || r == BZ_STREAM_END) {
        s.next_out = unpacked + got;
        s.avail_out = got < 100 ? 1 : 65536;
        r = BZ2_bzDecompress(&s);
        got = (size_t)(s.next_out - unpacked);
        if (r == BZ_STREAM_END)
            break;
    }
    printf("bzDecompress (small) = %d, %zu bytes, equal: %s\n", r, got,
           got == N && !memcmp(unpacked, input, N) ? "yes" : "no");
    printf("bzDecompressEnd = %d\n", BZ2_bzDecompressEnd(&s));

    /* Corrupt data: a flipped byte in the middle. */
    packed[out / 2] ^= 0x55;
    memset(&s, 0, sizeof s);
    BZ2_bzDecompressInit(&s, 0, 0);
    s.next_in = packed;
    s.avail_in = (unsigned)out;
    /* Drained into a window over and over: a corrupt block may decode to
     * more than it held; the block's CRC catches it at its end. */
    do {
        s.next_out = unpacked;
        s.avail_out = 65536;
        r = BZ2_bzDecompress(&s);
    } while (r == BZ_OK && (s.avail_in > 0 || s.avail_out == 0));
    printf("corrupt stream: %d\n", r);
    BZ2_bzDecompressEnd(&s);
    packed[out / 2] ^= 0x55;
    packed[1] = 'X';
    memset(&s, 0, sizeof s);
    BZ2_bzDecompressInit(&s, 0, 0);
    s.next_in = packed;
    s.avail_in = (unsigned)out;
    s.next_out = unpacked;
    s.avail_out = 65536;
    printf("bad magic: %d\n", BZ2_bzDecompress(&s));
    BZ2_bzDecompressEnd(&s);
    packed[1] = 'Z';

    printf("bad parameters: %d %d %d\n", BZ2_bzCompressInit(&s, 10, 0, 0),
           BZ2_bzDecompressInit(NULL, 0, 0), BZ2_bzDecompressInit(&s, 0, 2));
}

static void buffers(void)
{
    unsigned len = sizeof packed;
    int r = BZ2_bzBuffToBuffCompress(packed, &len, input, N, 9, 0, 0);
    printf("bzBuffToBuffCompress = %d, %u bytes, fnv %08x\n", r, len, fnv(packed, len));
    unsigned back = sizeof unpacked;
    r = BZ2_bzBuffToBuffDecompress(unpacked, &back, packed, len, 0, 0);
    printf("bzBuffToBuffDecompress = %d, %u bytes, equal: %s\n", r, back,
           back == N && !memcmp(unpacked, input, N) ? "yes" : "no");
    unsigned small = 1000;
    printf("short output buffer: %d\n", BZ2_bzBuffToBuffDecompress(unpacked, &small, packed, len, 1, 0));
    unsigned tiny = 10;
    printf("short compress buffer: %d\n", BZ2_bzBuffToBuffCompress(packed, &tiny, input, N, 1, 0, 0));
    printf("not bzip2 data: %d\n", BZ2_bzBuffToBuffDecompress(unpacked, &back, input, 100, 0, 0));
    printf("bzlibVersion starts with 1.0.8: %s\n",
           !strncmp(BZ2_bzlibVersion(), "1.0.8", 5) ? "yes" : "no");
}

static void files(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/bz2-api.bz2", dir);
    FILE *f = fopen(path, "wb");
    int err;
    BZFILE *b = BZ2_bzWriteOpen(&err, f, 7, 0, 0);
    printf("bzWriteOpen: %d\n", err);
    for (int i = 0; i < N; i += 10000)
        BZ2_bzWrite(&err, b, input + i, 10000);
    printf("bzWrite: %d\n", err);
    unsigned in_lo, in_hi, out_lo, out_hi;
    BZ2_bzWriteClose64(&err, b, 0, &in_lo, &in_hi, &out_lo, &out_hi);
    printf("bzWriteClose64: %d, in %u:%u, out %u:%u\n", err, in_hi, in_lo, out_hi, out_lo);
    /* A second stream appended, closed with the 32-bit variant. */
    b = BZ2_bzWriteOpen(&err, f, 1, 0, 0);
    BZ2_bzWrite(&err, b, "trailer\n", 8);
    unsigned a32, b32;
    BZ2_bzWriteClose(&err, b, 0, &a32, &b32);
    printf("bzWriteClose: %d, in %u, out %u\n", err, a32, b32);
    fclose(f);

    f = fopen(path, "rb");
    b = BZ2_bzReadOpen(&err, f, 0, 0, NULL, 0);
    size_t got = 0;
    int n;
    while ((n = BZ2_bzRead(&err, b, unpacked + got, 4000)) > 0 && err == BZ_OK)
        got += (size_t)n;
    got += n > 0 ? (size_t)n : 0;
    printf("bzRead: %d, %zu bytes, equal: %s\n", err, got, got == N && !memcmp(unpacked, input, N) ? "yes" : "no");
    void *unused;
    int n_unused;
    BZ2_bzReadGetUnused(&err, b, &unused, &n_unused);
    printf("bzReadGetUnused: %d, %d bytes left over, fnv %08x\n", err, n_unused, fnv(unused, (size_t)n_unused));
    /* The rest of the file: the unused bytes, then the second stream. */
    char rest[64];
    memcpy(rest, unused, (size_t)n_unused);
    BZ2_bzReadClose(&err, b);
    printf("bzReadClose: %d\n", err);
    b = BZ2_bzReadOpen(&err, f, 0, 1, rest, n_unused);
    char tail[32] = { 0 };
    n = BZ2_bzRead(&err, b, tail, sizeof tail - 1);
    printf("second stream: %d, %d bytes: %s", err, n, tail);
    BZ2_bzReadClose(&err, b);
    fclose(f);

    /* The zlib-like wrappers: by name, then by descriptor. */
    b = BZ2_bzopen(path, "rb");
    n = BZ2_bzread(b, unpacked, 1000);
    printf("bzopen/bzread: %d bytes, fnv %08x\n", n, fnv(unpacked, (size_t)n));
    int errnum = 99;
    const char *what = BZ2_bzerror(b, &errnum);
    printf("bzerror: \"%s\" (%d)\n", what, errnum);
    BZ2_bzclose(b);
    snprintf(path, sizeof path, "%s/bz2-api-fd.bz2", dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    b = BZ2_bzdopen(fd, "wb9");
    printf("bzwrite: %d\n", BZ2_bzwrite(b, input, 5000));
    printf("bzflush: %d\n", BZ2_bzflush(b));
    BZ2_bzclose(b);
    b = BZ2_bzopen(path, "rb");
    n = BZ2_bzread(b, unpacked, sizeof unpacked);
    printf("bzdopen round trip: %d bytes, equal: %s\n", n, n == 5000 && !memcmp(unpacked, input, 5000) ? "yes" : "no");
    BZ2_bzclose(b);
    /* A file that is not bzip2 data. */
    snprintf(path, sizeof path, "%s/bz2-api.txt", dir);
    f = fopen(path, "wb");
    fwrite(input, 1, 1000, f);
    fclose(f);
    f = fopen(path, "rb");
    b = BZ2_bzReadOpen(&err, f, 0, 0, NULL, 0);
    n = BZ2_bzRead(&err, b, unpacked, 100);
    printf("not bzip2: bzRead = %d, error %d\n", n, err);
    BZ2_bzReadClose(&err, b);
    fclose(f);
    errno = 0;
    b = BZ2_bzopen("/nonexistent/dir/x.bz2", "rb");
    printf("bzopen of a missing file: %s, errno ENOENT: %s\n", b ? "opened" : "NULL", errno == ENOENT ? "yes" : "no");
}

static void tables(void)
{
    int freq[20], code[20], limit[32], base[32], perm[32];
    unsigned char len[20];
    for (int i = 0; i < 20; i++)
        freq[i] = 1 + (i * 37) % 23 * (i % 3 + 1);
    BZ2_hbMakeCodeLengths(len, freq, 20, 17);
    int minl = 32, maxl = 0;
    for (int i = 0; i < 20; i++) {
        minl = len[i] < minl ? len[i] : minl;
        maxl = len[i] > maxl ? len[i] : maxl;
    }
    BZ2_hbAssignCodes(code, len, minl, maxl, 20);
    BZ2_hbCreateDecodeTables(limit, base, perm, len, minl, maxl, 20);
    printf("huffman: lengths %d..%d, fnv %08x %08x %08x %08x %08x\n", minl, maxl, fnv(len, sizeof len),
           fnv(code, sizeof code), fnv(limit + minl, sizeof(int) * (size_t)(maxl - minl + 1)),
           fnv(base + minl, sizeof(int) * (size_t)(maxl - minl + 1)), fnv(perm, sizeof(int) * 20));
    int cftab[257];
    for (int i = 0; i < 257; i++)
        cftab[i] = i * 3;
    printf("indexIntoF(100) = %d, (0) = %d\n", BZ2_indexIntoF(100, cftab), BZ2_indexIntoF(0, cftab));
    printf("tables: crc32 %08x, rNums %08x\n", fnv(BZ2_crc32Table, sizeof BZ2_crc32Table),
           fnv(BZ2_rNums, sizeof BZ2_rNums));
}

int main(int argc, char **argv)
{
    make_input(input, N);
    streams();
    buffers();
    files(argc > 1 ? argv[1] : ".");
    tables();
    return 0;
}
