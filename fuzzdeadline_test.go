package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

// FuzzReadDeadline: a deadline is read, asked about, or refused; one read
// is ahead of now, has no end, and asks only with a why.
func FuzzReadDeadline(f *testing.F) {
	for _, s := range []string{"Fri 12:00", "Friday", "before Friday", "bis zum 15.", "avant le 15", "до 15-го", "15 числа",
		"by the the", "before", "before next Fri", "before today", "le 31", "o dia 99", "к пятнице 12:00", "Tuesday"} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, loc) // a Tuesday
	f.Fuzz(func(t *testing.T, s string) {
		r, err := allaboard.ReadDeadline(s, now, loc, allaboard.ReadOpts{})
		if err != nil {
			if r.Start != (time.Time{}) || len(r.Ask) > 0 {
				t.Fatalf("ReadDeadline(%q) refused (%v) yet read %+v", s, err, r)
			}
			return
		}
		if (len(r.Ask) > 0) != (r.Why != "") || !r.End.IsZero() || !r.Start.After(now) {
			t.Fatalf("ReadDeadline(%q) = %+v", s, r)
		}
		for _, sp := range r.Ask {
			if !sp.End.After(now) && !sp.Start.After(now) {
				t.Fatalf("ReadDeadline(%q) asks about %+v, gone by", s, sp)
			}
		}
	})
}
