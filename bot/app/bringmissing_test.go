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
