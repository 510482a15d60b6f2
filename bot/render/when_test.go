package render_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// Each question says what was typed, the choices, and how to send each again.
func TestWhenQuestion(t *testing.T) {
	loc := time.UTC
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, loc)
	at := func(d, h int) allaboard.Span { return allaboard.Span{Start: time.Date(2026, 11, d, h, 30, 0, 0, loc)} }
	tests := []struct {
		name string
		r    allaboard.Reading
		want []string
	}{
		{"am pm same day", allaboard.Reading{Ask: []allaboard.Span{at(28, 15), at(28, 3)}, Why: allaboard.AskAmPm},
			[]string{"could be <b>15:30</b> or <b>03:30</b>", "<code>Sat 28 Nov 2026 15:30</code>", "<code>Sat 28 Nov 2026 03:30</code>"}},
		{"earlier today", allaboard.Reading{Ask: []allaboard.Span{{Start: time.Date(2027, 11, 25, 10, 0, 0, 0, loc)}}, Why: allaboard.AskPassed},
			[]string{"was earlier today", "next year", "<code>Thu 25 Nov 2027 10:00</code>"}},
		{"far ahead", allaboard.Reading{Ask: []allaboard.Span{{Start: time.Date(2027, 6, 5, 15, 0, 0, 0, loc)}}, Why: allaboard.AskFarAhead},
			[]string{"more than 6 months", "<code>Sat 5 Jun 2027 15:00</code>"}},
		{"which week", allaboard.Reading{Ask: []allaboard.Span{at(27, 15), {Start: time.Date(2026, 12, 4, 15, 30, 0, 0, loc)}}, Why: allaboard.AskWhichWeek},
			[]string{"could be <b>Fri 27 Nov</b> or <b>Fri 4 Dec</b>", "<code>Fri 27 Nov 2026 15:30</code>", "<code>Fri 4 Dec 2026 15:30</code>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render.WhenQuestion(lang.English, "typed", tt.r, now, loc)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Fatalf("%q lacks %q", got, w)
				}
			}
		})
	}
}
