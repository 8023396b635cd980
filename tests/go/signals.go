// signals: os/signal.  signal.Notify for SIGUSR1/SIGUSR2/SIGTERM sent to
// the process with syscall.Kill and to one thread with syscall.Tgkill,
// signal.Ignore and signal.Stop, signal.NotifyContext, a SIGURG sent by
// hand (the runtime's own preemption signal: any number of extra ones may
// arrive, the output does not count them), and SIGPIPE on a pipe that is
// not stdout (the runtime's handler turns it into EPIPE).  Every Go
// program installs handlers for all signals, so these run on whichever
// thread the kernel picks.  GOMAXPROCS=4.
//
// ferry-test: repeat 3 (races: every run must pass)
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func wait(c <-chan os.Signal, d time.Duration) (os.Signal, bool) {
	select {
	case s := <-c:
		return s, true
	case <-time.After(d):
		return nil, false
	}
}

func main() {
	runtime.GOMAXPROCS(4)
	pid := syscall.Getpid()

	c := make(chan os.Signal, 8)
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(pid, syscall.SIGUSR1)
	s, ok := wait(c, 10*time.Second)
	fmt.Println("kill SIGUSR1: received", ok, s)

	// Several deliveries, each waited for (signals of one kind coalesce).
	c2 := make(chan os.Signal, 8)
	signal.Notify(c2, syscall.SIGUSR2, syscall.SIGTERM)
	n := 0
	for i := 0; i < 5; i++ {
		syscall.Kill(pid, syscall.SIGUSR2)
		if _, ok := wait(c2, 10*time.Second); ok {
			n++
		}
	}
	syscall.Kill(pid, syscall.SIGTERM)
	s, ok = wait(c2, 10*time.Second)
	fmt.Println("kill SIGUSR2 x5: received", n, "; SIGTERM caught:", ok, s)

	// To one thread of the process.
	runtime.LockOSThread()
	syscall.Tgkill(pid, syscall.Gettid(), syscall.SIGUSR1)
	runtime.UnlockOSThread()
	s, ok = wait(c, 10*time.Second)
	fmt.Println("tgkill SIGUSR1: received", ok, s)

	// From another goroutine, on another thread, while main waits.
	go func() {
		time.Sleep(5 * time.Millisecond)
		syscall.Kill(pid, syscall.SIGUSR1)
	}()
	s, ok = wait(c, 10*time.Second)
	fmt.Println("kill from a goroutine: received", ok, s)

	// Ignored: nothing arrives, and the process survives.
	signal.Ignore(syscall.SIGUSR1)
	syscall.Kill(pid, syscall.SIGUSR1)
	_, ok = wait(c, 50*time.Millisecond)
	fmt.Println("ignored SIGUSR1: received", ok, "; Ignored:", signal.Ignored(syscall.SIGUSR1))

	// Stop: the channel gets nothing more; SIGUSR2 is still caught for c3.
	c3 := make(chan os.Signal, 1)
	signal.Notify(c3, syscall.SIGUSR2)
	signal.Stop(c2)
	syscall.Kill(pid, syscall.SIGUSR2)
	_, ok3 := wait(c3, 10*time.Second)
	_, ok2 := wait(c2, 50*time.Millisecond)
	fmt.Println("after Stop: stopped channel received", ok2, "; other channel received", ok3)

	// SIGURG is also the runtime's preemption signal: the program sees at
	// least the one it sent (maybe more), and preemption keeps working.
	cu := make(chan os.Signal, 64)
	signal.Notify(cu, syscall.SIGURG)
	syscall.Kill(pid, syscall.SIGURG)
	s, ok = wait(cu, 10*time.Second)
	signal.Stop(cu)
	fmt.Println("SIGURG: received at least one:", ok, s)

	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGUSR2)
	syscall.Kill(pid, syscall.SIGUSR2)
	select {
	case <-ctx.Done():
		fmt.Println("NotifyContext:", ctx.Err())
	case <-time.After(10 * time.Second):
		fmt.Println("NotifyContext: no signal")
	}
	cancel()

	// SIGPIPE on a pipe that is not fd 1 or 2: the write fails with EPIPE
	// and the program goes on.
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println("pipe:", err)
		return
	}
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write to a closed pipe: EPIPE:", errors.Is(err, syscall.EPIPE))
	w.Close()
	fmt.Println("still alive")
}
