package main

import (
	"allaboard"
	"context"
	"fmt"
	"testing"
	"time"

	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
)

// quarterRate is a quarter of Telegram's limits, in the sender and the fake
// alike: 30 requests in 4 s in all (7.5 a second), one in 4 s to a chat, 20
// in 4 minutes to a group. (quarter, in backlog_test.go, is the same limits
// over a quarter of the time: four times as fast.)
var quarterRate = struct {
	bot     sender.Limits
	fake    telegramtest.Limits
	perSend float64 // requests a second in all
}{
	sender.Limits{PerChat: sender.Rate{N: 1, Per: 4 * time.Second}, PerGroup: sender.Rate{N: 20, Per: 4 * time.Minute}, Global: sender.Rate{N: 30, Per: 4 * time.Second}, Status: 3 * time.Second},
	telegramtest.Limits{PerChat: telegramtest.Rate{N: 1, Per: 4 * time.Second}, PerGroup: telegramtest.Rate{N: 20, Per: 4 * time.Minute}, Global: telegramtest.Rate{N: 30, Per: 4 * time.Second}},
	30.0 / 4,
}

// 300 members of a group, their private cards come, press ✅ Got it on them
// at once, at a quarter of Telegram's limits. While the presses are sent the
// outbox never holds two entries for one message, and the last presser's
// card, the group's card and the host's status card are right within
// (presses × 1.1 ÷ rate) + 30 s of the last press: the sends the presses
// cause (one edit of each presser's card, and the cards' counts, coalesced)
// and some slack, not a backlog of stale edits.
func TestThreeHundredPressesLeaveOneEntryPerMessageAndEndRight(t *testing.T) {
	const n = 300
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,24h")
	pg := h.crowd("Class 3a parents", n)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 15)+" | Park")
	for _, p := range pg.parents {
		h.waitMessage(p.ID, "Picnic", "please confirm")
	}
	h.waitOutboxEmpty()
	// The cards came at full speed; the presses go at a quarter of
	// Telegram's limits.
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	h.tg.SetLimits(quarterRate.fake)
	h.tune = func(m *Main) { m.Limits = quarterRate.bot }
	h.start("-ping-schedule", "0,24h")

	var twice []string // read once the watcher is done
	seen := map[string]bool{}
	most, looks, longest := 0, 0, 0
	stopWatching := h.watchOutbox(t, 2*time.Millisecond, func(box []allaboard.Outgoing) {
		looks, longest = looks+1, max(longest, len(box))
		queued := map[string]int{} // entries per message: chat and ref
		for _, m := range box {
			if m.Ref == "" || !m.IsMessage() {
				continue
			}
			k := fmt.Sprintf("%d %s", m.ChatID, m.Ref)
			if queued[k]++; queued[k] == 2 && !seen[k] {
				seen[k], twice = true, append(twice, fmt.Sprintf("%s: #%d and another", k, m.ID))
			}
			most = max(most, queued[k])
		}
	})

	presses := h.pressAll(t, pg.parents, "Got it")
	pressed := time.Now()
	bound := time.Duration(float64(n)*1.1/quarterRate.perSend*float64(time.Second)) + 30*time.Second
	ctx, cancel := context.WithDeadline(context.Background(), pressed.Add(bound))
	defer cancel()
	all := fmt.Sprintf("%d of %d confirmed", n+1, n+1) // and the host
	last := pg.parents[n-1]
	for _, want := range []struct {
		chat int64
		text []string
	}{
		{last.ID, []string{"Picnic", "You've confirmed"}},
		{pg.g.ID, []string{"Picnic", all}},
		{pg.host.ID, []string{"📋 Status", all}},
	} {
		if _, err := h.tg.WaitMessage(ctx, want.chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want.text) }); err != nil {
			t.Fatalf("chat %d does not show %q %v after the last press (%v): %v\nchat has:\n%s", want.chat, want.text, bound, time.Since(pressed).Round(time.Second), err, h.dump(want.chat))
		}
	}
	right := time.Since(pressed)
	for _, id := range presses {
		h.answer(id)
	}
	for end := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if box, err := h.main.DB.Outbox(); err != nil || len(box) == 0 {
			break
		} else if time.Now().After(end) {
			t.Errorf("the outbox still holds %d entries 10 s after the cards were right", len(box))
			break
		}
	}
	stopWatching()

	if len(twice) > 0 {
		t.Errorf("the outbox held two entries for one message, first: %q", twice)
	}
	if looks < 10 {
		t.Errorf("the outbox was looked at %d times, want many while the presses were sent", looks)
	}
	t.Logf("%d presses at %.1f requests/s: the cards right %v after the last press (bound %v); the outbox seen %d times, at most %d entries, at most %d for one message",
		n, quarterRate.perSend, right.Round(100*time.Millisecond), bound, looks, longest, most)
}
