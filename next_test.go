package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

// The three moments Policy.Next is asked, each with the Response in the state
// the bot leaves it in: a chase just restarted, a reminder just counted, the
// settings just changed.

func TestNextForAFreshChase(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	ten := time.Date(2026, 11, 24, 10, 0, 0, 0, berlin)
	late := time.Date(2026, 11, 24, 22, 0, 0, 0, berlin)
	morning := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	early := time.Date(2026, 11, 25, 7, 0, 0, 0, berlin) // before the quiet hours end
	days := time.Date(2026, 11, 28, 15, 0, 0, 0, berlin)
	tests := []struct {
		name       string
		p          allaboard.Policy
		before     allaboard.Response // the state before the chase restarts
		now, start time.Time
		want       time.Time
	}{
		{"material change at 10:00: at once", allaboard.DefaultPolicy, allaboard.Response{}, ten, days, ten},
		{"a schedule that begins at 15m: at 10:15",
			allaboard.Policy{Schedule: []time.Duration{15 * time.Minute, time.Hour}}, allaboard.Response{}, ten, days, ten.Add(15 * time.Minute)},
		{"bot re-added: the old chase's reminders do not count", allaboard.DefaultPolicy,
			allaboard.Response{From: ten.AddDate(0, 0, -2), Pings: 3, LastPing: ten.Add(-time.Hour), HandedOff: true}, ten, days, ten},
		{"announced at 22:00, event days ahead: 08:00", allaboard.DefaultPolicy, allaboard.Response{}, late, late.Add(72 * time.Hour), morning},
		{"announced at 22:00, event at 07:00: at once, the morning is too late", allaboard.DefaultPolicy, allaboard.Response{}, late, early, late},
		{"the event has started: none", allaboard.DefaultPolicy, allaboard.Response{}, days, days, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.before
			r.Restart(tc.now, time.Time{})
			if got, want := tc.p.Next(r, tc.now, tc.start, berlin), tc.want; !got.Equal(want) {
				t.Fatalf("first reminder due %v, want %v", got, want)
			}
		})
	}
}

func TestNextAfterAReminder(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	ten := time.Date(2026, 11, 24, 10, 0, 0, 0, berlin)
	eve := time.Date(2026, 11, 24, 20, 30, 0, 0, berlin)
	late := time.Date(2026, 11, 24, 22, 0, 0, 0, berlin)
	morning := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	early := time.Date(2026, 11, 25, 7, 0, 0, 0, berlin)
	days := time.Date(2026, 11, 28, 15, 0, 0, 0, berlin)
	tests := []struct {
		name       string
		before     allaboard.Response // the state before this reminder is counted
		now, start time.Time          // now: when this reminder went
		want       time.Time
	}{
		{"the first at 10:00: the second at 10:15", allaboard.Response{From: ten}, ten, days, ten.Add(15 * time.Minute)},
		{"the first went late, at 10:15: that step is not sent again",
			allaboard.Response{From: ten}, ten.Add(15 * time.Minute), days, ten.Add(time.Hour)},
		{"the first went after 5 h downtime: the next step still ahead",
			allaboard.Response{From: ten}, ten.Add(5 * time.Hour), days, ten.Add(24 * time.Hour)},
		{"one overdue after 6 h downtime: then the daily one, not the 1 h and 4 h ones",
			allaboard.Response{From: ten, Pings: 1, LastPing: ten}, ten.Add(6 * time.Hour), days, ten.Add(24 * time.Hour)},
		{"the fifth: the repeating step",
			allaboard.Response{From: ten, Pings: 4, LastPing: ten.Add(4 * time.Hour)}, ten.Add(25 * time.Hour), days, ten.Add(48 * time.Hour)},
		{"the next step falls in quiet hours: 08:00",
			allaboard.Response{From: eve, Pings: 1, LastPing: eve}, eve.Add(15 * time.Minute), days, morning},
		{"later ones keep quiet hours, even with none left before a 07:00 event",
			allaboard.Response{From: late}, late, early, time.Time{}},
		{"none at or after the start", allaboard.Response{From: ten}, days.Add(-time.Minute), days, time.Time{}},
	}
	p := allaboard.DefaultPolicy
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.before
			r.Pinged(tc.now, allaboard.ViaDM)
			if got, want := p.Next(r, tc.now, tc.start, berlin), tc.want; !got.Equal(want) {
				t.Fatalf("next reminder due %v, want %v", got, want)
			}
		})
	}
}

