package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/bot/wire"
)

// A parent announces an event without learning any syntax: the group's
// button opens the private chat, questions come one at a time, the bot
// restarts in the middle, and the preview is posted as the group's card.
func TestGuidedCreationEndToEnd(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	host, ali := pg.host, pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(pg.g.ID, host, "/event")
	h.waitMessage(pg.g.ID, "step by step")
	h.tg.Start(host, wire.NewEventPayload(pg.g.ID))
	h.waitMessage(host.ID, "What is it?")
	h.press(host, host.ID, "Event")
	h.waitMessage(host.ID, "New event for Class 2b parents")
	h.tg.Send(host.ID, host, "Mia's party")
	h.waitMessage(host.ID, "Which day?")
	h.press(host, host.ID, "Tomorrow")
	h.waitMessage(host.ID, "What time")

	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	h.start() // the flow goes on where it was

	h.tg.Send(host.ID, host, "3:30")
	h.waitMessage(host.ID, "15:30", "03:30")
	h.press(host, host.ID, "15:30")
	h.waitMessage(host.ID, "Until when?")
	h.press(host, host.ID, "Skip")
	h.waitMessage(host.ID, "Does it repeat?")
	h.press(host, host.ID, "No")
	h.waitMessage(host.ID, "Where?")
	h.tg.Send(host.ID, host, "Jump House")
	h.waitMessage(host.ID, "Anything else")
	h.tg.Send(host.ID, host, "Bring socks")
	h.waitMessage(host.ID, "Who is it for?")
	h.press(host, host.ID, "The whole group")
	preview := h.waitMessage(host.ID, "This is what the group will see", "Mia's party", "15:30", "Jump House", "Bring socks")
	if got := h.press(host, host.ID, "Post to Class 2b parents"); !strings.Contains(got, "Posted") {
		t.Fatalf("posting answered %q", got)
	}
	card := h.waitMessage(pg.g.ID, "Mia's party", "Jump House", "Bring socks")
	_, body, _ := strings.Cut(preview.Plain, "\n")
	if first, _, _ := strings.Cut(body, "Host:"); !strings.Contains(card.Plain, strings.TrimSpace(first)) {
		t.Fatalf("the group's card\n%s\ndoes not show the preview\n%s", card.Plain, preview.Plain)
	}
	h.waitMessage(ali.ID, "Mia's party") // Ali is chased as for /event
}

// A discarded draft posts nothing.
func TestGuidedCreationDiscard(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	host := pg.host
	h.draftPicnic(host)
	h.press(host, host.ID, "Discard")
	h.waitMessage(host.ID, "Discarded")
	h.tg.Send(host.ID, host, "Park")
	h.waitMessage(host.ID, "I can't read chat")
	for _, m := range h.tg.BotMessages(pg.g.ID) {
		if strings.Contains(m.Plain, "Picnic") {
			t.Fatalf("a discarded draft was posted: %s", m.Plain)
		}
	}
}

// Posted through the guided flow, an event can be undone in its first
// minutes: the card goes and nobody is reminded.
func TestGuidedCreationThenUndo(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tune = func(m *Main) { m.UndoWindow = 3 * time.Second }
	h.start()
	pg := h.parentsGroup("Ali")
	host, ali := pg.host, pg.parents[0]
	h.draftPicnic(host)
	h.press(host, host.ID, "Post to Class 2b parents")
	h.waitMessage(pg.g.ID, "📅 Picnic (#1)")
	h.waitMessage(host.ID, "Picnic (#1) is posted", "undo")
	if got := h.press(host, host.ID, "Undo"); !strings.Contains(got, "Undone") {
		t.Fatalf("undo answered %q", got)
	}
	h.assertUndone(pg.g.ID, ali)
}

// draftPicnic walks host through the guided flow to the preview of a picnic.
func (h *harness) draftPicnic(host *telegramtest.User) {
	h.t.Helper()
	h.tg.Send(host.ID, host, "/event")
	h.waitMessage(host.ID, "What is it?")
	h.press(host, host.ID, "Event")
	h.waitMessage(host.ID, "New event for Class 2b parents")
	h.tg.Send(host.ID, host, "Picnic")
	h.waitMessage(host.ID, "Which day?")
	h.tg.Send(host.ID, host, future(3, 12))
	h.waitMessage(host.ID, "Until when?")
	h.press(host, host.ID, "Skip")
	h.waitMessage(host.ID, "Does it repeat?")
	h.press(host, host.ID, "No")
	h.waitMessage(host.ID, "Where?")
	h.tg.Send(host.ID, host, "Park")
	h.waitMessage(host.ID, "Anything else")
	h.press(host, host.ID, "Skip")
	h.waitMessage(host.ID, "Who is it for?")
	h.press(host, host.ID, "The whole group")
	h.waitMessage(host.ID, "This is what the group will see", "Picnic", "Park")
}

// assertUndone checks, once the undo window is over, that the undone
// picnic's card is gone from the group and nobody was reminded of it.
func (h *harness) assertUndone(group int64, member *telegramtest.User) {
	h.t.Helper()
	time.Sleep(4 * time.Second) // past the window, when reminders would have gone
	if n := len(h.mentionsOf(group, member)); n != 0 {
		h.t.Errorf("%s was reminded of an undone event:\n%s", member.FirstName, h.dump(group))
	}
	for _, m := range h.tg.BotMessages(group) {
		if strings.Contains(m.Plain, "📅 Picnic (#1)") {
			h.t.Errorf("the card still stands in the group: %q", m.Plain)
		}
	}
}
