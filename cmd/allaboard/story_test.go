package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// parentsGroup is a group with its host and parents, all known to the bot
// because each has said hello there.
type parentsGroup struct {
	g       *telegramtest.Group
	host    *telegramtest.User
	parents []*telegramtest.User
}

func (h *harness) parentsGroup(names ...string) parentsGroup {
	h.t.Helper()
	host := h.tg.AddUser("Hanna", "Host", "hanna")
	h.tg.Start(host, "")
	h.waitGreeted(host.ID)
	pg := parentsGroup{g: h.tg.NewGroup("Class 2b parents", host), host: host}
	h.tg.AddBot(pg.g, host, true)
	h.waitMessage(pg.g.ID, "Hello")
	for _, n := range names {
		u := h.tg.AddUser(n, "", "")
		h.tg.AddMemberSilently(pg.g, u)
		h.tg.Send(pg.g.ID, u, "Hi all, "+n+" here")
		pg.parents = append(pg.parents, u)
	}
	return pg
}

// future is a date the time parser reads, days ahead.
func future(days int, hour int) string {
	t := time.Now().In(berlin()).AddDate(0, 0, days)
	return fmt.Sprintf("%s %02d:00", t.Format("2006-01-02"), hour)
}

func berlin() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}

// statusCard is the host's status card as it stands now.
func (h *harness) statusCard(host *telegramtest.User) telegramtest.Message {
	h.t.Helper()
	var cards []telegramtest.Message
	for _, m := range h.tg.BotMessages(host.ID) {
		if strings.HasPrefix(m.Plain, "📋 Status") {
			cards = append(cards, m)
		}
	}
	if len(cards) != 1 {
		h.t.Fatalf("the host has %d status cards, want one edited in place:\n%s", len(cards), h.dump(host.ID))
	}
	return cards[0]
}

// waitStatus waits until the host's status card says all of want.
func (h *harness) waitStatus(host *telegramtest.User, want ...string) telegramtest.Message {
	h.t.Helper()
	return h.waitMessage(host.ID, append([]string{"📋 Status"}, want...)...)
}

