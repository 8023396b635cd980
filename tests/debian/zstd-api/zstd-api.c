/* zstd-api.c - every function libzstd.so.1 exports (libs/zstd.def), for
 * the thunk-zstd-api workload: one-shot, context and streaming
 * compression, every way of using a dictionary (and training them: fastCover,
 * cover, legacy, their optimisers), custom allocators (ZSTD_customMem, a
 * struct of callbacks passed by value), advanced parameter sets, static
 * workspaces, buffer-less and block-level coding, sequences and a sequence
 * producer (a nine-argument callback), skippable and magicless frames,
 * multithreaded compression and thread pools, and error paths.  Structs
 * passed and returned by value (ZSTD_bounds, ZSTD_compressionParameters,
 * ZSTD_parameters, ZSTD_frameProgression, the ZDICT_*_params_t) are printed
 * member by member.  Prints results, sizes and hashes of output bytes only:
 * the same on any architecture (and so no sizes of the library's own
 * structures, which differ between its builds). */
#define ZSTD_STATIC_LINKING_ONLY
#define ZDICT_STATIC_LINKING_ONLY
#define ZSTD_DISABLE_DEPRECATE_WARNINGS  /* the deprecated functions are exported too */
#define ZDICT_DISABLE_DEPRECATE_WARNINGS
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zdict.h>
#include <zstd.h>
#include <zstd_errors.h>

/* ---- helpers ---- */

/* FNV-1a, 64 bits: a short fingerprint of output bytes. */
static unsigned long long hash(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned long long h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

/* A size_t result: its value, or the error's name. */
static void res(const char *what, size_t r)
{
    if (ZSTD_isError(r))
        printf("%s: error %d %s\n", what, (int)ZSTD_getErrorCode(r), ZSTD_getErrorName(r));
    else
        printf("%s: %zu\n", what, r);
}

/* A compressed result: its size and hash. */
static void out(const char *what, size_t r, const void *buf)
{
    if (ZSTD_isError(r))
        printf("%s: error %s\n", what, ZSTD_getErrorName(r));
    else
        printf("%s: %zu bytes %016llx\n", what, r, hash(buf, r));
}

/* Decompressed output: does it equal the expected bytes? */
static void same(const char *what, size_t r, const void *got, const void *want, size_t n)
{
    if (ZSTD_isError(r))
        printf("%s: error %s\n", what, ZSTD_getErrorName(r));
    else
        printf("%s: %zu bytes, %s\n", what, r, r == n && !memcmp(got, want, n) ? "same" : "DIFFERENT");
}

static void cparams(const char *what, ZSTD_compressionParameters c)
{
    printf("%s: wlog %u clog %u hlog %u slog %u minmatch %u tlen %u strategy %d\n", what,
           c.windowLog, c.chainLog, c.hashLog, c.searchLog, c.minMatch, c.targetLength,
           (int)c.strategy);
}

static void bounds(const char *what, ZSTD_bounds b)
{
    printf("%s: error %u [%d, %d]\n", what, ZSTD_isError(b.error), b.lowerBound, b.upperBound);
}

/* Deterministic input: lines of words and numbers from an LCG. */
static unsigned lcg_state;
static unsigned lcg(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 16) & 0x7fff;
}
static const char *const words[] = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
    "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa" };
static void make_text(unsigned char *buf, size_t n, unsigned seed)
{
    size_t pos = 0;
    lcg_state = seed;
    while (pos < n) {
        /* One draw per statement: the order in which a call's arguments
         * are evaluated is unspecified. */
        char line[96];
        const char *w1 = words[lcg() % 16], *w2 = words[lcg() % 16];
        unsigned num = lcg() % 1000;
        const char *w3 = words[lcg() % 16];
        int len = snprintf(line, sizeof line, "%s %s %u %s\n", w1, w2, num, w3);
        for (int i = 0; i < len && pos < n; i++)
            buf[pos++] = (unsigned char)line[i];
    }
}

/* Dictionary samples: small records sharing their structure. */
#define NB_SAMPLES 400
static unsigned char samples[NB_SAMPLES * 160];
static size_t sample_sizes[NB_SAMPLES];
static size_t samples_total;
static void make_samples(void)
{
    lcg_state = 777;
    for (int i = 0; i < NB_SAMPLES; i++) {
        const char *user1 = words[lcg() % 16], *user2 = words[lcg() % 16], *city = words[lcg() % 8];
        unsigned score = lcg() % 500;
        const char *tag1 = words[lcg() % 16], *tag2 = words[lcg() % 4];
        int n = snprintf((char *)samples + samples_total, 160,
                         "{\"id\":%d,\"user\":\"%s_%s\",\"city\":\"%s\",\"score\":%u,\"tags\":[\"%s\",\"%s\"]}",
                         i, user1, user2, city, score, tag1, tag2);
        sample_sizes[i] = (size_t)n;
        samples_total += (size_t)n;
    }
}

/* Custom allocator: counts its calls (the opaque pointer is the count). */
struct counter {
    unsigned long allocs, frees;
};
static void *count_alloc(void *opaque, size_t size)
{
    ((struct counter *)opaque)->allocs++;
    return malloc(size);
}
static void count_free(void *opaque, void *address)
{
    ((struct counter *)opaque)->frees++;
    free(address);
}
static void counted(const char *what, const struct counter *c)
{
    printf("%s: allocs %s, %s\n", what, c->allocs ? "some" : "none",
           c->allocs == c->frees ? "all freed" : "NOT all freed");
}

/* A block-level sequence producer: greedy 4-byte matches within the block
 * (zstd gives it no history). */
struct producer_state {
    unsigned calls;
    size_t bytes, sequences, dict_bytes, window;
    int level;
};
static size_t greedy_producer(void *state, ZSTD_Sequence *seqs, size_t cap, const void *src,
                              size_t size, const void *dict, size_t dict_size, int level,
                              size_t window)
{
    struct producer_state *st = state;
    const unsigned char *p = src;
    static int table[4096];
    size_t n = 0, anchor = 0, pos = 0;
    (void)dict;
    st->calls++;
    st->bytes += size;
    st->dict_bytes += dict_size;
    st->level = level;
    st->window = window;
    memset(table, 0xff, sizeof table);
    while (pos + 4 <= size && n + 1 < cap) {
        uint32_t v;
        memcpy(&v, p + pos, 4);
        unsigned h = (v * 2654435761u) >> 20;
        int cand = table[h];
        table[h] = (int)pos;
        size_t len = 0;
        if (cand >= 0 && pos - (size_t)cand <= window)
            while (pos + len < size && p[cand + len] == p[pos + len])
                len++;
        if (len >= 4) {
            seqs[n++] = (ZSTD_Sequence){ .offset = (unsigned)(pos - (size_t)cand),
                                         .litLength = (unsigned)(pos - anchor),
                                         .matchLength = (unsigned)len };
            pos += len;
            anchor = pos;
        } else {
            pos++;
        }
    }
    /* The last literals: a sequence with no match. */
    seqs[n++] = (ZSTD_Sequence){ .litLength = (unsigned)(size - anchor) };
    st->sequences += n;
    return n;
}
/* One that always fails: zstd falls back to its own, or fails. */
static size_t failing_producer(void *state, ZSTD_Sequence *seqs, size_t cap, const void *src,
                               size_t size, const void *dict, size_t dict_size, int level,
                               size_t window)
{
    (void)seqs, (void)cap, (void)src, (void)size, (void)dict, (void)dict_size, (void)level,
        (void)window;
    ((struct producer_state *)state)->calls++;
    return ZSTD_SEQUENCE_PRODUCER_ERROR;
}

/* ---- data ---- */

#define SRC_SIZE (192 * 1024)
static unsigned char src[SRC_SIZE];
static unsigned char comp[SRC_SIZE + 4096], comp2[SRC_SIZE + 4096], back[SRC_SIZE + 4096];
static unsigned char dict[4096], dict2[4096], dict3[4096], dict4[4096];
static size_t dict_size, d4_size;

/* Stream all of in through a CStream/CCtx in 10 KB pieces with 7 KB of
 * output room at a time, using compressStream2 with the given end
 * directive for each piece, then end the frame. */
static size_t stream2(ZSTD_CCtx *cctx, const unsigned char *in, size_t n, unsigned char *dst,
                      size_t cap, ZSTD_EndDirective mid)
{
    size_t written = 0;
    for (size_t off = 0; off < n; off += 10240) {
        size_t piece = n - off < 10240 ? n - off : 10240;
        ZSTD_inBuffer ib = { in + off, piece, 0 };
        ZSTD_EndDirective e = off + piece == n ? ZSTD_e_end : mid;
        size_t r;
        do {
            size_t room = cap - written < 7168 ? cap - written : 7168;
            ZSTD_outBuffer ob = { dst + written, room, 0 };
            r = ZSTD_compressStream2(cctx, &ob, &ib, e);
            if (ZSTD_isError(r))
                return r;
            written += ob.pos;
        } while (e == ZSTD_e_end ? r != 0 : (ib.pos < ib.size || (e == ZSTD_e_flush && r != 0)));
    }
    return written;
}

