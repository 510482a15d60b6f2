package allaboard

import (
	"slices"
	"time"
)

// Who may do what. The group's admins, as Telegram says, may do everything a
// host may; a host manages their own events.

// MayChange reports whether user may change (or see the details of) e.
func MayChange(e Event, user int64, admin bool) bool { return admin || e.IsHost(user) }

// MayManage reports whether user may see a group's members at now: its
// admins and the hosts of its upcoming events may — not everyone who ever
// hosted something there. Its settings are its admins' alone.
func MayManage(events []Event, user int64, admin bool, now time.Time) bool {
	return admin || slices.ContainsFunc(events, func(e Event) bool { return e.IsHost(user) && e.Upcoming(now) })
}
