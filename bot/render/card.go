package render

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
)

// Card is everything shown about an event.
type Card struct {
	Event   allaboard.Event
	Host    string
	Changes []string         // what changed since the version the reader saw (ChangesSince)
	Counts  *allaboard.Tally // counts for the group; nil in a private copy
	Header  string           // a line above, e.g. why a private copy was sent
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
	fmt.Fprintf(&b, "\n📅 %s\n🕒 %s\n📍 %s\n👤 Host: %s\n", EventName(e), When(e.When, c.Loc), Escape(e.Where), Escape(c.Host))
	head := b.String()
	var tail string
	if c.Counts != nil {
		tail = "\n" + TallyLine(*c.Counts)
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

// Buttons are the card's ack and RSVP buttons for its material revision.
func (c Card) Buttons() [][]allaboard.Button {
	e := c.Event
	ack := gotIt(e)
	if e.Cancelled {
		return [][]allaboard.Button{{ack}}
	}
	rsvp := func(text string, a allaboard.Action) allaboard.Button {
		return allaboard.Button{Text: text, Data: allaboard.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: a}.Encode()}
	}
	return [][]allaboard.Button{{ack}, {rsvp("🎉 Going", allaboard.ActGoing), rsvp("🤔 Maybe", allaboard.ActMaybe), rsvp("🙁 Can't", allaboard.ActCant)}}
}

// TallyLine shows an event's counts: "✅ 3 of 9 confirmed · 🎉 2 going · …".
func TallyLine(t allaboard.Tally) string {
	return fmt.Sprintf("✅ %d of %d confirmed · 🎉 %d going · 🤔 %d maybe · 🙁 %d can't",
		t.Confirmed, t.Members, t.Going, t.Maybe, t.CantGo)
}

// Outdated is what an earlier card of an event says once a newer one is
// posted: that it is outdated, where the latest card is (link is "" where
// there is no link to it), and what it said. It has no buttons.
func Outdated(old allaboard.Event, link string, loc *time.Location) string {
	latest := LatestCardBelow
	if link != "" {
		latest = fmt.Sprintf(LatestCardLink, Escape(link))
	}
	return fmt.Sprintf(OutdatedCard, latest, EventName(old), ShortWhen(old.When, loc), Escape(Clip(old.Where, 80)))
}
