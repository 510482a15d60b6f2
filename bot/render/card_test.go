package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

func TestTallyLineLeavesZerosOutAndCountsUnseenMembers(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    allaboard.Tally
		want string
	}{
		{"nobody answered", allaboard.Tally{Members: 9}, "✅ 0 of 9 confirmed"},
		{"some going", allaboard.Tally{Members: 9, Confirmed: 3, Going: 2}, "✅ 3 of 9 confirmed · 🎉 2 going"},
		{"every answer", allaboard.Tally{Members: 9, Confirmed: 9, Going: 2, Maybe: 1, CantGo: 3}, "✅ 9 of 9 confirmed · 🎉 2 going · 🤔 1 maybe · 🙁 3 can't"},
		{"unseen members", allaboard.Tally{Members: 7, Confirmed: 7, Unknown: 2, CantGo: 1}, "✅ 7 of 9 confirmed · 2 not yet reachable · 🙁 1 can't"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := TallyLine(lang.English, tc.t); got != tc.want {
				t.Errorf("TallyLine = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStillComingNamesTheVersionAnswered(t *testing.T) {
	loc := time.UTC
	at := time.Date(2026, 12, 5, 15, 0, 0, 0, loc)
	e := allaboard.Event{Title: "Party", When: at.Add(24 * time.Hour), Where: "Café <Rose>"}
	for _, tc := range []struct {
		name  string
		a     allaboard.RSVP
		when  time.Time
		where string
		want  string
	}{
		{"moved", allaboard.Going, at, "Café <Rose>", "🔁 You said 🎉 Going for Sat 5 Dec 15:00 — still coming?"},
		{"new place", allaboard.Going, e.When, "Park & Pond", "🔁 You said 🎉 Going for Park &amp; Pond — still coming?"},
		{"both", allaboard.Maybe, at, "Park", "🔁 You said 🤔 Maybe for Sat 5 Dec 15:00, Park — can you come now?"},
		{"moved back", allaboard.Going, e.When, e.Where, "🔁 You said 🎉 Going for the earlier version — still coming?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := StillComing(lang.English, tc.a, e, tc.when, tc.where, loc); got != tc.want {
				t.Errorf("StillComing = %q, want %q", got, tc.want)
			}
		})
	}
}

// The status card lists answers to an earlier time or place apart, never
// under the answers to the current one.
func TestStatusKeepsEarlierAnswersApart(t *testing.T) {
	e := allaboard.Event{Group: -5, Num: 1, Title: "Party", When: time.Date(2026, 12, 6, 15, 0, 0, 0, time.UTC), Where: "Park", Rev: 3, Material: 3, Moved: 3}
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}, Users: map[int64]allaboard.User{}}
	for _, p := range []struct {
		id      int64
		name    string
		acked   int
		rsvp    allaboard.RSVP
		rsvpRev int
	}{
		{1, "Ali", 1, allaboard.Going, 1},
		{2, "Bea", 3, allaboard.Going, 1}, // confirmed the move, hasn't answered again
		{3, "Cem", 3, allaboard.Going, 3},
		{4, "Dora", 1, allaboard.Maybe, 1},
	} {
		r.Members = append(r.Members, allaboard.Member{Group: -5, User: p.id})
		r.Users[p.id] = allaboard.User{ID: p.id, FirstName: p.name}
		r.Resp[p.id] = allaboard.Response{Group: -5, Event: 1, User: p.id, Acked: p.acked, RSVP: p.rsvp, RSVPRev: p.rsvpRev}
	}
	card := Status(lang.English, r, allaboard.Chat{ID: -5, Title: "Class"}, time.UTC, time.Time{})
	if !strings.Contains(card, "✅ 2 of 4 confirmed · 🎉 1 going\n") {
		t.Errorf("counts: want 1 going (Cem) and no zeros:\n%s", card)
	}
	if !strings.Contains(card, "\n🎉 Going: Cem\n") {
		t.Errorf("Cem answered the current version:\n%s", card)
	}
	if !strings.Contains(card, "Said 🎉 Going before the time or place changed: Ali, Bea\n") ||
		!strings.Contains(card, "Said 🤔 Maybe before the time or place changed: Dora\n") {
		t.Errorf("the earlier answers are not listed apart:\n%s", card)
	}
	if strings.Contains(card, "\n🤔 Maybe:") {
		t.Errorf("Dora's earlier Maybe is shown as an answer to the current version:\n%s", card)
	}
}
