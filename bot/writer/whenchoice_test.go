package writer_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// The buttons of a question about a time say what is asked: the year of a
// date without one, the two dates "next Fri" could be; in a command's
// question (a button a row) and in guided creation's (one row) alike.
func TestTheButtonsOfAQuestionAboutATimeSayWhatIsAsked(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		typed, want string // want: the labels, "|"-separated
		why         allaboard.Question
	}{
		{"2 Mar 9:00", "📅 Tue 2 Mar 2027", allaboard.AskPassed}, // t0 is Mon 2 Mar 2026 10:00
		{"5 Dec 15:00", "📅 Sat 5 Dec 2026", allaboard.AskFarAhead},
		{"next Fri 15:00", "Fri 6 Mar|Fri 13 Mar", allaboard.AskWhichWeek},
		{"Sat 3", "Sat 7 Mar 15:00|Sat 7 Mar 03:00", allaboard.AskAmPm},
	} {
		r, err := allaboard.ReadWhen(tt.typed, t0, time.UTC, allaboard.ReadOpts{})
		if err != nil || r.Why != tt.why {
			t.Fatalf("reading %q: %+v, %v; want it to ask %q", tt.typed, r, err, tt.why)
		}
		data := []string{"w:0", "w:1"}[:len(r.Ask)]
		out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: group, Created: t0, Notice: notice.OfWhenQuestion(group, tt.typed, r, data)})
		if !ok {
			t.Fatalf("%q: the question isn't written", tt.typed)
		}
		var labels []string
		for _, row := range out[0].Buttons {
			for _, b := range row {
				labels = append(labels, b.Text)
			}
		}
		if got := strings.Join(labels, "|"); got != tt.want {
			t.Errorf("%q: the buttons say %q, want %q", tt.typed, got, tt.want)
		}
		_, rows := render.WhenChoices(lang.English, tt.typed, r, t0, time.UTC, data)
		labels = nil
		for _, b := range rows[0] {
			labels = append(labels, b.Text)
		}
		if got := strings.Join(labels, "|"); got != tt.want {
			t.Errorf("%q in guided creation: the buttons say %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// A date typed with another weekday is explained with the facts, and the
// day nearby that is the weekday typed; a time in the past says so.
func TestATimeRefusedIsExplained(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct{ typed, want string }{
		{"Fri 5 Mar 15:00", "⚠️ <b>Fri 5 Mar 15:00</b>: 5 Mar 2026 is a Thursday, not a Friday. Did you mean Fri 6 Mar?"},
		{"Sun 3 Mar 15:00", "⚠️ <b>Sun 3 Mar 15:00</b>: 3 Mar 2026 is a Tuesday, not a Sunday. Please send"},
		{"yesterday 3pm", "⚠️ <b>yesterday 3pm</b> is in the past."},
		{"whenever", "⚠️ I couldn't read <b>whenever</b>"},
	} {
		_, err := allaboard.ReadWhen(tt.typed, t0, time.UTC, allaboard.ReadOpts{})
		out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: group, Notice: notice.OfWhen(tt.typed, err)})
		if !ok || !strings.HasPrefix(out[0].Text, tt.want) {
			t.Errorf("%q (%v) is explained as %v %+v, want %q", tt.typed, err, ok, out, tt.want)
		}
	}
}
