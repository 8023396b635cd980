# ferry benchmarks: `make bench` builds every benchmark natively (x86-64) and
# for arm64, runs each natively, under $(QEMU) and under $(FERRY), checks that
# the outputs agree and prints a table of median wall times.  Then a second
# table of real Debian bookworm arm64 programs (bench/real.sh), run with -L
# on a sysroot that tools/debian-sysroot.sh downloads into $(BUILD)/debian
# the first time, against the host's amd64 programs.  Then a third table of
# multi-threaded work (bench/threads.sh): bench/mt.c and Debian's xz with 1,
# 2 and 4 threads, and how each runner scales.  See bench/README.md.
# Knobs (make or environment variables):
#   FERRY=path-or-command  emulator under test (default $(BUILD)/ferry)
#   QEMU=path-or-command   reference emulator (default qemu-aarch64)
#   BENCH_RUNS=N           runs per program per runner (default 5)
#   BENCH_ONLY="a b"       run only these rows, of any table; "static",
#                          "real" and "threads" select a whole table,
#                          "real:sort" only the real-program sort row (plain
#                          "sort" is in both), "threads:mt" only that row
#   BENCH_REAL=            (empty) no real-program table
#   BENCH_THREADS=         (empty) no threads table
#   BENCH_NTHREADS="1 2 4" thread counts of the threads table
#   BENCH_STATS=0          no -d stats breakdown after the real-program table
#   BENCH_TIMEOUT=S        kill emulated runs after S seconds
#   BENCH_ARGS=N           work scale passed as argv[1] (smaller = quicker;
#                          static benchmarks only)

BENCH_INT := sieve sort hash vm strings matmul hashtab
BENCH_FP := nbody mandel spectral
BENCH_ALL := $(BENCH_INT) $(BENCH_FP)
BENCH_REAL := lua python3 perl sqlite3 gawk grep sort sha256sum gzip bzip2 bzip2-T xz xz-T zstd \
	dpkg-zstd dpkg-zstd-T \
	py-zlib py-zlib-T
BENCH_THREADS := mt xz-mt
BENCH_SEL := $(if $(BENCH_ONLY),$(filter $(BENCH_ONLY) $(if $(filter static,$(BENCH_ONLY)),$(BENCH_ALL)),$(BENCH_ALL)),$(BENCH_ALL))
BENCH_REAL_SEL := $(if $(BENCH_ONLY),$(filter $(BENCH_ONLY) $(patsubst real:%,%,$(BENCH_ONLY)) $(if $(filter real,$(BENCH_ONLY)),$(BENCH_REAL)),$(BENCH_REAL)),$(BENCH_REAL))
BENCH_THREADS_SEL := $(if $(BENCH_ONLY),$(filter $(BENCH_ONLY) $(patsubst threads:%,%,$(BENCH_ONLY)) $(if $(filter threads,$(BENCH_ONLY)),$(BENCH_THREADS)),$(BENCH_THREADS)),$(BENCH_THREADS))
BENCH_DIR := $(BUILD)/bench
BENCH_DEBIAN_DIR := $(BUILD)/debian

FERRY ?= $(BUILD)/ferry
QEMU ?= qemu-aarch64
BENCH_RUNS ?= 5
BENCH_TIMEOUT ?=
BENCH_ARGS ?=
BENCH_VERBOSE ?=
BENCH_STATS ?= 1
BENCH_NTHREADS ?= 1 2 4
BENCH_CC ?= gcc
BENCH_CROSS_CC ?= aarch64-linux-gnu-gcc
# No FMA contraction: x86-64 and arm64 must compute bit-identical doubles.
BENCH_CFLAGS := -O2 -ffp-contract=off -Wall -Wextra -Werror
BENCH_LDLIBS := -lm

# Only build ferry when it is the one being measured.
BENCH_FERRY_DEP := $(if $(filter $(BUILD)/ferry,$(FERRY)),$(BUILD)/ferry)

