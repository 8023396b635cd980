# ferry: run arm64 Linux programs on x86-64 Linux.
# `make` builds build/ferry (installing missing Debian packages first),
# `make static` build/ferry-static (for binfmt_misc's F flag), `make test`
# runs every test, `make bench` compares against qemu and native.

BUILD := build
PREFIX ?= /usr/local
SRCDIRS := cli common mm loader syscall-xlat dbt dbt/frontend dbt/backend dbt/runtime abi libs
SRCS := $(sort $(wildcard $(addsuffix /*.c,$(SRCDIRS))))
OBJS := $(SRCS:%.c=$(BUILD)/obj/%.o)
# Host assembly (x86-64) that must be exactly so: syscall-xlat/safe_syscall.S.
HOST_ASM := syscall-xlat/safe_syscall.S
OBJS += $(HOST_ASM:%.S=$(BUILD)/obj/%.o)
# The guest vDSO image, embedded with .incbin (rules below, docs/vdso.md).
VDSO_SO := $(BUILD)/vdso/vdso.so
OBJS += $(BUILD)/obj/loader/vdso_image.o

CC := gcc
comma := ,
# Recursively expanded: pkg-config runs only after the packages are installed.
PKGS = libelf capstone libffi
# Capstone is not linked into build/ferry: dbt/runtime/capstone_api.c
# loads it by its soname when first needed (relocating it cost every
# process start-up time and memory).  ferry-static links it, pulled in
# by -u (its references to Capstone are weak).
CAPSTONE_SONAME = $(shell objdump -p $$(pkg-config --variable=libdir capstone)/libcapstone.so 2>/dev/null | awk '/SONAME/ { print $$2 }')
CAPSTONE_SYMS = cs_open cs_option cs_malloc cs_disasm cs_disasm_iter cs_free
CFLAGS = -std=gnu17 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror -fPIE -I. $(shell pkg-config --cflags $(PKGS)) \
	$(if $(CAPSTONE_SONAME),-DCAPSTONE_SONAME='"$(CAPSTONE_SONAME)"')
# Start-up time (docs/profiling.md): libelf, libz and libffi are linked in
# from their archives, so that the dynamic loader maps only libc; and
# -static-libgcc: the host backtrace of an internal error uses libgcc's
# unwinder linked in, not libgcc_s.so.1 loaded at start-up
# (dbt/runtime/host_fault.c).  A static hello went from 3.25 to 2.87 ms.
LDFLAGS = -pie -static-libgcc
LDLIBS = -Wl,-Bstatic $(shell pkg-config --static --libs libelf libffi) -Wl,-Bdynamic

.PHONY: all static deps test-deps demo test install clean bench fuzz
all: $(BUILD)/ferry

deps: $(BUILD)/.deps-build
test-deps: $(BUILD)/.deps-test

$(BUILD)/.deps-build: tools/install-deps.sh
	@mkdir -p $(BUILD)
	@sh tools/install-deps.sh build
	@touch $@

$(BUILD)/.deps-test: tools/install-deps.sh
	@mkdir -p $(BUILD)
	@sh tools/install-deps.sh test
	@touch $@

$(BUILD)/ferry: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

# The same objects linked fully statically, for binfmt_misc's F flag: the
# kernel opens the interpreter once, at registration, and then starts it
# inside chroots and containers where no x86-64 library exists
# (docs/binfmt.md).  Still position independent (-static-pie): ferry keeps
# out of the guest's addresses.  pkg-config --static names what the
# archives need besides themselves (libelf.a: libz).
static: $(BUILD)/ferry-static
$(BUILD)/ferry-static: $(OBJS)
	$(CC) -static-pie -o $@ $(OBJS) $(addprefix -Wl$(comma)-u$(comma),$(CAPSTONE_SYMS)) \
		$(shell pkg-config --static --libs $(PKGS))

$(BUILD)/obj/%.o: %.c | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/syscall-xlat/%.o: syscall-xlat/%.S | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) -I. -c -MMD -MP -o $@ $<

-include $(OBJS:.o=.d)

# The guest vDSO (docs/vdso.md): an arm64 shared object linked with the
# cross binutils from loader/vdso/, then embedded in ferry by
# loader/vdso_image.S.  vdso.S goes through the host preprocessor first: it
# shares the ferry call numbers with C (loader/vdso/vdso_calls.h).
AARCH64_AS := aarch64-linux-gnu-as
AARCH64_LD := aarch64-linux-gnu-ld
VDSO_LDFLAGS := -shared -nostdlib -Bsymbolic --no-undefined --hash-style=both \
	--eh-frame-hdr --build-id=sha1 -z max-page-size=4096 -z noexecstack \
	-soname linux-vdso.so.1

$(BUILD)/vdso/vdso.s: loader/vdso/vdso.S loader/vdso/vdso_calls.h | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) -E -P -undef -x assembler-with-cpp -I. -o $@ $<

$(BUILD)/vdso/vdso.o: $(BUILD)/vdso/vdso.s
	$(AARCH64_AS) -o $@ $<

$(VDSO_SO): $(BUILD)/vdso/vdso.o loader/vdso/vdso.lds loader/vdso/vdso.map
	$(AARCH64_LD) $(VDSO_LDFLAGS) --version-script loader/vdso/vdso.map \
		-T loader/vdso/vdso.lds -o $@ $<

$(BUILD)/obj/loader/vdso_image.o: loader/vdso_image.S $(VDSO_SO)
	@mkdir -p $(dir $@)
	$(CC) -c -Wa,-I$(dir $(VDSO_SO)) -o $@ $<

# Build an arm64 hello world with the cross compiler and run it under ferry.
AARCH64_CC := aarch64-linux-gnu-gcc
$(BUILD)/examples/hello: examples/hello.c | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(AARCH64_CC) -static -O2 -o $@ $<

# The same, dynamically linked: ferry finds Debian's cross libc in
# /usr/aarch64-linux-gnu by itself.
$(BUILD)/examples/hello-dyn: examples/hello.c | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(AARCH64_CC) -O2 -o $@ $<

demo: $(BUILD)/ferry $(BUILD)/examples/hello $(BUILD)/examples/hello-dyn
	$(BUILD)/ferry $(BUILD)/examples/hello
	$(BUILD)/ferry $(BUILD)/examples/hello-dyn

# ferry-static goes beside ferry when it was built (make static), where
# ferry --install-binfmt looks for it.
install: $(BUILD)/ferry
	install -D -m 755 $(BUILD)/ferry $(DESTDIR)$(PREFIX)/bin/ferry
	if [ -f $(BUILD)/ferry-static ]; then \
		install -D -m 755 $(BUILD)/ferry-static $(DESTDIR)$(PREFIX)/bin/ferry-static; fi

clean:
	rm -rf $(BUILD)

# The random differential tests against qemu-aarch64 (tools/fuzz.sh): by
# default 10,000 programs, 4,000 integer ones and 3,000 of each FP kind,
# from seed FUZZ_FIRST on; about 25 minutes on 2 CPUs.  Not in `make test`
# (the seeds that once caught a bug are, as tests/asm/fuzz-*.S).
FUZZ_FIRST ?= 1
FUZZ_INT ?= 4000
FUZZ_FP ?= 3000
fuzz: $(BUILD)/ferry $(BUILD)/.deps-test
	tools/fuzz.sh int $(FUZZ_FIRST) $(FUZZ_INT)
	tools/fuzz.sh fp $(FUZZ_FIRST) $(FUZZ_FP)
	tools/fuzz.sh fp-more $(FUZZ_FIRST) $(FUZZ_FP)

-include tests/tests.mk
-include bench/bench.mk
