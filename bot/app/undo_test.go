package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// For two minutes after posting, the host can undo a new event: its card
// goes, nothing is kept, and nobody was reminded. After that it's too late.
func TestUndoANewEvent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		after  time.Duration
		undone bool
	}{
		{"in time", time.Minute, true},
		{"too late", 3 * time.Minute, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Undo = 2 * time.Minute })
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.start(ann)
			msgs := k.announce(p, picnic)
			posted := to(msgs, p.host.ID, "is posted", "undo")
			if len(posted) != 1 {
				t.Fatalf("the host wasn't offered an undo: %q", texts(to(msgs, p.host.ID)))
			}
			k.tick(t0)
			if got := to(k.sent(), ann.ID, "Picnic"); len(got) != 0 {
				t.Fatalf("Ann was reminded while the host could still undo: %q", texts(got))
			}
			k.tick(t0.Add(tc.after))
			k.sent()
			answer := k.press(p.host, dm(p.host), button(t, posted[0], "Undo"))
			if got := strings.Contains(answer, "Undone"); got != tc.undone {
				t.Fatalf("undo answered %q", answer)
			}
			var gone bool
			k.view(func(tx allaboard.Tx) error {
				_, err := tx.Event(p.g.ID, 1)
				gone = err != nil
				return nil
			})
			if gone != tc.undone {
				t.Errorf("the event is gone: %v, want %v", gone, tc.undone)
			}
			if !tc.undone {
				return
			}
			deleted := false
			for _, m := range k.queue() {
				deleted = deleted || m.ChatID == p.g.ID && m.Op == allaboard.OpDelete
			}
			if !deleted {
				t.Errorf("the event's card is not deleted from the group")
			}
			k.tick(t0.Add(10 * time.Minute))
			if got := to(k.sent(), ann.ID, "Picnic"); len(got) != 0 {
				t.Errorf("Ann was reminded of an undone event: %q", texts(got))
			}
			if got := k.press(ann, dm(ann), button(t, posted[0], "Undo")); strings.Contains(got, "Undone") {
				t.Errorf("a second press undid something again: %q", got)
			}
		})
	}
}

// The undo window follows the time left: a tenth of it, at most the
// configured window, none when the event starts within 30 minutes — short
// notice can't wait for reminders.
func TestTheUndoWindowFollowsTheTimeLeft(t *testing.T) {
	for _, tc := range []struct {
		name   string
		event  string
		window string        // in the host's offer; "" none
		undo   time.Duration // pressed after
		undone bool
	}{
		{"days ahead", picnic, "10 minutes", 9 * time.Minute, true},
		{"in 50 minutes", "/event Picnic | 2026-03-02 10:50 | Park", "5 minutes", 4 * time.Minute, true},
		{"in 50 minutes, too late", "/event Picnic | 2026-03-02 10:50 | Park", "5 minutes", 6 * time.Minute, false},
		{"in 12 minutes", "/event Picnic | 2026-03-02 10:12 | Park", "", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Undo = 10 * time.Minute })
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.start(ann)
			msgs := k.announce(p, tc.event)
			posted := to(msgs, p.host.ID, "is posted")
			if tc.window == "" {
				if len(posted) != 0 {
					t.Fatalf("an undo was offered for an event 12 minutes away: %q", texts(posted))
				}
				k.tick(t0)
				if got := to(k.sent(), ann.ID, "Picnic"); len(got) == 0 {
					t.Fatalf("Ann wasn't told at once of an event 12 minutes away: %q", texts(msgs))
				}
				return
			}
			if len(posted) != 1 || !strings.Contains(posted[0].Text, tc.window) {
				t.Fatalf("the offer reads %q, want the window %s", texts(posted), tc.window)
			}
			k.tick(t0.Add(tc.undo))
			k.sent()
			answer := k.press(p.host, dm(p.host), button(t, posted[0], "Undo"))
			if got := strings.Contains(answer, "Undone"); got != tc.undone {
				t.Fatalf("undo after %v answered %q", tc.undo, answer)
			}
		})
	}
}
