package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// skipTexts are the words about calling off one date by its day
// (/cancel <n> <day>) a reader of l gets, by what they are.
func skipTexts(l lang.Lang) map[string]string {
	loc, _ := time.LoadLocation("Europe/Berlin")
	start := time.Date(2026, 12, 8, 17, 0, 0, 0, loc) // a Tuesday
	r, _, _ := allaboard.ReadRepeat("every Tue 17:00", start.Add(-time.Hour), loc, allaboard.ReadOpts{})
	s := allaboard.Series{Group: -100, Num: 1, Title: "Swimming", Rule: r.Rule(loc)}
	e := allaboard.Event{Group: -100, Num: 2, Title: "Party", When: time.Date(2026, 12, 19, 15, 0, 0, 0, loc)}
	return map[string]string{
		"skipped":    SeriesSkipped(l, s.Title, l.Day(start.AddDate(0, 0, 14))),
		"not on day": SeriesNotOnDay(l, s, time.Date(2026, 12, 23, 0, 0, 0, 0, loc), loc),
		"single":     NotOnDay(l, e, time.Date(2026, 12, 23, 0, 0, 0, 0, loc), loc),
		"usage":      CancelUsageWithDay(l),
	}
}

// Every other language says all of it in its own words.
func TestSkipWordsAreInTheReadersLanguage(t *testing.T) {
	english := skipTexts(lang.English)
	for _, l := range lang.All()[1:] {
		for name, text := range skipTexts(l) {
			if text == "" || strings.Contains(text, "<no value>") {
				t.Errorf("%s: %s has no words: %q", l, name, text)
			}
			for _, s := range sentences(english[name]) {
				if strings.Contains(text, s) {
					t.Errorf("%s: %s is English: %q in %q", l, name, s, text)
				}
			}
		}
	}
}

// In German and Russian: the day and the rule in the reader's words.
func TestSkipWordsInGermanAndRussian(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Lang
		name string
		want string
	}{
		{lang.English, "skipped", "🔁 <b>Swimming</b>: no session on Tue 22 Dec."},
		{lang.English, "not on day", "⚠️ <b>Swimming</b> doesn't take place on Wed 23 Dec: its dates are every Tue 17:00."},
		{lang.German, "skipped", "🔁 <b>Swimming</b> fällt am Di., 22. Dez. aus."},
		{lang.German, "not on day", "nicht am Mi., 23. Dez., sondern jeden Di. 17:00."},
		{lang.German, "single", "ist am Sa., 19. Dez., 15:00, nicht am Mi., 23. Dez."},
		{lang.Russian, "skipped", "🔁 <b>Swimming</b>: вт, 22 дек. отменяется."},
		{lang.Russian, "not on day", "на ср, 23 дек. ничего не запланировано.\n🔁 еженедельно: вт, 17:00"},
		{lang.Russian, "usage", "<code>/cancel 2 вт 22 дек</code>"},
	} {
		if got := skipTexts(tc.l)[tc.name]; !strings.Contains(got, tc.want) {
			t.Errorf("%s %s: %q, want %q in it", tc.l, tc.name, got, tc.want)
		}
	}
}
