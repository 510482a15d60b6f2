package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
)

// slowChats restarts the bot so that each chat gets one message every
// `every`: whatever else is queued for a group waits its turn, as it does in
// a busy group under Telegram's 20-a-minute limit.
func (h *harness) slowChats(every time.Duration, more ...string) {
	h.t.Helper()
	if err := h.stop(); err != nil {
		h.t.Fatal(err)
	}
	h.tune = func(m *Main) { m.Limits.PerChat = sender.Rate{N: 1, Per: every} }
	h.start(more...)
}

// waitQueued waits until a reminder to chat waits in the outbox.
func (h *harness) waitQueued(chat int64) {
	h.t.Helper()
	h.waitOutbox("a reminder queued", func(box []allaboard.Outgoing) bool {
		return slices.ContainsFunc(box, func(m allaboard.Outgoing) bool { return m.ChatID == chat && m.Chase != nil })
	})
}

// waitOutboxEmpty waits until everything decided has been sent.
func (h *harness) waitOutboxEmpty() {
	h.t.Helper()
	h.waitOutbox("an empty outbox", func(box []allaboard.Outgoing) bool { return len(box) == 0 })
}

// waitOutbox waits until the outbox is as ok wants it.
func (h *harness) waitOutbox(what string, ok func([]allaboard.Outgoing) bool) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		box, err := h.main.DB.Outbox()
		if err != nil {
			h.t.Fatal(err)
		}
		if ok(box) {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("waited 10 s for %s; the outbox holds %d messages", what, len(box))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// groupIndex is the position of the first bot message in chat whose text has
// all of want, or -1.
func (h *harness) groupIndex(chat int64, want ...string) int {
	for i, m := range h.tg.BotMessages(chat) {
		if containsAll(m.Plain, want) {
			return i
		}
	}
	return -1
}

// A reminder is written when its turn comes, not when it was queued: members
// who left or confirmed meanwhile are not mentioned.
func TestQueuedRemindersLeaveOutWhoLeftOrConfirmed(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali", "Bea", "Cem")
	ali, bea, cem := pg.parents[0], pg.parents[1], pg.parents[2]
	h.slowChats(3*time.Second, "-ping-schedule", "0,1h")

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "📅 Picnic (#1)", "confirmed")
	// The reminder naming all three now waits behind the card.
	h.tg.Leave(pg.g, bea)
	h.press(cem, pg.g.ID, "Got it")

	m := h.waitMessage(pg.g.ID, "please confirm", "Picnic")
	if !strings.Contains(m.Plain, ali.FirstName) {
		t.Errorf("the reminder doesn't name Ali, who still has to confirm: %q", m.Plain)
	}
	for _, u := range []*telegramtest.User{bea, cem} {
		if strings.Contains(m.Plain, u.FirstName) {
			t.Errorf("the reminder names %s, who left or confirmed while it waited: %q\n%s", u.FirstName, m.Plain, h.dump(pg.g.ID))
		}
	}
	settle()
	if n := h.countIn(pg.g.ID, "please confirm"); n != 1 {
		t.Errorf("%d reminders in the group, want 1:\n%s", n, h.dump(pg.g.ID))
	}
}

// A member who blocked the bot is mentioned in the group as soon as the
// group's limit allows, ahead of reminders queued before.
func TestFallbackMentionGoesAheadOfQueuedReminders(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	names := []string{"Ada", "Ben", "Cal", "Dee", "Eli", "Fox", "Gus", "Hal", "Ivy", "Jon", "Kim"}
	pg := h.parentsGroup(append(names, "Dora")...)
	dora := pg.parents[len(names)]
	h.tg.Start(dora, "")
	h.waitGreeted(dora.ID)
	h.slowChats(2*time.Second, "-ping-schedule", "0,1h")

	h.tg.Send(dora.ID, dora, "/help") // keeps her chat busy: her reminder waits
	h.waitMessage(dora.ID, "How it works")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitQueued(dora.ID)
	h.tg.Block(dora) // after her private reminder was decided, before it goes

	h.waitMessage(pg.g.ID, "Dora", "please confirm")
	h.waitMessage(pg.g.ID, "Fox", "please confirm")
	dm, fox := h.groupIndex(pg.g.ID, "Dora", "please confirm"), h.groupIndex(pg.g.ID, "Fox", "please confirm")
	if dm > fox {
		t.Errorf("Dora's mention came after reminders queued before it:\n%s", h.dump(pg.g.ID))
	}
}
