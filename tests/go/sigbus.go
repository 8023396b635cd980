// sigbus: a read beyond the end of a mapped file raises SIGBUS; with
// debug.SetPanicOnFault the runtime turns it into a panic whose error
// carries the faulting address, here printed relative to the mapping.  The
// fault happens on a goroutine that may run on any thread.  Go's runtime
// takes the address from the signal frame's uc_mcontext.fault_address (the
// FAR), not from si_addr.
//
// ferry-test: qemu-differs (qemu 7.2 sets si_addr right but leaves a stale
// fault_address in the arm64 sigcontext for this SIGBUS: the runtime then
// sees an address below 0x1000, or mapping-0x1fd8; the native build is the
// oracle)
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

func fault(name string, base uintptr, f func()) {
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
	page := syscall.Getpagesize()
	f, err := os.CreateTemp("", "sigbus")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()
	f.Write(make([]byte, 100))
	m, err := syscall.Mmap(int(f.Fd()), 0, 3*page, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		fmt.Println("mmap:", err)
		return
	}
	base := uintptr(unsafe.Pointer(&m[0]))
	done := make(chan bool)
	go func() {
		debug.SetPanicOnFault(true)
		fmt.Println("inside the file:", m[99])
		fault("one page beyond the end", base, func() { fmt.Println(m[page+8]) })
		fault("two pages beyond the end", base, func() { fmt.Println(m[2*page+100]) })
		done <- true
	}()
	<-done
	fmt.Println("still alive")
}
