package notice

import (
	"strconv"

	"allaboard"
)

// What people are told about the cards: answers to presses on them, the
// lists and views asked for, and the status card's buttons. Group and Event
// name the event a kind is about; the writer loads it when it writes.

// Answers to a press on a card, or to /ack: Group, Event.
const (
	// Acked thanks a member who confirmed the latest version.
	Acked = "acked"
	// AlreadyAcked says they had confirmed it already; "older" is set when
	// they pressed an older card (the title is then shorter).
	AlreadyAcked = "already_acked"
	// AckedCancelled notes that they know the event is cancelled.
	AckedCancelled = "acked_cancelled"
	// Answered notes their answer, "rsvp" (an allaboard.RSVP).
	Answered = "answered"
	// Outdated says the card they pressed is out of date and what changed
	// since its version, Rev; "dm" is set when the latest card was sent to
	// them privately.
	Outdated = "outdated_press"
	// NotInvited says the event is for invited guests only.
	NotInvited = "not_invited"
	// AckReply is the answer to /ack in the group, under the member's name:
	// User, and the answer's own notice, its kind in "answer".
	AckReply = "ack_reply"
	// AckUsage explains /ack.
	AckUsage = "ack_usage"
	// AckChanged answers /ack in the group from User, yet to confirm an
	// event that changed since it was announced, instead of confirming it:
	// the latest version, with what changed since Rev, the version they
	// saw, and its Got it.
	AckChanged = "ack_changed"
)

// A member's private chat with the bot: no values unless said.
const (
	YoureSet       = "youre_set"       // they opened the chat from the group's button
	EventGone      = "event_gone"      // a link to an event that is gone
	NothingPending = "nothing_pending" // nothing left to confirm
	PendingIntro   = "pending_intro"   // Count events to confirm follow
	PendingMore    = "pending_more"    // Count more than those shown
	NotHosting     = "not_hosting"     // no upcoming event of theirs for /status
)

// Views asked for in a group (the list and the counts are answered in
// private: see SentPrivately).
const (
	// EventList lists a group's upcoming events with their counts: Group.
	EventList = "event_list"
	// History shows every revision of an event: Group, Event.
	History = "history"
	// Counts are an event's counts: Group, Event.
	Counts = "counts"
	// HistoryUsage and StatusUsage explain /history and /status.
	HistoryUsage = "history_usage"
	StatusUsage  = "status_usage"
)

// The status card's buttons, and their answers.
const (
	StatusNotAllowed = "status_not_allowed" // only the host or an admin may
	StatusStarted    = "status_started"     // the event has started
	RemindingNow     = "reminding_now"      // Count members are reminded now
	// Everyone lists every member's standing: Group, Event.
	Everyone = "everyone"
	// CancelAsk asks the host to confirm a cancellation: Group, Event; the
	// buttons' data "yes" and "keep".
	CancelAsk       = "cancel_ask"
	StatusKept      = "status_kept"      // the host kept the event
	StatusCancelled = "status_cancelled" // the host cancelled it
)

// Answers to "Add to calendar".
const (
	CalendarComing    = "calendar_coming"    // the file is on its way
	CalendarOpenChat  = "calendar_open_chat" // the bot can't write to them yet
	CalendarCancelled = "calendar_cancelled" // nothing to add
	CalendarStarted   = "calendar_started"   // too late to add
)

// AboutEvent is a notice of a kind about e, with values given as name,
// value pairs.
func AboutEvent(kind string, e allaboard.Event, pairs ...string) *allaboard.Notice {
	n := New(kind, pairs...)
	n.Group, n.Event = e.Group, e.Num
	return n
}

// Counted is a notice of a kind with a count.
func Counted(kind string, count int) *allaboard.Notice {
	return &allaboard.Notice{Kind: kind, Count: count}
}

// AckReplyOf is the answer to /ack in the group by user: the answer to a
// press, written under their name.
func AckReplyOf(user int64, answer *allaboard.Notice) *allaboard.Notice {
	n := *answer
	n.Kind, n.User = AckReply, user
	n.Values = map[string]string{"answer": answer.Kind}
	for k, v := range answer.Values {
		n.Values[k] = v
	}
	return &n
}

// AnswerOf is the answer an AckReply carries.
func AnswerOf(n allaboard.Notice) allaboard.Notice {
	a := n
	a.Kind, a.User = n.Value("answer"), 0
	a.Values = map[string]string{}
	for k, v := range n.Values {
		if k != "answer" {
			a.Values[k] = v
		}
	}
	return a
}

// OutdatedOf is the answer to a press on e's card of version seen, a
// version ago; dm is whether the latest card was sent privately.
func OutdatedOf(e allaboard.Event, seen int, dm bool) *allaboard.Notice {
	n := AboutEvent(Outdated, e)
	n.Rev = seen
	if dm {
		n.Values = map[string]string{"dm": "1"}
	}
	return n
}

// userKey is the name of a value about one user.
func userKey(prefix string, user int64) string { return prefix + ":" + strconv.FormatInt(user, 10) }
