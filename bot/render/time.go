package render

import (
	"fmt"
	"time"

	"allaboard/bot/lang"
)

// StartsIn says when an event starts, as seen from now: "in 2 hours",
// "tomorrow at 15:00", "on Sat 5 Dec at 15:00".
func StartsIn(l lang.Lang, start, now time.Time, loc *time.Location) string {
	d := start.Sub(now)
	ls, ln := start.In(loc), now.In(loc)
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	days := int(day(ls).Sub(day(ln)) / (24 * time.Hour))
	at := map[string]any{"Day": l.Day(ls), "Time": l.Time(ls)}
	switch {
	case d < time.Hour:
		return l.N("starts_in_minutes", max(int(d.Round(time.Minute)/time.Minute), 1), nil)
	case d < 6*time.Hour:
		return l.N("starts_in_hours", int(d.Round(time.Hour)/time.Hour), nil)
	case days == 0:
		return l.T("starts_today", at)
	case days == 1:
		return l.T("starts_tomorrow", at)
	}
	return l.T("starts_on", at)
}

// plural writes n with the singular or plural words after it.
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
