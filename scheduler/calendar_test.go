package scheduler

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

func zone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// runs lists a calendar's runs from t until end.
func runs(c Calendar, t, end time.Time) []time.Time {
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
		loc := zone(t, zoneName)
		c, err := ParseCalendar("0 19 * * *", loc)
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
	berlin := zone(t, "Europe/Berlin")
	c, err := ParseCalendar("30 2 * * *", berlin)
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
	// Asked from inside the repeated hour, after the run, the next is tomorrow's.
	inside := time.Date(2026, 10, 25, 2, 45, 0, 0, cet)
	if got, want := c.Next(inside), time.Date(2026, 10, 26, 2, 30, 0, 0, cet); !got.Equal(want) {
		t.Errorf("Next(%v) = %v, want %v", inside, got, want)
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

func TestCalendarNextIsStrictlyLater(t *testing.T) {
	c, err := ParseCalendar("0 9 * * 1", zone(t, "Europe/Berlin")) // Mondays at 09:00
	if err != nil {
		t.Fatal(err)
	}
	first := c.Next(time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC))
	if first.Weekday() != time.Monday || first.In(c.loc).Hour() != 9 {
		t.Fatalf("first run %v, want a Monday at 09:00", first)
	}
	if second := c.Next(first); second.Sub(first) != 7*24*time.Hour {
		t.Errorf("Next(a run) = %v, want a week after %v", second, first)
	}
	if c.String() != "0 9 * * 1" {
		t.Errorf("String() = %q", c.String())
	}
}

func TestCalendarRejectsWhatCannotBeADigestTime(t *testing.T) {
	for _, spec := range []string{
		"", "   ", "garbage", "0 19 * *", "61 19 * * *", "0 25 * * *",
		"CRON_TZ=", "CRON_TZ=Europe/Berlin 0 19 * * *", "TZ=UTC 0 19 * * *", "cron_tz=UTC 0 19 * * *",
		"* * * * *", "*/30 * * * *", "@every 1h", "@every 24h",
		"0 0 30 2 *", // February 30th never comes
		"0 19 * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *",
	} {
		_, err := ParseCalendar(spec, time.UTC)
		if !errors.Is(err, allaboard.ErrBadSetting) {
			t.Errorf("ParseCalendar(%q) err = %v, want ErrBadSetting", spec, err)
		}
	}
	for _, spec := range []string{"0 19 * * *", " 30 7 * * 1-5 ", "@daily", "@weekly", "0 * * * *"} {
		if _, err := ParseCalendar(spec, time.UTC); err != nil {
			t.Errorf("ParseCalendar(%q): %v", spec, err)
		}
	}
}
