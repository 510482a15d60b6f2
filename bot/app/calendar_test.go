package app_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/wire"
	"allaboard/internal/icstest"
)

// berlinKit is a kit whose groups keep Berlin time.
func berlinKit(tb testing.TB) *kit {
	return newKit(tb, func(c *app.Config) { c.Defaults.Zone = "Europe/Berlin" })
}

// lastSundayOfOctober is 25 October 2026: Berlin's clocks go back at 03:00.
const lastSundayOfOctober = "/event Picnic | 2026-10-25 15:00 | Park, Gate 2; by the pond"

// files are the calendar files among msgs sent to chat, read as a calendar
// app would.
func files(tb testing.TB, msgs []allaboard.Outgoing, chat int64) []icstest.File {
	tb.Helper()
	var out []icstest.File
	for _, m := range msgs {
		if m.ChatID == chat && m.Document != nil {
			if !strings.HasSuffix(m.Document.Name, ".ics") {
				tb.Errorf("a calendar file named %q", m.Document.Name)
			}
			out = append(out, icstest.Parse(tb, m.Document.Data))
		}
	}
	return out
}

// oneFile is the one calendar file among msgs sent to chat.
func oneFile(tb testing.TB, msgs []allaboard.Outgoing, chat int64) icstest.File {
	tb.Helper()
	got := files(tb, msgs, chat)
	if len(got) != 1 {
		tb.Fatalf("%d calendar files to %d, want 1; messages %q", len(got), chat, texts(msgs))
	}
	return got[0]
}

// privateCard is the latest card of an event sent to user.
func privateCard(tb testing.TB, msgs []allaboard.Outgoing, user int64) allaboard.Outgoing {
	tb.Helper()
	for i := len(msgs) - 1; i >= 0; i-- {
		if m := msgs[i]; m.ChatID == user && strings.Contains(m.Ref, "card:") {
			return m
		}
	}
	tb.Fatalf("no private card to %d among %q", user, texts(msgs))
	return allaboard.Outgoing{}
}

// addedBy has Ali (started) add the picnic to his calendar from his private
// card, and returns the file he got.
func addedBy(t *testing.T, k *kit, p parents) (*app.User, icstest.File) {
	t.Helper()
	ali := p.members[0]
	k.start(ali)
	k.sent()
	k.announce(p, lastSundayOfOctober)
	k.tick(k.now)
	c := privateCard(t, k.sent(), ali.ID)
	if got := k.press(ali, dm(ali), button(t, c, "Add to calendar")); got != render.CalendarComing(lang.English) {
		t.Fatalf("the press was answered %q", got)
	}
	msgs := k.sent()
	if m := to(msgs, ali.ID, "add it to your calendar"); len(m) != 1 || m[0].Document == nil {
		t.Fatalf("no file with a caption saying what it does: %q", texts(msgs))
	}
	return ali, oneFile(t, msgs, ali.ID)
}

// The private card's button sends the event as a file, in the group's zone
// (15:00 in Berlin on the day the clocks go back is 14:00 UTC), and
// confirms nothing.
func TestAddToCalendarSendsTheEvent(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali", "Bea")
	ali, f := addedBy(t, k, p)
	if f.Method != "PUBLISH" || f.Status != "CONFIRMED" || f.Sequence != 1 || f.UID == "" {
		t.Errorf("METHOD %s, STATUS %s, SEQUENCE %d, UID %q", f.Method, f.Status, f.Sequence, f.UID)
	}
	if f.Summary != "Picnic" || f.Location != "Park, Gate 2; by the pond" {
		t.Errorf("SUMMARY %q, LOCATION %q", f.Summary, f.Location)
	}
	if f.TZID != "Europe/Berlin" || f.StartLocal != "20261025T150000" || !f.Start.Equal(time.Date(2026, 10, 25, 14, 0, 0, 0, time.UTC)) {
		t.Errorf("starts %s %s, read as %v; want 15:00 CET", f.TZID, f.StartLocal, f.Start)
	}
	if r := k.response(p.g, 1, ali); r.Acked != 0 || r.Calendar != 1 {
		t.Errorf("after the press: confirmed %d (want 0: it confirms nothing), calendar %d (want 1)", r.Acked, r.Calendar)
	}
}

