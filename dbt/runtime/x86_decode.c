/* The memory operand of an x86-64 instruction of translated code, decoded
 * by hand (see x86_operand.h): legacy prefixes, REX, VEX, the opcode map,
 * then ModRM, SIB and displacement.  Only what ferry's emitters produce at
 * guest memory accesses needs to be right (dbt/backend/: emit_op_rm,
 * emit_vex_rrm and the byte forms); `-d x86check` compares this decoder
 * with Capstone on every memory operand of every translated unit.
 * Async-signal-safe: no library, no allocation. */
#include "dbt/runtime/x86_operand.h"

#include <stddef.h>

/* ucontext register index of x86 register number n (0 rax .. 15 r15). */
static const int greg_of[16] = {
    REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
    REG_R8,  REG_R9,  REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

/* Whether the instruction writes its memory operand (ferry's forms; the
 * rest read).  map: 0 one-byte, 1 0F, 2 0F 38, 3 0F 3A; reg: ModRM.reg
 * (the opcode extension of group opcodes); p66/pf2/pf3: the (VEX-implied)
 * mandatory prefix. */
static bool writes(int map, uint8_t op, int reg, bool p66, bool pf2, bool pf3)
{
    switch (map) {
    case 0:
        if (op < 0x40 && (op & 7) <= 1)
            return (op & 0x38) != 0x38; /* ALU r/m, r: all but cmp */
        switch (op) {
        case 0x80: case 0x81: case 0x83: return reg != 7; /* not cmp */
        case 0x86: case 0x87: case 0x88: case 0x89: case 0x8F: return true;
        case 0xC0: case 0xC1: case 0xD0: case 0xD1: case 0xD2: case 0xD3: return true;
        case 0xC6: case 0xC7: return reg == 0;
        case 0xF6: case 0xF7: return reg == 2 || reg == 3; /* not, neg */
        case 0xFE: case 0xFF: return reg <= 1;              /* inc, dec */
        default: return false;
        }
    case 1:
        if (op >= 0x90 && op <= 0x9F)
            return true; /* setcc */
        switch (op) {
        case 0x11: case 0x13: case 0x17: case 0x29: case 0x2B: case 0x7F: case 0xE7:
        case 0xC3: case 0xAB: case 0xB3: case 0xBB: case 0xB0: case 0xB1: case 0xC0: case 0xC1:
            return true;
        case 0x7E: return p66 && !pf3;      /* movd/movq r/m, xmm (F3: a load) */
        case 0xD6: return p66;              /* movq xmm/m64, xmm */
        case 0xBA: return reg >= 5;         /* bts, btr, btc (bt reads) */
        case 0xC7: return reg == 1;         /* cmpxchg8b/16b */
        default: return false;
        }
    case 2:
        return op == 0xF1 && !pf2; /* movbe m, r (F2: crc32 reads) */
    case 3:
        return op >= 0x14 && op <= 0x17; /* pextrb/w/d/q, extractps */
    default:
        return false;
    }
}

bool x86_decode_mem(const uint8_t *p, const uint64_t regs[16], uint64_t *addr, bool *write)
{
    bool p66 = false, pf2 = false, pf3 = false;
    for (int n = 0; n < 4; n++, p++) {
        if (*p == 0x66)
            p66 = true;
        else if (*p == 0xF2)
            pf2 = true, pf3 = false;
        else if (*p == 0xF3)
            pf3 = true, pf2 = false;
        else if (*p != 0xF0) /* lock */
            break;
    }
    int rex_x = 0, rex_b = 0, map;
    if ((*p & 0xF0) == 0x40) {
        rex_x = (*p >> 1) & 1;
        rex_b = *p & 1;
        p++;
    }
    if (*p == 0xC5) { /* two-byte VEX: map 0F, R and vvvv/L/pp only */
        int pp = p[1] & 3;
        p66 = pp == 1, pf3 = pp == 2, pf2 = pp == 3;
        map = 1;
        p += 2;
    } else if (*p == 0xC4) { /* three-byte VEX */
        rex_x = !(p[1] & 0x40);
        rex_b = !(p[1] & 0x20);
        map = p[1] & 0x1F;
        int pp = p[2] & 3;
        p66 = pp == 1, pf3 = pp == 2, pf2 = pp == 3;
        if (map < 1 || map > 3)
            return false;
        p += 3;
    } else if (*p == 0x0F) {
        map = p[1] == 0x38 ? 2 : p[1] == 0x3A ? 3 : 1;
        p += map == 1 ? 1 : 2;
    } else {
        map = 0;
    }
    uint8_t op = *p++;
    if (map == 0 && (op == 0xA4 || op == 0xA5 || op == 0xAA || op == 0xAB))
        return false; /* string instructions: no ModRM (ferry emits none at guest accesses) */
    uint8_t modrm = *p++;
    int mod = modrm >> 6, rm = modrm & 7, reg = (modrm >> 3) & 7;
    if (mod == 3)
        return false; /* no memory operand */
    uint64_t a = 0;
    int32_t disp = 0;
    bool disp32 = mod == 2;
    if (rm == 4) {
        uint8_t sib = *p++;
        int index = ((sib >> 3) & 7) | rex_x << 3, base = (sib & 7) | rex_b << 3;
        if (index != 4) /* rsp: no index */
            a += regs[index] << (sib >> 6);
        if ((sib & 7) == 5 && mod == 0)
            disp32 = true; /* no base */
        else
            a += regs[base];
    } else if (rm == 5 && mod == 0) {
        return false; /* rip-relative: never a guest access */
    } else {
        a += regs[rm | rex_b << 3];
    }
    if (mod == 1)
        disp = (int8_t)*p;
    else if (disp32)
        disp = (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                         (uint32_t)p[3] << 24);
    *addr = a + (uint64_t)(int64_t)disp;
    *write = writes(map, op, reg, p66, pf2, pf3);
    return true;
}

bool x86_fault_address(uint64_t rip, const ucontext_t *uc, uint64_t *addr, bool *write)
{
    uint64_t regs[16];
    for (int i = 0; i < 16; i++)
        regs[i] = (uint64_t)uc->uc_mcontext.gregs[greg_of[i]];
    return x86_decode_mem((const uint8_t *)(uintptr_t)rip, regs, addr, write);
}
