package allaboard_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

// Rules as hosts type them, read at Mon 7 Dec 2026 12:00 in Berlin: the
// RRULE stored and the first date.
func TestReadRepeat(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	const layout = "Mon 2006-01-02 15:04"
	tests := []struct {
		text, lang   string
		rrule, first string
		length       time.Duration
	}{
		{text: "every Tue 17:00", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "Tuesdays 5pm", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "every other Sat 10:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "every first Monday 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "every last Friday of the month 18:00", rrule: "FREQ=MONTHLY;BYDAY=-1FR", first: "Fri 2026-12-25 18:00"},
		{text: "weekdays 8:00", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", first: "Tue 2026-12-08 08:00"},
		{text: "every weekday 8am", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", first: "Tue 2026-12-08 08:00"},
		{text: "every day 07:30", rrule: "FREQ=DAILY", first: "Tue 2026-12-08 07:30"},
		{text: "every Tue 17:00-18:30", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00", length: 90 * time.Minute},
		{text: "every Tue 17:00 until 22 Dec", rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z", first: "Tue 2026-12-08 17:00"},
		{text: "every Tue 17:00 10 times", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		{text: "every Tue 17:00 10x", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		// German
		{text: "jeden Di 17:00", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "dienstags 17 Uhr", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "jeden zweiten Sa 10:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "jeden ersten Montag 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "jeden zweiten Montag im Monat 19 Uhr", rrule: "FREQ=MONTHLY;BYDAY=2MO", first: "Mon 2026-12-14 19:00"},
		{text: "werktags 8:00 bis 20.12.", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261220T225959Z", first: "Tue 2026-12-08 08:00"},
		{text: "jeden Do 17 Uhr 10 Mal", rrule: "FREQ=WEEKLY;BYDAY=TH;COUNT=10", first: "Thu 2026-12-10 17:00"},
		{text: "täglich 07:30", rrule: "FREQ=DAILY", first: "Tue 2026-12-08 07:30"},
		// French
		{text: "tous les mardis 17h", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "chaque mardi à 17h", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "un samedi sur deux 10h", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "chaque premier lundi du mois 19h", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "en semaine 8h jusqu'au 20 déc", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261220T225959Z", first: "Tue 2026-12-08 08:00"},
		{text: "tous les mardis 17h 10 fois", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		// Spanish, Italian, Portuguese
		{text: "cada martes 17:00", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "cada dos sábados 10:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "el primer lunes de cada mes 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "entre semana 8:00 hasta el 20 de diciembre", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261220T225959Z", first: "Tue 2026-12-08 08:00"},
		{text: "ogni martedì alle 17", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "ogni primo lunedì del mese 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "ogni martedì 17:00 10 volte", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		{text: "toda terça 17h", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "toda quarta 17h", rrule: "FREQ=WEEKLY;BYDAY=WE", first: "Wed 2026-12-09 17:00"},
		{text: "a cada dois sábados 10h", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "dias úteis 8:00 até 20/12", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261220T225959Z", first: "Tue 2026-12-08 08:00"},
		// Dutch, Russian, Ukrainian
		{text: "elke dinsdag 17u", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "elke eerste maandag van de maand 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "elke ma 19:00", lang: "nl", rrule: "FREQ=WEEKLY;BYDAY=MO", first: "Mon 2026-12-07 19:00"},
		{text: "elke dinsdag 17:00 10 keer", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		{text: "каждый вторник в 17:00", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "каждую вторую субботу 10:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "каждый первый понедельник месяца 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "по будням 8:00 до 20 декабря", rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261220T225959Z", first: "Tue 2026-12-08 08:00"},
		{text: "по вторникам 17:00 10 раз", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
		{text: "щовівторка о 17:00", rrule: "FREQ=WEEKLY;BYDAY=TU", first: "Tue 2026-12-08 17:00"},
		{text: "кожну другу суботу 10:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", first: "Sat 2026-12-12 10:00"},
		{text: "кожного першого понеділка місяця 19:00", rrule: "FREQ=MONTHLY;BYDAY=1MO", first: "Mon 2026-12-07 19:00"},
		{text: "щовівторка 17:00 10 разів", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", first: "Tue 2026-12-08 17:00"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, ok, err := allaboard.ReadRepeat(tc.text, now, loc, allaboard.ReadOpts{Lang: tc.lang})
			if !ok || err != nil {
				t.Fatalf("ok %v, err %v", ok, err)
			}
			rule := r.Rule(loc)
			if rule.RRule != tc.rrule || r.Start.In(loc).Format(layout) != tc.first || rule.Length != tc.length {
				t.Errorf("got %s from %s (%v), want %s from %s (%v)", rule.RRule, r.Start.In(loc).Format(layout), rule.Length, tc.rrule, tc.first, tc.length)
			}
			back, err := rule.Repeat()
			if err != nil || back.Freq != r.Freq || back.Nth != r.Nth || back.Count != r.Count || !back.Until.Equal(r.Until) || len(back.Days) != len(r.Days) {
				t.Errorf("read back %+v, %v; want %+v", back, err, r.Repeat)
			}
		})
	}
}

// A rule that cannot be read exactly is an error of its own kind; a time
// without a repeat word is no rule at all.
func TestReadRepeatRefuses(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	for _, tc := range []struct {
		text string
		err  error
	}{
		{"every Tue 5", allaboard.ErrRepeatAmPm},
		{"every Tue 3:30", allaboard.ErrRepeatAmPm},
		{"every Tue", allaboard.ErrRepeatNoTime},
		{"every Tue 17:00 until 1 Dec 2026", allaboard.ErrRepeatUntil},
		{"every first Monday 19:00 until 6.12.2026", allaboard.ErrRepeatUntil},
		{"every Tue 17:00 500 times", allaboard.ErrRepeatCount},
		{"every Tue 17:00 1 times", allaboard.ErrRepeatCount},
		{"every Tue 17:00 until 20 Dec 3 times", allaboard.ErrRepeatUnreadable},
		{"every other weekday 8:00", allaboard.ErrRepeatUnreadable},
		{"every Monday of the month 19:00", allaboard.ErrRepeatUnreadable},
		{"every blue moon 19:00", allaboard.ErrRepeatUnreadable},
		{"every Tue tonight", allaboard.ErrRepeatUnreadable},
		{"täglich 7:30", allaboard.ErrRepeatAmPm},
		{"every Tue 17:00 until Fri 22 Dec", allaboard.ErrRepeatUnreadable}, // 22 Dec is a Tuesday
	} {
		_, ok, err := allaboard.ReadRepeat(tc.text, now, loc, allaboard.ReadOpts{})
		if !ok || !errors.Is(err, tc.err) {
			t.Errorf("%q: ok %v, err %v, want %v", tc.text, ok, err, tc.err)
		}
	}
	for _, text := range []string{"Tue 17:00", "tomorrow 3pm", "Sa 15 Uhr", "5. Dez 15:00", "samedi 15h", "next Sat 10:00"} {
		if _, ok, err := allaboard.ReadRepeat(text, now, loc, allaboard.ReadOpts{}); ok || err != nil {
			t.Errorf("%q read as a rule: ok %v, %v", text, ok, err)
		}
	}
}

// The repeats of guided creation follow the first date.
func TestRepeatEvery(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	for _, tc := range []struct {
		choice string
		start  time.Time
		rrule  string
	}{
		{allaboard.RepeatWeekly, time.Date(2026, 12, 8, 17, 0, 0, 0, loc), "FREQ=WEEKLY;BYDAY=TU"},
		{allaboard.RepeatFortnightly, time.Date(2026, 12, 12, 10, 0, 0, 0, loc), "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"},
		{allaboard.RepeatMonthly, time.Date(2026, 12, 7, 19, 0, 0, 0, loc), "FREQ=MONTHLY;BYDAY=1MO"},
		{allaboard.RepeatMonthly, time.Date(2026, 12, 29, 19, 0, 0, 0, loc), "FREQ=MONTHLY;BYDAY=-1TU"},
	} {
		p, ok := allaboard.RepeatEvery(tc.choice, tc.start, loc)
		if r := allaboard.NewRule(p, tc.start, 0, loc); !ok || r.RRule != tc.rrule {
			t.Errorf("%s from %v: %q, want %q", tc.choice, tc.start, r.RRule, tc.rrule)
		}
	}
	if _, ok := allaboard.RepeatEvery("hourly", time.Now(), loc); ok {
		t.Error("hourly repeats")
	}
}