# Programs the threads table builds from bench/NAME.c.
BENCH_THREADS_BINS := $(filter mt,$(BENCH_THREADS_SEL))
BENCH_BINS := $(BENCH_SEL) $(BENCH_THREADS_BINS)

# All tables run even when one fails; the status is 1 if any did.
.PHONY: bench bench-build
bench: bench-build $(BENCH_FERRY_DEP) $(if $(BENCH_REAL_SEL)$(BENCH_THREADS_SEL),$(BUILD)/.deps-test)
	@$(if $(BENCH_SEL)$(BENCH_REAL_SEL)$(BENCH_THREADS_SEL),,echo "bench: BENCH_ONLY='$(BENCH_ONLY)' matches none of: $(BENCH_ALL) $(BENCH_REAL) $(BENCH_THREADS)" >&2; exit 2)
	@export FERRY='$(FERRY)' QEMU='$(QEMU)' BENCH_RUNS='$(BENCH_RUNS)' \
	    BENCH_TIMEOUT='$(BENCH_TIMEOUT)' BENCH_ARGS='$(BENCH_ARGS)' BENCH_VERBOSE='$(BENCH_VERBOSE)' \
	    BENCH_STATS='$(BENCH_STATS)' BENCH_NTHREADS='$(BENCH_NTHREADS)' \
	    BENCH_ROWS_FILE='$(BENCH_DIR)/rows.txt'; status=0; rm -f '$(BENCH_DIR)/rows.txt'; \
	$(if $(BENCH_SEL),bash bench/run.sh $(BENCH_DIR) \
	    $(foreach b,$(BENCH_SEL),$(if $(filter $(b),$(BENCH_FP)),fp,int):$(b)) || status=1;) \
	$(if $(BENCH_SEL),$(if $(BENCH_REAL_SEL)$(BENCH_THREADS_SEL),echo;)) \
	$(if $(BENCH_REAL_SEL),bash bench/real.sh $(BENCH_DEBIAN_DIR) $(BENCH_DIR)/real $(BENCH_REAL_SEL) || status=1;) \
	$(if $(BENCH_REAL_SEL),$(if $(BENCH_THREADS_SEL),echo;)) \
	$(if $(BENCH_THREADS_SEL),bash bench/threads.sh $(BENCH_DIR) $(BENCH_DEBIAN_DIR) $(BENCH_DIR)/real $(BENCH_THREADS_SEL) || status=1;) \
	exit $$status

bench-build: $(BENCH_BINS:%=$(BENCH_DIR)/x86-64/%) $(BENCH_BINS:%=$(BENCH_DIR)/arm64/%)

# mt uses pthreads (in libc since glibc 2.34; -pthread for older ones).
$(BENCH_DIR)/x86-64/mt $(BENCH_DIR)/arm64/mt: BENCH_LDLIBS += -pthread

$(BENCH_DIR)/x86-64/%: bench/%.c bench/bench.h | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ $< $(BENCH_LDLIBS)

$(BENCH_DIR)/arm64/%: bench/%.c bench/bench.h | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(BENCH_CROSS_CC) $(BENCH_CFLAGS) -static -o $@ $< $(BENCH_LDLIBS)

# A build under emulation (bench/build.sh): arm64 make -j2, gcc and ld in a
# chroot of the Debian test sysroot, through a private binfmt_misc with
# ferry-static and with qemu-aarch64-static, against the host's own.
# Needs root and Linux 6.7+; not part of `make bench`.
.PHONY: bench-compile
bench-compile: $(BUILD)/ferry-static $(TEST_OUT)/tools/binfmt-ns
	@dpkg-query -W -f='$${Status}' qemu-user-static 2>/dev/null | grep -q "ok installed" || \
		{ apt-get install -y -q --no-install-recommends qemu-user-static >/dev/null; }
	bash bench/build.sh $(BUILD) $(BENCH_RUNS)
