package allaboard

import "time"

// What the package's own tests (package allaboard_test) reach that the rest
// of the module does not: the steps of ParseChase, of the chase and of the
// reminders before an event.

var (
	ParseSchedule      = parseSchedule
	ParseGroupSchedule = parseGroupSchedule
)

func (p Policy) Due(from, start time.Time, n int, loc *time.Location) time.Time {
	return p.due(from, start, n, loc)
}

func (s Settings) ReminderAt(start time.Time, lead time.Duration) time.Time {
	return s.reminderAt(start, lead)
}

func (s Settings) ReminderTimes(start time.Time) []time.Time { return s.reminderTimes(start) }

func (q Quiet) Off() bool { return q.off() }