/* Decompress a whole frame through ZSTD_decompressStream, with 3 KB of
 * input and 5 KB of output room at a time. */
static size_t dstream(ZSTD_DStream *ds, const unsigned char *in, size_t n, unsigned char *dst,
                      size_t cap)
{
    size_t written = 0, r = 1;
    ZSTD_inBuffer ib = { in, 0, 0 };
    while (r != 0) {
        ib.size = ib.size + 3072 < n ? ib.size + 3072 : n;
        size_t room = cap - written < 5120 ? cap - written : 5120;
        ZSTD_outBuffer ob = { dst + written, room, 0 };
        r = ZSTD_decompressStream(ds, &ob, &ib);
        if (ZSTD_isError(r))
            return r;
        written += ob.pos;
        if (ib.pos == n && ob.pos == 0 && r != 0)
            return (size_t)-ZSTD_error_srcSize_wrong; /* truncated input */
    }
    return written;
}

/* ---- the sections ---- */

static void versions_and_limits(void)
{
    printf("== versions and limits\n");
    printf("version %u %s, header %s\n", ZSTD_versionNumber(), ZSTD_versionString(),
           ZSTD_versionNumber() == ZSTD_VERSION_NUMBER ? "matches" : "differs");
    printf("levels %d..%d default %d\n", ZSTD_minCLevel(), ZSTD_maxCLevel(), ZSTD_defaultCLevel());
    printf("stream sizes: cin %zu cout %zu din %zu dout %zu\n", ZSTD_CStreamInSize(),
           ZSTD_CStreamOutSize(), ZSTD_DStreamInSize(), ZSTD_DStreamOutSize());
    printf("compressBound(%d) %zu, sequenceBound %zu\n", SRC_SIZE, ZSTD_compressBound(SRC_SIZE),
           ZSTD_sequenceBound(SRC_SIZE));
    printf("decodingBufferSize_min(1M, 200k) %zu\n", ZSTD_decodingBufferSize_min(1 << 20, 200000));
    bounds("cParam compressionLevel", ZSTD_cParam_getBounds(ZSTD_c_compressionLevel));
    bounds("cParam windowLog", ZSTD_cParam_getBounds(ZSTD_c_windowLog));
    bounds("cParam strategy", ZSTD_cParam_getBounds(ZSTD_c_strategy));
    bounds("cParam nbWorkers", ZSTD_cParam_getBounds(ZSTD_c_nbWorkers));
    bounds("cParam unknown", ZSTD_cParam_getBounds((ZSTD_cParameter)9999));
    bounds("dParam windowLogMax", ZSTD_dParam_getBounds(ZSTD_d_windowLogMax));
    bounds("dParam format", ZSTD_dParam_getBounds(ZSTD_d_format));
    bounds("dParam unknown", ZSTD_dParam_getBounds((ZSTD_dParameter)9999));
}

static void errors(void)
{
    printf("== errors\n");
    printf("getErrorString: %s / %s / %s\n", ZSTD_getErrorString(ZSTD_error_no_error),
           ZSTD_getErrorString(ZSTD_error_memory_allocation),
           ZSTD_getErrorString(ZSTD_error_sequenceProducer_failed));
    printf("getErrorName(0): %s, isError(0) %u, isError(-1) %u\n", ZSTD_getErrorName(0),
           ZSTD_isError(0), ZSTD_isError((size_t)-1));
    printf("ZDICT: isError(-64) %u %s\n", ZDICT_isError((size_t)-64), ZDICT_getErrorName((size_t)-64));
    size_t c = ZSTD_compress(comp, sizeof comp, src, 50000, 3);
    res("compress 50000", c);
    res("decompress into 100 bytes", ZSTD_decompress(back, 100, comp, c));
    res("decompress truncated", ZSTD_decompress(back, sizeof back, comp, c - 10));
    memcpy(comp2, comp, c);
    comp2[0] ^= 0x55;
    res("decompress bad magic", ZSTD_decompress(back, sizeof back, comp2, c));
    res("decompress empty", ZSTD_decompress(back, sizeof back, comp, 0));
    res("compress into 10 bytes", ZSTD_compress(comp2, 10, src, 50000, 3));
    /* With a checksum, any changed byte is found (as corruption or as a
     * wrong checksum: which one depends on the decoder's path). */
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, 50000);
    res("compress2 with checksum", c);
    memcpy(comp2, comp, c);
    comp2[c - 2] ^= 1;
    res("decompress wrong checksum", ZSTD_decompress(back, sizeof back, comp2, c));
    memcpy(comp2, comp, c);
    comp2[c / 2] ^= 0x10;
    printf("decompress corrupt middle: isError %u\n", ZSTD_isError(ZSTD_decompress(back, sizeof back, comp2, c)));
    res("setParameter windowLog 5", ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 5));
    res("setParameter unknown", ZSTD_CCtx_setParameter(cctx, (ZSTD_cParameter)9999, 1));
    ZSTD_compressionParameters bad = ZSTD_getCParams(3, 0, 0);
    bad.windowLog = 40;
    res("checkCParams windowLog 40", ZSTD_checkCParams(bad));
    /* Parameters cannot change in the middle of a frame. */
    ZSTD_inBuffer ib = { src, 1000, 0 };
    ZSTD_outBuffer ob = { comp, sizeof comp, 0 };
    res("compressStream2 continue", ZSTD_compressStream2(cctx, &ob, &ib, ZSTD_e_continue));
    res("setParameter mid-frame", ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 20));
    res("setPledgedSrcSize mid-frame", ZSTD_CCtx_setPledgedSrcSize(cctx, 5));
    res("CCtx_reset session", ZSTD_CCtx_reset(cctx, ZSTD_reset_session_only));
    res("setPledgedSrcSize 5", ZSTD_CCtx_setPledgedSrcSize(cctx, 5));
    /* (ZSTD_compress2 would forget the pledge: it starts a new session.) */
    res("stream 50 bytes with 5 pledged", stream2(cctx, src, 50, comp, sizeof comp, ZSTD_e_continue));
    ZSTD_freeCCtx(cctx);
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    res("DCtx_setParameter windowLogMax 100", ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, 100));
    res("DCtx_setMaxWindowSize 1024", ZSTD_DCtx_setMaxWindowSize(dctx, 1024));
    c = ZSTD_compress(comp, sizeof comp, src, sizeof src, 3);
    /* (Only streaming decompression limits the window.) */
    res("decompressStream window too large", dstream(dctx, comp, c, back, sizeof back));
    res("DCtx_reset parameters", ZSTD_DCtx_reset(dctx, ZSTD_reset_session_and_parameters));
    same("decompressDCtx after reset", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, src,
         sizeof src);
    ZSTD_freeDCtx(dctx);
}

