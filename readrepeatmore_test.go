package allaboard_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
)

// More rules as parents type them (issue 28): every two weeks, two
// weekdays, a run of days, a count in one word; read at Mon 7 Dec 2026
// 12:00 in Berlin.
func TestReadRepeatMore(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	const layout = "Mon 2006-01-02 15:04"
	const (
		tue2     = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
		tueThu   = "FREQ=WEEKLY;BYDAY=TU,TH"
		workdays = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
		tue      = "Tue 2026-12-08 17:00"
		work     = "Tue 2026-12-08 08:00"
	)
	for _, tc := range []struct{ text, rrule, first string }{
		// English
		{"every 2 weeks Tue 17:00", tue2, tue},
		{"every two weeks on Tuesday at 5pm", tue2, tue},
		{"every other week on Tuesdays 17:00", tue2, tue},
		{"biweekly on Tuesday 17:00", tue2, tue},
		{"bi-weekly Tue 17:00", tue2, tue},
		{"fortnightly on Saturday 10:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", "Sat 2026-12-12 10:00"},
		{"Tue 17:00 every 2 weeks", tue2, tue},
		{"every week on Tuesday 17:00", "FREQ=WEEKLY;BYDAY=TU", tue},
		{"every Tue and Thu 17:00", tueThu, tue},
		{"every Thursday and Tuesday 17:00", tueThu, tue},
		{"Tuesdays and Thursdays 17:00", tueThu, tue},
		{"every Tue, Thu 17:00", tueThu, tue},
		{"every Tue/Thu 17:00", tueThu, tue}, // as a series' card writes it
		{"every Mon, Wed and Fri 7:30am", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "Wed 2026-12-09 07:30"},
		{"weekdays and Sat 8:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", work},
		{"every 2 weeks on Tue and Thu 17:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", tue},
		{"Mon-Fri 8:00", workdays, work},
		{"Monday to Friday 8am", workdays, work},
		{"every Mon-Fri 8:00 until 18 Dec", workdays + ";UNTIL=20261218T225959Z", work},
		{"Mon-Thu 8:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", work},
		{"Sat-Sun 9:00", "FREQ=WEEKLY;BYDAY=SA,SU", "Sat 2026-12-12 09:00"},
		// German
		{"alle zwei Wochen dienstags 17 Uhr", tue2, tue},
		{"alle 14 Tage am Dienstag um 17 Uhr", tue2, tue},
		{"dienstags alle 2 Wochen 17 Uhr", tue2, tue},
		{"montags bis freitags 8 Uhr", workdays, work},
		{"Mo-Fr 8 Uhr", workdays, work},
		{"von Montag bis Freitag 8 Uhr", workdays, work},
		{"jeden Di und Do 17 Uhr", tueThu, tue},
		{"jeden Di./Do. 17:00", tueThu, tue},
		{"jeden Di 17 Uhr zehnmal", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"jeden Di 17 Uhr zehn Mal", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		// a count in words, in each language
		{"every Tue 17:00 ten times", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"tous les mardis 17h dix fois", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"cada martes 17:00 diez veces", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"ogni martedì 17:00 dieci volte", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"toda terça 17:00 três vezes", "FREQ=WEEKLY;BYDAY=TU;COUNT=3", tue},
		{"elke dinsdag 17:00 tien keer", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"каждый вторник 17:00 десять раз", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		{"щовівторка 17:00 дві рази", "FREQ=WEEKLY;BYDAY=TU;COUNT=2", tue},
		{"jeden Di 17 Uhr 10mal", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", tue},
		// French
		{"tous les quinze jours le mardi à 17h", tue2, tue},
		{"toutes les deux semaines le mardi à 17h", tue2, tue},
		{"du lundi au vendredi 8h", workdays, work},
		{"tous les mardis et jeudis 17h", tueThu, tue},
		// Spanish
		{"de lunes a viernes 8:00", workdays, work},
		{"cada dos semanas los martes 17:00", tue2, tue},
		{"cada martes y jueves 17:00", tueThu, tue},
		// Italian
		{"ogni due settimane il martedì alle 17", tue2, tue},
		{"da lunedì a venerdì 8:00", workdays, work},
		{"dal lunedì al venerdì alle 8:00", workdays, work},
		{"ogni martedì e giovedì alle 17", tueThu, tue},
		// Portuguese
		{"a cada duas semanas na terça 17h", tue2, tue},
		{"de segunda a sexta 8h", workdays, work},
		{"de segunda-feira a sexta-feira 8h", workdays, work},
		{"toda terça e quinta 17h", tueThu, tue},
		// Dutch
		{"elke twee weken op dinsdag 17:00", tue2, tue},
		{"om de week op dinsdag 17:00", tue2, tue},
		{"van maandag tot vrijdag 8:00", workdays, work},
		{"elke dinsdag en donderdag 17u", tueThu, tue},
		{"ma-vr 8:00", workdays, work}, // in a Dutch group (lang below)
		{"ma t/m vr 8:00", workdays, work},
		// Russian, Ukrainian
		{"раз в две недели по вторникам в 17:00", tue2, tue},
		{"каждые две недели во вторник в 17:00", tue2, tue},
		{"с понедельника по пятницу 8:00", workdays, work},
		{"пн-пт 8:00", workdays, work},
		{"по вторникам и четвергам в 17:00", tueThu, tue},
		{"кожні два тижні у вівторок о 17:00", tue2, tue},
		{"з понеділка по п'ятницю 8:00", workdays, work},
		{"щовівторка та щочетверга о 17:00", tueThu, tue},
	} {
		t.Run(tc.text, func(t *testing.T) {
			lang := ""
			if strings.HasPrefix(tc.text, "ma") {
				lang = "nl"
			}
			r, ok, err := allaboard.ReadRepeat(tc.text, now, loc, allaboard.ReadOpts{Lang: lang})
			if !ok || err != nil {
				t.Fatalf("ok %v, err %v", ok, err)
			}
			rule := r.Rule(loc)
			if rule.RRule != tc.rrule || r.Start.In(loc).Format(layout) != tc.first {
				t.Errorf("got %s from %s, want %s from %s", rule.RRule, r.Start.In(loc).Format(layout), tc.rrule, tc.first)
			}
			back, err := rule.Repeat()
			if err != nil || back.Interval != r.Interval || len(back.Days) != len(r.Days) {
				t.Errorf("read back %+v, %v; want %+v", back, err, r.Repeat)
			}
		})
	}
}

// The reader stays strict: what these words can't say exactly is refused,
// never guessed, and two days or a run of them typed without a time or a
// repeat word are no rule of their own.
func TestReadRepeatMoreRefuses(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	for _, tc := range []struct {
		text string
		err  error
	}{
		{"every 3 weeks Tue 17:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks 17:00", allaboard.ErrRepeatUnreadable}, // which day?
		{"biweekly 17:00", allaboard.ErrRepeatUnreadable},
		{"every other Tue every 2 weeks 17:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks every 2 weeks Tue 17:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks weekdays 8:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks Mon-Fri 8:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks daily 8:00", allaboard.ErrRepeatUnreadable},
		{"every 2 weeks first Monday 19:00", allaboard.ErrRepeatUnreadable},
		{"every first Mon and Wed 19:00", allaboard.ErrRepeatUnreadable},
		{"every Tue and Tue 17:00", allaboard.ErrRepeatUnreadable},
		{"every Tue and 17:00", allaboard.ErrRepeatUnreadable},
		{"Fri-Mon 8:00", allaboard.ErrRepeatUnreadable},
		{"every Tue and Thu", allaboard.ErrRepeatNoTime},
		{"Mon-Fri", allaboard.ErrRepeatNoTime},
		{"jeden Di 17 Uhr einmal", allaboard.ErrRepeatUnreadable},
	} {
		_, ok, err := allaboard.ReadRepeat(tc.text, now, loc, allaboard.ReadOpts{})
		if !ok || !errors.Is(err, tc.err) {
			t.Errorf("%q: ok %v, err %v, want %v", tc.text, ok, err, tc.err)
		}
	}
	for _, text := range []string{"Tue and Thu 17:00", "Sat 10:00 to Sun 16:00", "in 2 weeks", "tomorrow 3pm", "Sa 15 Uhr"} {
		if _, ok, err := allaboard.ReadRepeat(text, now, loc, allaboard.ReadOpts{}); ok || err != nil {
			t.Errorf("%q read as a rule: ok %v, %v", text, ok, err)
		}
	}
}
