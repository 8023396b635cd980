#!/usr/bin/env bash
# Host-library thunks in a real program: Debian's arm64 dpkg-deb does its
# zstd work in-process through libzstd.so.1 (ZSTD_cParam_getBounds, a
# struct returned by value, for the worker count; ZSTD_CCtx_setParameter
# and ZSTD_compressStream2 to build, ZSTD_decompressStream to read,
# ZSTD_getErrorName for errors), so under ferry with FERRY_THUNKS=zstd the
# host's libzstd does it.  Packages are built at -z3, -z19 and with two
# worker threads, then listed, extracted and read back.  The zstd program
# itself cannot be thunked: Debian links it with libzstd statically.  It
# serves as the independent, translated codec on the same bytes: it tests
# and decodes what thunked dpkg-deb wrote, and writes (-3, -19, -T2,
# --long) what thunked dpkg-deb must read.  Then errors: a member that is
# no zstd frame, and one whose checksum is wrong.  Under ferry the thunk
# logs must show libzstd.so.1 thunked and the calls above (the other
# runners print that line as it is).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

# Reproducible packages: ar and tar times from here, owners root.
export SOURCE_DATE_EPOCH=1700000000

# dpkg-deb, with the thunks on under ferry: one log per run (each run of
# ferry starts its log anew).
nlog=0
deb() {
    if [ "$runner" = ferry ]; then
        nlog=$((nlog + 1))
        FERRY_THUNKS=zstd QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk-$nlog.log run dpkg-deb "$@"
    else
        run dpkg-deb "$@"
    fi
}

mkdir -p pkg/DEBIAN pkg/usr/share/demo
printf '%s\n' 'Package: demo' 'Version: 1.0' 'Architecture: all' \
    'Maintainer: Nobody <nobody@example.org>' 'Description: libzstd through thunks' >pkg/DEBIAN/control
# Small (150 KB): -19 is slow under emulation.
lcg_words 2500 41 >pkg/usr/share/demo/words.txt
{ for i in $(seq 1 1500); do printf '%08x\n' $((i * i * 2654435761 & 0xffffffff)); done; } >pkg/usr/share/demo/hex.txt
head -c 60000 /dev/zero >pkg/usr/share/demo/zeros
chmod -R u=rwX,go=rX pkg

step dpkg-deb builds with libzstd
for v in "3 1" "19 1" "3 2"; do
    set -- $v
    deb --root-owner-group -Zzstd -z$1 --threads-max=$2 -b pkg z$1-t$2.deb; status
    printf 'z%s-t%s.deb: ' $1 $2; run sha256sum <z$1-t$2.deb
done

step dpkg-deb reads them
deb -I z19-t1.deb; status
deb -c z3-t2.deb; status
for d in z3-t1 z19-t1 z3-t2; do
    printf '%s data: ' $d; deb --fsys-tarfile $d.deb | run sha256sum
done
deb -x z19-t1.deb out; status
diff -r pkg/usr out/usr; status

step the zstd program on what dpkg-deb wrote
run ar x z19-t1.deb; status
run zstd -t data.tar.zst 2>&1; status
run zstd -lv data.tar.zst 2>&1 | grep -E 'Window|Compressed|Decompressed|Check'
printf 'decoded: '; run zstd -q -dc data.tar.zst | run sha256sum
printf 'control: '; run zstd -q -dc control.tar.zst | run sha256sum

step dpkg-deb on what the zstd program wrote
run zstd -q -dc data.tar.zst >data.tar
for opts in "-3" "-19" "-5 -T2" "-9 --long=24"; do
    run zstd -q $opts -c data.tar >data.tar.zst
    rm -f x.deb
    run ar rcD x.deb debian-binary control.tar.zst data.tar.zst; status
    printf 'zstd %s, data: ' "$opts"; deb --fsys-tarfile x.deb | run sha256sum
done

step errors
cp data.tar.zst good.zst
printf 'not a zstd frame' >data.tar.zst
rm -f x.deb
run ar rcD x.deb debian-binary control.tar.zst data.tar.zst
deb --fsys-tarfile x.deb 2>&1 >/dev/null; status
# The frame's last 4 bytes are its checksum (dpkg-deb writes one).
cp good.zst data.tar.zst
size=$(stat -c %s data.tar.zst)
printf '\x00\x00\x00\x00' | dd of=data.tar.zst bs=1 seek=$((size - 4)) conv=notrunc status=none
rm -f x.deb
run ar rcD x.deb debian-binary control.tar.zst data.tar.zst
deb --fsys-tarfile x.deb 2>&1 >/dev/null; status

if [ "$runner" = ferry ]; then
    missing=
    for f in ZSTD_cParam_getBounds ZSTD_CCtx_setParameter ZSTD_compressStream2 \
        ZSTD_decompressStream ZSTD_getErrorName; do
        cat thunk-*.log | grep -q "^thunk: $f(" || missing+=" $f"
    done
    if cat thunk-*.log | grep -q 'libzstd.so.1): thunked' && [ -z "$missing" ]; then
        echo "zstd thunked: yes"
    else
        echo "zstd thunked: no${missing:+ (no call of$missing)}"; cat thunk-*.log | head -n 3
    fi
else
    echo "zstd thunked: yes"
fi
