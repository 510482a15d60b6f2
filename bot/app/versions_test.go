package app_test

import (
	"strings"
	"testing"

	"allaboard"
)

// announced is a parents' group of names, the first started of whom have
// opened a chat with the bot, after the host announced the picnic and the
// first reminders went: everything sent since the announcement.
func announced(t *testing.T, started int, names ...string) (*kit, parents, []allaboard.Outgoing) {
	t.Helper()
	k := newKit(t, nil)
	p := k.parentsGroup(names...)
	k.start(p.members[:started]...)
	msgs := k.announce(p, picnic)
	k.tick(t0)
	return k, p, append(msgs, k.sent()...)
}

// Only the member's answer on their own private card edits it; an answer in
// the group sends nothing privately.
func TestAnAnswerOnThePrivateCardEditsIt(t *testing.T) {
	k, p, msgs := announced(t, 1, "Ann", "Ben")
	ann := p.members[0]
	e := k.event(p.g, 1)
	mine := to(msgs, ann.ID, "Picnic")
	if len(mine) != 1 || mine[0].Ref != allaboard.PrivateCardRef(e) || !mine[0].Fresh {
		t.Fatalf("Ann's first reminder is not her card, posted anew: %+v", mine)
	}

	for _, tc := range []struct {
		label, state string
	}{
		{"Going", "✅ You confirmed · 🎉 Going"},
		{"Maybe", "✅ You confirmed · 🤔 Maybe"},
		{"Got it", "✅ You confirmed · 🤔 Maybe"},
	} {
		k.press(ann, dm(ann), button(t, mine[0], tc.label))
		got := to(k.sent(), ann.ID)
		if len(got) != 1 || !strings.Contains(got[0].Text, tc.state) || got[0].Ref != mine[0].Ref || got[0].Fresh {
			t.Errorf("after %s Ann's card is %+v, want it edited to say %q", tc.label, got, tc.state)
		}
	}
	k.press(ann, p.g, button(t, card(t, msgs, p.g, 1), "Can't"))
	if got := to(k.sent(), ann.ID); len(got) > 0 {
		t.Errorf("an answer in the group sent Ann %q privately", texts(got))
	}
	k.say(dm(ann), ann, "/start "+allaboard.EventPayload(p.g.ID, 1))
	if got := to(k.sent(), ann.ID, "✅ You confirmed · 🙁 Can't"); len(got) != 1 || !got[0].Fresh || got[0].Ref != mine[0].Ref {
		t.Errorf("the deep link doesn't post Ann's card anew with her answer: %+v", got)
	}
}
