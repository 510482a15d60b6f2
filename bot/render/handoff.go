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
func HandOff(e allaboard.Event, who []HandOffLine) string {
	var sb strings.Builder
	one := func(u allaboard.User) string {
		n := Mention(u.ID, Name(u))
		if u.Username != "" {
			n += " (@" + Escape(u.Username) + ")"
		}
		return n
	}
	name := func(line HandOffLine) string { return handOffName(lang.English, line, one) }
	if len(who) == 1 && len(who[0].Family) == 0 {
		fmt.Fprintf(&sb, "📞 %s hasn't confirmed %s — please contact them personally.\n\n%s.", name(who[0]), EventName(e), upper(tried(who[0])))
	} else {
		fmt.Fprintf(&sb, "📞 %d people haven't confirmed %s — please contact them personally:\n", handOffPeople(who), EventName(e))
		for _, l := range who {
			fmt.Fprintf(&sb, "\n• %s — %s", name(l), tried(l))
		}
	}
	sb.WriteString("\n\nTap ✅ for each one you've told: they then count as knowing this version.")
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

// tried says how the bot tried to reach a member.
func tried(l HandOffLine) string {
	var how string
	switch u := l.User; {
	case u.Gone:
		how = "account deleted"
	case l.Unreachable:
		how = "I can't reach them at all"
	case u.Blocked:
		how = "blocked me; mentioned in the group"
	case !u.Started:
		how = "only by mention — never opened a private chat with me"
	default:
		how = "by private message"
	}
	if l.Pings > 0 {
		how += fmt.Sprintf(", reminded %d×", l.Pings)
	}
	if l.Late {
		how += ", joined after the announcement"
	}
	return how
}

// ToldButton says the host told u in person.
func ToldButton(u allaboard.User, data string) []allaboard.Button {
	return []allaboard.Button{{Text: "✅ I've told " + Clip(Name(u), 30), Data: data}}
}

// Answers to "I've told them".
const (
	ToldNotAllowed = "Only the event's host can say this."
	ToldOutdated   = "The event has changed since: they need to know the new version."
)

// ToldNoted confirms that u counts as knowing.
func ToldNoted(u allaboard.User) string {
	return Clip(fmt.Sprintf("✅ Noted: %s knows, as you told them.", Name(u)), 190)
}

// ToldAlready says u already knows.
func ToldAlready(u allaboard.User) string {
	return Clip(fmt.Sprintf("✅ %s already knows the latest version.", Name(u)), 190)
}

// Posted tells the host their event is in the group, and how long they can
// undo it before anyone is reminded.
func Posted(e allaboard.Event, group string, undo time.Duration) string {
	who := "everyone"
	if len(e.Guests) > 0 {
		who = "your " + Plural(len(e.Guests), "guest", "guests")
	}
	return fmt.Sprintf("✅ %s is posted in %s. I'll start reminding %s in %s: until then you can undo it.",
		EventName(e), GroupName(group), who, howLong(undo))
}

// UndoButton undoes a new event.
func UndoButton(data string) []allaboard.Button {
	return []allaboard.Button{{Text: "↩️ Undo", Data: data}}
}

// UndoTooLate says the event can only be cancelled now.
func UndoTooLate(e allaboard.Event) string {
	return Clip(fmt.Sprintf("Too late to undo: people may have seen it. Cancel it instead: /cancel %d in the group.", e.Num), 190)
}

// UndoneText confirms an undone event.
func UndoneText(e allaboard.Event) string {
	return fmt.Sprintf("↩️ Undone: %s and its card are gone, and nobody was reminded.", EventName(e))
}

// Undone answers the undo button.
const Undone = "↩️ Undone."

// howLong says a short duration: "2 minutes", "30 seconds".
func howLong(d time.Duration) string {
	if d >= time.Minute {
		return Plural(int(d/time.Minute), "minute", "minutes")
	}
	return Plural(int(d/time.Second), "second", "seconds")
}
