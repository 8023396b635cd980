#!/usr/bin/env bash
# perl: regexes, sprintf, numbers, sort, hashes, pack/unpack, references,
# closures, files and errors.  Hash order is randomised per process:
# every listing sorts its keys.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 3000 51 >words.txt

step regexes
run perl -ne '$n++ if /^([a-z]+)\d+ .*\b\1\d+$/; END { print "same first and last: $n\n" }' words.txt
run perl -ne 'while (/([a-z]+)(\d{3})\b/g) { $c{$1} += $2 } END { print map { "$_=$c{$_}\n" } (sort { $c{$b} <=> $c{$a} || $a cmp $b } keys %c)[0..4] }' words.txt
run perl -pe 's/(\d+)/$1*2/ge; s/^(\w)/\u$1/; tr/a-e/A-E/' words.txt | run head -3
run perl -e '$_ = "2024-03-15T10:20:30Z"; my ($y, $m, $d, @t) = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/x; print "$d/$m/$y @t\n";
    my $s = "aaa bbb ccc"; (my $t = $s) =~ s/(?<=b)b/X/g; print "$t\n";
    print join("|", split /(?=[A-Z])/, "HelloWorldFromPerl"), "\n";
    print "named: $+{word}\n" if "key: value" =~ /(?<word>\w+):/;
    my @m = ("a1b22c333" =~ /(\d+)/g); print "@m\n";
    print scalar(() = "banana" =~ /a/g), " ", "abc" =~ /B/i ? "ci" : "cs", "\n";
    $_ = "x" x 20; print length, " ", tr/x/y/, " $_\n";'
run perl -Mutf8 -CS -e 'my $s = "Größe ÄÖÜ ß café"; print lc($s), "|", uc($s), "|", length($s), "|", scalar reverse($s), "\n"; print join(",", map { sprintf "U+%04X", ord } split //, "é€"), "\n"'
step numbers and sprintf
run perl -e 'printf "%5d|%-6s|%08.3f|%x|%o|%b|%e|%g|%.15g|%s\n", 42, "ab", 3.14159, 255, 8, 10, 12345.678, 0.0001, 0.1 + 0.2, 1e21;
    printf "%d %s %s %s %d\n", 2**53, 9**20, 18446744073709551615, -17 % 5, int(-7 / 2);
    printf "%.10g %.10g %.10g %.10g\n", sin(1), cos(1), exp(1), log(10);
    printf "%s %s %s\n", 9**9**9, -9**9**9, 0 + "3abc";
    use integer; printf "%d %d\n", 10 / 3, -7 / 2;' 2>&1
run perl -MPOSIX=floor,ceil,fmod,strftime,INT_MAX -e 'print join(" ", floor(-2.5), ceil(-2.5), fmod(10, 3), INT_MAX), "\n"; print strftime("%Y-%m-%d %H:%M:%S %a %j", gmtime(1234567890)), "\n"'
run perl -MMath::BigInt -MMath::BigFloat -e 'print Math::BigInt->new(2)->bpow(200), "\n", Math::BigInt->new(100)->bfac, "\n", Math::BigFloat->new(2)->bsqrt(50), "\n"'
step sorting and hashes
run perl -e 'my %h; my $s = 7; for (1 .. 5000) { $s = ($s * 1103515245 + 12345) % 2147483648; $h{"k" . ($s % 997)} += $s % 100 }
    my @k = sort { $h{$b} <=> $h{$a} or $a cmp $b } keys %h; print scalar(@k), " @k[0..4] $h{$k[0]}\n";
    my @n = sort { $a <=> $b } map { ($_ * 7919) % 10007 } 1 .. 10000; print "@n[0..3] $n[-1]\n";
    my %inv = reverse %{{a => 1, b => 2}}; print join(",", map {"$_=$inv{$_}"} sort keys %inv), "\n";
    my @sorted = map { $_->[1] } sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] } map { [length, $_] } qw(pear fig banana kiwi apple); print "@sorted\n";
    my %c; $c{$_}++ for split //, "mississippi"; print join(" ", map {"$_$c{$_}"} sort keys %c), "\n";
    print exists $h{nope} ? "yes" : "no", " ", delete $h{k0} // "undef", " ", scalar(%h) ? "nonempty" : "empty", "\n";'
step pack and unpack
run perl -e 'my $p = pack("NnC a4 Z* H8 w d< q> U0U", 0xdeadbeef, 513, 7, "ab", "zs", "c0ffee01", 300, 1.5, -2, 0x263a);
    print length($p), " ", unpack("H*", $p), "\n"; my @u = unpack("NnC a4 Z* H8 w d< q> U0U", $p); print "@u\n";
    print join(",", unpack("(A2)*", "aabbccd")), " ", unpack("%32C*", "checksum"), " ", unpack("b16", "AB"), "\n";
    print join(" ", unpack("l< s> Q<", pack("l< s> Q<", -5, -300, 18446744073709551615))), "\n";'
step references and closures
run perl -e 'my $d = { list => [1, [2, 3], { four => 4 }], code => sub { $_[0] * 2 } };
    print $d->{list}[1][0], $d->{list}->[2]{four}, $d->{code}->(21), " ", ref($d), ref($d->{list}), ref($d->{code}), "\n";
    my @subs = map { my $n = $_; sub { $n * shift } } 1 .. 3; print join(",", map { $_->(10) } @subs), "\n";
    local $@; eval { die { code => 42 } }; print "died with $@->{code}\n"; eval { die "plain\n" }; print "error: $@";
    my $str = "x"; my $r = \$str; $$r .= "y"; print "$str ", (\my @a) =~ /^ARRAY/ ? "aref" : "?", "\n";
    package Counter; sub new { bless { n => 0 }, shift } sub inc { $_[0]{n}++; $_[0] } package main;
    print Counter->new->inc->inc->{n}, " ", Counter->can("inc") ? "can" : "cannot", "\n";
    my $f; $f = sub { my $n = shift; $n < 2 ? $n : $f->($n - 1) + $f->($n - 2) }; print $f->(20), "\n";'
step io and errors
run perl -e 'open(my $out, ">", "p.txt") or die; printf $out "%03d\n", $_ for 1 .. 50; close $out; open(my $in, "<", "p.txt") or die; my @l = <$in>; close $in;
    print scalar(@l), " $l[-1]"; open($in, "<", "p.txt"); seek($in, 8, 0); read($in, my $buf, 7); print "[$buf]\n"; print -s "p.txt", "\n";
    open(my $x, "<", "/nonexistent") or print "open failed: $!\n"; $! = 0; print STDERR "to stderr\n"; warn "warned\n"; exit 4' 2>&1; status
run perl -e 'die "fatal\n"' 2>&1; status
run perl -e 'syntax error here (' 2>&1; status
run perl -we 'my @a = (1); my $x = $a[5] + 1; print "$x\n"' 2>&1
