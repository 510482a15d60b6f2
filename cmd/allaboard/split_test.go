package main

import (
	"strconv"
	"strings"
	"testing"

	"allaboard/bot/telegramtest"
)

// A reply longer than Telegram allows (4,096 UTF-16 units after its HTML is
// parsed) arrives in several messages, with nothing left out.
func TestALongReplyArrivesSplit(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.crowd("👨‍👩‍👧‍👦 Class 3a parents and their families", 200)

	h.tg.Send(pg.g.ID, pg.host, "/members")
	h.waitMessage(pg.host.ID, "Members of")
	h.waitDrained(pg.host.ID, "Members of")
	var list []telegramtest.Message
	for _, m := range h.tg.BotMessages(pg.host.ID) {
		if len(list) > 0 || strings.Contains(m.Plain, "Members of") {
			list = append(list, m)
		}
	}
	if len(list) < 2 {
		t.Fatalf("the member list came in %d message(s), want it split", len(list))
	}
	var all strings.Builder
	for _, m := range list {
		all.WriteString(m.Plain + "\n")
	}
	for i := range 200 {
		if !strings.Contains(all.String(), "Parent"+strconv.Itoa(i)+" ") {
			t.Fatalf("Parent%d is missing from the split list", i)
		}
	}
	if strings.Contains(h.out.String(), "message is too long") {
		t.Errorf("Telegram refused a message as too long:\n%s", h.out.String())
	}
}