// Whoever added the event gets a new file after each material change,
// after the card about it: same UID, higher SEQUENCE; a cancellation is a
// CANCEL. A new title or notes send none, and members who never added it
// get none.
func TestTheCalendarFileFollowsTheEvent(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali", "Bea")
	bea := p.members[1]
	ali, added := addedBy(t, k, p)

	k.say(p.g, p.host, "/edit 1 when 2026-07-04 15:00")
	k.tick(k.now)
	msgs := k.sent()
	moved := oneFile(t, msgs, ali.ID)
	if moved.UID != added.UID || moved.Sequence <= added.Sequence {
		t.Errorf("after the move: UID %q, SEQUENCE %d; want %q and more than %d", moved.UID, moved.Sequence, added.UID, added.Sequence)
	}
	if !moved.Start.Equal(time.Date(2026, 7, 4, 13, 0, 0, 0, time.UTC)) {
		t.Errorf("the moved event starts %v, want 15:00 CEST (13:00 UTC)", moved.Start)
	}
	toAli := to(msgs, ali.ID)
	card := slices.IndexFunc(toAli, func(m allaboard.Outgoing) bool { return strings.Contains(m.Ref, "card:") })
	file := slices.IndexFunc(toAli, func(m allaboard.Outgoing) bool { return m.Document != nil })
	if card < 0 || file < card || !toAli[file].Silent || !strings.Contains(toAli[file].Text, "changed") {
		t.Errorf("Ali got %q: want the card about the change, then the file, silently", texts(toAli))
	}
	if got := files(t, msgs, bea.ID); len(got) != 0 {
		t.Errorf("Bea never added the event, yet got %d files", len(got))
	}

	k.say(p.g, p.host, "/edit 1 notes Bring socks")
	k.tick(k.now)
	if got := files(t, k.sent(), ali.ID); len(got) != 0 {
		t.Errorf("new notes sent Ali %d files, want none", len(got))
	}

	k.say(p.g, p.host, "/cancel 1")
	k.tick(k.now)
	msgs = k.sent()
	gone := oneFile(t, msgs, ali.ID)
	if gone.UID != added.UID || gone.Sequence <= moved.Sequence || gone.Method != "PUBLISH" || gone.Status != "CANCELLED" {
		t.Errorf("after the cancellation: UID %q, SEQUENCE %d, METHOD %s, STATUS %s", gone.UID, gone.Sequence, gone.Method, gone.Status)
	}
	for _, row := range privateCard(t, msgs, ali.ID).Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, "calendar") {
				t.Errorf("the cancelled event's card offers %q", b.Text)
			}
		}
	}
}

// A host who added their own event gets the new file at once when they move
// it: no card about the change goes to them.
func TestTheHostWhoMovesTheEventGetsTheFile(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali")
	k.announce(p, lastSundayOfOctober)
	k.say(dm(p.host), p.host, "/start "+wire.EventPayload(p.g.ID, 1)) // the group's link to the event
	k.press(p.host, dm(p.host), button(t, privateCard(t, k.sent(), p.host.ID), "Add to calendar"))
	first := oneFile(t, k.sent(), p.host.ID)

	k.say(p.g, p.host, "/edit 1 where Beach")
	f := oneFile(t, k.sent(), p.host.ID) // no tick: it goes with the change
	if f.UID != first.UID || f.Sequence != 2 || f.Location != "Beach" {
		t.Errorf("UID %q, SEQUENCE %d, LOCATION %q; want %q, 2, Beach", f.UID, f.Sequence, f.Location, first.UID)
	}
}

