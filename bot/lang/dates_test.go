package lang

import (
	"testing"
	"time"
)

// Each language writes the same moment its own way.
func TestDates(t *testing.T) {
	sat := time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC)
	until := sat.Add(2 * time.Hour)
	sun := time.Date(2026, 12, 20, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		l                                           Lang
		day, date, weekday, long, dayTime, dateTime string
		span, spanYear, spanDays, spanDaysYear      string
	}{
		{English, "Sat 19 Dec", "Sat 19 Dec 2026", "Sat 19", "Saturday 19 December", "Sat 19 Dec 15:00", "Sat 19 Dec 2026, 15:00",
			"Sat 19 Dec 15:00–17:00", "Sat 19 Dec 2026, 15:00–17:00", "Sat 19 Dec 15:00 – Sun 20 Dec 10:00", "Sat 19 Dec 2026, 15:00 – Sun 20 Dec, 10:00"},
		{German, "Sa., 19. Dez.", "Sa., 19. Dez. 2026", "Sa., 19.", "Samstag, 19. Dezember", "Sa., 19. Dez., 15:00", "Sa., 19. Dez. 2026, 15:00",
			"Sa., 19. Dez., 15:00–17:00", "Sa., 19. Dez. 2026, 15:00–17:00", "Sa., 19. Dez., 15:00 – So., 20. Dez., 10:00", "Sa., 19. Dez. 2026, 15:00 – So., 20. Dez., 10:00"},
		{French, "sam. 19 déc.", "sam. 19 déc. 2026", "sam. 19", "samedi 19 décembre", "sam. 19 déc., 15:00", "sam. 19 déc. 2026, 15:00",
			"sam. 19 déc., 15:00–17:00", "sam. 19 déc. 2026, 15:00–17:00", "sam. 19 déc., 15:00 – dim. 20 déc., 10:00", "sam. 19 déc. 2026, 15:00 – dim. 20 déc., 10:00"},
		{Spanish, "sáb, 19 dic", "sáb, 19 dic 2026", "sáb 19", "sábado, 19 de diciembre", "sáb, 19 dic, 15:00", "sáb, 19 dic 2026, 15:00",
			"sáb, 19 dic, 15:00–17:00", "sáb, 19 dic 2026, 15:00–17:00", "sáb, 19 dic, 15:00 – dom, 20 dic, 10:00", "sáb, 19 dic 2026, 15:00 – dom, 20 dic, 10:00"},
		{Italian, "sab 19 dic", "sab 19 dic 2026", "sab 19", "sabato 19 dicembre", "sab 19 dic, 15:00", "sab 19 dic 2026, 15:00",
			"sab 19 dic, 15:00–17:00", "sab 19 dic 2026, 15:00–17:00", "sab 19 dic, 15:00 – dom 20 dic, 10:00", "sab 19 dic 2026, 15:00 – dom 20 dic, 10:00"},
		{Portuguese, "sáb., 19 de dez.", "sáb., 19 de dez. de 2026", "sáb., 19", "sábado, 19 de dezembro", "sáb., 19 de dez., 15:00", "sáb., 19 de dez. de 2026, 15:00",
			"sáb., 19 de dez., 15:00–17:00", "sáb., 19 de dez. de 2026, 15:00–17:00", "sáb., 19 de dez., 15:00 – dom., 20 de dez., 10:00", "sáb., 19 de dez. de 2026, 15:00 – dom., 20 de dez., 10:00"},
		{Dutch, "za 19 dec", "za 19 dec 2026", "za 19", "zaterdag 19 december", "za 19 dec, 15:00", "za 19 dec 2026, 15:00",
			"za 19 dec, 15:00–17:00", "za 19 dec 2026, 15:00–17:00", "za 19 dec, 15:00 – zo 20 dec, 10:00", "za 19 dec 2026, 15:00 – zo 20 dec, 10:00"},
		{Russian, "сб, 19 дек.", "сб, 19 дек. 2026 г.", "сб, 19", "суббота, 19 декабря", "сб, 19 дек., 15:00", "сб, 19 дек. 2026 г., 15:00",
			"сб, 19 дек., 15:00–17:00", "сб, 19 дек. 2026 г., 15:00–17:00", "сб, 19 дек., 15:00 – вс, 20 дек., 10:00", "сб, 19 дек. 2026 г., 15:00 – вс, 20 дек., 10:00"},
		{Ukrainian, "сб, 19 груд.", "сб, 19 груд. 2026 р.", "сб, 19", "субота, 19 грудня", "сб, 19 груд., 15:00", "сб, 19 груд. 2026 р., 15:00",
			"сб, 19 груд., 15:00–17:00", "сб, 19 груд. 2026 р., 15:00–17:00", "сб, 19 груд., 15:00 – нд, 20 груд., 10:00", "сб, 19 груд. 2026 р., 15:00 – нд, 20 груд., 10:00"},
	} {
		t.Run(tc.l.Code(), func(t *testing.T) {
			for _, c := range []struct{ what, got, want string }{
				{"Day", tc.l.Day(sat), tc.day},
				{"Date", tc.l.Date(sat), tc.date},
				{"Weekday", tc.l.Weekday(sat), tc.weekday},
				{"LongDay", tc.l.LongDay(sat), tc.long},
				{"Time", tc.l.Time(sat), "15:00"},
				{"DayTime", tc.l.DayTime(sat), tc.dayTime},
				{"DateTime", tc.l.DateTime(sat), tc.dateTime},
				{"Span", tc.l.Span(sat, until, false), tc.span},
				{"Span with year", tc.l.Span(sat, until, true), tc.spanYear},
				{"Span over days", tc.l.Span(sat, sun, false), tc.spanDays},
				{"Span over days with year", tc.l.Span(sat, sun, true), tc.spanDaysYear},
				{"Span without end", tc.l.Span(sat, time.Time{}, false), tc.dayTime},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

// Months after a day number: German's own short forms, Russian's and
// Ukrainian's genitive.
func TestMonths(t *testing.T) {
	for _, tc := range []struct {
		l     Lang
		month time.Month
		day   string
		long  string
	}{
		{German, time.March, "Do., 5. März", "Donnerstag, 5. März"},
		{German, time.September, "Sa., 5. Sept.", "Samstag, 5. September"},
		{French, time.August, "mer. 5 août", "mercredi 5 août"},
		{Russian, time.May, "вт, 5 мая", "вторник, 5 мая"},
		{Russian, time.March, "чт, 5 мар.", "четверг, 5 марта"},
		{Ukrainian, time.May, "вт, 5 трав.", "вівторок, 5 травня"},
		{Ukrainian, time.June, "пт, 5 черв.", "пʼятниця, 5 червня"},
		{Dutch, time.March, "do 5 mrt", "donderdag 5 maart"},
	} {
		d := time.Date(2026, tc.month, 5, 9, 0, 0, 0, time.UTC)
		if got := tc.l.Day(d); got != tc.day {
			t.Errorf("%s Day(%s) = %q, want %q", tc.l, tc.month, got, tc.day)
		}
		if got := tc.l.LongDay(d); got != tc.long {
			t.Errorf("%s LongDay(%s) = %q, want %q", tc.l, tc.month, got, tc.long)
		}
	}
}

// English writes exactly what the bot wrote before it spoke nine
// languages (bot/render's layouts), so that moving render onto this package
// changes nothing for English readers.
func TestEnglishAsBefore(t *testing.T) {
	loc := time.FixedZone("X", 3600)
	start := time.Date(2026, 1, 1, 0, 5, 0, 0, loc)
	for i := range 800 {
		s := start.AddDate(0, 0, i).Add(time.Duration(i*37) * time.Minute)
		e := s.Add(time.Duration(i%30) * time.Hour)
		for _, c := range []struct{ what, got, want string }{
			{"Day", English.Day(s), s.Format("Mon 2 Jan")},
			{"Date", English.Date(s), s.Format("Mon 2 Jan 2006")},
			{"Weekday", English.Weekday(s), s.Format("Mon 2")},
			{"Time", English.Time(s), s.Format("15:04")},
			{"DayTime", English.DayTime(s), s.Format("Mon 2 Jan 15:04")},
			{"DateTime", English.DateTime(s), s.Format("Mon 2 Jan 2006, 15:04")},
			{"Span with year", English.Span(s, e, true), renderWhenSpan(s, e)},
		} {
			if c.got != c.want {
				t.Fatalf("%s(%v) = %q, render wrote %q", c.what, s, c.got, c.want)
			}
		}
	}
}

// renderWhenSpan is bot/render's WhenSpan without the zone's name.
func renderWhenSpan(s, e time.Time) string {
	if s.YearDay() != e.YearDay() || s.Year() != e.Year() {
		return s.Format("Mon 2 Jan 2006, 15:04") + " – " + e.Format("Mon 2 Jan, 15:04")
	}
	return s.Format("Mon 2 Jan 2006, 15:04") + "–" + e.Format("15:04")
}

// No language (a member who chose none) reads as English.
func TestNoLanguageIsEnglish(t *testing.T) {
	d := time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC)
	if got, want := Lang(0).DayTime(d), English.DayTime(d); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
