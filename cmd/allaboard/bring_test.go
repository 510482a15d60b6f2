package main

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// A party with a sign-up list, end to end: the host lists what to bring;
// the card says what is still needed and its button opens the list in
// private, where each claims items (two drivers take two claims); the host
// sees who brings what. The party moves: each claim is asked again in
// private and shown to the host as asked again; one still brings theirs,
// one releases a drive, which the group hears is needed again; one answers
// Can't, which releases theirs, tells the host, and the group that they are
// needed again. The day before, the group hears once what is still missing.
func TestAPartyWithASignUpList(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin())) // a Tuesday
	h.clock = clock
	h.start()
	pg := h.parentsGroup()
	joined := func(name string) *telegramtest.User {
		u := h.tg.AddUser(name, "", "")
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
		h.tg.AddMemberSilently(pg.g, u)
		h.tg.Send(pg.g.ID, u, "Hi all, "+name+" here")
		return u
	}
	ann, ben, cem := joined("Ann"), joined("Ben"), joined("Cem")

	h.tg.Send(pg.g.ID, pg.host, "/event Party | 2026-12-05 15:00 | Jump House")
	h.waitMessage(pg.g.ID, "Party (#1)", "Jump House")
	h.tg.Send(pg.g.ID, pg.host, "/bring 1 cake, juice, drivers x2")
	h.waitMessage(pg.g.ID, "What to bring to Party (#1): cake, juice, drivers ×2")
	card := h.waitMessage(pg.g.ID, "Jump House", "🧺 Still needed: cake, juice, drivers (2 of 2)")
	payload := ""
	for _, row := range card.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, "Who brings what") {
				_, payload, _ = strings.Cut(b.URL, "?start=")
			}
		}
	}
	if payload == "" {
		t.Fatalf("the card has no button that opens the list: %+v", card.Buttons)
	}

	claim := func(u *telegramtest.User, items ...string) {
		t.Helper()
		h.tg.Start(u, payload)
		h.waitMessage(u.ID, "Who brings what", "Party (#1)")
		for _, item := range items {
			if got := h.press(u, u.ID, "✋ "+item); !strings.Contains(got, "You're bringing "+item) {
				t.Fatalf("%s claiming %s: %q", u.Name(), item, got)
			}
			h.eventually(u.Name()+"'s list shows "+item+" as theirs", func() bool {
				for _, m := range h.tg.BotMessages(u.ID) {
					if strings.Contains(m.Plain, "Who brings what") && hasButton(m, "Undo: "+item) {
						return true
					}
				}
				return false
			})
		}
	}
	claim(ann, "cake")
	claim(ben, "drivers")
	claim(cem, "juice", "drivers")
	h.waitMessage(pg.g.ID, "Jump House", "🧺 Everything on the list is covered")
	h.waitStatus(pg.host, "cake — Ann", "juice — Cem", "drivers ×2 — Ben, Cem")

	// The party moves a day: every claim is asked again.
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 when 2026-12-06 15:00")
	h.waitMessage(ann.ID, "Party (#1) has moved to Sun 6 Dec", "You're bringing cake — still on?")
	h.waitMessage(ben.ID, "You're bringing drivers — still on?")
	h.waitMessage(cem.ID, "You're bringing juice, drivers — still on?")
	h.waitStatus(pg.host, "cake — Ann (asked again)", "drivers ×2 — Ben (asked again), Cem (asked again)")
	h.waitMessage(pg.g.ID, "Sun 6 Dec", "🧺 Asked again after the change: cake, juice, drivers")

	if got := h.press(ann, ann.ID, "Yes, still on"); !strings.Contains(got, "see you there") {
		t.Fatalf("Ann's yes: %q", got)
	}
	h.waitMessage(ann.ID, "You're bringing cake to Party (#1) on Sun 6 Dec")
	if got := h.press(ben, ben.ID, "No, release it"); !strings.Contains(got, "Released") {
		t.Fatalf("Ben's no: %q", got)
	}
	h.waitMessage(pg.g.ID, "Needed again for Party (#1) (Sun 6 Dec 15:00): drivers (1 of 2)")
	h.waitStatus(pg.host, "cake — Ann\n", "drivers ×2 — Cem (asked again) · still needed")

	// Cem can't come: his claims go, the host is told, and the group hears
	// they are needed again.
	h.press(cem, pg.g.ID, "Can't")
	h.waitMessage(pg.host.ID, "Cem can't come to Party (#1), so juice, drivers are free again")
	h.waitMessage(pg.g.ID, "Needed again for Party (#1) (Sun 6 Dec 15:00): juice, drivers (2 of 2)")
	h.waitStatus(pg.host, "juice — still needed", "drivers ×2 — still needed")

	// The day before, once: what is still missing.
	clock.Set(time.Date(2026, 12, 5, 15, 0, 30, 0, berlin()))
	h.waitMessage(pg.g.ID, "Party (#1) is on Sun 6 Dec 15:00. Still missing: juice, drivers (2 of 2)")
	clock.Set(time.Date(2026, 12, 5, 18, 0, 0, 0, berlin()))
	settle()
	if n := h.posted(pg.g.ID, "Still missing"); n != 1 {
		t.Fatalf("the group was told %d times what is missing:\n%s", n, h.dump(pg.g.ID))
	}
	if n := h.posted(pg.g.ID, "Needed again"); n != 2 {
		t.Fatalf("the group was told %d times what is needed again, want twice (Ben's drive, Cem's Can't):\n%s", n, h.dump(pg.g.ID))
	}
}
