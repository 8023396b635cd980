// goroutines: goroutines spread over several OS threads.  GOMAXPROCS=4, a
// WaitGroup of 100 goroutines, goroutines locked to their own OS thread
// (runtime.LockOSThread) that must see four different thread ids at once,
// a locked goroutine that exits without unlocking (the runtime then ends
// its thread), ping-pong between two locked threads, and CPU-bound work
// split over 4 goroutines.  Every result is independent of scheduling.
//
// ferry-test: repeat 3 (races: every run must pass)
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"syscall"
	"time"
)

// mix is a 64-bit hash step (splitmix64's finaliser).
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func work(seed, n uint64) uint64 {
	h := seed
	for i := uint64(0); i < n; i++ {
		h = mix(h + i)
	}
	return h
}

func waitGroup() {
	var wg sync.WaitGroup
	res := make([]uint64, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = work(uint64(i), uint64(1000+37*i))
		}(i)
	}
	wg.Wait()
	var x uint64
	for _, r := range res {
		x = mix(x ^ r)
	}
	fmt.Printf("waitgroup: 100 goroutines, checksum %016x\n", x)
}

// Four goroutines, each locked to an OS thread, all alive at once: they
// must be on four different threads, and stay on them across blocking.
func lockedThreads() {
	const n = 4
	tids := make([]int, n)
	var ready, release sync.WaitGroup
	ready.Add(n)
	release.Add(1)
	moved := make(chan bool, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			tids[i] = syscall.Gettid()
			ready.Done()
			release.Wait()
			time.Sleep(time.Millisecond)
			moved <- syscall.Gettid() != tids[i]
		}(i)
	}
	ready.Wait()
	distinct := map[int]bool{}
	for _, t := range tids {
		if t > 0 {
			distinct[t] = true
		}
	}
	release.Done()
	stayed := 0
	for i := 0; i < n; i++ {
		if !<-moved {
			stayed++
		}
	}
	fmt.Printf("locked: %d goroutines on %d distinct threads, %d stayed on their thread\n", n, len(distinct), stayed)
}

// A goroutine that exits while locked takes its thread with it; the
// program goes on with new threads.
func lockedExit() {
	tids := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			runtime.LockOSThread()
			tids <- syscall.Gettid()
			// no UnlockOSThread: the runtime terminates this thread
		}()
		if <-tids <= 0 {
			fmt.Println("lockedexit: bad tid")
		}
	}
	var wg sync.WaitGroup
	var sum [8]uint64
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum[i] = work(uint64(i*7), 20000)
		}(i)
	}
	wg.Wait()
	var x uint64
	for _, s := range sum {
		x ^= s
	}
	fmt.Printf("lockedexit: 3 threads ended, then 8 goroutines: %016x\n", x)
}

// Ping-pong between two goroutines locked to different threads: every
// hand-over wakes the other thread (futex wait/wake).
func pingPong() {
	ping, pong := make(chan int), make(chan int)
	tids := make(chan int, 2)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		tids <- syscall.Gettid()
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	runtime.LockOSThread()
	tids <- syscall.Gettid()
	v := 0
	for i := 0; i < 5000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	runtime.UnlockOSThread()
	a, b := <-tids, <-tids
	fmt.Printf("pingpong: %d round trips, threads differ: %v\n", v, a != b)
}

// CPU-bound work on 4 goroutines at once, results gathered by channel and
// sorted.
func parallel() {
	type result struct {
		id  int
		sum uint64
	}
	ch := make(chan result)
	for i := 0; i < 4; i++ {
		go func(i int) {
			ch <- result{i, work(uint64(i)<<32, 300000)}
		}(i)
	}
	rs := make([]result, 0, 4)
	for i := 0; i < 4; i++ {
		rs = append(rs, <-ch)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].id < rs[b].id })
	for _, r := range rs {
		fmt.Printf("parallel %d: %016x\n", r.id, r.sum)
	}
}

// Wait (bounded) until only the main goroutine is left.
func settle() int {
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	waitGroup()
	lockedThreads()
	lockedExit()
	pingPong()
	parallel()
	fmt.Println("goroutines left:", settle())
}
