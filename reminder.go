package allaboard

import (
	"slices"
	"time"
)

// beforeQuiet is how long before quiet hours begin a reminder goes that
// cannot wait for them to end.
const beforeQuiet = 5 * time.Minute

// reminderAt returns when the reminder lead before an event starting at
// start goes. Whole days are counted on the group's clock, so a 1d reminder
// for a 10:00 event goes at 10:00 the day before even across a daylight
// saving change. One that falls in quiet hours goes when they end if that is
// still before the event, otherwise just before they begin.
func (s Settings) reminderAt(start time.Time, lead time.Duration) time.Time {
	loc := s.Location()
	at := start.Add(-lead)
	if lead%(24*time.Hour) == 0 {
		l := start.In(loc)
		at = wallTime(l.Year(), l.Month(), l.Day()-int(lead/(24*time.Hour)), l.Hour(), l.Minute(), loc)
	}
	return s.outOfQuiet(at, start)
}

// outOfQuiet moves at, a moment before an event starting at start, out of
// the group's quiet hours: to their end if that is still before the event,
// otherwise to just before they began.
func (s Settings) outOfQuiet(at, start time.Time) time.Time {
	loc := s.Location()
	if end := s.Quiet.After(at, loc); end.Before(start) {
		return end
	}
	began, _ := s.Quiet.began(at, loc)
	return began.Add(-beforeQuiet)
}

// reminderTimes returns when an event's reminders go, earliest first, without
// duplicates (quiet hours can fold two into one).
func (s Settings) reminderTimes(start time.Time) []time.Time {
	var out []time.Time
	for _, lead := range s.Reminders {
		at := s.reminderAt(start, lead)
		if !slices.ContainsFunc(out, at.Equal) {
			out = append(out, at)
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// NextReminder returns the first of an event's reminders after now (and
// after sent, the last one sent), or the zero time if none is left.
func (s Settings) NextReminder(start, sent, now time.Time) time.Time {
	for _, at := range s.reminderTimes(start) {
		if at.After(now) && at.After(sent) {
			return at
		}
	}
	return time.Time{}
}

// DueReminder returns the latest of an event's reminders due by now and not
// yet sent, or the zero time if none is. After downtime only the latest of
// those missed goes.
func (s Settings) DueReminder(start, sent, now time.Time) time.Time {
	var due time.Time
	for _, at := range s.reminderTimes(start) {
		if !at.After(now) && at.After(sent) {
			due = at
		}
	}
	return due
}
