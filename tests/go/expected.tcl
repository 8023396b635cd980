# tests/go/expected.tcl - regenerate tests/go/NAME.expected from the
# oracles, never from ferry.  Run by `make go-expected` (tests/go/go.mk),
# which builds both binaries first:
#
#   ORACLE=qemu-aarch64 BUILD=build tclsh tests/go/expected.tcl
#
# For each tests/go/NAME.go: the native build ($BUILD/tests/go/native/NAME,
# GOARCH=amd64) and the arm64 build under the oracle ($BUILD/tests/go/NAME)
# each run GO_EXPECTED_RUNS times (default 3; these programs use threads,
# so a result that depends on scheduling shows up as a disagreement).
# Every run must exit with NAME.status (default 0) and print the same
# stdout, which becomes NAME.expected.  Markers in the source:
#   ferry-test: qemu-differs (why)   qemu 7.2 is known to be wrong: the native
#                                    build is the only oracle
#   ferry-test: arch-specific (why)  no native oracle: qemu only
# Anything inconsistent is reported as ERROR and its file left alone; the
# exit status is then 1.  FILTER (a Tcl regexp on go/NAME) selects.

source [file join [file dirname [file normalize [info script]]] .. lib testlib.tcl]

set oracle [tl::resolve_program [tl::getenv ORACLE qemu-aarch64]]
set build [file normalize [tl::getenv BUILD build]]
cd $tl::root
tl::setup $build
set runs [tl::getenv GO_EXPECTED_RUNS 3]

if {![tl::program_exists $oracle]} {
    puts stderr "expected.tcl: oracle '$oracle' not found"
    exit 1
}

set errors 0
set written 0
set unchanged 0

proc problem {name msg} {
    incr ::errors
    puts "ERROR $name: $msg"
}

proc show_status {s} {
    return [expr {[string is integer -strict $s] ? "exit status $s" : $s}]
}

proc go_file {name ext} { return [file join $::tl::root tests go $name.$ext] }

proc go_marked {name marker} {
    return [string match "*ferry-test: $marker*" [tl::read_file [go_file $name go]]]
}

proc go_status {name} {
    set f [go_file $name status]
    return [expr {[file exists $f] ? [string trim [tl::read_file $f]] : 0}]
}

# Run ARGV $runs times; return the common stdout, or raise an error that
# says how the runs disagreed.
proc agreed_output {what argv want_status} {
    set first ""
    for {set i 1} {$i <= $::runs} {incr i} {
        set r [tl::run_sync $argv]
        set st [dict get $r status]
        if {![tl::status_matches $st $want_status]} {
            error "$what run $i: [show_status $st], expected [show_status $want_status]\n[tl::head [dict get $r stderr]]"
        }
        if {$i == 1} {
            set first [dict get $r stdout]
        } elseif {[dict get $r stdout] ne $first} {
            error "$what run $i prints something else than run 1 (not deterministic):\n[tl::short_diff $first [dict get $r stdout]]"
        }
    }
    return $first
}

foreach src [lsort [glob -nocomplain -directory [file join $tl::root tests go] *.go]] {
    set name [file rootname [file tail $src]]
    if {![tl::selected go/$name]} continue
    set bin [file join $build tests go $name]
    set nbin [file join $build tests go native $name]
    set want [go_status $name]
    set use_qemu [expr {![go_marked $name qemu-differs]}]
    set use_native [expr {![go_marked $name arch-specific]}]
    if {!$use_qemu && !$use_native} {
        problem go/$name "marked both qemu-differs and arch-specific: no oracle left"
        continue
    }
    set outs {}
    if {[catch {
        if {$use_native} {
            if {![file exists $nbin]} { error "$nbin not built" }
            dict set outs native [agreed_output native [list $nbin] $want]
        }
        if {$use_qemu} {
            if {![file exists $bin]} { error "$bin not built" }
            dict set outs qemu [agreed_output $oracle [list $oracle $bin] $want]
        }
    } err]} {
        problem go/$name $err
        continue
    }
    if {$use_native && $use_qemu && [dict get $outs native] ne [dict get $outs qemu]} {
        problem go/$name "the oracles disagree (native expected, $oracle actual); if qemu is wrong, mark the source 'ferry-test: qemu-differs (why)':\n[tl::short_diff [dict get $outs native] [dict get $outs qemu]]"
        continue
    }
    set data [dict get $outs [expr {$use_native ? "native" : "qemu"}]]
    set path [go_file $name expected]
    if {[file exists $path] && [tl::read_file $path] eq $data} {
        incr unchanged
        continue
    }
    set verb [expr {[file exists $path] ? "updated" : "created"}]
    tl::write_file $path $data
    incr written
    puts "$verb tests/go/$name.expected"
}

tl::cleanup
puts "go expected: $written written, $unchanged unchanged, $errors error(s)"
exit [expr {$errors > 0}]
