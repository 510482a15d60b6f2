// Package notice names what the bot can tell people: one kind per message.
// A use case picks a kind and the values it needs (allaboard.Notice); the
// writer (bot/writer) words it when it is sent, from the state then.
package notice

import "allaboard"

// The kinds, with the values each reads.
const (
	// Card is an event's card in its group: Group, Event, and Rev, the
	// material revision it shows (CardRef's).
	Card = "card"
	// Status is a host's status card of an event: Group, Event.
	Status = "status"
	// OwnCard is a member's own card of an event, in private: Group, Event,
	// User; Rev is the version they saw (0: the one they last confirmed) and
	// Why says why it was sent (the Why constants), Soon when a reminder
	// before the event says how soon it is.
	OwnCard = "own_card"
)

// Choice is a value a kind reads (one that picks one of its forms), or the
// name of one: the constants of a Choice are not kinds.
type Choice = string

// Why a member's own card was sent: the line above it.
const (
	WhyState    Choice = ""         // asked for, or answered: says where they stand
	WhyOutdated Choice = "outdated" // they pressed an older card
	WhyBefore   Choice = "before"   // a reminder before the event
)

// CardOf is the notice of e's card in its group.
func CardOf(e allaboard.Event) *allaboard.Notice {
	return &allaboard.Notice{Kind: Card, Group: e.Group, Event: e.Num, Rev: e.Material}
}

// StatusOf is the notice of e's status card.
func StatusOf(e allaboard.Event) *allaboard.Notice {
	return &allaboard.Notice{Kind: Status, Group: e.Group, Event: e.Num}
}

// OwnCardOf is the notice of e's card for user, sent for why; seen is the
// version they saw, 0 for the one they last confirmed.
func OwnCardOf(e allaboard.Event, user int64, seen int, why string) *allaboard.Notice {
	n := &allaboard.Notice{Kind: OwnCard, Group: e.Group, Event: e.Num, User: user, Rev: seen}
	if why != "" {
		n.Values = map[string]string{"why": why}
	}
	return n
}

// New is a notice of a kind with values given as name, value pairs.
func New(kind string, pairs ...string) *allaboard.Notice {
	n := &allaboard.Notice{Kind: kind}
	if len(pairs) > 0 {
		n.Values = make(map[string]string, len(pairs)/2)
		for i := 0; i+1 < len(pairs); i += 2 {
			n.Values[pairs[i]] = pairs[i+1]
		}
	}
	return n
}
