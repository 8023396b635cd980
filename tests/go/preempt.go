// preempt: asynchronous preemption.  A goroutine spinning in a loop with
// no function call has no cooperative preemption point; the runtime's
// sysmon thread notices it after ~10 ms and sends its thread SIGURG, whose
// handler (running on that thread, interrupting translated code under an
// emulator) redirects it into the scheduler.  With GOMAXPROCS=1 the main
// goroutine can only run again that way, so it must print within a
// deadline; a stop-the-world collection needs the same with several Ps.
// A hang is the failure (the test harness's timeout); the deadlines below
// are generous so that a slow machine does not fail.
//
// ferry-test: repeat 3 (races: every run must pass)
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var stop int32

// spin has no calls in its loop: only an asynchronous preemption stops it.
//
//go:noinline
func spin(done chan<- uint64) {
	var x uint64
	for atomic.LoadInt32(&stop) == 0 {
		x = x*6364136223846793005 + 1442695040888963407
	}
	done <- x
}

func oneP(round int) {
	atomic.StoreInt32(&stop, 0)
	done := make(chan uint64)
	go spin(done)
	runtime.Gosched() // let the spinner take the only P
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond) // runs again only if spin is preempted
	el := time.Since(t0)
	atomic.StoreInt32(&stop, 1)
	<-done
	fmt.Printf("GOMAXPROCS=1 round %d: main ran again while a goroutine spun, within 5s: %v\n", round, el < 5*time.Second)
}

// Goroutines that print in turn while spinners hold every P.
func interleave() {
	atomic.StoreInt32(&stop, 0)
	done := make(chan uint64)
	for i := 0; i < 2; i++ {
		go spin(done)
	}
	msgs := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			msgs <- fmt.Sprintf("printer %d ran", i)
		}(i)
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-msgs] = true
	}
	atomic.StoreInt32(&stop, 1)
	<-done
	<-done
	fmt.Println("GOMAXPROCS=1 with 2 spinners:", len(got), "printers ran")
}

// runtime.GC stops the world: every spinner must be preempted.
func stopTheWorld() {
	runtime.GOMAXPROCS(4)
	atomic.StoreInt32(&stop, 0)
	done := make(chan uint64)
	for i := 0; i < 4; i++ {
		go spin(done)
	}
	time.Sleep(5 * time.Millisecond)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before) // also stops the world
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&after)
	atomic.StoreInt32(&stop, 1)
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println("GOMAXPROCS=4 with 4 spinners: 3 collections completed:", after.NumGC-before.NumGC >= 3)
}

func main() {
	runtime.GOMAXPROCS(1)
	for r := 1; r <= 5; r++ {
		oneP(r)
	}
	interleave()
	stopTheWorld()
}
