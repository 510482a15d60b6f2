package app_test

import (
	"testing"
	"time"
)

// "Monday" typed alone on a Monday, as a notice's day or a to-do's
// deadline, asks which week, as "next Fri" does; each button goes on as
// if its date had been typed. With a time still ahead, it is today.
func TestWeekdayTodayAsksWhichWeek(t *testing.T) {
	for _, tt := range []struct {
		name, command, label string
		when                 time.Time // the notice's day, or the to-do's deadline
	}{
		{"notice today", "/announce School is closed on Monday", "Mon 2 Mar", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}, // t0 is Monday 2 March
		{"notice next week", "/announce School is closed on Monday", "Mon 9 Mar", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"notice after |", "/announce School is closed | Monday", "Mon 9 Mar", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"to-do today", "/todo Return the library books by Monday", "Mon 2 Mar", time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"to-do next week", "/todo Return the library books by Monday", "Mon 9 Mar", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann")
			ask := to(k.announce(p, tt.command), p.g.ID, "could be")
			if len(ask) != 1 || buttonTexts(ask[0]) != "Mon 2 Mar|Mon 9 Mar" {
				t.Fatalf("no question between the two Mondays: %q", texts(ask))
			}
			if n := k.eventCount(p.g); n != 0 {
				t.Fatalf("%d announced before the answer, want none", n)
			}
			k.press(p.host, p.g, button(t, ask[0], tt.label))
			if e := k.event(p.g, 1); !e.When.Equal(tt.when) {
				t.Fatalf("%+v, want it on %v", e, tt.when)
			}
		})
	}
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	if out := to(k.announce(p, "/todo Return the library books by Monday 20:00"), p.g.ID, "could be"); len(out) != 0 {
		t.Fatalf("a time still ahead today asks: %q", texts(out))
	}
	if e := k.event(p.g, 1); !e.When.Equal(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)) {
		t.Fatalf("due %v, want today 20:00", e.When)
	}
}

// The guided flow asks the same about a notice's day typed as "Monday".
func TestGuidedWeekdayTodayAsksWhichWeek(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "Notice")
	k.step(p.host, "School is closed")
	q := k.step(p.host, "Monday")
	if got := buttonTexts(q); got != "Mon 2 Mar|Mon 9 Mar" {
		t.Fatalf("the question %q has buttons %q, want the two Mondays", q.Text, got)
	}
	q = k.tap(p.host, q, "Mon 9 Mar")
	if preview := k.tap(p.host, q, "The whole group"); !containsAll(preview.Text, []string{"📅 Mon 9 Mar 2026"}) {
		t.Fatalf("preview = %q", preview.Text)
	}
}
