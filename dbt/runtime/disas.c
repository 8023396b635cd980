/* Capstone is opened lazily: only tracing and error reports need it. */
#include "dbt/runtime/disas.h"
#include "dbt/runtime/trampoline.h"

#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "common/ferry.h"
#include "dbt/runtime/capstone_api.h"

static csh open_arch(cs_arch arch, cs_mode mode)
{
    const struct capstone_api *cs = capstone();
    csh h = 0;
    if (!cs || cs->open(arch, mode, &h) != CS_ERR_OK)
        return 0;
    return h;
}

static csh a64_handle(void)
{
    static csh h;
    if (!h)
        h = open_arch(CS_ARCH_ARM64, CS_MODE_ARM);
    return h;
}

static csh x86_handle(void)
{
    static csh h;
    if (!h)
        h = open_arch(CS_ARCH_X86, CS_MODE_64);
    return h;
}

void disas_a64(uint64_t pc, uint32_t insn, char *buf, size_t len)
{
    cs_insn *ci;
    uint8_t bytes[4] = { (uint8_t)insn, (uint8_t)(insn >> 8), (uint8_t)(insn >> 16),
                         (uint8_t)(insn >> 24) };
    csh h = a64_handle();
    if (h && capstone()->disasm(h, bytes, 4, pc, 1, &ci) == 1) {
        snprintf(buf, len, "%s %s", ci->mnemonic, ci->op_str);
        capstone()->free(ci, 1);
    } else {
        snprintf(buf, len, "(not a valid encoding)");
    }
}

static FILE *log_file(void)
{
    return ferry_opt.log ? ferry_opt.log : stderr;
}

void disas_log_in(uint64_t pc, const uint32_t *insns, int n)
{
    if (!ferry_opt.log_in_asm)
        return;
    FILE *f = log_file();
    char text[160];
    fprintf(f, "IN: 0x%016" PRIx64 "\n", pc);
    for (int i = 0; i < n; i++) {
        disas_a64(pc + 4 * (uint64_t)i, insns[i], text, sizeof text);
        fprintf(f, "0x%016" PRIx64 ":  %08x      %s\n", pc + 4 * (uint64_t)i, insns[i], text);
    }
    fputc('\n', f);
    fflush(f);
}

static void log_host(const char *title, const uint8_t *host, size_t host_len)
{
    if (!ferry_opt.log_out_asm)
        return;
    FILE *f = log_file();
    fprintf(f, "%s: [size=%zu]\n", title, host_len);
    csh h = x86_handle();
    const uint8_t *p = host, *end = host + host_len;
    cs_insn *ci;
    while (h && p < end && capstone()->disasm(h, p, (size_t)(end - p), (uint64_t)(uintptr_t)p, 1, &ci) == 1) {
        fprintf(f, "  0x%016" PRIx64 ":  %s %s\n", ci->address, ci->mnemonic, ci->op_str);
        /* A chain stub's call is followed by its data (dbt/exits.c). */
        int32_t rel = 0;
        if (ci->size == 5 && ci->bytes[0] == 0xE8)
            memcpy(&rel, ci->bytes + 1, 4);
        p += ci->size;
        bool stub = rel && p + rel == (const uint8_t *)tramp_chain_exit;
        capstone()->free(ci, 1);
        if (stub && end - p >= TRAMP_CHAIN_DATA) {
            uint64_t pc;
            int32_t site;
            memcpy(&pc, p, 8);
            memcpy(&site, p + 8, 4);
            fprintf(f, "  0x%016" PRIx64 ":  (chain stub data: guest pc 0x%" PRIx64 "%s, jump at %p)\n",
                    (uint64_t)(uintptr_t)p, pc & ~(uint64_t)3, pc & 1 ? ", forward" : "",
                    (const void *)(p + site));
            p += TRAMP_CHAIN_DATA;
        }
    }
    fputc('\n', f);
    fflush(f);
}

void disas_log_out(const uint8_t *host, size_t host_len)
{
    log_host("OUT", host, host_len);
}

void disas_log_stubs(const uint8_t *host, size_t host_len)
{
    if (host_len)
        log_host("STUBS", host, host_len);
}
