package allaboard

import "time"

// TimerKind says what a Timer is for.
type TimerKind string

// Kinds of timers.
const (
	// TimerRoster: compare the group's member count with the members known.
	TimerRoster TimerKind = "roster"
	// TimerPurge: delete what is kept about a group the bot was removed from.
	TimerPurge TimerKind = "purge"
	// TimerReminder: remind members of an event before it starts.
	TimerReminder TimerKind = "reminder"
	// TimerStart: an event starts; its chase ends.
	TimerStart TimerKind = "start"
	// TimerDigest: the hosts' daily digest for a group.
	TimerDigest TimerKind = "digest"
	// TimerHandOff: tell an event's host whom to contact personally.
	TimerHandOff TimerKind = "handoff"
	// TimerBring: tell the group, the day before an event, what is still
	// missing from its sign-up list.
	TimerBring TimerKind = "bring"
	// TimerSeries: announce the next date of a series (Event is the
	// series' number).
	TimerSeries TimerKind = "series"
)

// Timer is something to do for a group, or one of its events, at a time.
// There is at most one timer of a kind per group and event.
type Timer struct {
	Kind  TimerKind `json:"kind"`
	Group int64     `json:"group"`
	Event int       `json:"event,omitempty"` // 0 for the whole group
	At    time.Time `json:"at"`
}
