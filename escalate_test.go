package allaboard_test

import (
	"slices"
	"testing"
	"time"

	"allaboard"
)

// The README's table: when members are reminded and when the host is told,
// by how long before the start the change was made (normal preset, quiet
// hours 21:00–08:00 in Berlin, a party on Saturday 5 December at 15:00).
func TestEscalationFollowsTheTimeLeft(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 12, day, hour, minute, 0, 0, berlin) }
	start := at(5, 15, 0)
	quiet := allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour}
	for _, tc := range []struct {
		name      string
		preset    allaboard.Preset
		start     time.Time
		before    time.Duration
		reminders []time.Time // the first few
		told      time.Time
	}{
		{"30 days: gently, the host told after a quarter (quiet hours wait)", allaboard.Normal, start, 30 * 24 * time.Hour,
			[]time.Time{at(5, 15, 0).AddDate(0, -1, 0), at(5, 19, 0).AddDate(0, -1, 0), at(7, 15, 0).AddDate(0, -1, 0), at(9, 15, 0).AddDate(0, -1, 0)},
			at(13, 8, 0).AddDate(0, -1, 0)},
		{"3 days: daily after the first hours", allaboard.Normal, start, 3 * 24 * time.Hour,
			[]time.Time{at(2, 15, 0), at(2, 16, 0), at(2, 19, 0), at(3, 15, 0)}, at(3, 9, 0)},
		{"20 hours: never in quiet hours", allaboard.Normal, start, 20 * time.Hour,
			[]time.Time{at(4, 19, 0), at(4, 19, 15), at(4, 20, 0), at(5, 8, 0)}, at(5, 8, 0)},
		{"3 hours", allaboard.Normal, start, 3 * time.Hour,
			[]time.Time{at(5, 12, 0), at(5, 12, 15), at(5, 13, 0)}, at(5, 12, 45)},
		{"40 minutes: the host told after the first round", allaboard.Normal, start, 40 * time.Minute,
			[]time.Time{at(5, 14, 20), at(5, 14, 35), at(5, 14, 50)}, at(5, 14, 25)},
		{"12 minutes: told after a quarter of them", allaboard.Normal, start, 12 * time.Minute,
			[]time.Time{at(5, 14, 48)}, at(5, 14, 51)},
		{"20:30 for 09:00 next morning: told when the quiet hours end, while a call is still useful", allaboard.Normal, at(5, 9, 0), 12*time.Hour + 30*time.Minute,
			[]time.Time{at(4, 20, 30), at(4, 20, 45), at(5, 8, 0)}, at(5, 8, 0)},
		{"urgent, 3 days: twice as often, told after an eighth (at night: in the morning)", allaboard.Urgent, start, 3 * 24 * time.Hour,
			[]time.Time{at(2, 15, 0), at(2, 15, 30), at(2, 17, 0), at(3, 8, 0)}, at(3, 8, 0)},
		{"gentle, 3 days: half as often, still told after a quarter", allaboard.Gentle, start, 3 * 24 * time.Hour,
			[]time.Time{at(2, 15, 0), at(2, 17, 0), at(3, 8, 0), at(4, 15, 0)}, at(3, 9, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := allaboard.Policy{Preset: tc.preset, Quiet: quiet}
			from := tc.start.Add(-tc.before)
			var r allaboard.Response
			r.Restart(from, time.Time{})
			var got []time.Time
			for now := from; len(got) < len(tc.reminders); {
				due := p.Next(r, now, tc.start, berlin)
				if due.IsZero() {
					break
				}
				got = append(got, due)
				r.Pinged(due, allaboard.ViaDM)
				now = due
			}
			if !slices.EqualFunc(got, tc.reminders, time.Time.Equal) {
				t.Errorf("reminded at %v, want %v", got, tc.reminders)
			}
			if told := p.HandOffAt(from, tc.start, berlin); !told.Equal(tc.told) {
				t.Errorf("host told at %v, want %v", told, tc.told)
			}
		})
	}
}
