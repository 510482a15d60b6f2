package app_test

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// A time is read in the group's language first: in a Dutch group "ma" is
// Monday, as Dutch parents write it; elsewhere it is no day (Italian "but").
func TestATimeIsReadInTheGroupsLanguageFirst(t *testing.T) {
	for _, tt := range []struct {
		lang string
		read bool
	}{{"nl", true}, {"", false}, {"it", false}} {
		k := newKit(t, func(c *app.Config) { c.Defaults.Language = tt.lang })
		p := k.parentsGroup("Ann")
		k.announce(p, "/event Feest | ma 15:00 | Park")
		var events []allaboard.Event
		k.view(func(tx allaboard.Tx) (err error) { events, err = tx.Events(p.g.ID); return err })
		if got := len(events) == 1; got != tt.read {
			t.Fatalf("in a group in %q, 'ma 15:00' announces %d events, want read %v", tt.lang, len(events), tt.read)
		}
		if want := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC); tt.read && !events[0].When.Equal(want) {
			t.Fatalf("'ma 15:00' is %v, want Monday %v", events[0].When, want)
		}
	}
}
