package sender

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"testing"
	"time"

	"allaboard"
)

// seen is an Observer that remembers what it was told.
type seen struct {
	outcomes []string // "<text> <outcome>"
	codes    []int
}

func (s *seen) Completed(m allaboard.Outgoing, d allaboard.Delivery) {
	s.outcomes = append(s.outcomes, m.Text+" "+d.Outcome.String())
}

func (s *seen) TelegramError(code int) { s.codes = append(s.codes, code) }

func TestObserveReportsOutcomesAndTelegramErrors(t *testing.T) {
	api := &fakeAPI{answers: []error{
		apiError(429, "Too Many Requests: retry after 1", 1), // m1 must wait
		nil, // m2
		apiError(403, "Forbidden: bot was blocked by the user", 0), // m3
		errors.New("connection reset"),                             // m1 again
		nil,                                                        // m1 at last
	}}
	box := &fakeOutbox{queue: []allaboard.Outgoing{msg(1, 7), msg(2, 8), msg(3, 9)}, refs: map[refKey]int{}}
	var after []allaboard.Delivery
	o := &seen{}
	clock := t0
	s := New(Observe(Config{
		API: api, Outbox: box, Backoff: Backoff{Min: time.Millisecond, Max: time.Millisecond},
		After: func(_ allaboard.Tx, _ allaboard.Outgoing, d allaboard.Delivery) error {
			after = append(after, d)
			return nil
		},
		Log: slog.New(slog.DiscardHandler),
		Now: func() time.Time { clock = clock.Add(time.Second); return clock }, // every wait passes
	}, o))
	s.Drain()
	s.Run(context.Background())

	if got, want := o.codes, []int{429, 403, 0}; !slices.Equal(got, want) {
		t.Errorf("Telegram errors %v, want %v", got, want)
	}
	want := []string{"m1 delivered", "m2 delivered", "m3 blocked"}
	slices.Sort(o.outcomes)
	if !slices.Equal(o.outcomes, want) {
		t.Errorf("outcomes %q, want %q", o.outcomes, want)
	}
	if len(after) != 3 {
		t.Errorf("the sender's own After ran %d times, want 3", len(after))
	}
}
