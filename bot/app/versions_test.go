package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/wire"
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

// Answers belong to the version they were given to. After a move, Going,
// Maybe and Can't given before it count for nothing: the group card and the
// host's status card don't show them as answers to the new time, and those
// who said Going or Maybe are asked, with their reminder, whether they still
// come. Nobody gets a new group message for it.
func TestAMoveLeavesAnswersWithTheEarlierVersion(t *testing.T) {
	k, p, msgs := announced(t, 2, "Ann", "Ben", "Cem", "Dora")
	ann, ben, cem, dora := p.members[0], p.members[1], p.members[2], p.members[3]
	k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "Picnic")[0], "Going"))
	k.press(ben, dm(ben), button(t, to(msgs, ben.ID, "Picnic")[0], "Maybe"))
	k.press(cem, p.g, button(t, card(t, msgs, p.g, 1), "Going"))
	k.press(dora, p.g, button(t, card(t, msgs, p.g, 1), "Can't"))
	if c := card(t, k.sent(), p.g, 1); !strings.Contains(c.Text, "✅ 5 of 5 confirmed · 🎉 2 going · 🤔 1 maybe · 🙁 1 can't") {
		t.Fatalf("before the move the card says %q", c.Text)
	}

	moved := t0.Add(time.Hour)
	k.now = moved
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 16:00")
	msgs = k.sent()
	c := card(t, msgs, p.g, 1)
	if !strings.HasSuffix(c.Text, "\n✅ 1 of 5 confirmed") {
		t.Errorf("after the move the card counts earlier answers: %q", c.Text)
	}
	status := to(msgs, p.host.ID, "📋")
	if len(status) == 0 {
		t.Fatalf("the host's status card wasn't updated: %q", texts(msgs))
	}
	s := status[len(status)-1].Text
	for _, line := range []string{"\n🎉 Going:", "\n🤔 Maybe:", "\n🙁 Can't:"} {
		if strings.Contains(s, line) {
			t.Errorf("the status card shows an earlier answer as an answer to the new time (%q):\n%s", line, s)
		}
	}
	for _, want := range []string{
		"Said 🎉 Going before the time or place changed: Ann, Cem",
		"Said 🤔 Maybe before the time or place changed: Ben",
		"Said 🙁 Can't before the time or place changed: Dora",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the status card lacks %q:\n%s", want, s)
		}
	}

	k.tick(moved)
	msgs = k.sent()
	e := k.event(p.g, 1)
	for _, tc := range []struct {
		u    *app.User
		want string
	}{
		{ann, "You said 🎉 Going for Thu 12 Mar 15:00 — still coming?"},
		{ben, "You said 🤔 Maybe for Thu 12 Mar 15:00 — can you come now?"},
	} {
		got := to(msgs, tc.u.ID, tc.want, "Fri 13 Mar 2026, 16:00")
		if len(got) != 1 {
			t.Errorf("%s isn't asked whether they still come (%q): %q", tc.u.FirstName, tc.want, texts(to(msgs, tc.u.ID)))
			continue
		}
		if m := got[0]; m.Ref != allaboard.PrivateCardRef(e) || !m.Fresh || button(t, m, "Going") == "" {
			t.Errorf("%s's reminder is not posted as their card with the answer buttons: ref %q, fresh %t", tc.u.FirstName, m.Ref, m.Fresh)
		}
	}
	var inGroup []allaboard.Outgoing
	for _, m := range msgs {
		if m.ChatID == p.g.ID {
			inGroup = append(inGroup, m)
		}
	}
	if len(inGroup) != 1 || inGroup[0].Chase == nil || len(inGroup[0].Chase.Users) != 2 {
		t.Errorf("the group got %d messages, want the one mention of Cem and Dora: %q", len(inGroup), texts(inGroup))
	}

	// Ann still comes; Ben only confirms the new time.
	k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "still coming")[0], "Going"))
	k.press(ben, dm(ben), button(t, to(msgs, ben.ID, "can you come now")[0], "Got it"))
	msgs = k.sent()
	if c := card(t, msgs, p.g, 1); !strings.HasSuffix(c.Text, "\n✅ 3 of 5 confirmed · 🎉 1 going") {
		t.Errorf("after Ann answers again the card says %q, want 1 going", c.Text)
	}
	status = to(msgs, p.host.ID, "📋")
	if s := status[len(status)-1].Text; !strings.Contains(s, "\n🎉 Going: Ann\n") || !strings.Contains(s, "Said 🎉 Going before the time or place changed: Cem") {
		t.Errorf("the status card after Ann answered again:\n%s", s)
	}
	// Each private card is edited to show where its member stands now.
	for _, tc := range []struct {
		u     *app.User
		state []string
	}{
		{ann, []string{"✅ You confirmed · 🎉 Going"}},
		{ben, []string{"✅ You've confirmed the latest version.", "You said 🤔 Maybe for Thu 12 Mar 15:00"}},
	} {
		got := to(msgs, tc.u.ID, tc.state...)
		if len(got) != 1 || got[0].Ref != allaboard.PrivateCardRef(e) || got[0].Fresh {
			t.Errorf("%s's card isn't edited to say %q: %+v", tc.u.FirstName, tc.state, got)
		}
	}
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
	k.say(dm(ann), ann, "/start "+wire.EventPayload(p.g.ID, 1))
	if got := to(k.sent(), ann.ID, "✅ You confirmed · 🙁 Can't"); len(got) != 1 || !got[0].Fresh || got[0].Ref != mine[0].Ref {
		t.Errorf("the deep link doesn't post Ann's card anew with her answer: %+v", got)
	}
}

