# ferry benchmarks: `make bench` builds every benchmark natively (x86-64) and
# for arm64, runs each natively, under $(QEMU) and under $(FERRY), checks that
# the outputs agree and prints a table of median wall times.  See
# bench/README.md.  Knobs (make or environment variables):
#   FERRY=path-or-command  emulator under test (default $(BUILD)/ferry)
#   QEMU=path-or-command   reference emulator (default qemu-aarch64)
#   BENCH_RUNS=N           runs per program per runner (default 5)
#   BENCH_ONLY="a b"       run only these benchmarks
#   BENCH_TIMEOUT=S        kill emulated runs after S seconds
#   BENCH_ARGS=N           work scale passed as argv[1] (smaller = quicker)

BENCH_INT := sieve sort hash vm strings matmul hashtab
BENCH_FP := nbody mandel spectral
BENCH_ALL := $(BENCH_INT) $(BENCH_FP)
BENCH_SEL := $(if $(BENCH_ONLY),$(filter $(BENCH_ONLY),$(BENCH_ALL)),$(BENCH_ALL))
BENCH_DIR := $(BUILD)/bench

FERRY ?= $(BUILD)/ferry
QEMU ?= qemu-aarch64
BENCH_RUNS ?= 5
BENCH_TIMEOUT ?=
BENCH_ARGS ?=
BENCH_VERBOSE ?=
BENCH_CC ?= gcc
BENCH_CROSS_CC ?= aarch64-linux-gnu-gcc
# No FMA contraction: x86-64 and arm64 must compute bit-identical doubles.
BENCH_CFLAGS := -O2 -ffp-contract=off -Wall -Wextra -Werror

# Only build ferry when it is the one being measured.
BENCH_FERRY_DEP := $(if $(filter $(BUILD)/ferry,$(FERRY)),$(BUILD)/ferry)

.PHONY: bench bench-build
bench: bench-build $(BENCH_FERRY_DEP)
	@$(if $(BENCH_SEL),,echo "bench: BENCH_ONLY='$(BENCH_ONLY)' matches none of: $(BENCH_ALL)" >&2; exit 2)
	@FERRY='$(FERRY)' QEMU='$(QEMU)' BENCH_RUNS='$(BENCH_RUNS)' \
	    BENCH_TIMEOUT='$(BENCH_TIMEOUT)' BENCH_ARGS='$(BENCH_ARGS)' BENCH_VERBOSE='$(BENCH_VERBOSE)' \
	    bash bench/run.sh $(BENCH_DIR) \
	    $(foreach b,$(BENCH_SEL),$(if $(filter $(b),$(BENCH_FP)),fp,int):$(b))

bench-build: $(BENCH_SEL:%=$(BENCH_DIR)/x86-64/%) $(BENCH_SEL:%=$(BENCH_DIR)/arm64/%)

$(BENCH_DIR)/x86-64/%: bench/%.c bench/bench.h | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ $< -lm

$(BENCH_DIR)/arm64/%: bench/%.c bench/bench.h | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(BENCH_CROSS_CC) $(BENCH_CFLAGS) -static -o $@ $< -lm
