package allaboard_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
)

// runs lists a calendar's runs from t until end.
func runs(c allaboard.Calendar, t, end time.Time) []time.Time {
	var out []time.Time
	for t = c.Next(t); !t.IsZero() && t.Before(end); t = c.Next(t) {
		out = append(out, t)
	}
	return out
}

func TestCalendarStaysOnTheLocalClockAcrossDaylightSaving(t *testing.T) {
	for zoneName, changes := range map[string][]time.Time{
		"Europe/Berlin":    {time.Date(2026, 3, 29, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 25, 0, 0, 0, 0, time.UTC)},
		"America/New_York": {time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)},
	} {
		loc := mustZone(t, zoneName)
		c, err := allaboard.ParseCalendar("0 19 * * *", loc)
		if err != nil {
			t.Fatal(err)
		}
		for _, change := range changes {
			from := time.Date(change.Year(), change.Month(), change.Day()-3, 12, 0, 0, 0, loc)
			got := runs(c, from, from.AddDate(0, 0, 6))
			if len(got) != 6 {
				t.Fatalf("%s around %v: %d runs, want 6: %v", zoneName, change, len(got), got)
			}
			for _, r := range got {
				if l := r.In(loc); l.Hour() != 19 || l.Minute() != 0 {
					t.Errorf("%s: a run at %v, want 19:00 local", zoneName, l)
				}
			}
		}
	}
}

func TestCalendarRunsOnceInGapsAndRepeatedHours(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	c, err := allaboard.ParseCalendar("30 2 * * *", berlin)
	if err != nil {
		t.Fatal(err)
	}
	cest := time.FixedZone("CEST", 2*3600)
	cet := time.FixedZone("CET", 3600)
	spring := runs(c, time.Date(2026, 3, 28, 12, 0, 0, 0, berlin), time.Date(2026, 3, 30, 12, 0, 0, 0, berlin))
	if want := []time.Time{time.Date(2026, 3, 29, 3, 30, 0, 0, cest), time.Date(2026, 3, 30, 2, 30, 0, 0, cest)}; !same(spring, want) {
		t.Errorf("spring forward: runs %v, want %v (02:30 doesn't exist that night: 03:30, once)", spring, want)
	}
	autumn := runs(c, time.Date(2026, 10, 24, 12, 0, 0, 0, berlin), time.Date(2026, 10, 26, 12, 0, 0, 0, berlin))
	if want := []time.Time{time.Date(2026, 10, 25, 2, 30, 0, 0, cest), time.Date(2026, 10, 26, 2, 30, 0, 0, cet)}; !same(autumn, want) {
		t.Errorf("fall back: runs %v, want %v (02:30 happens twice that night: the first, once)", autumn, want)
	}
	// Asked at odd moments of those nights, Next still gives each run once.
	for _, tc := range []struct {
		name     string
		at, want time.Time
	}{
		{"just after the gap, before the moved run", time.Date(2026, 3, 29, 3, 15, 0, 0, cest), time.Date(2026, 3, 29, 3, 30, 0, 0, cest)},
		{"at the moved run", time.Date(2026, 3, 29, 3, 30, 0, 0, cest), time.Date(2026, 3, 30, 2, 30, 0, 0, cest)},
		{"first 02:15, before the run", time.Date(2026, 10, 25, 2, 15, 0, 0, cest), time.Date(2026, 10, 25, 2, 30, 0, 0, cest)},
		{"second 02:15, after the run", time.Date(2026, 10, 25, 2, 15, 0, 0, cet), time.Date(2026, 10, 26, 2, 30, 0, 0, cet)},
		{"second 02:45", time.Date(2026, 10, 25, 2, 45, 0, 0, cet), time.Date(2026, 10, 26, 2, 30, 0, 0, cet)},
	} {
		if got := c.Next(tc.at); !got.Equal(tc.want) {
			t.Errorf("%s: Next(%v) = %v, want %v", tc.name, tc.at, got.In(berlin), tc.want)
		}
	}
}

func same(a, b []time.Time) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

func TestCalendarWeeklyKeepsItsDayAndHour(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	for _, tc := range []struct {
		spec    string
		weekday time.Weekday
		hour    int
	}{
		{"0 9 * * 1", time.Monday, 9},
		{"@weekly", time.Sunday, 0},
	} {
		c, err := allaboard.ParseCalendar(tc.spec, berlin)
		if err != nil {
			t.Fatal(err)
		}
		// Five weeks across the spring change (Sunday 2026-03-29).
		got := runs(c, time.Date(2026, 3, 14, 12, 0, 0, 0, berlin), time.Date(2026, 4, 18, 12, 0, 0, 0, berlin))
		if len(got) != 5 {
			t.Fatalf("%s: %d runs, want 5: %v", tc.spec, len(got), got)
		}
		for i, r := range got {
			l := r.In(berlin)
			if l.Weekday() != tc.weekday || l.Hour() != tc.hour || l.Minute() != 0 {
				t.Errorf("%s: a run at %v, want %v %02d:00", tc.spec, l, tc.weekday, tc.hour)
			}
			if i > 0 && l.YearDay()-got[i-1].In(berlin).YearDay() != 7 {
				t.Errorf("%s: runs %v and %v are not a week apart", tc.spec, got[i-1], l)
			}
		}
	}
}

