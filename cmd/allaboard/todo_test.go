package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// A to-do due this afternoon, at the default pace, end to end: its card
// shows the deadline and ☑️ Done · 👀 Seen · 🙁 Can't and counts families;
// one of a household marks it done for both (the other is told, and not
// reminded again); a member who can't sends the reason privately and it
// reaches the host; one who does nothing is reminded a quarter of an hour
// later (urgent: little time is left), handed to the host hours before the
// deadline, and named in the final list at the deadline, after which
// nobody is reminded.
func TestATodoDueThisAfternoon(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin())) // a Tuesday
	h.clock = clock
	h.start("-ping-schedule", "normal")
	pg := h.parentsGroup("Bea") // Bea never opens a private chat: she is mentioned in the group
	// joined adds a member with a private chat and a username.
	joined := func(name string) *telegramtest.User {
		u := h.tg.AddUser(name, "", strings.ToLower(name))
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
		h.tg.AddMemberSilently(pg.g, u)
		h.tg.Send(pg.g.ID, u, "Hi all, "+name+" here")
		return u
	}
	ali, cem, dan := joined("Ali"), joined("Cem"), joined("Dan")
	h.tg.Send(pg.g.ID, cem, "/family @dan")
	h.waitMessage(dan.ID, "Cem says you're one family")
	h.press(dan, dan.ID, "Yes, we're one family")
	h.waitMessage(cem.ID, "Dan said yes")

	h.tg.Send(pg.g.ID, pg.host, "/todo Bring the signed slip to school by 16:00")
	card := h.waitMessage(pg.g.ID, "☑️ To-do (#1)", "Bring the signed slip to school", "⏰ By Tue 1 Dec 2026", "16:00", "0 of 3 families done")
	for _, label := range []string{"Done", "Seen", "Can't"} {
		if !hasButton(card, label) {
			t.Fatalf("the to-do's card has no %q: %+v", label, card.Buttons)
		}
	}
	if hasButton(card, "Going") || hasButton(card, "Got it") {
		t.Fatalf("the to-do's card has an event's buttons: %+v", card.Buttons)
	}
	h.waitMessage(ali.ID, "New to-do in", "Bring the signed slip")
	h.waitMessage(dan.ID, "New to-do in", "Bring the signed slip")
	h.waitMessage(pg.g.ID, "Bea", "please do this by Tue 1 Dec 16:00", "Bring the signed slip")

	// A household marks it done once.
	if got := h.press(cem, cem.ID, "Done"); !strings.Contains(got, "thank you") {
		t.Fatalf("Cem's Done was answered %q", got)
	}
	h.waitMessage(dan.ID, "Cem has done this for your family", "Bring the signed slip")
	h.waitStatus(pg.host, "Dan (Cem for the family)", "1 of 3 families done")
	h.waitMessage(pg.g.ID, "1 of 3 families done")
	danN := h.countIn(dan.ID, "Bring the signed slip")

	// Can't, with a reason that reaches the host.
	if got := h.press(ali, ali.ID, "Can't"); !strings.Contains(got, "you can't") {
		t.Fatalf("Ali's Can't was answered %q", got)
	}
	h.waitMessage(ali.ID, "Want to tell Hanna why?")
	h.tg.Send(ali.ID, ali, "We are away until Friday, sorry")
	h.waitMessage(pg.host.ID, "Ali can't do", "Bring the signed slip", "We are away until Friday, sorry")
	h.waitMessage(ali.ID, "Passed on to Hanna")
	h.waitStatus(pg.host, "Can't: Ali", "Not seen yet: Bea")

	// Urgent: a quarter of an hour later Bea is mentioned again.
	mentioned := func() int { return h.posted(pg.g.ID, "Bea") }
	before := mentioned()
	clock.Set(time.Date(2026, 12, 1, 10, 16, 0, 0, berlin()))
	h.eventually("Bea is reminded a quarter of an hour later", func() bool { return mentioned() > before })

	// Handed to the host after a quarter of the time left, long before the deadline.
	clock.Set(time.Date(2026, 12, 1, 11, 31, 0, 0, berlin()))
	h.waitMessage(pg.host.ID, "Bea hasn't done", "Bring the signed slip", "please contact them personally")

	// At the deadline the final list, and the chase stops.
	clock.Set(time.Date(2026, 12, 1, 16, 0, 1, 0, berlin()))
	h.waitMessage(pg.host.ID, "deadline of", "has passed", "2 families haven't done it", "Bea", "Ali (can't)")
	h.waitStatus(pg.host, "Not done by the deadline: Bea", "Can't: Ali")
	after := mentioned()
	clock.Set(time.Date(2026, 12, 1, 18, 0, 0, 0, berlin()))
	settle()
	if n := mentioned(); n != after {
		t.Fatalf("Bea was reminded after the deadline:\n%s", h.dump(pg.g.ID))
	}
	if n := h.countIn(dan.ID, "Bring the signed slip"); n != danN {
		t.Fatalf("Dan, whose family had done it, was reminded:\n%s", h.dump(dan.ID))
	}
	if final := h.countIn(pg.host.ID, "has passed"); final != 1 {
		t.Fatalf("%d final lists, want one:\n%s", final, h.dump(pg.host.ID))
	}
}