static void one_shot(void)
{
    printf("== one-shot\n");
    static const int levels[] = { -5, 1, 3, 9, 19 };
    for (unsigned i = 0; i < sizeof levels / sizeof levels[0]; i++) {
        /* Level 19 on a part only: it is slow under emulation. */
        size_t n = levels[i] == 19 ? 40000 : sizeof src;
        char what[32];
        snprintf(what, sizeof what, "compress level %d", levels[i]);
        size_t c = ZSTD_compress(comp, sizeof comp, src, n, levels[i]);
        out(what, c, comp);
        same("  decompress", ZSTD_decompress(back, sizeof back, comp, c), back, src, n);
    }
    size_t c = ZSTD_compress(comp, sizeof comp, src, sizeof src, 3);
    printf("isFrame %u, frameContentSize %llu, decompressedSize %llu, findDecompressedSize %llu\n",
           ZSTD_isFrame(comp, c), ZSTD_getFrameContentSize(comp, c), ZSTD_getDecompressedSize(comp, c),
           ZSTD_findDecompressedSize(comp, c));
    printf("findFrameCompressedSize %zu, decompressBound %llu, frameHeaderSize %zu\n",
           ZSTD_findFrameCompressedSize(comp, c), ZSTD_decompressBound(comp, c),
           ZSTD_frameHeaderSize(comp, c));
    res("decompressionMargin", ZSTD_decompressionMargin(comp, c));
    res("estimateDStreamSize_fromFrame", ZSTD_estimateDStreamSize_fromFrame(comp, c) > 0);
    printf("isFrame(text) %u, frameContentSize(text) %llx\n", ZSTD_isFrame(src, 100),
           ZSTD_getFrameContentSize(src, 100));
    ZSTD_frameHeader fh;
    res("getFrameHeader", ZSTD_getFrameHeader(&fh, comp, c));
    printf("  content %llu window %llu blockmax %u type %d header %u dictID %u checksum %u\n",
           fh.frameContentSize, fh.windowSize, fh.blockSizeMax, (int)fh.frameType, fh.headerSize,
           fh.dictID, fh.checksumFlag);
    res("getFrameHeader on 3 bytes", ZSTD_getFrameHeader(&fh, comp, 3));

    /* In-place decompression: the frame at the end of the output buffer,
     * with the margin the library asks for. */
    size_t margin = ZSTD_decompressionMargin(comp, c);
    size_t total = sizeof src + margin;
    unsigned char *place = malloc(total);
    memcpy(place + total - c, comp, c);
    same("in-place decompress", ZSTD_decompress(place, total, place + total - c, c), place, src, sizeof src);
    free(place);

    /* Two frames in a row, and a skippable frame before them. */
    size_t s = ZSTD_writeSkippableFrame(comp2, sizeof comp2, "metadata!", 9, 5);
    res("writeSkippableFrame", s);
    res("writeSkippableFrame variant 16", ZSTD_writeSkippableFrame(comp2 + s, 100, "x", 1, 16));
    printf("isSkippableFrame %u %u, isFrame(skippable) %u\n", ZSTD_isSkippableFrame(comp2, s),
           ZSTD_isSkippableFrame(comp, c), ZSTD_isFrame(comp2, s));
    char meta[32] = { 0 };
    unsigned variant = 0;
    size_t m = ZSTD_readSkippableFrame(meta, sizeof meta, &variant, comp2, s);
    res("readSkippableFrame", m);
    printf("  content \"%s\" variant %u\n", meta, variant);
    res("readSkippableFrame from a zstd frame", ZSTD_readSkippableFrame(meta, sizeof meta, &variant, comp, c));
    res("getFrameHeader(skippable)", ZSTD_getFrameHeader(&fh, comp2, s));
    printf("  type %d content %llu header %u\n", (int)fh.frameType, fh.frameContentSize, fh.headerSize);
    size_t a = ZSTD_compress(comp2 + s, sizeof comp2 - s, src, 30000, 1);
    size_t b = ZSTD_compress(comp2 + s + a, sizeof comp2 - s - a, src + 30000, 20000, 1);
    size_t all = s + a + b;
    printf("3 frames: findDecompressedSize %llu decompressBound %llu\n", ZSTD_findDecompressedSize(comp2, all),
           ZSTD_decompressBound(comp2, all));
    same("decompress 3 frames", ZSTD_decompress(back, sizeof back, comp2, all), back, src, 50000);

    /* Magicless frames. */
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    res("setParameter format magicless", ZSTD_CCtx_setParameter(cctx, ZSTD_c_format, ZSTD_f_zstd1_magicless));
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, 20000);
    out("compress2 magicless", c, comp);
    res("getFrameHeader_advanced magicless", ZSTD_getFrameHeader_advanced(&fh, comp, c, ZSTD_f_zstd1_magicless));
    printf("  content %llu header %u\n", fh.frameContentSize, fh.headerSize);
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    res("decompressDCtx magicless as zstd1", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c));
    res("DCtx_setFormat magicless", ZSTD_DCtx_setFormat(dctx, ZSTD_f_zstd1_magicless));
    same("decompressDCtx magicless", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, src, 20000);
    ZSTD_freeDCtx(dctx);
    ZSTD_freeCCtx(cctx);
}

static void contexts(void)
{
    printf("== contexts and parameters\n");
    cparams("getCParams(3, 0, 0)", ZSTD_getCParams(3, 0, 0));
    cparams("getCParams(19, 100000, 0)", ZSTD_getCParams(19, 100000, 0));
    cparams("getCParams(-7, 1000, 500)", ZSTD_getCParams(-7, 1000, 500));
    ZSTD_parameters p = ZSTD_getParams(12, 5000, 1000);
    cparams("getParams(12, 5000, 1000)", p.cParams);
    printf("  fParams %d %d %d\n", p.fParams.contentSizeFlag, p.fParams.checksumFlag, p.fParams.noDictIDFlag);
    ZSTD_compressionParameters big = ZSTD_getCParams(19, 0, 0);
    cparams("adjustCParams(19 for 1000 bytes)", ZSTD_adjustCParams(big, 1000, 0));
    cparams("adjustCParams(19 for 1000 bytes, 3000 dict)", ZSTD_adjustCParams(big, 1000, 3000));
    res("checkCParams(19)", ZSTD_checkCParams(big));

    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    size_t c = ZSTD_compressCCtx(cctx, comp, sizeof comp, src, sizeof src, 5);
    out("compressCCtx level 5", c, comp);
    res("CCtx_setParameter level 7", ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 7));
    res("CCtx_setParameter checksum", ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1));
    res("CCtx_setParameter windowLog 17", ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 17));
    res("CCtx_setParameter contentSize 0", ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0));
    int v = -1;
    res("CCtx_getParameter level", ZSTD_CCtx_getParameter(cctx, ZSTD_c_compressionLevel, &v));
    printf("  = %d\n", v);
    res("CCtx_getParameter windowLog", ZSTD_CCtx_getParameter(cctx, ZSTD_c_windowLog, &v));
    printf("  = %d\n", v);
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, sizeof src);
    out("compress2 level 7 checksum wlog 17", c, comp);
    printf("  frameContentSize %llx\n", ZSTD_getFrameContentSize(comp, c));
    printf("  sizeof_CCtx > 0: %d\n", ZSTD_sizeof_CCtx(cctx) > 0);
    /* setCParams sets all of them at once. */
    ZSTD_compressionParameters cp = ZSTD_getCParams(4, sizeof src, 0);
    cp.windowLog = 18;
    cp.strategy = ZSTD_lazy;
    res("CCtx_setCParams", ZSTD_CCtx_setCParams(cctx, cp));
    res("CCtx_getParameter strategy", ZSTD_CCtx_getParameter(cctx, ZSTD_c_strategy, &v));
    printf("  = %d\n", v);
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, sizeof src);
    out("compress2 with setCParams", c, comp);
    res("CCtx_reset parameters", ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters));
    res("CCtx_setPledgedSrcSize", ZSTD_CCtx_setPledgedSrcSize(cctx, 60000));
    c = stream2(cctx, src, 60000, comp, sizeof comp, ZSTD_e_continue);
    out("stream, defaults, pledged size", c, comp);
    printf("  frameContentSize %llu\n", ZSTD_getFrameContentSize(comp, c));

    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    res("DCtx_setParameter windowLogMax 24", ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, 24));
    res("DCtx_getParameter windowLogMax", ZSTD_DCtx_getParameter(dctx, ZSTD_d_windowLogMax, &v));
    printf("  = %d\n", v);
    res("DCtx_getParameter format", ZSTD_DCtx_getParameter(dctx, ZSTD_d_format, &v));
    printf("  = %d\n", v);
    same("decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, src, 60000);
    printf("  sizeof_DCtx > 0: %d\n", ZSTD_sizeof_DCtx(dctx) > 0);
    ZSTD_freeDCtx(dctx);
    res("freeCCtx", ZSTD_freeCCtx(cctx));
    res("freeCCtx(NULL)", ZSTD_freeCCtx(NULL));

    /* A parameter set of its own. */
    printf("-- CCtx_params\n");
    ZSTD_CCtx_params *params = ZSTD_createCCtxParams();
    res("CCtxParams_init 8", ZSTD_CCtxParams_init(params, 8));
    res("CCtxParams_setParameter checksum", ZSTD_CCtxParams_setParameter(params, ZSTD_c_checksumFlag, 1));
    res("CCtxParams_setParameter bad", ZSTD_CCtxParams_setParameter(params, ZSTD_c_hashLog, 99));
    res("CCtxParams_getParameter level", ZSTD_CCtxParams_getParameter(params, ZSTD_c_compressionLevel, &v));
    printf("  = %d\n", v);
    cctx = ZSTD_createCCtx();
    res("CCtx_setParametersUsingCCtxParams", ZSTD_CCtx_setParametersUsingCCtxParams(cctx, params));
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, sizeof src);
    out("compress2 with params level 8", c, comp);
    printf("estimateCCtxSize_usingCCtxParams > 0: %d, estimateCStreamSize_usingCCtxParams > 0: %d\n",
           ZSTD_estimateCCtxSize_usingCCtxParams(params) > 0,
           ZSTD_estimateCStreamSize_usingCCtxParams(params) > 0);
    ZSTD_parameters adv = ZSTD_getParams(6, sizeof src, 0);
    adv.cParams.windowLog = 16;
    adv.fParams.checksumFlag = 1;
    adv.fParams.contentSizeFlag = 0;
    res("CCtxParams_init_advanced", ZSTD_CCtxParams_init_advanced(params, adv));
    res("CCtxParams_getParameter windowLog", ZSTD_CCtxParams_getParameter(params, ZSTD_c_windowLog, &v));
    printf("  = %d\n", v);
    res("CCtxParams_getParameter checksum", ZSTD_CCtxParams_getParameter(params, ZSTD_c_checksumFlag, &v));
    printf("  = %d\n", v);
    ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters);
    res("CCtx_setParametersUsingCCtxParams (advanced)", ZSTD_CCtx_setParametersUsingCCtxParams(cctx, params));
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, sizeof src);
    out("compress2 with init_advanced params", c, comp);
    res("CCtxParams_reset", ZSTD_CCtxParams_reset(params));
    res("CCtxParams_getParameter level after reset", ZSTD_CCtxParams_getParameter(params, ZSTD_c_compressionLevel, &v));
    printf("  = %d\n", v);
    res("freeCCtxParams", ZSTD_freeCCtxParams(params));
    ZSTD_freeCCtx(cctx);

    /* compress_advanced: explicit parameters, no dictionary. */
    cctx = ZSTD_createCCtx();
    c = ZSTD_compress_advanced(cctx, comp, sizeof comp, src, sizeof src, NULL, 0, adv);
    out("compress_advanced", c, comp);
    same("  decompress", ZSTD_decompress(back, sizeof back, comp, c), back, src, sizeof src);
    ZSTD_freeCCtx(cctx);
}

