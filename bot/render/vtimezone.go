package render

import (
	"fmt"
	"time"

	ics "github.com/arran4/golang-ical"
)

// A calendar file names the group's zone (TZID) and must also say what that
// zone is: calendar apps don't all know IANA names, and those that do may
// have older rules. The VTIMEZONE is written from Go's zone data as the
// observances in force around the event: the one in force at the start of
// its year, and each change until the end of the year after it ends. Each is
// given by its onset alone (no RRULE), so it says exactly what Go's data
// says, DST included.

// observance is one period of a zone's offset, from its onset.
type observance struct {
	onset    time.Time // the instant it begins
	from, to int       // offsets in seconds east of UTC before and after it
	name     string
	dst      bool
}

// observances are the offsets of loc in force between from and to: the one
// in force at from, and every change until to.
func observances(loc *time.Location, from, to time.Time) []observance {
	t := from.In(loc)
	name, off := t.Zone()
	start, end := t.ZoneBounds()
	first := observance{onset: start, from: off, to: off, name: name, dst: t.IsDST()}
	if start.IsZero() {
		// In force since the beginning of the data: any onset before the
		// event will do.
		first.onset = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(off) * time.Second)
	} else {
		_, first.from = start.Add(-time.Second).In(loc).Zone()
	}
	out := []observance{first}
	for !end.IsZero() && end.Before(to) {
		t = end.In(loc)
		name, next := t.Zone()
		out = append(out, observance{onset: end, from: off, to: next, name: name, dst: t.IsDST()})
		off = next
		_, end = t.ZoneBounds()
	}
	return out
}

// vtimezone is the VTIMEZONE of loc, named tzid, for times from from to to.
func vtimezone(tzid string, loc *time.Location, from, to time.Time) *ics.VTimezone {
	tz := ics.NewTimezone(tzid)
	for _, o := range observances(loc, from, to) {
		var c *ics.ComponentBase
		if o.dst {
			d := &ics.Daylight{}
			tz.Components = append(tz.Components, d)
			c = &d.ComponentBase
		} else {
			c = &tz.AddStandard().ComponentBase
		}
		// An onset is written as the wall time it happens at, on the clock
		// before it (RFC 5545 3.6.5): 03:00 when CEST ends, not 02:00.
		c.SetProperty(ics.ComponentPropertyDtStart, o.onset.In(time.FixedZone("", o.from)).Format(localFormat))
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), utcOffset(o.from))
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), utcOffset(o.to))
		if o.name != "" {
			c.SetProperty(ics.ComponentProperty(ics.PropertyTzname), o.name)
		}
	}
	return tz
}

// localFormat is a wall time in iCalendar: no zone, that comes with it.
const localFormat = "20060102T150405"

// utcOffset writes seconds east of UTC as iCalendar does: +0100, -0330,
// with seconds only when there are some (+005328).
func utcOffset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	s := fmt.Sprintf("%s%02d%02d", sign, sec/3600, sec/60%60)
	if sec%60 != 0 {
		s += fmt.Sprintf("%02d", sec%60)
	}
	return s
}
