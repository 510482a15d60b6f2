package allaboard

import "time"

// Over is when the event stopped mattering to anyone: when it was cancelled,
// or else when it ended (or began, without an end). The zero time while it is
// still ahead or under way at now. The store deletes events long over.
func (e Event) Over(now time.Time) time.Time {
	if e.Cancelled {
		// Nothing changes after a cancellation, so its revision is the last
		// material one.
		if e.MaterialAt.IsZero() {
			return e.Created
		}
		return e.MaterialAt
	}
	end := e.When
	if !e.End.IsZero() {
		end = e.End
	}
	if e.Kind == KindNotice {
		end = e.Closes() // zero while kept open: never over
	}
	if end.IsZero() || !e.Started(now) || now.Before(end) {
		return time.Time{}
	}
	return end
}
