# env_options.tcl - option variables (env/NAME).  Sourced by tests/run.exp,
# which then calls env_tests.
#
# qemu-aarch64 reads QEMU_LD_PREFIX, QEMU_STRACE, QEMU_LOG,
# QEMU_LOG_FILENAME, QEMU_SET_ENV, QEMU_UNSET_ENV, QEMU_ARGV0, QEMU_UNAME,
# QEMU_STACK_SIZE, QEMU_RAND_SEED (and more) before its command line,
# which wins (qemu-aarch64 --help, linux-user/main.c); ferry does the same
# and also reads each with a FERRY_ prefix, which wins over QEMU_.
#
# The oracle is qemu-aarch64 itself, run now with the QEMU_ spelling: a
# test named env/QEMU_X or env/FERRY_X passes when ferry's stdout and exit
# status equal qemu's.  Where qemu's output cannot be compared (its -d and
# -strace listings differ from ferry's; its -seed stream is another), the
# test checks the documented effect instead: a listing on stderr or in
# the file, the same bytes as -seed N.  FERRY_* tests and ferry's own
# messages are skipped under FERRY=qemu-aarch64.

namespace eval envtest {
    variable oracle qemu-aarch64
}

# ferry's result must equal the oracle's: stdout and status, or (what =
# status, for bad values: qemu prints its usage on stdout then) the status
# and no guest output.
proc envtest::check_same {what ref result} {
    set problems {}
    set detail {}
    if {![tl::status_matches [dict get $result status] [dict get $ref status]]} {
        lappend problems "[describe_status [dict get $result status]], qemu gave [describe_status [dict get $ref status]]"
    }
    if {$what eq "status"} {
        if {[regexp {argc=} [dict get $result stdout]]} {
            lappend problems "the program ran"
        }
    } elseif {[dict get $result stdout] ne [dict get $ref stdout]} {
        lappend problems "stdout differs from qemu's"
        lappend detail [tl::short_diff [dict get $ref stdout] [dict get $result stdout]]
    }
    if {$problems eq ""} {
        return ""
    }
    if {[dict get $result stderr] ne ""} {
        lappend detail "stderr:\n[tl::head [dict get $result stderr]]"
    }
    return [join [concat [list [join $problems {; }]] $detail] \n]
}

# Queue test env/NAME: ferry with `args` and the environment `env`, against
# qemu with the same arguments and `qemu_env`.
proc envtest::versus_qemu {name args env qemu_env {what all}} {
    if {![tl::selected env/$name]} return
    if {![tl::program_exists $::envtest::oracle]} {
        skip env/$name "$::envtest::oracle, the oracle, is not installed"
        return
    }
    set ref [tl::run_sync [concat [list $::envtest::oracle] $args] /dev/null $qemu_env]
    queue_test env/$name [concat [list $::ferry] $args] /dev/null $env [list envtest::check_same $what $ref]
}

proc envtest::check_file {path re result} {
    set problems [check_cli 0 {^hello, world$} {!^IN:} {} $result]
    if {$problems ne ""} { return $problems }
    if {![file exists $path]} { return "no log file $path" }
    set text [tl::read_file $path]
    file delete $path
    if {![regexp -line $re $text]} { return "$path has no line matching /$re/:\n[tl::head $text]" }
    return ""
}

proc envtest::check_seed {want result} {
    set problems [check_cli 0 {^getrandom } {} {} $result]
    if {$problems ne ""} { return $problems }
    # qemu 7.2's -seed covers AT_RANDOM only, not getrandom.
    set got [dict get $result stdout]
    if {$::ferry_kind eq "qemu"} {
        set want [lindex [split $want \n] 0]
        set got [lindex [split $got \n] 0]
    }
    if {$got ne $want} {
        return "not the bytes of -seed 42:\n[tl::short_diff $want $got]"
    }
    return ""
}

