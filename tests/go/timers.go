// timers: time.Sleep, time.After, Ticker, Timer Stop/Reset, AfterFunc,
// a thousand concurrent sleepers, and a monotonic clock seen from several
// threads.  Only lower bounds on elapsed time are checked (a loaded
// machine may be slow, never early); upper bounds are generous.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func sleep() {
	for _, d := range []time.Duration{time.Millisecond, 20 * time.Millisecond, 50 * time.Millisecond} {
		t0 := time.Now()
		time.Sleep(d)
		el := time.Since(t0)
		fmt.Printf("sleep %v: not early %v, under 10s %v\n", d, el >= d, el < 10*time.Second)
	}
}

func after() {
	fast := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fast <- "worker"
	}()
	select {
	case s := <-fast:
		fmt.Println("after: first was", s)
	case <-time.After(5 * time.Second):
		fmt.Println("after: first was the timer")
	}
	t0 := time.Now()
	v := <-time.After(30 * time.Millisecond)
	fmt.Println("after: delivered time not before the deadline:", !v.Before(t0.Add(30*time.Millisecond)))
}

func ticker() {
	// t0 before the ticker: taken after it, a pause in between (a loaded
	// machine) let the fifth tick come less than 50ms after t0.
	t0 := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Printf("ticker: %d ticks, took at least 50ms: %v\n", n, time.Since(t0) >= 50*time.Millisecond)
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker: reset ticked")
}

func timer() {
	t := time.NewTimer(time.Hour)
	fmt.Println("timer: stop before firing:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer: fired after reset; stop now:", t.Stop())
	var fired int32
	done := make(chan bool)
	time.AfterFunc(15*time.Millisecond, func() {
		atomic.StoreInt32(&fired, 1)
		done <- true
	})
	stopped := time.AfterFunc(time.Hour, func() { fmt.Println("timer: an hour passed?") })
	<-done
	fmt.Println("afterfunc: fired", atomic.LoadInt32(&fired), "; the other stopped:", stopped.Stop())
}

// A thousand goroutines sleep different times on 4 Ps; all must wake, and
// those with longer sleeps must not wake before their time.
func sleepers() {
	var wg sync.WaitGroup
	var early, woke int32
	t0 := time.Now()
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := time.Duration(1+i%40) * time.Millisecond
			s := time.Now()
			time.Sleep(d)
			if time.Since(s) < d {
				atomic.AddInt32(&early, 1)
			}
			atomic.AddInt32(&woke, 1)
		}(i)
	}
	wg.Wait()
	fmt.Printf("sleepers: %d woke, %d early, all in at least 40ms: %v\n", woke, early, time.Since(t0) >= 40*time.Millisecond)
}

// time.Now's monotonic reading never goes backwards, on any thread.
func monotonic() {
	var wg sync.WaitGroup
	var back int32
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prev := time.Now()
			for i := 0; i < 20000; i++ {
				now := time.Now()
				if now.Sub(prev) < 0 {
					atomic.AddInt32(&back, 1)
				}
				prev = now
				if i%5000 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("monotonic: went backwards", back, "times")
	// Wall clock sanity: after 2020, before 2100.
	y := time.Now().Year()
	fmt.Println("wall clock year plausible:", y >= 2020 && y < 2100)
}

func main() {
	runtime.GOMAXPROCS(4)
	sleep()
	after()
	ticker()
	timer()
	sleepers()
	monotonic()
}