// section returns the lines of a status card under the heading that starts with head.
func section(card, head string) string {
	_, rest, ok := strings.Cut(card, head)
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n\n"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

func TestTheStory(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s,2s")
	names := []string{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Ida", "Jon", "Otto"}
	pg := h.parentsGroup(names...)
	byDM := pg.parents[:5]       // Ali…Emil opened a chat with the bot
	byMention := pg.parents[5:9] // Fay…Jon never did
	silent := pg.parents[9]      // Otto never answers
	for _, u := range byDM {
		h.tg.Start(u, "")
	}
	for _, u := range byDM {
		h.waitGreeted(u.ID)
	}

	// The party is announced.
	h.tg.Send(pg.g.ID, pg.host, "/event Mia's birthday party | "+future(10, 15)+" | Jump House, Main St 5")
	card := h.waitMessage(pg.g.ID, "Mia's birthday party (#1)", "Jump House", "1 of 11 confirmed")
	if !hasButton(card, "Got it") || !hasButton(card, "Going") || !hasButton(card, "Maybe") || !hasButton(card, "Can't") {
		t.Fatalf("the card lacks its buttons: %+v", card.Buttons)
	}
	status := h.waitStatus(pg.host, "Not confirmed yet", "Ali")
	if strings.Contains(section(status.Plain, "Not confirmed yet"), "Hanna") {
		t.Errorf("the host is chased for her own announcement:\n%s", status.Plain)
	}

	// Those who started the bot are asked privately; the others by mention.
	for _, u := range byDM {
		h.waitMessage(u.ID, "New in Class 2b parents", "Mia's birthday party")
		if got := h.press(u, u.ID, "Got it"); !strings.Contains(got, "Thanks") {
			t.Errorf("%s pressed Got it and was told %q", u.FirstName, got)
		}
	}
	for _, u := range byMention {
		h.waitMessage(pg.g.ID, u.FirstName, "please confirm")
	}
	for _, u := range byMention[:2] {
		if got := h.press(u, pg.g.ID, "Going"); !strings.Contains(got, "going") {
			t.Errorf("%s pressed Going and was told %q", u.FirstName, got)
		}
	}
	for _, u := range byMention[2:] {
		h.press(u, pg.g.ID, "Got it")
	}
	h.waitStatus(pg.host, "10 of 11 confirmed", "🎉 Going: Fay, Gus")

	// The party moves: everyone must confirm again.
	old := h.tg.BotMessages(byDM[0].ID)
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 when "+future(11, 14))
	h.waitMessage(pg.g.ID, "Changed", "🕒", "→", "1 of 11 confirmed")
	for _, u := range byDM {
		h.waitMessage(u.ID, "Please confirm", "Changed", "→")
	}
	// A button on the old card does not confirm the move.
	stale := old[len(old)-1]
	id := h.tg.Press(byDM[0], stale, stale.Buttons[0][0].Data)
	if got := h.answer(id); !strings.Contains(got, "out of date") {
		t.Errorf("the old card's button answered %q", got)
	}
	h.waitMessage(byDM[0].ID, "That card was out of date")
	for _, u := range byDM {
		h.press(u, u.ID, "Got it")
	}
	for _, u := range byMention {
		h.waitMessage(pg.g.ID, u.FirstName, "please confirm")
		h.press(u, pg.g.ID, "Got it")
	}

	// Otto never answers: after the fourth reminder the host is told.
	h.waitMessage(pg.host.ID, "Otto hasn't confirmed Mia's birthday party (#1) — please contact them personally")
	final := h.waitStatus(pg.host, "10 of 11 confirmed", "Call now", "Otto")
	call := section(final.Plain, "Call now")
	if !strings.Contains(call, "Otto") || strings.Contains(final.Plain, "Not confirmed yet") {
		t.Errorf("Otto alone should be left, to call:\n%s", final.Plain)
	}
	confirmed := section(final.Plain, "Confirmed the latest version")
	for _, n := range names[:9] {
		if !strings.Contains(confirmed, n) {
			t.Errorf("%s is not shown as confirmed:\n%s", n, final.Plain)
		}
	}
	h.statusCard(pg.host) // one card, edited in place

	// Names stay with the host: the group sees counts only.
	for _, m := range h.tg.BotMessages(pg.g.ID) {
		if strings.Contains(m.Plain, "📋 Status") || strings.Contains(m.Plain, "please contact them personally") {
			t.Errorf("the group was shown per-member status: %q", m.Plain)
		}
	}
	// Otto confirms at last: everyone knows.
	h.press(silent, pg.g.ID, "Got it")
	h.waitMessage(pg.host.ID, "Everyone knows ✅", "latest version of Mia's birthday party")
}

func hasButton(m telegramtest.Message, label string) bool {
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, label) {
				return true
			}
		}
	}
	return false
}

func TestOnlyTheHostOrAnAdminChangesAnEvent(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali", "Bea")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)")

	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Send(pg.g.ID, ali, "/edit 1 where Beach")
	h.waitMessage(pg.g.ID, "only the host, Hanna Host, a co-host or a group admin can change Picnic (#1).")
	h.tg.Send(pg.g.ID, ali, "/cancel 1")
	time.Sleep(200 * time.Millisecond)
	h.tg.Send(pg.g.ID, ali, "/history 1")
	hist := h.waitMessage(pg.g.ID, "History of Picnic (#1)")
	if strings.Contains(hist.Plain, "Beach") || strings.Contains(hist.Plain, "CANCELLED") {
		t.Fatalf("a non-host changed the event:\n%s", hist.Plain)
	}

	h.tg.Promote(pg.g, bea)
	h.tg.Send(pg.g.ID, bea, "/edit 1 where Beach")
	h.waitMessage(pg.g.ID, "📍 Park → Beach")
	h.tg.Send(pg.g.ID, pg.host, "/cancel 1")
	h.waitMessage(pg.g.ID, "CANCELLED", "Picnic (#1)")
	h.tg.Send(pg.g.ID, pg.host, "/history 1")
	h.waitMessage(pg.g.ID, "History of Picnic (#1)", "Bea", "Beach", "CANCELLED")
}

