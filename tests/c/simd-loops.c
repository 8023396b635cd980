/* simd-loops.c - loops that GCC vectorizes with AdvSIMD (integer
 * arithmetic of every width, widening multiplies, shifts by vector,
 * divisions by constants, min/max/abs, saturation, popcount/clz,
 * reductions, float and double arithmetic, conversions and roundings);
 * NAME.cflags turns the vectorizer on at -O2 without its cost model, so
 * that even short loops use vector code.  Each kernel prints a checksum
 * of its arrays, so a wrong lane shows which group broke.
 * ferry-test: arch-specific (FP contraction into FMADD differs on x86) */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <stdlib.h>
#define N 1003
int8_t a8[N], b8[N], c8[N]; uint8_t ua8[N], ub8[N], uc8[N];
int16_t a16[N], b16[N], c16[N]; uint16_t ua16[N];
int32_t a32[N], b32[N], c32[N]; uint32_t ua32[N], ub32[N];
int64_t a64[N], b64[N], c64[N]; uint64_t ua64[N];
float fa[N], fb[N], fc[N]; double da[N], db[N], dc[N];
static uint64_t h;
static void mixb(const void *p, size_t n) { const uint8_t *q = p; for (size_t i = 0; i < n; i++) h = h * 1000003 ^ q[i]; }
#define MIX(x) mixb(x, sizeof x)
__attribute__((noinline)) void init(int seed) {
  uint32_t s = seed;
  for (int i = 0; i < N; i++) {
    s = s * 1103515245 + 12345; uint32_t r = s >> 3;
    a8[i] = r; b8[i] = r >> 8; ua8[i] = r >> 5; ub8[i] = r >> 11;
    a16[i] = r; b16[i] = r >> 7; ua16[i] = r >> 3;
    a32[i] = r * 2654435761u; b32[i] = (r >> 4) - 100000; ua32[i] = r * 7; ub32[i] = r >> 9;
    a64[i] = (int64_t)r * r - 5; b64[i] = (int64_t)(r ^ 0xabcdef) << 20; ua64[i] = (uint64_t)r << 33 | r;
    fa[i] = (int)(r % 20001) / 7.0f - 1000; fb[i] = (int)(r % 3001) / 3.0f - 500 ; 
    da[i] = (int)(r % 200001) / 7.0 - 10000; db[i] = (int)(r % 30001) / 13.0 + 0.5;
  }
}
__attribute__((noinline)) void k_int(void) {
  for (int i = 0; i < N; i++) c8[i] = a8[i] + b8[i] * 3;
  for (int i = 0; i < N; i++) uc8[i] = ua8[i] > ub8[i] ? ua8[i] : ub8[i];
  for (int i = 0; i < N; i++) c16[i] = a16[i] * b16[i] - (a16[i] >> 3);
  for (int i = 0; i < N; i++) c32[i] = a32[i] * b32[i] + (a32[i] >> 7) - (b32[i] << 3);
  for (int i = 0; i < N; i++) c64[i] = a64[i] + b64[i] - (a64[i] >> 13) + (b64[i] << 2);
  MIX(c8); MIX(uc8); MIX(c16); MIX(c32); MIX(c64);
  for (int i = 0; i < N; i++) c32[i] = abs(a32[i]) < abs(b32[i]) ? a32[i] : b32[i];
  for (int i = 0; i < N; i++) c16[i] = a16[i] < 0 ? -a16[i] : a16[i];
  for (int i = 0; i < N; i++) c8[i] = a8[i] > 10 ? a8[i] : (int8_t)(b8[i] & 0x3c);
  for (int i = 0; i < N; i++) uc8[i] = (ua8[i] + ub8[i] + 1) >> 1;
  for (int i = 0; i < N; i++) { int v = a16[i] + b16[i]; c16[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v; }
  for (int i = 0; i < N; i++) { unsigned v = ua8[i] + ub8[i]; uc8[i] = v > 255 ? 255 : v; }
  MIX(c8); MIX(uc8); MIX(c16); MIX(c32);
  for (int i = 0; i < N; i++) c32[i] = (int32_t)a16[i] * b16[i];
  for (int i = 0; i < N; i++) c64[i] = (int64_t)a32[i] * b32[i];
  for (int i = 0; i < N; i++) ua64[i] = (uint64_t)ua32[i] * ub32[i];
  for (int i = 0; i < N; i++) c16[i] = ua8[i] + ub8[i];
  for (int i = 0; i < N; i++) c8[i] = (int8_t)(a16[i] >> 4);
  for (int i = 0; i < N; i++) c32[i] = a32[i] >> (b32[i] & 31);
  for (int i = 0; i < N; i++) ua32[i] = ub32[i] << (a32[i] & 15);
  for (int i = 0; i < N; i++) c64[i] = a64[i] >> (b32[i] & 63);
  MIX(c8); MIX(c16); MIX(c32); MIX(c64); MIX(ua64); MIX(ua32);
  for (int i = 0; i < N; i++) c32[i] = a32[i] / 7;
  for (int i = 0; i < N; i++) ua32[i] = ub32[i] / 10;
  for (int i = 0; i < N; i++) c16[i] = a16[i] / 3;
  for (int i = 0; i < N; i++) uc8[i] = ua8[i] / 5;
  for (int i = 0; i < N; i++) c8[i] = a8[i] == b8[i] ? 1 : a8[i] < b8[i] ? 2 : 3;
  for (int i = 0; i < N; i++) ua16[i] = __builtin_popcount(ua8[i]) + __builtin_clz(ua32[i] | 1);
  MIX(c8); MIX(c16); MIX(c32); MIX(ua32); MIX(uc8); MIX(ua16);
}
__attribute__((noinline)) void k_red(void) {
  int32_t s32 = 0; int64_t s64 = 0; uint8_t mx = 0; int16_t mn = 32767; uint32_t x = 0; int8_t smx = -128;
  for (int i = 0; i < N; i++) s32 += a32[i];
  for (int i = 0; i < N; i++) s64 += a64[i];
  for (int i = 0; i < N; i++) mx = ua8[i] > mx ? ua8[i] : mx;
  for (int i = 0; i < N; i++) mn = a16[i] < mn ? a16[i] : mn;
  for (int i = 0; i < N; i++) x ^= ua32[i];
  for (int i = 0; i < N; i++) smx = a8[i] > smx ? a8[i] : smx;
  int32_t dot = 0; for (int i = 0; i < N; i++) dot += a16[i] * b16[i];
  int64_t dot64 = 0; for (int i = 0; i < N; i++) dot64 += (int64_t)a32[i] * b32[i];
  uint32_t su8 = 0; for (int i = 0; i < N; i++) su8 += ua8[i];
  int cnt = 0; for (int i = 0; i < N; i++) cnt += a32[i] > b32[i];
  float fs = 0; for (int i = 0; i < N; i++) fs += fa[i] * fb[i];
  double ds = 0; for (int i = 0; i < N; i++) ds += da[i] * db[i];
  float fmx = -1e30f; for (int i = 0; i < N; i++) fmx = fa[i] > fmx ? fa[i] : fmx;
  double dmn = 1e300; for (int i = 0; i < N; i++) dmn = fmin(dmn, da[i]);
  printf("red %d %lld %u %d %u %d %d %lld %u %d %.6g %.10g %g %g\n", s32, (long long)s64, mx, mn, x, smx, dot, (long long)dot64, su8, cnt, fs, ds, fmx, dmn);
}
__attribute__((noinline)) void k_fp(void) {
  for (int i = 0; i < N; i++) fc[i] = fa[i] * fb[i] + fc[i] * 0.5f;
  for (int i = 0; i < N; i++) dc[i] = da[i] / db[i] - dc[i];
  for (int i = 0; i < N; i++) fc[i] = sqrtf(fabsf(fa[i])) + fminf(fa[i], fb[i]) - fmaxf(fb[i], 1.0f);
  for (int i = 0; i < N; i++) dc[i] = fma(da[i], db[i], 3.0) * -da[i];
  MIX(fc); MIX(dc);
  for (int i = 0; i < N; i++) c32[i] = (int32_t)fa[i];
  for (int i = 0; i < N; i++) ua32[i] = (uint32_t)fabsf(fb[i] * 1000);
  for (int i = 0; i < N; i++) c64[i] = (int64_t)(da[i] * 1e6);
  for (int i = 0; i < N; i++) fc[i] = (float)a32[i] + (float)ua32[i];
  for (int i = 0; i < N; i++) dc[i] = (double)a64[i] * 0.25 + (double)ua64[i];
  for (int i = 0; i < N; i++) dc[i] += (double)fa[i];
  for (int i = 0; i < N; i++) fc[i] = (float)da[i];
  for (int i = 0; i < N; i++) fc[i] += roundf(fb[i]) + floorf(fa[i]) + ceilf(fb[i]) + truncf(fa[i] * 0.3f);
  for (int i = 0; i < N; i++) dc[i] += nearbyint(db[i]) + rint(da[i]) + round(da[i] * 0.7);
  for (int i = 0; i < N; i++) c32[i] += lrintf(fa[i] * 3.3f);
  for (int i = 0; i < N; i++) c8[i] = fa[i] < fb[i];
  for (int i = 0; i < N; i++) fc[i] = fa[i] > 0 ? fa[i] : -fb[i];
  MIX(c32); MIX(ua32); MIX(c64); MIX(fc); MIX(dc); MIX(c8);
}
int main(void) {
  for (int r = 0; r < 3; r++) {
    init(r * 77 + 1);
    h = 0; k_int(); printf("int %d %016llx\n", r, (unsigned long long)h);
    k_red();
    h = 0; k_fp(); printf("fp %d %016llx\n", r, (unsigned long long)h);
  }
  return 0;
}
