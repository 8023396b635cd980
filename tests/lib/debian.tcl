# debian.tcl - real Debian bookworm arm64 programs under ferry (tests
# debian/NAME).  Sourced by tests/run.exp, which then calls debian_tests.
#
# tools/debian-sysroot.sh downloads the arm64 packages (apt-get download)
# and unpacks them (dpkg-deb -x) into $BUILD/debian/sysroot, once; without
# network access the whole group is one SKIP line.  Each workload
# tests/debian/NAME.sh (see tests/debian/lib.sh) is a bash script whose
# programs run through the emulator; it is run three ways:
#
#   qemu    qemu-aarch64 -L SYSROOT   the oracle, run now, in this test run
#   native  the host's amd64 programs  a second oracle, only for workloads
#           marked "debian-test: arch-independent" whose programs the host
#           has (the same Debian packages; tools/debian-sysroot.sh
#           --host-packages installs them when run as root)
#   ferry   $FERRY -L SYSROOT          the run under test
#
# debian/NAME passes when ferry's stdout and exit status equal qemu's (and
# qemu's stdout equals the native one).  The oracles of every workload run
# first; the ferry runs are queued when the last oracle is done, so results
# are printed in a fixed order.
#
# Environment: QEMU (default qemu-aarch64) is the oracle; DEBIAN_NATIVE=0
# skips the native runs.

namespace eval debian {
    # Workloads known to fail under ferry, NAME -> reason.  A failure of one
    # of these is a SKIP line instead of a FAIL; a pass is a FAIL ("remove
    # it from the list").  Keep it empty unless the rest must be seen
    # passing: a failing test is the better reminder.
    variable expected_failures {
    }

    variable sysroot ""
    variable qemu ""
    variable names {}        ;# workloads selected, in order
    variable oracle          ;# results: oracle(NAME,qemu|native)
    array set oracle {}
    variable pending 0       ;# oracle runs not finished yet
}

proc debian::script {name} {
    return [file join $::tl::root tests debian $name.sh]
}

# Workloads: tests/debian/*.sh except the shared lib.sh.
proc debian::workloads {} {
    set out {}
    foreach f [lsort [glob -nocomplain -directory [file join $::tl::root tests debian] *.sh]] {
        set n [file rootname [file tail $f]]
        if {$n ne "lib"} {
            lappend out $n
        }
    }
    return $out
}

