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
