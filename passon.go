package allaboard

import (
	"slices"
	"time"
)

// A member's private message that is no command may be about an event: the
// bot offers to pass it on to the event's host. The text waits in a PassOn
// until they choose the event, and is passed on at most once.

// Limits on passing messages on: a host is not to be flooded, and what a
// member typed is not kept longer than it takes to choose.
const (
	MaxPassOnText  = 500            // characters passed on; a longer message is refused, not cut
	MaxPassOnOffer = 3              // events offered for one message, the most urgent first
	PassOnKeep     = 24 * time.Hour // how long a message waits to be passed on
	PassOnsPerHour = 5              // messages one member passes on in an hour
	MaxPassOnsKept = 5              // messages one member has waiting at once; the oldest goes
)

// PassOn is a member's private message kept to be passed on to the host of
// one of the events offered for it.
type PassOn struct {
	User    int64      `json:"user"`
	ID      uint64     `json:"id"` // the offer's buttons name it
	Text    string     `json:"text,omitempty"`
	At      time.Time  `json:"at"`
	Offered []EventKey `json:"offered"`
	// Passed is when it was passed on (its Text is gone then); zero while it waits.
	Passed time.Time `json:"passed,omitzero"`
	// Reason marks a question, not a message: the member can't do the
	// to-do Offered[0] and was asked why. Their next private message, within
	// ReasonKeep, is passed on to its hosts at once.
	Reason bool `json:"reason,omitempty"`
}

// ReasonKeep is how long a member's next private message is taken as the
// reason they were asked for: long enough to type it, short enough that a
// message about something else later isn't taken for it.
const ReasonKeep = time.Hour

// AwaitsReason reports whether p asks for a reason still, at now.
func (p PassOn) AwaitsReason(now time.Time) bool {
	return p.Reason && p.Passed.IsZero() && now.Before(p.At.Add(ReasonKeep)) && len(p.Offered) == 1
}

// EventKey names an event: its group and number.
type EventKey struct {
	Group int64 `json:"group"`
	Num   int   `json:"num"`
}

// Expired reports whether p waited too long to be passed on at now.
func (p PassOn) Expired(now time.Time) bool { return !now.Before(p.At.Add(PassOnKeep)) }

// PassOnTargets are the events a member's message may be about, of those
// given: current (not cancelled, not started), for them, and hosted by
// someone else; the soonest first, at most MaxPassOnOffer.
func PassOnTargets(events []Event, user int64, now time.Time) []Event {
	var out []Event
	for _, e := range events {
		if e.Upcoming(now) && e.Invited(user) && !e.IsHost(user) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int { return a.When.Compare(b.When) })
	return out[:min(len(out), MaxPassOnOffer)]
}

// PassedThisHour counts the messages among ps passed on in the hour before now.
func PassedThisHour(ps []PassOn, now time.Time) int {
	n := 0
	for _, p := range ps {
		if !p.Passed.IsZero() && now.Sub(p.Passed) < time.Hour {
			n++
		}
	}
	return n
}
