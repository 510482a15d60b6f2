package render_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/internal/icstest"
)

func zone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// calEvent is an event announced on 1 March 2026 by host 7 in group -100.
func calEvent(start, end time.Time) allaboard.Event {
	return allaboard.Event{Group: -100, Num: 3, Host: 7, Title: "Picnic", Where: "Park", When: start, End: end,
		Rev: 1, Material: 1, Created: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
}

// A calendar app works out the event's times from the file's own VTIMEZONE:
// they must be the times the group meant, in summer, in winter, on the day
// the clocks go back, and across the change itself.
func TestCalendarFileTimesInTheGroupsZone(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		zone                  string
		start, end            [5]int // year, month, day, hour, minute on the group's clock
		wantStart, wantEnd    time.Time
		wantLocal, wantLocEnd string
	}{
		{"Berlin in summer (CEST)", "Europe/Berlin", [5]int{2026, 7, 4, 15, 0}, [5]int{2026, 7, 4, 17, 30},
			time.Date(2026, 7, 4, 13, 0, 0, 0, time.UTC), time.Date(2026, 7, 4, 15, 30, 0, 0, time.UTC), "20260704T150000", "20260704T173000"},
		{"Berlin on the last Sunday of October (CET since 03:00)", "Europe/Berlin", [5]int{2026, 10, 25, 15, 0}, [5]int{2026, 10, 25, 17, 0},
			time.Date(2026, 10, 25, 14, 0, 0, 0, time.UTC), time.Date(2026, 10, 25, 16, 0, 0, 0, time.UTC), "20261025T150000", "20261025T170000"},
		{"Berlin overnight across the change", "Europe/Berlin", [5]int{2026, 10, 24, 22, 0}, [5]int{2026, 10, 25, 6, 0},
			time.Date(2026, 10, 24, 20, 0, 0, 0, time.UTC), time.Date(2026, 10, 25, 5, 0, 0, 0, time.UTC), "20261024T220000", "20261025T060000"},
		{"Berlin in winter, into the next year", "Europe/Berlin", [5]int{2026, 12, 31, 22, 0}, [5]int{2027, 1, 1, 1, 0},
			time.Date(2026, 12, 31, 21, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "20261231T220000", "20270101T010000"},
		{"New York the day after spring forward", "America/New_York", [5]int{2026, 3, 9, 9, 0}, [5]int{},
			time.Date(2026, 3, 9, 13, 0, 0, 0, time.UTC), time.Time{}, "20260309T090000", ""},
		{"Sydney in its summer", "Australia/Sydney", [5]int{2026, 1, 10, 10, 0}, [5]int{},
			time.Date(2026, 1, 9, 23, 0, 0, 0, time.UTC), time.Time{}, "20260110T100000", ""},
		{"Kolkata, no DST, half an hour", "Asia/Kolkata", [5]int{2026, 6, 1, 18, 0}, [5]int{},
			time.Date(2026, 6, 1, 12, 30, 0, 0, time.UTC), time.Time{}, "20260601T180000", ""},
		{"UTC", "UTC", [5]int{2026, 6, 1, 18, 0}, [5]int{},
			time.Date(2026, 6, 1, 18, 0, 0, 0, time.UTC), time.Time{}, "20260601T180000", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loc := zone(t, tc.zone)
			at := func(v [5]int) time.Time {
				if v == ([5]int{}) {
					return time.Time{}
				}
				return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], 0, 0, loc)
			}
			f := icstest.Parse(t, render.CalendarFile{Event: calEvent(at(tc.start), at(tc.end)), Loc: loc, Stamp: time.Now()}.ICS())
			if f.TZID != tc.zone {
				t.Errorf("TZID %q, want %q", f.TZID, tc.zone)
			}
			if f.StartLocal != tc.wantLocal || f.EndLocal != tc.wantLocEnd {
				t.Errorf("written as %s–%s, want %s–%s on the group's clock", f.StartLocal, f.EndLocal, tc.wantLocal, tc.wantLocEnd)
			}
			if !f.Start.Equal(tc.wantStart) || !f.End.Equal(tc.wantEnd) {
				t.Errorf("read as %v–%v, want %v–%v", f.Start, f.End, tc.wantStart, tc.wantEnd)
			}
		})
	}
}

// The VTIMEZONE says when Berlin's clocks change around the event: the rule
// in force on 1 January (CET since October 2025) and both changes of 2026,
// each at the wall time it happens on the clock before it.
func TestCalendarFileZoneChanges(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	f := icstest.Parse(t, render.CalendarFile{Event: calEvent(time.Date(2026, 10, 25, 15, 0, 0, 0, loc), time.Time{}), Loc: loc}.ICS())
	zoneText := strings.Join(f.Lines, "\n")
	zoneText = zoneText[strings.Index(zoneText, "BEGIN:VTIMEZONE"):strings.Index(zoneText, "END:VTIMEZONE")]
	for _, want := range []string{
		"BEGIN:STANDARD\nDTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD",
		"BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT",
		"BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD",
	} {
		if !strings.Contains(zoneText, want) {
			t.Errorf("the VTIMEZONE lacks\n%s\nit is\n%s", want, zoneText)
		}
	}
	if n := strings.Count(zoneText, "BEGIN:STANDARD") + strings.Count(zoneText, "BEGIN:DAYLIGHT"); n != 3 {
		t.Errorf("%d observances, want 3 (2027's changes are after the event's year)", n)
	}
}

