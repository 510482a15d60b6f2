package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// posted is a message and when the clock said it went.
type posted struct {
	at  time.Time
	msg allaboard.Outgoing
}

// runUntil ticks the clock every quarter of an hour up to until, and
// returns what went to chat saying the words, with when.
func (k *kit) runUntil(until time.Time, chat int64, words ...string) []posted {
	k.tb.Helper()
	var out []posted
	for at := k.now.Add(15 * time.Minute); !at.After(until); at = at.Add(15 * time.Minute) {
		k.tick(at)
		for _, m := range to(k.sent(), chat, words...) {
			out = append(out, posted{at, m})
		}
	}
	return out
}

// A list made, or an event moved, after the day before's moment still
// has its group told once what is missing: a few hours before the start
// (no sooner than halfway from then to the start), never in quiet hours,
// and a claim in between does not move or repeat it.
func TestBringMissingForALateList(t *testing.T) {
	day := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, time.UTC) }
	quiet := func(c *app.Config) { c.Defaults.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour} }
	for _, tc := range []struct {
		name   string
		config func(*app.Config)
		event  string // announced at t0
		at     time.Time
		do     string // by the host in the group at at; Ann claims juice a quarter of an hour later
		start  time.Time
		want   time.Time // when the group is told, once
	}{
		{name: "a list made the evening before: three hours before", event: picnic, at: day(11, 18, 0),
			do: "/bring 1 cake, juice", start: day(12, 15, 0), want: day(12, 12, 0)},
		{name: "a list made an hour before: halfway to the start", event: picnic, at: day(12, 14, 0),
			do: "/bring 1 cake, juice", start: day(12, 15, 0), want: day(12, 14, 30)},
		{name: "three hours before falls in quiet hours: when they end", config: quiet,
			event: "/event Picnic | 2026-03-12 09:00 | Park", at: day(11, 20, 0),
			do: "/bring 1 cake, juice", start: day(12, 9, 0), want: day(12, 8, 0)},
		{name: "an event moved inside the last day", event: "/event Picnic | 2026-03-13 15:00 | Park\n/bring 1 cake, juice",
			at: day(12, 10, 0), do: "/edit 1 when 2026-03-12 20:00", start: day(12, 20, 0), want: day(12, 17, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, tc.config)
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.start(ann)
			for _, line := range strings.Split(strings.TrimSpace(tc.event), "\n") {
				k.announce(p, line)
			}
			early := k.runUntil(tc.at, p.g.ID, "Still missing")
			k.say(p.g, p.host, tc.do)
			k.sent()
			got := append(early, k.runUntil(tc.at.Add(15*time.Minute), p.g.ID, "Still missing")...)
			k.claimItem(p, 1, ann, "juice") // a quarter of an hour later
			got = append(got, k.runUntil(tc.start, p.g.ID, "Still missing")...)
			if len(got) != 1 || !got[0].at.Equal(tc.want) || !strings.Contains(got[0].msg.Text, "Still missing: cake") ||
				strings.Contains(got[0].msg.Text, "juice") {
				var seen []string
				for _, m := range got {
					seen = append(seen, m.at.Format(time.DateTime)+" "+m.msg.Text)
				}
				t.Fatalf("the group was told %q; want once, at %s, that the cake is missing", seen, tc.want.Format(time.DateTime))
			}
		})
	}
}

// The day before, a claim its member has not confirmed since the event
// moved is not counted as covered: the group hears it is unconfirmed, and
// hears it even when every item has someone. The card says the same.
func TestBringMissingUnconfirmed(t *testing.T) {
	for _, tc := range []struct {
		name, list string
		card, want []string
	}{
		{name: "with an item nobody brings", list: "cake, juice, plates",
			card: []string{"Still needed: plates", "Asked again after the change: cake"},
			want: []string{"Still missing: plates\nNot yet confirmed since the change: cake"}},
		{name: "every item has someone", list: "cake, juice",
			card: []string{"Asked again after the change: cake"},
			want: []string{"Picnic</b> (#1) is on Fri 13 Mar 15:00. Not yet confirmed since the change: cake"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben")
			ann, ben := p.members[0], p.members[1]
			k.start(ann, ben)
			k.announce(p, picnic)
			k.announce(p, "/bring 1 "+tc.list)
			k.claimItem(p, 1, ann, "cake")
			k.claimItem(p, 1, ben, "juice")
			k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
			ask := lastTo(t, k.sent(), ben.ID, "still on?")
			k.press(ben, dm(ben), button(t, ask, "Yes, still on"))
			c := card(t, k.sent(), p.g, 1)
			for _, w := range tc.card {
				if !strings.Contains(c.Text, w) {
					t.Fatalf("the card %q does not say %q", c.Text, w)
				}
			}
			got := k.runUntil(time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC), p.g.ID, "🧺", "(#1) is on")
			if len(got) != 1 || !containsAll(got[0].msg.Text, tc.want) || strings.Contains(got[0].msg.Text, "juice") {
				var seen []string
				for _, m := range got {
					seen = append(seen, m.msg.Text)
				}
				t.Fatalf("the group was told %q; want once %q", seen, tc.want)
			}
		})
	}
}