static void estimates_and_static(void)
{
    printf("== estimates and static workspaces\n");
    ZSTD_compressionParameters cp = ZSTD_getCParams(3, sizeof src, 0);
    /* The sizes depend on the build: only their order is printed. */
    size_t cctx_est = ZSTD_estimateCCtxSize(3), cs_est = ZSTD_estimateCStreamSize(3);
    printf("estimateCCtxSize(3) > 0 %d, usingCParams <= it %d, CStream >= CCtx %d\n", cctx_est > 0,
           ZSTD_estimateCCtxSize_usingCParams(cp) <= cctx_est, cs_est >= cctx_est);
    printf("estimateCStreamSize_usingCParams > 0 %d\n", ZSTD_estimateCStreamSize_usingCParams(cp) > 0);
    size_t dctx_est = ZSTD_estimateDCtxSize(), ds_est = ZSTD_estimateDStreamSize(1 << 20);
    printf("estimateDCtxSize > 0 %d, DStream(1M) > DCtx %d\n", dctx_est > 0, ds_est > dctx_est);
    printf("estimateCDictSize(4096, 3) > 4096 %d, advanced byRef < byCopy %d, DDict byRef < byCopy %d\n",
           ZSTD_estimateCDictSize(4096, 3) > 4096,
           ZSTD_estimateCDictSize_advanced(4096, cp, ZSTD_dlm_byRef) <
               ZSTD_estimateCDictSize_advanced(4096, cp, ZSTD_dlm_byCopy),
           ZSTD_estimateDDictSize(4096, ZSTD_dlm_byRef) < ZSTD_estimateDDictSize(4096, ZSTD_dlm_byCopy));

    void *ws = malloc(cctx_est);
    ZSTD_CCtx *cctx = ZSTD_initStaticCCtx(ws, cctx_est);
    printf("initStaticCCtx: %s\n", cctx ? "ok" : "NULL");
    size_t c = ZSTD_compressCCtx(cctx, comp, sizeof comp, src, sizeof src, 3);
    out("compressCCtx in a static CCtx", c, comp);
    res("nbWorkers in a static CCtx", ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 2));
    printf("initStaticCCtx in 100 bytes: %s\n", ZSTD_initStaticCCtx(ws, 100) ? "ok" : "NULL");
    free(ws);

    ws = malloc(cs_est);
    ZSTD_CStream *cs = ZSTD_initStaticCStream(ws, cs_est);
    printf("initStaticCStream: %s\n", cs ? "ok" : "NULL");
    res("initCStream", ZSTD_initCStream(cs, 3));
    c = stream2(cs, src, sizeof src, comp2, sizeof comp2, ZSTD_e_continue);
    out("stream in a static CStream", c, comp2);
    free(ws);

    ws = malloc(dctx_est);
    ZSTD_DCtx *dctx = ZSTD_initStaticDCtx(ws, dctx_est);
    printf("initStaticDCtx: %s\n", dctx ? "ok" : "NULL");
    same("decompressDCtx in a static DCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp2, c), back, src,
         sizeof src);
    free(ws);
    /* The frame's window (2 MB: the stream's size was unknown) sets the
     * DStream's size. */
    ds_est = ZSTD_estimateDStreamSize_fromFrame(comp2, c);
    ws = malloc(ds_est);
    ZSTD_DStream *ds = ZSTD_initStaticDStream(ws, ds_est);
    printf("initStaticDStream: %s\n", ds ? "ok" : "NULL");
    res("initDStream", ZSTD_initDStream(ds));
    same("stream through a static DStream", dstream(ds, comp2, c, back, sizeof back), back, src, sizeof src);
    free(ws);

    size_t cd_est = ZSTD_estimateCDictSize_advanced(dict_size, cp, ZSTD_dlm_byCopy);
    ws = malloc(cd_est);
    const ZSTD_CDict *cdict = ZSTD_initStaticCDict(ws, cd_est, dict, dict_size, ZSTD_dlm_byCopy,
                                                   ZSTD_dct_auto, cp);
    printf("initStaticCDict: %s, dictID %s\n", cdict ? "ok" : "NULL",
           ZSTD_getDictID_fromCDict(cdict) == ZDICT_getDictID(dict, dict_size) ? "matches" : "differs");
    cctx = ZSTD_createCCtx();
    c = ZSTD_compress_usingCDict(cctx, comp, sizeof comp, samples, 2000, cdict);
    out("compress_usingCDict (static)", c, comp);
    ZSTD_freeCCtx(cctx);
    free(ws);
    size_t dd_est = ZSTD_estimateDDictSize(dict_size, ZSTD_dlm_byCopy);
    ws = malloc(dd_est);
    const ZSTD_DDict *ddict = ZSTD_initStaticDDict(ws, dd_est, dict, dict_size, ZSTD_dlm_byCopy, ZSTD_dct_auto);
    printf("initStaticDDict: %s\n", ddict ? "ok" : "NULL");
    dctx = ZSTD_createDCtx();
    same("decompress_usingDDict (static)", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, ddict),
         back, samples, 2000);
    ZSTD_freeDCtx(dctx);
    free(ws);
}

static void streaming(void)
{
    printf("== streaming\n");
    ZSTD_CStream *cs = ZSTD_createCStream();
    res("initCStream 4", ZSTD_initCStream(cs, 4));
    /* compressStream, flushStream and endStream, 6000 bytes at a time. */
    size_t written = 0, flushes = 0;
    for (size_t off = 0; off < sizeof src; off += 6000) {
        ZSTD_inBuffer ib = { src + off, sizeof src - off < 6000 ? sizeof src - off : 6000, 0 };
        while (ib.pos < ib.size) {
            ZSTD_outBuffer ob = { comp + written, sizeof comp - written, 0 };
            size_t r = ZSTD_compressStream(cs, &ob, &ib);
            if (ZSTD_isError(r)) {
                res("compressStream", r);
                break;
            }
            written += ob.pos;
        }
        if (off % 60000 == 0) {
            ZSTD_outBuffer ob = { comp + written, sizeof comp - written, 0 };
            size_t r = ZSTD_flushStream(cs, &ob);
            written += ob.pos;
            flushes += r == 0;
        }
    }
    size_t r;
    do {
        ZSTD_outBuffer ob = { comp + written, 1000, 0 };
        r = ZSTD_endStream(cs, &ob);
        written += ob.pos;
    } while (r != 0 && !ZSTD_isError(r));
    out("compressStream/flushStream/endStream", written, comp);
    printf("  complete flushes %zu, sizeof_CStream > 0: %d\n", flushes, ZSTD_sizeof_CStream(cs) > 0);
    ZSTD_frameProgression fp = ZSTD_getFrameProgression(cs);
    printf("  progression: ingested %llu consumed %llu produced %llu flushed %llu job %u workers %u\n",
           fp.ingested, fp.consumed, fp.produced, fp.flushed, fp.currentJobID, fp.nbActiveWorkers);
    res("  toFlushNow", ZSTD_toFlushNow(cs));

    /* The same data through the deprecated initialisers. */
    res("initCStream_srcSize", ZSTD_initCStream_srcSize(cs, 2, sizeof src));
    size_t c = stream2(cs, src, sizeof src, comp2, sizeof comp2, ZSTD_e_continue);
    out("  stream", c, comp2);
    printf("  frameContentSize %llu\n", ZSTD_getFrameContentSize(comp2, c));
    res("resetCStream 50000", ZSTD_resetCStream(cs, 50000));
    c = stream2(cs, src, 50000, comp2, sizeof comp2, ZSTD_e_flush);
    out("  stream with flushes", c, comp2);
    res("resetCStream wrong size", ZSTD_resetCStream(cs, 10));
    res("  stream too long", stream2(cs, src, 50000, comp2, sizeof comp2, ZSTD_e_continue));
    ZSTD_parameters p = ZSTD_getParams(3, 0, 0);
    p.fParams.checksumFlag = 1;
    res("initCStream_advanced", ZSTD_initCStream_advanced(cs, NULL, 0, p, 80000));
    c = stream2(cs, src, 80000, comp2, sizeof comp2, ZSTD_e_continue);
    out("  stream", c, comp2);
    res("freeCStream", ZSTD_freeCStream(cs));

    /* compressStream2_simpleArgs, the way bindings call it. */
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 6);
    size_t dpos = 0, spos = 0;
    r = ZSTD_compressStream2_simpleArgs(cctx, comp, 3000, &dpos, src, 20000, &spos, ZSTD_e_continue);
    printf("compressStream2_simpleArgs continue: r %s dpos %zu spos %zu\n", ZSTD_isError(r) ? "error" : "ok",
           dpos, spos);
    do {
        r = ZSTD_compressStream2_simpleArgs(cctx, comp, sizeof comp, &dpos, src, 20000, &spos, ZSTD_e_end);
    } while (r != 0 && !ZSTD_isError(r));
    out("compressStream2_simpleArgs end", dpos, comp);
    ZSTD_freeCCtx(cctx);

    ZSTD_DStream *ds = ZSTD_createDStream();
    res("initDStream", ZSTD_initDStream(ds));
    same("decompressStream", dstream(ds, comp, dpos, back, sizeof back), back, src, 20000);
    printf("  sizeof_DStream > 0: %d\n", ZSTD_sizeof_DStream(ds) > 0);
    res("resetDStream", ZSTD_resetDStream(ds));
    res("decompressStream truncated", dstream(ds, comp, dpos - 5, back, sizeof back));
    res("DCtx_reset session", ZSTD_DCtx_reset(ds, ZSTD_reset_session_only));
    size_t opos = 0, ipos = 0;
    r = ZSTD_decompressStream_simpleArgs(ds, back, 7000, &opos, comp, dpos, &ipos);
    printf("decompressStream_simpleArgs: r %s opos %zu\n", ZSTD_isError(r) ? "error" : "ok", opos);
    while (r != 0 && !ZSTD_isError(r))
        r = ZSTD_decompressStream_simpleArgs(ds, back, sizeof back, &opos, comp, dpos, &ipos);
    same("decompressStream_simpleArgs", opos, back, src, 20000);
    res("freeDStream", ZSTD_freeDStream(ds));
}

