/* mandel: Mandelbrot set escape-time iteration over a grid.
 * Floating point; dependent double mul/add chains, compare-and-branch. */
#include "bench.h"

int main(int argc, char **argv)
{
    long scale = bench_arg(argc, argv, 11);
    int w = 400, h = (int)(150 * scale), maxit = 500;
    uint64_t sum = 0, total = 0;
    for (int y = 0; y < h; y++) {
        double ci = -1.25 + 2.5 * y / h;
        uint64_t row = 0;
        for (int x = 0; x < w; x++) {
            double cr = -2.0 + 2.75 * x / w;
            double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
            int it = 0;
            while (it < maxit && zr2 + zi2 <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                zr2 = zr * zr;
                zi2 = zi * zi;
                it++;
            }
            row = row * 31 + (uint64_t)it;
            total += (uint64_t)it;
        }
        sum = mix64(sum, row);
    }
    printf("mandel iterations %" PRIu64 "\n", total);
    bench_result("mandel", sum);
    return 0;
}
