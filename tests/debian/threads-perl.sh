#!/usr/bin/env bash
# perl ithreads (Debian's perl is built with useithreads): threads with
# arguments and return values, each thread's private copy of the
# interpreter's data, threads::shared scalars, arrays and hashes with
# lock and cond_wait/cond_broadcast, a Thread::Queue worker pool,
# Thread::Semaphore, detached threads, thread ids.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step perl threads
run perl - <<'PL'
use strict; use warnings;
use threads; use threads::shared; use Thread::Queue; use Thread::Semaphore;
use Digest::MD5 qw(md5_hex);

# Arguments in, lists out; tids are handed out in order.
my @t = map { threads->create(sub { my ($n) = @_; my $s = 0; $s += $_ * $_ for 1 .. 1000 * $n;
                                    return (threads->tid, $s) }, $_) } 1 .. 4;
print "join: ", join(" ", map { join "=", $_->join } @t), "\n";

# Unshared data is copied into each thread.
my $private = "main";
my %h = (a => 1);
threads->create(sub { $private = "changed"; $h{b} = 2; })->join;
print "private: $private ", join(",", sort keys %h), "\n";

# Shared data with lock.
my $count :shared = 0;
my @list :shared;
my %seen :shared;
my @w = map { threads->create(sub {
    my $id = shift;
    for my $i (1 .. 500) {
        lock($count);
        $count++;
        push @list, $id * 1000 + $i if $i % 100 == 0;
        $seen{$id}++;
    }
}, $_) } 1 .. 4;
$_->join for @w;
print "shared: count $count, list ", join(" ", sort { $a <=> $b } @list), ", seen ",
    join(",", map { "$_:$seen{$_}" } sort keys %seen), "\n";

# cond_wait/cond_broadcast: all waiters start together.
my $go :shared = 0;
my $ready :shared = 0;
my @c = map { threads->create(sub {
    { lock($ready); $ready++; cond_signal($ready); }
    lock($go);
    cond_wait($go) until $go;
    return "woke" . shift;
}, $_) } 1 .. 3;
{ lock($ready); cond_wait($ready) until $ready == 3; }
{ lock($go); $go = 1; cond_broadcast($go); }
print "cond: ", join(" ", map { $_->join } @c), "\n";

# A worker pool: Thread::Queue in, results in a shared hash.
my $q = Thread::Queue->new;
my %res :shared;
my @pool = map { threads->create(sub {
    while (defined(my $job = $q->dequeue)) {
        my $d = $job x 5000;
        $d = md5_hex($d . $_) for 1 .. 20;
        lock(%res);
        $res{$job} = $d;
    }
}) } 1 .. 4;
$q->enqueue($_) for "a" .. "t";
$q->end;
$_->join for @pool;
print "queue: ", scalar(keys %res), " results, ", join(" ", map { "$_=" . substr($res{$_}, 0, 8) } sort keys %res), "\n";

# A semaphore of 2.
my $sem = Thread::Semaphore->new(2);
my $inside :shared = 0;
my $peak :shared = 0;
my @s = map { threads->create(sub {
    $sem->down;
    { lock($inside); $inside++; $peak = $inside if $inside > $peak; }
    threads->yield for 1 .. 50;
    { lock($inside); $inside--; }
    $sem->up;
}) } 1 .. 6;
$_->join for @s;
print "semaphore: never more than 2 inside: ", ($peak >= 1 && $peak <= 2 ? "yes" : "no ($peak)"), "\n";

# Detached threads finish on their own.
my $done :shared = 0;
threads->create(sub { lock($done); $done++; cond_signal($done); })->detach for 1 .. 3;
{ lock($done); cond_wait($done) until $done == 3; }
print "detached: $done\n";
print "joinable threads left: ", scalar(threads->list(threads::all)), "\n";
select(undef, undef, undef, 0.2);   # let the detached threads return
PL
status
