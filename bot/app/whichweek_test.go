package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
)

// "next Fri" typed on a Monday could be in 4 days or in 11: /event asks with
// a button for each date, and pressing either goes on exactly as if that
// date had been typed.
func TestNextWeekdayAsksWhichWeek(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  time.Time
	}{
		{"Fri 6 Mar", time.Date(2026, 3, 6, 15, 0, 0, 0, time.UTC)}, // t0 is Monday 2 March
		{"Fri 13 Mar", time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC)},
	} {
		t.Run(tt.label, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann")
			ask := to(k.announce(p, "/event Picnic | next Fri 15:00 | Park"), p.g.ID, "could be")
			if len(ask) != 1 || !containsAll(ask[0].Text, []string{"<b>Fri 6 Mar</b> or <b>Fri 13 Mar</b>", "Fri 6 Mar 2026 15:00", "Fri 13 Mar 2026 15:00"}) {
				t.Fatalf("no question naming both Fridays: %q", texts(ask))
			}
			if got := buttonTexts(ask[0]); got != "Fri 6 Mar|Fri 13 Mar" {
				t.Fatalf("the buttons say %q, want the two dates", got)
			}
			if n := k.eventCount(p.g); n != 0 {
				t.Fatalf("%d events before the answer, want none", n)
			}
			k.press(p.host, p.g, button(t, ask[0], tt.label))
			if e := k.event(p.g, 1); e.Title != "Picnic" || e.Where != "Park" || !e.When.Equal(tt.want) {
				t.Fatalf("event %q at %q on %v, want the Picnic in the Park on %v", e.Title, e.Where, e.When, tt.want)
			}
		})
	}
}

// The same question in guided creation: "next Fri" as the day, then a time.
func TestGuidedNextWeekdayAsksWhichWeek(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "Event")
	k.step(p.host, "Picnic")
	k.step(p.host, "next Fri")
	q := k.step(p.host, "15:00")
	if got := buttonTexts(q); got != "Fri 6 Mar|Fri 13 Mar" {
		t.Fatalf("the question %q has buttons %q, want the two Fridays", q.Text, got)
	}
	if q = k.tap(p.host, q, "Fri 13 Mar"); !strings.Contains(q.Text, "Until when?") {
		t.Fatalf("after the choice: %q, want the question until when", q.Text)
	}
	q = k.step(p.host, "17:00")
	k.tap(p.host, q, "No")
	q = k.step(p.host, "Park")
	q = k.tap(p.host, q, "Skip")
	if preview := k.tap(p.host, q, "The whole group"); !containsAll(preview.Text, []string{"Fri 13 Mar 2026, 15:00"}) {
		t.Fatalf("preview = %q, want Fri 13 Mar", preview.Text)
	}
}

// A time that can't be used says why: past, or a date that is another
// weekday (with the day nearby that is the weekday typed).
func TestATimeRefusedSaysWhy(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	for _, tt := range []struct{ typed, want string }{
		{"yesterday 3pm", "<b>yesterday 3pm</b> is in the past"},
		{"Fri 5 Mar 15:00", "5 Mar 2026 is a Thursday, not a Friday. Did you mean Fri 6 Mar?"},
		{"Tue 5 Mar 15:00", "5 Mar 2026 is a Thursday, not a Tuesday. Did you mean Tue 3 Mar?"}, // nearer than Tue 10 Mar
		{"Sun 3 Mar 15:00", "3 Mar 2026 is a Tuesday, not a Sunday. Please send"},               // Sun 1 Mar has passed
	} {
		out := k.announce(p, "/event Picnic | "+tt.typed+" | Park")
		if len(out) != 1 || !strings.Contains(out[0].Text, tt.want) {
			t.Errorf("%q: replies %q, want %q", tt.typed, texts(out), tt.want)
		}
	}
	if n := k.eventCount(p.g); n != 0 {
		t.Fatalf("%d events, want none", n)
	}
}

// buttonTexts are m's button labels, "|"-separated.
func buttonTexts(m allaboard.Outgoing) string {
	var labels []string
	for _, row := range m.Buttons {
		for _, b := range row {
			labels = append(labels, b.Text)
		}
	}
	return strings.Join(labels, "|")
}