static void dictionaries(void)
{
    printf("== dictionary training\n");
    size_t d = ZDICT_trainFromBuffer(dict, sizeof dict, samples, sample_sizes, NB_SAMPLES);
    out("trainFromBuffer", d, dict);
    dict_size = d;
    printf("  dictID %u, header size %zu\n", ZDICT_getDictID(dict, d), ZDICT_getDictHeaderSize(dict, d));
    size_t e = ZDICT_trainFromBuffer(dict2, 100, samples, sample_sizes, NB_SAMPLES);
    printf("trainFromBuffer into 100 bytes: %s\n", ZDICT_isError(e) ? ZDICT_getErrorName(e) : "no error");
    e = ZDICT_trainFromBuffer(dict2, sizeof dict2, samples, sample_sizes, 3);
    printf("trainFromBuffer on 3 samples: %s\n", ZDICT_isError(e) ? ZDICT_getErrorName(e) : "no error");

    ZDICT_cover_params_t cover = { .k = 200, .d = 8, .nbThreads = 1, .zParams = { .compressionLevel = 3, .dictID = 1234 } };
    d = ZDICT_trainFromBuffer_cover(dict2, 2048, samples, sample_sizes, NB_SAMPLES, cover);
    out("trainFromBuffer_cover k200 d8", d, dict2);
    printf("  dictID %u\n", ZDICT_getDictID(dict2, d));
    ZDICT_cover_params_t ocover = { .d = 8, .steps = 4, .nbThreads = 1, .splitPoint = 0.8,
                                    .zParams = { .compressionLevel = 3 } };
    d = ZDICT_optimizeTrainFromBuffer_cover(dict2, 2048, samples, sample_sizes, NB_SAMPLES, &ocover);
    out("optimizeTrainFromBuffer_cover", d, dict2);
    printf("  chose k %u d %u steps %u split %.2f\n", ocover.k, ocover.d, ocover.steps, ocover.splitPoint);

    ZDICT_fastCover_params_t fast = { .k = 200, .d = 8, .f = 16, .accel = 2, .nbThreads = 1,
                                      .zParams = { .compressionLevel = 5 } };
    d = ZDICT_trainFromBuffer_fastCover(dict3, 2048, samples, sample_sizes, NB_SAMPLES, fast);
    out("trainFromBuffer_fastCover k200 d8 f16", d, dict3);
    ZDICT_fastCover_params_t ofast = { .d = 8, .f = 16, .steps = 4, .nbThreads = 1,
                                       .zParams = { .compressionLevel = 3 } };
    d = ZDICT_optimizeTrainFromBuffer_fastCover(dict3, 2048, samples, sample_sizes, NB_SAMPLES, &ofast);
    out("optimizeTrainFromBuffer_fastCover", d, dict3);
    printf("  chose k %u d %u f %u accel %u\n", ofast.k, ofast.d, ofast.f, ofast.accel);

    ZDICT_legacy_params_t legacy = { .selectivityLevel = 9, .zParams = { .compressionLevel = 3, .dictID = 42 } };
    d = ZDICT_trainFromBuffer_legacy(dict4, 2048, samples, sample_sizes, NB_SAMPLES, legacy);
    out("trainFromBuffer_legacy", d, dict4);
    printf("  dictID %u\n", ZDICT_getDictID(dict4, d));

    /* A dictionary from given content: the last 1000 bytes of samples. */
    ZDICT_params_t zp = { .compressionLevel = 6, .notificationLevel = 0, .dictID = 777 };
    d4_size = ZDICT_finalizeDictionary(dict4, sizeof dict4, samples + samples_total - 1000, 1000, samples,
                                       sample_sizes, NB_SAMPLES, zp);
    out("finalizeDictionary", d4_size, dict4);
    printf("  dictID %u, header size %zu\n", ZDICT_getDictID(dict4, d4_size), ZDICT_getDictHeaderSize(dict4, d4_size));
    printf("  header size of raw content: %s\n",
           ZDICT_isError(ZDICT_getDictHeaderSize(samples, 1000)) ? "error" : "no error");
    /* addEntropyTables: content at the end of the buffer, tables before. */
    memcpy(dict2 + sizeof dict2 - 1000, samples + samples_total - 1000, 1000);
    d = ZDICT_addEntropyTablesFromBuffer(dict2, 1000, sizeof dict2, samples, sample_sizes, NB_SAMPLES);
    out("addEntropyTablesFromBuffer", d, dict2);
    printf("  dictID from dict: %u, from raw content: %u\n", ZSTD_getDictID_fromDict(dict2, d),
           ZSTD_getDictID_fromDict(samples, 1000));

    printf("== dictionary use\n");
    const unsigned char *rec = samples + 5000; /* some records to compress */
    size_t rec_size = 3000;
    size_t plain = ZSTD_compress(comp, sizeof comp, rec, rec_size, 3);
    res("without dictionary", plain);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    size_t c = ZSTD_compress_usingDict(cctx, comp, sizeof comp, rec, rec_size, dict, dict_size, 3);
    out("compress_usingDict", c, comp);
    printf("  smaller %d, dictID from frame %s\n", c < plain,
           ZSTD_getDictID_fromFrame(comp, c) == ZDICT_getDictID(dict, dict_size) ? "matches" : "differs");
    same("decompress_usingDict", ZSTD_decompress_usingDict(dctx, back, sizeof back, comp, c, dict, dict_size), back,
         rec, rec_size);
    res("decompress without it", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c));
    res("decompress with another", ZSTD_decompress_usingDict(dctx, back, sizeof back, comp, c, dict4, d4_size));

    ZSTD_CDict *cd = ZSTD_createCDict(dict, dict_size, 3);
    ZSTD_CDict *cdr = ZSTD_createCDict_byReference(dict, dict_size, 3);
    ZSTD_DDict *dd = ZSTD_createDDict(dict, dict_size);
    ZSTD_DDict *ddr = ZSTD_createDDict_byReference(dict, dict_size);
    printf("dictIDs: CDict %s DDict %s\n",
           ZSTD_getDictID_fromCDict(cd) == ZDICT_getDictID(dict, dict_size) ? "match" : "differ",
           ZSTD_getDictID_fromDDict(dd) == ZDICT_getDictID(dict, dict_size) ? "match" : "differ");
    printf("sizeof: CDict byRef < byCopy %d, DDict byRef < byCopy %d\n", ZSTD_sizeof_CDict(cdr) < ZSTD_sizeof_CDict(cd),
           ZSTD_sizeof_DDict(ddr) < ZSTD_sizeof_DDict(dd));
    c = ZSTD_compress_usingCDict(cctx, comp, sizeof comp, rec, rec_size, cd);
    out("compress_usingCDict", c, comp);
    size_t c2 = ZSTD_compress_usingCDict(cctx, comp2, sizeof comp2, rec, rec_size, cdr);
    printf("  byReference the same: %d\n", c2 == c && !memcmp(comp, comp2, c));
    same("decompress_usingDDict", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, dd), back, rec,
         rec_size);
    same("decompress_usingDDict byReference", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, ddr),
         back, rec, rec_size);
    ZSTD_frameParameters fp = { .contentSizeFlag = 0, .checksumFlag = 1, .noDictIDFlag = 1 };
    c = ZSTD_compress_usingCDict_advanced(cctx, comp, sizeof comp, rec, rec_size, cd, fp);
    out("compress_usingCDict_advanced (no size, checksum, no dictID)", c, comp);
    printf("  dictID from frame %u, content size %llx\n", ZSTD_getDictID_fromFrame(comp, c),
           ZSTD_getFrameContentSize(comp, c));
    same("  decompress", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, dd), back, rec, rec_size);

    /* The advanced API: load, reference, prefixes. */
    res("CCtx_loadDictionary", ZSTD_CCtx_loadDictionary(cctx, dict, dict_size));
    c = ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size);
    out("compress2 with loaded dictionary", c, comp);
    res("DCtx_loadDictionary", ZSTD_DCtx_loadDictionary(dctx, dict, dict_size));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, rec, rec_size);
    res("CCtx_loadDictionary_byReference", ZSTD_CCtx_loadDictionary_byReference(cctx, dict, dict_size));
    c2 = ZSTD_compress2(cctx, comp2, sizeof comp2, rec, rec_size);
    printf("  the same: %d\n", c2 == c && !memcmp(comp, comp2, c));
    res("DCtx_loadDictionary_byReference", ZSTD_DCtx_loadDictionary_byReference(dctx, dict, dict_size));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp2, c2), back, rec, rec_size);
    /* The trained dictionary taken as raw content. */
    res("CCtx_loadDictionary_advanced raw", ZSTD_CCtx_loadDictionary_advanced(cctx, dict, dict_size, ZSTD_dlm_byCopy,
                                                                             ZSTD_dct_rawContent));
    c = ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size);
    out("  compress2", c, comp);
    res("DCtx_loadDictionary_advanced raw", ZSTD_DCtx_loadDictionary_advanced(dctx, dict, dict_size, ZSTD_dlm_byRef,
                                                                             ZSTD_dct_rawContent));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, rec, rec_size);
    /* Raw content taken as a full dictionary: refused when used. */
    res("CCtx_loadDictionary_advanced fullDict of raw", ZSTD_CCtx_loadDictionary_advanced(cctx, samples, 1000,
                                                                                          ZSTD_dlm_byCopy,
                                                                                          ZSTD_dct_fullDict));
    res("  compress2", ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size));
    ZSTD_CCtx_reset(cctx, ZSTD_reset_session_only);
    res("CCtx_refCDict", ZSTD_CCtx_refCDict(cctx, cd));
    c = ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size);
    out("  compress2", c, comp);
    res("DCtx_refDDict", ZSTD_DCtx_refDDict(dctx, dd));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, rec, rec_size);
    res("CCtx_refCDict(NULL)", ZSTD_CCtx_refCDict(cctx, NULL));
    /* A prefix: the data before rec. */
    res("CCtx_refPrefix", ZSTD_CCtx_refPrefix(cctx, rec - 4000, 4000));
    c = ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size);
    out("  compress2", c, comp);
    res("DCtx_refPrefix", ZSTD_DCtx_refPrefix(dctx, rec - 4000, 4000));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, rec, rec_size);
    res("  again without the prefix (it is used once)", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c));
    res("CCtx_refPrefix_advanced", ZSTD_CCtx_refPrefix_advanced(cctx, dict, dict_size, ZSTD_dct_rawContent));
    c = ZSTD_compress2(cctx, comp, sizeof comp, rec, rec_size);
    out("  compress2", c, comp);
    res("DCtx_refPrefix_advanced", ZSTD_DCtx_refPrefix_advanced(dctx, dict, dict_size, ZSTD_dct_rawContent));
    same("  decompressDCtx", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, rec, rec_size);

    /* Streams with dictionaries (the deprecated initialisers). */
    ZSTD_CStream *cs = ZSTD_createCStream();
    ZSTD_DStream *ds = ZSTD_createDStream();
    res("initCStream_usingDict", ZSTD_initCStream_usingDict(cs, dict, dict_size, 5));
    c = stream2(cs, rec, rec_size, comp, sizeof comp, ZSTD_e_continue);
    out("  stream", c, comp);
    res("initDStream_usingDict", ZSTD_initDStream_usingDict(ds, dict, dict_size));
    same("  decompressStream", dstream(ds, comp, c, back, sizeof back), back, rec, rec_size);
    res("initCStream_usingCDict", ZSTD_initCStream_usingCDict(cs, cd));
    c = stream2(cs, rec, rec_size, comp, sizeof comp, ZSTD_e_flush);
    out("  stream", c, comp);
    res("initDStream_usingDDict", ZSTD_initDStream_usingDDict(ds, dd));
    same("  decompressStream", dstream(ds, comp, c, back, sizeof back), back, rec, rec_size);
    res("initCStream_usingCDict_advanced", ZSTD_initCStream_usingCDict_advanced(cs, cd, fp, rec_size));
    c = stream2(cs, rec, rec_size, comp, sizeof comp, ZSTD_e_continue);
    out("  stream", c, comp);
    ZSTD_parameters p = ZSTD_getParams(7, rec_size, dict_size);
    res("initCStream_advanced with dictionary", ZSTD_initCStream_advanced(cs, dict, dict_size, p, rec_size));
    c = stream2(cs, rec, rec_size, comp, sizeof comp, ZSTD_e_continue);
    out("  stream", c, comp);
    ZSTD_initDStream_usingDict(ds, dict, dict_size);
    same("  decompressStream", dstream(ds, comp, c, back, sizeof back), back, rec, rec_size);
    ZSTD_freeCStream(cs);
    ZSTD_freeDStream(ds);

    res("freeCDict", ZSTD_freeCDict(cd));
    res("freeCDict byReference", ZSTD_freeCDict(cdr));
    res("freeDDict", ZSTD_freeDDict(dd));
    res("freeDDict byReference", ZSTD_freeDDict(ddr));
    ZSTD_freeCCtx(cctx);
    ZSTD_freeDCtx(dctx);
}

