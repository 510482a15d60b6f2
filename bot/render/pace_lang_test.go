package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// paceTexts are what a host reads about the pace of their own event and the
// time of their own digest, and the refusals naming who may change a
// group's settings, as a reader of l gets them, by what they are.
func paceTexts(l lang.Lang) map[string]string {
	e := allaboard.Event{Group: -100, Num: 2, Title: "Picnic", Pace: allaboard.Urgent}
	words := map[string]string{
		"pace set":            PaceSet(l, e, "urgent"),
		"pace group":          PaceSet(l, allaboard.Event{Num: 2, Title: "Picnic"}, "gentle"),
		"pace usage":          PaceUsage(l, 2),
		"pace refused":        PaceRefused(l, 2, allaboard.Problem{Code: allaboard.ProblemChasePreset, Args: []any{"fast"}}),
		"status pace":         PaceLine(l, e),
		"flow pace":           FlowPace(l),
		"own settings":        OwnSettings(l, ""),
		"own digest":          OwnDigestChanged(l, "30 7 * * *"),
		"own digest off":      OwnDigestChanged(l, allaboard.DigestOff),
		"zone not allowed":    ZoneNotAllowed.In(l),
		"language not":        LanguageNotAllowed(l),
		"settings not":        SettingsNotAllowed.In(l),
		"settings usage":      SettingsUsage.In(l),
		"language menu group": LanguageMenu(l, true),
	}
	for i, row := range PaceButtons(l, "g", "n", "u", "x") {
		for j, b := range row {
			words["pace button "+string(rune('0'+i))+string(rune('0'+j))] = b.Text
		}
	}
	return words
}

// Every other language says all of it in its own words.
func TestPaceWordsAreInTheReadersLanguage(t *testing.T) {
	english := paceTexts(lang.English)
	for _, l := range lang.All()[1:] {
		for name, text := range paceTexts(l) {
			if text == "" {
				t.Errorf("%s: %s has no words", l, name)
			}
			for _, s := range sentences(english[name]) {
				if strings.Contains(text, s) {
					t.Errorf("%s: %s is English: %q in %q", l, name, s, text)
				}
			}
		}
	}
}

// In German and Russian: the event's own pace, what it does, and the digest
// time in the reader's words; refusals name the group's admins.
func TestPaceWordsInGermanAndRussian(t *testing.T) {
	for _, tc := range []struct {
		l          lang.Lang
		name, want string
	}{
		{lang.German, "pace set", "frage ich jetzt in eigenem Tempo nach: <code>urgent</code> (Erinnerungen doppelt so oft"},
		{lang.German, "own digest", "ist jetzt <b>jeden Tag um 07:30</b>"},
		{lang.German, "settings not", "nur die Admins der Gruppe"},
		{lang.German, "zone not allowed", "Nur die Admins der Gruppe"},
		{lang.Russian, "pace set", "теперь свой темп напоминаний: <code>urgent</code> (напоминания вдвое чаще"},
		{lang.Russian, "own digest", "теперь <b>каждый день в 07:30</b>"},
		{lang.Russian, "own digest off", "теперь <code>off</code>"},
		{lang.Russian, "settings not", "только её администраторы"},
	} {
		if got := paceTexts(tc.l)[tc.name]; !strings.Contains(got, tc.want) {
			t.Errorf("%s %s = %q, want %q in it", tc.l, tc.name, got, tc.want)
		}
	}
}

// The paces' buttons fit three to a row, the group's on its own; answers to
// a press fit Telegram's 200 characters.
func TestPaceButtonsAndAnswersFit(t *testing.T) {
	for _, l := range lang.All() {
		for i, row := range PaceButtons(l, "g", "n", "u", "x") {
			for _, b := range row {
				if most := map[int]int{0: 20, 1: 32}[i]; utf8.RuneCountInString(b.Text) > most {
					t.Errorf("%s: %q is too long for its row", l, b.Text)
				}
			}
		}
		for _, b := range FixButtons(l, "t", "w", "u", "p", "n", "v")[1] {
			if utf8.RuneCountInString(b.Text) > 20 {
				t.Errorf("%s: %q is too long for a row of three", l, b.Text)
			}
		}
		for _, answer := range []string{ZoneNotAllowed.In(l), LanguageNotAllowed(l)} {
			if utf8.RuneCountInString(answer) > 200 || strings.Contains(answer, "<") {
				t.Errorf("%s: %q is no short plain answer", l, answer)
			}
		}
	}
}
