package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/bot/wire"
)

// A household of two, end to end: Ann asks Ben to be one family; a forged
// press links nobody; Ben's yes does. Ann confirms the picnic: Ben is told
// she confirmed for the family and neither is reminded again, while Cat
// still is; the host's status card counts them as one family.
func TestOneFamilyConfirmsOnce(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Cat")
	cat := pg.parents[0]
	ann, ben := h.tg.AddUser("Ann", "", "ann"), h.tg.AddUser("Ben", "", "ben")
	for _, u := range []*telegramtest.User{ann, ben} {
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
		h.tg.AddMemberSilently(pg.g, u)
		h.tg.Send(pg.g.ID, u, "Hi all, "+u.FirstName+" here")
	}

	h.tg.Send(pg.g.ID, ann, "/family @ben")
	asked := h.waitMessage(pg.g.ID, "asked Ben", "until they say yes")
	h.waitMessage(ben.ID, "Ann says you're one family", "Are you?")

	forged := wire.FamilyPress{Group: pg.g.ID, From: ann.ID, Yes: true}.Encode()
	if got := h.answer(h.tg.Press(cat, asked, forged)); !strings.Contains(got, "someone else") {
		t.Errorf("Cat's forged yes was answered %q", got)
	}
	if got := h.press(ann, ben.ID, "Yes, we're one family"); !strings.Contains(got, "someone else") {
		t.Errorf("Ann pressing Ben's yes was answered %q", got)
	}
	if got := h.press(ben, ben.ID, "Yes, we're one family"); !strings.Contains(got, "one family now") {
		t.Fatalf("Ben's yes was answered %q", got)
	}
	h.waitMessage(ann.ID, "Ben said yes")

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(ann.ID, "Picnic", "Park")
	h.waitMessage(ben.ID, "Picnic", "Park")
	h.press(ann, ann.ID, "Got it")
	h.waitMessage(ben.ID, "Ann confirmed", "Picnic", "for your family")
	h.waitStatus(pg.host, "2 of 3 families confirmed", "Ben (Ann for the family)")
	h.waitMessage(pg.g.ID, "2 of 3 families confirmed")

	annN, benN := h.countIn(ann.ID, "Picnic"), h.countIn(ben.ID, "Picnic")
	catN := h.posted(pg.g.ID, "Cat")
	time.Sleep(5 * time.Second) // the schedule is 0, 2s, 4s, then every 4s
	if n := h.countIn(ann.ID, "Picnic"); n != annN {
		t.Errorf("Ann confirmed, and got %d more messages about the picnic:\n%s", n-annN, h.dump(ann.ID))
	}
	if n := h.countIn(ben.ID, "Picnic"); n != benN {
		t.Errorf("Ann confirmed for the family, and Ben got %d more messages about the picnic:\n%s", n-benN, h.dump(ben.ID))
	}
	if h.posted(pg.g.ID, "Cat") == catN {
		t.Errorf("Cat, who didn't confirm, was not reminded meanwhile: the chase itself stopped")
	}
}
