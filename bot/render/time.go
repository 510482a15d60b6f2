package render

import (
	"fmt"
	"time"
)

// startsIn says when an event starts, as seen from now: "in 2 hours",
// "tomorrow at 15:00", "on Sat 5 Dec at 15:00".
func StartsIn(start, now time.Time, loc *time.Location) string {
	d := start.Sub(now)
	ls, ln := start.In(loc), now.In(loc)
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	days := int(day(ls).Sub(day(ln)) / (24 * time.Hour))
	switch {
	case d < time.Hour:
		return "in " + Plural(max(int(d.Round(time.Minute)/time.Minute), 1), "minute", "minutes")
	case d < 6*time.Hour:
		return "in " + Plural(int(d.Round(time.Hour)/time.Hour), "hour", "hours")
	case days == 0:
		return "today at " + ls.Format("15:04")
	case days == 1:
		return "tomorrow at " + ls.Format("15:04")
	}
	return "on " + ls.Format("Mon 2 Jan at 15:04")
}

// plural writes n with the singular or plural words after it.
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
