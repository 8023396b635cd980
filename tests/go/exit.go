// exit: os.Exit(7) called from a goroutine while others spin on other
// threads: exit_group must end every thread at once, with that status
// (exit.status).  Deferred calls do not run.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"time"
)

var spinning int32

func main() {
	runtime.GOMAXPROCS(4)
	defer fmt.Println("deferred in main: not printed")
	for i := 0; i < 4; i++ {
		go func() {
			atomic.AddInt32(&spinning, 1)
			var x uint64
			for {
				x = x*3 + 1
			}
		}()
	}
	for atomic.LoadInt32(&spinning) < 4 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("4 goroutines spinning; exiting with 7 from another goroutine")
	go func() {
		defer fmt.Println("deferred in goroutine: not printed")
		os.Exit(7)
	}()
	time.Sleep(10 * time.Second)
	fmt.Println("not reached")
}
