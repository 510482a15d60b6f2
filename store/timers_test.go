package store_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// setTimers stores timers, each in its own transaction as the bot does.
func setTimers(tb testing.TB, db *store.DB, tms ...allaboard.Timer) {
	tb.Helper()
	for _, tm := range tms {
		update(tb, db, func(tx allaboard.Tx) error { return tx.SetTimer(tm) })
	}
}

// dueTimers names the timers due at now, earliest first, as kind/group/event.
func dueTimers(tb testing.TB, db *store.DB, now time.Time, limit int) []string {
	tb.Helper()
	var names []string
	view(tb, db, func(tx allaboard.Tx) error {
		tms, err := tx.DueTimers(now, limit)
		for _, tm := range tms {
			names = append(names, timerName(tm))
		}
		return err
	})
	return names
}

func timerName(tm allaboard.Timer) string {
	return fmt.Sprintf("%s/%d/%d", tm.Kind, tm.Group, tm.Event)
}

func nextTimer(tb testing.TB, db *store.DB) time.Time {
	tb.Helper()
	var next time.Time
	view(tb, db, func(tx allaboard.Tx) (err error) {
		next, err = tx.NextTimer()
		return err
	})
	return next
}

func TestSetTimerThenReadIt(t *testing.T) {
	db := open(t)
	at := t0.Add(90 * time.Minute)
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 3, At: at})
	view(t, db, func(tx allaboard.Tx) error {
		tm, err := tx.Timer(allaboard.TimerReminder, -100, 3)
		if err != nil {
			return err
		}
		if tm.Kind != allaboard.TimerReminder || tm.Group != -100 || tm.Event != 3 || !tm.At.Equal(at) {
			t.Errorf("timer = %+v, want the reminder of -100/3 at %v", tm, at)
		}
		return nil
	})
	if got, want := nextTimer(t, db), at; !got.Equal(want) {
		t.Errorf("next timer at %v, want %v", got, want)
	}
}

func TestTimerNotFound(t *testing.T) {
	db := open(t)
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 3, At: t0})
	view(t, db, func(tx allaboard.Tx) error {
		miss := func(kind allaboard.TimerKind, group int64, event int) {
			t.Helper()
			if tm, err := tx.Timer(kind, group, event); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("%s timer of %d/%d = %+v, %v; want ErrNotFound", kind, group, event, tm, err)
			}
		}
		miss(allaboard.TimerStart, -100, 3)    // other kind
		miss(allaboard.TimerReminder, -100, 4) // other event
		miss(allaboard.TimerReminder, -100, 0) // the group's own, not the event's
		miss(allaboard.TimerReminder, -200, 3) // other group
		return nil
	})
}

func TestSetTimerReplacesTheOneOfItsKind(t *testing.T) {
	db := open(t)
	setTimers(t, db,
		allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 1, At: t0},
		allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 1, At: t0.Add(3 * time.Hour)},
	)
	if due := dueTimers(t, db, t0.Add(time.Hour), 10); len(due) != 0 {
		t.Errorf("due at +1h: %v; the old time is still due after the timer moved to +3h", due)
	}
	if got, want := nextTimer(t, db), t0.Add(3*time.Hour); !got.Equal(want) {
		t.Errorf("next timer at %v, want %v", got, want)
	}
	if due := dueTimers(t, db, t0.Add(4*time.Hour), 10); len(due) != 1 || due[0] != "reminder/-100/1" {
		t.Errorf("due at +4h: %v, want the reminder once", due)
	}
	view(t, db, func(tx allaboard.Tx) error {
		if tm, err := tx.Timer(allaboard.TimerReminder, -100, 1); err != nil || !tm.At.Equal(t0.Add(3*time.Hour)) {
			t.Errorf("timer = %+v, %v; want it at +3h", tm, err)
		}
		return nil
	})

	// Moving it earlier works the same way.
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 1, At: t0.Add(time.Minute)})
	if due := dueTimers(t, db, t0.Add(4*time.Hour), 10); len(due) != 1 {
		t.Errorf("due at +4h after moving it earlier: %v, want the reminder once", due)
	}
	if got, want := nextTimer(t, db), t0.Add(time.Minute); !got.Equal(want) {
		t.Errorf("next timer at %v, want %v", got, want)
	}
}

func TestSetTimerWithZeroTimeDeletesIt(t *testing.T) {
	db := open(t)
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerPurge, Group: -100, At: t0})
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerPurge, Group: -100})
	view(t, db, func(tx allaboard.Tx) error {
		if tm, err := tx.Timer(allaboard.TimerPurge, -100, 0); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("deleted timer = %+v, %v; want ErrNotFound", tm, err)
		}
		return nil
	})
	if due := dueTimers(t, db, t0.Add(24*time.Hour), 10); len(due) != 0 {
		t.Errorf("a deleted timer is due: %v", due)
	}
	if next := nextTimer(t, db); !next.IsZero() {
		t.Errorf("next timer at %v after deleting the only one, want the zero time", next)
	}
	// Deleting a timer that is not there is no error.
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerPurge, Group: -100})
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerDigest, Group: -300})
}