static void custom_memory(void)
{
    printf("== custom allocators\n");
    struct counter cc = { 0 }, dc = { 0 }, sc = { 0 }, tc = { 0 }, dictc = { 0 }, ddictc = { 0 }, pc = { 0 };
    ZSTD_customMem m = { count_alloc, count_free, &cc };
    ZSTD_CCtx *cctx = ZSTD_createCCtx_advanced(m);
    size_t c = ZSTD_compressCCtx(cctx, comp, sizeof comp, src, sizeof src, 3);
    out("compressCCtx, counted allocator", c, comp);
    ZSTD_freeCCtx(cctx);
    counted("  CCtx", &cc);

    m.opaque = &dc;
    ZSTD_DCtx *dctx = ZSTD_createDCtx_advanced(m);
    same("decompressDCtx, counted allocator", ZSTD_decompressDCtx(dctx, back, sizeof back, comp, c), back, src,
         sizeof src);
    ZSTD_freeDCtx(dctx);
    counted("  DCtx", &dc);

    m.opaque = &sc;
    ZSTD_CStream *cs = ZSTD_createCStream_advanced(m);
    ZSTD_initCStream(cs, 2);
    c = stream2(cs, src, sizeof src, comp, sizeof comp, ZSTD_e_continue);
    out("stream, counted allocator", c, comp);
    ZSTD_freeCStream(cs);
    counted("  CStream", &sc);
    m.opaque = &tc;
    ZSTD_DStream *ds = ZSTD_createDStream_advanced(m);
    same("decompressStream, counted allocator", dstream(ds, comp, c, back, sizeof back), back, src, sizeof src);
    ZSTD_freeDStream(ds);
    counted("  DStream", &tc);

    /* Dictionaries with the allocator. */
    m.opaque = &dictc;
    ZSTD_compressionParameters cp = ZSTD_getCParams(4, 3000, dict_size);
    ZSTD_CDict *cd = ZSTD_createCDict_advanced(dict, dict_size, ZSTD_dlm_byCopy, ZSTD_dct_auto, cp, m);
    printf("createCDict_advanced: %s, dictID %s\n", cd ? "ok" : "NULL",
           ZSTD_getDictID_fromCDict(cd) == ZDICT_getDictID(dict, dict_size) ? "matches" : "differs");
    m.opaque = &ddictc;
    ZSTD_DDict *dd = ZSTD_createDDict_advanced(dict, dict_size, ZSTD_dlm_byRef, ZSTD_dct_auto, m);
    printf("createDDict_advanced: %s\n", dd ? "ok" : "NULL");
    cctx = ZSTD_createCCtx();
    dctx = ZSTD_createDCtx();
    c = ZSTD_compress_usingCDict(cctx, comp, sizeof comp, samples + 5000, 3000, cd);
    out("  compress_usingCDict", c, comp);
    same("  decompress_usingDDict", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, dd), back,
         samples + 5000, 3000);
    /* advanced2: a CDict from a parameter set. */
    m.opaque = &pc;
    ZSTD_CCtx_params *params = ZSTD_createCCtxParams();
    ZSTD_CCtxParams_init(params, 9);
    ZSTD_CCtxParams_setParameter(params, ZSTD_c_checksumFlag, 1);
    ZSTD_CDict *cd2 = ZSTD_createCDict_advanced2(dict, dict_size, ZSTD_dlm_byCopy, ZSTD_dct_fullDict, params, m);
    printf("createCDict_advanced2: %s\n", cd2 ? "ok" : "NULL");
    c = ZSTD_compress_usingCDict(cctx, comp, sizeof comp, samples + 5000, 3000, cd2);
    out("  compress_usingCDict", c, comp);
    same("  decompress_usingDDict", ZSTD_decompress_usingDDict(dctx, back, sizeof back, comp, c, dd), back,
         samples + 5000, 3000);
    ZSTD_freeCDict(cd);
    ZSTD_freeCDict(cd2);
    ZSTD_freeDDict(dd);
    ZSTD_freeCCtxParams(params);
    ZSTD_freeCCtx(cctx);
    ZSTD_freeDCtx(dctx);
    counted("  CDict", &dictc);
    counted("  DDict", &ddictc);
    counted("  CDict advanced2", &pc);
    /* A half-set allocator is refused. */
    ZSTD_customMem half = { count_alloc, NULL, &cc };
    printf("createCCtx_advanced with alloc only: %s\n", ZSTD_createCCtx_advanced(half) ? "made" : "NULL");
    ZSTD_customMem none = { NULL, NULL, NULL };
    cctx = ZSTD_createCCtx_advanced(none);
    printf("createCCtx_advanced with the defaults: %s\n", cctx ? "made" : "NULL");
    ZSTD_freeCCtx(cctx);
    ZSTD_freeCCtx(ZSTD_createCCtx());
}

