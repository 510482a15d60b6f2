package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// HandOffLine is a member the host should contact, and how the bot tried.
type HandOffLine struct {
	User        allaboard.User
	Pings       int
	Late        bool // joined or was first seen after the announcement
	Unreachable bool // no message could be delivered
	// Family are the others of the member's household, named with them:
	// a call to one of them reaches the family.
	Family []allaboard.User
}

// HandOff asks the host to contact members personally: one message per
// event and round, each member with how the bot tried to reach them.
func HandOff(l lang.Lang, e allaboard.Event, who []HandOffLine) string {
	var sb strings.Builder
	one := func(u allaboard.User) string {
		n := Mention(u.ID, Name(u))
		if u.Username != "" {
			n += " (@" + Escape(u.Username) + ")"
		}
		return n
	}
	name := func(line HandOffLine) string { return handOffName(l, line, one) }
	single, todo := len(who) == 1 && len(who[0].Family) == 0, e.IsTodo() && !e.Cancelled
	switch {
	case todo: // whom to call about doing it, not about knowing it
		sb.WriteString(todoHandOff(l, e, who, name))
	case single:
		sb.WriteString(l.T("handoff_one", map[string]any{"Name": name(who[0]), "Event": EventName(e)}))
	default:
		sb.WriteString(l.N("handoff_many", handOffPeople(who), map[string]any{"Event": EventName(e)}))
	}
	if single {
		sb.WriteString("\n\n" + upper(tried(l, who[0])) + ".")
	} else {
		sb.WriteString("\n")
		for _, line := range who {
			fmt.Fprintf(&sb, "\n• %s — %s", name(line), tried(l, line))
		}
	}
	tap := "handoff_tap_told"
	if todo {
		tap = "handoff_todo_tap"
	}
	sb.WriteString("\n\n" + l.T(tap, nil))
	return sb.String()
}

// upper starts s with a capital letter.
func upper(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// tried says how the bot tried to reach a member: each fact a phrase of its
// own, after a comma.
func tried(l lang.Lang, line HandOffLine) string {
	var how string
	switch u := line.User; {
	case u.Gone:
		how = l.T("handoff_gone", nil)
	case line.Unreachable:
		how = l.T("handoff_unreachable", nil)
	case u.Blocked:
		how = l.T("handoff_blocked", nil)
	case !u.Started:
		how = l.T("handoff_mention_only", nil)
	default:
		how = l.T("handoff_private", nil)
	}
	if line.Pings > 0 {
		how += ", " + l.N("handoff_reminded", line.Pings, nil)
	}
	if line.Late {
		how += ", " + l.T("handoff_late", nil)
	}
	return how
}

// ToldButton says the host told u in person.
func ToldButton(l lang.Lang, u allaboard.User, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("handoff_told_button", map[string]any{"Name": Clip(Name(u), 30)}), Data: data}}
}

// Answers to "I've told them".

// ToldNotAllowed: only the host may say they told someone (or undo).
func ToldNotAllowed(l lang.Lang) string { return l.T("handoff_told_not_allowed", nil) }

// ToldOutdated: the event changed after the hand-off was sent.
func ToldOutdated(l lang.Lang) string { return l.T("handoff_told_outdated", nil) }

// ToldNoted confirms that u counts as knowing.
func ToldNoted(l lang.Lang, u allaboard.User) string {
	return Clip(l.T("handoff_told_noted", map[string]any{"Name": Name(u)}), 190)
}

// ToldAlready says u already knows.
func ToldAlready(l lang.Lang, u allaboard.User) string {
	return Clip(l.T("handoff_told_already", map[string]any{"Name": Name(u)}), 190)
}

// Posted tells the host their event is in the group, and how long they can
// undo it before anyone is reminded.
func Posted(l lang.Lang, e allaboard.Event, group string, undo time.Duration) string {
	data := map[string]any{"Event": EventName(e), "Group": GroupTitle(l, group), "Wait": howLong(l, undo)}
	if len(e.Guests) > 0 {
		return l.N("undo_posted_guests", len(e.Guests), data)
	}
	return l.T("undo_posted", data)
}

// UndoButton undoes a new event.
func UndoButton(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("undo_button", nil), Data: data}}
}

// UndoTooLate says the event can only be cancelled now.
func UndoTooLate(l lang.Lang, e allaboard.Event) string {
	return Clip(l.T("undo_too_late", map[string]any{"Num": e.Num}), 190)
}

// UndoneText confirms an undone event.
func UndoneText(l lang.Lang, e allaboard.Event) string {
	return l.T("undo_done_text", map[string]any{"Event": EventName(e)})
}

// Undone answers the undo button.
func Undone(l lang.Lang) string { return l.T("undo_done", nil) }

// howLong says in how long, a short while: "in 2 minutes", "in 30 seconds".
func howLong(l lang.Lang, d time.Duration) string {
	if d >= time.Minute {
		return l.N("undo_in_minutes", int(d/time.Minute), nil)
	}
	return l.N("undo_in_seconds", int(d/time.Second), nil)
}
