// crash: an unrecovered nil pointer dereference on a goroutine other than
// main, while other goroutines run on other threads.  The runtime prints
// the panic and the goroutine traces to stderr (not compared: addresses)
// and exits with status 2 (crash.status); stdout has what came before.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

type T struct{ next *T }

func main() {
	runtime.GOMAXPROCS(4)
	for i := 0; i < 3; i++ {
		go func() {
			x := 0
			for {
				x++
				if x%1000 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	fmt.Println("before the crash")
	os.Stdout.Sync()
	go func() {
		var t *T
		fmt.Println(t.next.next)
	}()
	time.Sleep(10 * time.Second)
	fmt.Println("not reached")
}
