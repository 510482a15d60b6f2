// Calendar times are worked out on the wall clock: robfig/cron, on a zone's real clock, skips a
// run that falls in a spring-forward gap and runs twice in a fall-back hour, and a host should
// get each day's digest once, at the time they chose.

package allaboard

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Calendar is a cron schedule read on a time zone's wall clock: "0 19 * * *"
// is 19:00 local every day: a group's digest time. Runs are found on the
// wall clock (in UTC, where nothing shifts) and placed on the real clock as
// wallTime does: a time in a gap moves forward by the gap, a time that
// happens twice is the first.
type Calendar struct {
	spec     string
	schedule cron.Schedule
	loc      *time.Location
}

// ParseCalendar reads a cron expression such as "0 19 * * *" as times on
// loc's wall clock. It rejects what could not serve as a digest time.
func ParseCalendar(spec string, loc *time.Location) (Calendar, error) {
	spec = strings.TrimSpace(spec)
	if h, m, ok := timeOfDay(spec); ok {
		spec = fmt.Sprintf("%d %d * * *", m, h) // "19:00" is every day at 19:00
	}
	switch {
	case spec == "":
		return Calendar{}, problem(ProblemCalendarMissing)
	case len(spec) > 100:
		return Calendar{}, problem(ProblemCalendarTooLong)
	case strings.Contains(strings.ToUpper(spec), "TZ="):
		// Checked before parsing, too: robfig/cron v3.0.1 panics on "CRON_TZ=" without a space.
		return Calendar{}, problem(ProblemCalendarZone)
	case strings.HasPrefix(spec, "@every"):
		return Calendar{}, problem(ProblemCalendarInterval)
	}
	schedule, err := parseCron(spec)
	if err != nil {
		return Calendar{}, problem(ProblemCalendarSyntax, spec, err.Error())
	}
	c := Calendar{spec: spec, schedule: schedule, loc: loc}
	// It must happen, at most once an hour. Runs are checked from a fixed
	// start so that the answer does not depend on when it is asked.
	prev := c.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, loc))
	if prev.IsZero() {
		return Calendar{}, problem(ProblemCalendarNever, spec)
	}
	for range 100 {
		next := c.Next(prev)
		if next.IsZero() {
			break
		}
		if next.Sub(prev) < time.Hour {
			return Calendar{}, problem(ProblemCalendarTooOften, spec)
		}
		prev = next
	}
	return c, nil
}

// parseCron is cron.ParseStandard, turning a panic on odd input into an error.
func parseCron(spec string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return cron.ParseStandard(spec)
}

// Next returns the first run strictly after t, or the zero time if there is none.
func (c Calendar) Next(t time.Time) time.Time {
	l := t.In(c.loc)
	wall := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
	// A run moved forward by a gap (02:30 → 03:30) is later than wall times
	// just after the gap: at 03:15 it is still ahead. So if the clocks went
	// forward in the last day, start looking back by as much.
	_, now := l.Zone()
	_, dayBefore := t.Add(-24 * time.Hour).In(c.loc).Zone()
	if jump := now - dayBefore; jump > 0 {
		wall = wall.Add(-time.Duration(jump) * time.Second)
	}
	for range 1000 {
		wall = c.schedule.Next(wall)
		if wall.IsZero() {
			return time.Time{}
		}
		at := wallTime(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), c.loc)
		if at.After(t) {
			return at
		}
		// Already past: a repeated hour, or a wall time we looked back to.
	}
	return time.Time{}
}

// String returns the expression as given, trimmed.
func (c Calendar) String() string { return c.spec }

// timeOfDay reads "19:00" or "7:30".
func timeOfDay(s string) (hour, minute int, ok bool) {
	hs, ms, found := strings.Cut(s, ":")
	if !found || len(ms) != 2 || len(hs) < 1 || len(hs) > 2 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	return h, m, err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60
}
