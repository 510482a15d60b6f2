// Package schedulertest has a clock that moves only when a test says so.
package schedulertest

import (
	"sync"
	"time"
)

// Clock is a scheduler.Clock for tests.
type Clock struct {
	mu       sync.Mutex
	now      time.Time
	sleepers []sleeper
}

type sleeper struct {
	at time.Time
	ch chan time.Time
}

// NewClock returns a clock showing now.
func NewClock(now time.Time) *Clock { return &Clock{now: now} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After fires when the clock has been moved d ahead.
func (c *Clock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.sleepers = append(c.sleepers, sleeper{c.now.Add(d), ch})
	return ch
}

// Advance moves the clock ahead by d and fires what falls due.
func (c *Clock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }

// Set moves the clock to t and fires what falls due.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.sleepers[:0]
	for _, s := range c.sleepers {
		if s.at.After(t) {
			kept = append(kept, s)
			continue
		}
		s.ch <- t
	}
	c.sleepers = kept
}

// Sleepers is how many After channels have not fired yet.
func (c *Clock) Sleepers() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.sleepers)
}
