package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Short answers to presses on an event's card (plain text, at most 200
// characters: the caller clips), and to a member asking what they still
// have to confirm. title is the event's title as typed.

// Acked thanks a member for confirming.
func Acked(l lang.Lang, title string) string {
	return l.T("press_acked", map[string]any{"Title": title})
}

// AlreadyAcked says the member had confirmed already.
func AlreadyAcked(l lang.Lang, title string) string {
	return l.T("press_already_acked", map[string]any{"Title": title})
}

// AckedCancelled notes that the member knows the event is cancelled.
func AckedCancelled(l lang.Lang, title string) string {
	return l.T("press_acked_cancelled", map[string]any{"Title": title})
}

// Answered notes a member's answer, which confirms the card too.
func Answered(l lang.Lang, a allaboard.RSVP, title string) string {
	id := map[allaboard.RSVP]string{allaboard.Maybe: "press_answered_maybe", allaboard.CantGo: "press_answered_cant"}[a]
	if id == "" {
		id = "press_answered_going"
	}
	return l.T(id, map[string]any{"Title": title})
}

// OutdatedPress answers a press on an outdated card: nothing was confirmed,
// and what changed since (plain text). dm says the latest card was sent to
// the member privately.
func OutdatedPress(l lang.Lang, changes string, dm bool) string {
	if dm {
		return l.T("press_outdated_dm", map[string]any{"Changes": changes})
	}
	return l.T("press_outdated_group", map[string]any{"Changes": changes})
}

// EventGone answers a press about an event that is gone.
func EventGone(l lang.Lang) string { return l.T("press_event_gone", nil) }

// NothingPending tells a member they have nothing to confirm.
func NothingPending(l lang.Lang) string { return l.T("pending_none", nil) }

// PendingIntro comes before the cards of the n events a member has yet to
// confirm.
func PendingIntro(l lang.Lang, n int) string { return l.N("pending_intro", n, nil) }

// PendingMore follows them when n more wait.
func PendingMore(l lang.Lang, n int) string { return l.N("pending_more", n, nil) }
