package main

import (
	"allaboard"
	"fmt"
	"testing"
	"time"
)

// Everyone in a group presses ✅ Got it at once, at a quarter of Telegram's
// limits: each press re-counts the group's card and the host's status card,
// faster than the group's limit lets them go. At no time does the outbox
// hold an edit that a newer one supersedes, and the cards end right.
func TestManyPressesLeaveOneQueuedEditPerMessage(t *testing.T) {
	h := backlogHarness(t)
	const n = 40
	pg := h.crowd("Class 3a parents", n)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 15)+" | Park")
	for _, p := range pg.parents {
		h.waitMessage(p.ID, "Picnic", "please confirm")
	}

	var stale []string // read once the watcher is done
	most := 0          // queued edits of one of the group's messages, at most
	stopWatching := h.watchOutbox(t, time.Millisecond, func(box []allaboard.Outgoing) {
		under := map[string]int{}
		for i, m := range box {
			if m.InPlace() && m.ChatID == pg.g.ID {
				under[m.Ref]++
				most = max(most, under[m.Ref])
			}
			for _, newer := range box[i+1:] {
				if newer.Supersedes(m) {
					stale = append(stale, fmt.Sprintf("%d %s: #%d superseded by #%d", m.ChatID, m.Ref, m.ID, newer.ID))
				}
			}
		}
	})
	presses := h.pressAll(t, pg.parents, "Got it")
	for _, id := range presses {
		h.answer(id)
	}
	all := fmt.Sprintf("%d of %d confirmed", n+1, n+1) // and the host
	h.waitMessage(pg.g.ID, "Picnic", all)
	h.waitStatus(pg.host, all)
	h.waitOutboxEmpty()
	stopWatching()

	if len(stale) > 0 {
		t.Errorf("%d times the outbox held an edit a newer one supersedes, first: %s", len(stale), stale[0])
	}
	if most > 1 {
		t.Errorf("%d edits of one of the group's messages were queued at once, want one at most", most)
	}
	edits := 0
	for _, r := range h.tg.Requests() {
		if r.Method == "editMessageText" && r.Params.Get("chat_id") == fmt.Sprint(pg.g.ID) {
			edits++
		}
	}
	t.Logf("%d presses: %d edits in the group; at most %d queued at once of one message", n, edits, most)
}
