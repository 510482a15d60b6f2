package render

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// bringWords is everything written about sign-up lists, in l: the card's
// line, the group's news, a member's copy and its buttons, the question
// after a move in each state, the host's view, the problems and the answers.
func bringWords(l lang.Lang) []string {
	loc := time.UTC
	e := allaboard.Event{Group: -100, Num: 3, Title: "Party", When: time.Date(2026, 12, 20, 15, 0, 0, 0, loc), Material: 2, Moved: 2}
	if err := e.Bring.Add([]allaboard.ItemSpec{{Name: "Kuchen", Want: 1}, {Name: "Saft", Want: 1}, {Name: "Fahrer", Want: 2}}); err != nil {
		panic(err)
	}
	e.Bring.Items[0].Claims = []allaboard.Claim{{User: 11, For: 1}}
	e.Bring.Items[2].Claims = []allaboard.Claim{{User: 12, For: 2}}
	who := func(c allaboard.Claim) Claimant { return Claimant{Name: "Ann", Stands: c.Stands(e)} }
	covered := e
	covered.Bring = allaboard.List{Items: []allaboard.Item{{ID: 1, Name: "Kuchen", Claims: []allaboard.Claim{{User: 11, For: 2}}}}}
	unsure := e // every item has someone, one not confirmed since the move
	unsure.Bring = allaboard.List{Items: []allaboard.Item{{ID: 1, Name: "Kuchen", Claims: []allaboard.Claim{{User: 11, For: 1}}}}}
	out := []string{BringUsage(l), BringNotEvent(l), BringClosed(l, e), BringCardLine(l, e), BringCardLine(l, covered),
		BringSaved(l, e), BringSaved(l, allaboard.Event{Num: 3, Title: "Party"}), BringList(l, e, who, loc), BringList(l, allaboard.Event{Title: "Party"}, who, loc),
		BringStatus(l, e, who), BringAsk(l, e, []string{"Kuchen"}, []string{"Kuchen"}, loc), BringAsk(l, e, nil, []string{"Kuchen"}, loc),
		BringAsk(l, e, nil, nil, loc), BringNeededAgain(l, e, e.Bring.Items[1:], loc), BringMissing(l, e, loc), BringMissing(l, unsure, loc),
		BringReleasedCant(l, e, "Ann", []string{"Kuchen"}), BringReleasedCant(l, e, "Ann", []string{"Kuchen", "Saft"}),
		BringReleasedLeft(l, e, "Ann", []string{"Kuchen"}), BringReleasedLeft(l, e, "Ann", []string{"Kuchen", "Saft"}),
		BringRemoved(l, e, "Kuchen"), BringYou(l), CommandAbout(l, "bring"), BringProblem(l, errors.New("?")), FlowBring.In(l)}
	for _, in := range []string{"", "Kuchen, x2", "Fahrer x0", strings.Repeat("a", 61), strings.Repeat("a,", 31), strings.Repeat("Kuchen ", 200)} {
		_, err := allaboard.ParseBring(in)
		out = append(out, BringProblem(l, err))
	}
	var l2 allaboard.List
	_, err := l2.Remove("Kuchen")
	out = append(out, BringProblem(l, err))
	for _, k := range []string{"bring_claimed", "bring_released", "bring_full", "bring_gone", "bring_still_on", "bring_dropped", "bring_outdated", "bring_not_yours", "bring_shut"} {
		out = append(out, BringAnswer(l, k, "Kuchen"))
	}
	rows := append(BringListButtons(l, e, 11, func(int, bool) string { return "d" }), BringListButtons(l, e, 13, func(int, bool) string { return "d" })...)
	rows = append(rows, BringButton(l, "u"), FlowBringButton(l, false, "b"), FlowBringButton(l, true, "b"))
	rows = append(rows, BringAskButtons(l, "y", "n")...)
	for _, row := range rows {
		for _, b := range row {
			if n := len([]rune(b.Text)); n > 32 {
				panic("a button over 32 characters: " + b.Text)
			}
			out = append(out, b.Text)
		}
	}
	return out
}

// Every language but English words sign-up lists in its own words, with
// the event's date in its own.
func TestBringSpeaksTheReadersLanguage(t *testing.T) {
	english := englishSentences(t)
	for _, l := range lang.All()[1:] {
		t.Run(l.Code(), func(t *testing.T) {
			words := bringWords(l)
			for _, s := range words {
				for _, en := range english {
					if strings.Contains(s, en) {
						t.Errorf("English %q in %q", en, s)
					}
				}
			}
			all := strings.Join(words, "\n")
			if day := l.DayTime(time.Date(2026, 12, 20, 15, 0, 0, 0, time.UTC)); !strings.Contains(all, day) {
				t.Errorf("no date in the language (%q) in %q", day, all)
			}
		})
	}
	got := strings.Join(bringWords(lang.German), "\n")
	if !containsEvery(got, "🧺 Fehlt noch: Saft, Fahrer (1 von 2)", "• Kuchen — Ann (neu gefragt)", "So., 20. Dez.",
		"Es fehlt noch: Saft, Fahrer (1 von 2)\nSeit der Änderung noch nicht bestätigt: Kuchen", "15:00. Seit der Änderung noch nicht bestätigt: Kuchen") {
		t.Errorf("German list: %q", got)
	}
}

// The English output of the same calls does have the catalogue's sentences:
// the test above can tell.
func TestBringEnglishHasTheCatalogueSentences(t *testing.T) {
	english := englishSentences(t)
	found := 0
	for _, s := range bringWords(lang.English) {
		for _, en := range english {
			if strings.Contains(s, en) {
				found++
			}
		}
	}
	if found < 20 {
		t.Errorf("only %d English sentences in the English lists", found)
	}
}

// Counts as Russian and Ukrainian say them.
func TestBringCountsInRussianAndUkrainian(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Lang
		n    int
		want string
	}{
		{lang.Russian, 1, "максимум 1 пункт."}, {lang.Russian, 2, "максимум 2 пункта."}, {lang.Russian, 5, "максимум 5 пунктов."}, {lang.Russian, 21, "максимум 21 пункт."},
		{lang.Ukrainian, 1, "максимум 1 пункт."}, {lang.Ukrainian, 2, "максимум 2 пункти."}, {lang.Ukrainian, 5, "максимум 5 пунктів."}, {lang.Ukrainian, 21, "максимум 21 пункт."},
	} {
		got := BringProblem(tc.l, allaboard.Problem{Code: allaboard.ProblemBringTooMany, Args: []any{tc.n}})
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s %d: %q, want %q", tc.l.Code(), tc.n, got, tc.want)
		}
	}
}
