package scheduler

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"allaboard/scheduler/schedulertest"
)

func TestRunsWhenDue(t *testing.T) {
	start := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	clock := schedulertest.NewClock(start)
	runs := make(chan time.Time, 10)
	due := []time.Time{start.Add(15 * time.Minute), start.Add(time.Hour)}
	var mu sync.Mutex
	job := func(now time.Time) (time.Time, error) {
		runs <- now
		mu.Lock()
		defer mu.Unlock()
		for len(due) > 0 && !due[0].After(now) {
			due = due[1:]
		}
		if len(due) == 0 {
			return time.Time{}, nil
		}
		return due[0], nil
	}
	s := New(job, clock, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)

	if got := <-runs; !got.Equal(start) {
		t.Fatalf("first run at %v, want at start", got)
	}
	waitForTimer(t, clock)
	clock.Advance(14 * time.Minute)
	select {
	case got := <-runs:
		t.Fatalf("ran early at %v", got)
	case <-time.After(50 * time.Millisecond):
	}
	clock.Advance(time.Minute)
	if got := <-runs; !got.Equal(start.Add(15 * time.Minute)) {
		t.Fatalf("second run at %v, want 10:15", got)
	}
}

func TestWakeRunsAtOnce(t *testing.T) {
	clock := schedulertest.NewClock(time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	runs := make(chan time.Time, 10)
	s := New(func(now time.Time) (time.Time, error) { runs <- now; return time.Time{}, nil }, clock, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	<-runs
	s.Wake()
	select {
	case <-runs:
	case <-time.After(5 * time.Second):
		t.Fatal("Wake did not run the job")
	}
}

func TestFailingAndPanickingJobsAreRetried(t *testing.T) {
	clock := schedulertest.NewClock(time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	runs := make(chan int, 10)
	n := 0
	s := New(func(now time.Time) (time.Time, error) {
		n++
		runs <- n
		switch n {
		case 1:
			return time.Time{}, errors.New("disk full")
		case 2:
			panic("bug")
		}
		return time.Time{}, nil
	}, clock, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	for want := 1; want <= 3; want++ {
		select {
		case got := <-runs:
			if got != want {
				t.Fatalf("run %d, want %d", got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("run %d did not happen", want)
		}
		waitForTimer(t, clock)
		clock.Advance(s.retry)
	}
}

// waitForTimer waits until the scheduler sleeps on the clock.
func waitForTimer(t *testing.T, c *schedulertest.Clock) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if c.Sleepers() > 0 {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the scheduler never went to sleep")
}

func TestIdleOnlyOnceWakesAreRunFor(t *testing.T) {
	clock := schedulertest.NewClock(time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	started, release := make(chan struct{}), make(chan struct{})
	s := New(func(now time.Time) (time.Time, error) {
		started <- struct{}{}
		<-release
		return time.Time{}, nil
	}, clock, nil)
	if s.Idle() {
		t.Fatal("idle before its first run")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)

	<-started
	if s.Idle() {
		t.Fatal("idle while running")
	}
	s.Wake() // while running: another run must follow
	release <- struct{}{}
	<-started
	if s.Idle() {
		t.Fatal("idle while running the run a Wake asked for")
	}
	release <- struct{}{}
	waitIdle(t, s)

	s.Wake()
	if s.Idle() {
		t.Fatal("idle right after Wake, before running")
	}
	<-started
	release <- struct{}{}
	waitIdle(t, s)
}

// waitIdle waits until the scheduler says it is idle.
func waitIdle(t *testing.T, s *Scheduler) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !s.Idle() {
		if time.Now().After(deadline) {
			t.Fatal("the scheduler never became idle")
		}
		time.Sleep(time.Millisecond)
	}
}
