package allaboard

import (
	"errors"
	"fmt"
	"time"
)

// ErrWhenWrongDay is what a WrongWeekday is: errors.Is(err, ErrWhenWrongDay).
var ErrWhenWrongDay = errors.New("that date is another weekday")

// WrongWeekday is ReadWhen's error for a date typed with another weekday:
// "Fri 5 Dec" when 5 Dec 2026 is a Saturday. bot/ says which weekday the
// date is, and offers Near.
type WrongWeekday struct {
	Date  time.Time    // the date as read (a UTC midnight), the year chosen if none was typed
	Named time.Weekday // the weekday typed with it
	// Near is the day within three days of Date that is the weekday named
	// (4 Dec, a Friday), as a UTC midnight; zero if the time typed has
	// passed on it.
	Near time.Time
}

func (e WrongWeekday) Error() string {
	return fmt.Sprintf("%s is a %v, not a %v", e.Date.Format("2 Jan 2006"), e.Date.Weekday(), e.Named)
}

// Is lets callers match any WrongWeekday to ErrWhenWrongDay.
func (e WrongWeekday) Is(target error) bool { return target == ErrWhenWrongDay }

// wrongWeekday is the error for day c named as wd, with the clock s.
func wrongWeekday(c time.Time, wd time.Weekday, s dayClock, now time.Time, loc *time.Location) WrongWeekday {
	k := (int(wd) - int(c.Weekday()) + 7) % 7
	if k > 3 {
		k -= 7
	}
	e := WrongWeekday{Date: c, Named: wd, Near: c.AddDate(0, 0, k)}
	if y, m, d := e.Near.Date(); !wallTime(y, m, d, s.h, s.m, loc).After(now) {
		e.Near = time.Time{}
	}
	return e
}
