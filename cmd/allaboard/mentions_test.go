package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// mentionsOf are the group's bot messages that mention u and ask to confirm.
func (h *harness) mentionsOf(chat int64, u *telegramtest.User) []telegramtest.Message {
	var out []telegramtest.Message
	for _, m := range h.tg.BotMessages(chat) {
		if strings.Contains(m.Plain, u.FirstName) && strings.Contains(m.Plain, "please confirm") {
			out = append(out, m)
		}
	}
	return out
}

// A member the bot can only mention confirms, with the ✅ under the mention,
// exactly what it shows: after a change of place, the old and the new place.
func TestMentionsOfAChangeShowWhatChanged(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s")
	pg := h.parentsGroup("Ali", "Bea")
	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park | Bring socks")
	h.waitMessage(pg.g.ID, "Ali", "please confirm", "Park", "Bring socks")
	h.press(ali, pg.g.ID, "Got it")
	h.press(bea, pg.g.ID, "Got it")
	h.waitStatus(pg.host, "3 of 3 confirmed")

	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach")
	// Each round's mention replaces the last: watch for them as they come.
	rounds := map[int]string{}
	deadline := time.Now().Add(10 * time.Second)
	for len(rounds) < 2 {
		for _, m := range h.mentionsOf(pg.g.ID, ali) {
			if strings.Contains(m.Plain, "changed, please confirm") {
				rounds[m.ID] = m.Plain
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d rounds of reminders about the change, want 2:\n%s", len(rounds), h.dump(pg.g.ID))
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, text := range rounds {
		if !strings.Contains(text, "📍 Park → Beach") || strings.Count(text, "📍") != 1 {
			t.Errorf("a mention of the change doesn't show the old and the new place, once: %q", text)
		}
	}
}

// A late joiner who never opened a private chat with the bot is welcomed in
// the group with everything they confirm: when, where and every line of the
// notes; their ✅ counts as having seen that version.
func TestLateJoinerMentionIsSelfContained(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	when := future(10, 15)
	h.tg.Send(pg.g.ID, pg.host, "/event Mia's party | "+when+" | Jump House | Bring socks!\nPick-up at 18:00")
	h.waitMessage(pg.g.ID, "Mia's party (#1)")

	cem := h.tg.AddUser("Cem", "", "")
	h.tg.Join(pg.g, cem)
	m := h.waitMessage(pg.g.ID, "Welcome, Cem", "please confirm", "Mia's party", "Jump House", "Bring socks!")
	if !strings.Contains(m.Plain, "15:00") {
		t.Errorf("the welcome doesn't say when: %q", m.Plain)
	}
	if !strings.Contains(m.Plain, "Bring socks!\nPick-up at 18:00") {
		t.Errorf("the welcome doesn't show all of the notes its ✅ confirms: %q", m.Plain)
	}
	if !hasButton(m, "Got it") || !hasButton(m, "Remind me privately") {
		t.Errorf("the welcome lacks its buttons: %+v", m)
	}
	h.answer(h.tg.Press(cem, m, buttonData(t, m, "Got it")))
	card := h.waitStatus(pg.host, "2 of 3 confirmed", "Cem 🆕")
	if !strings.Contains(section(card.Plain, "Confirmed the latest version"), "Cem") {
		t.Errorf("Cem confirmed under the welcome, and the host's card doesn't count him:\n%s", card.Plain)
	}
}

// buttonData is the data of the button whose label contains label.
func buttonData(t *testing.T, m telegramtest.Message, label string) string {
	t.Helper()
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, label) && b.Data != "" {
				return b.Data
			}
		}
	}
	t.Fatalf("no button %q on %q", label, m.Plain)
	return ""
}

// Undo, end to end: the card goes from the group and nobody is reminded.
func TestUndoAnAnnouncement(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tune = func(m *Main) { m.UndoWindow = 3 * time.Second }
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "📅 Picnic (#1)")
	h.waitMessage(pg.host.ID, "Picnic (#1) is posted", "undo")
	if got := h.press(pg.host, pg.host.ID, "Undo"); !strings.Contains(got, "Undone") {
		t.Fatalf("undo answered %q", got)
	}
	h.waitMessage(pg.host.ID, "Undone", "nobody was reminded")
	h.assertUndone(pg.g.ID, ali)
}
