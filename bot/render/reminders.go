package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Reminders before an event: a short one for those who confirmed and are
// coming; the card, and a request to confirm, for those who haven't; in the
// group, a mention of those who haven't, or one naming nobody.

// soon says when: StartsIn, which names the day when it isn't today or
// tomorrow; the time is not repeated.

// ReminderConfirmed reminds, privately, someone who confirmed and is coming.
func ReminderConfirmed(l lang.Lang, e allaboard.Event, soon string) string {
	return l.T("reminder_coming", reminded(e, soon))
}

// ReminderPendingHeader heads the card sent to someone who hasn't confirmed.
func ReminderPendingHeader(l lang.Lang, e allaboard.Event, soon string) string {
	return l.T("reminder_pending_header", reminded(e, soon))
}

// reminded are a reminder's placeholders.
func reminded(e allaboard.Event, soon string) map[string]any {
	return map[string]any{"Event": EventName(e), "Soon": soon, "Where": Escape(Clip(e.Where, 120))}
}

// GroupReminder is a reminder in the group before an event starts (a
// to-do: before its deadline), naming the members yet to confirm it, or
// nobody, above the counts. Its ✅, and an event's answers, confirm the
// latest version, so it shows it as a ChaseMention does: what changed since
// the earliest version those it reminds saw, and the rest whole; one too
// long for a message shows less, and Whole says so: it must then carry
// none of the card's buttons (ReadPrivatelyButtons).
type GroupReminder struct {
	Lang    lang.Lang
	Names   []string // mentions (Mention); none: it names nobody
	Event   allaboard.Event
	Soon    string   // when it starts (StartsIn); unused for a to-do
	Changes []string // ChangesSince the earliest version those it reminds saw
	Counts  string   // TallyLine, shown when it names nobody
	Loc     *time.Location
}

// Written is the reminder, whole if it fits in a message, else shortened;
// whole reports which: only a whole one may carry the card's buttons.
func (r GroupReminder) Written() (html string, whole bool) { return wholeOrShort(r.write) }

// HTML writes the reminder (Written).
func (r GroupReminder) HTML() string { s, _ := r.Written(); return s }

// Whole reports whether HTML shows everything its ✅ confirms.
func (r GroupReminder) Whole() bool { _, w := r.Written(); return w }

// write writes the reminder, whole or shortened.
func (r GroupReminder) write(whole bool) string {
	e, l, named := r.Event, r.Lang, len(r.Names) > 0
	data := map[string]any{"Names": strings.Join(r.Names, ", "), "Event": EventName(e), "Soon": r.Soon,
		"When": ShortDeadline(l, e.When, r.Loc), "GotIt": l.T("got_it", nil), "Done": l.T("todo_button_done", nil)}
	head, tap := "reminder_group_head", ""
	switch {
	case e.IsTodo() && named:
		head, tap = "todo_reminder_mention", "mention_todo_tap"
	case e.IsTodo():
		head = "todo_reminder_group_unnamed"
	case named:
		head, tap = "reminder_mention", "mention_tap"
	}
	var sb strings.Builder
	sb.WriteString(l.T(head, data))
	if len(r.Changes) > 0 {
		sb.WriteString("\n" + l.T("card_changed", map[string]any{"Changes": strings.Join(r.Changes, "\n")}))
	}
	if e.IsTodo() { // its first line says the deadline
		room := shortRoom
		if whole {
			room = MaxMessage
		}
		sb.WriteString(todoText(e, room))
	} else {
		sb.WriteString(aboutVersion(l, e, r.Changes, r.Loc, whole))
	}
	switch {
	case named:
		sb.WriteString("\n" + tapLine(l, tap, data, whole))
	case !whole:
		sb.WriteString("\n" + tapLine(l, "", nil, false))
	}
	if !named {
		sb.WriteString("\n" + r.Counts)
	}
	return sb.String()
}
