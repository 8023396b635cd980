# expected.tcl - regenerate expected outputs with the oracle, never with
# ferry.  Run by `make expected` (which builds the binaries first):
#
#   ORACLE=qemu-aarch64 BUILD=build tclsh tests/lib/expected.tcl
#
# asm/NAME: runs build/tests/asm/NAME under the oracle; its exit status
#   must be NAME.status (default 0); writes tests/asm/NAME.expected.
# c/NAME:   runs the -O0, -O2, -pie and -dyn builds (those NAME is built
#   in: tl::c_variants) under the oracle, -dyn with -L and the cross
#   sysroot, which must agree with each other and with NAME.status; unless
#   the source says "ferry-test: arch-specific", the native x86-64 build
#   must print the same too.  Then writes tests/c/NAME.expected.  A source
#   marked "ferry-test: qemu-differs" (qemu is known to get it wrong) takes
#   its expected output from the native build alone.  A source marked
#   "ferry-test: repeat N" has each of those runs made N times, all alike.
# Anything inconsistent is reported and its file left alone; the exit
# status is then 1.  FILTER (a Tcl regexp on asm/NAME or c/NAME) selects.

source [file join [file dirname [file normalize [info script]]] testlib.tcl]

set oracle [tl::resolve_program [tl::getenv ORACLE qemu-aarch64]]
set build [tl::getenv BUILD build]
# Caller-relative paths are resolved before moving to the repository root.
set build [file normalize $build]
cd $tl::root
tl::setup $build

if {![tl::program_exists $oracle]} {
    puts stderr "expected.tcl: oracle '$oracle' not found"
    exit 1
}

set errors 0
set written 0
set unchanged 0

proc problem {name msg} {
    global errors
    incr errors
    puts "ERROR $name: $msg"
}

proc store {name path data} {
    global written unchanged
    if {[file exists $path] && [tl::read_file $path] eq $data} {
        incr unchanged
        return
    }
    set verb [expr {[file exists $path] ? "updated" : "created"}]
    tl::write_file $path $data
    incr written
    puts "$verb [string map [list $::tl::root/ {}] $path]"
}

proc show_status {s} {
    return [expr {[string is integer -strict $s] ? "exit status $s" : $s}]
}

foreach name [tl::asm_tests] {
    if {![tl::selected asm/$name]} continue
    if {[string match "*ferry-test: expected-by-hand*" [tl::read_file [tl::asm_file $name S]]]} {
        puts "SKIP asm/$name: expected output written by hand (see the test's header)"
        continue
    }
    set bin [tl::asm_binary $name]
    if {![file exists $bin]} {
        problem asm/$name "$bin not built"
        continue
    }
    set r [tl::run_sync [list $oracle $bin]]
    set want [tl::asm_status $name]
    if {![tl::status_matches [dict get $r status] $want]} {
        problem asm/$name "oracle gave [show_status [dict get $r status]], expected [show_status $want]\n[tl::head [dict get $r stderr]]"
        continue
    }
    store asm/$name [tl::asm_file $name expected] [dict get $r stdout]
}

foreach name [tl::c_tests] {
    if {![tl::selected c/$name]} continue
    # "ferry-test: expected-by-hand": no emulator is a valid oracle (qemu
    # 7.2 is wrong there, and the output is arm64-specific); the expected
    # file was written from the man pages and is never regenerated.
    if {[tl::c_marked $name expected-by-hand]} {
        puts "SKIP c/$name: expected output written by hand (see the test's header)"
        continue
    }
    set args [tl::c_args $name]
    set stdin [tl::c_stdin $name]
    set envx [tl::c_env $name]
    set want_status [tl::c_status $name]
    set ok 1
    set reference ""
    # "ferry-test: qemu-differs": qemu is known to be wrong here, and the
    # native build (a real kernel) is the only oracle.
    set native_only [expr {[tl::c_marked $name qemu-differs] && [tl::is_qemu $oracle]}]
    if {$native_only && [tl::c_arch_specific $name]} {
        problem c/$name "marked both qemu-differs and arch-specific: no oracle left"
        continue
    }
    set variants [expr {$native_only ? {} : [tl::c_variants $name]}]
    # "ferry-test: repeat N" (racy tests): every oracle run is made N
    # times, and all of them must print the same.
    set repeat [tl::repeat_count [tl::c_file $name c]]
    foreach v $variants {
        set bin [tl::c_binary $name $v]
        if {![file exists $bin]} {
            problem c/$name "$bin not built"
            set ok 0
            break
        }
        for {set i 1} {$i <= $repeat && $ok} {incr i} {
            set run [expr {$repeat > 1 ? "-$v (run $i of $repeat)" : "-$v"}]
            set r [tl::run_sync [tl::c_command $oracle $name $v] $stdin $envx]
            if {![tl::status_matches [dict get $r status] $want_status]} {
                problem c/$name-$v "oracle gave [show_status [dict get $r status]], NAME.status says $want_status\n[tl::head [dict get $r stderr]]"
                set ok 0
            } elseif {$reference eq ""} {
                set reference $run
                set out [dict get $r stdout]
            } elseif {[dict get $r stdout] ne $out} {
                problem c/$name "$run output differs from $reference under the oracle (not deterministic?)\n[tl::short_diff $out [dict get $r stdout]]"
                set ok 0
            }
        }
        if {!$ok} break
    }
    if {!$ok} continue
    if {![tl::c_arch_specific $name]} {
        set nbin [tl::native_binary $name]
        if {![file exists $nbin]} {
            problem c/$name "$nbin not built"
            continue
        }
        # The native program runs directly: same argv, stdin, environment.
        for {set i 1} {$i <= $repeat && $ok} {incr i} {
            set r [tl::run_sync [concat [list $nbin] $args] $stdin [tl::c_env $name [file dirname $nbin]]]
            if {![tl::status_matches [dict get $r status] $want_status]} {
                problem c/$name "native x86-64 build gave [show_status [dict get $r status]], expected $want_status"
                set ok 0
            } elseif {$native_only && $i == 1} {
                set out [dict get $r stdout]
            } elseif {[dict get $r stdout] ne $out} {
                set what [expr {$native_only ? "native x86-64 output differs between runs (not deterministic?)"
                                : "native x86-64 output differs from the oracle; fix the test or mark it 'ferry-test: arch-specific'"}]
                problem c/$name "$what\n[tl::short_diff $out [dict get $r stdout]]"
                set ok 0
            }
        }
        if {!$ok} continue
    }
    store c/$name [tl::c_file $name expected] $out
}

tl::cleanup
puts "expected: $written written, $unchanged unchanged, $errors errors"
exit [expr {$errors > 0}]
