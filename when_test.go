package allaboard_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the same zone rules on every machine

	"allaboard"
)

// parseWhen reads text as a caller that cannot ask back would: ReadWhen's
// literal reading (see Reading), dates written the zone's way.
func parseWhen(text string, now time.Time, loc *time.Location) (time.Time, error) {
	r, err := allaboard.ReadWhen(text, now, loc, allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc)})
	return r.Start, err
}

// whenZone loads a zone for the parseWhen tests.
func whenZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// caseAt is where and when a table case is read: zone ("" is Berlin) and now,
// a wall time there ("" is Tue 2026-11-24 10:00), plus 30 seconds that must
// not leak into any result.
func caseAt(tb testing.TB, zone, now string) (*time.Location, time.Time) {
	tb.Helper()
	if zone == "" {
		zone = "Europe/Berlin"
	}
	if now == "" {
		now = "2026-11-24 10:00"
	}
	loc := whenZone(tb, zone)
	t, err := time.ParseInLocation("2006-01-02 15:04", now, loc)
	if err != nil {
		tb.Fatal(err)
	}
	return loc, t.Add(30 * time.Second)
}

func TestParseWhen(t *testing.T) {
	const layout = "2006-01-02 15:04 MST"
	tests := []struct {
		name, zone, now, text string // now is a wall time in zone; "" means Tue 2026-11-24 10:00
		want                  string // in layout, or "" when err is set
		err                   error
	}{
		// Every documented form, in Berlin.
		{name: "iso", text: "2026-12-05 15:00", want: "2026-12-05 15:00 CET"},
		{name: "iso 12h", text: "2026-12-05 3pm", want: "2026-12-05 15:00 CET"},
		{name: "day month", text: "5 Dec 15:00", want: "2026-12-05 15:00 CET"},
		{name: "day month year", text: "5 December 2026 15:00", want: "2026-12-05 15:00 CET"},
		{name: "month day 12h", text: "Dec 5 3pm", want: "2026-12-05 15:00 CET"},
		{name: "12h minutes spaced", text: "Dec 5 3:30 pm", want: "2026-12-05 15:30 CET"},
		{name: "at", text: "December 5 at 15:00", want: "2026-12-05 15:00 CET"},
		{name: "dotted", text: "5.12. 15:00", want: "2026-12-05 15:00 CET"},
		{name: "dotted year", text: "5.12.2026 15:00", want: "2026-12-05 15:00 CET"},
		{name: "weekday", text: "Sat 15:00", want: "2026-11-28 15:00 CET"},
		{name: "weekday long 12h", text: "saturday 3pm", want: "2026-11-28 15:00 CET"},
		{name: "today", text: "today 18:00", want: "2026-11-24 18:00 CET"},
		{name: "tomorrow", text: "tomorrow 15:30", want: "2026-11-25 15:30 CET"},
		{name: "tomorrow at 9am", text: "tomorrow at 9am", want: "2026-11-25 09:00 CET"},
		{name: "bare time ahead", text: "15:00", want: "2026-11-24 15:00 CET"},
		{name: "bare time passed is tomorrow", text: "9:30", want: "2026-11-25 09:30 CET"},
		{name: "bare time now is tomorrow", text: "10:00", want: "2026-11-25 10:00 CET"},
		{name: "case and spaces", text: "  TOMORROW   At  9AM ", want: "2026-11-25 09:00 CET"},
		{name: "time first", text: "3pm tomorrow", want: "2026-11-25 15:00 CET"},
		{name: "ordinal and comma", text: "Dec 5th, 2026, 3 p.m.", want: "2026-12-05 15:00 CET"},
		{name: "weekday with date", text: "Sat 5 Dec 15:00", want: "2026-12-05 15:00 CET"},

		// Which day is meant.
		{name: "weekday today still ahead", text: "Tue 15:00", want: "2026-11-24 15:00 CET"},
		{name: "weekday today passed", text: "Tue 9:00", want: "2026-12-01 09:00 CET"},
		{name: "next weekday on that day", text: "next Tue 15:00", want: "2026-12-01 15:00 CET"},
		{name: "next weekday this week", text: "next Sat 15:00", want: "2026-11-28 15:00 CET"},
		{name: "no year passed is next year", text: "24 Nov 9:00", want: "2027-11-24 09:00 CET"},
		{name: "no year ahead is this year", text: "24 Nov 11:00", want: "2026-11-24 11:00 CET"},
		{name: "no year january", text: "Jan 3 10am", want: "2027-01-03 10:00 CET"},
		{name: "29 Feb is the next leap day", text: "29 Feb 10:00", want: "2028-02-29 10:00 CET"},

		// 12-hour clock.
		{name: "12am is midnight", text: "tomorrow 12am", want: "2026-11-25 00:00 CET"},
		{name: "12:30am", text: "tomorrow 12:30am", want: "2026-11-25 00:30 CET"},
		{name: "12pm is noon", text: "tomorrow 12pm", want: "2026-11-25 12:00 CET"},

		// Past.
		{name: "past date", text: "2026-11-20 15:00", err: allaboard.ErrWhenPast},
		{name: "past year", text: "5.12.2025 15:00", err: allaboard.ErrWhenPast},
		{name: "today passed", text: "today 9:00", err: allaboard.ErrWhenPast},
		{name: "earlier today", text: "24.11.2026 09:59", err: allaboard.ErrWhenPast},

		// Invalid: never rolled over to another day.
		{name: "30 Feb", text: "2026-02-30 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "31 Nov", text: "31 Nov 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "25 o'clock", text: "25:00", err: allaboard.ErrWhenUnreadable},
		{name: "24:00", text: "tomorrow 24:00", err: allaboard.ErrWhenUnreadable},
		{name: "minute 60", text: "tomorrow 10:60", err: allaboard.ErrWhenUnreadable},
		{name: "one-digit minute", text: "tomorrow 10:5", err: allaboard.ErrWhenUnreadable},
		{name: "13pm", text: "tomorrow 13pm", err: allaboard.ErrWhenUnreadable},
		{name: "0am", text: "tomorrow 0am", err: allaboard.ErrWhenUnreadable},
		{name: "month 13", text: "2026-13-01 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "dotted month 13", text: "5.13. 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "day 32", text: "Dec 32 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "day 0", text: "0 Dec 10:00", err: allaboard.ErrWhenUnreadable},
		{name: "two bare numbers", text: "5 12 15:00", err: allaboard.ErrWhenUnreadable},
		{name: "bare hour", text: "Sat 15", err: allaboard.ErrWhenUnreadable},
		{name: "slashes day first in Berlin", text: "5/12 15:00", want: "2026-12-05 15:00 CET"},
		{name: "wrong weekday for date", text: "Fri 5 Dec 15:00", err: allaboard.ErrWhenWrongDay},

		// A day but no time.
		{name: "weekday only", text: "Sat", err: allaboard.ErrWhenNoTime},
		{name: "tomorrow only", text: "tomorrow", err: allaboard.ErrWhenNoTime},
		{name: "date only", text: "5 Dec", err: allaboard.ErrWhenNoTime},
		{name: "iso only", text: "2026-12-05", err: allaboard.ErrWhenNoTime},
		{name: "next weekday only", text: "next sat", err: allaboard.ErrWhenNoTime},
		{name: "invalid date only", text: "31 Nov", err: allaboard.ErrWhenUnreadable},

		// Typo guard: more than two years ahead.
		{name: "two years exactly", text: "2028-11-24 10:00", want: "2028-11-24 10:00 CET"},
		{name: "over two years", text: "2028-11-24 10:01", err: allaboard.ErrWhenUnreadable},
		{name: "year typo", text: "5 Dec 2062 15:00", err: allaboard.ErrWhenUnreadable},

		// Garbage.
		{name: "soon", text: "soon", err: allaboard.ErrWhenUnreadable},
		{name: "empty", text: "", err: allaboard.ErrWhenUnreadable},
		{name: "spaces", text: "   ", err: allaboard.ErrWhenUnreadable},
		{name: "vague", text: "next week-ish", err: allaboard.ErrWhenUnreadable},
		{name: "html", text: "<b>", err: allaboard.ErrWhenUnreadable},
		{name: "html around a time", text: "<b>15:00</b>", err: allaboard.ErrWhenUnreadable},
		{name: "long", text: strings.Repeat("a", 5000), err: allaboard.ErrWhenUnreadable},
		{name: "long with times", text: strings.Repeat("Sat 15:00 ", 500), err: allaboard.ErrWhenUnreadable},

		// Daylight saving, Berlin: 02:00-03:00 is skipped in March and happens twice in October.
		{name: "gap moves forward", now: "2026-03-01 10:00", text: "2026-03-29 02:30", want: "2026-03-29 03:30 CEST"},
		{name: "gap no year", text: "28.3. 2:30", want: "2027-03-28 03:30 CEST"},
		{name: "overlap takes first", text: "2027-10-31 02:30", want: "2027-10-31 02:30 CEST"},
		{name: "after overlap", text: "2027-10-31 03:00", want: "2027-10-31 03:00 CET"},

		// New York.
		{name: "ny weekday", zone: "America/New_York", text: "Sat 3pm", want: "2026-11-28 15:00 EST"},
		{name: "ny bare time", zone: "America/New_York", text: "9am", want: "2026-11-25 09:00 EST"},
		{name: "ny date", zone: "America/New_York", text: "Dec 5 3:30 pm", want: "2026-12-05 15:30 EST"},
		{name: "ny past", zone: "America/New_York", text: "today 9:59", err: allaboard.ErrWhenPast},
		{name: "ny gap moves forward", zone: "America/New_York", text: "2027-03-14 02:30", want: "2027-03-14 03:30 EDT"},
		{name: "ny overlap takes first", zone: "America/New_York", text: "2027-11-07 01:30", want: "2027-11-07 01:30 EDT"},
		{name: "ny summer", zone: "America/New_York", text: "4 Jul 9pm", want: "2027-07-04 21:00 EDT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, now := caseAt(t, tt.zone, tt.now)

			got, err := parseWhen(tt.text, now, loc)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("parseWhen(%q) = %v, %v; want error %v", tt.text, got, err, tt.err)
				}
				if len(err.Error()) > 120 {
					t.Fatalf("error too long to show: %d bytes", len(err.Error()))
				}
				return
			}
			if err != nil {
				t.Fatalf("parseWhen(%q): %v", tt.text, err)
			}
			if got, want := got.Format(layout), tt.want; got != want {
				t.Fatalf("parseWhen(%q) = %s, want %s", tt.text, got, want)
			}
			if got.Location() != loc || got.Second() != 0 || got.Nanosecond() != 0 {
				t.Fatalf("parseWhen(%q) = %v, want in %v with seconds zeroed", tt.text, got, loc)
			}
		})
	}
}

// The group's zone decides the day, not the zone now happens to be in.
func TestParseWhenUsesTheGroupZone(t *testing.T) {
	berlin, ny := whenZone(t, "Europe/Berlin"), whenZone(t, "America/New_York")
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, berlin) // 04:00 in New York

	got, err := parseWhen("today 8:00", now, ny)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := got, time.Date(2026, 11, 24, 8, 0, 0, 0, ny); !got.Equal(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if _, err := parseWhen("today 8:00", now, berlin); !errors.Is(err, allaboard.ErrWhenPast) {
		t.Fatalf("in Berlin: got %v, want ErrWhenPast", err)
	}
}

// The error names what was typed, so logs show what users try.
func TestParseWhenErrorQuotesText(t *testing.T) {
	loc := whenZone(t, "Europe/Berlin")
	_, err := parseWhen("soon", time.Date(2026, 11, 24, 10, 0, 0, 0, loc), loc)
	if err == nil || !strings.Contains(err.Error(), `"soon"`) {
		t.Fatalf("got %v, want it to quote the text", err)
	}
}
