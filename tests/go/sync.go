// sync: sync.Mutex, RWMutex, Once, Cond, WaitGroup, sync.Map and
// sync/atomic with goroutines on several OS threads (GOMAXPROCS=4).  Lost
// updates, torn reads or a broken compare-and-swap show up as wrong counts.
//
// ferry-test: repeat 3 (races: every run must pass)
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

const workers = 8

func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			f(i)
		}(i)
	}
	wg.Wait()
}

func mutex() {
	var mu sync.Mutex
	counter := 0
	parallel(workers, func(int) {
		for j := 0; j < 20000; j++ {
			mu.Lock()
			counter++
			if j%1000 == 0 {
				runtime.Gosched() // let a waiter in while holding nothing
			}
			mu.Unlock()
		}
	})
	fmt.Println("mutex: counter", counter)
}

// Writers keep a == b; readers must never see them differ.
func rwmutex() {
	var rw sync.RWMutex
	var a, b int
	var torn, reads int64
	parallel(workers, func(i int) {
		for j := 0; j < 5000; j++ {
			if i < 2 {
				rw.Lock()
				a++
				b++
				rw.Unlock()
			} else {
				rw.RLock()
				if a != b {
					atomic.AddInt64(&torn, 1)
				}
				rw.RUnlock()
				atomic.AddInt64(&reads, 1)
			}
		}
	})
	fmt.Println("rwmutex: a", a, "b", b, "reads", reads, "torn", torn)
}

func atomics() {
	var n int64
	var u atomic.Uint32
	var max atomic.Int64
	var flag int32
	parallel(workers, func(i int) {
		for j := 0; j < 20000; j++ {
			atomic.AddInt64(&n, 2)
			u.Add(1)
			// A CAS loop: the maximum of all (i*100000 + j).
			v := int64(i*100000 + j)
			for {
				cur := max.Load()
				if v <= cur || max.CompareAndSwap(cur, v) {
					break
				}
			}
		}
		atomic.CompareAndSwapInt32(&flag, 0, int32(i+1))
	})
	fmt.Println("atomic: add", atomic.LoadInt64(&n), "uint32", u.Load(), "max", max.Load(),
		"cas winner set:", atomic.LoadInt32(&flag) != 0)
	var old int64 = 5
	fmt.Println("atomic: swap returns", atomic.SwapInt64(&old, 9), "now", old)
	var val atomic.Value
	val.Store([]string{"x", "y"})
	fmt.Println("atomic.Value:", val.Load().([]string))
}

// A spin lock built from compare-and-swap.
func spinlock() {
	var lock int32
	total := 0
	parallel(4, func(int) {
		for j := 0; j < 10000; j++ {
			for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				runtime.Gosched()
			}
			total++
			atomic.StoreInt32(&lock, 0)
		}
	})
	fmt.Println("spinlock: total", total)
}

func once() {
	var o sync.Once
	var calls int32
	parallel(16, func(int) { o.Do(func() { atomic.AddInt32(&calls, 1) }) })
	fmt.Println("once: called", calls, "time(s)")
}

// Producers and consumers on a bounded queue guarded by a Cond.
func cond() {
	var mu sync.Mutex
	notEmpty := sync.NewCond(&mu)
	notFull := sync.NewCond(&mu)
	var queue []int
	const items, producers = 4000, 4
	sums := make([]int, 4)
	var wg sync.WaitGroup
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 {
					notEmpty.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				notFull.Signal()
				mu.Unlock()
				if v < 0 {
					return
				}
				sums[c] += v
			}
		}(c)
	}
	parallel(producers, func(p int) {
		for j := 1; j <= items/producers; j++ {
			mu.Lock()
			for len(queue) >= 16 {
				notFull.Wait()
			}
			queue = append(queue, p*1000+j)
			notEmpty.Signal()
			mu.Unlock()
		}
	})
	mu.Lock()
	for c := 0; c < 4; c++ {
		queue = append(queue, -1)
	}
	notEmpty.Broadcast()
	mu.Unlock()
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("cond: consumed total", total)

	// Broadcast wakes every waiter.
	var ready bool
	var woken int32
	var started sync.WaitGroup
	c := sync.NewCond(&mu)
	started.Add(6)
	var done sync.WaitGroup
	done.Add(6)
	for i := 0; i < 6; i++ {
		go func() {
			defer done.Done()
			mu.Lock()
			started.Done()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			atomic.AddInt32(&woken, 1)
		}()
	}
	started.Wait()
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("cond: broadcast woke", woken)
}

func syncMap() {
	var m sync.Map
	parallel(workers, func(i int) {
		for j := 0; j < 500; j++ {
			m.Store(j, j*j)
			if v, loaded := m.LoadOrStore(1000+i, i); loaded && v.(int) != i {
				fmt.Println("sync.Map: wrong value")
			}
		}
	})
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	v, _ := m.Load(499)
	fmt.Println("sync.Map:", len(keys), "keys, first", keys[0], "last", keys[len(keys)-1], "m[499] =", v)
}

func main() {
	runtime.GOMAXPROCS(4)
	mutex()
	rwmutex()
	atomics()
	spinlock()
	once()
	cond()
	syncMap()
}
