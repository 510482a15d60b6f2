package notice

import (
	"errors"
	"strconv"
	"time"

	"allaboard"
)

// Kinds about announcing and changing events: /event, /edit, /cancel.
const (
	// PostAsYourself refuses /event posted as the group or a channel.
	PostAsYourself = "post_as_yourself"
	// EventGuide explains /event, with a button to create one in private:
	// "payload", the deep link's.
	EventGuide = "event_guide"
	// EventParts says /event lacks a part.
	EventParts = "event_parts"
	// WhenQuestion asks which reading of a typed time is meant, with a
	// button for each: Group (whose zone), "typed", and the reading and the
	// buttons' data (OfWhenQuestion, ReadingOf).
	WhenQuestion = "when_question"
	// NotYourQuestion answers a press on someone else's question about a
	// time, or one answered already.
	NotYourQuestion = "not_your_question"
	// WhenChosen answers the choice of a reading: "choice", as typed back.
	WhenChosen = "when_chosen"
	// EditUsage explains /edit.
	EditUsage = "edit_usage"
	// EditField says a word of /edit names no field: "typed".
	EditField = "edit_field"
	// EditWhich asks which event /edit (or /edit guests) means.
	EditWhich = "edit_which"
	// CancelUsage explains /cancel.
	CancelUsage = "cancel_usage"
	// BadEventNum says a typed event number is none: "typed".
	BadEventNum = "bad_event_num"
	// NoEvent says there is no event by a number in the group: Event.
	NoEvent = "no_event"
	// ChangeNotAllowed says only the host (or an admin) may change an event:
	// Group, Event.
	ChangeNotAllowed = "change_not_allowed"
	// ChangeRefused says why a change was not made: Group, Event, and "why"
	// (the Refused constants). A refused title, place or notes is a
	// FieldProblem.
	ChangeRefused = "change_refused"
)

// Why a change was refused (ChangeRefused's "why").
const (
	RefusedNoChange  Choice = "no-change" // it changes nothing
	RefusedCancelled Choice = "cancelled" // the event is cancelled
	RefusedStarted   Choice = "started"   // the event has started
)

// Kinds about what the group and the hosts are told when an event is posted
// or changes.
const (
	// EveryoneKnows tells the hosts (or the group) that every member knows
	// the latest version: Group, Event.
	EveryoneKnows = "everyone_knows"
	// AskHost asks a host the bot can't write to privately to open a chat
	// with it: Group, Event, "payload", the deep link's.
	AskHost = "ask_host"
	// Cosmetic says an event was updated in a way nobody must confirm:
	// Group, Event, Rev (the cosmetic revision); "important" and "note", the
	// data of the buttons asking the host whether a change of notes
	// matters, when it is asked; "marked" when it was just marked important.
	Cosmetic = "cosmetic"
	// OutdatedCard is an earlier card of an event once a newer one is
	// posted: Group, Event, Rev (the revision it last showed), "msg" (the
	// newer card's message, to link to it).
	OutdatedCard = "outdated_card"
)

// Kinds about undoing a new event.
const (
	// Posted tells the host their new event is posted and how long they may
	// undo it: Group, Event, Count (seconds), "undo" (the button's data).
	Posted = "posted"
	// Undone answers the undo button.
	Undone = "undone"
	// UndoneEvent says an event and its card are gone: Event, "title" (it
	// is gone from the state).
	UndoneEvent = "undone_event"
	// UndoTooLate answers an undo pressed too late: Event.
	UndoTooLate = "undo_too_late"
	// UndoNotHost answers an undo pressed by someone other than the host.
	UndoNotHost = "undo_not_host"
)

// Answers to the question whether a change of notes is important.
const (
	NotesImportant    = "notes_important"     // everyone will confirm the new notes
	NotesJustANote    = "notes_just_a_note"   // kept as a note
	NotesNotAllowed   = "notes_not_allowed"   // only the host or an admin may decide
	NotesChangedSince = "notes_changed_since" // the question no longer applies
)