static void bufferless(void)
{
    printf("== buffer-less streaming\n");
    ZSTD_CCtx *cctx = ZSTD_createCCtx(), *copy = ZSTD_createCCtx();
    /* Frame in pieces of 20000: continue, continue, ..., end. */
    size_t n = 100000, written = 0;
    res("compressBegin 3", ZSTD_compressBegin(cctx, 3));
    res("copyCCtx", ZSTD_copyCCtx(copy, cctx, 30000));
    for (size_t off = 0; off < n; off += 20000) {
        size_t r = off + 20000 < n
                       ? ZSTD_compressContinue(cctx, comp + written, sizeof comp - written, src + off, 20000)
                       : ZSTD_compressEnd(cctx, comp + written, sizeof comp - written, src + off, 20000);
        if (ZSTD_isError(r)) {
            res("compressContinue", r);
            break;
        }
        written += r;
    }
    out("compressBegin/Continue/End", written, comp);
    size_t c = ZSTD_compressEnd(copy, comp2, sizeof comp2, src, 30000);
    out("compressEnd on the copy", c, comp2);
    res("compressContinue before begin", ZSTD_compressContinue(cctx, comp2, sizeof comp2, src, 100));

    ZSTD_DCtx *dctx = ZSTD_createDCtx(), *dcopy = ZSTD_createDCtx();
    res("decompressBegin", ZSTD_decompressBegin(dctx));
    size_t in = 0, outpos = 0, steps = 0, types[6] = { 0 };
    for (size_t need; (need = ZSTD_nextSrcSizeToDecompress(dctx)) != 0; steps++) {
        ZSTD_nextInputType_e t = ZSTD_nextInputType(dctx);
        if ((unsigned)t < 6)
            types[t]++;
        size_t r = ZSTD_decompressContinue(dctx, back + outpos, sizeof back - outpos, comp + in, need);
        if (ZSTD_isError(r)) {
            res("decompressContinue", r);
            break;
        }
        in += need;
        outpos += r;
    }
    same("decompressBegin/Continue", outpos, back, src, n);
    printf("  steps %zu: frame headers %zu block headers %zu blocks %zu last blocks %zu checksums %zu skippable %zu\n",
           steps, types[ZSTDnit_frameHeader], types[ZSTDnit_blockHeader], types[ZSTDnit_block],
           types[ZSTDnit_lastBlock], types[ZSTDnit_checksum], types[ZSTDnit_skippableFrame]);

    /* With dictionaries. */
    const unsigned char *rec = samples + 5000;
    res("compressBegin_usingDict", ZSTD_compressBegin_usingDict(cctx, dict, dict_size, 4));
    c = ZSTD_compressEnd(cctx, comp, sizeof comp, rec, 3000);
    out("  compressEnd", c, comp);
    res("decompressBegin_usingDict", ZSTD_decompressBegin_usingDict(dctx, dict, dict_size));
    ZSTD_copyDCtx(dcopy, dctx);
    in = outpos = 0;
    for (size_t need; (need = ZSTD_nextSrcSizeToDecompress(dcopy)) != 0;) {
        size_t r = ZSTD_decompressContinue(dcopy, back + outpos, sizeof back - outpos, comp + in, need);
        if (ZSTD_isError(r)) {
            res("decompressContinue", r);
            break;
        }
        in += need;
        outpos += r;
    }
    same("  decompressContinue on a copyDCtx", outpos, back, rec, 3000);
    ZSTD_parameters p = ZSTD_getParams(5, 3000, dict_size);
    p.fParams.checksumFlag = 1;
    res("compressBegin_advanced", ZSTD_compressBegin_advanced(cctx, dict, dict_size, p, 3000));
    c = ZSTD_compressEnd(cctx, comp, sizeof comp, rec, 3000);
    out("  compressEnd", c, comp);
    ZSTD_CDict *cd = ZSTD_createCDict(dict, dict_size, 3);
    ZSTD_DDict *dd = ZSTD_createDDict(dict, dict_size);
    res("compressBegin_usingCDict", ZSTD_compressBegin_usingCDict(cctx, cd));
    c = ZSTD_compressEnd(cctx, comp, sizeof comp, rec, 3000);
    out("  compressEnd", c, comp);
    ZSTD_frameParameters fp = { .contentSizeFlag = 1, .checksumFlag = 1, .noDictIDFlag = 0 };
    res("compressBegin_usingCDict_advanced", ZSTD_compressBegin_usingCDict_advanced(cctx, cd, fp, 3000));
    c = ZSTD_compressEnd(cctx, comp, sizeof comp, rec, 3000);
    out("  compressEnd", c, comp);
    res("decompressBegin_usingDDict", ZSTD_decompressBegin_usingDDict(dctx, dd));
    in = outpos = 0;
    for (size_t need; (need = ZSTD_nextSrcSizeToDecompress(dctx)) != 0;) {
        size_t r = ZSTD_decompressContinue(dctx, back + outpos, sizeof back - outpos, comp + in, need);
        if (ZSTD_isError(r)) {
            res("decompressContinue", r);
            break;
        }
        in += need;
        outpos += r;
    }
    same("  decompressContinue", outpos, back, rec, 3000);
    ZSTD_freeCDict(cd);
    ZSTD_freeDDict(dd);

    printf("== blocks\n");
    res("compressBegin 3", ZSTD_compressBegin(cctx, 3));
    size_t bs = ZSTD_getBlockSize(cctx);
    printf("getBlockSize %zu\n", bs);
    /* Block 1: text; block 2: noise (incompressible: stored by the
     * caller, inserted on decoding); block 3: text again. */
    static unsigned char plain[3 * 4000];
    memcpy(plain, src, 4000);
    lcg_state = 99;
    for (int i = 0; i < 4000; i++)
        plain[4000 + i] = (unsigned char)(lcg() >> 3);
    memcpy(plain + 8000, src + 2000, 4000);
    size_t sizes[3], offs[3], pos = 0;
    for (int i = 0; i < 3; i++) {
        offs[i] = pos;
        sizes[i] = ZSTD_compressBlock(cctx, comp + pos, sizeof comp - pos, plain + 4000 * i, 4000);
        printf("compressBlock %d: %zu%s\n", i, sizes[i], sizes[i] == 0 ? " (not compressible)" : "");
        pos += sizes[i];
    }
    printf("  hash of the blocks %016llx\n", hash(comp, pos));
    res("decompressBegin", ZSTD_decompressBegin(dctx));
    size_t got = 0;
    for (int i = 0; i < 3; i++) {
        /* A stored block is put in place by the caller, and told to the
         * decoder as history. */
        if (!sizes[i])
            memcpy(back + got, plain + 4000 * i, 4000);
        size_t r = sizes[i] ? ZSTD_decompressBlock(dctx, back + got, sizeof back - got, comp + offs[i], sizes[i])
                            : ZSTD_insertBlock(dctx, back + got, 4000);
        res(sizes[i] ? "decompressBlock" : "insertBlock", r);
        got += 4000;
    }
    same("blocks", got, back, plain, sizeof plain);
    ZSTD_freeCCtx(cctx);
    ZSTD_freeCCtx(copy);
    ZSTD_freeDCtx(dctx);
    ZSTD_freeDCtx(dcopy);
}

