package main

import (
	"sync"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
)

// watchOutbox calls look with the outbox every interval, from another
// goroutine, until the returned stop is called (also at the test's end, so
// that it never outlives the program). What look gathers is the caller's to
// read once stop has returned.
func (h *harness) watchOutbox(t *testing.T, every time.Duration, look func(box []allaboard.Outgoing)) (stop func()) {
	t.Helper()
	quit, watched := make(chan struct{}), make(chan struct{})
	stop = sync.OnceFunc(func() { close(quit); <-watched })
	t.Cleanup(stop)
	go func() {
		defer close(watched)
		for {
			select {
			case <-quit:
				return
			case <-time.After(every):
			}
			box, err := h.main.DB.Outbox()
			if err != nil {
				t.Error(err)
				return
			}
			look(box)
		}
	}()
	return stop
}

// pressAll has each of people press the button labelled label on their
// latest private message, at once, and returns the presses' ids.
func (h *harness) pressAll(t *testing.T, people []*telegramtest.User, label string) []string {
	t.Helper()
	presses := make([]string, 0, len(people))
	for _, p := range people {
		id, err := h.tg.PressLabel(p, p.ID, label)
		if err != nil {
			t.Fatalf("%s cannot press: %v", p.Name(), err)
		}
		presses = append(presses, id)
	}
	return presses
}
