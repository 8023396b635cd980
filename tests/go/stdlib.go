// stdlib: the everyday standard library, single goroutine mostly: maps,
// string formatting, strconv, strings/bytes (assembly on arm64), unicode,
// math (FMA-fusable expressions are printed rounded: Go may fuse x*y+z on
// arm64 and not on amd64), math/bits, sort, math/big, regexp,
// text/template.
package main

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

type point struct {
	X, Y int
	Name string
}

func (p point) String() string { return fmt.Sprintf("%s(%d,%d)", p.Name, p.X, p.Y) }

func maps() {
	m := map[string]int{}
	for i := 0; i < 10000; i++ {
		m["k"+strconv.Itoa(i%1234)] += i
	}
	delete(m, "k7")
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("map:", len(m), keys[:4], m["k0"], m["k1233"])
	// fmt prints maps sorted by key.
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[point]bool{{1, 2, "p"}: true, {0, 5, "q"}: false})
	type key struct{ a, b int }
	mk := map[key][]int{}
	for i := 0; i < 100; i++ {
		k := key{i % 3, i % 5}
		mk[k] = append(mk[k], i)
	}
	fmt.Println("struct keys:", len(mk), mk[key{2, 4}])
	var nilmap map[string]int
	fmt.Println("nil map read:", nilmap["x"], len(nilmap))
}

func formatting() {
	p := point{3, -4, "p"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, struct{ A, B int }{1, 2}, []int{1, 2}, p)
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b|%#x|%+d\n", 42, 42, 42, 255, 255, 8, 5, 255, 7)
	fmt.Printf("%q|%v|%x|% x|%s\n", "hé\n", []byte("ab"), "hi", []byte{1, 2, 255}, []string{"a", "b"})
	fmt.Printf("%e|%E|%f|%.3f|%g|%G|%8.2f|%-8.2f|\n", 123456.789, 0.000123, math.Pi, math.E, 1e21, 1e-7, 3.14159, 2.5)
	fmt.Printf("%v %v %v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0*-1, float32(0.1))
	fmt.Printf("%c|%U|%t|%v\n", 'λ', 'λ', true, nil)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%[2]d-%[1]d-%[2]d", 1, 2)
	fmt.Println(sb.String(), fmt.Errorf("wrapped: %w", os.ErrNotExist))
}

func conversions() {
	for _, s := range []string{"3.14159", "1e308", "1e309", "-0", "0x1p-2", "inf", "nan", "2.2250738585072014e-308", "4.9e-324", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %s %v\n", s, strconv.FormatFloat(f, 'g', -1, 64), err)
	}
	for _, f := range []float64{0.1, 1.0 / 3, 2.0 / 3, 1e23, 123456789012345678, 5e-324, math.MaxFloat64} {
		fmt.Println(strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', 4, 64),
			strconv.FormatFloat(f, 'g', 5, 32))
	}
	for _, s := range []string{"123", "-9223372036854775808", "9223372036854775808", "0x1f", "z"} {
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Println("ParseInt", s, i, err)
	}
	fmt.Println(strconv.Quote("tab\there \x00 ☺"), strconv.QuoteToASCII("☺"), strconv.FormatInt(-255, 16),
		strconv.FormatUint(math.MaxUint64, 36), strconv.AppendBool(nil, true))
	fmt.Println(int64(math.MaxInt64), uint64(math.MaxUint64), math.MinInt64, int8(-128), uint8(200))
	var f = 3.99
	var nf = -3.99
	fmt.Println("float to int:", int(f), int(nf), uint8(f), int32(1e9), int64(float32(16777217)))
}

func stringsBytes() {
	s := strings.Repeat("abcdefgh", 1000) + "needle" + strings.Repeat("x", 100)
	fmt.Println("Index:", strings.Index(s, "needle"), strings.LastIndex(s, "abc"), strings.IndexByte(s, 'n'),
		strings.Count(s, "ab"), strings.Contains(s, "haystack"), strings.IndexAny(s, "xyz"))
	fmt.Println(strings.Fields("  a b\t c\n"), strings.Split("a,b,,c", ","), strings.Title("hello world"),
		strings.ToUpper("grüße"), strings.ToLower("ΑΒΓ"), strings.TrimSpace("  x  "), strings.TrimLeft("xxyxz", "xy"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "na", "NA"),
		strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.HasPrefix(s, "abcd"))
	a := bytes.Repeat([]byte{1, 2, 3}, 1000)
	b := bytes.Repeat([]byte{1, 2, 3}, 1000)
	b[2999] = 4
	fmt.Println("bytes:", bytes.Equal(a, b), bytes.Compare(a, b), bytes.Index(a, []byte{3, 1, 2, 3, 1}),
		bytes.IndexByte(b, 4), len(bytes.Fields([]byte(" a  b "))))
	u := "héllo, 世界! 🌍"
	fmt.Println("utf8:", len(u), utf8.RuneCountInString(u), []rune(u)[7], string([]rune(u)[7:9]),
		utf8.ValidString("\xff"), unicode.IsUpper('É'), unicode.IsLetter('世'), string(unicode.ToUpper('ß')))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}

func mathFuncs() {
	r := func(x float64) string { return strconv.FormatFloat(x, 'g', 12, 64) }
	fmt.Println("sqrt:", math.Sqrt(2), math.Sqrt(1e-300), math.Sqrt(-1))
	fmt.Println("exp/log:", r(math.Exp(1)), r(math.Log(10)), r(math.Log2(1024)), r(math.Log10(0.001)), r(math.Log1p(1e-10)))
	fmt.Println("trig:", r(math.Sin(1)), r(math.Cos(1)), r(math.Tan(0.5)), r(math.Atan2(1, -1)), r(math.Asin(0.5)))
	fmt.Println("pow:", r(math.Pow(2, 0.5)), math.Pow(2, 10), math.Pow(-8, 1.0/3), r(math.Cbrt(-8)), math.Hypot(3, 4))
	fmt.Println("round:", math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5),
		math.Floor(1e300), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println("special:", math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(-1), 0), math.Signbit(1/math.Inf(-1)),
		math.Max(-0.0, 0), math.Min(math.NaN(), 1), math.Copysign(3, -0.0), math.Abs(-0.0))
	fmt.Println("bits:", math.Float64bits(0.1), math.Float32bits(0.1), math.Float64frombits(0x7ff8000000000001) != 0,
		math.Nextafter(1, 2), math.FMA(0.1, 10, -1))
	fr, ex := math.Frexp(1024.5)
	fmt.Println("frexp:", fr, ex, math.Ldexp(0.5, -1073), r(math.Gamma(5.5)), r(math.Erf(0.5)))
	// float32 arithmetic rounds to float32 at every step.
	var a32, b32 float32 = 16777216, 1
	fmt.Println("float32:", a32+b32, float32(0.1)+float32(0.2), float64(float32(1)/3))
	x := 0.0
	for i := 1; i <= 1000; i++ {
		x += 1 / float64(i*i)
	}
	fmt.Println("sum 1/i^2:", r(x))
	fmt.Println("math/bits:", bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount64(0xf0f0), bits.RotateLeft32(1, -1),
		bits.Reverse8(1), bits.ReverseBytes32(0x01020304), bits.Len(255))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	q, rem := bits.Div64(1, 0, 7)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("mul64:", hi, lo, "div64:", q, rem, "add64:", sum, carry)
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func sorting() {
	xs := make([]int, 1000)
	seed := uint32(7)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed>>8) % 1000
	}
	sort.Ints(xs)
	fmt.Println("sort.Ints:", xs[:8], xs[995:], sort.IntsAreSorted(xs), sort.SearchInts(xs, 500))
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Stable(byLen(words))
	fmt.Println("stable by length:", words)
	people := []point{{3, 1, "c"}, {1, 2, "a"}, {3, 0, "b"}, {1, 1, "d"}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].X != people[j].X {
			return people[i].X < people[j].X
		}
		return people[i].Y < people[j].Y
	})
	fmt.Println("sort.Slice:", people)
	fl := []float64{3.5, -1, math.Inf(1), 0, 2}
	sort.Float64s(fl)
	fmt.Println("floats:", fl, sort.Search(100, func(i int) bool { return i*i >= 500 }))
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println("reverse:", words)
}

