package render_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// The words of guided creation, households, guests and the questions about
// a time, in one language: each message and button, with the same data.
func flowWords(l lang.Lang) map[string]string {
	loc := time.UTC
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, loc)
	sat := time.Date(2026, 12, 19, 15, 0, 0, 0, loc)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	e := allaboard.Event{Num: 1, Title: "Picnic", Where: "Park", When: sat, End: sat.Add(2 * time.Hour), Guests: []int64{2, 3}}
	at := func(d, h int) allaboard.Span { return allaboard.Span{Start: time.Date(2026, 11, d, h, 30, 0, 0, loc)} }
	labels := func(rows [][]allaboard.Button) string {
		var s []string
		for _, row := range rows {
			for _, b := range row {
				s = append(s, b.Text)
			}
		}
		return strings.Join(s, " | ")
	}
	w := map[string]string{}
	for _, p := range []render.Phrase{render.FlowWhichGroup, render.FlowNoGroup, render.FlowDay, render.FlowOtherDay,
		render.FlowTime, render.FlowUntil, render.FlowWhere, render.FlowNotes, render.FlowPreview, render.FlowFix,
		render.FlowGone, render.FlowExpired, render.FlowNotYours, render.EventGuide, render.Saved, render.FlowGuests,
		render.FlowNoGuests, render.NotInvited, render.GuestsUsage, render.NotYourQuestion,
		render.FamilyUsage, render.FamilyNoName, render.FamilySelf, render.FamilyFull, render.FamilyNone, render.FamilyLeft,
		render.FamilyPrivate, render.FamilyLeftAll, render.FamilyNotForYou, render.FamilyAskGone, render.FamilyYesShort,
		render.FamilyNoShort, render.FamilyNoText, render.FamilyPostAsSelf} {
		w[string(p)] = p.In(l)
	}
	w["title"] = render.FlowTitle(l, "Class 2b")
	w["end early"] = render.FlowEndEarly(l, render.When(l, sat, loc))
	w["posted"] = render.FlowPosted(l, "Class 2b")
	w["where asked"] = render.WhereAsked(l, "Picnic")
	w["days"] = labels(render.FlowDays(l, []time.Time{now, now.AddDate(0, 0, 1), sat, sat.AddDate(0, 0, 1)}, []string{"a", "b", "c", "d"}, "e"))
	w["buttons"] = labels(append(append(append(render.PreviewButtons(l, "Class 2b", false, "p", "f", "d"),
		render.PreviewButtons(l, "Class 2b", true, "p", "f", "d")[0]),
		render.FixButtons(l, "t", "w", "u", "p", "n", "v")...),
		render.Skip(l, "s"), render.CreateEvent(l, "https://t.me/x")))
	w["guests choice"] = labels(render.GuestsChoice(l, "e", "p"))
	text, rows := render.GuestList(l, []render.GuestOption{{Name: "Ann", Data: "a"}}, 2, 0, 3, "", "n", "d")
	w["guest list"] = text + " | " + labels(rows)
	w["guests set"] = render.GuestsSet(l, e)
	w["guests all"] = render.GuestsSet(l, allaboard.Event{Num: 1, Title: "Picnic"})
	w["guests over"] = render.GuestsIsOver(l, e)
	w["guests unknown"] = render.GuestsNotKnown(l, "@ben")
	w["am pm"] = render.WhenQuestion(l, "Sat 3:30", allaboard.Reading{Ask: []allaboard.Span{at(28, 15), at(28, 3)}, Why: allaboard.AskAmPm}, now, loc)
	w["day month"] = render.WhenQuestion(l, "1/6", allaboard.Reading{Ask: []allaboard.Span{at(28, 15), at(29, 15)}, Why: allaboard.AskDayMonth}, now, loc)
	w["week"] = render.WhenQuestion(l, "next Fri", allaboard.Reading{Ask: []allaboard.Span{at(27, 15), at(20, 15)}, Why: allaboard.AskWhichWeek}, now, loc)
	w["passed"] = render.WhenQuestion(l, "20 Nov", allaboard.Reading{Ask: []allaboard.Span{{Start: time.Date(2027, 11, 20, 10, 0, 0, 0, loc)}}, Why: allaboard.AskPassed}, now, loc)
	w["today"] = render.WhenQuestion(l, "25 Nov", allaboard.Reading{Ask: []allaboard.Span{{Start: time.Date(2027, 11, 25, 10, 0, 0, 0, loc)}}, Why: allaboard.AskPassed}, now, loc)
	w["far"] = render.WhenQuestion(l, "5 Jun", allaboard.Reading{Ask: []allaboard.Span{{Start: time.Date(2027, 6, 5, 15, 0, 0, 0, loc)}}, Why: allaboard.AskFarAhead}, now, loc)
	w["wrong day"] = render.WhenWrongWeekday(l, "Fri 5 Mar", time.Date(2026, 3, 5, 0, 0, 0, 0, loc), time.Time{}, time.Friday)
	w["wrong day near"] = render.WhenWrongWeekday(l, "Fri 5 Mar", time.Date(2026, 3, 5, 0, 0, 0, 0, loc), time.Date(2026, 3, 6, 0, 0, 0, 0, loc), time.Friday)
	w["past"] = render.WhenPast(l, "yesterday")
	w["no time"] = render.WhenNoTime(l, "Sat")
	w["unreadable"] = render.WhenUnreadable(l, "whenever")
	w["family unknown"] = render.FamilyUnknown(l, "ben")
	w["family now"] = render.FamilyNow(l, []string{"Ben"})
	w["family already"] = render.FamilyAlready(l, ann)
	w["family taken"] = render.FamilyTaken(l, ann)
	w["family asked"] = render.FamilyAsked(l, ann)
	w["family ask"] = render.FamilyAsk(l, ann, "Class 2b", "") + " | " + render.FamilyAsk(l, ann, "Class 2b", "Ben")
	w["family buttons"] = labels(render.FamilyButtons(l, "y", "n"))
	w["family linked"] = render.FamilyLinked(l, ann, "Class 2b")
	w["family yes"] = render.FamilySaidYes(l, ann, "Class 2b")
	w["family no"] = render.FamilySaidNo(l, ann, "Class 2b")
	w["family confirmed"] = render.FamilyConfirmed(l, ann, e, "Class 2b", loc)
	cancelled := e
	cancelled.Cancelled = true
	w["family cancelled"] = render.FamilyConfirmed(l, ann, cancelled, "Class 2b", loc)
	return w
}

