package main

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
)

// eventually waits until cond holds, failing with what after 10 seconds.
func (h *harness) eventually(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("never: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// message is the bot's message id in chat as it stands now.
func (h *harness) message(chat int64, id int) (telegramtest.Message, bool) {
	for _, m := range h.tg.BotMessages(chat) {
		if m.ID == id {
			return m, true
		}
	}
	return telegramtest.Message{}, false
}

// retired reports whether the card message id in chat is now an outdated
// card: no buttons, and says so.
func (h *harness) retired(chat int64, id int) bool {
	m, ok := h.message(chat, id)
	return ok && len(m.Buttons) == 0 && strings.Contains(m.Plain, "Outdated")
}

// pinned reports whether message id in chat is pinned.
func (h *harness) pinned(chat int64, id int) bool {
	m, ok := h.message(chat, id)
	return ok && m.Pinned
}

// After a change the earlier card is retired: no buttons, says it is
// outdated; the newest is pinned and the earlier unpinned. A press on the
// earlier card, kept by a client, is answered with an alert and confirms
// nothing.
func TestAnOutdatedCardIsRetiredAndConfirmsNothing(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea") // the bot is an admin: it may pin
	ali := pg.parents[0]

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	first := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park", "confirmed")
	h.eventually("the first card is pinned", func() bool { return h.pinned(pg.g.ID, first.ID) })

	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach")
	second := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park → Beach", "confirmed")
	h.eventually("the first card is retired", func() bool { return h.retired(pg.g.ID, first.ID) })
	h.eventually("the second card is pinned", func() bool { return h.pinned(pg.g.ID, second.ID) })
	h.eventually("the first card is unpinned", func() bool { return !h.pinned(pg.g.ID, first.ID) })
	if old, _ := h.message(pg.g.ID, first.ID); !strings.Contains(old.Plain, "Park") || strings.Contains(old.Plain, "Beach") {
		t.Errorf("the first card now says %q, want it saying it was Park", old.Plain)
	}
	if !hasButton(second, "Got it") {
		t.Errorf("the newest card lost its buttons: %+v", second.Buttons)
	}
	h.waitStatus(pg.host, "1 of 3 confirmed")
	settle()
	status, card := h.statusCard(pg.host).Plain, second.Plain

	// Ali's client still shows the first card with its buttons.
	for _, label := range []string{"Got it", "Going"} {
		a := h.answered(h.tg.Press(ali, first, buttonOn(t, first, label, false).Data))
		if !a.ShowAlert || !strings.Contains(a.Text, "out of date") || !strings.Contains(a.Text, "Park → Beach") {
			t.Errorf("%s on the outdated card was answered %+v, want an alert saying what changed", label, a)
		}
	}
	settle()
	if got := h.statusCard(pg.host).Plain; got != status {
		t.Errorf("a press on the outdated card changed the host's status card:\n%s\nwas:\n%s", got, status)
	}
	if got, _ := h.message(pg.g.ID, second.ID); got.Plain != card {
		t.Errorf("a press on the outdated card changed the newest card's counts: %q, was %q", got.Plain, card)
	}
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		r, err := tx.Response(pg.g.ID, 1, ali.ID)
		if err == nil && (r.Acked != 0 || r.RSVP != allaboard.NoAnswer) {
			t.Errorf("Ali's presses on the outdated card counted: %+v", r)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Without the right to pin, cards are retired all the same, and nothing
// breaks: no error, no retries, nothing said to anyone.
func TestCardsWithoutTheRightToPin(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.SetBotAdmin(pg.g, false)

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	first := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park", "confirmed")
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach")
	second := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park → Beach", "confirmed")
	h.eventually("the first card is retired", func() bool { return h.retired(pg.g.ID, first.ID) })
	h.waitLog("op=unpin") // after the newest card's pin
	settle()

	// The first card may be pinned when it is delivered, unless the change
	// came first; the newest is.
	refused := strings.Count(h.out.String(), `msg="not allowed in the chat" chat=-100 op=pin`)
	if got := h.tg.Calls("pinChatMessage"); got != refused || got < 1 || got > 2 {
		t.Errorf("%d pin requests, %d refusals logged: want one per card, not retried", got, refused)
	}
	for _, m := range h.tg.BotMessages(pg.g.ID) {
		if m.Pinned {
			t.Errorf("pinned without the right: %q", m.Plain)
		}
		if strings.Contains(m.Plain, "pin") && m.ID > first.ID {
			t.Errorf("the group was told about pinning: %q", m.Plain)
		}
	}
	if strings.Contains(h.out.String(), "level=ERROR") {
		t.Errorf("errors logged:\n%s", h.out.String())
	}
	h.press(ali, pg.g.ID, "Got it")
	h.waitStatus(pg.host, "2 of 2 confirmed")
	if !hasButton(second, "Got it") {
		t.Errorf("the newest card lost its buttons")
	}
}

// Two chase rounds for the same members: only the latest mention stands in
// the group, and none once they have confirmed.
func TestOnlyTheLatestMentionStands(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,2s")
	pg := h.parentsGroup("Ali", "Bea") // neither opened a chat with the bot
	ali, bea := pg.parents[0], pg.parents[1]

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Ali", "Bea", "please confirm")
	h.eventually("a second round of mentions", func() bool { return h.posted(pg.g.ID, "please confirm") >= 2 })
	h.eventually("one mention standing", func() bool { return h.countIn(pg.g.ID, "please confirm") == 1 })

	h.press(ali, pg.g.ID, "Got it")
	h.press(bea, pg.g.ID, "Got it")
	h.waitStatus(pg.host, "3 of 3 confirmed")
	h.eventually("no mention standing once everyone confirmed", func() bool { return h.countIn(pg.g.ID, "please confirm") == 0 })
	posted := h.posted(pg.g.ID, "please confirm")
	time.Sleep(2500 * time.Millisecond) // past the next round
	if got := h.posted(pg.g.ID, "please confirm"); got != posted {
		t.Errorf("%d mentions after everyone confirmed", got-posted)
	}
}
