package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
)

// WhenQuestion asks about a time that could be read two ways, or wrongly,
// with each choice as the sender can type it again. (Buttons to choose come
// with the guided flow.)
func WhenQuestion(typed string, r allaboard.Reading, now time.Time, loc *time.Location) string {
	typed = Escape(Clip(strings.TrimSpace(typed), 60))
	var labels, lines []string
	sameDay := len(r.Ask) > 1 && r.Ask[0].Start.In(loc).YearDay() == r.Ask[1].Start.In(loc).YearDay()
	for _, sp := range r.Ask {
		label := spanLabel(sp, loc, !sameDay)
		labels = append(labels, "<b>"+label+"</b>")
		lines = append(lines, "<code>"+Escape(sp.Typed(loc))+"</code>")
	}
	var head string
	switch r.Why {
	case allaboard.AskAmPm:
		head = fmt.Sprintf(WhenAmPm, typed, strings.Join(labels, WhenOr))
	case allaboard.AskDayMonth:
		head = fmt.Sprintf(WhenDayMonth, typed, strings.Join(labels, WhenOr))
	case allaboard.AskPassed:
		head = fmt.Sprintf(WhenPassed, typed)
		if y, m, d := r.Ask[0].Start.In(loc).AddDate(-1, 0, 0).Date(); time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Equal(dayOf(now, loc)) {
			head = fmt.Sprintf(WhenToday, typed)
		}
	default:
		head = fmt.Sprintf(WhenFar, typed, labels[0])
	}
	return head + "\n" + strings.Join(lines, "\n")
}

// spanLabel is "15:00–17:00", or with the day "Sat 5 Dec 15:00–17:00".
func spanLabel(sp allaboard.Span, loc *time.Location, withDay bool) string {
	layout := "15:04"
	if withDay {
		layout = "Mon 2 Jan 15:04"
	}
	s := sp.Start.In(loc).Format(layout)
	if !sp.End.IsZero() {
		s += "–" + sp.End.In(loc).Format("15:04")
	}
	return s
}

// dayOf is t's calendar day in loc, as a UTC midnight.
func dayOf(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Choice is a button that answers a question about a time with one reading.
func Choice(sp allaboard.Span, loc *time.Location, data string) []allaboard.Button {
	return []allaboard.Button{{Text: spanLabel(sp, loc, true), Data: data}}
}

// NotYourQuestion answers a press on someone else's question, or one
// answered already.
const NotYourQuestion = "This question was for whoever sent the command, and only once."
