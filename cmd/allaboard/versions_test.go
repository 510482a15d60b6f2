package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// shortFuture is future(days, hour) as cards show a time in a line: "Sat 5 Dec 15:00".
func shortFuture(days, hour int) string {
	t := time.Now().In(berlin()).AddDate(0, 0, days)
	return time.Date(t.Year(), t.Month(), t.Day(), hour, 0, 0, 0, berlin()).Format("Mon 2 Jan 15:04")
}

// A move after three people said Going: the new card shows none going until
// they answer again, each of them is asked privately whether they still come,
// and the host's status card lists them apart, not under Going.
func TestAMoveAsksThoseGoingWhetherTheyStillCome(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea", "Cem", "Dora")
	going, dora := pg.parents[:3], pg.parents[3] // Dora never opened a chat with the bot
	for _, u := range going {
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
	}
	h.tg.Send(pg.g.ID, pg.host, "/event Mia's party | "+future(10, 15)+" | Jump House")
	for _, u := range going {
		h.waitMessage(u.ID, "New in Class 2b parents", "Mia's party")
		if got := h.press(u, u.ID, "Going"); !strings.Contains(got, "going") {
			t.Errorf("%s pressed Going and was told %q", u.FirstName, got)
		}
	}
	h.waitMessage(pg.g.ID, "Dora", "please confirm")
	h.press(dora, pg.g.ID, "Maybe")
	h.waitMessage(pg.g.ID, "Mia's party (#1)", "✅ 5 of 5 confirmed · 🎉 3 going · 🤔 1 maybe")
	h.waitStatus(pg.host, "🎉 Going: Ali, Bea, Cem", "🤔 Maybe: Dora")

	h.tg.Send(pg.g.ID, pg.host, "/edit 1 when "+future(11, 14))
	card := h.waitMessage(pg.g.ID, "Mia's party (#1)", "Changed", "→", "✅ 1 of 5 confirmed")
	if strings.Contains(card.Plain, "going") || strings.Contains(card.Plain, "maybe") {
		t.Errorf("the new card counts answers given to the earlier time:\n%s", card.Plain)
	}
	question := "You said 🎉 Going for " + shortFuture(10, 15) + " — still coming?"
	for _, u := range going {
		m := h.waitMessage(u.ID, question, "Changed", shortFuture(11, 14))
		if !hasButton(m, "Going") || !hasButton(m, "Can't") {
			t.Errorf("%s is asked without the answer buttons: %+v", u.FirstName, m.Buttons)
		}
	}
	status := h.waitStatus(pg.host, "Said 🎉 Going before the time or place changed: Ali, Bea, Cem",
		"Said 🤔 Maybe before the time or place changed: Dora")
	for _, line := range strings.Split(status.Plain, "\n") {
		if strings.HasPrefix(line, "🎉 Going") || strings.HasPrefix(line, "🤔 Maybe") {
			t.Errorf("the status card shows an answer to the earlier time as one to the new time: %q\n%s", line, status.Plain)
		}
	}

	// Ali is still coming.
	ali := going[0]
	h.press(ali, ali.ID, "Going")
	h.waitMessage(pg.g.ID, "Mia's party (#1)", "Changed", "✅ 2 of 5 confirmed · 🎉 1 going")
	h.waitStatus(pg.host, "🎉 Going: Ali", "Said 🎉 Going before the time or place changed: Bea, Cem")
}

// A tap on the private card edits that same message to show that the member
// confirmed and what they answered.
func TestThePrivateCardShowsTheMembersAnswer(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	card := h.waitMessage(ali.ID, "New in Class 2b parents", "Picnic")

	for _, tc := range []struct{ label, state string }{
		{"Going", "✅ You confirmed · 🎉 Going"},
		{"Maybe", "✅ You confirmed · 🤔 Maybe"},
	} {
		h.press(ali, ali.ID, tc.label)
		edited := h.waitMessage(ali.ID, tc.state, "Picnic")
		if edited.ID != card.ID || edited.Edits == 0 {
			t.Errorf("after %s: message %d (edited %d times) says %q, want card %d edited in place", tc.label, edited.ID, edited.Edits, tc.state, card.ID)
		}
		if !hasButton(edited, "Going") || !hasButton(edited, "Can't") {
			t.Errorf("the edited card lost its buttons: %+v", edited.Buttons)
		}
	}
	var cards int
	for _, m := range h.tg.BotMessages(ali.ID) {
		if strings.Contains(m.Plain, "Picnic") {
			cards++
		}
	}
	if cards != 1 {
		t.Errorf("Ali has %d messages about the picnic, want her one card:\n%s", cards, h.dump(ali.ID))
	}
	h.waitMessage(pg.g.ID, "Picnic (#1)", "✅ 2 of 3 confirmed · 🤔 1 maybe")
}
