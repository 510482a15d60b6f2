package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// The roll call: who the bot knows in a group, and the answers to those who
// say they are there.

// RollCallCard is the roll call's text: what it asks, and how far it got.
func RollCallCard(l lang.Lang, c allaboard.Chat, known int) (text string, done bool) {
	unknown := c.Unknown(known)
	if !c.CountedAt.IsZero() && unknown == 0 {
		return l.T("roll_call_done", map[string]any{"Members": l.N("members", known, nil)}), true
	}
	text = l.T("roll_call", nil)
	switch {
	case !c.CountedAt.IsZero():
		text += "\n\n" + l.N("roll_call_count", unknown, map[string]any{"Known": known, "Total": known + unknown})
	case known > 0:
		text += "\n\n" + l.N("roll_call_so_far", known, nil)
	}
	return text, false
}

// UnknownMembers tells hosts and admins that n members of a group haven't
// been seen.
func UnknownMembers(l lang.Lang, n int, group string) string {
	return l.N("roll_call_unknown_members", n, map[string]any{"Group": Escape(group)})
}

// Joined thanks a member for /join in the group, mentioning them by their
// first name.
func Joined(l lang.Lang, id int64, name string) string {
	return l.T("roll_call_joined", map[string]any{"Name": Mention(id, name)})
}

// RollCallThanks answers a member's tap on the roll call, by their first
// name (plain, as answers to presses are).
func RollCallThanks(l lang.Lang, name string) string {
	return l.T("roll_call_thanks", map[string]any{"Name": name})
}

// RollCallAgain answers a member's second tap on the roll call.
func RollCallAgain(l lang.Lang, name string) string {
	return l.T("roll_call_again", map[string]any{"Name": name})
}
