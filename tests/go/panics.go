// panics: runtime errors recovered with recover().  A nil pointer
// dereference faults (SIGSEGV, which the runtime's signal handler turns
// into a panic on the faulting goroutine); so do a nil interface method
// call and a nil func call.  Integer division by zero is checked
// explicitly by the compiler on arm64 (no trap), and MinInt64 / -1 is
// defined (no trap either: the x86 idiv instruction would trap).  With
// debug.SetPanicOnFault a fault at a non-nil address (a PROT_NONE page, an
// unmapped page) panics too, and the error carries the faulting address,
// which the runtime reads from the sigcontext's fault_address (SIGBUS
// beyond the end of a mapped file: sigbus.go).  Panics on goroutines of
// other threads, runtime.Goexit, and the usual bounds, map, conversion
// errors.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %v\n", name, e)
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

type big struct {
	pad [1 << 16]byte
	x   int
}

type T struct{ v int }

func (t *T) Get() int { return t.v }

type getter interface{ Get() int }

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func udiv(a, b uint64) uint64 { return a / b }

var zero = 0

// faultAddr prints the fault address relative to base (mappings move).
func faultAddr(name string, base uintptr, f func()) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		r := recover()
		type addr interface{ Addr() uintptr }
		if a, ok := r.(addr); ok {
			fmt.Printf("%s: %v (at mapping+%#x)\n", name, r, a.Addr()-base)
		} else {
			fmt.Printf("%s: %v (no address)\n", name, r)
		}
	}()
	f()
}

func main() {
	runtime.GOMAXPROCS(4)
	try("nil pointer", func() {
		var p *int
		fmt.Println(*p)
	})
	try("nil pointer write", func() {
		var p *T
		p.v = 1
	})
	try("nil struct, large offset", func() {
		var p *big
		fmt.Println(p.x)
	})
	try("nil method value", func() {
		var t *T
		fmt.Println(t.Get())
	})
	try("nil interface call", func() {
		var g getter
		fmt.Println(g.Get())
	})
	try("nil func call", func() {
		var f func() int
		fmt.Println(f())
	})
	try("divide by zero", func() {
		q, r := div(7, int64(zero))
		fmt.Println(q, r)
	})
	try("divide by zero int32", func() {
		q, r := div32(7, int32(zero))
		fmt.Println(q, r)
	})
	try("unsigned divide by zero", func() { fmt.Println(udiv(7, uint64(zero))) })
	q, r := div(-1<<63, -1)
	fmt.Println("MinInt64 / -1 =", q, "remainder", r)
	q32, r32 := div32(-1<<31, -1)
	fmt.Println("MinInt32 / -1 =", q32, "remainder", r32)
	q, r = div(-7, 2)
	fmt.Println("-7 / 2 =", q, "remainder", r)
	try("index out of range", func() {
		s := []int{1, 2, 3}
		i := 5 + zero
		fmt.Println(s[i])
	})
	try("slice bounds", func() {
		s := make([]byte, 4)
		j := 9 + zero
		fmt.Println(s[2:j])
	})
	try("nil map write", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("type assertion", func() {
		var i any = "str"
		fmt.Println(i.(int))
	})
	try("custom error", func() { panic(errors.New("boom")) })
	try("custom value", func() { panic(fmt.Sprintf("value %d", 42)) })
	try("re-panic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	})

	// On other goroutines (other threads), recovered there.
	res := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			defer func() { res <- fmt.Sprint(recover()) }()
			if i%2 == 0 {
				var p *[8]int
				p[i] = 1
			} else {
				_, _ = div(int64(i), int64(zero))
			}
		}(i)
	}
	seen := map[string]int{}
	for i := 0; i < 8; i++ {
		seen[<-res]++
	}
	fmt.Println("goroutine panics:", seen)

	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		runtime.Goexit()
	}()
	fmt.Println("Goexit ran deferred calls:", <-done)

	// Faults at real addresses.
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		fmt.Println("mmap:", err)
		return
	}
	base := uintptr(unsafe.Pointer(&mem[0]))
	syscall.Mprotect(mem[page:], syscall.PROT_NONE)
	faultAddr("PROT_NONE page", base, func() {
		fmt.Println(*(*byte)(unsafe.Pointer(base + uintptr(page) + 16)))
	})
	syscall.Munmap(mem)
	faultAddr("unmapped page", base, func() {
		*(*byte)(unsafe.Pointer(base + 40)) = 1
	})
}
