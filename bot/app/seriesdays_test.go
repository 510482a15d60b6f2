package app_test

import (
	"strings"
	"testing"

	"allaboard"
)

// /event reads the repeats parents type beyond one weekday: every two weeks,
// two weekdays, a run of days, in a line or in a sentence; the card names
// every day; a rule still refused says how to type one.
func TestSeriesOnSeveralDays(t *testing.T) {
	for _, tc := range []struct{ command, rrule, line string }{ // Mon 2 Mar 10:00
		{"/event Swimming | every 2 weeks on Tue and Thu 17:00 | City pool", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "🔁 every other Tue/Thu 17:00 · next Thu 5 Mar"},
		{"/event Homework club | Mon-Thu 15:00 | Library", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", "🔁 every Mon/Tue/Wed/Thu 15:00 · next Tue 3 Mar"},
		{"/event Football | alle 14 Tage samstags 10 Uhr | Sportplatz", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", "🔁 every other Sat 10:00 · next Sat 21 Mar"},
		{"/event Swimming every Tue and Thu 17:00 at the City pool", "FREQ=WEEKLY;BYDAY=TU,TH", "🔁 every Tue/Thu 17:00 · next Thu 5 Mar"},
	} {
		t.Run(tc.command, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Anna")
			out := k.announce(p, tc.command)
			if c := card(t, out, p.g, 1); !strings.Contains(c.Text, tc.line) {
				t.Errorf("card:\n%s\nwant %q", c.Text, tc.line)
			}
			var s allaboard.Series
			k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
			if s.Rule.RRule != tc.rrule {
				t.Errorf("rule %q, want %q", s.Rule.RRule, tc.rrule)
			}
		})
	}
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	out := k.announce(p, "/event Swimming | every 3 weeks Tue 17:00 | City pool")
	if len(to(out, p.g.ID, "every Tue 17:00")) != 1 || k.eventCount(p.g) != 0 {
		t.Errorf("a rule it can't read: %q, %d events", texts(out), k.eventCount(p.g))
	}
}
