package sender

import (
	"context"
	"math/rand/v2"
	"time"
)

// Backoff spaces out retries after errors: exponential from Min to Max, with
// jitter so that many clients do not retry in step.
type Backoff struct {
	Min, Max time.Duration
}

// DefaultBackoff suits the real Telegram.
var DefaultBackoff = Backoff{Min: time.Second, Max: time.Minute}

// Delay returns the wait before retry number n (1 for the first).
func (b Backoff) Delay(n int) time.Duration {
	d := b.Min
	for i := 1; i < n && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return d/2 + rand.N(d/2+1) // "equal jitter": at least half, at most all of d
}

// sleep waits d or until ctx is done, and reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
