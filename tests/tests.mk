# tests/tests.mk - building and running ferry's tests; included by the top
# Makefile.  See tests/README.md.
#
#   make test                    build everything, run tests/run.exp
#   make test FERRY=qemu-aarch64 run the suite against qemu (stand-in)
#   make test FILTER='^c/str'    run a subset (Tcl regexp on test names)
#   make test REPEAT=10          the suite 10 times in a row (races)
#   make check-defs              the .def signatures against the headers
#   make expected                regenerate tests/*/NAME.expected with the
#                                oracle (qemu-aarch64), never with ferry
#
# New tests need no edit here: tests/asm/*.S, tests/c/*.c, tests/c/lib/*.c
# and tests/interactive/*.c are found by wildcard.

FERRY ?= $(BUILD)/ferry
ORACLE ?= qemu-aarch64
TEST_CC ?= aarch64-linux-gnu-gcc
TEST_NATIVE_CC ?= gcc
TEST_CFLAGS ?= -Wall -Wno-unused-result
TEST_OUT := $(BUILD)/tests

TEST_ASM_SRCS := $(filter-out tests/asm/harness.S,$(wildcard tests/asm/*.S))
TEST_ASM_BINS := $(TEST_ASM_SRCS:tests/asm/%.S=$(TEST_OUT)/asm/%)
TEST_C_SRCS := $(wildcard tests/c/*.c)
TEST_C_NAMES := $(TEST_C_SRCS:tests/c/%.c=%)
# Names of tests whose source carries a marker comment (grep -l).
test_c_marked = $(patsubst tests/c/%.c,%,$(shell grep -l 'ferry-test: $(1)' $(TEST_C_SRCS) /dev/null 2>/dev/null | grep '\.c$$'))
# Four flavours: -static -O0, -static -O2, -static-pie -O2, and dynamically
# linked -O2 (-dyn).  "ferry-test: static-only" drops -dyn,
# "ferry-test: dynamic-only" (tests of the dynamic linker) the other three.
TEST_C_STATIC_NAMES := $(filter-out $(call test_c_marked,dynamic-only),$(TEST_C_NAMES))
TEST_C_DYN_NAMES := $(filter-out $(call test_c_marked,static-only),$(TEST_C_NAMES))
TEST_C_BINS := $(foreach v,O0 O2 pie,$(TEST_C_STATIC_NAMES:%=$(TEST_OUT)/c/%-$(v))) \
	$(TEST_C_DYN_NAMES:%=$(TEST_OUT)/c/%-dyn)
# Shared libraries the dynamic tests load: tests/c/lib/NAME.c becomes
# $(TEST_OUT)/c/lib/NAME.so (and native/lib/NAME.so for the native oracle),
# with the extra flags of tests/c/lib/NAME.cflags; tests/c/lib/*.h are
# shared code.
TEST_LIB_SRCS := $(wildcard tests/c/lib/*.c)
TEST_LIB_HDRS := $(wildcard tests/c/lib/*.h)
TEST_LIBS := $(TEST_LIB_SRCS:tests/c/lib/%.c=$(TEST_OUT)/c/lib/%.so)
# Libraries marked "ferry-test: arch-specific" have no native build.
TEST_NATIVE_LIBS := $(patsubst tests/c/lib/%.c,$(TEST_OUT)/native/lib/%.so,$(shell grep -L 'ferry-test: arch-specific' $(TEST_LIB_SRCS) /dev/null 2>/dev/null | grep '\.c$$'))
TEST_I_SRCS := $(wildcard tests/interactive/*.c)
TEST_I_BINS := $(TEST_I_SRCS:tests/interactive/%.c=$(TEST_OUT)/interactive/%)

# Programs whose output does not depend on the architecture are also built
# for the host, as a second oracle (recursively expanded: grep runs only
# for `make expected`).
TEST_NATIVE_NAMES = $(patsubst tests/c/%.c,%,$(shell grep -L 'ferry-test: arch-specific' $(TEST_C_SRCS) /dev/null 2>/dev/null | grep '\.c$$'))
TEST_NATIVE_BINS = $(TEST_NATIVE_NAMES:%=$(TEST_OUT)/native/%)

# Bad ELF inputs come from tests/bad/make-bad-inputs.sh, once it exists.
TEST_BAD_SCRIPT := $(wildcard tests/bad/make-bad-inputs.sh)
TEST_BAD_STAMP := $(if $(TEST_BAD_SCRIPT),$(TEST_OUT)/bad/.stamp)

# Building build/ferry only makes sense when it is what we test; its
# static twin is what the binfmt tests register with the F flag.
TEST_FERRY_DEP := $(if $(filter $(BUILD)/ferry,$(FERRY)),$(BUILD)/ferry $(BUILD)/ferry-static)

# Per-test extra compiler flags: tests/c/NAME.cflags (one line).
test_extra_cflags = $(shell cat tests/c/$(1).cflags 2>/dev/null)
# Extra link flags of the dynamically linked and native builds:
# tests/c/NAME.ldflags (one line), @LIBDIR@ standing for the directory of
# that build's test libraries (c/lib or native/lib).
test_extra_ldflags = $(subst @LIBDIR@,$(2),$(shell cat tests/c/$(1).ldflags 2>/dev/null))
test_lib_cflags = $(shell cat tests/c/lib/$(1).cflags 2>/dev/null)

# A test that does not compile must not stop the others: its binary is
# missing and run.exp reports it as a failure.
test_build_failed = || { rm -f $@; echo "tests.mk: could not build $@; the test run will report it" >&2; }

.PHONY: test test-build expected

# FILTER is a regexp and may contain '$': it is passed on unexpanded.
# REPEAT=K runs the whole suite K times in a row (each round prints its own
# "N passed, N failed"), then one line "REPEAT=K: F of K rounds failed";
# the status is 1 if any round failed.  For races that show up only
# sometimes; tests marked "ferry-test: repeat N" already run N times per
# round.
REPEAT ?= 1
test: $(TEST_FERRY_DEP) $(BUILD)/.deps-test test-build
	@failed=0; round=1; \
	while [ $$round -le $(REPEAT) ]; do \
		if [ $(REPEAT) -gt 1 ]; then echo "== round $$round of $(REPEAT)"; fi; \
		FERRY='$(FERRY)' BUILD='$(BUILD)' FILTER='$(value FILTER)' expect tests/run.exp || failed=$$((failed + 1)); \
		round=$$((round + 1)); \
	done; \
	if [ $(REPEAT) -gt 1 ]; then echo "REPEAT=$(REPEAT): $$failed of $(REPEAT) rounds failed"; fi; \
	[ $$failed -eq 0 ]

# Native helper programs the driver runs ferry under (tests/tools/*.c).
TEST_TOOL_SRCS := $(wildcard tests/tools/*.c)
TEST_TOOL_BINS := $(TEST_TOOL_SRCS:tests/tools/%.c=$(TEST_OUT)/tools/%)

# arm64 programs of the binfmt_misc tests (tests/binfmt/*.c, static).
TEST_BINFMT_SRCS := $(wildcard tests/binfmt/*.c)
TEST_BINFMT_BINS := $(TEST_BINFMT_SRCS:tests/binfmt/%.c=$(TEST_OUT)/binfmt/%)

# The host's copy of the ABI test library, which c/thunk-abi's thunks
# call (FERRY_THUNK_PATH in tests/c/thunk-abi.env).
TEST_THUNK_HOST_LIBS := $(TEST_OUT)/native/lib/libabitest.so

test-build: $(TEST_ASM_BINS) $(TEST_LIBS) $(TEST_C_BINS) $(TEST_I_BINS) $(TEST_BAD_STAMP) $(TEST_TOOL_BINS) \
	$(TEST_BINFMT_BINS) $(TEST_THUNK_HOST_LIBS)

$(TEST_OUT)/binfmt/%: tests/binfmt/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) -static -O2 -o $@ $< $(test_build_failed)

$(TEST_OUT)/tools/%: tests/tools/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_NATIVE_CC) -O2 -Wall -Wextra -Werror -o $@ $< $(test_build_failed)

expected: $(BUILD)/.deps-test $(TEST_ASM_BINS) $(TEST_LIBS) $(TEST_C_BINS) $(TEST_NATIVE_LIBS) $(TEST_NATIVE_BINS)
	ORACLE='$(ORACLE)' BUILD='$(BUILD)' FILTER='$(value FILTER)' tclsh tests/lib/expected.tcl

$(TEST_OUT)/asm/%: tests/asm/%.S tests/asm/harness.S $(wildcard tests/asm/*.h) | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) -nostdlib -static -Itests/asm -o $@ $< tests/asm/harness.S $(test_build_failed)

$(TEST_OUT)/c/%-O0: tests/c/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) $(call test_extra_cflags,$*) -static -O0 -o $@ $< -lm $(test_build_failed)

$(TEST_OUT)/c/%-O2: tests/c/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) $(call test_extra_cflags,$*) -static -O2 -o $@ $< -lm $(test_build_failed)

$(TEST_OUT)/c/%-pie: tests/c/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) $(call test_extra_cflags,$*) -static-pie -fPIE -O2 -o $@ $< -lm $(test_build_failed)

# No -static: linked against the cross libc in /usr/aarch64-linux-gnu, run
# through its ld-linux-aarch64.so.1.  The test libraries are prerequisites
# so that tests linking against them (NAME.ldflags) find them built.
$(TEST_OUT)/c/%-dyn: tests/c/%.c $(TEST_LIBS) | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) $(call test_extra_cflags,$*) -O2 -o $@ $< \
		$(call test_extra_ldflags,$*,$(@D)/lib) -lm $(test_build_failed)

$(TEST_OUT)/c/lib/%.so: tests/c/lib/%.c $(TEST_LIB_HDRS) | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) $(call test_lib_cflags,$*) -O2 -shared -fPIC -o $@ $< $(test_build_failed)

$(TEST_OUT)/native/%: tests/c/%.c $(TEST_NATIVE_LIBS) | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_NATIVE_CC) $(TEST_CFLAGS) -O2 -o $@ $< \
		$(call test_extra_ldflags,$*,$(@D)/lib) -lm $(test_build_failed)

$(TEST_OUT)/native/lib/%.so: tests/c/lib/%.c $(TEST_LIB_HDRS) | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_NATIVE_CC) $(TEST_CFLAGS) $(call test_lib_cflags,$*) -O2 -shared -fPIC -o $@ $< $(test_build_failed)

$(TEST_OUT)/interactive/%: tests/interactive/%.c | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_CC) $(TEST_CFLAGS) -static -O2 -o $@ $< -lm $(test_build_failed)

ifneq ($(TEST_BAD_SCRIPT),)
$(TEST_BAD_STAMP): $(wildcard tests/bad/*) | $(BUILD)/.deps-test
	rm -rf $(@D)
	mkdir -p $(@D)
	sh $(TEST_BAD_SCRIPT) $(@D)
	if [ ! -f $(@D)/cases.tsv ] && [ -f tests/bad/cases.tsv ]; then cp tests/bad/cases.tsv $(@D)/; fi
	touch $@
endif

# Go test programs (tests/go/go.mk).
include tests/go/go.mk

# The arm64 chroot workflow, as a user runs it (tests/chroot/run.sh,
# docs/chroot.md): debootstrap's two stages, the second under ferry through
# a private binfmt_misc, then dpkg, apt-get and shells in the chroot.  Long
# (downloads a minimal Debian and configures it under emulation), so not
# part of `make test`.
.PHONY: test-chroot
test-chroot: $(BUILD)/ferry-static $(TEST_TOOL_BINS) | $(BUILD)/.deps-test
	@sh tools/install-deps.sh chroot
	bash tests/chroot/run.sh $(BUILD)

# The thunk lists' signatures (libs/*.def) against the libraries' headers
# (libs/headers.txt; those of the arm64 sysroot, when it is built), and the
# checker's own test: the defs/ tests of `make test`, without the rest.
.PHONY: check-defs
check-defs:
	bash tools/def-check-libs.sh --sysroot $(BUILD)/debian/sysroot
	bash tools/def-check.sh tests/def-check/edge.def tests/def-check/edge.h | diff -u tests/def-check/edge.expected -
