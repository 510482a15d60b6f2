package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// seriesTexts are the words about series a reader of l gets, by what they are.
func seriesTexts(l lang.Lang) map[string]string {
	loc, _ := time.LoadLocation("Europe/Berlin")
	start := time.Date(2026, 12, 8, 17, 0, 0, 0, loc) // a Tuesday, the 2nd of the month
	rule := func(text string) allaboard.Rule {
		r, _, _ := allaboard.ReadRepeat(text, start.Add(-time.Hour), loc, allaboard.ReadOpts{})
		return r.Rule(loc)
	}
	e := allaboard.Event{Group: -100, Num: 2, Title: "Swimming", Series: 1}
	words := map[string]string{
		"weekly":       SeriesLine(l, rule("every Tue 17:00"), start.AddDate(0, 0, 7), loc),
		"fortnightly":  Repeats(l, rule("every other Tue 17:00"), loc),
		"monthly":      Repeats(l, rule("every second Tuesday of the month 17:00"), loc),
		"last":         Repeats(l, rule("every last Tue 17:00"), loc),
		"weekdays":     Repeats(l, rule("weekdays 17:00"), loc),
		"daily":        Repeats(l, rule("every day 17:00"), loc),
		"last date":    SeriesLine(l, rule("every Tue 17:00"), time.Time{}, loc),
		"unreadable":   RepeatProblem(l, "sometimes", ""),
		"no time":      RepeatProblem(l, "every Tue", "no-time"),
		"am pm":        RepeatProblem(l, "every Tue 5", "am-pm"),
		"until":        RepeatProblem(l, "every Tue 17:00 until 1 Dec", "until"),
		"count":        RepeatProblem(l, "every Tue 17:00 500 times", "count"),
		"scope change": SeriesScope(l, e, l.Day(start), false),
		"scope cancel": SeriesScope(l, e, l.Day(start), true),
		"flow repeat":  FlowRepeat.In(l),
		"until date":   Repeats(l, rule("every Tue 17:00 until 20 Dec"), loc),
		"2 times":      Repeats(l, rule("every Tue 17:00 2 times"), loc),
		"5 times":      Repeats(l, rule("every Tue 17:00 5 times"), loc),
		"21 times":     Repeats(l, rule("every Tue 17:00 21 times"), loc),
	}
	for i, row := range append(SeriesScopeButtons(l, l.Day(start), "o", "a"), RepeatChoice(l, "n", "w", "f", "m")...) {
		for j, b := range row {
			words["button "+string(rune('0'+i))+string(rune('0'+j))] = b.Text
		}
	}
	return words
}

// Every other language says all of it in its own words.
func TestSeriesWordsAreInTheReadersLanguage(t *testing.T) {
	english := seriesTexts(lang.English)
	for _, l := range lang.All()[1:] {
		for name, text := range seriesTexts(l) {
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

// In German and Russian: the rule with the weekday and date in the reader's words.
func TestSeriesWordsInGermanAndRussian(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Lang
		name string
		want string
	}{
		{lang.English, "weekly", "🔁 every Tue 17:00 · next Tue 15 Dec"},
		{lang.German, "weekly", "🔁 jeden Di. 17:00 · nächster Termin Di., 15. Dez."},
		{lang.German, "monthly", "jeden zweiten Di. im Monat, 17:00"},
		{lang.German, "scope change", "Nur Di., 8. Dez. ändern"},
		{lang.Russian, "weekly", "🔁 еженедельно: вт, 17:00 · следующий раз: "},
		{lang.Russian, "fortnightly", "раз в две недели: вт, 17:00"},
		{lang.Russian, "weekdays", "по будням, 17:00"},
		{lang.English, "until date", "every Tue 17:00 until Sun 20 Dec"},
		{lang.German, "until date", "jeden Di. 17:00 bis So., 20. Dez."},
		{lang.English, "5 times", "every Tue 17:00, 5 times"},
		{lang.Russian, "2 times", "еженедельно: вт, 17:00, 2 раза"},
		{lang.Russian, "5 times", "еженедельно: вт, 17:00, 5 раз"},
		{lang.Russian, "21 times", "еженедельно: вт, 17:00, 21 раз"},
	} {
		if got := seriesTexts(tc.l)[tc.name]; !strings.Contains(got, tc.want) {
			t.Errorf("%s %s: %q, want %q in it", tc.l, tc.name, got, tc.want)
		}
	}
}