// A member who confirms the change in the group before the card about it
// reaches them still gets the new file, once.
func TestConfirmingBeforeTheCardStillSendsTheFile(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali")
	ali, _ := addedBy(t, k, p)
	k.say(p.g, p.host, "/edit 1 when 2026-10-25 16:00")
	groupCard := card(t, k.sent(), p.g, 1)
	k.press(ali, p.g, button(t, groupCard, "Got it"))
	f := oneFile(t, k.sent(), ali.ID)
	if f.Sequence != 2 || f.StartLocal != "20261025T160000" {
		t.Errorf("SEQUENCE %d, DTSTART %s", f.Sequence, f.StartLocal)
	}
	k.tick(k.now.Add(time.Minute))
	if got := files(t, k.sent(), ali.ID); len(got) != 0 {
		t.Errorf("%d more files after confirming, want none", len(got))
	}
}

// A file is written when it is sent: one asked for before a move, still
// waiting, carries the move.
func TestAFileWaitingIsWrittenWhenSent(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali")
	ali := p.members[0]
	k.start(ali)
	k.announce(p, lastSundayOfOctober)
	k.tick(k.now)
	c := privateCard(t, k.sent(), ali.ID)
	k.press(ali, dm(ali), button(t, c, "Add to calendar"))
	k.say(p.g, p.host, "/edit 1 when 2026-10-25 17:00") // the file has not gone yet
	f := oneFile(t, k.sent(), ali.ID)
	if f.Sequence != 2 || f.StartLocal != "20261025T170000" {
		t.Errorf("the waiting file says SEQUENCE %d, DTSTART %s; want the move", f.Sequence, f.StartLocal)
	}
}

// Button data anyone can forge sends no file and records nothing: an event
// of a group the presser isn't in, a version never made, an event that
// doesn't exist, a cancelled one; nor to someone the bot can't write to.
func TestAForgedCalendarPressDoesNothing(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali", "Bea")
	ali, bea := p.members[0], p.members[1] // Bea never opened a chat with the bot
	k.start(ali)
	k.announce(p, lastSundayOfOctober)
	k.announce(p, "/event Bake sale | 2026-10-20 10:00 | School")
	k.say(p.g, p.host, "/cancel 2")
	stranger := person(50, "Stranger")
	k.start(stranger)
	k.sent()
	press := func(group int64, num, rev int) string {
		return wire.PressData{Group: group, Event: num, Rev: rev, Act: wire.ActCalendar}.Encode()
	}
	for _, tc := range []struct {
		name string
		who  *app.User
		data string
		want string
	}{
		{"not in the group", stranger, press(p.g.ID, 1, 1), render.NotYourGroup.In(lang.English)},
		{"a version never made", ali, press(p.g.ID, 1, 9), render.StaleButton.In(lang.English)},
		{"no such event", ali, press(p.g.ID, 7, 1), render.StaleButton.In(lang.English)},
		{"no such group", ali, press(-555, 1, 1), render.StaleButton.In(lang.English)},
		{"cancelled", ali, press(p.g.ID, 2, 2), render.CalendarCancelled(lang.English)},
		{"can't be written to", bea, press(p.g.ID, 1, 1), render.CalendarOpenChat(lang.English)},
		{"not a calendar press", ali, "e:-100:1:1:C", render.StaleButton.In(lang.English)},
	} {
		if got := k.press(tc.who, dm(tc.who), tc.data); got != tc.want {
			t.Errorf("%s: answered %q, want %q", tc.name, got, tc.want)
		}
		if msgs := k.sent(); len(msgs) != 0 {
			t.Errorf("%s: sent %q", tc.name, texts(msgs))
		}
		if r := k.response(p.g, 1, tc.who); r.Calendar != 0 || r.Acked != 0 {
			t.Errorf("%s: recorded %+v", tc.name, r)
		}
	}
}