func TestForgedButtonsAcknowledgeNothing(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	outsider := h.tg.AddUser("Mallory", "", "")
	h.tg.Start(outsider, "")
	other := h.tg.NewGroup("Other group", outsider)
	h.tg.AddBot(other, outsider, true)
	h.waitMessage(other.ID, "Hello")

	h.tg.Send(other.ID, outsider, "/event Secret | "+future(5, 12)+" | Somewhere")
	h.waitMessage(other.ID, "Secret (#1)")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	card := h.waitMessage(pg.g.ID, "Picnic (#1)")
	forged := []string{
		fmt.Sprintf("e:%d:1:1:a", pg.g.ID), // an outsider answering in a group they're not in
		fmt.Sprintf("e:%d:1:9:a", pg.g.ID), // a version that never existed
		fmt.Sprintf("e:%d:7:1:a", pg.g.ID), // an event that doesn't exist
		fmt.Sprintf("e:%d:1:1:x", pg.g.ID), // an unknown action
		"e:1:1:1:a", "garbage", strings.Repeat("e", 64),
	}
	for _, data := range forged {
		id := h.tg.ForgePress(outsider, outsider.ID, card.ID, data)
		if got := h.answer(id); strings.Contains(got, "Thanks") {
			t.Errorf("forged %q was accepted: %q", data, got)
		}
	}
	// Pressed on a card in his own group, data naming another group's event does nothing.
	id := h.tg.ForgePress(ali, pg.g.ID, card.ID, fmt.Sprintf("e:%d:1:1:a", other.ID))
	if got := h.answer(id); strings.Contains(got, "Thanks") {
		t.Errorf("Ali confirmed an event of a group he isn't in: %q", got)
	}
	h.tg.Send(pg.g.ID, pg.host, "/status 1")
	h.waitMessage(pg.g.ID, "1 of 2 confirmed")
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		if r, err := tx.Response(pg.g.ID, 1, outsider.ID); err == nil {
			t.Errorf("an outsider has a response: %+v", r)
		}
		r, err := tx.Response(pg.g.ID, 1, ali.ID)
		if err != nil {
			return err
		}
		if r.Acked != 0 {
			t.Errorf("Ali confirmed without pressing: %+v", r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestHTMLAndHugeNotesAreShownSafely(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	h.tg.Send(pg.g.ID, pg.host, "/event <b>Tom</b> & Jerry's | "+future(5, 12)+" | <i>Bar</i> & Grill")
	card := h.waitMessage(pg.g.ID, "<b>Tom</b> & Jerry's (#1)", "<i>Bar</i> & Grill")
	if strings.Contains(card.Text, "<b>Tom</b>") {
		t.Errorf("the title went out as HTML: %q", card.Text)
	}
	notes := strings.Repeat("Bring a towel & <socks>. ", 160)
	h.tg.Send(pg.g.ID, pg.host, "/event Swim | "+future(6, 12)+" | Pool | "+notes[:2001])
	h.waitMessage(pg.g.ID, "at most 2000")
	notes = notes[:2000]
	h.tg.Send(pg.g.ID, pg.host, "/event Swim | "+future(6, 12)+" | Pool | "+notes)
	big := h.waitMessage(pg.g.ID, "Swim (#2)", "Bring a towel & <socks>.")
	if n := len([]rune(big.Plain)); n > 4096 || !strings.Contains(big.Plain, strings.TrimSpace(notes)) {
		t.Errorf("the card has %d characters, or doesn't show the notes whole (a Got it confirms only what it shows)", n)
	}
	if !hasButton(big, "Got it") {
		t.Error("the long card lost its buttons")
	}
}

func TestBadEventInputIsExplained(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	for _, tc := range []struct{ send, want string }{
		{"/event", "/event title | when | where"},
		{"/event Party", "at least three parts"},
		{"/event Party | whenever | Park", "couldn't read whenever"},
		{"/event Party | 2020-01-01 10:00 | Park", "is in the past"},
		{"/event Party | 2026-02-30 10:00 | Park", "couldn't read"},
		{"/event Party | " + future(3, 10) + " |  ", "can't be empty"},
		{"/event " + strings.Repeat("x", 300) + " | " + future(3, 10) + " | Park", "at most 200"},
		{"/edit 9 where Beach", "no event #9"},
		{"/edit x where Beach", "isn't an event number"},
		{"/edit 1", "To change an event"},
		{"/cancel", "To cancel an event"},
		{"/history", "/history 2"},
	} {
		h.tg.Send(pg.g.ID, pg.host, tc.send)
		h.waitMessage(pg.g.ID, tc.want)
	}
	if n := len(h.tg.BotMessages(pg.g.ID)); n != 14 {
		t.Errorf("%d bot messages in the group, want the greeting, the roll call and 12 replies", n)
	}
}

func TestRestartInTheMiddleOfAChase(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,3s,6s")
	pg := h.parentsGroup("Otto")
	otto := pg.parents[0]
	mentions := func() int { return h.posted(pg.g.ID, "Otto — please confirm") }
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Otto — please confirm")
	announced := time.Now()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Until(announced.Add(4 * time.Second))) // the second reminder falls due while stopped
	if n := mentions(); n != 1 {
		t.Fatalf("%d reminders before the restart, want 1", n)
	}
	h.start("-ping-schedule", "0,3s,6s")
	deadline := time.Now().Add(5 * time.Second)
	for mentions() < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := mentions(); n != 2 {
		t.Fatalf("%d reminders after the restart, want the overdue one, once", n)
	}
	time.Sleep(time.Until(announced.Add(5500 * time.Millisecond)))
	if n := mentions(); n != 2 {
		t.Fatalf("%d reminders 5.5 s in, want 2: the third is due at 6 s", n)
	}
	h.waitMessage(pg.g.ID, "Otto — please confirm")
	deadline = time.Now().Add(5 * time.Second)
	for mentions() < 3 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := mentions(); n != 3 {
		t.Fatalf("%d reminders, want the third on schedule", n)
	}
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		r, err := tx.Response(pg.g.ID, 1, otto.ID)
		if err == nil && r.Pings != 3 {
			t.Errorf("the store counts %d reminders, want 3", r.Pings)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestQuietHoursDelayRemindersToTheMorning(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	evening := time.Date(2026, 12, 1, 22, 0, 0, 0, berlin())
	clock := schedulertest.NewClock(evening)
	h.clock = clock
	h.start("-quiet-hours", "21:00-08:00")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-05 12:00 | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)")
	time.Sleep(300 * time.Millisecond)
	if n := len(h.tg.BotMessages(ali.ID)); n != 1 {
		t.Fatalf("Ali got %d private messages at 22:00, want only the welcome:\n%s", n, h.dump(ali.ID))
	}
	clock.Set(time.Date(2026, 12, 2, 7, 59, 0, 0, berlin()))
	time.Sleep(300 * time.Millisecond)
	if n := len(h.tg.BotMessages(ali.ID)); n != 1 {
		t.Fatalf("Ali was reminded at 07:59:\n%s", h.dump(ali.ID))
	}
	clock.Set(time.Date(2026, 12, 2, 8, 0, 0, 0, berlin()))
	h.waitMessage(ali.ID, "New in Class 2b parents", "Picnic")
}
