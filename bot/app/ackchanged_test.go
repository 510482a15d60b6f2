package app_test

import (
	"strings"
	"testing"
)

// /ack shows nothing, so after a change it confirms nothing: a member who
// saw only the announced card and types /ack is shown, in the group, the
// latest version and what changed since, with its Got it; the host hears
// "Everyone knows" only once she taps it.
func TestAckAfterAMoveShowsTheNewTimeInsteadOfConfirming(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, picnic) // Ann sees the 15:00 card
	k.announce(p, "/edit 1 when 2026-03-12 17:00")
	k.say(p.g, ann, "/ack 1")
	msgs := k.sent()
	if k.response(p.g, 1, ann).Confirmed(k.event(p.g, 1)) {
		t.Fatalf("/ack 1 confirmed 17:00 for Ann, who was never shown it: %q", texts(msgs))
	}
	if got := to(msgs, p.host.ID, "Everyone knows"); len(got) > 0 {
		t.Fatalf("the host was told %q", got[0].Text)
	}
	shown := to(msgs, p.g.ID, "tg://user?id=11", "Picnic", "15:00 → Thu 12 Mar 17:00", "📍 Park", "Got it")
	if len(shown) != 1 {
		t.Fatalf("the group wasn't shown Ann's new version: %q", texts(to(msgs, p.g.ID)))
	}
	k.press(ann, p.g, button(t, shown[0], "Got it"))
	if !k.response(p.g, 1, ann).Confirmed(k.event(p.g, 1)) {
		t.Fatalf("Got it under the version shown doesn't confirm it")
	}
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) != 1 {
		t.Errorf("the host isn't told everyone knows once Ann tapped Got it")
	}
}

// /ack of an event unchanged since it was announced confirms it, and one
// already confirmed says so; after a change, a member who confirmed the
// announced version is shown what changed since it.
func TestAckConfirmsOnlyTheAnnouncedVersion(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.announce(p, picnic)
	k.say(p.g, ann, "/ack 1")
	if got := to(k.sent(), p.g.ID, "Ann", "confirmed “Picnic”"); len(got) != 1 || !k.response(p.g, 1, ann).Confirmed(k.event(p.g, 1)) {
		t.Fatalf("/ack of the announced version doesn't confirm it: %q", texts(got))
	}
	k.announce(p, "/edit 1 where Lake")
	k.say(p.g, ann, "/ack 1")
	msgs := to(k.sent(), p.g.ID)
	if k.response(p.g, 1, ann).Confirmed(k.event(p.g, 1)) || len(to(msgs, p.g.ID, "Ann", "📍 Park → Lake", "Got it")) != 1 {
		t.Fatalf("/ack after the place changed, to Ann who confirmed Park: %q", texts(msgs))
	}
	k.press(ann, p.g, button(t, msgs[0], "Got it"))
	k.say(p.g, ann, "/ack 1")
	if got := to(k.sent(), p.g.ID, "Ann", "already confirmed"); len(got) != 1 {
		t.Errorf("/ack of a version Ann confirmed isn't answered so")
	}
	k.say(p.g, ben, "/ack 1") // never confirmed: what changed since the announcement
	if got := to(k.sent(), p.g.ID, "Ben", "📍 Park → Lake"); len(got) != 1 || k.response(p.g, 1, ben).Confirmed(k.event(p.g, 1)) {
		t.Errorf("/ack from Ben after the change: %q", texts(got))
	}
}

// A notice's and a to-do's /ack after their text changed shows the new text
// whole, and counts nothing: the notice isn't confirmed, the to-do neither
// seen nor done.
func TestAckAfterATextChangeShowsTheNewText(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, "/announce School closes early on Friday")
	k.announce(p, "/edit 1 text School closes at noon on Friday: pick up by 12:15")
	k.announce(p, slip)
	k.announce(p, "/edit 2 text Sign the permission slip and pay 10 EUR")
	k.say(p.g, ann, "/ack 1")
	k.say(p.g, ann, "/ack 2")
	msgs := to(k.sent(), p.g.ID, "Ann")
	if n, todo := k.event(p.g, 1), k.event(p.g, 2); k.response(p.g, 1, ann).Confirmed(n) || k.response(p.g, 2, ann).SawIt(todo) || k.response(p.g, 2, ann).DidIt(todo) {
		t.Fatalf("/ack counted a text Ann wasn't shown: %+v", k.response(p.g, 2, ann))
	}
	if len(to(msgs, p.g.ID, "pick up by 12:15", "Got it")) != 1 {
		t.Errorf("the notice's new text isn't shown with its Got it: %q", texts(msgs))
	}
	todo := to(msgs, p.g.ID, "and pay 10 EUR")
	if len(todo) != 1 || button(t, todo[0], "Done") == "" {
		t.Fatalf("the to-do's new text isn't shown with its answers: %q", texts(msgs))
	}
	if !strings.Contains(todo[0].Text, "Ann") {
		t.Errorf("the to-do's version doesn't name Ann: %q", todo[0].Text)
	}
}
