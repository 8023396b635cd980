/* matmul: int32 matrix multiply (wrapping uint32 arithmetic), i-k-j
 * loop order, chained over repetitions.  Integer; multiply-accumulate
 * in inner loops, vectorisable at -O2. */
#include "bench.h"

#define N 256

static uint32_t A[N][N], B[N][N], C[N][N];

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 40);
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = lcg32() & 0xffff;
            B[i][j] = lcg32() & 0xffff;
        }
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        memset(C, 0, sizeof C);
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                uint32_t a = A[i][k];
                for (int j = 0; j < N; j++)
                    C[i][j] += a * B[k][j];
            }
        /* feed the result back so every repetition is distinct */
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                A[i][j] = (C[i][j] >> 7) & 0xffff;
        for (int i = 0; i < N; i++)
            sum = mix64(sum, C[i][(i * 31 + (int)r) % N]);
    }
    bench_result("matmul", sum);
    return 0;
}
