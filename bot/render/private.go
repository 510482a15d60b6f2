package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Asked in a group, answered in private; and a member's message passed on to
// a host.

// SentPrivately is the line in the group after /events or /status asked
// there: it says nothing that can go stale. name is the asker's first name.
func SentPrivately(l lang.Lang, name string) string {
	return l.T("private_sent", map[string]any{"Name": Escape(name)})
}

// AskPrivately is SentPrivately for someone the bot can't write to yet.
func AskPrivately(l lang.Lang, name string) string {
	return l.T("private_ask", map[string]any{"Name": Escape(name)})
}

// EventsIn lists a group's upcoming events in a private chat, naming the
// group: the reader may be in several.
func EventsIn(l lang.Lang, title string, rolls []allaboard.Roll, loc *time.Location) string {
	group := map[string]any{"Group": GroupTitle(l, title)}
	if len(rolls) == 0 {
		return l.T("private_events_none", group)
	}
	_, list, _ := strings.Cut(Events(l, rolls, loc), "\n") // under its own heading
	return l.T("private_events_in", group) + "\n" + list
}

// CountsIn are an event's counts in a private chat, naming its group.
func CountsIn(l lang.Lang, title string, r allaboard.Roll) string {
	return l.T("private_counts_in", map[string]any{"Event": EventName(r.Event), "Group": GroupTitle(l, title)}) + "\n" + TallyLine(l, r.Tally())
}

// Passing a member's message on to a host: the answers to the offer's
// buttons (plain, as answers to presses are).
const (
	PassOnFailed  Phrase = "pass_on_failed"
	PassOnAlready Phrase = "pass_on_already"
	PassOnExpired Phrase = "pass_on_expired"
	PassOnOver    Phrase = "pass_on_over"
)

// PassOnOffer offers a member to pass their message on to a host, in at most
// allaboard.MaxPassOnText characters; a button for each event follows.
func PassOnOffer(l lang.Lang) string {
	return l.T("pass_on_offer", map[string]any{"Max": allaboard.MaxPassOnText})
}

// PassOnButton is the offer's button for one event: its title and its host.
func PassOnButton(l lang.Lang, e allaboard.Event, host string, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("pass_on_button", map[string]any{"Title": Clip(e.Title, 30), "Host": Clip(host, 20)}), Data: data}}
}

// PassOnTooLong answers a message of n characters, too long to pass on.
func PassOnTooLong(l lang.Lang, n int) string {
	return l.N("pass_on_too_long", n, map[string]any{"Max": allaboard.MaxPassOnText})
}

// PassedOn is a member's message about e, in the group of that title, for
// its host, with a link to the member.
func PassedOn(l lang.Lang, member allaboard.User, e allaboard.Event, title, text string) string {
	return l.T("pass_on_passed", map[string]any{"Member": Mention(member.ID, Name(member)), "Event": EventName(e),
		"Group": GroupTitle(l, title), "Text": Escape(text)})
}

// PassOnNoChat tells a member that host can't be written to, so that they
// write to them about e themselves.
func PassOnNoChat(l lang.Lang, host allaboard.User, e allaboard.Event) string {
	name := Name(host)
	return l.T("pass_on_no_chat", map[string]any{"Name": Escape(name), "Host": Mention(host.ID, name), "Event": EventName(e)})
}

// PassOnDone answers the press that passed a message on to the host of that
// first name.
func PassOnDone(l lang.Lang, name string) string {
	return l.T("pass_on_done", map[string]any{"Name": name})
}

// PassOnQuota answers a press to pass on after n messages in an hour, the
// most.
func PassOnQuota(l lang.Lang, n int) string { return l.N("pass_on_quota", n, nil) }
