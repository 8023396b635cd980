/* lzma-api.c - every function liblzma.so.5 exports (libs/lzma.def), for
 * the thunk-lzma-api workload: one-shot and streaming coders of every
 * format (.xz, .lzma, raw, lzip, MicroLZMA), the multithreaded encoder
 * and decoder, blocks, stream flags, filter properties and strings,
 * indexes and index hashes, lzma_file_info_decoder's seeks, custom
 * allocators (as lzma_stream.allocator and as direct arguments) and error
 * paths (corrupt, truncated and foreign input, bad options, memory
 * limits, a failing allocator).  Prints results, sizes and hashes of
 * output bytes only: the same on any architecture. */
#include <lzma.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each call on its own line, in order (printf's arguments are evaluated
 * in an unspecified order). */
#define P(expr) printf("%s = %lld\n", #expr, (long long)(expr))

/* FNV-1a: output bytes are compared by hash, computed here rather than by
 * the library under test. */
static uint64_t fnv(const uint8_t *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u;
    while (n--)
        h = (h ^ *p++) * 0x100000001b3u;
    return h;
}

static void show(const char *what, const uint8_t *p, size_t n)
{
    printf("%s: %zu bytes, hash %016llx\n", what, n, (unsigned long long)fnv(p, n));
}

/* A counting allocator, the library's callbacks: run as guest code under
 * ferry's thunks.  live must be back to 0 once everything is freed. */
struct counts {
    const char *name;
    long allocs, frees, live;
    long fail_after; /* fail the allocation after this many, if > 0 */
};
static void *count_alloc(void *opaque, size_t nmemb, size_t size)
{
    struct counts *c = opaque;
    if (c->fail_after > 0 && c->allocs >= c->fail_after)
        return NULL;
    c->allocs++;
    c->live++;
    return malloc(nmemb * size);
}
static void count_free(void *opaque, void *ptr)
{
    struct counts *c = opaque;
    if (ptr) {
        c->frees++;
        c->live--;
    }
    free(ptr);
}
static void show_counts(const struct counts *c)
{
    printf("allocator %s: %ld allocations, frees match: %s, live %ld\n", c->name, c->allocs,
           c->allocs == c->frees ? "yes" : "no", c->live);
}

static struct counts stream_counts = { .name = "stream" }, direct_counts = { .name = "direct" };
static const lzma_allocator stream_al = { count_alloc, count_free, &stream_counts };
static const lzma_allocator direct_al = { count_alloc, count_free, &direct_counts };

#define SRC_SIZE 300000
static uint8_t src[SRC_SIZE], comp[SRC_SIZE + 8192], comp2[SRC_SIZE + 8192], back[SRC_SIZE + 4096];

/* Run s over in[0..n) into out (at most cap), feeding in_chunk bytes and
 * offering out_chunk bytes of room at a time, LZMA_FINISH once all the
 * input is in; *outn gets the output size.  Returns the first result
 * other than LZMA_OK; those that only tell something (LZMA_GET_CHECK,
 * LZMA_NO_CHECK, LZMA_UNSUPPORTED_CHECK, if asked for) are printed and
 * decoding goes on. */
static lzma_ret pump(lzma_stream *s, const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *outn,
                     size_t in_chunk, size_t out_chunk)
{
    size_t in_pos = 0, out_pos = 0;
    lzma_ret r = LZMA_OK;
    s->next_in = NULL; /* not what an earlier use left */
    s->avail_in = 0;
    for (long guard = 0; guard < 10000000; guard++) {
        if (s->avail_in == 0 && in_pos < n) {
            s->next_in = in + in_pos;
            s->avail_in = n - in_pos < in_chunk ? n - in_pos : in_chunk;
            in_pos += s->avail_in;
        }
        size_t room = cap - out_pos < out_chunk ? cap - out_pos : out_chunk;
        s->next_out = out + out_pos;
        s->avail_out = room;
        r = lzma_code(s, in_pos == n && s->avail_in == 0 ? LZMA_FINISH : LZMA_RUN);
        out_pos += room - s->avail_out;
        if (r == LZMA_GET_CHECK || r == LZMA_NO_CHECK || r == LZMA_UNSUPPORTED_CHECK) {
            printf("  (told %d, the check: %d)\n", r, (int)lzma_get_check(s));
            continue;
        }
        if (r != LZMA_OK)
            break;
        if (out_pos == cap) {
            r = LZMA_BUF_ERROR; /* ours: the output buffer is full */
            break;
        }
    }
    *outn = out_pos;
    return r;
}

static void fill_src(void)
{
    static const char *const words[] = { "liblzma", "thunk", "host", "guest", "arm64", "x86-64",
                                         "stream", "block", "index", "filter", "delta", "preset" };
    uint32_t seed = 12345;
    size_t i = 0;
    while (i < SRC_SIZE) {
        seed = seed * 1103515245 + 12345;
        const char *w = words[(seed >> 16) % 12];
        char num[16];
        int k = snprintf(num, sizeof num, "%u ", (seed >> 4) % 1000);
        for (const char *p = w; *p && i < SRC_SIZE; p++)
            src[i++] = (uint8_t)*p;
        for (int j = 0; j < k && i < SRC_SIZE; j++)
            src[i++] = (uint8_t)num[j];
        /* A stretch of little-endian 32-bit numbers now and then: for the
         * delta and BCJ filters. */
        if ((seed & 0x3f00) == 0)
            for (uint32_t v = 0; v < 64 && i + 4 <= SRC_SIZE; v++, i += 4)
                memcpy(src + i, &(uint32_t){ v * 1000u + seed % 7 }, 4);
    }
}

static void version_and_hardware(void)
{
    printf("== version and hardware\n");
    printf("version number %s, string %s\n", lzma_version_number() == LZMA_VERSION ? "matches" : "differs",
           strcmp(lzma_version_string(), LZMA_VERSION_STRING) ? "differs" : "matches");
    printf("physmem > 0: %d, cputhreads > 0: %d\n", lzma_physmem() > 0, lzma_cputhreads() > 0);
}

static void checks_and_vli(void)
{
    printf("== checks and integers\n");
    for (int c = 0; c <= LZMA_CHECK_ID_MAX + 1; c++)
        printf("check %d: supported %d size %u\n", c, (int)lzma_check_is_supported((lzma_check)c),
               lzma_check_size((lzma_check)c));
    uint32_t c32 = lzma_crc32(src, 1000, 0);
    printf("crc32 %08x, in two parts %08x, of nothing %08x\n", c32,
           lzma_crc32(src + 400, 600, lzma_crc32(src, 400, 0)), lzma_crc32(src, 0, 0));
    uint64_t c64 = lzma_crc64(src, 1000, 0);
    printf("crc64 %016llx, in two parts %016llx\n", (unsigned long long)c64,
           (unsigned long long)lzma_crc64(src + 7, 993, lzma_crc64(src, 7, 0)));

    static const lzma_vli values[] = { 0, 1, 127, 128, 300, 16383, 16384, 0x123456789abcULL, LZMA_VLI_MAX };
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
        uint8_t buf[LZMA_VLI_BYTES_MAX];
        size_t pos = 0, vpos = 0;
        lzma_ret r = lzma_vli_encode(values[k], NULL, buf, &pos, sizeof buf);
        lzma_vli got = 0;
        size_t in_pos = 0;
        lzma_ret r2 = lzma_vli_decode(&got, NULL, buf, &in_pos, pos);
        /* And a byte at a time (the multi-call mode, vli_pos kept by us). */
        size_t out2 = 0;
        uint8_t buf2[LZMA_VLI_BYTES_MAX];
        lzma_ret r3 = LZMA_OK;
        while (r3 == LZMA_OK)
            r3 = lzma_vli_encode(values[k], &vpos, buf2, &out2, out2 + 1);
        lzma_vli got2 = 0;
        size_t vpos2 = 0, in2 = 0;
        lzma_ret r4 = LZMA_OK;
        while (r4 == LZMA_OK && in2 < out2)
            r4 = lzma_vli_decode(&got2, &vpos2, buf2, &in2, in2 + 1);
        printf("vli %llx: size %u, encode %d (%zu bytes %02x..%02x), decode %d %s; multi-call %d %d %s\n",
               (unsigned long long)values[k], lzma_vli_size(values[k]), r, pos, buf[0], buf[pos - 1], r2,
               got == values[k] ? "same" : "differs", r3, r4,
               got2 == values[k] && !memcmp(buf, buf2, pos) ? "same" : "differs");
    }
    size_t pos = 0;
    uint8_t buf[LZMA_VLI_BYTES_MAX];
    P(lzma_vli_encode(LZMA_VLI_MAX + 1, NULL, buf, &pos, sizeof buf));
    P(lzma_vli_size(LZMA_VLI_UNKNOWN));
    static const uint8_t overlong[] = { 0x80, 0x00 }; /* a needless zero byte */
    lzma_vli v = 0;
    size_t in_pos = 0;
    P(lzma_vli_decode(&v, NULL, overlong, &in_pos, sizeof overlong));
}