proc debian::arch_independent {name} {
    return [regexp -line {^# debian-test: arch-independent\s*$} [tl::read_file [debian::script $name]]]
}

# The programs a workload runs (`run PROG ...`) that the host lacks in
# /usr/bin, for the native run.
proc debian::missing_on_host {name} {
    set missing {}
    foreach line [split [tl::read_file [debian::script $name]] \n] {
        if {[regexp {^\s*#} $line]} continue
        foreach {- prog} [regexp -all -inline {(?:^|[\s|;&(`])run ([A-Za-z0-9][A-Za-z0-9._+-]*)} $line] {
            set p [file join /usr/bin $prog]
            if {!([file isfile $p] && [file executable $p]) && $prog ni $missing} {
                lappend missing $prog
            }
        }
    }
    return $missing
}

# The harness runs `bash SCRIPT` with the runner in the environment.
proc debian::argv {name} {
    return [list bash [debian::script $name]]
}

proc debian::runner_env {runner emulator} {
    return [list DEBIAN_RUNNER=$runner DEBIAN_EMU=$emulator DEBIAN_SYSROOT=$::debian::sysroot]
}

# Make sure the sysroot exists.  Returns "" when it does, else a reason to
# skip (no network, not root, not Debian); a broken builder is a failure.
proc debian::ensure_sysroot {} {
    set dir [file join $::tl::build debian]
    set builder [file join $::tl::root tools debian-sysroot.sh]
    set errfile [file join $::tl::workdir debian-sysroot.err]
    set status 0
    if {[catch {exec timeout 900 bash $builder --dir $dir --print 2> $errfile} out opts]} {
        set ec [dict get $opts -errorcode]
        set status [expr {[lindex $ec 0] eq "CHILDSTATUS" ? [lindex $ec 2] : $out}]
    }
    set err [expr {[file exists $errfile] ? [tl::read_file $errfile] : ""}]
    file delete $errfile
    if {$status == 3} {
        set lines [split [string trim $err] \n]
        return [string trim [lindex $lines end]]
    }
    if {$status != 0} {
        report debian/sysroot fail "tools/debian-sysroot.sh failed ([describe_status $status])\n[tl::head $err 8]"
        return "the sysroot could not be built"
    }
    set ::debian::sysroot [string trim [lindex [split [string trim $out] \n] end]]
    return ""
}

proc debian::oracle_done {name runner result} {
    set ::debian::oracle($name,$runner) $result
    incr ::debian::pending -1
    if {$::debian::pending == 0} {
        debian::queue_ferry_runs
    }
}

proc debian::queue_ferry_runs {} {
    foreach name $::debian::names {
        set env [debian::runner_env ferry $::ferry]
        if {[dict exists $::debian::expected_failures $name]} {
            tl::submit [debian::argv $name] /dev/null $env [list debian::xfail_done $name]
        } else {
            queue_test debian/$name [debian::argv $name] /dev/null $env [list debian::check $name]
        }
    }
}

# A result that is not a normal exit of the workload script.
proc debian::broken {result} {
    set st [dict get $result status]
    return [expr {![string is integer -strict $st]}]
}

proc debian::compare {name result} {
    set q $::debian::oracle($name,qemu)
    if {[debian::broken $q]} {
        return "the oracle (qemu-aarch64) did not finish: [describe_status [dict get $q status]]\nstderr:\n[tl::head [dict get $q stderr]]"
    }
    set problems {}
    set detail {}
    set st [dict get $result status]
    if {![tl::status_matches $st [dict get $q status]]} {
        lappend problems "[describe_status $st], qemu gave [describe_status [dict get $q status]]"
    }
    if {[dict get $result stdout] ne [dict get $q stdout]} {
        lappend problems "stdout differs from qemu's"
        lappend detail [tl::short_diff [dict get $q stdout] [dict get $result stdout] 16]
    }
    if {[info exists ::debian::oracle($name,native)]} {
        set n $::debian::oracle($name,native)
        if {[debian::broken $n]} {
            lappend problems "the native run did not finish: [describe_status [dict get $n status]]"
        } elseif {[dict get $n stdout] ne [dict get $q stdout]} {
            # The workload is not as architecture-independent as it claims,
            # or qemu is wrong: either way the oracles cannot be trusted.
            lappend problems "the oracles disagree: native output differs from qemu's"
            lappend detail "native (expected) vs qemu (actual):\n[tl::short_diff [dict get $n stdout] [dict get $q stdout] 8]"
        }
    }
    if {[llength $problems] == 0} {
        return ""
    }
    if {[dict get $result stderr] ne ""} {
        lappend detail "stderr:\n[tl::head [dict get $result stderr] 8]"
    }
    return [join [concat [list [join $problems {; }]] $detail] \n]
}

proc debian::check {name result} {
    return [debian::compare $name $result]
}

# An expected failure is neither counted as passed nor as failed.
proc debian::xfail_done {name result} {
    if {[debian::compare $name $result] eq ""} {
        report debian/$name fail "passes now: remove it from debian::expected_failures in tests/lib/debian.tcl"
    } else {
        skip debian/$name "expected failure: [dict get $::debian::expected_failures $name]"
    }
}

proc debian_tests {} {
    set names {}
    foreach n [debian::workloads] {
        if {[tl::selected debian/$n]} {
            lappend names $n
        }
    }
    if {[llength $names] == 0} {
        return
    }
    set ::debian::qemu [tl::resolve_program [tl::getenv QEMU qemu-aarch64]]
    if {![tl::program_exists $::debian::qemu]} {
        skip debian "$::debian::qemu, the oracle, is not installed"
        return
    }
    set why [debian::ensure_sysroot]
    if {$why ne ""} {
        skip debian "no Debian arm64 sysroot: $why"
        return
    }
    set ::debian::names $names
    set native [expr {[tl::getenv DEBIAN_NATIVE 1] ne "0"}]
    if {$native} {
        # The same programs for the host (as root: installs what is missing).
        catch {exec bash [file join $::tl::root tools debian-sysroot.sh] --host-packages --quiet 2>@1}
    }
    set jobs {}
    set no_native {}
    foreach name $names {
        lappend jobs $name qemu $::debian::qemu
        if {!$native || ![debian::arch_independent $name]} continue
        set missing [debian::missing_on_host $name]
        if {[llength $missing] > 0} {
            lappend no_native "$name ([join $missing {, }])"
            continue
        }
        lappend jobs $name native ""
    }
    if {[llength $no_native] > 0} {
        skip "debian native comparison" "host programs missing: [join $no_native {; }]"
    }
    set ::debian::pending [expr {[llength $jobs] / 3}]
    foreach {name runner emulator} $jobs {
        tl::submit [debian::argv $name] /dev/null [debian::runner_env $runner $emulator] \
            [list debian::oracle_done $name $runner]
    }
}
