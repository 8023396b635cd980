# binfmt.tcl - binfmt_misc tests (binfmt/NAME).  Sourced by tests/run.exp,
# which then calls binfmt_tests.
#
# binfmt/SCENARIO: tests/binfmt/scenario.sh SCENARIO registers ferry in a
# binfmt_misc instance of its own (a new user and mount namespace, made by
# tests/tools/binfmt-ns; Linux 6.7 and later), runs arm64 programs
# directly (./prog) and prints what they saw.  Its stdout must equal
# tests/binfmt/SCENARIO.expected, written by hand from the kernel's
# Documentation/admin-guide/binfmt-misc.rst (what each flag does to argv,
# the descriptor, the credentials and AT_SECURE, the interpreter's path),
# the entry file binfmt_misc itself prints, and qemu's aarch64 magic and
# mask; the comment above each scenario in scenario.sh says which.  The
# machine's own registrations are never seen or touched.  Where the
# kernel cannot make the namespace or mount binfmt_misc in it, or the
# tests do not run as root (the O, C and secure scenarios need a second
# user and a setuid-root program), the scenario is listed as SKIP with the
# reason.
#
# binfmt/name-binfmt-P: ferry started under a name ending in -binfmt-P
# (qemu's convention for kernels before 5.12, which do not report the P
# flag in AT_FLAGS) takes the argument after the program's path as its
# argv[0], and reads no option from the command line.
#
# These are ferry's own options, so the group is skipped under
# FERRY=qemu-aarch64.

namespace eval binfmttest {}

proc binfmttest::check {name expected result} {
    set st [dict get $result status]
    set err [dict get $result stderr]
    if {$st == 77 && [regexp -line {^SKIP: (.*)$} $err -> why]} {
        return "SKIP: $why"
    }
    return [check_output $expected 0 $result]
}

# --print-binfmt: the fields of the registration line, the magic and mask
# decoded and compared with qemu's aarch64 entry as
# scripts/qemu-binfmt-conf.sh publishes it.
proc binfmttest::check_line {interp flags result} {
    set problems [check_cli 0 {^:ferry-aarch64:M::} {!.} {} $result]
    if {$problems ne ""} { return $problems }
    set line [string trimright [dict get $result stdout] \n]
    set f [split $line :]
    set qemu_magic {\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00}
    set qemu_mask {\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff}
    set want [list "" ferry-aarch64 M "" [subst -nocommands -novariables $qemu_magic] \
                  [subst -nocommands -novariables $qemu_mask] $interp $flags]
    set got [lreplace $f 4 5 [subst -nocommands -novariables [lindex $f 4]] \
                 [subst -nocommands -novariables [lindex $f 5]]]
    if {$got ne $want} {
        return "fields differ from qemu's aarch64 entry\n$line"
    }
    return ""
}

proc binfmt_tests {} {
    if {$::ferry_kind ne "ferry"} {
        skip binfmt "--install-binfmt and the binfmt_misc start are ferry's own; FERRY is $::ferry"
        return
    }
    set build $::tl::build
    set tools [file join $build tests tools]
    set probe [file join $build tests binfmt probe]
    set static [file join [file dirname $::ferry] ferry-static]
    if {![file exists $static]} {
        set static ""
    }
    set env [list BT_FERRY=$::ferry BT_FERRY_STATIC=$static BT_TOOLS=$tools BT_PROBE=$probe \
                 BT_HELLO=[tl::c_binary hello O2] BT_HELLO_DYN=[tl::c_binary hello dyn]]
    set script [file join $::tl::root tests binfmt scenario.sh]
    foreach name [tl::names binfmt expected] {
        set tname binfmt/$name
        if {![tl::selected $tname]} continue
        set missing {}
        foreach f [list $probe [file join $tools binfmt-ns] [file join $tools exec-direct]] {
            if {![file exists $f]} { lappend missing $f }
        }
        if {$missing ne ""} {
            report $tname fail "not built: $missing (run make test)"
            continue
        }
        queue_test $tname [list sh $script $name] /dev/null $env \
            [list binfmttest::check $name [file join $::tl::root tests binfmt $name.expected]]
    }

    # The registration line and bad requests (no namespace needed: nothing
    # is registered).
    if {[tl::selected binfmt/print]} {
        queue_test binfmt/print [list $::ferry --print-binfmt --binfmt-flags POC] /dev/null {} \
            [list binfmttest::check_line [file normalize $::ferry] POC]
    }
    foreach {name argv err} [list \
        bad-flags {--print-binfmt --binfmt-flags PX} {^ferry: --binfmt-flags 'PX': } \
        repeated-flag {--print-binfmt --binfmt-flags PP} {^ferry: --binfmt-flags 'PP': } \
        no-binfmt-misc [list --install-binfmt --binfmt-flags P --binfmt-dir $build] \
            {^ferry: .*: no binfmt_misc there \(mount it: } \
        not-registered [list --uninstall-binfmt --binfmt-dir $build] {: not registered} \
        stray-flags [list --binfmt-flags P [tl::c_binary hello O2]] {go with --install-binfmt} \
        F-dynamic [list --print-binfmt --binfmt-flags F --binfmt-interpreter $::ferry] \
            {is dynamically linked, and the F flag needs a static build} \
        not-ferry [list --print-binfmt --binfmt-flags P --binfmt-interpreter [tl::c_binary hello O2]] \
            {not an x86-64 ELF program} \
    ] {
        if {![tl::selected binfmt/$name]} continue
        queue_test binfmt/$name [concat [list $::ferry] $argv] /dev/null {} [list check_cli 1 {!.} $err {}]
    }

    # -binfmt-P: a link named like qemu's wrapper.  exec-direct makes the
    # link's name argv[0].
    set tname binfmt/name-binfmt-P
    if {[tl::selected $tname]} {
        set link [file join $build tests binfmt ferry-aarch64-binfmt-P]
        file delete $link
        file link -symbolic $link $::ferry
        queue_test $tname [list [file join $tools exec-direct] $link $probe given-argv0 -strace x] \
            /dev/null {} [list check_cli 0 {^argv0=<given-argv0>\nargv\[1\]=<-strace>\nargv\[2\]=<x>\nuid=} {!.} {}]
    }
}
