/* strings: a Dhrystone-like workload: records with string fields,
 * libc string routines (strcpy/strcmp/strlen/memcpy/memcmp/strchr),
 * struct assignment and calls through function pointers.
 * Integer; exercises the guest libc's optimised string code. */
#include "bench.h"

struct rec {
    struct rec *next;
    uint32_t kind;
    uint32_t ival;
    char name[32];
    char text[64];
};

#define NREC 64

static struct rec recs[NREC];

static char *utoa(uint32_t v, char *p)
{
    char tmp[16];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    *p = 0;
    return p;
}

static uint32_t f_len(struct rec *r) { return (uint32_t)strlen(r->text); }
static uint32_t f_cmp(struct rec *r) { return (uint32_t)(strcmp(r->name, r->next->name) > 0); }
static uint32_t f_chr(struct rec *r)
{
    const char *p = strchr(r->text, '7');
    return p ? (uint32_t)(p - r->text) : 99;
}
static uint32_t f_mem(struct rec *r) { return (uint32_t)(memcmp(r->text, r->next->text, 16) < 0); }

static uint32_t (*const funcs[4])(struct rec *) = { f_len, f_cmp, f_chr, f_mem };

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 60000);
    static const char *const words[8] = {
        "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL",
    };
    for (int i = 0; i < NREC; i++) {
        recs[i].next = &recs[(i * 17 + 5) % NREC];
        recs[i].kind = (uint32_t)i & 3;
        recs[i].ival = (uint32_t)i;
        strcpy(recs[i].name, words[i & 7]);
        strcpy(recs[i].text, "DHRYSTONE PROGRAM, SOME STRING");
    }
    uint64_t sum = 0;
    struct rec scratch;
    for (long r = 0; r < reps; r++) {
        uint32_t acc = 0;
        for (int i = 0; i < NREC; i++) {
            struct rec *p = &recs[i];
            /* rebuild the text: word + number + suffix */
            char *e = stpcpy(p->text, words[(p->ival + (uint32_t)r) & 7]);
            *e++ = '-';
            e = utoa(p->ival * 2654435761u + (uint32_t)r, e);
            strcat(p->text, ", 1'ST STRING");
            acc += funcs[p->kind](p);
            scratch = *p;                        /* struct assignment */
            scratch.ival = scratch.ival * 7 + acc;
            if (strcmp(scratch.name, p->next->name) < 0)
                memcpy(p->name, p->next->name, sizeof p->name);
            else
                strcpy(p->name, words[(scratch.ival >> 3) & 7]);
            p->kind = (p->kind + scratch.ival) & 3;
            p->ival = scratch.ival % 1000003u;
        }
        sum = mix64(sum, acc);
    }
    for (int i = 0; i < NREC; i++) {
        sum = mix64(sum, recs[i].ival);
        for (size_t k = 0; recs[i].text[k]; k++)
            sum = mix64(sum, (unsigned char)recs[i].text[k]);
    }
    bench_result("strings", sum);
    return 0;
}
