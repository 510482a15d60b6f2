package allaboard

import (
	"fmt"
	"strings"
	"time"
)

// Quiet is a daily span of local time with no reminders, e.g. 21:00–08:00.
// From == To means none.
type Quiet struct {
	From, To time.Duration // since local midnight
}

// ParseQuiet reads "21:00-08:00", or "off".
func ParseQuiet(s string) (Quiet, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "off") {
		return Quiet{}, nil
	}
	from, to, ok := strings.Cut(s, "-")
	if !ok {
		return Quiet{}, problem(ProblemQuiet)
	}
	f, err1 := clock(from)
	t, err2 := clock(to)
	if err1 != nil || err2 != nil {
		return Quiet{}, problem(ProblemQuiet)
	}
	return Quiet{From: f, To: t}, nil
}

// String writes the span the way ParseQuiet reads it.
func (q Quiet) String() string {
	if q.off() {
		return "off"
	}
	return fmt.Sprintf("%02d:%02d-%02d:%02d", q.From/time.Hour, q.From%time.Hour/time.Minute, q.To/time.Hour, q.To%time.Hour/time.Minute)
}

// off reports whether there are no quiet hours.
func (q Quiet) off() bool { return q.From == q.To }

// After returns t, or the end of the quiet hours t falls in.
func (q Quiet) After(t time.Time, loc *time.Location) time.Time {
	if q.off() {
		return t
	}
	lt := t.In(loc)
	y, m, d := lt.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, loc)
	sinceMidnight := lt.Sub(midnight)
	at := func(day int, off time.Duration) time.Time {
		// Wall-clock arithmetic: "08:00" stays 08:00 across a DST change.
		return time.Date(y, m, d+day, int(off/time.Hour), int(off%time.Hour/time.Minute), 0, 0, loc)
	}
	if q.From < q.To { // e.g. 13:00-15:00 within one day
		if sinceMidnight >= q.From && sinceMidnight < q.To {
			return at(0, q.To)
		}
		return t
	}
	switch { // spans midnight, e.g. 21:00-08:00
	case sinceMidnight >= q.From:
		return at(1, q.To)
	case sinceMidnight < q.To:
		return at(0, q.To)
	}
	return t
}

// began returns when the quiet hours that t falls in began, and whether t
// falls in quiet hours at all.
func (q Quiet) began(t time.Time, loc *time.Location) (time.Time, bool) {
	if q.off() || q.After(t, loc).Equal(t) {
		return time.Time{}, false
	}
	lt := t.In(loc)
	y, m, d := lt.Date()
	day := d
	sinceMidnight := lt.Sub(time.Date(y, m, d, 0, 0, 0, 0, loc))
	if q.From > q.To && sinceMidnight < q.To {
		day-- // in the morning part of a span that began last evening
	}
	return wallTime(y, m, day, int(q.From/time.Hour), int(q.From%time.Hour/time.Minute), loc), true
}

// clock reads "HH:MM" as a time of day.
func clock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}
