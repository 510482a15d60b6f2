package main

import (
	"strings"
	"testing"

	"allaboard/bot/telegramtest"
)

// buttonURL is the link of the button whose label contains label.
func buttonURL(t *testing.T, m telegramtest.Message, label string) string {
	t.Helper()
	return buttonOn(t, m, label, true).URL
}

// buttonOn is m's first button whose label contains label and that opens a
// link (url) or sends data back (!url).
func buttonOn(tb testing.TB, m telegramtest.Message, label string, url bool) telegramtest.Button {
	tb.Helper()
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, label) && (b.URL != "") == url {
				return b
			}
		}
	}
	tb.Fatalf("no button %q (link: %v) on %q", label, url, m.Plain)
	return telegramtest.Button{}
}

// The ways around buttons and group chatter: deep links, /ack, /start's list,
// /events, /status (answered in private); and a host who never opened a chat
// with the bot.
func TestDeepLinksTextFallbacksAndLists(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	host := h.tg.AddUser("Hanna", "", "hanna") // never starts the bot until asked
	g := h.tg.NewGroup("Class 2b parents", host)
	h.tg.AddBot(g, host, true)
	h.waitMessage(g.ID, "Hello")
	ali, fay, gus := h.tg.AddUser("Ali", "", ""), h.tg.AddUser("Fay", "", ""), h.tg.AddUser("Gus", "", "")
	for _, u := range []*telegramtest.User{ali, fay, gus} {
		h.tg.AddMemberSilently(g, u)
		h.tg.Send(g.ID, u, "hi")
	}
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(g.ID, host, "/event Picnic | "+future(5, 12)+" | Park")
	ask := h.waitMessage(g.ID, "Hanna, I can't write to you privately yet")
	h.tg.Send(g.ID, host, "/edit 1 where Beach")
	h.waitMessage(g.ID, "📍 Park → Beach")
	asks := 0
	for _, m := range h.tg.BotMessages(g.ID) {
		if strings.Contains(m.Plain, "I can't write to you privately") {
			asks++
		}
	}
	if asks != 1 {
		t.Errorf("the host was asked %d times to open a chat, want once", asks)
	}
	// The host follows the link: the event and her status card arrive in DM.
	if _, ok := h.tg.OpenLink(host, buttonURL(t, ask, "Open a private chat")); !ok {
		t.Fatal("the host's link is not a deep link to the bot")
	}
	h.waitMessage(host.ID, "Picnic (#1)", "Beach")
	h.waitStatus(host, "Not confirmed yet", "Ali", "Fay", "Gus")

	// Fay, mentioned in the group, opens the bot from the mention's link.
	mention := h.waitMessage(g.ID, "Fay", "please confirm")
	if _, ok := h.tg.OpenLink(fay, buttonURL(t, mention, "Remind me privately")); !ok {
		t.Fatal("the mention's link is not a deep link to the bot")
	}
	h.waitMessage(fay.ID, "Please confirm", "Picnic (#1)", "Beach")
	if got := h.press(fay, fay.ID, "Got it"); !strings.Contains(got, "Thanks") {
		t.Errorf("Fay pressed Got it in DM and was told %q", got)
	}

	// Ali asks in DM what is left: the card, with its buttons.
	h.tg.Send(ali.ID, ali, "/start")
	h.waitMessage(ali.ID, "You have 1 event(s) to confirm")
	// Gus types instead of tapping. The picnic moved since it was announced,
	// and /ack shows nothing: he is shown the new version, and confirms it
	// with its button. Ali taps Got it on her card.
	h.tg.Send(g.ID, gus, "/ack 1")
	shown := h.waitMessage(g.ID, "Gus", "Picnic (#1) changed, please confirm", "📍 Park → Beach")
	if got := h.answer(h.tg.Press(gus, shown, buttonData(t, shown, "Got it"))); !strings.Contains(got, "Thanks! You've confirmed “Picnic”") {
		t.Errorf("Gus pressed Got it under the version /ack showed him and was told %q", got)
	}
	if got := h.press(ali, ali.ID, "Got it"); !strings.Contains(got, "Thanks") {
		t.Errorf("Ali pressed Got it in DM and was told %q", got)
	}
	h.tg.Send(ali.ID, ali, "/ack")
	h.waitMessage(ali.ID, "You're all caught up")

	// /events and /status in the group are answered in private. Gus has no
	// private chat: the group's line invites him, and its link shows him the list.
	h.tg.Send(g.ID, gus, "/events")
	invite := h.waitMessage(g.ID, "I'll answer you in private, Gus")
	if _, ok := h.tg.OpenLink(gus, buttonURL(t, invite, "Open a private chat")); !ok {
		t.Fatal("the invitation's link is not a deep link to the bot")
	}
	list := h.waitMessage(gus.ID, "Coming up in Class 2b parents", "Picnic (#1)", "Beach", "4 of 4 confirmed")
	if strings.Contains(list.Plain, "Fay") {
		t.Errorf("/events shows members' names:\n%s", list.Plain)
	}
	h.waitMessage(host.ID, "Everyone knows ✅", "latest version of Picnic")
	h.tg.Send(g.ID, host, "/status 1")
	line := h.waitMessage(g.ID, "Sent to you in private, Hanna")
	if strings.Contains(line.Plain, "Gus") || strings.Contains(line.Plain, "confirmed") {
		t.Errorf("/status in the group shows more than a line:\n%s", line.Plain)
	}
	h.waitStatus(host, "4 of 4 confirmed", "Ali, Fay, Gus, Hanna")
}
