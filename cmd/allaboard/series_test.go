package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// A weekly series from /event: its first date announced, confirmed and
// over, then the next one announced with answers reset; one date moved on
// its own, one cancelled on its own (and the next announced in its time),
// and the series changed from a date on, which everyone confirms again.
func TestSeriesEndToEnd(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	at := func(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, berlin()) }
	clock := schedulertest.NewClock(at(7, 10)) // Mon 7 Dec
	h.clock = clock
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(pg.g.ID, pg.host, "/event Swimming | every Tue 17:00-18:00 | City pool")
	h.waitMessage(pg.g.ID, "Swimming (#1)", "Tue 8 Dec", "🔁 every Tue 17:00 · next Tue 15 Dec")
	h.waitMessage(ali.ID, "Swimming (#1)")
	h.press(ali, ali.ID, "Going")
	h.waitStatus(pg.host, "Swimming (#1)", "2 of 2 confirmed")

	clock.Set(at(8, 18)) // the first is over: the next is announced, and Ali asked afresh
	h.waitMessage(pg.g.ID, "Swimming (#2)", "Tue 15 Dec", "next Tue 22 Dec")
	h.waitMessage(ali.ID, "Swimming (#2)")
	h.waitStatus(pg.host, "Swimming (#2)", "1 of 2 confirmed")

	// Only Tue 15 Dec moves, to Wednesday.
	h.tg.Send(pg.g.ID, pg.host, "/edit 2 when Wed 16 Dec 17:00-18:00")
	h.waitMessage(pg.g.ID, "Swimming (#2) repeats", "Change only Tue 15 Dec")
	h.press(pg.host, pg.g.ID, "Only Tue 15 Dec")
	h.waitMessage(pg.g.ID, "Changed", "Swimming (#2)", "Wed 16 Dec", "next Tue 22 Dec")

	clock.Set(at(16, 18))
	h.waitMessage(pg.g.ID, "Swimming (#3)", "Tue 22 Dec")

	// Only Tue 22 Dec is called off: the group is told, and Tue 29 Dec is
	// announced a week ahead, on the 22nd.
	h.tg.Send(pg.g.ID, pg.host, "/cancel 3")
	h.waitMessage(pg.g.ID, "Swimming (#3) repeats", "Cancel only Tue 22 Dec")
	h.press(pg.host, pg.g.ID, "Only Tue 22 Dec")
	h.waitMessage(pg.g.ID, "CANCELLED", "Swimming (#3)")
	clock.Set(at(22, 17))
	h.waitMessage(pg.g.ID, "Swimming (#4)", "Tue 29 Dec", "City pool")

	// From Tue 29 Dec on, at the Lido: a new version everyone confirms.
	h.tg.Send(pg.g.ID, pg.host, "/edit 4 where Lido")
	h.waitMessage(pg.g.ID, "Swimming (#4) repeats")
	h.press(pg.host, pg.g.ID, "This and all following")
	h.waitMessage(pg.g.ID, "Changed", "City pool → Lido", "Swimming (#4)")
	h.waitMessage(ali.ID, "Swimming (#4)", "Lido")
	clock.Set(at(29, 18))
	h.waitMessage(pg.g.ID, "Swimming (#5)", "Tue 5 Jan", "Lido")
	for _, m := range h.tg.BotMessages(pg.g.ID) {
		if strings.Contains(m.Plain, "Swimming (#6)") {
			t.Errorf("a date two weeks ahead was announced:\n%s", m.Plain)
		}
	}
}
