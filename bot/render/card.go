package render

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// Card is everything shown about an event.
type Card struct {
	Event   allaboard.Event
	Host    string
	Changes []string         // what changed since the version the reader saw (ChangesSince)
	Counts  *allaboard.Tally // counts for the group; nil in a private copy
	Header  string           // a line above, e.g. why a private copy was sent
	Footer  string           // a line below, e.g. the question its buttons answer
	Loc     *time.Location
}

// HTML renders the card within Telegram's message limit, shortening the notes
// rather than failing: title and place are bounded, and so is the list of
// changes (ChangesSince).
func (c Card) HTML() string {
	e := c.Event
	var b strings.Builder
	if c.Header != "" {
		b.WriteString(c.Header + "\n")
	}
	if e.Cancelled {
		b.WriteString("\n❌ <b>CANCELLED</b>\n")
	} else if len(c.Changes) > 0 {
		b.WriteString("\n✏️ <b>Changed</b>: " + strings.Join(c.Changes, "\n") + "\n")
	}
	fmt.Fprintf(&b, "\n📅 %s\n🕒 %s\n📍 %s\n👤 Host: %s\n", EventName(e), WhenSpan(lang.English, e.When, e.End, c.Loc), Escape(e.Where), Escape(c.Host))
	if len(e.Guests) > 0 {
		fmt.Fprintf(&b, ForGuests+"\n", len(e.Guests))
	}
	head := b.String()
	var tail string
	if c.Footer != "" {
		tail = "\n" + c.Footer
	}
	if c.Counts != nil {
		tail += "\n" + TallyLine(*c.Counts)
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

// Answers are what a card's buttons send back, made by the caller for the
// card's material revision.
type Answers struct{ GotIt, Going, Maybe, Cant string }

// Buttons are the card's ack and RSVP buttons.
func (c Card) Buttons(a Answers) [][]allaboard.Button {
	ack := gotItButton(a.GotIt)
	if c.Event.Cancelled {
		return [][]allaboard.Button{{ack}}
	}
	return [][]allaboard.Button{{ack}, {{Text: label(allaboard.Going), Data: a.Going},
		{Text: label(allaboard.Maybe), Data: a.Maybe}, {Text: label(allaboard.CantGo), Data: a.Cant}}}
}

// YourState is a private card's header once the member has confirmed: what
// they answered, if anything, to the current version.
func YourState(a allaboard.RSVP) string {
	if a == allaboard.NoAnswer {
		return CardConfirmed
	}
	return fmt.Sprintf(CardAnswered, label(a))
}

// StillComing asks a member who said Going or Maybe to an earlier version of
// e, at when and where, whether they still come: "You said 🎉 Going for Sat
// 5 Dec 15:00 — still coming?". It names what has changed since.
func StillComing(a allaboard.RSVP, e allaboard.Event, when time.Time, where string, loc *time.Location) string {
	var was []string
	if !when.IsZero() && !when.Equal(e.When) {
		was = append(was, ShortWhen(lang.English, when, loc))
	}
	if where != "" && where != e.Where {
		was = append(was, Escape(Clip(where, 60)))
	}
	version := EarlierVersion
	if len(was) > 0 {
		version = strings.Join(was, ", ")
	}
	q := StillGoing
	if a == allaboard.Maybe {
		q = StillMaybe
	}
	return fmt.Sprintf(q, label(a), version)
}

// TallyLine shows an event's counts, leaving zeros out: "✅ 3 of 9 confirmed ·
// 2 not yet reachable · 🎉 2 going · 🤔 1 maybe". Members the bot hasn't seen
// count among those who haven't confirmed.
func TallyLine(t allaboard.Tally) string {
	parts := []string{fmt.Sprintf("✅ %d of %d confirmed", t.Confirmed, t.Members+t.Unknown)}
	if t.Families > 0 {
		parts[0] = familyTally(t) // a household knows as one
	}
	for _, p := range []struct {
		n    int
		what string
	}{{t.Unknown, "%d not yet reachable"}, {t.Going, "🎉 %d going"}, {t.Maybe, "🤔 %d maybe"}, {t.CantGo, "🙁 %d can't"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf(p.what, p.n))
		}
	}
	return strings.Join(parts, " · ")
}

// Outdated is what an earlier card of an event says once a newer one is
// posted: that it is outdated, where the latest card is (link is "" where
// there is no link to it), and what it said. It has no buttons.
func Outdated(old allaboard.Event, link string, loc *time.Location) string {
	latest := LatestCardBelow
	if link != "" {
		latest = fmt.Sprintf(LatestCardLink, Escape(link))
	}
	return fmt.Sprintf(OutdatedCard, latest, EventName(old), ShortWhen(lang.English, old.When, loc), Escape(Clip(old.Where, 80)))
}
