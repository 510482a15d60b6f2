package allaboard

import "time"

// MaxNamed is how often a member is named in the group about one version of
// an event: with the news, in one reminder, and in a last call before the
// host is told to call them. More would shame them in public and teach the
// group to mute the bot; the host's status card lists them all the same.
const MaxNamed = 3

// MayName reports whether the reminder due now may name r's member in the
// group: the first two may, the third only as the last call — when no
// reminder is left before the hand-off. next is when the one after this
// would be due, zero for none.
func (r Response) MayName(next time.Time) bool {
	switch {
	case r.Named < MaxNamed-1:
		return true
	case r.Named >= MaxNamed:
		return false
	}
	return next.IsZero() || !r.HandOffAt.IsZero() && !next.Before(r.HandOffAt)
}