static void sequences(void)
{
    printf("== sequences\n");
    /* A context of its own: in 1.5.4, ZSTD_generateSequences leaves its
     * context collecting sequences, and compressing only raw blocks. */
    ZSTD_CCtx *gen = ZSTD_createCCtx();
    size_t n = 30000, cap = ZSTD_sequenceBound(n);
    ZSTD_Sequence *seqs = malloc(cap * sizeof *seqs);
    ZSTD_CCtx_setParameter(gen, ZSTD_c_compressionLevel, 3);
    size_t ns = ZSTD_generateSequences(gen, seqs, cap, src, n);
    res("generateSequences", ns);
    ZSTD_freeCCtx(gen);
    unsigned long long lit = 0, match = 0;
    size_t delimiters = 0;
    for (size_t i = 0; i < ns; i++) {
        lit += seqs[i].litLength;
        match += seqs[i].matchLength;
        delimiters += seqs[i].offset == 0 && seqs[i].matchLength == 0;
    }
    printf("  literals %llu + matches %llu, block delimiters %zu, hash %016llx\n", lit, match, delimiters,
           hash(seqs, ns * sizeof *seqs));
    size_t merged = ZSTD_mergeBlockDelimiters(seqs, ns);
    res("mergeBlockDelimiters", merged);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_blockDelimiters, ZSTD_sf_noBlockDelimiters);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_validateSequences, 1);
    size_t c = ZSTD_compressSequences(cctx, comp, sizeof comp, seqs, merged, src, n);
    out("compressSequences", c, comp);
    same("  decompress", ZSTD_decompress(back, sizeof back, comp, c), back, src, n);
    seqs[1].offset = 1000000; /* before the start of the data */
    res("compressSequences, wrong sequences", ZSTD_compressSequences(cctx, comp, sizeof comp, seqs, merged, src, n));
    free(seqs);

    printf("-- a sequence producer\n");
    struct producer_state st = { 0 };
    ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters);
    ZSTD_registerSequenceProducer(cctx, &st, greedy_producer);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 4);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 17);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_validateSequences, 1);
    c = ZSTD_compress2(cctx, comp, sizeof comp, src, 100000);
    out("compress2 with the greedy producer", c, comp);
    printf("  calls %u bytes %zu sequences %zu dict bytes %zu level %d window %zu\n", st.calls, st.bytes,
           st.sequences, st.dict_bytes, st.level, st.window);
    same("  decompress", ZSTD_decompress(back, sizeof back, comp, c), back, src, 100000);
    st = (struct producer_state){ 0 };
    c = stream2(cctx, src, 60000, comp, sizeof comp, ZSTD_e_flush);
    out("compressStream2 with the greedy producer", c, comp);
    printf("  calls %u bytes %zu\n", st.calls, st.bytes);
    res("  with nbWorkers 2", ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 2));
    res("  compress2", ZSTD_compress2(cctx, comp, sizeof comp, src, 1000));
    res("  CCtx_reset session", ZSTD_CCtx_reset(cctx, ZSTD_reset_session_only));
    res("  nbWorkers 0", ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 0));

    st = (struct producer_state){ 0 };
    ZSTD_registerSequenceProducer(cctx, &st, failing_producer);
    res("failing producer, no fallback", ZSTD_compress2(cctx, comp, sizeof comp, src, 50000));
    ZSTD_CCtx_reset(cctx, ZSTD_reset_session_only);
    res("  enableSeqProducerFallback", ZSTD_CCtx_setParameter(cctx, ZSTD_c_enableSeqProducerFallback, 1));
    c = ZSTD_compress2(cctx, comp2, sizeof comp2, src, 50000);
    out("failing producer, fallback", c, comp2);
    printf("  calls %u\n", st.calls);
    ZSTD_registerSequenceProducer(cctx, NULL, NULL);
    size_t c2 = ZSTD_compress2(cctx, comp, sizeof comp, src, 50000);
    printf("producer removed: the same bytes as the fallback %d, calls %u\n", c2 == c && !memcmp(comp, comp2, c),
           st.calls);
    ZSTD_freeCCtx(cctx);
}

static void threads(void)
{
    printf("== threads\n");
    size_t n = 1536 * 1024;
    unsigned char *big = malloc(n), *bc = malloc(ZSTD_compressBound(n)), *bb = malloc(n);
    make_text(big, n, 4242);
    size_t cap = ZSTD_compressBound(n);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 3);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    size_t c1 = ZSTD_compress2(cctx, bc, cap, big, n);
    out("compress2 nbWorkers 0", c1, bc);
    res("setParameter nbWorkers 2", ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 2));
    res("setParameter jobSize 512k", ZSTD_CCtx_setParameter(cctx, ZSTD_c_jobSize, 512 * 1024));
    int v;
    ZSTD_CCtx_getParameter(cctx, ZSTD_c_nbWorkers, &v);
    printf("  nbWorkers %d\n", v);
    size_t c = ZSTD_compress2(cctx, bc, cap, big, n);
    out("compress2 nbWorkers 2", c, bc);
    same("  decompress", ZSTD_decompress(bb, n, bc, c), bb, big, n);
    /* Streaming, in 100 KB pieces: several jobs on the workers. */
    size_t written = 0, r = 0;
    for (size_t off = 0; off < n; off += 100000) {
        ZSTD_inBuffer ib = { big + off, n - off < 100000 ? n - off : 100000, 0 };
        ZSTD_EndDirective e = off + ib.size == n ? ZSTD_e_end : ZSTD_e_continue;
        do {
            ZSTD_outBuffer ob = { bc + written, cap - written, 0 };
            r = ZSTD_compressStream2(cctx, &ob, &ib, e);
            written += ob.pos;
            /* The workers' progress at this point depends on timing: only
             * that these can be asked. */
            ZSTD_frameProgression fp = ZSTD_getFrameProgression(cctx);
            if (fp.consumed > fp.ingested || ZSTD_isError(ZSTD_toFlushNow(cctx)))
                printf("  odd progression\n");
        } while (!ZSTD_isError(r) && (e == ZSTD_e_end ? r != 0 : ib.pos < ib.size));
    }
    out("compressStream2 nbWorkers 2", written, bc);
    ZSTD_frameProgression fp = ZSTD_getFrameProgression(cctx);
    printf("  progression at the end: ingested %llu consumed %llu produced %llu flushed %llu\n", fp.ingested,
           fp.consumed, fp.produced, fp.flushed);
    same("  decompress", ZSTD_decompress(bb, n, bc, written), bb, big, n);

    /* A shared pool of 2 threads for two contexts. */
    ZSTD_threadPool *pool = ZSTD_createThreadPool(2);
    printf("createThreadPool: %s\n", pool ? "ok" : "NULL");
    ZSTD_CCtx *other = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(other, ZSTD_c_nbWorkers, 2);
    ZSTD_CCtx_setParameter(other, ZSTD_c_compressionLevel, 3);
    ZSTD_CCtx_setParameter(other, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(other, ZSTD_c_jobSize, 512 * 1024);
    res("CCtx_refThreadPool", ZSTD_CCtx_refThreadPool(cctx, pool));
    res("CCtx_refThreadPool other", ZSTD_CCtx_refThreadPool(other, pool));
    size_t ca = ZSTD_compress2(cctx, bc, cap, big, n);
    out("compress2 in the pool", ca, bc);
    size_t cb = ZSTD_compress2(other, bc, cap, big, n);
    printf("  other context the same: %d\n", ca == cb && ca == c);
    ZSTD_freeCCtx(cctx);
    ZSTD_freeCCtx(other);
    ZSTD_freeThreadPool(pool);
    ZSTD_freeThreadPool(NULL);
    free(big);
    free(bc);
    free(bb);
}

int main(void)
{
    make_text(src, sizeof src, 12345);
    make_samples();
    printf("source %d bytes %016llx, %d samples %zu bytes %016llx\n", SRC_SIZE, hash(src, sizeof src), NB_SAMPLES,
           samples_total, hash(samples, samples_total));
    versions_and_limits();
    errors();
    one_shot();
    contexts();
    dictionaries();
    estimates_and_static();
    streaming();
    custom_memory();
    bufferless();
    sequences();
    threads();
    return 0;
}
