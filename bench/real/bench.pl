# bench/real: perl workload for `make bench` (bench/real.sh): regular
# expressions, hashes, sorting, sprintf and split/join over the benchmark
# text on stdin; prints checksums only.
use strict;
use warnings;

my (%count, %num, $lines, $chars);
while (my $line = <STDIN>) {
    $lines++;
    $chars += length $line;
    while ($line =~ /([a-z]+)(\d+)/g) {
        $count{$1}++;
        $num{$1} += $2;
    }
}
my @top = sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count;
my $acc = 0;
for my $w (@top) {
    $acc = ($acc * 31 + $num{$w}) % 1000000007;
}
my @s = sort { $a <=> $b } map { ($_ * 7919) % 100003 } 1 .. 100000;
my $joined = join ",", map { sprintf "%05x", $_ } @s[0 .. 999];
my $rev = reverse $joined;
(my $tr = $rev) =~ tr/0-9a-f/a-p/;
print "perl $lines $chars $acc $top[0] $count{$top[0]} ", length($tr), " ", substr($tr, 0, 20), "\n";
