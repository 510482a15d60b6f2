package render_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/internal/icstest"
)

// A series' file, read by the independent parser: one entry that repeats by
// its rule, without the date called off, and the moved date as an entry of
// its own for the date it replaces.
func TestSeriesFileCarriesRuleExceptionsAndAChangedDate(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	r, _, err := allaboard.ReadRepeat("every Tue 17:00-18:00 until 30.3.2027", now, loc, allaboard.ReadOpts{})
	if err != nil {
		t.Fatal(err)
	}
	s := allaboard.Series{Group: -100, Num: 1, Host: 7, Title: "Swimming", Where: "City pool", Rule: r.Rule(loc), Rev: 2,
		Created: time.Date(2026, 12, 7, 11, 0, 0, 0, time.UTC), Except: []time.Time{time.Date(2026, 12, 22, 17, 0, 0, 0, loc)}}
	moved := allaboard.Event{Group: -100, Num: 5, Host: 7, Title: "Swimming", Where: "Lido", Series: 1, Rev: 3,
		Occurs: time.Date(2026, 12, 15, 17, 0, 0, 0, loc), When: time.Date(2026, 12, 16, 17, 0, 0, 0, loc), End: time.Date(2026, 12, 16, 18, 0, 0, 0, loc)}
	data := render.SeriesFile{Series: s, Changed: []allaboard.Event{moved}, Loc: loc, Stamp: now}.ICS()
	f := icstest.Parse(t, data)

	if f.RRule != "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T215959Z" {
		t.Errorf("RRULE %q", f.RRule)
	}
	if f.UID != render.SeriesUID(s) || f.Sequence != 2 || f.Summary != "Swimming" || f.Location != "City pool" {
		t.Errorf("entry %q seq %d %q %q", f.UID, f.Sequence, f.Summary, f.Location)
	}
	if want := time.Date(2026, 12, 8, 16, 0, 0, 0, time.UTC); !f.Start.Equal(want) || !f.End.Equal(want.Add(time.Hour)) {
		t.Errorf("first date %v to %v, want %v for an hour", f.Start, f.End, want)
	}
	if len(f.ExDates) != 1 || !f.ExDates[0].Equal(time.Date(2026, 12, 22, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("EXDATE %v, want 22 Dec 16:00 UTC", f.ExDates)
	}
	if len(f.Overrides) != 1 {
		t.Fatalf("%d changed dates, want 1:\n%s", len(f.Overrides), data)
	}
	o := f.Overrides[0]
	if !o.RecurrenceID.Equal(time.Date(2026, 12, 15, 16, 0, 0, 0, time.UTC)) || !o.Start.Equal(time.Date(2026, 12, 16, 16, 0, 0, 0, time.UTC)) || o.Location != "Lido" || o.UID != f.UID {
		t.Errorf("changed date: RECURRENCE-ID %v, start %v, %q, UID %q", o.RecurrenceID, o.Start, o.Location, o.UID)
	}
	// The zone's changes are there for the calendar to place the dates after March's.
	if !strings.Contains(string(data), "DTSTART:20270328T020000") {
		t.Errorf("no VTIMEZONE onset for summer time 2027:\n%s", data)
	}
}

// A series called off from a date on ends before it in calendars (UNTIL in
// place of its count); called off from its first date, it is cancelled.
func TestSeriesFileEndsWhereItWasCalledOff(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	r, _, err := allaboard.ReadRepeat("every Tue 17:00 10 times", now, loc, allaboard.ReadOpts{})
	if err != nil {
		t.Fatal(err)
	}
	s := allaboard.Series{Group: -100, Num: 1, Host: 7, Title: "Swimming", Where: "City pool", Rule: r.Rule(loc), Rev: 3, Ended: true,
		EndsBefore: time.Date(2026, 12, 22, 17, 0, 0, 0, loc)}
	f := icstest.Parse(t, render.SeriesFile{Series: s, Loc: loc, Stamp: now}.ICS())
	if f.RRule != "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T155959Z" || f.Status != "CONFIRMED" {
		t.Errorf("called off from 22 Dec: RRULE %q, %s; want it to end before 22 Dec 17:00", f.RRule, f.Status)
	}
	s.EndsBefore = s.Rule.Start
	if f := icstest.Parse(t, render.SeriesFile{Series: s, Loc: loc, Stamp: now}.ICS()); f.Status != "CANCELLED" {
		t.Errorf("called off from its first date: %s, want CANCELLED", f.Status)
	}
}
