# interactive.tcl - helpers for tests/interactive/*.exp, which the driver
# sources one by one (at global level, inside a catch).  A script drives a
# guest through a pty with expect's spawn and reports results with
# it_pass/it_fail.  Available variables:
#     $::ferry   the emulator (FERRY)      $::ferry_kind  "ferry" or "qemu"
#     $::it_name the script's test name, e.g. interactive/prompt
#     [it_guest NAME]  path of build/tests/interactive/NAME (from NAME.c)
#
#     it_spawn ?-rows R -cols C? ?--? [EMULATOR-OPTIONS] PROGRAM ARGS...
#         spawns $::ferry PROGRAM ARGS in a fresh pty of the given size
#         (default 24x80), with the same fixed environment as other tests
#         plus TERM=dumb; returns the spawn id (also in $spawn_id).  A
#         previous guest of the script that is still running is killed.
#     it_expect PATTERN WHAT
#         waits (up to $timeout s) for the regexp PATTERN and returns 1; on
#         timeout or EOF it records the failure ("timed out waiting for
#         WHAT") and ends the current check with an error.
#     it_check SUBNAME BODY
#         runs BODY at global level (it uses it_expect, send, ...); passes
#         "$::it_name:SUBNAME" unless an it_expect in it failed, BODY set
#         ::it_failure, or BODY raised an error.  After a failure the
#         script's remaining checks fail at once as "not run".
#     it_resize ROWS COLS
#         changes the pty size (the guest gets SIGWINCH).
#     it_finish ?STATUS?
#         waits for the guest to exit (killing it if a check failed or it
#         does not exit within $timeout), reaps it and returns 1 if its
#         exit status was STATUS (a number or a signal name; default 0).

set timeout 10
set it_failure ""
set it_script_failed 0

proc it_guest {name} {
    return [file join $tl::build tests interactive $name]
}

proc it_spawn {args} {
    global spawn_id spawn_out
    set rows 24
    set cols 80
    while {[llength $args] > 1 && [string match -* [lindex $args 0]]} {
        switch -- [lindex $args 0] {
            -rows { set rows [lindex $args 1] }
            -cols { set cols [lindex $args 1] }
            -- { set args [lrange $args 1 end]; break }
            default { error "it_spawn: unknown option [lindex $args 0]" }
        }
        set args [lrange $args 2 end]
    }
    it_cleanup
    set ::it_script_failed 0
    set envl [tl::guest_env [list TERM=dumb]]
    spawn -noecho env -i {*}$envl $::ferry {*}$args
    # The guest may ask for the size at any time: tests should make it wait
    # for a first line of input before it does.
    catch {exec stty rows $rows columns $cols < $spawn_out(slave,name)}
    set ::it_spawn_id $spawn_id
    return $spawn_id
}

proc it_resize {rows cols} {
    global spawn_out
    exec stty rows $rows columns $cols < $spawn_out(slave,name)
}

proc it_expect {pattern what} {
    global spawn_id
    upvar #0 it_failure failure
    if {$failure ne ""} {
        return 0
    }
    expect {
        -re $pattern { return 1 }
        timeout { set failure "timed out waiting for $what" }
        eof { set failure "guest exited while waiting for $what" }
    }
    # Show what the guest said instead.
    set seen ""
    if {[info exists expect_out(buffer)]} {
        set seen $expect_out(buffer)
    }
    catch {
        expect -timeout 0 -re {.+} { append seen $expect_out(0,string) }
    }
    if {$seen ne ""} {
        set seen [string map [list \r {\r} \n {\n}] [string range $seen end-160 end]]
        append failure " (last output: \"$seen\")"
    }
    # Stop the check here; it_check reports $failure.
    error $failure
}

proc it_check {sub body} {
    set ::it_failure ""
    if {$::it_script_failed} {
        # The guest is in an unknown state: do not wait for more timeouts.
        it_fail "$::it_name:$sub" "not run: an earlier check of this script failed"
        return
    }
    if {[catch {uplevel #0 $body} err] && $::it_failure eq ""} {
        set ::it_failure "error: $err"
    }
    if {$::it_failure eq ""} {
        it_pass "$::it_name:$sub"
    } else {
        set ::it_script_failed 1
        it_fail "$::it_name:$sub" $::it_failure
    }
}

# Kill and reap a guest that a failed script left behind.
proc it_cleanup {} {
    if {[info exists ::it_spawn_id]} {
        catch {exec kill -KILL [exp_pid -i $::it_spawn_id]}
        catch {close -i $::it_spawn_id}
        catch {wait -i $::it_spawn_id}
        unset ::it_spawn_id
    }
}

proc it_finish {{want 0}} {
    global spawn_id
    if {$::it_failure ne ""} {
        catch {exec kill -KILL [exp_pid -i $spawn_id]}
    } else {
        # Let the guest exit by itself: closing the pty first would hang
        # it up (SIGHUP).
        expect {
            eof {}
            timeout {
                set ::it_failure "guest did not exit"
                catch {exec kill -KILL [exp_pid -i $spawn_id]}
            }
        }
    }
    catch {close -i $spawn_id}
    set st [wait -i $spawn_id]
    catch {unset ::it_spawn_id}
    # wait returns: pid spawn_id os_error(0) status, or pid id 0 code CHILDKILLED SIG ...
    if {[llength $st] >= 6 && [lindex $st 4] eq "CHILDKILLED"} {
        set status [lindex $st 5]
    } else {
        set status [lindex $st 3]
    }
    return [tl::status_matches $status $want]
}

proc it_pass {name} { report $name pass "" }
proc it_fail {name why} { report $name fail $why }
