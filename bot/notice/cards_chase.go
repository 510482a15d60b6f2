package notice

import "allaboard"

// What hosts and members are told while an event is chased: whom the host
// should call, reminders before the event, and the hosts' digest.

const (
	// HandOff asks a host to contact members personally: Group, Event, and
	// Users, the members with a "✅ I've told …" button each, in order
	// (ToldData is each one's data). Those who need no call any more when
	// it is written are left out; a family is one line.
	HandOff = "hand_off"
	// ToldNotAllowed says only the event's host can say they told someone.
	ToldNotAllowed = "told_not_allowed"
	// ToldOutdated says the event changed since the hand-off.
	ToldOutdated = "told_outdated"
	// ToldNoted notes that User counts as knowing, as the host told them.
	ToldNoted = "told_noted"
	// ToldAlready says User already knows the latest version.
	ToldAlready = "told_already"
)

const (
	// ReminderConfirmed reminds, privately, a member who confirmed and is
	// coming: Group, Event; how soon it starts is said when it is sent.
	ReminderConfirmed = "reminder_confirmed"
	// ReminderGroup reminds the group, naming nobody, with the counts and
	// the card's buttons: Group, Event.
	ReminderGroup = "reminder_group"
	// ReminderGroupPending reminds, in the group, Users, who haven't
	// confirmed, with the Got it button and a start link, "payload":
	// Group, Event.
	ReminderGroupPending = "reminder_group_pending"
)

// Digest is a host's digest of their upcoming events in a group: Group,
// User (the host).
const Digest = "digest"

// HandOffOf is a hand-off of e naming users, whose buttons send data(user).
func HandOffOf(e allaboard.Event, users []int64, data func(user int64) string) *allaboard.Notice {
	n := AboutEvent(HandOff, e)
	n.Users = users
	n.Values = make(map[string]string, len(users))
	for _, id := range users {
		n.Values[userKey("told", id)] = data(id)
	}
	return n
}

// ToldData is the data of the button for user under a hand-off.
func ToldData(n allaboard.Notice, user int64) string { return n.Value(userKey("told", user)) }

// MentionOf is a notice of a kind naming users in e's group.
func MentionOf(kind string, e allaboard.Event, users []int64, pairs ...string) *allaboard.Notice {
	n := AboutEvent(kind, e, pairs...)
	n.Users = users
	return n
}