func TestDueTimersEarliestFirstUpToLimit(t *testing.T) {
	db := open(t)
	// Stored out of order, across groups, events and kinds.
	setTimers(t, db,
		allaboard.Timer{Kind: allaboard.TimerDigest, Group: -100, At: t0.Add(3 * time.Hour)},
		allaboard.Timer{Kind: allaboard.TimerStart, Group: -200, Event: 1, At: t0.Add(time.Hour)},
		allaboard.Timer{Kind: allaboard.TimerRoster, Group: -300, At: t0.Add(5 * time.Hour)}, // not yet due
		allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 2, At: t0},
		allaboard.Timer{Kind: allaboard.TimerPurge, Group: -200, At: t0.Add(2 * time.Hour)},
	)
	now := t0.Add(3 * time.Hour) // the digest is due exactly now
	want := "reminder/-100/2 start/-200/1 purge/-200/0 digest/-100/0"
	if got := strings.Join(dueTimers(t, db, now, 10), " "); got != want {
		t.Errorf("due at +3h: %s\nwant %s", got, want)
	}
	if got, want := strings.Join(dueTimers(t, db, now, 2), " "), "reminder/-100/2 start/-200/1"; got != want {
		t.Errorf("due at +3h, at most 2: %s; want %s", got, want)
	}
	if got := dueTimers(t, db, now, 0); len(got) != 0 {
		t.Errorf("due with limit 0: %v, want none", got)
	}
	if got := dueTimers(t, db, t0.Add(-time.Nanosecond), 10); len(got) != 0 {
		t.Errorf("due before the earliest: %v, want none", got)
	}
	view(t, db, func(tx allaboard.Tx) error {
		tms, err := tx.DueTimers(t0, 10)
		if err != nil {
			return err
		}
		if len(tms) != 1 || !tms[0].At.Equal(t0) || tms[0].Kind != allaboard.TimerReminder || tms[0].Group != -100 || tms[0].Event != 2 {
			t.Errorf("due at t0: %+v, want the whole reminder timer", tms)
		}
		return nil
	})
}

func TestNextTimer(t *testing.T) {
	db := open(t)
	if next := nextTimer(t, db); !next.IsZero() {
		t.Fatalf("next timer at %v with none set, want the zero time", next)
	}
	setTimers(t, db,
		allaboard.Timer{Kind: allaboard.TimerRoster, Group: -100, At: t0.Add(2 * time.Hour)},
		allaboard.Timer{Kind: allaboard.TimerStart, Group: -100, Event: 1, At: t0.Add(time.Hour)},
		allaboard.Timer{Kind: allaboard.TimerDigest, Group: -200, At: t0.Add(4 * time.Hour)},
	)
	if got, want := nextTimer(t, db), t0.Add(time.Hour); !got.Equal(want) {
		t.Errorf("next timer at %v, want the earliest, %v", got, want)
	}
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerStart, Group: -100, Event: 1}) // the earliest goes
	if got, want := nextTimer(t, db), t0.Add(2*time.Hour); !got.Equal(want) {
		t.Errorf("next timer at %v after deleting the earliest, want %v", got, want)
	}
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerRoster, Group: -100, At: t0.Add(5 * time.Hour)}) // the earliest moves later
	if got, want := nextTimer(t, db), t0.Add(4*time.Hour); !got.Equal(want) {
		t.Errorf("next timer at %v after moving the earliest, want %v", got, want)
	}
}

func TestTimersOfOtherKindsCoexist(t *testing.T) {
	db := open(t)
	// Every kind for the same group and event, plus the group's own.
	kinds := []allaboard.TimerKind{allaboard.TimerRoster, allaboard.TimerPurge, allaboard.TimerReminder, allaboard.TimerStart, allaboard.TimerDigest}
	for i, kind := range kinds {
		setTimers(t, db,
			allaboard.Timer{Kind: kind, Group: -100, Event: 1, At: t0.Add(time.Duration(i) * time.Minute)},
			allaboard.Timer{Kind: kind, Group: -100, At: t0.Add(time.Hour + time.Duration(i)*time.Minute)},
		)
	}
	if got, want := len(dueTimers(t, db, t0.Add(2*time.Hour), 100)), 2*len(kinds); got != want {
		t.Fatalf("%d timers due, want %d: one per kind for the event and one per kind for the group", got, want)
	}
	setTimers(t, db, allaboard.Timer{Kind: allaboard.TimerReminder, Group: -100, Event: 1}) // only this one goes
	view(t, db, func(tx allaboard.Tx) error {
		for i, kind := range kinds {
			tm, err := tx.Timer(kind, -100, 1)
			if kind == allaboard.TimerReminder {
				if !errors.Is(err, allaboard.ErrNotFound) {
					t.Errorf("deleted reminder of -100/1 = %+v, %v", tm, err)
				}
				continue
			}
			if err != nil || !tm.At.Equal(t0.Add(time.Duration(i)*time.Minute)) {
				t.Errorf("%s timer of -100/1 = %+v, %v; want it kept", kind, tm, err)
			}
			if tm, err := tx.Timer(kind, -100, 0); err != nil || !tm.At.Equal(t0.Add(time.Hour+time.Duration(i)*time.Minute)) {
				t.Errorf("%s timer of -100 = %+v, %v; want it kept", kind, tm, err)
			}
		}
		return nil
	})
	if got, want := len(dueTimers(t, db, t0.Add(2*time.Hour), 100)), 2*len(kinds)-1; got != want {
		t.Errorf("%d timers due after deleting one, want %d", got, want)
	}
}
