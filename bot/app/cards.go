package app

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
)

// card is everything shown about an event.
type card struct {
	event   allaboard.Event
	host    string
	changes []string // what the latest material revision changed, if it was a change
	counts  *tally   // counts for the group; nil in a private copy
	header  string   // a line above, e.g. why a private copy was sent
	loc     *time.Location
}

// html renders the card within Telegram's message limit, shortening the notes
// rather than failing: title and place are bounded, and so is the list of
// changes (changesSince).
func (c card) html() string {
	e := c.event
	var b strings.Builder
	if c.header != "" {
		b.WriteString(c.header + "\n")
	}
	if e.Cancelled {
		b.WriteString("\n❌ <b>CANCELLED</b>\n")
	} else if len(c.changes) > 0 {
		b.WriteString("\n✏️ <b>Changed</b>: " + strings.Join(c.changes, "\n") + "\n")
	}
	fmt.Fprintf(&b, "\n📅 %s\n🕒 %s\n📍 %s\n👤 Host: %s\n", eventName(e), when(e.When, c.loc), escape(e.Where), escape(c.host))
	head := b.String()
	var tail string
	if c.counts != nil {
		tail = "\n" + c.counts.line()
	}
	if e.Notes != "" {
		// Telegram counts the notes as shown (&amp; is one character), in
		// UTF-16 units, which an emoji takes two of.
		room := maxMessage - visibleLen(head) - visibleLen(tail) - 10
		notes := clip(e.Notes, room)
		for visibleLen(escape(notes)) > room && notes != "" {
			notes = clip(notes, utf8.RuneCountInString(notes)*3/4)
		}
		if notes != "" {
			head += "📝 " + escape(notes) + "\n"
		}
	}
	return head + tail
}

// buttons are the card's ack and RSVP buttons for its material revision.
func (c card) buttons() [][]allaboard.Button {
	e := c.event
	ack := allaboard.Button{Text: "✅ Got it", Data: pressData{e.Group, e.Num, e.Material, actAck}.encode()}
	if e.Cancelled {
		return [][]allaboard.Button{{ack}}
	}
	rsvp := func(text string, a action) allaboard.Button {
		return allaboard.Button{Text: text, Data: pressData{e.Group, e.Num, e.Material, a}.encode()}
	}
	return [][]allaboard.Button{{ack}, {rsvp("🎉 Going", actGoing), rsvp("🤔 Maybe", actMaybe), rsvp("🙁 Can't", actCant)}}
}

// tally counts a group's responses to the latest version.
type tally struct {
	members, confirmed   int
	going, maybe, cantGo int
}

func (t tally) line() string {
	return fmt.Sprintf("✅ %d of %d confirmed · 🎉 %d going · 🤔 %d maybe · 🙁 %d can't",
		t.confirmed, t.members, t.going, t.maybe, t.cantGo)
}

func (t tally) everyone() bool { return t.members > 0 && t.confirmed == t.members }