var (
	markup    = regexp.MustCompile(`<code>.*?</code>|<[^>]*>`)
	sentences = regexp.MustCompile(`[.:;!?()—–·|\n"“”«»…]+`)
)

// englishSentences are the runs of words of 12 letters or more in s, as
// English writes them, leaving out commands and what is in <code>.
func englishSentences(s string) []string {
	var out []string
	for _, part := range sentences.Split(markup.ReplaceAllString(s, " "), -1) {
		var words []string
		letters := 0
		for _, w := range strings.Fields(part) {
			if strings.HasPrefix(w, "/") || strings.HasPrefix(w, "@") {
				continue
			}
			words = append(words, w)
			for _, r := range w {
				if unicode.IsLetter(r) {
					letters++
				}
			}
		}
		if letters >= 12 {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// Every language says all of it in its own words: nothing of the English
// sentences is left in German, Russian or any other.
func TestFlowWordsAreTranslated(t *testing.T) {
	en := flowWords(lang.English)
	for _, l := range lang.All()[1:] {
		for name, text := range flowWords(l) {
			for _, s := range englishSentences(en[name]) {
				if strings.Contains(text, s) {
					t.Errorf("%v %s: %q is still English: %q", l, name, s, text)
				}
			}
		}
	}
}

// Counts take the forms their language needs, and dates are written the
// language's way.
func TestFlowWordsInGermanAndRussian(t *testing.T) {
	guests := func(n int) allaboard.Event {
		return allaboard.Event{Num: 1, Title: "Picnic", Guests: make([]int64, n)}
	}
	chosen := func(l lang.Lang, n int) string {
		text, _ := render.GuestList(l, nil, n, 0, 1, "", "", "d")
		return text
	}
	de, ru := flowWords(lang.German), flowWords(lang.Russian)
	for _, tt := range []struct{ got, want string }{
		{render.GuestsSet(lang.German, guests(1)), "nur für 1 eingeladenen Gast"},
		{render.GuestsSet(lang.German, guests(2)), "nur für 2 eingeladene Gäste"},
		{render.GuestsSet(lang.Russian, guests(1)), "для 1 приглашённого"},
		{render.GuestsSet(lang.Russian, guests(2)), "для 2 приглашённых"},
		{render.GuestsSet(lang.Russian, guests(5)), "для 5 приглашённых"},
		{render.GuestsSet(lang.Russian, guests(21)), "для 21 приглашённого"},
		{chosen(lang.Russian, 1), "пока выбран 1 гость."},
		{chosen(lang.Russian, 2), "пока выбрано 2 гостя."},
		{chosen(lang.Russian, 5), "пока выбрано 5 гостей."},
		{chosen(lang.Russian, 21), "пока выбран 21 гость."},
		{de["family confirmed"], "Sa., 19. Dez. 2026, 15:00–17:00 UTC · 📍 Park"},
		{de["days"], "Heute | Morgen | Sa., 19. | So., 20. | Anderer…"},
		{de["wrong day near"], "Der 5. März 2026 ist ein Donnerstag, kein Freitag. Meintest du Fr., 6. März?"},
		{de["am pm"], "kann <b>15:30</b> oder <b>03:30</b> heißen"},
		{de["am pm"], "<code>Sa., 28. Nov. 2026 15:30</code>"},
		{de["far"], "<b>Sa., 5. Juni, 15:00</b>"},
		{de["passed"], "<code>Sa., 20. Nov. 2027 10:00</code>"},
		{ru["wrong day"], "5 мар. 2026 г. — это четверг, а не пятница."},
		{ru["week"], "<b>пт, 27 нояб.</b> или <b>пт, 20 нояб.</b>"},
		{ru["family confirmed"], "сб, 19 дек. 2026 г., 15:00–17:00 UTC"},
		{ru["days"], "Сегодня | Завтра | сб, 19 | вс, 20 | Другой…"},
	} {
		if !strings.Contains(tt.got, tt.want) {
			t.Errorf("%q lacks %q", tt.got, tt.want)
		}
	}
}

// A choice offered to send again reads back as the same time in its own
// language, and so do the examples of times each language shows.
func TestFlowDatesReadBack(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, loc)
	start := time.Date(2026, 12, 5, 15, 0, 0, 0, loc)
	examples := regexp.MustCompile(`<(?:i|code)>(.*?)</(?:i|code)>`)
	for _, l := range lang.All() {
		opts := allaboard.ReadOpts{Lang: l.Code()}
		read := func(s string) (allaboard.Reading, error) { return allaboard.ReadWhen(s, now, loc, opts) }
		for _, sp := range []allaboard.Span{{Start: start}, {Start: start, End: start.Add(2 * time.Hour)}, {Start: start.AddDate(1, 5, 0)}} {
			typed := render.TypedBack(l, sp, loc)
			r, err := read(typed)
			if err != nil || len(r.Ask) > 0 || !r.Start.Equal(sp.Start) || !r.End.Equal(sp.End) {
				t.Errorf("%v: %q reads as %+v, %v; want %v", l, typed, r, err, sp)
			}
		}
		var times []string
		times = append(times, strings.Split(render.WhenExamples(l), " · ")...)
		for _, m := range examples.FindAllStringSubmatch(render.WhenNoTime(l, "x"), -1) {
			times = append(times, m[1])
		}
		days := examples.FindAllStringSubmatch(render.FlowOtherDay.In(l), -1)
		for i, m := range days {
			if i == len(days)-1 {
				times = append(times, m[1]) // with its time
			} else if _, err := read(m[1]); !errors.Is(err, allaboard.ErrWhenNoTime) {
				t.Errorf("%v: the day %q in %q reads as %v, want a day without a time", l, m[1], render.FlowOtherDay.In(l), err)
			}
		}
		for _, p := range []render.Phrase{render.FlowTime, render.FlowUntil} {
			for _, m := range examples.FindAllStringSubmatch(p.In(l), -1) {
				times = append(times, "2026-12-05 "+m[1]) // typed after the day chosen
			}
		}
		if len(times) < 8 {
			t.Errorf("%v: only %d examples of times: %q", l, len(times), times)
		}
		for _, s := range times {
			if _, err := read(s); err != nil {
				t.Errorf("%v: the example %q is not read: %v", l, s, err)
			}
		}
	}
}

// Buttons fit a phone: 20 characters where three share a row, 32 else.
func TestFlowButtonsFit(t *testing.T) {
	for _, l := range lang.All() {
		sat := time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC)
		var rows [][]allaboard.Button
		rows = append(rows, render.FlowDays(l, []time.Time{sat, sat, sat, sat}, []string{"a", "b", "c", "d"}, "e")...)
		rows = append(rows, render.FixButtons(l, "t", "w", "u", "p", "n", "v")...)
		rows = append(rows, render.PreviewButtons(l, "", true, "p", "f", "d")...)
		rows = append(rows, render.GuestsChoice(l, "e", "p")...)
		rows = append(rows, render.FamilyButtons(l, "y", "n")...)
		rows = append(rows, render.Skip(l, "s"), render.CreateEvent(l, "u"))
		_, list := render.GuestList(l, nil, 0, 0, 1, "", "", "d")
		rows = append(rows, list...)
		for _, row := range rows {
			most := 32
			if len(row) >= 3 {
				most = 20
			}
			for _, b := range row {
				if n := utf8.RuneCountInString(b.Text); n > most {
					t.Errorf("%v: %q has %d characters, at most %d fit", l, b.Text, n, most)
				}
			}
		}
	}
}

// ExampleWhenWrongWeekday shows a wrong weekday explained in Ukrainian.
func ExampleWhenWrongWeekday() {
	fmt.Println(render.WhenWrongWeekday(lang.Ukrainian, "пт 5 бер", time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), time.Time{}, time.Friday))
	// Output: ⚠️ <b>пт 5 бер</b>: 5 бер. 2026 р. — це четвер, а не пʼятниця. Надішліть ще раз із правильним днем або датою.
}
