package allaboard

import "time"

// Next returns when a member's next reminder is due: the one after the
// r.Pings already sent, in the chase that began at r.From. Call it whenever
// that changes: after Restart (a new chase begins), after Pinged (a reminder
// went), and after the schedule, quiet hours or zone changed.
//
// The rules, in order:
//   - Steps count from r.From and are looked for from the last reminder sent
//     (r.LastPing), or from r.From when none was. A step due at the very moment
//     the last one went is not sent again.
//   - Steps already past are skipped: after downtime one overdue reminder goes,
//     not a burst of them.
//   - Quiet hours move a step to their end, except that the first reminder of
//     a chase goes at once if waiting for the morning would leave none before
//     the event. Later ones keep the quiet hours even then.
//   - If the step so found is already before now (the schedule changed, or
//     the chase waited), it is due now, moved out of quiet hours; the first
//     reminder of a chase goes now even in quiet hours if the morning would
//     be too late.
//   - The zero time means none is left before the event starts at start.
func (p Policy) Next(r Response, now, start time.Time, loc *time.Location) time.Time {
	since := r.From
	if !r.LastPing.IsZero() {
		since = r.LastPing.Add(time.Nanosecond)
	}
	due := p.step(r.From, r.Pings+1, since, start, loc)
	if due.IsZero() || !due.Before(now) {
		return due
	}
	if due = p.Quiet.After(now, loc); due.Before(start) {
		return due
	}
	if r.Pings == 0 && now.Before(start) {
		return now // as above: the first reminder goes even in quiet hours rather than never
	}
	return time.Time{}
}

// step returns when the first of reminders n, n+1, … of a chase that began
// at from whose step is not before since is due, or the zero time when none
// is left before start.
func (p Policy) step(from time.Time, n int, since, start time.Time, loc *time.Location) time.Time {
	noQuiet := p
	noQuiet.Quiet = Quiet{}
	for ; n < 10000; n++ {
		raw := noQuiet.due(from, start, n, loc)
		if !raw.Before(start) {
			return time.Time{}
		}
		if raw.Before(since) {
			continue
		}
		if due := p.Quiet.After(raw, loc); due.Before(start) {
			return due
		}
		if n == 1 {
			return raw // the morning is too late: the first goes in quiet hours
		}
		return time.Time{}
	}
	return time.Time{}
}
