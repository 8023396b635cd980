# testlib.tcl - shared by tests/run.exp (the driver) and tests/lib/expected.tcl
# (regenerates expected outputs with the oracle), so both run a test in
# exactly the same way: same arguments, stdin, environment and timeout.
#
# A guest runs as
#     timeout -k 5 $TIMEOUT env -i <fixed environment> $EMULATOR [opts] PROGRAM ARGS...
# with stdin from a file (or /dev/null), stdout captured through a pipe and
# stderr written to a file.  Results are dicts:
#     status   exit code (integer), a signal name (SIGSEGV), "timeout",
#              or "error: ..." when the command could not be started
#     stdout   captured bytes          stderr   captured bytes
#     elapsed  milliseconds

namespace eval tl {
    # Repository root: this file lives in tests/lib/.
    variable root [file normalize [file join [file dirname [info script]] .. ..]]
    variable build ""        ;# absolute build directory
    variable tmpdir ""       ;# TMPDIR given to guests
    variable workdir ""      ;# scratch files of the harness itself
    variable timeout 20      ;# seconds per guest run
    variable jobs 1          ;# guests run in parallel
    variable max_output [expr {16 * 1024 * 1024}]
    variable running 0
    variable queue {}
    variable seq 0
    variable buf
    array set buf {}
    variable killed
    array set killed {}
    variable sync_result ""
    # The arm64 sysroot of the dynamically linked tests: Debian's cross
    # libc (libc6-dev-arm64-cross), the one they are linked against.
    variable cross_sysroot /usr/aarch64-linux-gnu
}

# Environment variables of the harness itself: $name's value, or $default.
proc tl::getenv {name {default ""}} {
    if {[info exists ::env($name)] && $::env($name) ne ""} {
        return $::env($name)
    }
    return $default
}

# An emulator given as a path is made absolute (relative to the caller's
# directory, before any cd); a bare name is looked up in PATH at run time.
proc tl::resolve_program {p} {
    if {[string first / $p] >= 0} {
        return [file normalize $p]
    }
    return $p
}

proc tl::program_exists {p} {
    if {[string first / $p] >= 0} {
        return [expr {[file isfile $p] && [file executable $p]}]
    }
    return [expr {[auto_execok $p] ne ""}]
}

# Call once, from the repository root, before running anything.
proc tl::setup {build} {
    variable tmpdir
    variable workdir
    set ::tl::build [file normalize $build]
    set ::tl::timeout [tl::getenv TIMEOUT 20]
    set ::tl::jobs [tl::getenv JOBS [tl::ncpus]]
    # Per-run directories, so that concurrent runs do not disturb each other.
    set tmpdir [file join $::tl::build tests tmp.[pid]]
    set workdir [file join $::tl::build tests run.[pid]]
    file delete -force $tmpdir $workdir
    file mkdir $tmpdir $workdir
}

# Remove the per-run directories (guests should have cleaned up TMPDIR).
proc tl::cleanup {} {
    file delete -force $::tl::tmpdir $::tl::workdir
}

proc tl::ncpus {} {
    if {[catch {exec nproc} n] || ![string is integer -strict $n] || $n < 1} {
        return 2
    }
    return $n
}

# Does the test name match FILTER (a Tcl regular expression, unanchored)?
proc tl::selected {name} {
    set f [tl::getenv FILTER]
    if {$f eq ""} {
        return 1
    }
    return [regexp -- $f $name]
}

# The guest's complete environment: fixed, so that output cannot depend on
# who runs the tests.  FERRY_* (except FERRY_TEST_*) and QEMU_* variables of
# the caller pass through so emulator debug options still work.
proc tl::guest_env {{extra {}}} {
    set e [list PATH=$::env(PATH) HOME=/nonexistent LANG=C LC_ALL=C \
               TMPDIR=$::tl::tmpdir "FERRY_TEST_ENV=hello world=1;x"]
    foreach name [lsort [array names ::env]] {
        if {([string match FERRY_* $name] && ![string match FERRY_TEST_* $name])
            || [string match QEMU_* $name]} {
            lappend e $name=$::env($name)
        }
    }
    return [concat $e $extra]
}

# Tcl's exec/open treat words starting with < > | (and a lone &) as
# redirections, so such words cannot be passed as guest arguments.
proc tl::bad_word {words} {
    foreach w $words {
        if {[regexp {^(<|>|\||2>|&$)} $w]} {
            return $w
        }
    }
    return ""
}

# --- running guests, in parallel --------------------------------------------

# Queue one run.  argv: emulator, its options, program, arguments.  When it
# finishes, {*}$callback $result is called.
proc tl::submit {argv stdin envextra callback} {
    lappend ::tl::queue [list $argv $stdin $envextra $callback]
    tl::pump
}

proc tl::pump {} {
    while {$::tl::running < $::tl::jobs && [llength $::tl::queue] > 0} {
        set job [lindex $::tl::queue 0]
        set ::tl::queue [lrange $::tl::queue 1 end]
        incr ::tl::running
        tl::launch {*}$job
    }
}

