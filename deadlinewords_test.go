package allaboard_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

// Deadlines as parents type them after /todo, in the nine languages: the
// text is split from its deadline, which reads as the end of a day named
// alone, or as the time typed. "before Friday" is due as Friday begins.
func TestDeadlineWords(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, berlin) // a Wednesday
	reads := func(s string) bool {
		_, err := allaboard.ReadDeadline(s, now, berlin, allaboard.ReadOpts{})
		return err == nil
	}
	for _, tc := range []struct{ text, what, when, due string }{
		{"Permission slip due Friday", "Permission slip", "Friday", "2026-12-12 00:00"},
		{"Permission slip due by Fri 12:00", "Permission slip", "Fri 12:00", "2026-12-11 12:00"},
		{"Return the form until Friday", "Return the form", "Friday", "2026-12-12 00:00"},
		{"Return the form before Friday", "Return the form", "before Friday", "2026-12-11 00:00"},
		{"Return the form before Fri 12:00", "Return the form", "before Fri 12:00", "2026-12-11 12:00"},
		{"Return the form before tomorrow", "Return the form", "before tomorrow", "2026-12-10 00:00"},
		{"Return the form before Wednesday", "Return the form", "before Wednesday", "2026-12-16 00:00"}, // today's has begun
		{"Return the form by the 15th", "Return the form", "the 15th", "2026-12-16 00:00"},
		{"Geld mitgeben bis zum Freitag", "Geld mitgeben", "zum Freitag", "2026-12-12 00:00"},
		{"Foto schicken bis zum 15.", "Foto schicken", "zum 15", "2026-12-16 00:00"}, // the full stop goes, as at any end
		{"Foto schicken bis zum 15", "Foto schicken", "zum 15", "2026-12-16 00:00"},
		{"Zettel unterschreiben bis spätestens Freitag", "Zettel unterschreiben", "Freitag", "2026-12-12 00:00"},
		{"Zettel unterschreiben bis spätestens Freitag 12 Uhr", "Zettel unterschreiben", "Freitag 12 Uhr", "2026-12-11 12:00"},
		{"Payer la sortie pour vendredi", "Payer la sortie", "vendredi", "2026-12-12 00:00"},
		{"Payer la sortie avant le 15", "Payer la sortie", "le 15", "2026-12-16 00:00"},
		{"Payer la sortie d'ici vendredi", "Payer la sortie", "vendredi", "2026-12-12 00:00"},
		{"Pagar la excursión para el viernes", "Pagar la excursión", "el viernes", "2026-12-12 00:00"},
		{"Pagar la excursión antes del 15", "Pagar la excursión", "del 15", "2026-12-16 00:00"},
		{"Pagar la excursión hasta el viernes", "Pagar la excursión", "el viernes", "2026-12-12 00:00"},
		{"Pagare la gita entro venerdì", "Pagare la gita", "venerdì", "2026-12-12 00:00"},
		{"Pagare la gita entro il 15", "Pagare la gita", "il 15", "2026-12-16 00:00"},
		{"Pagar o passeio até sexta", "Pagar o passeio", "sexta", "2026-12-12 00:00"},
		{"Pagar o passeio até o dia 15", "Pagar o passeio", "o dia 15", "2026-12-16 00:00"},
		{"Uitje betalen uiterlijk vrijdag", "Uitje betalen", "vrijdag", "2026-12-12 00:00"},
		{"Сдать деньги до 15-го", "Сдать деньги", "15-го", "2026-12-16 00:00"},
		{"Сдать деньги до 15 числа", "Сдать деньги", "15 числа", "2026-12-16 00:00"},
		{"Сдать деньги к пятнице", "Сдать деньги", "пятнице", "2026-12-12 00:00"},
		{"Здати гроші до п'ятниці", "Здати гроші", "п'ятниці", "2026-12-12 00:00"},
		{"Здати гроші до 15-го", "Здати гроші", "15-го", "2026-12-16 00:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			what, when, ok := allaboard.SplitDeadline(tc.text, reads)
			if !ok || what != tc.what || when != tc.when {
				t.Fatalf("split into %q, %q, %v; want %q, %q", what, when, ok, tc.what, tc.when)
			}
			r, err := allaboard.ReadDeadline(when, now, berlin, allaboard.ReadOpts{})
			if err != nil || len(r.Ask) > 0 || r.Start.In(berlin).Format("2006-01-02 15:04") != tc.due {
				t.Fatalf("%q is due %+v, %v; want %s", when, r, err, tc.due)
			}
		})
	}
	for _, text := range []string{"Bring a cake for the party", "Подготовиться к экзамену", "Zahlen bis", "Come before lunch"} {
		if what, when, ok := allaboard.SplitDeadline(text, reads); ok {
			t.Errorf("SplitDeadline(%q) = %q, %q; want no deadline", text, what, when)
		}
	}
}

// "before" a day that has begun is past; "before next Fri" asks between the
// Thursdays before each Friday it may mean, and a choice reads back as
// itself.
func TestDeadlineBefore(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, berlin) // a Wednesday
	if _, err := allaboard.ReadDeadline("before today", now, berlin, allaboard.ReadOpts{}); !errors.Is(err, allaboard.ErrWhenPast) {
		t.Errorf("before today: %v, want past", err)
	}
	r, err := allaboard.ReadDeadline("before next Fri", now, berlin, allaboard.ReadOpts{})
	if err != nil || r.Why != allaboard.AskWhichWeek || len(r.Ask) != 2 {
		t.Fatalf("before next Fri: %+v, %v; want a question", r, err)
	}
	for i, want := range []string{"Thu 10 Dec 2026", "Thu 17 Dec 2026"} {
		typed := allaboard.DeadlineTyped(r.Ask[i], berlin)
		back, err := allaboard.ReadDeadline(typed, now, berlin, allaboard.ReadOpts{})
		if typed != want || err != nil || !back.Start.Equal(r.Ask[i].End) {
			t.Errorf("choice %d typed back %q, read back %v, %v; want %q, due as its Friday begins", i, typed, back.Start, err, want)
		}
	}
}
