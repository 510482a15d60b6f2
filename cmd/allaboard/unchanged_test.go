package main

import (
	"strings"
	"testing"

	"allaboard/bot/telegramtest"
)

// Many presses on one card, half of them changing nothing (Got it twice,
// Going twice), with the roll call answered on the way: the card ends
// right, and no edit is one Telegram answers "message is not modified",
// each of which would cost the group one of its 20 requests a minute.
func TestPressesOnOneCardWasteNoEdits(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h", "-metrics-addr", "127.0.0.1:0")
	names := []string{"Ali", "Bea", "Cem", "Dana", "Emil", "Fay", "Gus", "Ida", "Jon", "Kim", "Lea", "Max"}
	pg := h.parentsGroup(names...)
	for _, u := range pg.parents[:6] {
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
	}
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)", "1 of 13 confirmed")

	for _, u := range pg.parents {
		for _, label := range []string{"Got it", "Got it", "Going", "Going"} {
			h.press(u, pg.g.ID, label)
		}
	}
	h.waitMessage(pg.g.ID, "Picnic (#1)", "13 of 13 confirmed", "12 going")
	h.waitStatus(pg.host, "13 of 13 confirmed")
	settle()

	if n := h.tg.Unmodified(); n != 0 {
		var wasted []string
		for _, r := range h.tg.Requests() {
			if strings.Contains(r.Description, "not modified") {
				wasted = append(wasted, r.Params.Get("chat_id")+": "+r.Params.Get("text"))
			}
		}
		t.Errorf("%d edits changed nothing:\n%s", n, strings.Join(wasted, "\n"))
	}
	if n := h.tg.Calls("editMessageText"); n == 0 {
		t.Error("no card was edited: the presses were not shown")
	}
	_, body := get(t, "http://"+h.main.MetricsAddr().String()+"/metrics")
	if v := metricValue(t, body, "allaboard_edits_unchanged_total"); v < 1 {
		t.Errorf("allaboard_edits_unchanged_total = %v, want the edits left unsent counted", v)
	}
}
