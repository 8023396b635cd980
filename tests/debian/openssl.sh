#!/usr/bin/env bash
# openssl: digests, HMAC/CMAC, base64, KDFs, passwd hashes, primes.
# Everything is deterministic: no key generation or random salt.
# (OpenSSL picks its arm64 code paths from AT_HWCAP, so ferry and qemu
# may run different assembly: the bytes must still agree.)
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 5000 61 >words.txt
head -c 100000 /dev/zero >zeros
key=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
iv=f0e0d0c0b0a090807060504030201000

step digests
for d in md5 sha1 sha224 sha256 sha384 sha512 sha512-256 sha3-256 sha3-512 shake128 blake2s256 blake2b512 sm3 ripemd160; do
    printf '%s: ' $d; run openssl dgst -$d -r words.txt 2>&1
done
run openssl dgst -sha256 -hmac secret words.txt
run openssl mac -digest SHA256 -macopt hexkey:$key HMAC <words.txt
run openssl mac -cipher AES-128-CBC -macopt hexkey:${key:0:32} CMAC <words.txt
run openssl sha256 -binary zeros | run od -A n -t x1 | run tr -d ' \n'; echo
step encodings
run openssl base64 -in words.txt | run sha1sum
run openssl base64 -in words.txt | run openssl base64 -d | run cmp - words.txt; status
run openssl enc -base64 -A <<<'short text'; echo
run openssl asn1parse -genstr 'UTF8:hello' | run sed 's/^ *//'
step kdf and passwords
run openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt pass:password -kdfopt salt:salt -kdfopt iter:2000 PBKDF2
run openssl kdf -keylen 24 -kdfopt digest:SHA256 -kdfopt hexkey:$key -kdfopt salt:salt -kdfopt info:label HKDF
run openssl kdf -keylen 32 -kdfopt pass:password -kdfopt salt:NaCl -kdfopt n:1024 -kdfopt r:8 -kdfopt p:2 SCRYPT
run openssl passwd -6 -salt saltsalt secret
run openssl passwd -5 -salt abcdefgh secret
run openssl passwd -1 -salt xyz secret
run openssl passwd -apr1 -salt xyz secret
step primes and numbers
run openssl prime 2147483647 1000000007 600851475143 170141183460469231731687303715884105727
run openssl prime -hex 7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed
run openssl errstr 0x80000002
step errors
run openssl dgst -no-such-digest words.txt 2>&1 | run head -1; status
run openssl enc -aes-256-cbc -K zz -iv $iv -in words.txt 2>&1 | run head -1; status
