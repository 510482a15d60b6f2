package render

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"allaboard"

	ics "github.com/arran4/golang-ical"
)

// SeriesFile is a series as one iCalendar entry that repeats: its rule
// (RRULE) from its first date, the dates called off (EXDATE), and each date
// changed on its own as an entry of the same UID for that date
// (RECURRENCE-ID), so a calendar shows every date and moves only the one.
type SeriesFile struct {
	Series allaboard.Series
	// Changed are the series' dates changed on their own: moved, or with
	// another place or title (their Occurs is the date they replace).
	Changed []allaboard.Event
	Link    string
	Loc     *time.Location
	Stamp   time.Time // zero: now
}

// SeriesUID names the series in calendars, by what never changes about it.
func SeriesUID(s allaboard.Series) string {
	return fmt.Sprintf("%d-%d-s%d@allaboard", s.Host, s.Created.UnixNano(), s.Num)
}

// Name is the file's name, as an event's.
func (f SeriesFile) Name() string {
	return CalendarFile{Event: allaboard.Event{Title: f.Series.Title, Num: f.Series.Num}}.Name()
}

// ICS writes the file (see CalendarFile.ICS for what each line is for).
func (f SeriesFile) ICS() []byte {
	s, loc := f.Series, f.Loc
	if loc == nil {
		loc = time.UTC
	}
	tzid := loc.String()
	cal := ics.NewCalendarFor("All Aboard")
	cal.SetMethod(ics.MethodPublish)
	last := s.Rule.Start
	if p, err := s.Rule.Repeat(); err == nil && !p.Until.IsZero() {
		last = p.Until
	} else {
		last = last.AddDate(3, 0, 0) // a calendar needs the zone's changes for as long as it shows dates
	}
	for _, e := range f.Changed {
		if e.When.After(last) {
			last = e.When
		}
	}
	cal.AddVTimezone(vtimezone(tzid, loc, time.Date(s.Rule.Start.In(loc).Year(), 1, 1, 0, 0, 0, 0, loc), time.Date(last.In(loc).Year()+1, 1, 1, 0, 0, 0, 0, loc)))
	stamp := f.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	uid := SeriesUID(s)
	entry := func(title, where, notes string, start, end time.Time, seq int, cancelled bool) *ics.VEvent {
		ev := cal.AddEvent(uid)
		ev.SetDtStampTime(stamp.UTC())
		if !s.Created.IsZero() {
			ev.SetCreatedTime(s.Created.UTC())
		}
		ev.SetSequence(seq)
		ev.SetProperty(ics.ComponentPropertyDtStart, start.In(loc).Format(localFormat), ics.WithTZID(tzid))
		if !end.IsZero() {
			ev.SetProperty(ics.ComponentPropertyDtEnd, end.In(loc).Format(localFormat), ics.WithTZID(tzid))
		}
		ev.SetSummary(oneLine(title))
		ev.SetLocation(oneLine(where))
		if notes != "" {
			ev.SetDescription(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(notes))
		}
		status := ics.ObjectStatusConfirmed
		if cancelled {
			status = ics.ObjectStatusCancelled
		}
		ev.SetStatus(status)
		if f.Link != "" {
			ev.SetURL(f.Link)
		}
		return ev
	}
	var end time.Time
	if s.Rule.Length > 0 {
		end = s.Rule.Start.Add(s.Rule.Length)
	}
	// Called off from a date on: the rule ends before it; from the first,
	// the whole series is called off.
	ended := !s.EndsBefore.IsZero() && !s.EndsBefore.After(s.Rule.Start)
	master := entry(s.Title, s.Where, s.Notes, s.Rule.Start, end, s.Rev, ended)
	master.AddRrule(endedRule(s))
	for _, x := range s.Except {
		master.AddExdate(x.In(loc).Format(localFormat), ics.WithTZID(tzid))
	}
	for _, e := range f.Changed {
		ev := entry(e.Title, e.Where, e.Notes, e.When, e.End, e.Rev, e.Cancelled)
		ev.SetProperty(ics.ComponentPropertyRecurrenceId, e.Occurs.In(loc).Format(localFormat), ics.WithTZID(tzid))
	}
	return []byte(cal.Serialize(ics.WithNewLineWindows))
}

// endedRule is s's RRULE, ending just before the date it was called off
// from, if it was: UNTIL in UTC, as RFC 5545 wants it with a DTSTART in a
// zone, in place of any UNTIL or COUNT of its own.
func endedRule(s allaboard.Series) string {
	if s.EndsBefore.IsZero() || !s.EndsBefore.After(s.Rule.Start) {
		return s.Rule.RRule
	}
	parts := strings.Split(s.Rule.RRule, ";")
	parts = slices.DeleteFunc(parts, func(p string) bool {
		return strings.HasPrefix(p, "UNTIL=") || strings.HasPrefix(p, "COUNT=")
	})
	return strings.Join(append(parts, "UNTIL="+s.EndsBefore.Add(-time.Second).UTC().Format("20060102T150405Z")), ";")
}
