package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// asShipped sets the bot's own defaults: the normal pace, reminders a day
// and two hours before, quiet hours 21:00–08:00.
func asShipped(c *app.Config) {
	c.Defaults.Preset = allaboard.Normal
	c.Defaults.Reminders = []time.Duration{24 * time.Hour, 2 * time.Hour}
	c.Defaults.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour}
}

// namedIn counts, per event, the messages among msgs that name user in
// group g: a mention of any kind (chase, reminder before the event).
func namedIn(msgs []allaboard.Outgoing, g int64, user int64, into map[int]int) {
	for _, m := range msgs {
		if m.ChatID != g || !strings.Contains(m.Text, "tg://user?id="+itoa(user)+`"`) {
			continue
		}
		switch {
		case m.Chase != nil:
			into[m.Chase.Event]++
		case m.Notice != nil:
			into[m.Notice.Event]++
		default:
			into[0]++ // about no event: counted all the same
		}
	}
}

// A member who never answers and never opens a private chat is named in the
// group at most three times per event (and per date of a series), from the
// announcement to its start: the reminders before it count, and name her no
// more once the chase has. The group still hears each reminder, naming nobody.
func TestANeverAnsweringMemberIsNamedAtMostThreeTimesUntilItStarts(t *testing.T) {
	for _, tc := range []struct {
		name, command string
		until         time.Time
		events        int  // events she is named about, at least
		before        bool // reminders go before it
	}{
		{"a party ten days away", picnic, time.Date(2026, 3, 12, 16, 0, 0, 0, time.UTC), 1, true},
		{"a to-do due in ten days", "/todo Sign the permission slip by 12 Mar 12:00", time.Date(2026, 3, 12, 13, 0, 0, 0, time.UTC), 1, true},
		{"a notice about a day ten days away", "/announce Swimming is cancelled | Thu 12 Mar", time.Date(2026, 3, 13, 1, 0, 0, 0, time.UTC), 1, false},
		{"the dates of a weekly series", "/event Swimming | every Tue 17:00-18:00 | City pool", time.Date(2026, 3, 24, 18, 0, 0, 0, time.UTC), 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, asShipped)
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.announce(p, tc.command)
			named := map[int]int{}
			var unnamed int // reminders before an event in the group, naming nobody
			for at := t0; !at.After(tc.until); at = at.Add(10 * time.Minute) {
				k.tick(at)
				msgs := k.sent()
				namedIn(msgs, p.g.ID, ann.ID, named)
				for _, m := range msgs {
					if m.ChatID == p.g.ID && strings.HasPrefix(m.Text, "⏰ <b>Reminder:</b>") && !strings.Contains(m.Text, "tg://user") {
						unnamed++
					}
				}
			}
			if len(named) < tc.events {
				t.Fatalf("Ann was named about %d events (%v), want %d at least", len(named), named, tc.events)
			}
			for num, n := range named {
				if n > allaboard.MaxNamed {
					t.Errorf("Ann was named %d times about #%d, want %d at most", n, num, allaboard.MaxNamed)
				}
			}
			if tc.before && unnamed == 0 {
				t.Errorf("the group heard no reminder before the event once Ann could be named no more")
			}
		})
	}
}
