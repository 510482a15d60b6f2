package recur_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/scheduler/recur"
)

const layout = "Mon 2006-01-02 15:04 MST"

// starts reads text as a rule at now in zone and lists its first n dates.
func starts(t *testing.T, zone, now, text string, n int) []string {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", now, loc)
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := allaboard.ReadRepeat(text, at, loc, allaboard.ReadOpts{})
	if !ok || err != nil {
		t.Fatalf("ReadRepeat(%q) = ok %v, %v", text, ok, err)
	}
	s := allaboard.Series{Rule: r.Rule(loc)}
	var out []string
	after := at
	for range n {
		next, ok, err := s.Next(recur.RRule{}, after)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		out = append(out, next.In(loc).Format(layout))
		after = next
	}
	return out
}

func TestSeriesKeepsItsWallClockAcrossDaylightSaving(t *testing.T) {
	for _, tc := range []struct {
		zone, now, text string
		want            []string
	}{
		// Berlin leaves summer time on Sun 25 Oct 2026 and enters it on Sun 28 Mar 2027.
		{"Europe/Berlin", "2026-10-15 12:00", "every Tue 17:00", []string{
			"Tue 2026-10-20 17:00 CEST", "Tue 2026-10-27 17:00 CET", "Tue 2026-11-03 17:00 CET"}},
		{"Europe/Berlin", "2027-03-18 12:00", "jeden Di 17 Uhr", []string{
			"Tue 2027-03-23 17:00 CET", "Tue 2027-03-30 17:00 CEST", "Tue 2027-04-06 17:00 CEST"}},
		// New York leaves it on Sun 1 Nov 2026 and enters it on Sun 14 Mar 2027.
		{"America/New_York", "2026-10-22 12:00", "every Sun 10:00", []string{
			"Sun 2026-10-25 10:00 EDT", "Sun 2026-11-01 10:00 EST", "Sun 2026-11-08 10:00 EST"}},
	} {
		got := starts(t, tc.zone, tc.now, tc.text, len(tc.want))
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s %q from %s:\n got %q\nwant %q", tc.zone, tc.text, tc.now, got, tc.want)
		}
	}
	// Weekdays across New York's spring change: Fri at 08:00 EST, Mon at 08:00 EDT.
	got := starts(t, "America/New_York", "2027-03-11 12:00", "weekdays 8:00", 3)
	want := []string{"Fri 2027-03-12 08:00 EST", "Mon 2027-03-15 08:00 EDT", "Tue 2027-03-16 08:00 EDT"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("weekdays across the change:\n got %q\nwant %q", got, want)
	}
}

func TestSeriesRules(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		n          int
		want       []string
	}{
		{"every other", "every other Sat 10:00", 3, []string{"Sat 2026-12-12 10:00 CET", "Sat 2026-12-26 10:00 CET", "Sat 2027-01-09 10:00 CET"}},
		{"first Monday", "every first Monday 19:00", 3, []string{"Mon 2026-12-07 19:00 CET", "Mon 2027-01-04 19:00 CET", "Mon 2027-02-01 19:00 CET"}},
		{"last Friday", "every last Fri 18:00", 2, []string{"Fri 2026-12-25 18:00 CET", "Fri 2027-01-29 18:00 CET"}},
		{"second of the month", "jeden zweiten Montag im Monat 19 Uhr", 2, []string{"Mon 2026-12-14 19:00 CET", "Mon 2027-01-11 19:00 CET"}},
		{"weekdays", "weekdays 8:00", 4, []string{"Tue 2026-12-08 08:00 CET", "Wed 2026-12-09 08:00 CET", "Thu 2026-12-10 08:00 CET", "Fri 2026-12-11 08:00 CET"}},
		{"until, the last day included", "every Tue 17:00 until 22 Dec", 5, []string{"Tue 2026-12-08 17:00 CET", "Tue 2026-12-15 17:00 CET", "Tue 2026-12-22 17:00 CET"}},
		{"count", "every Thu 17:00 3 times", 5, []string{"Thu 2026-12-10 17:00 CET", "Thu 2026-12-17 17:00 CET", "Thu 2026-12-24 17:00 CET"}},
		{"count in German", "jeden Do 17 Uhr 2 Mal", 5, []string{"Thu 2026-12-10 17:00 CET", "Thu 2026-12-17 17:00 CET"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Mon 7 Dec 2026, 12:00 in Berlin
			got := starts(t, "Europe/Berlin", "2026-12-07 12:00", tc.text, tc.n)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// UNTIL is the end of the last day in the group's zone: an occurrence late
// on that day, later than UTC's midnight, is still in.
func TestUntilIsTheEndOfTheDayInTheZone(t *testing.T) {
	got := starts(t, "America/New_York", "2026-12-07 12:00", "every Tue 21:00 until 15 Dec", 5)
	want := []string{"Tue 2026-12-08 21:00 EST", "Tue 2026-12-15 21:00 EST"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestExceptionsSkipDates(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	r, _, err := allaboard.ReadRepeat("every Tue 17:00", now, loc, allaboard.ReadOpts{})
	if err != nil {
		t.Fatal(err)
	}
	s := allaboard.Series{Rule: r.Rule(loc), Except: []time.Time{time.Date(2026, 12, 8, 17, 0, 0, 0, loc), time.Date(2026, 12, 15, 17, 0, 0, 0, loc)}}
	next, ok, err := s.Next(recur.RRule{}, now)
	if want := time.Date(2026, 12, 22, 17, 0, 0, 0, loc); !ok || err != nil || !next.Equal(want) {
		t.Errorf("Next = %v %v %v, want %v", next, ok, err, want)
	}
}

func TestABadRuleIsAnError(t *testing.T) {
	_, err := recur.RRule{}.Starts(allaboard.Rule{RRule: "FREQ=SOMETIMES", Zone: "UTC", Start: time.Now()}, time.Now(), 1)
	if err == nil {
		t.Error("FREQ=SOMETIMES expanded")
	}
}
