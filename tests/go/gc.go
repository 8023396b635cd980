// gc: the garbage collector with goroutines on several OS threads.  Lots
// of allocation (trees, maps, slices, a large block), runtime.GC(),
// finalizers, runtime.ReadMemStats sanity checks, debug.FreeOSMemory, and
// a concurrent collection while four goroutines allocate and check their
// own data (write barriers, stack scans: every goroutine is stopped at a
// safe point, asynchronously if needed).  GOMAXPROCS=4.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type node struct {
	left, right *node
	val         uint64
}

func build(depth int, seed uint64) *node {
	if depth == 0 {
		return &node{val: seed}
	}
	return &node{build(depth-1, seed*2+1), build(depth-1, seed*2+2), seed}
}

func (n *node) sum() uint64 {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func allocate() {
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep []*node
	for i := 0; i < 40; i++ {
		t := build(14, uint64(i)) // 32767 nodes, ~1 MB
		if i%10 == 0 {
			keep = append(keep, t)
		}
	}
	m := map[int][]byte{}
	for i := 0; i < 20000; i++ {
		m[i] = make([]byte, 64+i%200)
		if i >= 100 {
			delete(m, i-100)
		}
	}
	big := make([]uint64, 16<<20) // 128 MB, straight from the OS
	for i := range big {
		big[i] = uint64(i)
	}
	bigSum := uint64(0)
	for _, v := range big {
		bigSum += v
	}
	big = nil
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	var s uint64
	for _, t := range keep {
		s += t.sum()
	}
	fmt.Printf("allocate: kept trees sum %d, map %d entries, big sum %d\n", s, len(m), bigSum)
	fmt.Println("memstats: collections ran:", after.NumGC > before.NumGC)
	fmt.Println("memstats: TotalAlloc grew by more than 150 MB:", after.TotalAlloc-before.TotalAlloc > 150<<20)
	fmt.Println("memstats: Mallocs >= Frees:", after.Mallocs >= after.Frees)
	fmt.Println("memstats: HeapAlloc < 100 MB after the big block died:", after.HeapAlloc < 100<<20)
	fmt.Println("memstats: HeapInuse <= HeapSys <= Sys:", after.HeapInuse <= after.HeapSys && after.HeapSys <= after.Sys)
	fmt.Println("memstats: PauseTotalNs > 0:", after.PauseTotalNs > 0)
	runtime.KeepAlive(keep)
}

type res struct {
	id  int
	buf [48]byte
	p   *int
}

var finalized int32

func finalizers() {
	for i := 0; i < 100; i++ {
		r := &res{id: i, p: new(int)}
		runtime.SetFinalizer(r, func(r *res) { atomic.AddInt32(&finalized, 1) })
	}
	// Finalizers run on their own goroutine after the collection that
	// finds the objects unreachable.
	deadline := time.Now().Add(10 * time.Second)
	for atomic.LoadInt32(&finalized) < 100 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("finalizers run:", atomic.LoadInt32(&finalized))
	// An object still referenced is not finalized.
	var kept int32
	live := &res{id: -1}
	runtime.SetFinalizer(live, func(*res) { atomic.AddInt32(&kept, 1) })
	runtime.GC()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("live object finalized:", atomic.LoadInt32(&kept), live.id)
	runtime.KeepAlive(live)
}

// Four goroutines allocate and verify trees while collections run.
func concurrent() {
	debug.SetGCPercent(20) // collect often
	var wg sync.WaitGroup
	sums := make([]uint64, 4)
	bad := int32(0)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var live []*node
			for i := 0; i < 60; i++ {
				t := build(10, uint64(g*1000+i))
				live = append(live, t)
				if len(live) > 8 {
					live = live[1:]
				}
				want := t.sum()
				for _, o := range live {
					o.sum()
				}
				if t.sum() != want {
					atomic.AddInt32(&bad, 1)
				}
				sums[g] += want
			}
		}(g)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 5; i++ {
		runtime.GC() // stops every goroutine above at a safe point
	}
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	debug.SetGCPercent(100)
	fmt.Println("concurrent: sums", sums, "corrupted", bad, "collections >= 5:", after.NumGC-before.NumGC >= 5)
}

// A map with many entries survives collections intact.
func mapSurvives() {
	m := make(map[string]int)
	for i := 0; i < 50000; i++ {
		m[fmt.Sprintf("key-%d", i)] = i
	}
	runtime.GC()
	debug.FreeOSMemory()
	ok := 0
	for i := 0; i < 50000; i++ {
		if m[fmt.Sprintf("key-%d", i)] == i {
			ok++
		}
	}
	keys := make([]string, 0, 3)
	for k := range m {
		if len(k) == 5 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println("map after GC and FreeOSMemory:", ok, "entries intact, short keys", keys)
}

func main() {
	runtime.GOMAXPROCS(4)
	allocate()
	finalizers()
	concurrent()
	mapSurvives()
}
