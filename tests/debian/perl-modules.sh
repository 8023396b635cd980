#!/usr/bin/env bash
# perl core modules, several of them XS: Digest::SHA, Digest::MD5,
# List::Util, Encode, Storable, Data::Dumper, JSON::PP, Time::Local,
# Text::Wrap, File::Find/Path/Basename.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 3000 51 >words.txt

step modules
run perl -MDigest::SHA=sha256_hex,sha1_hex,hmac_sha256_hex -MDigest::MD5=md5_hex -e 'open my $f, "<", "words.txt" or die; local $/; my $t = <$f>;
    print sha256_hex($t), "\n", sha1_hex("abc"), "\n", md5_hex($t), "\n", hmac_sha256_hex("data", "key"), "\n";
    print Digest::SHA->new(512)->add("a" x 1000)->hexdigest, "\n";'
run perl -MList::Util=sum,max,min,first,reduce,shuffle,uniq,pairs -e 'print sum(1 .. 100), " ", max(3, 9, 2), " ", min(3, 9, 2), " ", first { $_ > 3 } (1 .. 10); print " ", reduce { $a * $b } 1 .. 10; print " ", join(",", uniq(1, 1, 2, 3, 3)), "\n"'
run perl -MEncode -e 'my $b = encode("UTF-8", "\x{20ac}\x{e9}"); print length($b), " ", unpack("H*", $b), " ", length(decode("UTF-8", $b)), " ", unpack("H*", encode("UTF-16BE", "A\x{20ac}")), " ", unpack("H*", encode("iso-8859-1", "\x{e9}")), "\n"'
run perl -MStorable=nfreeze,thaw -MData::Dumper -e '$Data::Dumper::Sortkeys = 1; $Data::Dumper::Indent = 1; my $d = { a => [1, 2], b => { c => "x" }, n => undef };
    my $c = thaw(nfreeze($d)); print Dumper($c); print length(nfreeze($d)) > 10 ? "frozen\n" : "?\n"'
run perl -MJSON::PP -e 'binmode STDOUT, ":utf8"; my $j = JSON::PP->new->canonical->pretty; my $d = $j->decode(q({"b":[1,2,{"c":null}],"a":"\u20ac","t":true,"n":-1.5e3}));
    print $j->encode($d); print JSON::PP->new->canonical->encode({ k => [map { $_ * 1.5 } 1 .. 3] }), "\n"' | run od -c | run tail -4
run perl -MTime::Local=timegm -e 'print timegm(0, 0, 0, 29, 1, 2020), " ", scalar(gmtime(0)), "\n"'
run perl -MText::Wrap=wrap -e '$Text::Wrap::columns = 30; print wrap("", "  ", "The quick brown fox jumps over the lazy dog and keeps running far away"), "\n"'
run perl -MFile::Temp=tempdir -MFile::Path=make_path -MFile::Find -MFile::Basename -MCwd -e 'make_path("a/b/c", "a/d"); open(my $f, ">", "a/b/c/f.txt") or die; print $f "x\n"; close $f;
    my @found; find(sub { push @found, $File::Find::name }, "a"); print join(" ", sort @found), "\n";
    print basename("/x/y/z.pl", ".pl"), " ", dirname("/x/y/z.pl"), " ", -s "a/b/c/f.txt", " ", (-d "a/d" ? "dir" : "nodir"), "\n";
    opendir(my $dh, "a") or die; print join(",", sort grep { !/^\./ } readdir $dh), "\n"; unlink "a/b/c/f.txt" or die; print -e "a/b/c/f.txt" ? "still\n" : "gone\n"'