func bigNumbers() {
	f := new(big.Int).MulRange(1, 100)
	fmt.Println("100! =", f)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), big.NewInt(1000000007))
	fmt.Println("2^1000 mod 1e9+7 =", p, "; 2^127-1 prime:", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1)).ProbablyPrime(20))
	q, r := new(big.Int).QuoRem(f, new(big.Int).Exp(big.NewInt(10), big.NewInt(100), nil), new(big.Int))
	fmt.Println("100!/10^100 =", q, "rem digits", len(r.String()))
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	rat := new(big.Rat).SetFrac64(355, 113)
	fmt.Println("gcd", g, "rat", rat, rat.FloatString(20))
	fl := new(big.Float).SetPrec(200).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println("sqrt(2) 200 bits:", fl.Text('g', 55))
}

func regexps() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.(com|org)`)
	text := "mail alice@example.com, bob@test.org and eve@bad.net"
	fmt.Println(re.FindAllString(text, -1), re.FindStringSubmatch(text), re.ReplaceAllString(text, "<$2:$1>"))
	re2 := regexp.MustCompile(`^(\d{3})-(\d{4})$`)
	fmt.Println(re2.MatchString("555-1234"), re2.MatchString("5555-1234"), re2.NumSubexp(), re2.String())
}

func templates() {
	t := template.Must(template.New("t").Parse(`{{range $i, $p := .}}{{if $i}}, {{end}}{{$p.Name}}={{printf "%03d" $p.X}}{{end}}` + "\n"))
	t.Execute(os.Stdout, []point{{1, 2, "a"}, {30, 4, "b"}})
}

func main() {
	maps()
	formatting()
	conversions()
	stringsBytes()
	mathFuncs()
	sorting()
	bigNumbers()
	regexps()
	templates()
}
