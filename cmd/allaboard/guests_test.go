package main

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// A party for 5 invited members of a 20-member group: only those 5 are asked
// to confirm and reminded; the others get nothing and are named nowhere. A
// co-host can change it and is told whom to call along with the host.
func TestAPartyForInvitedGuestsWithACoHost(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tune = func(m *Main) { m.UndoWindow = 3 * time.Second } // nobody is reminded before it is over
	h.start()
	host := h.tg.AddUser("Hanna", "", "hanna")
	h.tg.Start(host, "")
	h.waitGreeted(host.ID)
	g := h.tg.NewGroup("Class 2b parents", host)
	h.tg.AddBot(g, host, true)
	h.waitMessage(g.ID, "Hello")
	var parents []*telegramtest.User
	for i := range 20 {
		u := h.tg.AddUser("Parent"+strconv.Itoa(i), "", "p"+strconv.Itoa(i))
		h.tg.AddMemberSilently(g, u)
		h.tg.Send(g.ID, u, "hi")
		if i%2 == 0 { // half can be written to in private
			h.tg.Start(u, "")
			h.waitGreeted(u.ID)
		}
		parents = append(parents, u)
	}
	guests, others := parents[:5], parents[5:]
	h.waitDrained(g.ID, "Roll call")
	before := map[int64]int{}
	for _, u := range others {
		before[u.ID] = len(h.tg.BotMessages(u.ID))
	}
	inGroup := len(h.tg.BotMessages(g.ID))

	h.tg.Send(g.ID, host, "/event Mia's party | "+future(5, 15)+" | Jump House")
	h.waitMessage(g.ID, "Mia's party (#1)")
	h.tg.Send(g.ID, host, "/edit 1 guests @p0 @p1 @p2 @p3 @p4")
	h.waitMessage(g.ID, "now for 5 invited guests")
	h.waitMessage(g.ID, "For invited guests (5)")
	h.tg.Send(g.ID, host, "/cohost 1 @p0")
	h.waitMessage(guests[0].ID, "made you a co-host")

	// The guests who started the bot get their card; the others are mentioned.
	for _, u := range guests {
		if u == guests[0] {
			continue // the co-host had the card with their status card
		}
		if u.ID%2 == parents[0].ID%2 {
			h.waitMessage(u.ID, "Mia's party", "please confirm")
		} else {
			h.waitMessage(g.ID, u.FirstName, "please confirm")
		}
	}
	h.tg.Send(g.ID, guests[0], "/edit 1 where Jump House, hall B")
	h.waitMessage(g.ID, "hall B")
	h.waitMessage(host.ID, "please contact them personally")
	h.waitMessage(guests[0].ID, "please contact them personally")
	h.waitDrained(host.ID, "please contact them personally")

	for _, u := range others {
		if n := len(h.tg.BotMessages(u.ID)); n != before[u.ID] {
			t.Errorf("%s, not invited, got %d messages: %s", u.FirstName, n-before[u.ID], h.dump(u.ID))
		}
	}
	for _, m := range h.tg.BotMessages(g.ID)[inGroup:] {
		for _, u := range others {
			if strings.Contains(m.Plain, u.FirstName+" ") || strings.HasSuffix(m.Plain, u.FirstName) {
				t.Errorf("%s, not invited, is named in the group: %q", u.FirstName, m.Plain)
			}
		}
	}
	if card := h.waitStatus(host, "of 6 confirmed"); strings.Contains(card.Plain, others[0].FirstName) {
		t.Errorf("the status card lists someone not invited:\n%s", card.Plain)
	}
}
