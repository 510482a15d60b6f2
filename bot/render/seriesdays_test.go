package render

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A rule on several weekdays names each of them on the card, in the
// reader's words, and what the card says reads back as the same rule.
func TestRepeatsNamesEveryDay(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, loc)
	for _, tc := range []struct {
		l          lang.Lang
		typed      string
		want       string
		typedAgain bool // the card's words read back as the rule
	}{
		{lang.English, "every Tue and Thu 17:00", "every Tue/Thu 17:00", true},
		{lang.English, "every 2 weeks on Tue and Thu 17:00", "every other Tue/Thu 17:00", true},
		{lang.English, "Mon-Thu 8:00", "every Mon/Tue/Wed/Thu 08:00", true},
		{lang.English, "Mon-Fri 8:00", "weekdays 08:00", true},
		{lang.German, "jeden Di und Do 17 Uhr", "jeden Di./Do. 17:00", true},
		{lang.Russian, "по вторникам и четвергам в 17:00", "еженедельно: вт/чт, 17:00", false},
	} {
		r, ok, err := allaboard.ReadRepeat(tc.typed, now, loc, allaboard.ReadOpts{})
		if !ok || err != nil {
			t.Fatalf("%q: ok %v, %v", tc.typed, ok, err)
		}
		rule := r.Rule(loc)
		got := Repeats(tc.l, rule, loc)
		if got != tc.want {
			t.Errorf("%q reads %q, want %q", tc.typed, got, tc.want)
		}
		if !tc.typedAgain {
			continue
		}
		back, ok, err := allaboard.ReadRepeat(got, now, loc, allaboard.ReadOpts{})
		if !ok || err != nil || back.Rule(loc).RRule != rule.RRule {
			t.Errorf("%q, typed again, reads %+v, %v, %v; want %s", got, back.Repeat, ok, err, rule.RRule)
		}
	}
}