// Responses and events stored by an older version have no revision for the
// answer: their answers count as before, until the next change of place.
func TestOldStoredAnswersCountUntilTheNextMove(t *testing.T) {
	k, p, msgs := announced(t, 1, "Ann", "Ben")
	ann := p.members[0]
	k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "Picnic")[0], "Going"))
	k.sent()
	err := k.db.Update(func(tx allaboard.Tx) error {
		e, err := tx.Event(p.g.ID, 1)
		if err != nil {
			return err
		}
		e.Moved = 0
		r, err := tx.Response(p.g.ID, 1, ann.ID)
		if err != nil {
			return err
		}
		r.RSVPRev = 0
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		return tx.SaveResponse(r)
	})
	if err != nil {
		t.Fatal(err)
	}
	k.say(p.g, p.host, "/events")
	if got := to(k.sent(), p.host.ID, "Coming up", "🎉 1 going"); len(got) != 1 {
		t.Fatalf("an answer stored by an older version doesn't count")
	}

	k.now = t0.Add(time.Hour)
	k.say(p.g, p.host, "/edit 1 where Café Blue")
	if c := card(t, k.sent(), p.g, 1); strings.Contains(c.Text, "going") {
		t.Errorf("after the place changed the old answer still counts: %q", c.Text)
	}
	k.tick(k.now)
	if got := to(k.sent(), ann.ID, "You said 🎉 Going for Park — still coming?", "Park → Café Blue"); len(got) != 1 {
		t.Errorf("Ann isn't asked whether she still comes")
	}
}

// A press on an out-of-date card posts the member's card of the latest
// version anew, with what changed since the card they pressed.
func TestAPressOnAnOldCardPostsTheMembersCardAnew(t *testing.T) {
	k, p, msgs := announced(t, 1, "Ann", "Ben")
	ann := p.members[0]
	k.say(p.g, p.host, "/edit 1 where Café Blue")
	k.sent()
	if got := k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "Picnic")[0], "Going")); !strings.Contains(got, "out of date") {
		t.Errorf("a press on the old card answered %q", got)
	}
	got := to(k.sent(), ann.ID, "That card was out of date", "Park → Café Blue")
	if len(got) != 1 || got[0].Ref != allaboard.PrivateCardRef(k.event(p.g, 1)) || !got[0].Fresh {
		t.Errorf("Ann isn't shown her card of the latest version, with what changed: %+v", got)
	}
	if r := k.response(p.g, 1, ann); r.Acked != 0 || r.RSVP != allaboard.NoAnswer {
		t.Errorf("the press on the old card recorded %+v", r)
	}
}
