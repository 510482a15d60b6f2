package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// A must-read notice about tomorrow, on the group's clock: confirmed by a
// member in private, one by the ✅ under their mention, and a late joiner
// welcomed in the group; its text changed and confirmed again by all; then,
// once its day is over, nobody is reminded any more, its card comes down
// from the pins and it can't be changed.
func TestANoticeIsConfirmedEditedAndRetiredAfterItsDay(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin())) // a Tuesday
	h.clock = clock
	h.start()
	pg := h.parentsGroup("Ali", "Bea")
	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(pg.g.ID, pg.host, "/announce School is closed (heating failure), please arrange care tomorrow")
	card := h.waitMessage(pg.g.ID, "📣 Notice (#1)", "heating failure", "📅 Wed 2 Dec 2026", "1 of 3 confirmed")
	if hasButton(card, "Going") || !hasButton(card, "Got it") {
		t.Fatalf("the notice's card has the wrong buttons: %+v", card.Buttons)
	}
	h.eventually("the notice's card is pinned", func() bool { return h.pinned(pg.g.ID, card.ID) })

	// In private, and by a mention that carries the text.
	h.waitMessage(ali.ID, "New in", "heating failure", "📅 Wed 2 Dec")
	h.press(ali, ali.ID, "Got it")
	mention := h.waitMessage(pg.g.ID, "Bea", "please confirm", "heating failure")
	h.answer(h.tg.Press(bea, mention, buttonData(t, mention, "Got it")))
	h.waitStatus(pg.host, "3 of 3 confirmed")

	// A late joiner is welcomed with the text, and confirms it.
	cem := h.tg.AddUser("Cem", "", "")
	h.tg.Join(pg.g, cem)
	welcome := h.waitMessage(pg.g.ID, "Welcome, Cem", "asked to read this", "heating failure")
	h.answer(h.tg.Press(cem, welcome, buttonData(t, welcome, "Got it")))
	h.waitStatus(pg.host, "4 of 4 confirmed")

	// A new text: everyone confirms it again.
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 text School is closed (heating failure): please arrange care tomorrow and Thursday")
	h.waitMessage(pg.g.ID, "📣 Notice (#1)", "Changed", "📣 New text", "and Thursday", "1 of 4 confirmed")
	ask := h.waitMessage(pg.host.ID, "only a typo fix")
	if got := h.answer(h.tg.Press(pg.host, ask, buttonData(t, ask, "Ask everyone again"))); !strings.Contains(got, "Everyone confirms") {
		t.Fatalf("asking everyone again answered %q", got)
	}
	h.waitMessage(ali.ID, "Please confirm", "📣 New text", "and Thursday")
	h.press(ali, ali.ID, "Got it")
	again := h.waitMessage(pg.g.ID, "Bea", "Cem", "changed, please confirm", "and Thursday")
	h.answer(h.tg.Press(bea, again, buttonData(t, again, "Got it")))
	h.answer(h.tg.Press(cem, again, buttonData(t, again, "Got it")))
	h.waitStatus(pg.host, "4 of 4 confirmed")

	// A change nobody confirms is chased until the day is over, and then
	// no longer.
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 text School is closed on Wednesday and Thursday")
	latest := h.waitMessage(pg.g.ID, "📣 Notice (#1)", "Wednesday and Thursday", "1 of 4 confirmed")
	h.waitMessage(ali.ID, "Please confirm", "Wednesday and Thursday")
	reminded := func() int { return h.countIn(ali.ID, "Wednesday and Thursday") }
	before := reminded()
	clock.Set(time.Date(2026, 12, 2, 23, 0, 0, 0, berlin()))
	h.eventually("Ali is reminded on the notice's day", func() bool { return reminded() > before })
	clock.Set(time.Date(2026, 12, 3, 0, 0, 1, 0, berlin()))
	h.eventually("the card comes down once its day is over", func() bool { return !h.pinned(pg.g.ID, latest.ID) })
	after := reminded()
	clock.Set(time.Date(2026, 12, 3, 9, 0, 0, 0, berlin()))
	settle()
	if n := reminded(); n != after {
		t.Fatalf("Ali was reminded after the notice's day:\n%s", h.dump(ali.ID))
	}
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 text School is open again")
	h.waitMessage(pg.g.ID, "is closed, so it can't be changed")
}
