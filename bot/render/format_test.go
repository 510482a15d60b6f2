package render

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

func TestClipNeverPanics(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"party", 10, "party"},
		{"party", 5, "party"},
		{"party", 4, "par…"},
		{"party", 1, "…"},
		{"party", 0, ""},
		{"party", -7, ""},
		{"", -1, ""},
	} {
		if got := Clip(tc.s, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

// A card at every field's maximum, made of characters that escaping
// lengthens, after many changes of place, with notes as long as were once
// allowed (4,096), still fits in one message.
func TestCardAtItsLimitsFitsInAMessage(t *testing.T) {
	loc := time.UTC
	amp := func(n int) string { return strings.Repeat("&", n) }
	e := allaboard.Event{Group: -100, Num: 1, Title: amp(allaboard.MaxTitle), Where: amp(allaboard.MaxWhere),
		Notes: strings.Repeat("&😀", 2048), When: time.Date(2026, 12, 5, 15, 0, 0, 0, loc), Material: 12}
	var revs []allaboard.Revision
	for n := 2; n <= 12; n++ {
		revs = append(revs, allaboard.Revision{N: n, Material: true, Changes: []allaboard.Change{
			{Field: allaboard.FieldWhere, Old: amp(allaboard.MaxWhere), New: strings.Repeat("<&>", 100)},
		}})
	}
	changes := ChangesSince(lang.English, e, revs, 1, loc)
	if len(changes) != 1 {
		t.Fatalf("%d change lines, want one for the place changed eleven times: %q", len(changes), changes)
	}
	c := Card{Event: e, Host: amp(100), Changes: changes, Counts: &allaboard.Tally{Members: 9}, Header: amp(100), Loc: loc}
	html := c.HTML()
	if n := VisibleLen(html); n > 4096 {
		t.Errorf("card is %d UTF-16 units, over Telegram's 4,096", n)
	}
	if !strings.Contains(html, "📝 &amp;") {
		t.Errorf("card lost its notes entirely: %.300q", html)
	}
	if !strings.Contains(html, "✅ 0 of 9 confirmed") {
		t.Errorf("card lost its counts")
	}
}

func TestVisibleLenCountsWhatTelegramCounts(t *testing.T) {
	for _, tc := range []struct {
		html string
		want int
	}{
		{"<b>Party</b>", 5},
		{"&amp;&lt;&gt;", 3},
		{`<a href="tg://user?id=1">Ann</a>`, 3},
		{"😀", 2}, // one rune, two UTF-16 units
	} {
		if got := VisibleLen(tc.html); got != tc.want {
			t.Errorf("VisibleLen(%q) = %d, want %d", tc.html, got, tc.want)
		}
	}
}

// Telegram refuses an answer over 200 UTF-16 units: emoji count twice.
func TestClipAnswerFitsTelegramsLimit(t *testing.T) {
	units := func(s string) int { return len(utf16.Encode([]rune(s))) }
	for _, tc := range []struct {
		name string
		s    string
		cut  bool
	}{
		{"short", "✅ Thanks!", false},
		{"exactly 200", strings.Repeat("x", 200), false},
		{"one over", strings.Repeat("x", 201), true},
		{"emoji", strings.Repeat("🕒", 150), true},
		{"emoji across the edge", "x" + strings.Repeat("📍", 120), true},
		{"a long change", OutdatedPress(lang.English, strings.Repeat("📍 Jump House, Main St 5 → Café Ümlaut 😀; ", 8), false), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ClipAnswer(tc.s)
			if n := units(got); n > MaxAnswer {
				t.Fatalf("%d units: %q", n, got)
			}
			if cut := got != tc.s; cut != tc.cut {
				t.Fatalf("cut = %v, want %v: %q", cut, tc.cut, got)
			}
			if tc.cut && (!strings.HasSuffix(got, "…") || !utf8.ValidString(got)) {
				t.Fatalf("badly cut: %q", got)
			}
			if kept := strings.TrimSuffix(got, "…"); tc.cut && strings.Contains(tc.s, " ") && !strings.HasPrefix(tc.s, kept+" ") && !strings.HasPrefix(tc.s, kept+"; ") {
				t.Errorf("cut mid-word: %q", got)
			}
		})
	}
}

// An outdated card says so, points to the latest, and still shows what it
// said; user text in it is escaped.
func TestOutdatedCard(t *testing.T) {
	old := allaboard.Event{Num: 2, Title: "Tom & Jerry", Where: "<Park>", When: time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)}
	withLink := Outdated(lang.English, old, "https://t.me/c/1234/56", time.UTC)
	for _, want := range []string{"Outdated", `<a href="https://t.me/c/1234/56">`, "Tom &amp; Jerry", "&lt;Park&gt;", "Sat 5 Dec 15:00"} {
		if !strings.Contains(withLink, want) {
			t.Errorf("%q lacks %q", withLink, want)
		}
	}
	if noLink := Outdated(lang.English, old, "", time.UTC); strings.Contains(noLink, "<a ") || !strings.Contains(noLink, "see the latest card below") {
		t.Errorf("without a link: %q", noLink)
	}
}

