package app_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// /events and /status asked in a group are answered in private: a snapshot in
// the group would stand there unchanged after the event moves. The group
// sees one line that says nothing that can go stale.

// linkOn is the URL of the button labelled label on m.
func linkOn(tb testing.TB, m allaboard.Outgoing, label string) string {
	tb.Helper()
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, label) && b.URL != "" {
				return b.URL
			}
		}
	}
	tb.Fatalf("no link %q on %q", label, m.Text)
	return ""
}

// startPayload is the /start payload of a t.me deep link.
func startPayload(tb testing.TB, url string) string {
	tb.Helper()
	_, payload, ok := strings.Cut(url, "?start=")
	if !ok {
		tb.Fatalf("%q is no deep link to the bot", url)
	}
	return payload
}

// onlyLine is the one message msgs have for the group, which must show
// nothing of the event.
func onlyLine(tb testing.TB, msgs []allaboard.Outgoing, g *app.Chat, words ...string) allaboard.Outgoing {
	tb.Helper()
	in := to(msgs, g.ID)
	if len(in) != 1 || !containsAll(in[0].Text, words) {
		tb.Fatalf("the group got %q, want one line saying %q", texts(in), words)
	}
	for _, stale := range []string{"Picnic", "Park", "confirmed", "2026"} {
		if strings.Contains(in[0].Text, stale) {
			tb.Errorf("the group's line shows %q, which can go stale: %q", stale, in[0].Text)
		}
	}
	if !in[0].Silent {
		tb.Errorf("the group's line rings everyone's phone: %+v", in[0])
	}
	return in[0]
}

func TestEventsAskedInTheGroupAreAnsweredPrivately(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()

	k.say(p.g, ann, "/events")
	msgs := k.sent()
	onlyLine(t, msgs, p.g, "Sent to you in private, Ann")
	if got := to(msgs, ann.ID, "Coming up", "Class 2b parents", "Picnic", "Park", "confirmed"); len(got) != 1 {
		t.Errorf("Ann got %q in private, want the group's events", texts(to(msgs, ann.ID)))
	}

	// Ben has no private chat with the bot: the group line invites him, and
	// its link shows him the same list once he presses Start.
	k.say(p.g, ben, "/events")
	msgs = k.sent()
	line := onlyLine(t, msgs, p.g, "I'll answer you in private, Ben", "Start")
	if got := to(msgs, ben.ID); len(got) != 0 {
		t.Errorf("Ben, who never started the bot, was written to: %q", texts(got))
	}
	k.say(dm(ben), ben, "/start "+startPayload(t, linkOn(t, line, "Open a private chat")))
	if got := to(k.sent(), ben.ID, "Coming up", "Class 2b parents", "Picnic", "Park"); len(got) != 1 {
		t.Errorf("Ben, following the link, didn't get the group's events")
	}

	// Once everything is over, the private answer says so, naming the group.
	k.say(p.g, p.host, "/cancel 1")
	k.sent()
	k.say(p.g, ann, "/events")
	if got := to(k.sent(), ann.ID, "Nothing coming up in Class 2b parents"); len(got) != 1 {
		t.Errorf("after the cancel Ann isn't told there is nothing upcoming")
	}
}

func TestStatusAskedInTheGroupIsAnsweredPrivately(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()

	// A member gets the counts, without names.
	k.say(p.g, ann, "/status 1")
	msgs := k.sent()
	onlyLine(t, msgs, p.g, "Sent to you in private, Ann")
	counts := to(msgs, ann.ID, "Picnic", "Class 2b parents", "confirmed")
	if len(counts) != 1 || strings.Contains(counts[0].Text, "Status") || strings.Contains(counts[0].Text, "Hanna") {
		t.Errorf("Ann got %q in private, want the counts alone", texts(to(msgs, ann.ID)))
	}

	// The host gets the status card, by name.
	k.say(p.g, p.host, "/status 1")
	msgs = k.sent()
	onlyLine(t, msgs, p.g, "Sent to you in private, Hanna")
	if got := to(msgs, p.host.ID, "Status", "Picnic", "Ann"); len(got) != 1 {
		t.Errorf("the host got %q in private, want the status card", texts(to(msgs, p.host.ID)))
	}

	// Ben has no private chat: the link shows him the counts, never the
	// host's card, whatever it says.
	k.say(p.g, ben, "/status 1")
	line := onlyLine(t, k.sent(), p.g, "I'll answer you in private, Ben")
	k.say(dm(ben), ben, "/start "+startPayload(t, linkOn(t, line, "Open a private chat")))
	msgs = to(k.sent(), ben.ID)
	if len(msgs) != 1 || !containsAll(msgs[0].Text, []string{"Picnic", "confirmed"}) || strings.Contains(msgs[0].Text, "Status") {
		t.Errorf("Ben, following the link, got %q, want the counts alone", texts(msgs))
	}

	// Someone not in the group learns nothing from the link.
	eve := person(50, "Eve")
	k.say(dm(eve), eve, "/start "+startPayload(t, linkOn(t, line, "Open a private chat")))
	if got := to(k.sent(), eve.ID); len(got) != 1 || !strings.Contains(got[0].Text, "haven't seen you in") {
		t.Errorf("an outsider following the link got %q", texts(got))
	}
}

// A host with no private chat yet is invited in the group; the link shows
// them their status card.
func TestAHostWithoutAPrivateChatGetsTheStatusCardFromTheLink(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.say(p.g, ann, "/event Swim | 2026-03-12 15:00 | Pool")
	k.tick(t0)
	k.sent()
	k.say(p.g, ann, "/status 1")
	line := onlyLine(t, k.sent(), p.g, "I'll answer you in private, Ann")
	k.say(dm(ann), ann, "/start "+startPayload(t, linkOn(t, line, "Open a private chat")))
	if got := to(k.sent(), ann.ID, "Status", "Swim", "Hanna"); len(got) != 1 {
		t.Errorf("the host, following the link, got no status card")
	}
}
