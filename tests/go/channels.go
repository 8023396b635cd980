// channels: unbuffered and buffered channels, close and range, select
// with default, with timeouts and with nil channels, a pipeline and a
// fan-out/fan-in over several OS threads, context cancellation, and the
// panics of misused channels.  GOMAXPROCS=4.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

func unbuffered() {
	ch := make(chan int)
	done := make(chan []int)
	go func() {
		var got []int
		for v := range ch {
			got = append(got, v)
		}
		done <- got
	}()
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	fmt.Println("unbuffered:", <-done)
}

func buffered() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println("buffered: len", len(ch), "cap", cap(ch))
	ch <- "c"
	select {
	case ch <- "d":
		fmt.Println("buffered: sent to a full channel?")
	default:
		fmt.Println("buffered: full, default taken")
	}
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	v, ok := <-ch
	fmt.Printf("| after close: %q %v\n", v, ok)
}

func selectTimeout() {
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("select: received from a silent channel?")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("select: timeout")
	}
	soon := make(chan int, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		soon <- 42
	}()
	select {
	case v := <-soon:
		fmt.Println("select: value before timeout:", v)
	case <-time.After(10 * time.Second):
		fmt.Println("select: timeout?")
	}
	// A nil channel's case never fires.
	var nilch chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case <-nilch:
		fmt.Println("select: nil channel fired?")
	case v := <-ready:
		fmt.Println("select: nil case skipped, got", v)
	}
}

// Several ready cases: select picks at random, but every value arrives.
func selectFair() {
	a, b := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
	}
	close(a)
	close(b)
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("select: received", n, "values, sum", sum)
}

// gen -> square -> sum, each stage its own goroutine.
func pipeline() {
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				out <- i
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int, 16)
		go func() {
			for v := range in {
				out <- v * v
			}
			close(out)
		}()
		return out
	}
	total := 0
	for v := range sq(sq(gen(200))) {
		total += v
	}
	fmt.Println("pipeline: sum of i^4 for i=1..200 =", total)
}

// Eight workers share a job channel; results are collected and sorted.
func fanOut() {
	jobs := make(chan int, 64)
	results := make(chan [2]int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				c := 0
				for n := j; n != 1; c++ {
					if n%2 == 0 {
						n /= 2
					} else {
						n = 3*n + 1
					}
				}
				results <- [2]int{j, c}
			}
		}()
	}
	go func() {
		for i := 1; i <= 3000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var rs [][2]int
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	best := rs[0]
	sum := 0
	for _, r := range rs {
		sum += r[1]
		if r[1] > best[1] {
			best = r
		}
	}
	fmt.Printf("fanout: %d results, total steps %d, longest %d (%d steps)\n", len(rs), sum, best[0], best[1])
}

func cancel() {
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-ctx.Done()
			stopped <- i
		}(i)
	}
	stop()
	wg.Wait()
	close(stopped)
	n := 0
	for range stopped {
		n++
	}
	fmt.Println("cancel:", n, "goroutines saw", ctx.Err())
	ctx2, stop2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stop2()
	<-ctx2.Done()
	fmt.Println("cancel: timeout context:", ctx2.Err())
}

func misuse(name string, f func()) {
	defer func() { fmt.Printf("misuse %s: %v\n", name, recover()) }()
	f()
}

func main() {
	runtime.GOMAXPROCS(4)
	unbuffered()
	buffered()
	selectTimeout()
	selectFair()
	pipeline()
	fanOut()
	cancel()
	misuse("send on closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	misuse("close closed", func() { c := make(chan int); close(c); close(c) })
	misuse("close nil", func() { var c chan int; close(c) })
}
