package recur_test

import (
	"strings"
	"testing"
)

// A rule on several weekdays, or a run of them, lists each in turn; every
// two weeks skips the week between, counted from the first date's week.
func TestSeriesOnSeveralDays(t *testing.T) {
	for _, tc := range []struct {
		now, text string
		want      []string
	}{
		{"2026-12-07 12:00", "every Tue and Thu 17:00", []string{
			"Tue 2026-12-08 17:00 CET", "Thu 2026-12-10 17:00 CET", "Tue 2026-12-15 17:00 CET", "Thu 2026-12-17 17:00 CET"}},
		{"2026-12-07 12:00", "every 2 weeks on Tue and Thu 17:00", []string{
			"Tue 2026-12-08 17:00 CET", "Thu 2026-12-10 17:00 CET", "Tue 2026-12-22 17:00 CET", "Thu 2026-12-24 17:00 CET"}},
		{"2026-12-09 12:00", "alle zwei Wochen dienstags und donnerstags 17 Uhr", []string{ // from a Wednesday: Thursday's week first
			"Thu 2026-12-10 17:00 CET", "Tue 2026-12-22 17:00 CET", "Thu 2026-12-24 17:00 CET", "Tue 2027-01-05 17:00 CET"}},
		{"2026-12-10 12:00", "Mon-Fri 8:00", []string{
			"Fri 2026-12-11 08:00 CET", "Mon 2026-12-14 08:00 CET", "Tue 2026-12-15 08:00 CET"}},
	} {
		got := starts(t, "Europe/Berlin", tc.now, tc.text, len(tc.want))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q from %s:\n got %v\nwant %v", tc.text, tc.now, got, tc.want)
		}
	}
}
