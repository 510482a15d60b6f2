package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Texts about events for invited guests.
const (
	// NotInvited answers a member's press on an event for invited guests.
	NotInvited  Phrase = "guests_not_invited"
	GuestsUsage Phrase = "guests_usage"
)

// GuestsSet says whom the event is for now: its guests, or the whole group
// when it has none.
func GuestsSet(l lang.Lang, e allaboard.Event) string {
	if len(e.Guests) == 0 {
		return l.T("guests_all", map[string]any{"Event": EventName(e)})
	}
	return l.N("guests_set", len(e.Guests), map[string]any{"Event": EventName(e)})
}

// GuestsIsOver says a past or cancelled event's guests stay as they were.
func GuestsIsOver(l lang.Lang, e allaboard.Event) string {
	return l.T("guests_is_over", map[string]any{"Event": EventName(e)})
}

// GuestsNotKnown says a guest named (as typed) is not known in the group.
func GuestsNotKnown(l lang.Lang, typed string) string {
	return l.T("guests_not_known", map[string]any{"Name": Escape(typed)})
}
