// encoding: hashes and encodings.  crypto/sha256 (on arm64 the SHA-2
// instructions when HWCAP advertises them, else generic Go code), sha1,
// sha512, md5, hmac, hash/crc32 (CRC32 instructions when advertised),
// adler32, fnv, encoding/json (struct tags, nesting, indenting, decoding
// into interfaces, errors), base64, hex, binary, gob, compress/gzip and
// flate, and AES-GCM with a fixed key.  Large inputs are hashed on four
// goroutines at once.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"runtime"
	"sync"
)

func data(n int, seed uint32) []byte {
	b := make([]byte, n)
	for i := range b {
		seed = seed*1103515245 + 12345
		b[i] = byte(seed >> 16)
	}
	return b
}

func hashes() {
	for _, n := range []int{0, 3, 55, 56, 64, 1000, 1 << 20} {
		d := data(n, uint32(n))
		fmt.Printf("n=%d sha256 %x\n", n, sha256.Sum256(d))
		fmt.Printf("n=%d sha224 %x sha1 %x md5 %x\n", n, sha256.Sum224(d), sha1.Sum(d), md5.Sum(d))
		fmt.Printf("n=%d sha512 %x\n", n, sha512.Sum512(d))
		c := crc32.MakeTable(crc32.Castagnoli)
		f := fnv.New64a()
		f.Write(d)
		fmt.Printf("n=%d crc32 %08x crc32c %08x crc64 %016x adler32 %08x fnv64a %016x\n", n, crc32.ChecksumIEEE(d),
			crc32.Checksum(d, c), crc64.Checksum(d, crc64.MakeTable(crc64.ECMA)), adler32.Checksum(d), f.Sum64())
	}
	m := hmac.New(sha256.New, []byte("key"))
	m.Write([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Printf("hmac-sha256 %x\n", m.Sum(nil))
	// Streaming in odd pieces equals one shot.
	d := data(100000, 9)
	h := sha256.New()
	for i := 0; i < len(d); i += 777 {
		end := i + 777
		if end > len(d) {
			end = len(d)
		}
		h.Write(d[i:end])
	}
	fmt.Println("streamed sha256 equals one-shot:", bytes.Equal(h.Sum(nil), func() []byte { s := sha256.Sum256(d); return s[:] }()))
}

// Four goroutines hash 8 MB each, on several threads at once.
func parallelHashes() {
	runtime.GOMAXPROCS(4)
	sums := make([][32]byte, 4)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			d := data(8<<20, uint32(g+100))
			for r := 0; r < 2; r++ {
				s := sha256.Sum256(d)
				d[r] ^= s[0]
				sums[g] = sha256.Sum256(append(d, s[:]...))
			}
		}(g)
	}
	wg.Wait()
	for g, s := range sums {
		fmt.Printf("parallel sha256 %d: %x\n", g, s[:8])
	}
}

type Address struct {
	Street string `json:"street"`
	Zip    string `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"-"`
	Tags    []string          `json:"tags"`
	Address *Address          `json:"address,omitempty"`
	Extra   map[string]any    `json:"extra"`
	Score   float64           `json:"score"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

func jsonCodec() {
	p := Person{Name: "Ada <Lovelace> & co", Age: 36, Email: "x", Tags: []string{"math", "é"},
		Address: &Address{Street: "1 Main St"}, Extra: map[string]any{"b": 2, "a": []int{1}, "c": nil},
		Score: 1.0 / 3, Attrs: map[string]string{"z": "1", "y": "2"}}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	b2, _ := json.MarshalIndent(map[string]any{"list": []any{1, "two", 3.5, true, nil}, "n": 1e21}, "", "  ")
	fmt.Println(string(b2))
	var q Person
	err := json.Unmarshal(b, &q)
	fmt.Println("round trip:", err, q.Name, q.Age, q.Tags, q.Address.Street, q.Extra["b"], q.Score == p.Score)
	var anyv any
	json.Unmarshal([]byte(`{"x":[1,2,{"y":null}],"big":12345678901234567890,"s":"\u00e9\n"}`), &anyv)
	fmt.Printf("%v\n", anyv)
	var bad Person
	fmt.Println("errors:", json.Unmarshal([]byte(`{"age":"old"}`), &bad), "|", json.Unmarshal([]byte(`{"name":`), &bad))
	dec := json.NewDecoder(bytes.NewReader([]byte(`{"a":1} {"a":2} [3]`)))
	for {
		var v any
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func encodings() {
	d := data(50, 3)
	fmt.Println(base64.StdEncoding.EncodeToString(d))
	fmt.Println(base64.RawURLEncoding.EncodeToString(d[:7]), hex.EncodeToString(d[:8]))
	dd, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(dd), err)
	_, err = hex.DecodeString("zz")
	fmt.Println("hex error:", err)
	buf := new(bytes.Buffer)
	binary.Write(buf, binary.BigEndian, struct {
		A uint16
		B int32
		C float64
	}{1, -2, 1.5})
	binary.Write(buf, binary.LittleEndian, uint32(0xdeadbeef))
	fmt.Printf("binary: %x\n", buf.Bytes())
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -300)
	fmt.Printf("varint: %x\n", vb)

	var g bytes.Buffer
	gob.NewEncoder(&g).Encode(map[string][]int{"a": {1, 2}, "b": nil})
	var back map[string][]int
	err = gob.NewDecoder(&g).Decode(&back)
	fmt.Println("gob:", back, err)
}

func compression() {
	d := bytes.Repeat(data(1000, 5), 50)
	d = append(d, bytes.Repeat([]byte("hello world "), 2000)...)
	for _, lvl := range []int{flate.BestSpeed, flate.DefaultCompression, flate.BestCompression} {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, lvl)
		w.Write(d)
		w.Close()
		out, _ := io.ReadAll(flate.NewReader(&b))
		fmt.Printf("flate level %d: %d -> %d bytes, sha256 %x, round trip %v\n", lvl, len(d), b.Len(),
			sha256.Sum256(b.Bytes()), bytes.Equal(out, d))
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Name = "file.txt"
	zw.Write(d)
	zw.Close()
	zr, _ := gzip.NewReader(&z)
	out, _ := io.ReadAll(zr)
	fmt.Println("gzip:", zr.Name, bytes.Equal(out, d))
}

func aesGCM() {
	key := data(32, 77)
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := data(gcm.NonceSize(), 78)
	ct := gcm.Seal(nil, nonce, []byte("attack at dawn, attack at dawn!!"), []byte("hdr"))
	fmt.Printf("aes-gcm: %x\n", ct)
	pt, err := gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println("open:", string(pt), err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println("tampered:", err)
	ctr := cipher.NewCTR(block, data(16, 79))
	buf := data(64, 80)
	ctr.XORKeyStream(buf, buf)
	fmt.Printf("aes-ctr: %x\n", buf)
}

func main() {
	hashes()
	parallelHashes()
	jsonCodec()
	encodings()
	compression()
	aesGCM()
}
