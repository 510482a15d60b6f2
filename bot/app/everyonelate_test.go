package app_test

import (
	"testing"
	"time"
)

// "Everyone knows ✅" is true of everyone in the group now: a member who
// joins after it was said must confirm too, and the host hears it again
// once they have.
func TestEveryoneKnowsAgainAfterALateJoinerConfirms(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	c := card(t, k.announce(p, picnic), p.g, 1)
	for _, m := range p.members {
		k.press(m, p.g, button(t, c, "Got it"))
	}
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) != 1 {
		t.Fatalf("the host was told everyone knows %d times, want once", len(got))
	}
	cem := person(30, "Cem")
	k.join(p.g, cem)
	k.sent()
	if k.event(p.g, 1).EveryoneKnew {
		t.Error("Cem joined and hasn't confirmed, yet the event still says everyone knew")
	}
	k.press(cem, p.g, button(t, c, "Got it"))
	if got := to(k.sent(), p.host.ID, "Everyone knows", "All 4"); len(got) != 1 {
		t.Errorf("after Cem, who joined late, confirmed, the host was told everyone knows %d times, want once", len(got))
	}
}

// A Got it after a notice's day is over is noted, but the host is not told
// "Everyone knows ✅" then: it would read as if they had known in time.
func TestEveryoneKnowsNotSaidAfterTheDayIsOver(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	c := card(t, k.announce(p, "/announce School closed | Wednesday"), p.g, 1)
	k.press(ann, p.g, button(t, c, "Got it"))
	k.tick(time.Date(2026, 3, 5, 1, 0, 0, 0, time.UTC)) // Wednesday is over
	k.sent()
	k.press(bob, p.g, button(t, c, "Got it"))
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) > 0 {
		t.Errorf("after the day, the host was told %q", got[0].Text)
	}
}

// A guest added after everyone invited knew must confirm too: the host
// hears "Everyone knows ✅" again once they have.
func TestEveryoneKnowsAgainAfterAnAddedGuestConfirms(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	ann.UserName, bob.UserName = "ann", "bob"
	k.say(p.g, ann, "hi")
	k.say(p.g, bob, "hi")
	k.announce(p, picnic)
	k.say(p.g, p.host, "/edit 1 guests @ann")
	k.press(ann, p.g, button(t, card(t, k.sent(), p.g, 1), "Got it"))
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) != 1 {
		t.Fatalf("the host was told everyone knows %d times, want once", len(got))
	}
	k.say(p.g, p.host, "/edit 1 guests @ann @bob")
	k.press(bob, p.g, button(t, card(t, k.sent(), p.g, 1), "Got it"))
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) != 1 {
		t.Errorf("after Bob, a guest added, confirmed, the host was told everyone knows %d times, want once", len(got))
	}
}
