package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
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
// lengthens, after many changes of place, still fits in one message.
func TestCardAtItsLimitsFitsInAMessage(t *testing.T) {
	loc := time.UTC
	amp := func(n int) string { return strings.Repeat("&", n) }
	e := allaboard.Event{Group: -100, Num: 1, Title: amp(allaboard.MaxTitle), Where: amp(allaboard.MaxWhere),
		Notes: strings.Repeat("&😀", allaboard.MaxNotes/2), When: time.Date(2026, 12, 5, 15, 0, 0, 0, loc), Material: 12}
	var revs []allaboard.Revision
	for n := 2; n <= 12; n++ {
		revs = append(revs, allaboard.Revision{N: n, Material: true, Changes: []allaboard.Change{
			{Field: allaboard.FieldWhere, Old: amp(allaboard.MaxWhere), New: strings.Repeat("<&>", 100)},
		}})
	}
	changes := ChangesSince(revs, 1, loc)
	if got, want := len(changes), maxChanges+1; got != want {
		t.Fatalf("%d change lines, want %d (the latest %d and a count): %q", got, want, maxChanges, changes)
	}
	if !strings.Contains(changes[0], "6 earlier") {
		t.Errorf("first line %q, want a count of the 6 earlier changes", changes[0])
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