# Wait until every submitted run has finished.
proc tl::wait_all {} {
    while {$::tl::running > 0 || [llength $::tl::queue] > 0} {
        vwait ::tl::running
    }
}

proc tl::launch {argv stdin envextra callback} {
    set id [incr ::tl::seq]
    set errfile [file join $::tl::workdir $id.stderr]
    set cmd [concat [list timeout -k 5 $::tl::timeout env -i] [tl::guest_env $envextra] $argv]
    set bad [tl::bad_word $argv]
    if {$bad ne ""} {
        tl::finish $callback [dict create status "error: argument '$bad' looks like a redirection" \
                                  stdout "" stderr "" elapsed 0]
        return
    }
    set t0 [clock milliseconds]
    if {[catch {open |[concat $cmd [list < $stdin 2> $errfile]] rb} ch]} {
        tl::finish $callback [dict create status "error: $ch" stdout "" stderr "" elapsed 0]
        return
    }
    fconfigure $ch -blocking 0 -translation binary
    set ::tl::buf($ch) ""
    fileevent $ch readable [list tl::readable $ch $errfile $t0 $callback]
}

proc tl::readable {ch errfile t0 callback} {
    append ::tl::buf($ch) [read $ch]
    if {[string length $::tl::buf($ch)] > $::tl::max_output && ![info exists ::tl::killed($ch)]} {
        # Runaway output: stop the guest (timeout forwards TERM to it).
        set ::tl::killed($ch) 1
        catch {exec kill -TERM {*}[pid $ch]}
    }
    if {![eof $ch]} {
        return
    }
    fileevent $ch readable {}
    fconfigure $ch -blocking 1
    set status 0
    if {[catch {close $ch} msg opts]} {
        set ec [dict get $opts -errorcode]
        switch -- [lindex $ec 0] {
            CHILDSTATUS { set status [lindex $ec 2] }
            CHILDKILLED { set status [lindex $ec 2] }
            default { set status "error: $msg" }
        }
    }
    set elapsed [expr {[clock milliseconds] - $t0}]
    # timeout(1) exits 124 (or 137 after -k) when the time ran out.
    if {($status == 124 || $status == 137) && $elapsed >= $::tl::timeout * 1000 - 500} {
        set status timeout
    }
    if {[info exists ::tl::killed($ch)]} {
        unset ::tl::killed($ch)
        set status "output limit exceeded ($::tl::max_output bytes)"
    }
    set stderr ""
    if {![catch {open $errfile rb} f]} {
        set stderr [read $f]
        close $f
    }
    file delete $errfile
    set out $::tl::buf($ch)
    unset ::tl::buf($ch)
    tl::finish $callback [dict create status $status stdout $out stderr $stderr elapsed $elapsed]
}

proc tl::finish {callback result} {
    incr ::tl::running -1
    after 0 tl::pump
    if {[catch {{*}$callback $result} err]} {
        # Typically stdout closed under us (`| head`): give up quietly.
        catch {puts stderr "test harness: $err"}
        exit 2
    }
}

# Run one command and return its result dict.
proc tl::run_sync {argv {stdin /dev/null} {envextra {}}} {
    set ::tl::sync_result ""
    tl::submit $argv $stdin $envextra [list set ::tl::sync_result]
    while {$::tl::sync_result eq ""} {
        vwait ::tl::sync_result
    }
    return $::tl::sync_result
}

# --- test definitions ----------------------------------------------------------

proc tl::read_file {path} {
    set f [open $path rb]
    set data [read $f]
    close $f
    return $data
}

proc tl::write_file {path data} {
    set f [open $path wb]
    puts -nonewline $f $data
    close $f
}

# Names (without extension) of files matching tests/DIR/*.EXT, sorted.
proc tl::names {dir ext {exclude {}}} {
    set out {}
    foreach f [lsort [glob -nocomplain -directory [file join $::tl::root tests $dir] *.$ext]] {
        set n [file rootname [file tail $f]]
        if {$n ni $exclude} {
            lappend out $n
        }
    }
    return $out
}

proc tl::asm_tests {} { return [tl::names asm S {harness}] }
proc tl::c_tests {} { return [tl::names c c] }
# Build flavours of guest C programs (tests.mk): -static -O0, -static -O2,
# -static-pie -O2 and dynamically linked -O2.  With a test name, only the
# flavours that test is built in: a source marked "ferry-test: static-only"
# has no -dyn build, one marked "ferry-test: dynamic-only" only that.
proc tl::c_variants {{name ""}} {
    if {$name eq ""} {
        return {O0 O2 pie dyn}
    }
    if {[tl::c_marked $name static-only]} {
        return {O0 O2 pie}
    }
    if {[tl::c_marked $name dynamic-only]} {
        return {dyn}
    }
    return {O0 O2 pie dyn}
}

# Does tests/c/NAME.c carry the comment "ferry-test: MARKER"?
proc tl::c_marked {name marker} {
    set f [tl::c_file $name c]
    return [expr {[file exists $f] && [string match "*ferry-test: $marker*" [tl::read_file $f]]}]
}

