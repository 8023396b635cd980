# go.tcl - statically linked arm64 Go programs (tests go/NAME).  Sourced by
# tests/run.exp, which then calls go_tests.
#
# Each tests/go/NAME.go (see tests/go/README.md) is built by tests/go/go.mk
# with Debian's golang-go (GOARCH=arm64 CGO_ENABLED=0) into
# $BUILD/tests/go/NAME and runs as `$FERRY $BUILD/tests/go/NAME` with no
# argument and stdin from /dev/null.  It passes when its stdout equals
# tests/go/NAME.expected (made by `make go-expected` from qemu-aarch64 and a
# native amd64 build, never from ferry) and its exit status is
# tests/go/NAME.status (default 0).  stderr is not compared (a Go crash
# prints addresses there).
#
# Go programs always start threads (sysmon, the garbage collector's
# workers) and install signal handlers for every signal; these tests use
# threads, timers, preemption signals and faults on purpose, so a test can
# pass once and fail the next time.  A source saying "ferry-test: repeat N"
# runs N times, and GO_RUNS=K (default 1) multiplies that: a test that runs
# more than once is named go/NAME#1 ... go/NAME#N (as asm and c tests with
# that marker; FILTER matches go/NAME), and every run must pass.
#
# Under FERRY=qemu-aarch64 the tests whose source says
# "ferry-test: qemu-differs" are skipped (qemu 7.2 is known to be wrong
# there), and the expected failures below do not apply.

namespace eval gotest {
    # Tests known to fail under ferry, NAME -> reason.  A failure of one of
    # these is a SKIP line instead of a FAIL; a pass is a FAIL ("remove it
    # from the list").  Keep it to tests that fail every time: a test that
    # fails now and then is a race to fix, and its FAIL the reminder.
    variable expected_failures {}
}

proc gotest::path {name ext} {
    return [file join $::tl::root tests go $name.$ext]
}

proc gotest::names {} {
    set out {}
    foreach f [lsort [glob -nocomplain -directory [file join $::tl::root tests go] *.go]] {
        lappend out [file rootname [file tail $f]]
    }
    return $out
}

proc gotest::marked {name marker} {
    return [string match "*ferry-test: $marker*" [tl::read_file [gotest::path $name go]]]
}

# "ferry-test: repeat N" in the source: N runs (default 1).
proc gotest::repeat_count {name} {
    if {[regexp {ferry-test: repeat ([0-9]+)} [tl::read_file [gotest::path $name go]] -> n] && $n > 1} {
        return $n
    }
    return 1
}

proc gotest::status {name} {
    set f [gotest::path $name status]
    return [expr {[file exists $f] ? [string trim [tl::read_file $f]] : 0}]
}

proc gotest::xfail {name} {
    return [expr {$::ferry_kind eq "ferry" && [dict exists $::gotest::expected_failures $name]}]
}

# An expected failure is neither counted as passed nor as failed.
proc gotest::xfail_done {tname name result} {
    if {[check_output [gotest::path $name expected] [gotest::status $name] $result] eq ""} {
        report $tname fail "passes now: remove it from gotest::expected_failures in tests/lib/go.tcl"
    } else {
        skip $tname "expected failure: [dict get $::gotest::expected_failures $name]"
    }
}

proc go_tests {} {
    set runs [tl::getenv GO_RUNS 1]
    if {![string is integer -strict $runs] || $runs < 1} {
        report go fail "GO_RUNS must be a positive integer, not '$runs'"
        return
    }
    foreach name [gotest::names] {
        set tname go/$name
        if {![tl::selected $tname]} continue
        if {$::ferry_kind eq "qemu" && [gotest::marked $name qemu-differs]} {
            skip $tname "qemu is known to differ: see 'ferry-test: qemu-differs' in its source"
            continue
        }
        set bin [file join $::tl::build tests go $name]
        if {![file exists $bin]} {
            report $tname fail "binary $bin not built (make test builds it with golang-go: tests/go/go.mk)"
            continue
        }
        set count [expr {$runs * [gotest::repeat_count $name]}]
        for {set r 1} {$r <= $count} {incr r} {
            set n [expr {$count == 1 ? $tname : "$tname#$r"}]
            if {[gotest::xfail $name]} {
                tl::submit [list $::ferry $bin] /dev/null {} [list gotest::xfail_done $n $name]
            } else {
                queue_test $n [list $::ferry $bin] /dev/null {} \
                    [list check_output [gotest::path $name expected] [gotest::status $name]]
            }
        }
    }
}
