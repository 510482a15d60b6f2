package main

import (
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// An event 12 minutes ahead, the default pace: the host is told whom to call
// within 4 minutes, not at a fixed 4th reminder that would come too late.
func TestANearEventIsHandedOffInTime(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin()))
	h.clock = clock
	h.start("-ping-schedule", "normal")
	pg := h.parentsGroup("Ali")
	h.tg.Send(pg.g.ID, pg.host, "/event Pick-up moved | 2026-12-01 10:12 | School gate")
	h.waitMessage(pg.g.ID, "Ali", "please confirm", "School gate")

	clock.Set(time.Date(2026, 12, 1, 10, 2, 0, 0, berlin()))
	settle()
	if n := h.countIn(pg.host.ID, "please contact them personally"); n != 0 {
		t.Fatalf("the host was told after 2 minutes already:\n%s", h.dump(pg.host.ID))
	}
	clock.Set(time.Date(2026, 12, 1, 10, 4, 0, 0, berlin()))
	m := h.waitMessage(pg.host.ID, "Ali", "hasn't confirmed", "Pick-up moved", "please contact them personally")
	if !hasButton(m, "I've told Ali") {
		t.Errorf("the hand-off has no button to say Ali was told: %+v", m.Buttons)
	}
	h.press(pg.host, pg.host.ID, "I've told Ali")
	h.waitStatus(pg.host, "2 of 2 confirmed", "told by Hanna")
	h.waitMessage(pg.host.ID, "Everyone knows ✅", "because you told them")
}

// Groups choose a pace, and a digest time, in words people use.
func TestPacesAndDigestTimesInWords(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	for _, tc := range []struct{ send, want string }{
		{"/settings chase urgent", "chase is now urgent"},
		{"/settings chase", "twice as often as normal"},
		{"/settings digest 19:00", "every day at 19:00"},
		{"/settings chase fast", "is not a pace: choose gentle, normal or urgent"},
	} {
		h.tg.Send(pg.g.ID, pg.host, tc.send)
		h.waitMessage(pg.g.ID, tc.want)
	}
}
