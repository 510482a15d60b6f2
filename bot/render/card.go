package render

import (
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// Card is everything shown about an event.
type Card struct {
	Lang    lang.Lang // of its readers: the group's, or the member's for a private copy
	Event   allaboard.Event
	Host    string
	Changes []string         // what changed since the version the reader saw (ChangesSince)
	Counts  *allaboard.Tally // counts for the group; nil in a private copy
	Header  string           // a line above, e.g. why a private copy was sent
	Footer  string           // a line below, e.g. the question its buttons answer
	Loc     *time.Location
	Repeats string // a date of a series: its line (SeriesLine); "" for none
}

// HTML renders the card within Telegram's message limit, shortening the notes
// rather than failing: title and place are bounded, and so is the list of
// changes (ChangesSince).
func (c Card) HTML() string {
	if c.Event.IsNotice() {
		return c.noticeHTML()
	}
	if c.Event.IsTodo() {
		return c.todoHTML()
	}
	e, l := c.Event, c.Lang
	var b strings.Builder
	if c.Header != "" {
		b.WriteString(c.Header + "\n")
	}
	if e.Cancelled {
		b.WriteString("\n" + CancelledLine(l) + "\n")
	} else if len(c.Changes) > 0 {
		b.WriteString("\n" + l.T("card_changed", map[string]any{"Changes": strings.Join(c.Changes, "\n")}) + "\n")
	}
	b.WriteString("\n📅 " + EventName(e) + "\n🕒 " + WhenSpan(l, e.When, e.End, c.Loc) + "\n📍 " + Escape(e.Where) + "\n" +
		l.T("card_host", map[string]any{"Host": Escape(c.Host)}) + "\n")
	if len(e.Guests) > 0 {
		b.WriteString(ForGuests(l, len(e.Guests)) + "\n")
	}
	if c.Repeats != "" {
		b.WriteString(c.Repeats + "\n")
	}
	head := b.String()
	var tail string
	if c.Footer != "" {
		tail = "\n" + c.Footer
	}
	if c.Counts != nil {
		tail += "\n" + TallyLine(l, *c.Counts)
	}
	if e.Notes != "" {
		// Telegram counts the notes as shown (&amp; is one character), in
		// UTF-16 units, which an emoji takes two of.
		room := MaxMessage - VisibleLen(head) - VisibleLen(tail) - 10
		notes := Clip(e.Notes, room)
		for VisibleLen(Escape(notes)) > room && notes != "" {
			notes = Clip(notes, utf8.RuneCountInString(notes)*3/4)
		}
		if notes != "" {
			head += "📝 " + Escape(notes) + "\n"
		}
	}
	return head + tail
}

// ForGuests is the card's line for an event for n invited guests, who are
// not named.
func ForGuests(l lang.Lang, n int) string { return l.N("card_for_guests", n, nil) }

// CancelledLine marks a cancelled event: "❌ CANCELLED".
func CancelledLine(l lang.Lang) string { return l.T("cancelled", nil) }

// Answers are what a card's buttons send back, made by the caller for the
// card's material revision; Done is a to-do's (whose GotIt says seen).
type Answers struct{ GotIt, Going, Maybe, Cant, Done string }

// Buttons are the card's ack and RSVP buttons.
func (c Card) Buttons(a Answers) [][]allaboard.Button {
	ack := gotItButton(c.Lang, a.GotIt)
	if c.Event.Cancelled || c.Event.IsNotice() { // a notice asks nobody whether they come
		return [][]allaboard.Button{{ack}}
	}
	if c.Event.IsTodo() {
		return [][]allaboard.Button{todoButtons(c.Lang, a)}
	}
	return [][]allaboard.Button{{ack}, {{Text: label(c.Lang, allaboard.Going), Data: a.Going},
		{Text: label(c.Lang, allaboard.Maybe), Data: a.Maybe}, {Text: label(c.Lang, allaboard.CantGo), Data: a.Cant}}}
}

// label is an answer as its button says it: "🎉 Going".
func label(l lang.Lang, a allaboard.RSVP) string {
	id := map[allaboard.RSVP]string{allaboard.Going: "rsvp_going", allaboard.Maybe: "rsvp_maybe", allaboard.CantGo: "rsvp_cant"}[a]
	if id == "" {
		return ""
	}
	return l.T(id, nil)
}

// StillComing asks a member who said Going or Maybe to an earlier version of
// e, at when and where, whether they still come: "You said 🎉 Going for Sat
// 5 Dec 15:00 — still coming?". It names what has changed since.
func StillComing(l lang.Lang, a allaboard.RSVP, e allaboard.Event, when time.Time, where string, loc *time.Location) string {
	var was []string
	if !when.IsZero() && !when.Equal(e.When) {
		was = append(was, ShortWhen(l, when, loc))
	}
	if where != "" && where != e.Where {
		was = append(was, Escape(Clip(where, 60)))
	}
	version := l.T("card_earlier_version", nil)
	if len(was) > 0 {
		version = strings.Join(was, ", ")
	}
	id := "card_still_going"
	if a == allaboard.Maybe {
		id = "card_still_maybe"
	}
	return l.T(id, map[string]any{"Answer": label(l, a), "Version": version})
}

// TallyLine shows an event's counts, leaving zeros out: "✅ 3 of 9 confirmed ·
// 2 not yet reachable · 🎉 2 going · 🤔 1 maybe". Members the bot hasn't seen
// count among those who haven't confirmed; a household knows as one.
func TallyLine(l lang.Lang, t allaboard.Tally) string {
	counted, families := "tally_confirmed", "tally_families"
	if t.Todo { // done, not confirmed
		counted, families = "tally_todo_done", "tally_todo_families"
	}
	parts := []string{l.N(counted, t.Confirmed, map[string]any{"Total": t.Members + t.Unknown})}
	if t.Families > 0 {
		parts[0] = l.N(families, t.FamiliesConfirmed, map[string]any{"Total": t.Families + t.Unknown})
	}
	for _, p := range []struct {
		n  int
		id string
	}{{t.Unknown, "tally_unreachable"}, {t.Going, "tally_going"}, {t.Maybe, "tally_maybe"}, {t.CantGo, "tally_cant"}} {
		if p.n > 0 {
			parts = append(parts, l.N(p.id, p.n, nil))
		}
	}
	return strings.Join(parts, " · ")
}

// Outdated is what an earlier card of an event says once a newer one is
// posted: that it is outdated, where the latest card is (link is "" where
// there is no link to it), and what it said. It has no buttons.
func Outdated(l lang.Lang, old allaboard.Event, link string, loc *time.Location) string {
	latest := l.T("card_latest_below", nil)
	if link != "" {
		latest = l.T("card_latest_link", map[string]any{"Link": Escape(link)})
	}
	if old.IsNotice() {
		return noticeOutdated(l, old, latest, loc)
	}
	if old.IsTodo() {
		return todoOutdated(l, old, latest, loc)
	}
	return l.T("card_outdated", map[string]any{"Latest": latest}) +
		"\n<s>📅 " + EventName(old) + "\n🕒 " + ShortWhen(l, old.When, loc) + " · 📍 " + Escape(Clip(old.Where, 80)) + "</s>"
}