static void support_and_presets(void)
{
    printf("== filters, match finders, modes, presets\n");
    static const lzma_vli ids[] = { LZMA_FILTER_LZMA1, LZMA_FILTER_LZMA1EXT, LZMA_FILTER_LZMA2, LZMA_FILTER_DELTA,
                                    LZMA_FILTER_X86,   LZMA_FILTER_POWERPC,  LZMA_FILTER_IA64,  LZMA_FILTER_ARM,
                                    LZMA_FILTER_ARMTHUMB, LZMA_FILTER_SPARC, LZMA_FILTER_ARM64, 0x0B,
                                    LZMA_VLI_UNKNOWN };
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++)
        printf("filter %#llx: encoder %d decoder %d\n", (unsigned long long)ids[k],
               (int)lzma_filter_encoder_is_supported(ids[k]), (int)lzma_filter_decoder_is_supported(ids[k]));
    static const int mfs[] = { LZMA_MF_HC3, LZMA_MF_HC4, LZMA_MF_BT2, LZMA_MF_BT3, LZMA_MF_BT4, 0x15, 0 };
    for (size_t k = 0; k < sizeof mfs / sizeof mfs[0]; k++)
        printf("match finder %#x: %d\n", mfs[k], (int)lzma_mf_is_supported((lzma_match_finder)mfs[k]));
    for (int m = 0; m <= 3; m++)
        printf("mode %d: %d\n", m, (int)lzma_mode_is_supported((lzma_mode)m));
    static const uint32_t presets[] = { 0, 1, 3, 6, 9, 0 | LZMA_PRESET_EXTREME, 6 | LZMA_PRESET_EXTREME, 10,
                                        1u << 30 };
    for (size_t k = 0; k < sizeof presets / sizeof presets[0]; k++) {
        lzma_options_lzma o;
        memset(&o, 0, sizeof o);
        lzma_bool bad = lzma_lzma_preset(&o, presets[k]);
        printf("preset %#x: failed %d", presets[k], (int)bad);
        if (!bad)
            printf(" dict %u lc %u lp %u pb %u mode %d nice %u mf %#x depth %u", o.dict_size, o.lc, o.lp, o.pb,
                   (int)o.mode, o.nice_len, (unsigned)o.mf, o.depth);
        printf("; memusage encoder %llu decoder %llu\n", (unsigned long long)lzma_easy_encoder_memusage(presets[k]),
               (unsigned long long)lzma_easy_decoder_memusage(presets[k]));
    }
}

/* One-shot coders. */
static void buffers(void)
{
    printf("== one-shot buffers\n");
    P(lzma_stream_buffer_bound(SRC_SIZE));
    P(lzma_stream_buffer_bound(0));
    P(lzma_block_buffer_bound(SRC_SIZE));
    size_t out_pos = 0;
    lzma_ret r = lzma_easy_buffer_encode(3, LZMA_CHECK_CRC64, &direct_al, src, SRC_SIZE, comp, &out_pos, sizeof comp);
    printf("easy_buffer_encode %d\n", r);
    show("  preset 3 crc64", comp, out_pos);
    size_t clen = out_pos;

    uint64_t memlimit = UINT64_MAX;
    size_t in_pos = 0, back_pos = 0;
    r = lzma_stream_buffer_decode(&memlimit, 0, &direct_al, comp, &in_pos, clen, back, &back_pos, sizeof back);
    printf("stream_buffer_decode %d: in %zu out %zu same %d\n", r, in_pos, back_pos,
           back_pos == SRC_SIZE && !memcmp(back, src, SRC_SIZE));
    /* Memory limit too low: the error, and the limit it would need. */
    memlimit = 1000;
    in_pos = back_pos = 0;
    r = lzma_stream_buffer_decode(&memlimit, 0, NULL, comp, &in_pos, clen, back, &back_pos, sizeof back);
    printf("with a 1000-byte limit: %d, needs %llu\n", r, (unsigned long long)memlimit);
    /* Output too small; truncated input; a flipped byte. */
    memlimit = UINT64_MAX;
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0, NULL, comp, &in_pos, clen, back, &back_pos, 1000));
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0, NULL, comp, &in_pos, clen - 20, back, &back_pos, sizeof back));
    memcpy(comp2, comp, clen);
    comp2[clen / 2] ^= 0x55;
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0, NULL, comp2, &in_pos, clen, back, &back_pos, sizeof back));
    /* A flipped byte of the index (just before the 12-byte footer), then
     * of the block's check (8 bytes before the index, whose size the
     * footer gives): errors, the second ignored with LZMA_IGNORE_CHECK. */
    memcpy(comp2, comp, clen);
    comp2[clen - 13] ^= 1;
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0, NULL, comp2, &in_pos, clen, back, &back_pos, sizeof back));
    lzma_stream_flags foot;
    P(lzma_stream_footer_decode(&foot, comp + clen - LZMA_STREAM_HEADER_SIZE));
    P(foot.backward_size);
    memcpy(comp2, comp, clen);
    comp2[clen - LZMA_STREAM_HEADER_SIZE - foot.backward_size - 8] ^= 1;
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0, NULL, comp2, &in_pos, clen, back, &back_pos, sizeof back));
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, LZMA_IGNORE_CHECK, NULL, comp2, &in_pos, clen, back, &back_pos,
                                sizeof back));
    P(back_pos);
    in_pos = back_pos = 0;
    P(lzma_stream_buffer_decode(&memlimit, 0x40, NULL, comp, &in_pos, clen, back, &back_pos, sizeof back));
    P(lzma_easy_buffer_encode(10, LZMA_CHECK_CRC32, NULL, src, 100, comp2, &out_pos, sizeof comp2));

    /* A filter chain: x86 BCJ, delta, LZMA2 with chosen options. */
    lzma_options_lzma o2;
    lzma_lzma_preset(&o2, 2);
    o2.lc = 1;
    o2.lp = 2;
    o2.pb = 2;
    lzma_options_delta dopt = { .type = LZMA_DELTA_TYPE_BYTE, .dist = 4 };
    lzma_options_bcj bopt = { .start_offset = 16 };
    lzma_filter chain[] = { { LZMA_FILTER_X86, &bopt },
                            { LZMA_FILTER_DELTA, &dopt },
                            { LZMA_FILTER_LZMA2, &o2 },
                            { LZMA_VLI_UNKNOWN, NULL } };
    out_pos = 0;
    r = lzma_stream_buffer_encode(chain, LZMA_CHECK_SHA256, &direct_al, src, SRC_SIZE, comp, &out_pos, sizeof comp);
    printf("stream_buffer_encode x86+delta+lzma2 sha256: %d\n", r);
    show("  chain", comp, out_pos);
    memlimit = UINT64_MAX;
    in_pos = back_pos = 0;
    r = lzma_stream_buffer_decode(&memlimit, 0, NULL, comp, &in_pos, out_pos, back, &back_pos, sizeof back);
    printf("  back %d same %d\n", r, back_pos == SRC_SIZE && !memcmp(back, src, SRC_SIZE));
    in_pos = back_pos = 0; /* the flags that tell are for lzma_code only */
    P(lzma_stream_buffer_decode(&memlimit, LZMA_TELL_ANY_CHECK, NULL, comp, &in_pos, out_pos, back, &back_pos,
                                sizeof back));

    /* Raw: no container, the decoder needs the same chain. */
    printf("raw memusage encoder %llu decoder %llu\n", (unsigned long long)lzma_raw_encoder_memusage(chain),
           (unsigned long long)lzma_raw_decoder_memusage(chain));
    out_pos = 0;
    r = lzma_raw_buffer_encode(chain, &direct_al, src, SRC_SIZE, comp, &out_pos, sizeof comp);
    printf("raw_buffer_encode %d\n", r);
    show("  raw", comp, out_pos);
    in_pos = back_pos = 0;
    r = lzma_raw_buffer_decode(chain, &direct_al, comp, &in_pos, out_pos, back, &back_pos, sizeof back);
    printf("  raw_buffer_decode %d in %zu out %zu same %d\n", r, in_pos, back_pos,
           back_pos == SRC_SIZE && !memcmp(back, src, SRC_SIZE));
    o2.lc = 4; /* lc + lp > 4: LZMA2 refuses */
    out_pos = 0;
    P(lzma_raw_buffer_encode(chain, NULL, src, 100, comp, &out_pos, sizeof comp));
    P(lzma_raw_encoder_memusage(chain));
    o2.lc = 1;
    lzma_filter none[] = { { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_raw_buffer_encode(none, NULL, src, 100, comp, &out_pos, sizeof comp));
}