proc env_tests {} {
    set args_bin [tl::c_binary args O2]
    set probe [tl::c_binary cliprobe O2]
    set hello [tl::c_binary hello O2]
    set hello_dyn [tl::c_binary hello dyn]
    set prefixes [expr {$::ferry_kind eq "ferry" ? {QEMU FERRY} : {QEMU}}]

    foreach p $prefixes {
        # NAME  arguments  value(s) of the variable(s), given with prefix $p
        foreach {suffix argv vars} [list \
            SET_ENV [list $args_bin] [list SET_ENV=FERRY_TEST_A=1,FERRY_TEST_B=two=2] \
            UNSET_ENV [list $args_bin] [list UNSET_ENV=FERRY_TEST_CLI,FERRY_TEST_ENV] \
            ARGV0 [list $args_bin one] [list ARGV0=from-env] \
            UNAME [list $probe release 5.4.3-from-env] [list UNAME=5.4.3-from-env] \
            STACK_SIZE [list $probe recurse 20000] [list STACK_SIZE=64M] \
            LD_PREFIX [list $hello_dyn] [list LD_PREFIX=$tl::cross_sysroot] \
        ] {
            set env {FERRY_TEST_CLI=from-host}
            set qenv {FERRY_TEST_CLI=from-host}
            foreach v $vars {
                lappend env ${p}_$v
                lappend qenv QEMU_$v
            }
            envtest::versus_qemu ${p}_$suffix $argv $env $qenv
        }
        # A missing sysroot named by the variable: exit 127 and the name.
        if {[tl::selected env/${p}_LD_PREFIX-missing]} {
            set err [expr {$::ferry_kind eq "ferry" ? {^ferry: .*sysroot /nonexistent/ferry-sysroot} : {}}]
            queue_test env/${p}_LD_PREFIX-missing [list $::ferry $hello_dyn] /dev/null \
                [list ${p}_LD_PREFIX=/nonexistent/ferry-sysroot] \
                [list check_cli [expr {$::ferry_kind eq "ferry" ? 127 : "nonzero"}] {!hello} $err {}]
        }
        # Switches: any value, even empty, turns them on (qemu's rule).
        if {[tl::selected env/${p}_STRACE]} {
            queue_test env/${p}_STRACE [list $::ferry $hello] /dev/null [list ${p}_STRACE=] \
                [list check_cli 0 {^hello, world$} {write\(1,} {}]
        }
        if {[tl::selected env/${p}_LOG]} {
            queue_test env/${p}_LOG [list $::ferry $hello] /dev/null [list ${p}_LOG=in_asm] \
                [list check_cli 0 {^hello, world$} {^IN: } {}]
        }
        if {[tl::selected env/${p}_LOG_FILENAME]} {
            set log [file join $tl::tmpdir env-$p-log.txt]
            queue_test env/${p}_LOG_FILENAME [list $::ferry $hello] /dev/null \
                [list ${p}_LOG=in_asm ${p}_LOG_FILENAME=$log] [list envtest::check_file $log {^IN: }]
        }
        # QEMU_RAND_SEED is -seed: the same bytes as -seed 42.
        if {[tl::selected env/${p}_RAND_SEED]} {
            set want [dict get [tl::run_sync [list $::ferry -seed 42 $probe random]] stdout]
            queue_test env/${p}_RAND_SEED [list $::ferry $probe random] /dev/null \
                [list ${p}_RAND_SEED=42] [list envtest::check_seed $want]
        }
    }

    # The command line wins over the environment; -E and -U (either
    # source) apply in order, environment first; both take comma lists.
    envtest::versus_qemu cli-beats-QEMU_ARGV0 [list -0 from-cli $args_bin] \
        {QEMU_ARGV0=from-env} {QEMU_ARGV0=from-env}
    envtest::versus_qemu cli-beats-QEMU_UNAME [list -r 5.4.3-from-cli $probe release 5.4.3-from-cli] \
        {QEMU_UNAME=1.0-from-env} {QEMU_UNAME=1.0-from-env}
    envtest::versus_qemu cli-U-after-QEMU_SET_ENV [list -U FERRY_TEST_A $args_bin] \
        {QEMU_SET_ENV=FERRY_TEST_A=1,FERRY_TEST_B=2} {QEMU_SET_ENV=FERRY_TEST_A=1,FERRY_TEST_B=2}
    envtest::versus_qemu QEMU_UNSET_ENV-after-SET_ENV [list $args_bin] \
        {QEMU_SET_ENV=FERRY_TEST_A=1 QEMU_UNSET_ENV=FERRY_TEST_A} \
        {QEMU_SET_ENV=FERRY_TEST_A=1 QEMU_UNSET_ENV=FERRY_TEST_A}
    envtest::versus_qemu cli-E-comma-list [list -E FERRY_TEST_A=1,FERRY_TEST_B=2 $args_bin] {} {}
    envtest::versus_qemu cli-U-then-E [list -U FERRY_TEST_CLI -E FERRY_TEST_CLI=again $args_bin] \
        {FERRY_TEST_CLI=from-host} {FERRY_TEST_CLI=from-host}
    envtest::versus_qemu cli-E-then-U [list -E FERRY_TEST_A=1 -U FERRY_TEST_A $args_bin] {} {}
    envtest::versus_qemu QEMU_SET_ENV-bad-item [list $args_bin] {QEMU_SET_ENV=FERRY_TEST_A} \
        {QEMU_SET_ENV=FERRY_TEST_A} status
    envtest::versus_qemu QEMU_STACK_SIZE-bad [list $args_bin] {QEMU_STACK_SIZE=lots} \
        {QEMU_STACK_SIZE=lots} status
    if {$::ferry_kind ne "ferry"} {
        return
    }
    # ferry's own: FERRY_ beats QEMU_, the messages name the variable, and
    # a log file the command line replaces is never opened.
    envtest::versus_qemu FERRY-beats-QEMU_ARGV0 [list $args_bin] \
        {FERRY_ARGV0=from-ferry QEMU_ARGV0=from-qemu} {QEMU_ARGV0=from-ferry}
    envtest::versus_qemu FERRY-beats-QEMU_LD_PREFIX [list $hello_dyn] \
        [list FERRY_LD_PREFIX=$tl::cross_sysroot QEMU_LD_PREFIX=/nonexistent/ferry-sysroot] \
        [list QEMU_LD_PREFIX=$tl::cross_sysroot]
    if {[tl::selected env/messages]} {
        queue_test env/messages [list $::ferry $args_bin] /dev/null {QEMU_STACK_SIZE=lots} \
            [list check_cli 1 {} {^ferry: QEMU_STACK_SIZE: invalid size 'lots'$} {}]
    }
    if {[tl::selected env/cli-D-beats-QEMU_LOG_FILENAME]} {
        set log [file join $tl::tmpdir env-cli-log.txt]
        queue_test env/cli-D-beats-QEMU_LOG_FILENAME [list $::ferry -D $log $hello] /dev/null \
            {QEMU_LOG=in_asm QEMU_LOG_FILENAME=/nonexistent/dir/qemu.log} \
            [list envtest::check_file $log {^IN: }]
    }
}
