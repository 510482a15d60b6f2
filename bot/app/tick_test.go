package app_test

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// writes counts the write transactions run through a store.
type writes struct {
	app.Store
	n int
}

func (w *writes) Update(fn func(allaboard.Tx) error) error {
	w.n++
	return w.Store.Update(fn)
}

// Every commit wakes the scheduler, which then ticks: a tick that found
// nothing to do and still committed would wake it again, for ever, and keep
// an idle bot busy writing to disk.
func TestTickWithNothingDueWritesNothing(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.tick(k.now) // the first reminders, and the timers planned

	w := &writes{Store: k.db}
	a := app.New(app.Config{Self: botSelf, Now: func() time.Time { return k.now }, Defaults: allaboard.Settings{Zone: "UTC"}, Undo: -1}, w, k)
	if _, err := a.Timers.Tick(k.now); err != nil { // plans what an older version may have missed
		t.Fatal(err)
	}
	w.n = 0
	next, err := a.Timers.Tick(k.now)
	if err != nil {
		t.Fatal(err)
	}
	if next.IsZero() || !next.After(k.now) {
		t.Fatalf("next run at %v, want a reminder after %v", next, k.now)
	}
	if w.n != 0 {
		t.Fatalf("a tick with nothing due ran %d write transactions, want none", w.n)
	}
}
