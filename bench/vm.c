/* vm: a small register-machine bytecode interpreter (switch dispatch)
 * running a Collatz step-count program with a memory histogram.
 * Integer; indirect branches (jump table), unpredictable control flow. */
#include "bench.h"

enum { LI, MOV, ADD, ADDI, ANDI, SHRI, LD, ST, JZ, JMP, JLT, HALT };

struct insn {
    uint8_t op, a, b, c;
    int32_t imm;
};

#define MAXCODE 64
#define MEMSZ 256

static struct insn code[MAXCODE];
static int ncode;
static int label_pos[16];
static struct { int at, label; } fix[16];
static int nfix;

static void emit(uint8_t op, uint8_t a, uint8_t b, uint8_t c, int32_t imm)
{
    code[ncode++] = (struct insn){ op, a, b, c, imm };
}
/* branch to a label, patched by link() */
static void emit_br(uint8_t op, uint8_t a, uint8_t b, int label)
{
    fix[nfix].at = ncode;
    fix[nfix++].label = label;
    emit(op, a, b, 0, 0);
}
static void label(int l) { label_pos[l] = ncode; }
static void link_code(void)
{
    for (int i = 0; i < nfix; i++)
        code[fix[i].at].imm = label_pos[fix[i].label];
}

static uint64_t run(const struct insn *pc0, uint64_t *mem)
{
    uint64_t r[8] = { 0 };
    const struct insn *pc = pc0;
    for (;;) {
        const struct insn *i = pc++;
        switch (i->op) {
        case LI:   r[i->a] = (uint64_t)(int64_t)i->imm; break;
        case MOV:  r[i->a] = r[i->b]; break;
        case ADD:  r[i->a] = r[i->b] + r[i->c]; break;
        case ADDI: r[i->a] = r[i->b] + (uint64_t)(int64_t)i->imm; break;
        case ANDI: r[i->a] = r[i->b] & (uint64_t)(int64_t)i->imm; break;
        case SHRI: r[i->a] = r[i->b] >> i->imm; break;
        case LD:   r[i->a] = mem[r[i->b] % MEMSZ]; break;
        case ST:   mem[r[i->b] % MEMSZ] = r[i->a]; break;
        case JZ:   if (r[i->a] == 0) pc = pc0 + i->imm; break;
        case JMP:  pc = pc0 + i->imm; break;
        case JLT:  if (r[i->a] < r[i->b]) pc = pc0 + i->imm; break;
        case HALT: return r[6];
        default:   abort();
        }
    }
}

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 6);
    enum { OUTER, INNER, EVEN, NEXT, DONE };
    int32_t limit = (int32_t)(reps * 10000);

    emit(LI, 1, 0, 0, 1);            /* n = 1 */
    emit(LI, 2, 0, 0, limit);        /* limit */
    emit(LI, 6, 0, 0, 0);            /* total steps */
    label(OUTER);
    emit(MOV, 3, 1, 0, 0);           /* x = n */
    emit(LI, 4, 0, 0, 0);            /* steps = 0 */
    label(INNER);
    emit(ADDI, 5, 3, 0, -1);
    emit_br(JZ, 5, 0, DONE);         /* x == 1 -> done */
    emit(ANDI, 5, 3, 0, 1);
    emit_br(JZ, 5, 0, EVEN);
    emit(ADD, 5, 3, 3, 0);           /* x = 3x + 1 */
    emit(ADD, 3, 5, 3, 0);
    emit(ADDI, 3, 3, 0, 1);
    emit_br(JMP, 0, 0, NEXT);
    label(EVEN);
    emit(SHRI, 3, 3, 0, 1);          /* x = x / 2 */
    label(NEXT);
    emit(ADDI, 4, 4, 0, 1);
    emit_br(JMP, 0, 0, INNER);
    label(DONE);
    emit(ADD, 6, 6, 4, 0);           /* total += steps */
    emit(ANDI, 5, 4, 0, MEMSZ - 1);  /* hist[steps % 256]++ */
    emit(LD, 7, 5, 0, 0);
    emit(ADDI, 7, 7, 0, 1);
    emit(ST, 7, 5, 0, 0);
    emit(ADDI, 1, 1, 0, 1);
    emit_br(JLT, 1, 2, OUTER);
    emit(HALT, 0, 0, 0, 0);
    link_code();

    static uint64_t mem[MEMSZ];
    uint64_t total = run(code, mem);
    uint64_t sum = mix64(0, total);
    for (int i = 0; i < MEMSZ; i++)
        sum = mix64(sum, mem[i]);
    bench_result("vm", sum);
    return 0;
}