# How many times each build of a test runs: the source comment
# "ferry-test: repeat N" (for tests whose failures are races that show up
# only sometimes), default 1.  path is the test's source file.
proc tl::repeat_count {path} {
    if {[file exists $path] &&
        [regexp {ferry-test: repeat ([0-9]+)} [tl::read_file $path] -> n] && $n > 1} {
        return $n
    }
    return 1
}

# The names of the runs of test NAME (c/NAME-O2, asm/NAME): NAME itself
# if it runs once, else NAME#1 ... NAME#N.
proc tl::run_names {name count} {
    if {$count <= 1} {
        return [list $name]
    }
    set out {}
    for {set i 1} {$i <= $count} {incr i} {
        lappend out "$name#$i"
    }
    return $out
}

# Is the emulator qemu (the stand-in, or the oracle of make expected)?
proc tl::is_qemu {emulator} {
    return [string match *qemu* [file tail $emulator]]
}

# Emulator options a flavour needs.  ferry runs dynamically linked programs
# with no option at all (its default sysroot is the cross libc); qemu has no
# default and is given -L.
proc tl::emulator_options {emulator variant} {
    if {$variant eq "dyn" && [tl::is_qemu $emulator]} {
        return [list -L $::tl::cross_sysroot]
    }
    return {}
}

# The complete command line of guest C test NAME in flavour VARIANT.
proc tl::c_command {emulator name variant} {
    return [concat [list $emulator] [tl::emulator_options $emulator $variant] \
                [list [tl::c_binary $name $variant]] [tl::c_args $name]]
}

proc tl::asm_binary {name} { return [file join $::tl::build tests asm $name] }
proc tl::c_binary {name variant} { return [file join $::tl::build tests c $name-$variant] }
proc tl::native_binary {name} { return [file join $::tl::build tests native $name] }

proc tl::c_file {name ext} { return [file join $::tl::root tests c $name.$ext] }
proc tl::asm_file {name ext} { return [file join $::tl::root tests asm $name.$ext] }

# Expected exit status of an asm test: NAME.status, default 0.
proc tl::asm_status {name} {
    set f [tl::asm_file $name status]
    if {[file exists $f]} {
        return [string trim [tl::read_file $f]]
    }
    return 0
}

# Guest arguments: NAME.args is a Tcl list (braces or quotes group words).
proc tl::c_args {name} {
    set f [tl::c_file $name args]
    if {[file exists $f]} {
        return [string trim [tl::read_file $f]]
    }
    return {}
}

proc tl::c_stdin {name} {
    set f [tl::c_file $name stdin]
    if {[file exists $f]} {
        return $f
    }
    return /dev/null
}

# Expected exit status: a number or a signal name (SIGTERM); default 0.
proc tl::c_status {name} {
    set f [tl::c_file $name status]
    if {[file exists $f]} {
        return [string trim [tl::read_file $f]]
    }
    return 0
}

# Extra guest environment: NAME.env holds VAR=value lines.  @BINDIR@
# stands for the absolute directory of the test binary (its test libraries
# are in @BINDIR@/lib): build/tests/c, or build/tests/native for the native
# build (bindir).
proc tl::c_env {name {bindir ""}} {
    if {$bindir eq ""} {
        set bindir [file join $::tl::build tests c]
    }
    set f [tl::c_file $name env]
    set out {}
    if {[file exists $f]} {
        foreach line [split [tl::read_file $f] \n] {
            if {[string trim $line] ne "" && ![string match #* $line]} {
                lappend out [string map [list @BINDIR@ $bindir] $line]
            }
        }
    }
    return $out
}

# Sources whose output is architecture specific say so in a comment.
proc tl::c_arch_specific {name} {
    return [string match "*ferry-test: arch-specific*" [tl::read_file [tl::c_file $name c]]]
}

# Compare an actual status with an expected one ("0", "3", "SIGTERM").
proc tl::status_matches {actual expected} {
    if {[string is integer -strict $expected] && [string is integer -strict $actual]} {
        return [expr {$actual == $expected}]
    }
    return [expr {$actual eq $expected}]
}

# A short unified diff between two strings, at most $max lines.
proc tl::short_diff {expected actual {max 12}} {
    set a [file join $::tl::workdir diff.expected]
    set b [file join $::tl::workdir diff.actual]
    tl::write_file $a $expected
    tl::write_file $b $actual
    catch {exec diff -u --label expected --label actual $a $b} out
    file delete $a $b
    set lines {}
    foreach l [split $out \n] {
        if {$l eq "child process exited abnormally"} {
            continue
        }
        lappend lines $l
    }
    if {[llength $lines] > $max} {
        set more [expr {[llength $lines] - $max}]
        set lines [concat [lrange $lines 0 [expr {$max - 1}]] [list "... ($more more diff lines)"]]
    }
    return [join $lines \n]
}

# First lines of a stderr capture, for failure messages.
proc tl::head {text {max 5}} {
    set lines [split [string trimright $text \n] \n]
    if {[llength $lines] > $max} {
        set lines [concat [lrange $lines 0 [expr {$max - 1}]] [list "..."]]
    }
    return [join $lines \n]
}
