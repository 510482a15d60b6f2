package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
)

// The status card's buttons do what a host does next; others can't use them.
func TestStatusCardButtons(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	msgs := k.sent()
	status := to(msgs, p.host.ID, "Status")
	if len(status) == 0 {
		t.Fatal("no status card")
	}
	card := status[len(status)-1]

	if got := k.press(ann, dm(ann), button(t, card, "Remind")); !strings.Contains(got, "Only the event's host") {
		t.Errorf("a member pressed the host's button and got %q", got)
	}
	if got := k.press(p.host, dm(p.host), button(t, card, "Remind")); !strings.Contains(got, "Nobody to remind right now") {
		t.Errorf("reminded again within minutes of the last: %q", got)
	}
	k.now = t0.Add(10 * time.Minute)
	if got := k.press(p.host, dm(p.host), button(t, card, "Remind")); !strings.Contains(got, "Reminding 2 members now") {
		t.Errorf("remind now answered %q", got)
	}
	k.tick(k.now)
	if got := to(k.sent(), ann.ID, "Picnic"); len(got) != 1 {
		t.Errorf("Ann got %d reminders at once, want 1", len(got))
	}

	k.press(p.host, dm(p.host), button(t, card, "Everyone"))
	if got := to(k.sent(), p.host.ID, "Everyone", "Ann", "Ben", "Hanna"); len(got) != 1 {
		t.Errorf("no list of everyone")
	}

	k.press(p.host, dm(p.host), button(t, card, "Cancel the event"))
	ask := to(k.sent(), p.host.ID, "Cancel", "Picnic")
	if len(ask) != 1 || k.event(p.g, 1).Cancelled {
		t.Fatalf("cancelling wasn't asked first: %q", texts(ask))
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "Yes, cancel it"))
	if e := k.event(p.g, 1); !e.Cancelled {
		t.Fatal("the event wasn't cancelled")
	}
	if r := k.response(p.g, 1, ann); r.Confirmed(k.event(p.g, 1)) || r.Due.IsZero() {
		t.Errorf("Ann isn't asked to confirm the cancellation: %+v", r)
	}
}

// When there is someone new to call, the status card comes down to the
// bottom of the host's chat: the old copy is deleted.
func TestStatusCardComesDownWhenThereIsSomeoneToCall(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	for _, d := range []time.Duration{0, 15 * time.Minute, time.Hour} {
		k.tick(t0.Add(d))
		k.sent()
	}
	k.tick(t0.Add(4 * time.Hour)) // the 4th reminder: the host is told
	var ops, fresh int
	for _, m := range k.queue() {
		if m.ChatID == p.host.ID && m.Ref == allaboard.StatusRef(k.event(p.g, 1)) {
			switch {
			case m.Op == allaboard.OpDelete:
				ops++
			case m.Fresh:
				fresh++
			}
		}
	}
	if ops != 1 || fresh != 1 {
		t.Errorf("%d deletions and %d fresh status cards, want one of each", ops, fresh)
	}
}

// "✏️ Change" on the status card changes the event step by step: which
// field, the card as it will be, then one new version for everyone.
func TestChangeAnEventStepByStep(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	k.say(p.g, ann, "/ack 1")
	status := to(k.sent(), p.host.ID, "Status")
	card := status[len(status)-1]

	k.press(p.host, dm(p.host), button(t, card, "Change"))
	ask := to(k.sent(), p.host.ID, "What do you want to change")
	if len(ask) != 1 {
		t.Fatal("no question which field to change")
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "Place"))
	k.say(dm(p.host), p.host, "Beach")
	preview := to(k.sent(), p.host.ID, "This is what the group will see", "Beach")
	if len(preview) != 1 {
		t.Fatal("no preview of the changed card")
	}
	if got := k.event(p.g, 1).Where; got != "Park" {
		t.Fatalf("the place changed before saving: %q", got)
	}
	k.press(p.host, dm(p.host), button(t, preview[0], "Save the changes"))
	e := k.event(p.g, 1)
	if e.Where != "Beach" || e.Rev != 2 {
		t.Errorf("after saving: %+v, want at the Beach, one new revision", e)
	}
	if r := k.response(p.g, 1, ann); r.Confirmed(e) {
		t.Errorf("Ann isn't asked to confirm the new place")
	}
}

// An admin who got the status card changes someone else's event the same way.
func TestAnAdminChangesAnEventStepByStep(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.admin(p.g, ann)
	k.announce(p, picnic)
	k.say(p.g, ann, "/status 1") // an admin gets the card privately
	status := to(k.sent(), ann.ID, "Status")
	if len(status) == 0 {
		t.Fatal("the admin got no status card")
	}
	k.press(ann, dm(ann), button(t, status[len(status)-1], "Change"))
	ask := to(k.sent(), ann.ID, "What do you want to change")
	k.press(ann, dm(ann), button(t, ask[0], "Place"))
	k.say(dm(ann), ann, "Beach")
	preview := to(k.sent(), ann.ID, "This is what the group will see")
	k.press(ann, dm(ann), button(t, preview[0], "Save the changes"))
	if got := k.event(p.g, 1).Where; got != "Beach" {
		t.Errorf("the admin's change wasn't saved: at %q", got)
	}
}
