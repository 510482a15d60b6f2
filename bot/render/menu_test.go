package render

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"allaboard/bot/lang"
)

// utf16Len is s's length as Telegram counts characters.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// letters counts s's letters.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// profileWords are every menu line and both descriptions, in l.
func profileWords(l lang.Lang) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(commandAbout)) {
		out = append(out, CommandAbout(l, name))
	}
	return append(out, BotDescription(l), BotShortDescription(l))
}

// The menus and descriptions are written in each language, within
// Telegram's limits, short enough for a phone's menu, and with no English
// left in the other languages.
func TestMenusAndProfileSpeakTheReadersLanguage(t *testing.T) {
	english := profileWords(lang.English)
	for _, l := range lang.All() {
		for _, name := range slices.Sorted(maps.Keys(commandAbout)) {
			about := CommandAbout(l, name)
			if about == "" || utf16Len(about) > 40 || len(strings.Fields(about)) > 6 {
				t.Errorf("%s: /%s is described as %q: want 1 to 40 characters, 6 words at most, as a phone's menu shows it", l, name, about)
			}
		}
		desc, short := BotDescription(l), BotShortDescription(l)
		if n := utf16Len(desc); n < 100 || n > 512 {
			t.Errorf("%s: the description has %d characters, want 100 to 512 (Telegram's limit): %q", l, n, desc)
		}
		if n := utf16Len(short); n < 30 || n > 120 {
			t.Errorf("%s: the short description has %d characters, want 30 to 120 (Telegram's limit): %q", l, n, short)
		}
		if strings.ContainsAny(desc+short, "<>&") {
			t.Errorf("%s: the descriptions are plain text, not HTML: %q, %q", l, desc, short)
		}
		if l == lang.English {
			continue
		}
		for _, w := range profileWords(l) {
			for _, en := range english {
				if letters(en) >= 12 && strings.Contains(w, en) {
					t.Errorf("%s: %q is English (%q)", l, w, en)
				}
			}
		}
	}
	if got := CommandAbout(lang.German, "nope"); got != "" {
		t.Errorf("a command without a line is described as %q", got)
	}
}

// What a German and a Russian reader find: their own words.
func TestMenusInGermanAndRussian(t *testing.T) {
	for _, tc := range []struct {
		l                        lang.Lang
		event, descHas, shortHas string
	}{
		{lang.German, "Termin ankündigen", "Tippe unten auf den Button", "Alle in der Gruppe"},
		{lang.Russian, "Объявить мероприятие", "Нажмите кнопку внизу", "Все в группе"},
	} {
		if got := CommandAbout(tc.l, "event"); got != tc.event {
			t.Errorf("%s: /event is %q, want %q", tc.l, got, tc.event)
		}
		if got := BotDescription(tc.l); !strings.Contains(got, tc.descHas) {
			t.Errorf("%s: the description %q lacks %q", tc.l, got, tc.descHas)
		}
		if got := BotShortDescription(tc.l); !strings.Contains(got, tc.shortHas) {
			t.Errorf("%s: the short description %q lacks %q", tc.l, got, tc.shortHas)
		}
	}
}
