package allaboard_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"allaboard"
)

// What anyone can type or send is read without panicking, and whatever is
// accepted is sound. The seeds run with every `go test`; `go test -fuzz
// FuzzReadWhen .` (and the others) search further.

// FuzzReadWhen: a time is read, asked about, or refused with a reason; a
// reading is in the future, ends after it starts, and asks only with a why.
func FuzzReadWhen(f *testing.F) {
	for _, s := range []string{"", "tomorrow 15:00", "Sat 3-5pm", "12/05/2026 15:00", "in 2 hours",
		"2026-12-05T15:00", "samedi 15h", "5. Dez 15:00", "25:99", "31/02 10:00", "Sat 3", "3pm to 1pm",
		"in 99999999999 hours", "9999-12-31 23:59", "-1", "<b>now</b>", "tomorrow 15:00 - 14:00",
		"next Fri 3", "next week Sat 3pm", "Samstag halb vier", "quarter to 1pm", "полчетвертого", "Fri 5 Dec 15:00", "yesterday 3pm",
		"Sa 14:30 Uhr", "sabato alle 15", "morgen om 15 uur", "17u30", "в 15 часов", "pasado mañana 10:00", "dans 2h", "alle 8 di sera"} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := allaboard.ReadWhen(s, now, loc, allaboard.ReadOpts{})
		if err != nil {
			if r.Start != (time.Time{}) || len(r.Ask) > 0 {
				t.Fatalf("ReadWhen(%q) refused (%v) yet read %+v", s, err, r)
			}
			return
		}
		if (len(r.Ask) > 0) != (r.Why != "") {
			t.Fatalf("ReadWhen(%q) asks %v for %q", s, r.Ask, r.Why)
		}
		spans := r.Ask
		if len(spans) == 0 {
			spans = []allaboard.Span{r.Span}
		}
		for _, sp := range spans {
			if !sp.Start.After(now) {
				t.Fatalf("ReadWhen(%q) = %v, not after %v", s, sp.Start, now)
			}
			if !sp.End.IsZero() && !sp.End.After(sp.Start) {
				t.Fatalf("ReadWhen(%q) ends %v, not after its start %v", s, sp.End, sp.Start)
			}
		}
	})
}

// FuzzSplitSentence: "/event" as a sentence splits into parts that are all
// taken from what was typed, and never invents text.
func FuzzSplitSentence(f *testing.F) {
	for _, s := range []string{"Mia's party Saturday at 3 at the park", "picnic tomorrow 15:00", "", "at at at",
		"Sat 3-5pm Park", "💥 tomorrow 💥"} {
		f.Add(s)
	}
	reads := func(s string) bool { return strings.Contains(s, "tomorrow") || strings.Contains(s, "Sat") }
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Telegram sends valid UTF-8 only
		}
		for _, part := range allaboard.SplitSentence(s, reads) {
			for _, w := range strings.Fields(part) {
				if !strings.Contains(s, w) {
					t.Fatalf("SplitSentence(%q) gave %q, with %q that was never typed", s, part, w)
				}
			}
		}
	})
}

// FuzzReadRepeat: a rule is read or refused; a rule read starts after now,
// ends after it starts, and its RRULE reads back as the same rule.
func FuzzReadRepeat(f *testing.F) {
	for _, s := range []string{"every Tue 17:00", "every other Sat 10:00", "every first Monday 19:00", "weekdays 8:00 until 20.12.",
		"every Tue 17:00 10 times", "jeden zweiten Montag im Monat 19 Uhr", "un samedi sur deux 10h", "через субботу 10:00",
		"every", "every 999x", "every Tue 22:00-01:00", "every last Fri 18:00 until 31 Feb", "10x 10x",
		"every 2 weeks on Tue and Thu 17:00", "Mon-Fri 8:00", "Fri-Mon 8:00", "de lunes a viernes 8:00", "alle 14 Tage Sa 10 Uhr zehnmal",
		"Tue/Thu/ 17:00", "and and 17:00", "- - -", "biweekly weekly"} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		r, ok, err := allaboard.ReadRepeat(s, now, loc, allaboard.ReadOpts{})
		if err != nil || !ok {
			if r.Start != (time.Time{}) {
				t.Fatalf("ReadRepeat(%q) refused (%v, ok %v) yet read %+v", s, err, ok, r)
			}
			return
		}
		if !r.Start.After(now) || !r.End.IsZero() && !r.End.After(r.Start) {
			t.Fatalf("ReadRepeat(%q) = %v to %v from %v", s, r.Start, r.End, now)
		}
		back, err := r.Rule(loc).Repeat()
		if err != nil || back.Freq != r.Freq || back.Interval != r.Interval || back.Nth != r.Nth || back.Count != r.Count || !back.Until.Equal(r.Until) {
			t.Fatalf("ReadRepeat(%q) = %+v, reads back as %+v (%v)", s, r.Repeat, back, err)
		}
	})
}
