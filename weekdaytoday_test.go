package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

// A weekday alone that is today, for a notice's day or a to-do's deadline,
// may be today or a week on: most who type "Monday" on a Monday mean next
// week, so it is asked, as "next Friday" is. With a time, it reads as an
// event's time does: today while the time is ahead, else a week on.
func TestWeekdayTodayAsks(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 18, 0, 0, 0, berlin) // Monday 18:00
	const day = "2006-01-02 15:04"
	for _, tc := range []struct {
		name, text, lang string
		read             func(string, time.Time, *time.Location, allaboard.ReadOpts) (allaboard.Reading, error)
		start, ask       string // the reading's start, and its choices' starts
	}{
		{name: "notice Monday", text: "Monday", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice on Monday", text: "on Monday", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice am Montag", text: "am Montag", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice lundi", text: "lundi", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice в понедельник", text: "в понедельник", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice nl ma", text: "ma", lang: "nl", read: allaboard.ReadDay, start: "2026-12-07 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "notice Mon 7 Dec is a date", text: "Mon 7 Dec", read: allaboard.ReadDay, start: "2026-12-07 00:00"},
		{name: "notice today", text: "today", read: allaboard.ReadDay, start: "2026-12-07 00:00"},
		{name: "notice next Monday", text: "next Monday", read: allaboard.ReadDay, start: "2026-12-14 00:00"},
		{name: "notice Tuesday", text: "Tuesday", read: allaboard.ReadDay, start: "2026-12-08 00:00"},
		{name: "notice Monday 20:00 ahead", text: "Monday 20:00", read: allaboard.ReadDay, start: "2026-12-07 00:00"},
		{name: "notice Monday 17:00 gone", text: "Monday 17:00", read: allaboard.ReadDay, start: "2026-12-14 00:00"},
		{name: "deadline Monday", text: "Monday", read: allaboard.ReadDeadline, start: "2026-12-08 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "deadline Montag", text: "Montag", read: allaboard.ReadDeadline, start: "2026-12-08 00:00", ask: "2026-12-07 00:00|2026-12-14 00:00"},
		{name: "deadline Monday 20:00 ahead", text: "Monday 20:00", read: allaboard.ReadDeadline, start: "2026-12-07 20:00"},
		{name: "deadline Monday 17:00 gone", text: "Monday 17:00", read: allaboard.ReadDeadline, start: "2026-12-14 17:00"},
		{name: "deadline Friday", text: "Friday", read: allaboard.ReadDeadline, start: "2026-12-12 00:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.read(tc.text, now, berlin, allaboard.ReadOpts{Lang: tc.lang})
			if err != nil {
				t.Fatal(err)
			}
			var ask string
			for i, sp := range r.Ask {
				if i > 0 {
					ask += "|"
				}
				ask += sp.Start.In(berlin).Format(day)
				if !sp.WholeDay(berlin) {
					t.Errorf("choice %d is not a whole day: %+v", i, sp)
				}
			}
			if got := r.Start.In(berlin).Format(day); got != tc.start || ask != tc.ask {
				t.Errorf("%q reads %s asking %q; want %s asking %q", tc.text, got, ask, tc.start, tc.ask)
			}
			if tc.ask != "" && r.Why != allaboard.AskWhichWeek {
				t.Errorf("asks %q, want %q", r.Why, allaboard.AskWhichWeek)
			}
		})
	}
}

// The day a to-do's question offers is typed back, and read back, as that
// day: a week on is next Monday's end.
func TestWeekdayTodayChoiceReadsBack(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 18, 0, 0, 0, berlin)
	r, err := allaboard.ReadDeadline("Monday", now, berlin, allaboard.ReadOpts{})
	if err != nil || len(r.Ask) != 2 {
		t.Fatalf("Monday: %+v, %v; want a question", r, err)
	}
	for _, sp := range r.Ask {
		typed := allaboard.DeadlineTyped(sp, berlin)
		back, err := allaboard.ReadDeadline(typed, now, berlin, allaboard.ReadOpts{})
		if err != nil || len(back.Ask) > 0 || !back.Start.Equal(sp.End) {
			t.Errorf("%q reads back as %+v, %v; want %v", typed, back, err, sp.End)
		}
	}
}
