package main

import (
	"fmt"
	"strings"
	"testing"

	"allaboard/bot/telegramtest"
)

// /events and /status in the group are answered in private, so after a move
// nothing in the group shows the old place but the retired cards, which say
// they are outdated, and what says where it moved.
func TestAfterAMoveNoGroupMessageShowsTheOldPlace(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea")
	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)", "Park", "confirmed")
	h.tg.Send(pg.g.ID, ali, "/events")
	h.tg.Send(pg.g.ID, pg.host, "/status 1")
	h.tg.Send(pg.g.ID, bea, "/events") // Bea has no private chat
	h.waitOutboxEmpty()

	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach")
	h.waitMessage(pg.g.ID, "Picnic (#1)", "Park → Beach", "confirmed")
	h.waitOutboxEmpty()
	for _, m := range h.tg.BotMessages(pg.g.ID) {
		if strings.Contains(m.Plain, "Park") && !strings.Contains(m.Plain, "Park → Beach") && !h.retired(pg.g.ID, m.ID) {
			t.Errorf("after the move the group still shows the old place:\n%s", m.Plain)
		}
	}

	// The answers went to the private chats; Bea's invitation shows her the
	// list, as it is now.
	h.waitMessage(pg.g.ID, "Sent to you in private, Ali")
	h.waitMessage(ali.ID, "Coming up in Class 2b parents", "Picnic (#1)", "Park")
	h.waitMessage(pg.g.ID, "Sent to you in private, Hanna")
	h.waitStatus(pg.host, "Picnic (#1)")
	invite := h.waitMessage(pg.g.ID, "I'll answer you in private, Bea")
	if _, ok := h.tg.OpenLink(bea, buttonURL(t, invite, "Open a private chat")); !ok {
		t.Fatal("the invitation's link is not a deep link to the bot")
	}
	h.waitMessage(bea.ID, "Coming up in Class 2b parents", "Picnic (#1)", "Beach")
}

// A member's message to the bot in private reaches the host, once, as typed,
// with a link to the member.
func TestAPrivateMessageIsPassedOnToTheHost(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(ali.ID, "please confirm", "Picnic (#1)")

	h.tg.Send(ali.ID, ali, "We'll be 10 min late <3")
	h.waitMessage(ali.ID, "Shall I pass your message on to the host?")
	if got := h.press(ali, ali.ID, "Picnic · to Hanna"); got != "✅ Passed on to Hanna." {
		t.Errorf("Ali's press was answered %q", got)
	}
	m := h.waitMessage(pg.host.ID, "💬 Ali about Picnic (#1) in Class 2b parents:", "We'll be 10 min late <3")
	if link := fmt.Sprintf(`href="tg://user?id=%d"`, ali.ID); !strings.Contains(m.Text, link) {
		t.Errorf("the host's message has no link to Ali: %s", m.Text)
	}
	if got := h.press(ali, ali.ID, "Picnic · to Hanna"); !strings.Contains(got, "already") {
		t.Errorf("a second press was answered %q", got)
	}
	h.waitOutboxEmpty()
	if n := h.countIn(pg.host.ID, "We'll be 10 min late"); n != 1 {
		t.Errorf("the host got the message %d times, want once", n)
	}
}
