#!/usr/bin/env bash
# openssl enc: block and stream ciphers with fixed keys and IVs, round
# trips, a wrong key, PBKDF2 with a fixed salt.  (OpenSSL picks its arm64
# code paths from AT_HWCAP: AES instructions under qemu, NEON or plain C
# under an emulator that does not offer them.)
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 5000 61 >words.txt
head -c 100000 /dev/zero >zeros
key=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
iv=f0e0d0c0b0a090807060504030201000

step ciphers
for c in aes-128-cbc aes-256-cbc aes-256-ctr aes-128-ecb aes-192-cfb aes-256-ofb chacha20 camellia-256-cbc des-ede3-cbc sm4-cbc aria-128-cbc; do
    case $c in aes-128* | sm4* | aria-128* | camellia-128*) k=${key:0:32} ;; aes-192*) k=${key:0:48} ;; des-ede3*) k=${key:0:48} ;; *) k=$key ;; esac
    case $c in *ecb) ivopt=() ;; des-ede3*) ivopt=(-iv "${iv:0:16}") ;; *) ivopt=(-iv "$iv") ;; esac
    printf '%s: ' $c
    run openssl enc -$c -K $k "${ivopt[@]}" -in words.txt 2>&1 | run sha256sum
done
run openssl enc -aes-256-gcm -K $key -iv ${iv:0:24} -in words.txt 2>&1 | run head -c 100 | run od -c | run head -2
run openssl enc -aes-256-cbc -K $key -iv $iv -in words.txt -out enc.bin
run openssl enc -d -aes-256-cbc -K $key -iv $iv -in enc.bin | run cmp - words.txt; status
run openssl enc -aes-128-ctr -K ${key:0:32} -iv $iv -in zeros -out ctr.bin
run head -c 48 ctr.bin | run od -A n -t x1
run openssl enc -d -aes-256-cbc -K ${key/0/f} -iv $iv -in enc.bin -out /dev/null 2>&1 | run sed 's/^[0-9A-F]*:error:/error:/' | run head -2; status
run openssl enc -aes-256-cbc -pbkdf2 -iter 1000 -S 0102030405060708 -pass pass:secret -in words.txt -a | run tail -3
