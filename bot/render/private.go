package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Asked in a group, answered in private; and a member's message passed on to
// a host.

// The line in the group after /events or /status asked there: it says
// nothing that can go stale. %s is the asker's first name.
const (
	SentPrivately = `📬 Sent to you in private, %s.`
	AskPrivately  = `📬 I'll answer you in private, %s: tap below and press <b>Start</b>.`
)

// EventsIn lists a group's upcoming events in a private chat, naming the
// group: the reader may be in several.
func EventsIn(title string, rolls []allaboard.Roll, loc *time.Location) string {
	if len(rolls) == 0 {
		return fmt.Sprintf(`No upcoming events in %s.`, GroupName(title))
	}
	list := Events(lang.English, rolls, loc)
	head, rest, _ := strings.Cut(list, "\n")
	return head + " in " + GroupName(title) + "\n" + rest
}

// CountsIn are an event's counts in a private chat, naming its group.
func CountsIn(title string, r allaboard.Roll) string {
	return EventName(r.Event) + " in " + GroupName(title) + "\n" + TallyLine(lang.English, r.Tally())
}

// Passing a member's message on to a host. PassOnOffer's %d is the longest
// message passed on; PassOnTooLong's the length, then that longest.
const (
	PassOnOffer = `💬 <b>Shall I pass your message on to the host?</b> Tap the event it's about: they'll get your name and your words (up to %d characters).

Otherwise, send /events to see what you still have to confirm, or /help.`
	PassOnTooLong = `⚠️ Your message has %d characters: too long to pass on to a host (at most %d). Please send a shorter one.`
	PassedOn      = `💬 %s about %s in %s:

%s

<i>Tap their name to write to them.</i>`
	PassOnNoChat = `😕 I couldn't pass your message on: %s hasn't opened a private chat with me, so I can't write to them. Please write to %s yourself about %s.`

	PassOnDone    = `✅ Passed on to %s.`
	PassOnFailed  = `I couldn't pass it on: see my message.`
	PassOnAlready = `You've passed this message on already.`
	PassOnExpired = `That message is too old to pass on now. Please send it again.`
	PassOnOver    = `That event is cancelled or has started: nothing to pass on.`
	PassOnQuota   = `You've passed on %d messages in the last hour. Please wait a little before the next.`
)

// PassOnButton is the offer's button for one event: its title and its host.
func PassOnButton(e allaboard.Event, host string, data string) []allaboard.Button {
	return []allaboard.Button{{Text: fmt.Sprintf("💬 %s · to %s", Clip(e.Title, 30), Clip(host, 20)), Data: data}}
}
