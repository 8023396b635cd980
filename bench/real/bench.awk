# bench/real: gawk workload for `make bench` (bench/real.sh): word
# frequencies and sums over the benchmark text; prints the top words.
{
    for (i = 1; i <= NF; i++) {
        w = $i
        n = w
        sub(/[0-9]+$/, "", w)
        sub(/^[a-z]+/, "", n)
        count[w]++
        sum[w] += n
    }
    chars += length($0)
}
END {
    PROCINFO["sorted_in"] = "@val_num_desc"
    k = 0
    for (w in count) {
        if (k++ < 5)
            printf "%s %d %d\n", w, count[w], sum[w]
    }
    print NR, chars
}