/* Streaming .xz: the counting allocator as lzma_stream.allocator, small
 * chunks, flushes, progress, memory use and limits, errors. */
static void streams(void)
{
    printf("== streams\n");
    lzma_stream s = LZMA_STREAM_INIT;
    s.allocator = &stream_al;
    P(lzma_easy_encoder(&s, 2 | LZMA_PRESET_EXTREME, LZMA_CHECK_CRC32));
    P(lzma_memusage(&s));
    P(lzma_get_check(&s)); /* an encoder's: LZMA_CHECK_NONE */
    size_t n = 0, total = 0;
    lzma_ret r = LZMA_OK;
    /* Three parts: a sync flush and a full flush between them. */
    static const lzma_action flushes[] = { LZMA_SYNC_FLUSH, LZMA_FULL_FLUSH, LZMA_FINISH };
    static const size_t cuts[] = { 70000, 200000, SRC_SIZE };
    size_t from = 0;
    for (int k = 0; k < 3; k++) {
        s.next_in = src + from;
        s.avail_in = cuts[k] - from;
        from = cuts[k];
        do {
            s.next_out = comp + total;
            s.avail_out = 4096 < sizeof comp - total ? 4096 : sizeof comp - total;
            size_t room = s.avail_out;
            r = lzma_code(&s, s.avail_in > 20000 ? LZMA_RUN : flushes[k]);
            total += room - s.avail_out;
        } while (r == LZMA_OK);
        uint64_t pin, pout;
        lzma_get_progress(&s, &pin, &pout);
        printf("after part %d: %d, in %llu out %llu, progress %s\n", k, r, (unsigned long long)s.total_in,
               (unsigned long long)s.total_out, pin == s.total_in && pout == s.total_out ? "same" : "differs");
    }
    show("  flushed stream", comp, total);
    P(lzma_code(&s, LZMA_RUN)); /* after the end: LZMA_STREAM_END again */
    lzma_end(&s);
    size_t clen = total;

    /* Decoding: with every flag that tells, in small pieces. */
    lzma_stream d = LZMA_STREAM_INIT;
    d.allocator = &stream_al;
    P(lzma_stream_decoder(&d, UINT64_MAX, LZMA_TELL_ANY_CHECK | LZMA_TELL_UNSUPPORTED_CHECK | LZMA_TELL_NO_CHECK));
    r = pump(&d, comp, clen, back, sizeof back, &n, 777, 3000);
    printf("decode %d: %zu bytes, same %d, check %d\n", r, n, n == SRC_SIZE && !memcmp(back, src, n),
           (int)lzma_get_check(&d));
    lzma_end(&d);

    /* A memory limit: stops with LZMA_MEMLIMIT_ERROR, goes on once raised. */
    P(lzma_stream_decoder(&d, 4096, 0));
    P(lzma_memlimit_get(&d));
    d.next_in = comp;
    d.avail_in = clen;
    d.next_out = back;
    d.avail_out = sizeof back;
    P(lzma_code(&d, LZMA_RUN));
    uint64_t need = lzma_memusage(&d);
    P(need);
    P(lzma_memlimit_set(&d, need - 1));
    P(lzma_memlimit_set(&d, need));
    P(lzma_memlimit_get(&d));
    P(lzma_code(&d, LZMA_FINISH));
    P(d.total_out);
    lzma_end(&d);

    /* Two streams and padding in one: LZMA_CONCATENATED reads them all. */
    memcpy(comp2, comp, clen);
    memset(comp2 + clen, 0, 8);
    size_t out2 = 0;
    lzma_easy_buffer_encode(0, LZMA_CHECK_NONE, NULL, src, 5000, comp2 + clen + 8, &out2,
                            sizeof comp2 - clen - 8);
    size_t both = clen + 8 + out2;
    static uint8_t big[SRC_SIZE + 6000];
    P(lzma_stream_decoder(&d, UINT64_MAX, LZMA_CONCATENATED | LZMA_TELL_NO_CHECK));
    r = pump(&d, comp2, both, big, sizeof big, &n, 5000, 65536);
    printf("concatenated %d: %zu bytes, same %d\n", r, n,
           n == SRC_SIZE + 5000 && !memcmp(big, src, SRC_SIZE) && !memcmp(big + SRC_SIZE, src, 5000));
    lzma_end(&d);
    /* Without the flag, only the first. */
    P(lzma_stream_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, comp2, both, big, sizeof big, &n, 5000, 65536);
    printf("first only %d: %zu bytes, %llu read\n", r, n, (unsigned long long)d.total_in);
    lzma_end(&d);

    /* Errors: corrupt data, truncation, not .xz, bad flags, bad check. */
    memcpy(comp2, comp, clen);
    comp2[clen / 3] ^= 0x10;
    P(lzma_stream_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, comp2, clen, back, sizeof back, &n, 4096, 4096);
    printf("corrupt: %d\n", r);
    lzma_end(&d);
    P(lzma_stream_decoder(&d, UINT64_MAX, LZMA_FAIL_FAST));
    r = pump(&d, comp, clen - 30, back, sizeof back, &n, 4096, 4096);
    printf("truncated: %d, %zu bytes out\n", r, n);
    lzma_end(&d);
    P(lzma_stream_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, (const uint8_t *)"this is not xz data", 19, back, sizeof back, &n, 100, 100);
    printf("not xz: %d\n", r);
    lzma_end(&d);
    P(lzma_stream_decoder(&d, UINT64_MAX, 0x8000));
    P(lzma_easy_encoder(&d, 6, (lzma_check)3));
    P(lzma_easy_encoder(&d, 6, (lzma_check)16));
    lzma_end(&d);

    /* The encoder with a filter chain of its own, changed mid-stream
     * after a full flush (lzma_filters_update), sha256 check. */
    lzma_options_lzma o;
    lzma_lzma_preset(&o, 1);
    lzma_filter chain[] = { { LZMA_FILTER_LZMA2, &o }, { LZMA_VLI_UNKNOWN, NULL }, { 0, NULL } };
    P(lzma_stream_encoder(&s, chain, LZMA_CHECK_SHA256));
    s.next_in = src;
    s.avail_in = 100000;
    s.next_out = comp;
    s.avail_out = sizeof comp;
    while ((r = lzma_code(&s, LZMA_FULL_FLUSH)) == LZMA_OK)
        ;
    P(r);
    lzma_options_delta dopt = { .type = LZMA_DELTA_TYPE_BYTE, .dist = 2 };
    lzma_options_lzma o3;
    lzma_lzma_preset(&o3, 3);
    lzma_filter chain2[] = { { LZMA_FILTER_DELTA, &dopt }, { LZMA_FILTER_LZMA2, &o3 }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_filters_update(&s, chain2));
    s.next_in = src + 100000;
    s.avail_in = SRC_SIZE - 100000;
    while ((r = lzma_code(&s, LZMA_FINISH)) == LZMA_OK)
        ;
    P(r);
    show("  updated chain", comp, s.total_out);
    clen = s.total_out;
    lzma_end(&s);
    P(lzma_stream_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, comp, clen, back, sizeof back, &n, 65536, 65536);
    printf("  back %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);

    /* lzma_auto_decoder on .xz, .lzma and garbage. */
    P(lzma_auto_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, comp, clen, back, sizeof back, &n, 10000, 10000);
    printf("auto on .xz: %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
}

/* The .lzma (alone), raw streaming, lzip and MicroLZMA formats. */
static void other_formats(void)
{
    printf("== .lzma, raw, lzip, MicroLZMA\n");
    lzma_stream s = LZMA_STREAM_INIT, d = LZMA_STREAM_INIT;
    s.allocator = d.allocator = &stream_al;
    lzma_options_lzma o;
    lzma_lzma_preset(&o, 1);
    o.dict_size = 1u << 20;
    size_t n, clen;
    P(lzma_alone_encoder(&s, &o));
    lzma_ret r = pump(&s, src, SRC_SIZE, comp, sizeof comp, &clen, 50000, 8192);
    printf("alone encoder %d\n", r);
    show("  .lzma", comp, clen);
    lzma_end(&s);
    P(lzma_alone_decoder(&d, UINT64_MAX));
    r = pump(&d, comp, clen, back, sizeof back, &n, 3333, 8192);
    printf("  alone decoder %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    P(lzma_alone_decoder(&d, 1000));
    r = pump(&d, comp, clen, back, sizeof back, &n, 3333, 8192);
    printf("  with a 1000-byte limit %d\n", r);
    lzma_end(&d);
    P(lzma_auto_decoder(&d, UINT64_MAX, LZMA_TELL_NO_CHECK));
    r = pump(&d, comp, clen, back, sizeof back, &n, 3333, 8192);
    printf("  auto on .lzma %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    o.lc = 9;
    P(lzma_alone_encoder(&s, &o));
    lzma_end(&s);
    o.lc = 3;

    /* Raw LZMA1 with its end marker: the payload of an lzip member. */
    lzma_filter l1[] = { { LZMA_FILTER_LZMA1, &o }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_raw_encoder(&s, l1));
    uint8_t *lz = comp2;
    static const uint8_t lzip_head[] = { 'L', 'Z', 'I', 'P', 1, 0x14 }; /* version 1, 2^20 dictionary */
    memcpy(lz, lzip_head, 6);
    size_t body;
    r = pump(&s, src, SRC_SIZE, lz + 6, sizeof comp2 - 6 - 20, &body, 40000, 16384);
    printf("raw lzma1 %d\n", r);
    lzma_end(&s);
    uint32_t crc = lzma_crc32(src, SRC_SIZE, 0);
    uint64_t dsize = SRC_SIZE, msize = 6 + body + 20;
    for (int k = 0; k < 4; k++)
        lz[6 + body + k] = (uint8_t)(crc >> 8 * k);
    for (int k = 0; k < 8; k++) {
        lz[6 + body + 4 + k] = (uint8_t)(dsize >> 8 * k);
        lz[6 + body + 12 + k] = (uint8_t)(msize >> 8 * k);
    }
    show("  lzip member", lz, msize);
    P(lzma_lzip_decoder(&d, UINT64_MAX, LZMA_CONCATENATED));
    r = pump(&d, lz, msize, back, sizeof back, &n, 9000, 9000);
    printf("  lzip decoder %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    P(lzma_auto_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, lz, msize, back, sizeof back, &n, 9000, 9000);
    printf("  auto on lzip %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    lz[6 + body] ^= 1; /* the CRC32 */
    P(lzma_lzip_decoder(&d, UINT64_MAX, 0));
    r = pump(&d, lz, msize, back, sizeof back, &n, 9000, 9000);
    printf("  bad crc %d\n", r);
    lzma_end(&d);
    P(lzma_lzip_decoder(&d, UINT64_MAX, LZMA_IGNORE_CHECK));
    r = pump(&d, lz, msize, back, sizeof back, &n, 9000, 9000);
    printf("  ignoring it %d\n", r);
    lzma_end(&d);

    /* Raw streaming with delta + LZMA2, options changed after a sync flush. */
    lzma_options_delta dopt = { .type = LZMA_DELTA_TYPE_BYTE, .dist = 1 };
    lzma_options_lzma o2;
    lzma_lzma_preset(&o2, 0);
    lzma_filter raw[] = { { LZMA_FILTER_DELTA, &dopt }, { LZMA_FILTER_LZMA2, &o2 }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_raw_encoder(&s, raw));
    s.next_in = src;
    s.avail_in = 50000;
    s.next_out = comp;
    s.avail_out = sizeof comp;
    while ((r = lzma_code(&s, LZMA_SYNC_FLUSH)) == LZMA_OK)
        ;
    P(r);
    lzma_options_lzma o3 = o2;
    o3.lc = 0;
    o3.lp = 0;
    o3.pb = 0;
    lzma_filter raw2[] = { { LZMA_FILTER_DELTA, &dopt }, { LZMA_FILTER_LZMA2, &o3 }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_filters_update(&s, raw2));
    lzma_filter raw3[] = { { LZMA_FILTER_LZMA2, &o3 }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_filters_update(&s, raw3)); /* a different chain: refused */
    s.next_in = src + 50000;
    s.avail_in = 100000;
    while ((r = lzma_code(&s, LZMA_FINISH)) == LZMA_OK)
        ;
    P(r);
    clen = s.total_out;
    show("  raw delta+lzma2", comp, clen);
    lzma_end(&s);
    P(lzma_raw_decoder(&d, raw));
    r = pump(&d, comp, clen, back, sizeof back, &n, 1000, 1000);
    printf("  raw decoder %d same %d\n", r, n == 150000 && !memcmp(back, src, n));
    lzma_end(&d);

    /* MicroLZMA: as much input as fits in 5000 bytes of output. */
    lzma_options_lzma mo;
    lzma_lzma_preset(&mo, 4);
    P(lzma_microlzma_encoder(&s, &mo));
    s.next_in = src;
    s.avail_in = SRC_SIZE;
    s.next_out = comp;
    s.avail_out = 5000;
    P(lzma_code(&s, LZMA_FINISH));
    uint64_t used = s.total_in, csize = s.total_out;
    P(used);
    P(csize);
    show("  microlzma", comp, csize);
    lzma_end(&s);
    P(lzma_microlzma_decoder(&d, csize, used, 1, mo.dict_size));
    r = pump(&d, comp, csize, back, sizeof back, &n, 1000, 1000);
    printf("  microlzma decoder %d same %d\n", r, n == used && !memcmp(back, src, n));
    lzma_end(&d);
    /* Not exact: the size is an upper bound (lzma_bool false). */
    P(lzma_microlzma_decoder(&d, csize, used + 100, 0, mo.dict_size));
    r = pump(&d, comp, csize, back, sizeof back, &n, 1000, 1000);
    printf("  inexact size %d, %zu bytes\n", r, n);
    lzma_end(&d);
}

/* Multithreaded encoding and decoding, two threads.  NULL allocator: the
 * workers call it from threads of their own (under ferry's thunks, host
 * threads, which cannot run guest callbacks). */
static void threads(void)
{
    printf("== threads\n");
    lzma_mt mt;
    memset(&mt, 0, sizeof mt);
    mt.threads = 2;
    mt.block_size = 64 * 1024;
    mt.preset = 3;
    mt.check = LZMA_CHECK_CRC64;
    /* In MiB: it counts the threads' mutexes, bigger on arm64. */
    P(lzma_stream_encoder_mt_memusage(&mt) >> 20);
    lzma_stream s = LZMA_STREAM_INIT;
    P(lzma_stream_encoder_mt(&s, &mt));
    size_t clen, n;
    lzma_ret r = pump(&s, src, SRC_SIZE, comp, sizeof comp, &clen, 30000, 10000);
    uint64_t pin, pout;
    lzma_get_progress(&s, &pin, &pout);
    printf("mt encoder %d, progress in %llu, out %s\n", r, (unsigned long long)pin,
           pout == clen ? "all" : "partial");
    show("  mt preset 3", comp, clen);
    lzma_end(&s);
    /* The same with a filter chain instead of a preset. */
    lzma_options_lzma o;
    lzma_lzma_preset(&o, 1);
    lzma_filter chain[] = { { LZMA_FILTER_X86, NULL }, { LZMA_FILTER_LZMA2, &o }, { LZMA_VLI_UNKNOWN, NULL } };
    mt.filters = chain;
    mt.block_size = 100000;
    P(lzma_stream_encoder_mt(&s, &mt));
    size_t clen2;
    r = pump(&s, src, SRC_SIZE, comp2, sizeof comp2, &clen2, 100000, 65536);
    printf("mt encoder with a chain %d\n", r);
    show("  mt x86+lzma2", comp2, clen2);
    lzma_end(&s);
    mt.threads = 0;
    P(lzma_stream_encoder_mt(&s, &mt));
    P(lzma_stream_encoder_mt_memusage(&mt));
    lzma_end(&s);

    lzma_mt dm;
    memset(&dm, 0, sizeof dm);
    dm.threads = 2;
    dm.flags = LZMA_TELL_ANY_CHECK;
    dm.memlimit_threading = UINT64_MAX;
    dm.memlimit_stop = UINT64_MAX;
    lzma_stream d = LZMA_STREAM_INIT;
    P(lzma_stream_decoder_mt(&d, &dm));
    r = pump(&d, comp, clen, back, sizeof back, &n, 16384, 16384);
    printf("mt decoder %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    dm.flags = 0;
    P(lzma_stream_decoder_mt(&d, &dm));
    r = pump(&d, comp2, clen2, back, sizeof back, &n, 65536, 65536);
    printf("mt decoder on the chain %d same %d\n", r, n == SRC_SIZE && !memcmp(back, src, n));
    lzma_end(&d);
    /* Corrupt input, and a stop limit too low. */
    comp[clen / 2] ^= 0x80;
    P(lzma_stream_decoder_mt(&d, &dm));
    r = pump(&d, comp, clen, back, sizeof back, &n, 16384, 16384);
    printf("mt decoder on corrupt input %d\n", r);
    lzma_end(&d);
    comp[clen / 2] ^= 0x80;
    dm.memlimit_stop = 10000;
    dm.memlimit_threading = 10000;
    P(lzma_stream_decoder_mt(&d, &dm));
    r = pump(&d, comp, clen, back, sizeof back, &n, 16384, 16384);
    printf("mt decoder with a 10000-byte limit %d\n", r);
    lzma_end(&d);
    dm.threads = 0;
    P(lzma_stream_decoder_mt(&d, &dm));
    lzma_end(&d);
}

static void stream_flags(void)
{
    printf("== stream flags\n");
    lzma_stream_flags f = { .version = 0, .check = LZMA_CHECK_CRC64, .backward_size = 64 };
    uint8_t head[LZMA_STREAM_HEADER_SIZE], foot[LZMA_STREAM_HEADER_SIZE];
    P(lzma_stream_header_encode(&f, head));
    P(lzma_stream_footer_encode(&f, foot));
    show("header", head, sizeof head);
    show("footer", foot, sizeof foot);
    lzma_stream_flags g, h;
    P(lzma_stream_header_decode(&g, head));
    P(lzma_stream_footer_decode(&h, foot));
    printf("decoded: check %d %d, backward size %llu %llu\n", (int)g.check, (int)h.check,
           (unsigned long long)g.backward_size, (unsigned long long)h.backward_size);
    P(lzma_stream_flags_compare(&g, &h));
    h.check = LZMA_CHECK_CRC32;
    P(lzma_stream_flags_compare(&g, &h));
    f.backward_size = 3; /* not a multiple of four */
    P(lzma_stream_footer_encode(&f, foot));
    head[7] ^= 1;
    P(lzma_stream_header_decode(&g, head));
    head[0] = 'X';
    P(lzma_stream_header_decode(&g, head));
    foot[10] = 'X';
    P(lzma_stream_footer_decode(&h, foot));
}

/* Filter properties, filter flags, copies, and filter strings. */
static void filters(void)
{
    printf("== filter properties and flags\n");
    lzma_options_lzma o;
    lzma_lzma_preset(&o, 5);
    o.lc = 2;
    o.pb = 1;
    lzma_options_delta dopt = { .type = LZMA_DELTA_TYPE_BYTE, .dist = 7 };
    lzma_options_bcj bopt = { .start_offset = 0x1000 };
    lzma_filter fs[] = { { LZMA_FILTER_LZMA1, &o },   { LZMA_FILTER_LZMA2, &o },  { LZMA_FILTER_DELTA, &dopt },
                         { LZMA_FILTER_ARM64, &bopt }, { LZMA_FILTER_ARM64, NULL }, { LZMA_FILTER_SPARC, NULL } };
    for (size_t k = 0; k < sizeof fs / sizeof fs[0]; k++) {
        uint32_t size = 99, fsize = 99;
        lzma_ret r = lzma_properties_size(&size, &fs[k]);
        uint8_t props[16] = { 0 };
        lzma_ret r2 = lzma_properties_encode(&fs[k], props);
        printf("filter %#llx: properties %d size %u encode %d:", (unsigned long long)fs[k].id, r, size, r2);
        for (uint32_t b = 0; b < size && b < sizeof props; b++)
            printf(" %02x", props[b]);
        lzma_filter dec = { .id = fs[k].id, .options = NULL };
        lzma_ret r3 = lzma_properties_decode(&dec, &direct_al, props, size);
        printf("; decode %d", r3);
        if (r3 == LZMA_OK && dec.options && (dec.id == LZMA_FILTER_LZMA1 || dec.id == LZMA_FILTER_LZMA2)) {
            const lzma_options_lzma *d = dec.options;
            printf(" (dict %u lc %u lp %u pb %u)", d->dict_size, d->lc, d->lp, d->pb);
        } else if (r3 == LZMA_OK && dec.id == LZMA_FILTER_DELTA) {
            printf(" (dist %u)", ((const lzma_options_delta *)dec.options)->dist);
        } else if (r3 == LZMA_OK && dec.options) {
            printf(" (start %u)", ((const lzma_options_bcj *)dec.options)->start_offset);
        }
        /* Options are allocated with the allocator we gave. */
        direct_al.free(direct_al.opaque, dec.options);
        lzma_ret r4 = lzma_filter_flags_size(&fsize, &fs[k]);
        uint8_t flags[32];
        size_t pos = 0;
        lzma_ret r5 = lzma_filter_flags_encode(&fs[k], flags, &pos, sizeof flags);
        printf("; flags %d size %u encode %d", r4, fsize, r5);
        if (r5 == LZMA_OK) {
            lzma_filter back_f = { 0 };
            size_t in_pos = 0;
            lzma_ret r6 = lzma_filter_flags_decode(&back_f, &direct_al, flags, &in_pos, pos);
            printf(" decode %d id %#llx read %zu", r6, (unsigned long long)back_f.id, in_pos);
            direct_al.free(direct_al.opaque, back_f.options);
        }
        printf("\n");
    }
    static const uint8_t bad_props[] = { 0xe1, 0, 0, 0, 0 }; /* lc/lp/pb out of range */
    lzma_filter dec = { .id = LZMA_FILTER_LZMA1 };
    P(lzma_properties_decode(&dec, NULL, bad_props, sizeof bad_props));
    dec.id = 0x7777;
    P(lzma_properties_decode(&dec, NULL, bad_props, 1));
    uint32_t size;
    P(lzma_properties_size(&size, &dec));

    /* Copies of a chain, freed with the allocator of the copy. */
    lzma_filter chain[] = { { LZMA_FILTER_DELTA, &dopt }, { LZMA_FILTER_LZMA2, &o }, { LZMA_VLI_UNKNOWN, NULL } };
    lzma_filter copy[LZMA_FILTERS_MAX + 1];
    P(lzma_filters_copy(chain, copy, &direct_al));
    printf("copy: ids %#llx %#llx, options copied %d %d, dist %u dict %u\n", (unsigned long long)copy[0].id,
           (unsigned long long)copy[1].id, copy[0].options != chain[0].options,
           copy[1].options != chain[1].options, ((lzma_options_delta *)copy[0].options)->dist,
           ((lzma_options_lzma *)copy[1].options)->dict_size);
    lzma_filters_free(copy, &direct_al);
    printf("freed: id %#llx\n", (unsigned long long)copy[0].id);
    P(lzma_filters_copy(chain, copy, NULL));
    lzma_filters_free(copy, NULL);
    lzma_filter unknown[] = { { 0x7777, &dopt }, { LZMA_VLI_UNKNOWN, NULL } };
    P(lzma_filters_copy(unknown, copy, NULL));

    printf("== filter strings\n");
    static const char *const strs[] = { "lzma2",
                                        "6e",
                                        "x86:start=16 delta:dist=4 lzma2:preset=2,lc=1,lp=2",
                                        "--arm64 --lzma2=dict=1MiB,mf=hc4,mode=fast",
                                        "lzma1:pb=0",
                                        "lzma2:lc=5",
                                        "lzma2:foo=1",
                                        "delta:dist=300",
                                        "",
                                        "x86 x86 x86 x86 lzma2" };
    for (size_t k = 0; k < sizeof strs / sizeof strs[0]; k++) {
        lzma_filter f[LZMA_FILTERS_MAX + 1];
        int err = -1;
        const char *msg = lzma_str_to_filters(strs[k], &err, f, 0, &direct_al);
        printf("\"%s\": %s at %d", strs[k], msg ? msg : "ok", err);
        if (!msg) {
            char *back_s = NULL;
            lzma_ret r = lzma_str_from_filters(&back_s, f, LZMA_STR_ENCODER, &direct_al);
            printf(" -> %d \"%s\"", r, back_s ? back_s : "");
            direct_al.free(direct_al.opaque, back_s);
            r = lzma_str_from_filters(&back_s, f, LZMA_STR_GETOPT_LONG | LZMA_STR_NO_SPACES, &direct_al);
            printf(" -> %d \"%s\"", r, back_s ? back_s : "");
            direct_al.free(direct_al.opaque, back_s);
            lzma_filters_free(f, &direct_al);
        }
        printf("\n");
    }
    /* Flags: decoder-only options, no validation, a bad flag. */
    lzma_filter f[LZMA_FILTERS_MAX + 1];
    int err = -1;
    const char *msg = lzma_str_to_filters("lzma2:preset=9", &err, f, LZMA_STR_ALL_FILTERS, NULL);
    printf("all filters: %s\n", msg ? msg : "ok");
    char *s = NULL;
    P(lzma_str_from_filters(&s, f, LZMA_STR_DECODER, NULL));
    printf("decoder view: %s\n", s);
    free(s); /* documented: free() for a NULL allocator */
    lzma_filters_free(f, NULL);
    msg = lzma_str_to_filters("lzma2 x86", &err, f, LZMA_STR_NO_VALIDATION, NULL);
    printf("no validation: %s at %d\n", msg ? msg : "ok", err);
    if (!msg)
        lzma_filters_free(f, NULL);
    msg = lzma_str_to_filters("lzma2", &err, f, 0x4000, NULL);
    printf("bad flag: %s\n", msg ? msg : "ok");
    s = (char *)"untouched";
    P(lzma_str_from_filters(&s, unknown, 0, NULL));
    printf("after it: %s\n", s ? s : "NULL");

    s = NULL;
    P(lzma_str_list_filters(&s, LZMA_VLI_UNKNOWN, 0, &direct_al));
    printf("decoders/encoders: %s\n", s);
    direct_al.free(direct_al.opaque, s);
    P(lzma_str_list_filters(&s, LZMA_VLI_UNKNOWN, LZMA_STR_ALL_FILTERS | LZMA_STR_ENCODER, &direct_al));
    printf("all, encoder: %s\n", s);
    direct_al.free(direct_al.opaque, s);
    P(lzma_str_list_filters(&s, LZMA_FILTER_LZMA2, LZMA_STR_GETOPT_LONG, NULL));
    printf("lzma2 long: %s\n", s);
    free(s);
    P(lzma_str_list_filters(&s, 0x7777, 0, NULL));
}

/* Blocks: header size, encoding, decoding, sizes, buffers. */
static void blocks(void)
{
    printf("== blocks\n");
    lzma_options_lzma o;
    lzma_lzma_preset(&o, 1);
    lzma_filter chain[] = { { LZMA_FILTER_LZMA2, &o }, { LZMA_VLI_UNKNOWN, NULL } };
    lzma_block b = { .version = 1, .check = LZMA_CHECK_CRC32, .filters = chain,
                     .compressed_size = LZMA_VLI_UNKNOWN, .uncompressed_size = LZMA_VLI_UNKNOWN };
    /* The header's size depends on the sizes it holds, known only once
     * the data is encoded: data first (into comp2), then the header. */
    P(lzma_block_header_size(&b));
    P(b.header_size);
    lzma_stream s = LZMA_STREAM_INIT;
    s.allocator = &stream_al;
    P(lzma_block_encoder(&s, &b));
    size_t data;
    lzma_ret r = pump(&s, src, 100000, comp2, sizeof comp2, &data, 7000, 7000);
    P(r);
    lzma_end(&s);
    printf("sizes: compressed %llu uncompressed %llu\n", (unsigned long long)b.compressed_size,
           (unsigned long long)b.uncompressed_size);
    P(lzma_block_header_size(&b));
    P(b.header_size);
    P(lzma_block_header_encode(&b, comp));
    P(lzma_block_unpadded_size(&b));
    P(lzma_block_total_size(&b));
    memcpy(comp + b.header_size, comp2, data);
    size_t total = b.header_size + data;
    show("block", comp, total);

    /* Decode: header, then the data with the block decoder. */
    lzma_filter dec_f[LZMA_FILTERS_MAX + 1];
    lzma_block d = { .version = 1, .check = LZMA_CHECK_CRC32, .filters = dec_f };
    d.header_size = lzma_block_header_size_decode(comp[0]);
    P(d.header_size);
    P(lzma_block_header_decode(&d, &direct_al, comp));
    printf("decoded header: filter %#llx, compressed %llu uncompressed %llu, dict %u\n",
           (unsigned long long)dec_f[0].id, (unsigned long long)d.compressed_size,
           (unsigned long long)d.uncompressed_size, ((lzma_options_lzma *)dec_f[0].options)->dict_size);
    P(lzma_block_compressed_size(&d, lzma_block_unpadded_size(&b)));
    P(lzma_block_compressed_size(&d, 3)); /* smaller than the header: wrong */
    lzma_stream ds = LZMA_STREAM_INIT;
    ds.allocator = &stream_al;
    P(lzma_block_decoder(&ds, &d));
    size_t n;
    r = pump(&ds, comp + d.header_size, total - d.header_size, back, sizeof back, &n, 5000, 5000);
    printf("block decoder %d same %d, check %02x%02x%02x%02x\n", r, n == 100000 && !memcmp(back, src, n),
           d.raw_check[0], d.raw_check[1], d.raw_check[2], d.raw_check[3]);
    lzma_end(&ds);
    size_t in_pos = d.header_size, out_pos = 0;
    r = lzma_block_buffer_decode(&d, &direct_al, comp, &in_pos, total, back, &out_pos, sizeof back);
    printf("block_buffer_decode %d in %zu out %zu same %d\n", r, in_pos, out_pos,
           out_pos == 100000 && !memcmp(back, src, out_pos));
    lzma_filters_free(dec_f, &direct_al);
    comp[1] ^= 1;
    d.filters = dec_f;
    P(lzma_block_header_decode(&d, &direct_al, comp));
    comp[1] ^= 1;

    /* One-shot block encoders. */
    lzma_block b2 = { .version = 1, .check = LZMA_CHECK_SHA256, .filters = chain };
    size_t pos = 0;
    P(lzma_block_buffer_encode(&b2, &direct_al, src, 50000, comp, &pos, sizeof comp));
    show("  block_buffer_encode", comp, pos);
    lzma_block b3 = { .version = 1, .check = LZMA_CHECK_CRC64, .filters = chain };
    size_t pos3 = 0;
    P(lzma_block_uncomp_encode(&b3, src, 50000, comp2, &pos3, sizeof comp2));
    show("  block_uncomp_encode", comp2, pos3);
    lzma_block d3 = { .version = 1, .check = LZMA_CHECK_CRC64, .filters = dec_f };
    d3.header_size = lzma_block_header_size_decode(comp2[0]);
    P(lzma_block_header_decode(&d3, NULL, comp2));
    in_pos = d3.header_size;
    out_pos = 0;
    r = lzma_block_buffer_decode(&d3, NULL, comp2, &in_pos, pos3, back, &out_pos, sizeof back);
    printf("  stored block back %d same %d\n", r, out_pos == 50000 && !memcmp(back, src, out_pos));
    lzma_filters_free(dec_f, NULL);
    pos = 0;
    P(lzma_block_buffer_encode(&b2, NULL, src, 50000, comp, &pos, 100)); /* no room */
    b2.version = 7;
    P(lzma_block_buffer_encode(&b2, NULL, src, 50000, comp, &pos, sizeof comp));
}

static void show_index(lzma_index *i)
{
    printf("index: streams %llu blocks %llu size %llu stream size %llu total %llu file %llu uncompressed %llu "
           "checks %#x\n",
           (unsigned long long)lzma_index_stream_count(i), (unsigned long long)lzma_index_block_count(i),
           (unsigned long long)lzma_index_size(i), (unsigned long long)lzma_index_stream_size(i),
           (unsigned long long)lzma_index_total_size(i), (unsigned long long)lzma_index_file_size(i),
           (unsigned long long)lzma_index_uncompressed_size(i), lzma_index_checks(i));
}

static void show_iter(const char *what, const lzma_index_iter *it)
{
    printf("  %s: stream %llu (%llu blocks, at %llu/%llu) block %llu in file, %llu in stream, at %llu/%llu, "
           "sizes %llu %llu %llu\n",
           what, (unsigned long long)it->stream.number, (unsigned long long)it->stream.block_count,
           (unsigned long long)it->stream.compressed_offset, (unsigned long long)it->stream.uncompressed_offset,
           (unsigned long long)it->block.number_in_file, (unsigned long long)it->block.number_in_stream,
           (unsigned long long)it->block.compressed_file_offset,
           (unsigned long long)it->block.uncompressed_file_offset, (unsigned long long)it->block.unpadded_size,
           (unsigned long long)it->block.total_size, (unsigned long long)it->block.uncompressed_size);
}

static void indexes(void)
{
    printf("== indexes\n");
    P(lzma_index_memusage(1, 1000));
    P(lzma_index_memusage(UINT64_MAX, 1)); /* too many: UINT64_MAX */
    lzma_index *a = lzma_index_init(&direct_al);
    printf("init: %s\n", a ? "ok" : "NULL");
    P(lzma_index_memused(a));
    P(lzma_index_append(a, &direct_al, 1000, 3000));
    P(lzma_index_append(a, &direct_al, 2001, 5000));
    P(lzma_index_append(a, &direct_al, 0, 10)); /* unpadded size 0: invalid */
    lzma_stream_flags f = { .version = 0, .check = LZMA_CHECK_SHA256, .backward_size = LZMA_VLI_UNKNOWN };
    P(lzma_index_stream_flags(a, &f));
    P(lzma_index_stream_padding(a, 8));
    P(lzma_index_stream_padding(a, 3)); /* not a multiple of four */
    show_index(a);
    /* b goes into a, and is freed with a's allocator: the same. */
    lzma_index *b = lzma_index_init(&direct_al);
    P(lzma_index_append(b, &direct_al, 517, 700));
    f.check = LZMA_CHECK_CRC32;
    P(lzma_index_stream_flags(b, &f));
    P(lzma_index_cat(a, b, &direct_al)); /* b belongs to a now */
    show_index(a);
    lzma_index *c = lzma_index_dup(a, &direct_al);
    printf("dup: %s\n", c ? "ok" : "NULL");
    show_index(c);

    lzma_index_iter it;
    lzma_index_iter_init(&it, a);
    while (!lzma_index_iter_next(&it, LZMA_INDEX_ITER_ANY))
        show_iter("any", &it);
    lzma_index_iter_rewind(&it);
    while (!lzma_index_iter_next(&it, LZMA_INDEX_ITER_STREAM))
        show_iter("stream", &it);
    lzma_index_iter_rewind(&it);
    P(lzma_index_iter_next(&it, LZMA_INDEX_ITER_NONEMPTY_BLOCK));
    P(lzma_index_iter_next(&it, (lzma_index_iter_mode)9)); /* bad mode: true */
    P(lzma_index_iter_locate(&it, 4000));
    show_iter("locate 4000", &it);
    P(lzma_index_iter_locate(&it, 8699));
    show_iter("locate 8699", &it);
    P(lzma_index_iter_locate(&it, 8700)); /* past the end: true */

    /* Encoded: one-shot and streaming, decoded both ways, and the hash. */
    uint8_t enc[256], enc2[256];
    size_t pos = 0;
    lzma_index *one = lzma_index_init(NULL);
    P(lzma_index_append(one, NULL, 1000, 3000));
    P(lzma_index_append(one, NULL, 2001, 5000));
    P(lzma_index_append(one, NULL, 77, 70));
    P(lzma_index_buffer_encode(one, enc, &pos, sizeof enc));
    show("  index field", enc, pos);
    size_t small = 0;
    P(lzma_index_buffer_encode(one, enc2, &small, 5));
    lzma_stream s = LZMA_STREAM_INIT;
    s.allocator = &stream_al;
    P(lzma_index_encoder(&s, one));
    size_t n;
    lzma_ret r = pump(&s, NULL, 0, enc2, sizeof enc2, &n, 1, 3);
    printf("index encoder %d: %zu bytes, same %d\n", r, n, n == pos && !memcmp(enc, enc2, n));
    lzma_end(&s);

    lzma_index *got = NULL;
    uint64_t memlimit = UINT64_MAX;
    size_t in_pos = 0;
    P(lzma_index_buffer_decode(&got, &memlimit, &direct_al, enc, &in_pos, pos));
    show_index(got);
    lzma_index_end(got, &direct_al);
    memlimit = 10;
    in_pos = 0;
    got = NULL;
    P(lzma_index_buffer_decode(&got, &memlimit, NULL, enc, &in_pos, pos));
    P(memlimit);
    memlimit = UINT64_MAX;
    in_pos = 0;
    memcpy(enc2, enc, pos);
    enc2[pos - 1] ^= 1; /* its CRC32 */
    P(lzma_index_buffer_decode(&got, &memlimit, NULL, enc2, &in_pos, pos));

    got = NULL;
    P(lzma_index_decoder(&s, &got, UINT64_MAX));
    uint8_t sink[16];
    r = pump(&s, enc, pos, sink, sizeof sink, &n, 2, 16);
    printf("index decoder %d, index %s\n", r, got ? "set" : "NULL");
    lzma_end(&s);
    if (got) {
        show_index(got);
        lzma_index_end(got, &stream_al);
    }
    P(lzma_index_decoder(&s, &got, 1));
    r = pump(&s, enc, pos, sink, sizeof sink, &n, 2, 16);
    printf("index decoder with a limit of 1: %d\n", r);
    lzma_end(&s);

    lzma_index_hash *h = lzma_index_hash_init(NULL, &direct_al);
    printf("hash init: %s\n", h ? "ok" : "NULL");
    P(lzma_index_hash_append(h, 1000, 3000));
    P(lzma_index_hash_append(h, 2001, 5000));
    P(lzma_index_hash_append(h, 77, 70));
    P(lzma_index_hash_size(h));
    in_pos = 0;
    P(lzma_index_hash_decode(h, enc, &in_pos, pos));
    /* Reused for a list that does not match. */
    h = lzma_index_hash_init(h, &direct_al);
    P(lzma_index_hash_append(h, 1000, 3001));
    in_pos = 0;
    P(lzma_index_hash_decode(h, enc, &in_pos, pos));
    lzma_index_hash_end(h, &direct_al);

    lzma_index_end(a, &direct_al);
    lzma_index_end(c, &direct_al);
    lzma_index_end(one, NULL);
}

/* lzma_file_info_decoder over a file of two streams and padding, read
 * through a "file" of 4096-byte reads that seeks where it is told. */
static void file_info(void)
{
    printf("== file info\n");
    size_t p1 = 0, p2 = 0;
    lzma_mt mt;
    memset(&mt, 0, sizeof mt);
    mt.threads = 1;
    mt.block_size = 50000;
    mt.preset = 0;
    mt.check = LZMA_CHECK_CRC32;
    lzma_stream s = LZMA_STREAM_INIT;
    /* lzma_stream_encoder_mt with one thread: still blocks with sizes. */
    P(lzma_stream_encoder_mt(&s, &mt));
    lzma_ret r = pump(&s, src, SRC_SIZE, comp, sizeof comp, &p1, SRC_SIZE, sizeof comp);
    lzma_end(&s);
    memset(comp + p1, 0, 12);
    lzma_easy_buffer_encode(1, LZMA_CHECK_SHA256, NULL, src, 40000, comp + p1 + 12, &p2, sizeof comp - p1 - 12);
    size_t size = p1 + 12 + p2;
    printf("file: %d, %zu bytes\n", r, size);

    lzma_index *idx = NULL;
    s.allocator = &stream_al;
    P(lzma_file_info_decoder(&s, &idx, UINT64_MAX, size));
    size_t pos = 0;
    int seeks = 0;
    for (int guard = 0; guard < 100000; guard++) {
        if (s.avail_in == 0 && pos < size) {
            s.next_in = comp + pos;
            s.avail_in = size - pos < 4096 ? size - pos : 4096;
            pos += s.avail_in;
        }
        r = lzma_code(&s, LZMA_RUN);
        if (r == LZMA_SEEK_NEEDED) {
            seeks++;
            pos = (size_t)s.seek_pos;
            s.avail_in = 0;
            continue;
        }
        if (r != LZMA_OK)
            break;
    }
    printf("file info %d after %d seeks, index %s\n", r, seeks, idx ? "set" : "NULL");
    lzma_end(&s);
    if (idx) {
        show_index(idx);
        lzma_index_iter it;
        lzma_index_iter_init(&it, idx);
        while (!lzma_index_iter_next(&it, LZMA_INDEX_ITER_BLOCK))
            show_iter("block", &it);
        lzma_index_end(idx, &stream_al);
    }
    /* A wrong file size: the footer is not where it says. */
    idx = NULL;
    P(lzma_file_info_decoder(&s, &idx, UINT64_MAX, size - 1));
    s.next_in = comp;
    s.avail_in = size - 1;
    do {
        r = lzma_code(&s, LZMA_RUN);
        if (r == LZMA_SEEK_NEEDED) {
            s.next_in = comp + s.seek_pos;
            s.avail_in = size - 1 - (size_t)s.seek_pos;
        }
    } while (r == LZMA_OK || r == LZMA_SEEK_NEEDED);
    printf("wrong size: %d\n", r);
    lzma_end(&s);
    P(lzma_file_info_decoder(&s, NULL, UINT64_MAX, size));
    lzma_end(&s);
}

/* Allocation failures: every coder must report LZMA_MEM_ERROR and leave
 * nothing allocated. */
static void failing_allocator(void)
{
    printf("== failing allocator\n");
    struct counts c = { .name = "failing", .fail_after = 2 };
    const lzma_allocator al = { count_alloc, count_free, &c };
    lzma_stream s = LZMA_STREAM_INIT;
    s.allocator = &al;
    lzma_ret r = lzma_easy_encoder(&s, 1, LZMA_CHECK_CRC64);
    if (r == LZMA_OK) {
        s.next_in = src;
        s.avail_in = 1000;
        s.next_out = comp;
        s.avail_out = sizeof comp;
        r = lzma_code(&s, LZMA_FINISH);
    }
    printf("easy encoder with 2 allocations allowed: %d\n", r);
    lzma_end(&s);
    show_counts(&c);
    c.allocs = c.frees = c.live = 0;
    c.fail_after = 1;
    P(lzma_index_init(&al) == NULL);
    size_t pos = 0;
    P(lzma_easy_buffer_encode(1, LZMA_CHECK_CRC64, &al, src, 1000, comp, &pos, sizeof comp));
    show_counts(&c);
}

int main(void)
{
    fill_src();
    show("input", src, SRC_SIZE);
    version_and_hardware();
    checks_and_vli();
    support_and_presets();
    buffers();
    streams();
    other_formats();
    threads();
    stream_flags();
    filters();
    blocks();
    indexes();
    file_info();
    failing_allocator();
    printf("== allocators\n");
    show_counts(&stream_counts);
    show_counts(&direct_counts);
    return 0;
}
