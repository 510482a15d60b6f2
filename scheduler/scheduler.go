// Package scheduler wakes the bot when something stored falls due. The due
// times live in the database, so a restart loses nothing: on start the
// scheduler runs once and then sleeps until the earliest time the run reports.
package scheduler

import (
	"context"
	"log/slog"
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
}

// New returns a scheduler for job; a nil clock means the real one.
func New(job Job, clock Clock, log *slog.Logger) *Scheduler {
	if clock == nil {
		clock = RealClock{}
	}
	if log == nil {
		log = slog.Default()
	}
	return &Scheduler{job: job, clock: clock, log: log, wake: make(chan struct{}, 1), retry: 30 * time.Second}
}

// Wake makes the scheduler run the job soon: something may have become due
// earlier than it knew. It never blocks.
func (s *Scheduler) Wake() {
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

// runOnce runs the job, recovering from a panic, and returns how long to sleep.
func (s *Scheduler) runOnce() (wait time.Duration) {
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
