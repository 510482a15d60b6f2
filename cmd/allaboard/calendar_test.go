package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
	"allaboard/internal/icstest"
)

// waitFile waits for a calendar file in chat whose caption has all of want,
// and reads it as a calendar app would.
func (h *harness) waitFile(chat int64, want ...string) icstest.File {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	m, err := h.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool {
		return m.Document != nil && containsAll(m.Plain, want)
	})
	if err != nil {
		h.t.Fatalf("no calendar file in chat %d with %q: %v\nchat has:\n%s", chat, want, err, h.dump(chat))
	}
	if !strings.HasSuffix(m.Document.Name, ".ics") {
		h.t.Errorf("the file is named %q", m.Document.Name)
	}
	return icstest.Parse(h.t, m.Document.Data)
}

// Add to calendar, end to end: the button on Ali's private card brings an
// .ics file; moving the event (to the day Berlin's clocks go back) brings a
// new one for the same entry with a higher SEQUENCE; cancelling it brings a
// CANCEL. Bea, who never added it, gets no file.
func TestAddToCalendarMovesWithTheEvent(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea")
	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Start(ali, "")
	h.tg.Start(bea, "")
	h.waitGreeted(ali.ID)
	h.waitGreeted(bea.ID)

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic, games; cake | "+future(5, 15)+` | Park \ Gate 2`)
	h.waitMessage(ali.ID, "Picnic", "Park")
	if got := h.press(ali, ali.ID, "Add to calendar"); !strings.Contains(got, "calendar file") {
		t.Errorf("the press was answered %q", got)
	}
	added := h.waitFile(ali.ID, "add it to your calendar")
	start, _ := time.ParseInLocation("2006-01-02 15:04", future(5, 15), berlin())
	if added.Method != "PUBLISH" || added.Organizer != "" || added.Sequence != 1 || added.UID == "" || !added.Start.Equal(start) {
		t.Errorf("METHOD %s, ORGANIZER %q, SEQUENCE %d, UID %q, start %v; want PUBLISH, none, 1, a UID, %v", added.Method, added.Organizer, added.Sequence, added.UID, added.Start, start)
	}
	if added.Summary != "Picnic, games; cake" || added.Location != `Park \ Gate 2` {
		t.Errorf("SUMMARY %q, LOCATION %q", added.Summary, added.Location)
	}

	// The last Sunday of October next year: Berlin's clocks went back at
	// 03:00, so 15:00 that day is 14:00 UTC.
	next := time.Date(time.Now().Year()+1, 10, 31, 0, 0, 0, 0, time.UTC)
	for next.Weekday() != time.Sunday {
		next = next.AddDate(0, 0, -1)
	}
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 when "+next.Format("2006-01-02")+" 15:00")
	h.waitMessage(ali.ID, "Picnic", next.Format("2 Jan 2006")+", 15:00")
	moved := h.waitFile(ali.ID, "has changed")
	if moved.UID != added.UID || moved.Sequence <= added.Sequence {
		t.Errorf("after the move: UID %q, SEQUENCE %d; want %q, more than %d", moved.UID, moved.Sequence, added.UID, added.Sequence)
	}
	if want := next.Add(14 * time.Hour); !moved.Start.Equal(want) {
		t.Errorf("the moved event starts %v, want %v (15:00 CET)", moved.Start, want)
	}

	h.tg.Send(pg.g.ID, pg.host, "/cancel 1")
	gone := h.waitFile(ali.ID, "cancelled")
	if gone.UID != added.UID || gone.Sequence <= moved.Sequence || gone.Method != "PUBLISH" || gone.Status != "CANCELLED" {
		t.Errorf("after the cancellation: UID %q, SEQUENCE %d, METHOD %s, STATUS %s", gone.UID, gone.Sequence, gone.Method, gone.Status)
	}
	h.waitMessage(bea.ID, "Picnic", "CANCELLED")
	settle()
	for _, m := range h.tg.BotMessages(bea.ID) {
		if m.Document != nil {
			t.Errorf("Bea never added the event, yet got %q", m.Document.Name)
		}
	}
}
