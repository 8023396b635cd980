/* spectral: spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
 * by power iteration, as in the Computer Language Benchmarks Game.
 * Floating point; double division-heavy dense matrix-vector products. */
#include <math.h>
#include "bench.h"

static inline double A(int i, int j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_Av(int n, const double *v, double *av)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++)
            s += A(i, j) * v[j];
        av[i] = s;
    }
}

static void mul_Atv(int n, const double *v, double *atv)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++)
            s += A(j, i) * v[j];
        atv[i] = s;
    }
}

static void mul_AtAv(int n, const double *v, double *out, double *tmp)
{
    mul_Av(n, v, tmp);
    mul_Atv(n, tmp, out);
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 10) * 200;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *t = malloc(n * sizeof *t);
    for (int i = 0; i < n; i++)
        u[i] = 1;
    for (int i = 0; i < 10; i++) {
        mul_AtAv(n, u, v, t);
        mul_AtAv(n, v, u, t);
    }
    double vBv = 0, vv = 0;
    for (int i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double norm = sqrt(vBv / vv);
    printf("spectral norm %.9f\n", norm);
    uint64_t sum = mixd(0, norm);
    for (int i = 0; i < n; i += 7)
        sum = mixd(sum, u[i]);
    bench_result("spectral", sum);
    free(u);
    free(v);
    free(t);
    return 0;
}