// Kinds about guests and co-hosts: /edit guests, /cohost.
const (
	// GuestsUsage explains /edit guests.
	GuestsUsage = "guests_usage"
	// GuestsIsOver says a past or cancelled event's guests stay: Group, Event.
	GuestsIsOver = "guests_is_over"
	// GuestsNotKnown says a guest named is not known in the group: "typed".
	GuestsNotKnown = "guests_not_known"
	// GuestsSet says whom an event is for now: Group, Event.
	GuestsSet = "guests_set"
	// CoHostUsage explains /cohost.
	CoHostUsage = "cohost_usage"
	// CoHostWhich asks which event /cohost means.
	CoHostWhich = "cohost_which"
	// CoHostIsOver says a past or cancelled event can't be shared: Group, Event.
	CoHostIsOver = "cohost_is_over"
	// CoHostUnknown says the member named is not known: "typed".
	CoHostUnknown = "cohost_unknown"
	// CoHostTooMany says an event has as many co-hosts as it may: Group, Event.
	CoHostTooMany = "cohost_too_many"
	// CoHostAlready says User hosts the event already: Group, Event, User.
	CoHostAlready = "cohost_already"
	// CoHostAdded says User co-hosts the event now: Group, Event, User.
	CoHostAdded = "cohost_added"
	// CoHostYou tells a new co-host who made them one: Group, Event, User
	// (who did).
	CoHostYou = "cohost_you"
	// CoHostNotOne says User doesn't co-host the event: Group, Event, User.
	CoHostNotOne = "cohost_not_one"
	// CoHostHostOnly says only the host may stop sharing the event with
	// User: Group, Event, User.
	CoHostHostOnly = "cohost_host_only"
	// CoHostRemoved says User co-hosts the event no more: Group, Event, User.
	CoHostRemoved = "cohost_removed"
)

// Kinds said when a quota is reached.
const (
	// QuotaHostEvents: the host announced Count events today.
	QuotaHostEvents = "quota_host_events"
	// QuotaGroupEvents: the group had Count new events today.
	QuotaGroupEvents = "quota_group_events"
	// QuotaChanges: the event changed Count times this hour: Group, Event, Count.
	QuotaChanges = "quota_changes"
	// QuotaCommands: too many commands at once.
	QuotaCommands = "quota_commands"
	// QuotaPresses answers too many presses at once.
	QuotaPresses = "quota_presses"
)

// OfEvent is a notice of a kind about e, with values as name, value pairs.
func OfEvent(kind string, e allaboard.Event, pairs ...string) *allaboard.Notice {
	n := New(kind, pairs...)
	n.Group, n.Event = e.Group, e.Num
	return n
}

// OfChange is the notice explaining why a change to e was not made.
func OfChange(e allaboard.Event, err error) *allaboard.Notice {
	why := ""
	switch {
	case errors.Is(err, allaboard.ErrNoChange):
		why = RefusedNoChange
	case errors.Is(err, allaboard.ErrCancelled):
		why = RefusedCancelled
	case errors.Is(err, allaboard.ErrStarted):
		why = RefusedStarted
	default:
		return OfField(err)
	}
	return OfEvent(ChangeRefused, e, "why", why)
}

// OfWhenQuestion is the question which of r's readings of typed is meant,
// in group's zone; data are its buttons' data, one for each reading.
func OfWhenQuestion(group int64, typed string, r allaboard.Reading, data []string) *allaboard.Notice {
	n := New(WhenQuestion, "typed", typed, "why", string(r.Why))
	n.Group = group
	for i, sp := range r.Ask {
		k := strconv.Itoa(i)
		n.Values["start"+k] = sp.Start.Format(time.RFC3339)
		if !sp.End.IsZero() {
			n.Values["end"+k] = sp.End.Format(time.RFC3339)
		}
		if i < len(data) {
			n.Values["data"+k] = data[i]
		}
	}
	return n
}

// ReadingOf is the reading OfWhenQuestion put in n (what to ask, and why),
// and its buttons' data.
func ReadingOf(n allaboard.Notice) (r allaboard.Reading, data []string) {
	r.Why = allaboard.Question(n.Value("why"))
	for i := 0; ; i++ {
		k := strconv.Itoa(i)
		start, err := time.Parse(time.RFC3339, n.Value("start"+k))
		if err != nil {
			return r, data
		}
		sp := allaboard.Span{Start: start}
		if end, err := time.Parse(time.RFC3339, n.Value("end"+k)); err == nil {
			sp.End = end
		}
		r.Ask = append(r.Ask, sp)
		data = append(data, n.Value("data"+k))
	}
}