func TestCalendarNextIsStrictlyLater(t *testing.T) {
	c, err := allaboard.ParseCalendar("0 19 * * *", mustZone(t, "America/New_York"))
	if err != nil {
		t.Fatal(err)
	}
	first := c.Next(time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC))
	if want := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC); !first.Equal(want) { // 19:00 EST
		t.Fatalf("first run %v, want %v", first, want)
	}
	if got, want := c.Next(first), first.Add(24*time.Hour); !got.Equal(want) {
		t.Errorf("Next(a run) = %v, want the next day's, %v", got, want)
	}
	if got, want := c.Next(first.Add(-time.Nanosecond)), first; !got.Equal(want) {
		t.Errorf("Next(just before a run) = %v, want that run, %v", got, want)
	}
}

func TestCalendarStringIsTheTrimmedSpec(t *testing.T) {
	c, err := allaboard.ParseCalendar("  30 7 * * 1-5 ", time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.String(), "30 7 * * 1-5"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestCalendarRejectsWhatCannotBeADigestTime(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want allaboard.ProblemCode
	}{
		{"", allaboard.ProblemCalendarMissing},
		{"   ", allaboard.ProblemCalendarMissing},
		{"garbage", allaboard.ProblemCalendarSyntax},
		{"0 19 * *", allaboard.ProblemCalendarSyntax},
		{"0 19 * * * *", allaboard.ProblemCalendarSyntax},
		{"61 19 * * *", allaboard.ProblemCalendarSyntax},
		{"0 25 * * *", allaboard.ProblemCalendarSyntax},
		{"@sometimes", allaboard.ProblemCalendarSyntax},
		{"CRON_TZ=", allaboard.ProblemCalendarZone},
		{"TZ=", allaboard.ProblemCalendarZone},
		{"CRON_TZ=Europe/Berlin 0 19 * * *", allaboard.ProblemCalendarZone},
		{"TZ=UTC 0 19 * * *", allaboard.ProblemCalendarZone},
		{"cron_tz=UTC 0 19 * * *", allaboard.ProblemCalendarZone},
		{"@every 1h", allaboard.ProblemCalendarInterval},
		{"@every 24h", allaboard.ProblemCalendarInterval},
		{"0 0 30 2 *", allaboard.ProblemCalendarNever}, // February 30th
		{"0 0 31 4,6,9,11 *", allaboard.ProblemCalendarNever},
		{"* * * * *", allaboard.ProblemCalendarTooOften},
		{"*/30 * * * *", allaboard.ProblemCalendarTooOften},
		{"0,59 9 * * *", allaboard.ProblemCalendarTooOften},
		{"0 19 * * 1 " + strings.Repeat("*", 100), allaboard.ProblemCalendarTooLong},
	} {
		_, err := allaboard.ParseCalendar(tc.spec, time.UTC)
		if !errors.Is(err, allaboard.ErrBadSetting) {
			t.Errorf("allaboard.ParseCalendar(%q) err = %v, want ErrBadSetting", tc.spec, err)
			continue
		}
		var p allaboard.Problem
		if !errors.As(err, &p) || p.Code != tc.want {
			t.Errorf("allaboard.ParseCalendar(%q) err = %v, want %s", tc.spec, err, tc.want)
		}
	}
	// What the user typed comes back, to be shown.
	_, err := allaboard.ParseCalendar(" 0 0 30 2 * ", time.UTC)
	var p allaboard.Problem
	if !errors.As(err, &p) || len(p.Args) != 1 || p.Args[0] != "0 0 30 2 *" {
		t.Errorf("allaboard.ParseCalendar(\" 0 0 30 2 * \") err = %#v, want the trimmed expression as its value", err)
	}
	for _, spec := range []string{"0 19 * * *", "30 7 * * 1-5", "0 9 * * MON", "@daily", "@weekly", "@monthly", "0 * * * *", "0 0 29 2 *"} {
		if _, err := allaboard.ParseCalendar(spec, time.UTC); err != nil {
			t.Errorf("allaboard.ParseCalendar(%q): %v", spec, err)
		}
	}
}