// Title, place and notes keep every character through escaping and folding:
// , ; \ and line breaks, long lines of emoji and accents.
func TestCalendarFileEscapesAndFolds(t *testing.T) {
	e := calEvent(time.Date(2026, 7, 4, 15, 0, 0, 0, time.UTC), time.Time{})
	e.Title = `Mia's 5th; "big" party, with cake \o/`
	e.Where = "Jump House, Main St 5; 2nd floor — entrance by the café 🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈 then left, by the ÄÖÜ sign"
	e.Notes = "Bring socks;\nno shoes, please.\r\nPath: C:\\Kids\\Party\n\n" + strings.Repeat("Ünïcödé 🎉, ", 12)
	f := icstest.Parse(t, render.CalendarFile{Event: e, Link: "https://t.me/allaboard_bot?start=e-100_3", Loc: time.UTC}.ICS())
	if f.Summary != e.Title {
		t.Errorf("SUMMARY reads %q, want %q", f.Summary, e.Title)
	}
	if f.Location != e.Where {
		t.Errorf("LOCATION reads %q, want %q", f.Location, e.Where)
	}
	if want := strings.ReplaceAll(e.Notes, "\r\n", "\n"); f.Description != want {
		t.Errorf("DESCRIPTION reads %q, want %q", f.Description, want)
	}
	folded := 0
	for _, l := range f.Lines {
		if l[0] == ' ' {
			folded++
		}
	}
	if folded < 4 {
		t.Errorf("%d continuation lines, want the long place and notes folded", folded)
	}
	if f.URL != "https://t.me/allaboard_bot?start=e-100_3" || f.Organizer != "" {
		t.Errorf("URL %q, ORGANIZER %q: want the link to the event, no organizer (a published file is no invitation)", f.URL, f.Organizer)
	}
}

// The UID is the same for every version of the event, and after its group
// became a supergroup; SEQUENCE is the revision; every version is published
// (no invitation), a cancelled one with STATUS:CANCELLED.
func TestCalendarFileVersions(t *testing.T) {
	first := calEvent(time.Date(2026, 7, 4, 15, 0, 0, 0, time.UTC), time.Time{})
	moved := first
	moved.When, moved.Rev, moved.Material = first.When.Add(time.Hour), 3, 3
	moved.Group = -1001234567890 // the group became a supergroup
	cancelled := moved
	cancelled.Cancelled, cancelled.Rev, cancelled.Material = true, 4, 4
	other := first
	other.Num = 4

	var uids []string
	for i, tc := range []struct {
		e              allaboard.Event
		method, status string
		seq            int
	}{{first, "PUBLISH", "CONFIRMED", 1}, {moved, "PUBLISH", "CONFIRMED", 3}, {cancelled, "PUBLISH", "CANCELLED", 4}} {
		f := icstest.Parse(t, render.CalendarFile{Event: tc.e, Loc: time.UTC}.ICS())
		if f.Method != tc.method || f.Status != tc.status || f.Sequence != tc.seq {
			t.Errorf("version %d: METHOD %s, STATUS %s, SEQUENCE %d; want %s, %s, %d", i+1, f.Method, f.Status, f.Sequence, tc.method, tc.status, tc.seq)
		}
		uids = append(uids, f.UID)
	}
	if uids[0] == "" || uids[1] != uids[0] || uids[2] != uids[0] {
		t.Errorf("UIDs %q: want one for the event's life", uids)
	}
	if render.UID(other) == uids[0] {
		t.Errorf("events 3 and 4 share the UID %q", uids[0])
	}
}

// The file's name is the title in plain letters.
func TestCalendarFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Mia's 5th birthday party!": "mia-s-5th-birthday-party.ics",
		"Élise — piñata / café":     "élise-piñata-café.ics",
		"🎉🎉":                        "event-3.ics",
		strings.Repeat("long ", 20): "long-long-long-long-long-long-long-long.ics",
	} {
		e := calEvent(time.Now(), time.Time{})
		e.Title = title
		if got := (render.CalendarFile{Event: e}).Name(); got != want {
			t.Errorf("%q: file %q, want %q", title, got, want)
		}
	}
}

// A notice about a day is in the calendar all that day, on the group's
// calendar date; a to-do at its deadline. Both say what they are, with the
// whole text below, and have no place.
func TestCalendarFileOfANoticeAndATodo(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	day := allaboard.DaySpan(time.Date(2026, 12, 14, 9, 0, 0, 0, berlin), berlin)
	text := "School is closed on Monday (heating failure) — please arrange care. " + strings.Repeat("More words. ", 10)
	n := calEvent(day.Start, day.End)
	n.Kind, n.Title, n.Where = allaboard.KindNotice, text, ""
	f := icstest.Parse(t, render.CalendarFile{Event: n, Loc: berlin}.ICS())
	if !f.AllDay || f.StartLocal != "20261214" || f.EndLocal != "20261215" {
		t.Errorf("the notice is in the calendar %s–%s (all day %v), want all of 14 December", f.StartLocal, f.EndLocal, f.AllDay)
	}
	if !strings.HasPrefix(f.Summary, "📣 School is closed on Monday") || len([]rune(f.Summary)) > 83 || f.Description != text || f.Location != "" {
		t.Errorf("the notice reads %q / %q / %q", f.Summary, f.Description, f.Location)
	}

	deadline := time.Date(2026, 12, 11, 12, 0, 0, 0, berlin)
	td := calEvent(deadline, time.Time{})
	td.Kind, td.Title, td.Where = allaboard.KindTodo, "Sign the permission slip", ""
	f = icstest.Parse(t, render.CalendarFile{Event: td, Loc: berlin}.ICS())
	if f.AllDay || !f.Start.Equal(deadline) || f.EndLocal != "" {
		t.Errorf("the to-do is in the calendar at %v (end %q), want its deadline %v", f.Start, f.EndLocal, deadline)
	}
	if f.Summary != "☑️ Sign the permission slip" || f.Description != td.Title {
		t.Errorf("the to-do reads %q / %q", f.Summary, f.Description)
	}
}
