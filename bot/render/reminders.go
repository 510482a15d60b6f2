package render

import (
	"fmt"

	"allaboard"
)

// Reminders before an event: a short one for those who confirmed and are
// coming; the card, and a request to confirm, for those who haven't.

// soon says when: StartsIn, which names the day when it isn't today or
// tomorrow; the time is not repeated.

// ReminderConfirmed reminds, privately, someone who confirmed and is coming.
func ReminderConfirmed(e allaboard.Event, soon string) string {
	return fmt.Sprintf("⏰ <b>Reminder:</b> %s starts %s · 📍 %s", EventName(e), soon, Escape(Clip(e.Where, 120)))
}

// ReminderPendingHeader heads the card sent to someone who hasn't confirmed.
func ReminderPendingHeader(e allaboard.Event, soon string) string {
	return fmt.Sprintf("⏰ <b>Reminder:</b> %s starts %s. <b>Please confirm</b> you've seen the latest version:", EventName(e), soon)
}

// ReminderGroupConfirmed reminds, in the group, those who confirmed and are coming.
func ReminderGroupConfirmed(names string, e allaboard.Event, soon string) string {
	return fmt.Sprintf("⏰ %s — reminder: %s starts %s · 📍 %s", names, EventName(e), soon, Escape(Clip(e.Where, 120)))
}

// ReminderGroupPending reminds, in the group, those who haven't confirmed.
func ReminderGroupPending(names string, e allaboard.Event, soon string) string {
	return fmt.Sprintf("⏰ %s — reminder: %s starts %s · 📍 %s\nPlease confirm you've seen it: tap ✅ Got it below.", names, EventName(e), soon, Escape(Clip(e.Where, 120)))
}
