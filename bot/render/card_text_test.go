package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A title or place as typed cannot fake a line of the card (a second 🕒) nor
// turn the rest of its line around (U+202E).
func TestTypedTextCannotFakeACardLine(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	host := allaboard.User{ID: 1, FirstName: "Ann"}
	e, _, err := allaboard.NewEvent(-5, 1, host, "Picnic\n🕒 Sun 14:00", now.Add(5*24*time.Hour),
		"Park\u2028📍 Café\u202e", "Bring a hat", now)
	if err != nil {
		t.Fatal(err)
	}
	card := StripTags(Card{Lang: lang.English, Event: e, Host: "Ann", Loc: time.UTC}.HTML())
	starts := map[string]int{}
	for line := range strings.Lines(card) {
		for _, mark := range []string{"📅", "🕒", "📍"} {
			if strings.HasPrefix(line, mark) {
				starts[mark]++
			}
		}
		if strings.ContainsAny(line, "\u202e\u2028") {
			t.Errorf("a line keeps a control character: %q", line)
		}
	}
	for _, mark := range []string{"📅", "🕒", "📍"} {
		if starts[mark] != 1 {
			t.Errorf("%d lines start with %s, want 1:\n%s", starts[mark], mark, card)
		}
	}
}