// A 25-member group's status card stays short on a phone: under 20 lines,
// long lists folded.
func TestStatusCardOfABigGroupStaysShort(t *testing.T) {
	e := allaboard.Event{Group: -100, Num: 1, Host: 1, Title: "Party", Where: "Park", When: time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC), Material: 2}
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}, Users: map[int64]allaboard.User{}}
	for i := int64(1); i <= 25; i++ {
		r.Members = append(r.Members, allaboard.Member{Group: -100, User: i})
		r.Users[i] = allaboard.User{ID: i, FirstName: fmt.Sprintf("Parent%d", i)}
		resp := allaboard.Response{User: i, Pings: 3}
		switch {
		case i <= 12:
			resp.Acked, resp.RSVP, resp.RSVPRev = 2, allaboard.Going, 2
		case i <= 14:
			resp.Acked, resp.ToldBy = 2, 1
		case i <= 16:
			resp.HandedOff = true
		}
		r.Resp[i] = resp
	}
	c := allaboard.Chat{ID: -100, Title: "Class 2b", Count: 29, CountedAt: e.When}
	r.Chat = c
	card := Status(lang.English, r, c, time.UTC, time.Time{})
	if n := strings.Count(card, "\n") + 1; n >= 20 {
		t.Errorf("the card has %d lines, want under 20:\n%s", n, card)
	}
	for _, want := range []string{"14 of 28 confirmed", "Call now</b>: Parent15, Parent16", "Parent25 (reminded 2×)", "(told by Parent1)", "3 members of the group haven't"} {
		if !strings.Contains(card, want) {
			t.Errorf("the card doesn't say %q:\n%s", want, card)
		}
	}
}

func TestEveryoneKnowsSaysItInASentence(t *testing.T) {
	e := allaboard.Event{Group: -100, Num: 1, Title: "Party", Material: 1}
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{
		1: {User: 1, Acked: 1, RSVP: allaboard.Going, RSVPRev: 1},
		2: {User: 2, Acked: 1, ToldBy: 1},
		3: {User: 3, Acked: 1, RSVP: allaboard.CantGo, RSVPRev: 1},
	}}
	for i := int64(1); i <= 3; i++ {
		r.Members = append(r.Members, allaboard.Member{User: i})
	}
	got := StripTags(EveryoneKnows(lang.English, r))
	if want := "Everyone knows ✅ All 3 members have seen the latest version of Party (#1) (one of them because you told them). 🎉 1 going · 🙁 1 can't come."; got != want {
		t.Errorf("EveryoneKnows = %q, want %q", got, want)
	}
}

// What changed since a version is one line per field, from what the reader
// saw to what it is now: the start and the end on one 🕒 line, a place
// changed twice once, a place changed back not at all.
func TestChangesSinceShowOneLinePerField(t *testing.T) {
	loc := time.UTC
	at := func(d, h int) string { return time.Date(2026, 12, d, h, 0, 0, 0, loc).Format(time.RFC3339) }
	revs := []allaboard.Revision{
		{N: 1, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldTitle, New: "Party"},
			{Field: allaboard.FieldWhen, New: at(7, 15)}, {Field: allaboard.FieldWhere, New: "Hall"}}},
		{N: 2, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhere, Old: "Hall", New: "Park"}}},
		{N: 3, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhen, Old: at(7, 15), New: at(6, 14)},
			{Field: allaboard.FieldEnd, New: at(6, 17)}}},
		{N: 4, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhere, Old: "Park", New: "Hall"}}},
	}
	e := allaboard.Event{Num: 1}.AsOf(revs, 4)
	if got, want := strings.Join(ChangesSince(lang.English, e, revs, 1, loc), "\n"), "🕒 Mon 7 Dec 15:00 → Sun 6 Dec 14:00–17:00"; got != want {
		t.Errorf("since the announcement:\n%s\nwant\n%s", got, want)
	}
	if got, want := strings.Join(ChangesSince(lang.English, e, revs, 2, loc), "\n"), "🕒 Mon 7 Dec 15:00 → Sun 6 Dec 14:00–17:00\n📍 Park → Hall"; got != want {
		t.Errorf("since version 2:\n%s\nwant\n%s", got, want)
	}
	m := ChaseMention{Names: []string{"Ali"}, Event: e, Changes: ChangesSince(lang.English, e, revs, 1, loc), Loc: loc}
	if got := strings.Count(m.HTML(), "🕒"); got != 1 {
		t.Errorf("the change mention has %d 🕒 lines, want one:\n%s", got, m.HTML())
	}
}
