# tests/go/go.mk - statically linked arm64 Go test programs (tests/go/NAME.go),
# built with Debian's golang-go; included by tests/tests.mk.  See
# tests/go/README.md.
#
#   $(BUILD)/tests/go/NAME          GOARCH=arm64 CGO_ENABLED=0: the guest
#   $(BUILD)/tests/go/native/NAME   GOARCH=amd64: the second oracle
#   make go-expected                regenerate tests/go/NAME.expected from
#                                   qemu-aarch64 and the native builds
#
# New tests need no edit here: tests/go/*.go are found by wildcard, one
# program (package main) per file.

GO ?= go
TEST_GO_OUT := $(BUILD)/tests/go
TEST_GO_SRCS := $(wildcard tests/go/*.go)
TEST_GO_NAMES := $(TEST_GO_SRCS:tests/go/%.go=%)
TEST_GO_BINS := $(TEST_GO_NAMES:%=$(TEST_GO_OUT)/%)
TEST_GO_NATIVE_BINS := $(TEST_GO_NAMES:%=$(TEST_GO_OUT)/native/%)
# Self-contained: the build cache lives in the build directory (HOME may be
# unset or read-only), GOPATH mode (no go.mod needed for single files), no
# module downloads, reproducible paths in the binaries.
TEST_GO_ENV = GOCACHE=$(abspath $(BUILD))/go/cache GOPATH=$(abspath $(BUILD))/go/path \
	GOENV=off GO111MODULE=off GOPROXY=off GOFLAGS= CGO_ENABLED=0 GOOS=linux
TEST_GO_FLAGS := -trimpath

.PHONY: test-go-build go-expected

test-go-build: $(TEST_GO_BINS)
test-build: test-go-build
expected: go-expected

# A test that does not compile must not stop the others: run.exp reports
# its missing binary.
$(TEST_GO_OUT)/%: tests/go/%.go | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_GO_ENV) GOARCH=arm64 $(GO) build $(TEST_GO_FLAGS) -o $@ $< \
		|| { rm -f $@; echo "go.mk: could not build $@; the test run will report it" >&2; }

$(TEST_GO_OUT)/native/%: tests/go/%.go | $(BUILD)/.deps-test
	@mkdir -p $(@D)
	$(TEST_GO_ENV) GOARCH=amd64 $(GO) build $(TEST_GO_FLAGS) -o $@ $< \
		|| { rm -f $@; echo "go.mk: could not build $@" >&2; }

go-expected: $(BUILD)/.deps-test $(TEST_GO_BINS) $(TEST_GO_NATIVE_BINS)
	ORACLE='$(ORACLE)' BUILD='$(BUILD)' FILTER='$(value FILTER)' tclsh tests/go/expected.tcl
