// Package scheduler wakes the bot when something stored falls due. The due
// times live in the database, so a restart loses nothing: on start the
// scheduler runs once and then sleeps until the earliest time the run reports.
package scheduler

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Clock is the time as the scheduler sees it; tests use a fake one.
type Clock interface {
	Now() time.Time
	// After returns a channel that receives once d has passed.
	After(d time.Duration) <-chan time.Time
}

// RealClock is the machine's clock.
type RealClock struct{}

// Now is time.Now.
func (RealClock) Now() time.Time { return time.Now() }

// After is time.After.
func (RealClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Job does everything due at now and returns when it next has work (the zero
// time for none known).
type Job func(now time.Time) (next time.Time, err error)

// Scheduler runs one Job whenever it falls due or is woken.
type Scheduler struct {
	job   Job
	clock Clock
	log   *slog.Logger
	wake  chan struct{}
	// retry is the wait after a failed run.
	retry time.Duration

	mu      sync.Mutex
	woken   uint64 // Wake calls, and one for the run at start
	seen    uint64 // woken as the latest run began
	running bool
}

// New returns a scheduler for job; a nil clock means the real one.
func New(job Job, clock Clock, log *slog.Logger) *Scheduler {
	if clock == nil {
		clock = RealClock{}
	}
	if log == nil {
		log = slog.Default()
	}
	return &Scheduler{job: job, clock: clock, log: log, wake: make(chan struct{}, 1), retry: 30 * time.Second, woken: 1}
}

// Wake makes the scheduler run the job soon: something may have become due
// earlier than it knew. It never blocks.
func (s *Scheduler) Wake() {
	s.mu.Lock()
	s.woken++
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// idle is how long the scheduler sleeps when nothing is due: it wakes on its
// own now and then in case a clock jumped.
const idle = time.Hour

// Run runs the job now and then whenever due, until ctx is done.
func (s *Scheduler) Run(ctx context.Context) {
	for {
		wait := s.runOnce()
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-s.clock.After(wait):
		}
	}
}

// Idle reports whether the scheduler has nothing to do: it is not running the
// job, and has run it since it was last woken. A run because the clock moved
// is not foreseen: whoever moves a clock and then waits for Idle calls Wake.
func (s *Scheduler) Idle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.running && s.seen == s.woken
}

// runOnce runs the job, recovering from a panic, and returns how long to sleep.
func (s *Scheduler) runOnce() (wait time.Duration) {
	s.mu.Lock()
	s.running, s.seen = true, s.woken
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = false
		s.mu.Unlock()
	}()
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("scheduled job panicked; will retry", "panic", r, "in", s.retry)
			wait = s.retry
		}
	}()
	now := s.clock.Now()
	next, err := s.job(now)
	if err != nil {
		s.log.Error("scheduled job failed; will retry", "err", err, "in", s.retry)
		return s.retry
	}
	if next.IsZero() {
		return idle
	}
	return min(max(next.Sub(now), 0), idle)
}
