package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Reminders before an event: a short one for those who confirmed and are
// coming; the card, and a request to confirm, for those who haven't; in the
// group, a mention of those who haven't, or one naming nobody.

// soon says when: StartsIn, which names the day when it isn't today or
// tomorrow; the time is not repeated. names are mentions (Mention), joined.

// ReminderConfirmed reminds, privately, someone who confirmed and is coming.
func ReminderConfirmed(l lang.Lang, e allaboard.Event, soon string) string {
	return l.T("reminder_coming", reminded(e, soon, ""))
}

// ReminderPendingHeader heads the card sent to someone who hasn't confirmed.
func ReminderPendingHeader(l lang.Lang, e allaboard.Event, soon string) string {
	return l.T("reminder_pending_header", reminded(e, soon, ""))
}

// ReminderGroup reminds the group, naming nobody, above counts (TallyLine).
func ReminderGroup(l lang.Lang, e allaboard.Event, soon, counts string) string {
	return ReminderConfirmed(l, e, soon) + "\n" + counts
}

// ReminderGroupPending reminds, in the group, those who haven't confirmed.
func ReminderGroupPending(l lang.Lang, names string, e allaboard.Event, soon string) string {
	data := reminded(e, soon, names)
	data["GotIt"] = l.T("got_it", nil)
	return l.T("reminder_group_pending", data)
}

// reminded are a reminder's placeholders.
func reminded(e allaboard.Event, soon, names string) map[string]any {
	return map[string]any{"Event": EventName(e), "Soon": soon, "Where": Escape(Clip(e.Where, 120)), "Names": names}
}
