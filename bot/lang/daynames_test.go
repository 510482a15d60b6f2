package lang

import (
	"testing"
	"time"
)

// A weekday and a date without one, each language its own way.
func TestDayNameAndPlainDate(t *testing.T) {
	thu := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		l          Lang
		name, date string
	}{
		{English, "Thursday", "5 Mar 2026"},
		{German, "Donnerstag", "5. März 2026"},
		{French, "jeudi", "5 mars 2026"},
		{Spanish, "jueves", "5 mar 2026"},
		{Italian, "giovedì", "5 mar 2026"},
		{Portuguese, "quinta-feira", "5 de mar. de 2026"},
		{Dutch, "donderdag", "5 mrt 2026"},
		{Russian, "четверг", "5 мар. 2026 г."},
		{Ukrainian, "четвер", "5 бер. 2026 р."},
	} {
		if got := tc.l.DayName(thu.Weekday()); got != tc.name {
			t.Errorf("%v: DayName = %q, want %q", tc.l, got, tc.name)
		}
		if got := tc.l.PlainDate(thu); got != tc.date {
			t.Errorf("%v: PlainDate = %q, want %q", tc.l, got, tc.date)
		}
	}
}