func TestNextAfterTheSettingsChanged(t *testing.T) {
	berlin, ny := mustZone(t, "Europe/Berlin"), mustZone(t, "America/New_York")
	from := time.Date(2026, 12, 1, 10, 0, 0, 0, berlin)
	eve := time.Date(2026, 12, 1, 20, 0, 0, 0, berlin)
	late := time.Date(2026, 12, 1, 22, 0, 0, 0, berlin)
	morning := time.Date(2026, 12, 2, 8, 0, 0, 0, berlin)
	early := time.Date(2026, 12, 2, 7, 0, 0, 0, berlin)
	days := from.AddDate(0, 0, 10)
	slow := allaboard.Policy{Schedule: []time.Duration{0, 4 * time.Hour, 24 * time.Hour}}
	fast := allaboard.Policy{Schedule: []time.Duration{0, 30 * time.Minute, time.Hour}}
	quiet := fast
	quiet.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour}
	sentOnce := func(at time.Time) allaboard.Response {
		return allaboard.Response{From: at, Pings: 1, LastPing: at, Due: at.Add(time.Hour)}
	}
	tests := []struct {
		name       string
		p          allaboard.Policy // the new settings
		loc        *time.Location
		r          allaboard.Response
		now, start time.Time
		want       time.Time
	}{
		{"faster schedule: its second step", fast, berlin, sentOnce(from), from.Add(10 * time.Minute), days, from.Add(30 * time.Minute)},
		{"slower schedule: its second step", slow, berlin, sentOnce(from), from.Add(10 * time.Minute), days, from.Add(4 * time.Hour)},
		{"the new second step is already past: due now", fast, berlin, sentOnce(from), from.Add(45 * time.Minute), days, from.Add(45 * time.Minute)},
		{"a step already past, now in quiet hours: the morning", quiet, berlin, sentOnce(eve), eve.Add(75 * time.Minute), days, morning},
		{"a step already past, and the event comes before the morning: none", quiet, berlin, sentOnce(eve), eve.Add(75 * time.Minute), early, time.Time{}},
		{"quiet hours turned on: a step in them waits for the morning", quiet, berlin, sentOnce(eve.Add(45 * time.Minute)), eve.Add(50 * time.Minute), days, morning},
		{"quiet hours turned off while the first waited for the morning: at once",
			fast, berlin, allaboard.Response{From: late, Due: morning}, late.Add(30 * time.Minute), days, late.Add(30 * time.Minute)},
		{"zone now New York: 10:30 in Berlin is 04:30 there, so 08:00 New York",
			quiet, ny, sentOnce(from), from.Add(10 * time.Minute), days, time.Date(2026, 12, 1, 8, 0, 0, 0, ny)},
		{"none left before the event", slow, berlin, sentOnce(from), from.Add(10 * time.Minute), from.Add(2 * time.Hour), time.Time{}},
		{"the first, due at once in quiet hours as the event comes before the morning, still goes",
			quiet, berlin, allaboard.Response{From: late, Due: late}, late.Add(5 * time.Minute), early, late.Add(5 * time.Minute)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := tc.p.Next(tc.r, tc.now, tc.start, tc.loc), tc.want; !got.Equal(want) {
				t.Fatalf("next reminder due %v, want %v", got, want)
			}
		})
	}
}
