package main

import (
	"context"
	"slices"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// A button press whose answer Telegram is slow to take does not hold up the
// updates after it: a change sent meanwhile is handled while the press still
// waits for its answer.
func TestASlowPressAnswerHoldsUpNothing(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	card := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park", "confirmed")

	h.tg.Slow("answerCallbackQuery", 1, time.Minute) // held until the program stops
	press := h.tg.Press(ali, card, buttonOn(t, card, "Got it", false).Data)
	h.eventually("the bot answers the press", func() bool {
		return slices.ContainsFunc(h.tg.Requests(), func(r telegramtest.Request) bool { return r.Method == "answerCallbackQuery" })
	})
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach") // in a batch after the press's
	h.waitMessage(pg.g.ID, "Picnic (#1)", "Park → Beach")

	now, cancel := context.WithCancel(context.Background())
	cancel() // WaitAnswer then says whether it is answered already
	if a, err := h.tg.WaitAnswer(now, press); err == nil {
		t.Fatalf("the press was answered (%+v) before the update after it was handled: Telegram never held the answer", a)
	}
}

// Presses still to be answered when the program is asked to stop are
// answered before it stops, if Telegram takes the answers within the drain
// time.
func TestPressesAreAnsweredBeforeTheProgramStops(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	card := h.waitMessage(pg.g.ID, "Picnic (#1)", "Park", "confirmed")

	h.tg.Slow("answerCallbackQuery", 1, 300*time.Millisecond)
	var presses []string
	for _, u := range pg.parents {
		presses = append(presses, h.tg.Press(u, card, buttonOn(t, card, "Got it", false).Data))
	}
	h.eventually("both presses are applied", func() bool { return h.tg.Pending() == 0 })
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	now, cancel := context.WithCancel(context.Background())
	cancel()
	for _, p := range presses {
		if _, err := h.tg.WaitAnswer(now, p); err != nil {
			t.Errorf("press %s: %v", p, err)
		}
	}
}
