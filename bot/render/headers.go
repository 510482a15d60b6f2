package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// The line above a member's private card, saying why it came. group is the
// group's name (GroupName).

// NewEventHeader heads the card of an event new to the member.
func NewEventHeader(l lang.Lang, group string) string {
	return l.T("card_new_header", map[string]any{"Group": group})
}

// LateHeader heads the card sent to a member who joined the group after the
// event was announced.
func LateHeader(l lang.Lang, group string) string {
	return l.T("card_late_header", map[string]any{"Group": group})
}

// RemindHeader heads a reminder to confirm the latest version.
func RemindHeader(l lang.Lang, group string) string {
	return l.T("card_remind_header", map[string]any{"Group": group})
}

// CalledOff heads the card of a cancelled event.
func CalledOff(l lang.Lang, group string) string {
	return l.T("card_called_off_header", map[string]any{"Group": group})
}

// CardPending heads the card of a member who has yet to confirm it.
func CardPending(l lang.Lang) string { return l.T("card_pending", nil) }

// CardStarted heads the card of an event that has begun.
func CardStarted(l lang.Lang) string { return l.T("card_started", nil) }

// OutdatedHeader heads the latest card, sent to a member who pressed an
// outdated one.
func OutdatedHeader(l lang.Lang) string { return l.T("card_outdated_header", nil) }

// YourState is a private card's header once the member has confirmed: what
// they answered, if anything, to the current version.
func YourState(l lang.Lang, a allaboard.RSVP) string {
	if a == allaboard.NoAnswer {
		return l.T("card_confirmed", nil)
	}
	return l.T("card_answered", map[string]any{"Answer": label(l, a)})
}
