package scheduler

import (
	"fmt"
	"strings"
	"time"

	"allaboard"

	"github.com/robfig/cron/v3"
)

// Calendar is a cron schedule read on a time zone's wall clock: "0 19 * * *"
// is 19:00 local every day. robfig/cron computes runs in the zone's real
// time, which skips a run that falls in a spring-forward gap and makes two of
// one in a fall-back hour; Calendar instead computes them on the wall clock
// (in UTC, where nothing shifts) and places each run on the real clock as
// allaboard.WallTime does: a time in a gap moves forward by the gap, a time
// that happens twice is the first.
type Calendar struct {
	spec     string
	schedule cron.Schedule
	loc      *time.Location
}

// ParseCalendar reads a cron expression such as "0 19 * * *" as times on
// loc's wall clock. It rejects what could not serve as a daily digest time.
func ParseCalendar(spec string, loc *time.Location) (Calendar, error) {
	spec = strings.TrimSpace(spec)
	switch {
	case spec == "":
		return Calendar{}, badCalendar("is empty")
	case len(spec) > 100:
		return Calendar{}, badCalendar("is too long")
	case strings.Contains(strings.ToUpper(spec), "TZ="):
		// Also: robfig/cron v3.0.1 panics on "CRON_TZ=" without a space.
		return Calendar{}, fmt.Errorf("%w: leave out CRON_TZ= — the digest follows the group's timezone setting", allaboard.ErrBadSetting)
	case strings.HasPrefix(spec, "@every"):
		return Calendar{}, fmt.Errorf("%w: use a time of day like 0 19 * * *, not @every", allaboard.ErrBadSetting)
	}
	schedule, err := parseCron(spec)
	if err != nil {
		return Calendar{}, badCalendar(fmt.Sprintf("can't be read (%v)", err))
	}
	c := Calendar{spec: spec, schedule: schedule, loc: loc}
	// Check its runs over a while: it must happen, at most once an hour.
	prev := c.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, loc))
	if prev.IsZero() {
		return Calendar{}, fmt.Errorf("%w: %q never happens", allaboard.ErrBadSetting, spec)
	}
	for range 100 {
		next := c.Next(prev)
		if next.IsZero() {
			break
		}
		if next.Sub(prev) < time.Hour {
			return Calendar{}, fmt.Errorf("%w: %q runs more than once an hour; a digest can come at most hourly", allaboard.ErrBadSetting, spec)
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

func badCalendar(why string) error {
	return fmt.Errorf("%w: the digest time %s. Give a cron expression — minute hour day-of-month month day-of-week — like 0 19 * * * (every day at 19:00), or off", allaboard.ErrBadSetting, why)
}

// Next returns the first run strictly after t, or the zero time if there is none.
func (c Calendar) Next(t time.Time) time.Time {
	l := t.In(c.loc)
	wall := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
	for range 1000 {
		wall = c.schedule.Next(wall)
		if wall.IsZero() {
			return time.Time{}
		}
		at := allaboard.WallTime(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), c.loc)
		if at.After(t) {
			return at
		}
		// Inside a repeated hour the wall time came round again: look further.
	}
	return time.Time{}
}

// String returns the expression as given.
func (c Calendar) String() string { return c.spec }
