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
		if r.Why == allaboard.AskWhichWeek {
			label = choiceLabel(r.Why, sp, loc)
		}
		labels = append(labels, "<b>"+label+"</b>")
		lines = append(lines, "<code>"+Escape(sp.Typed(loc))+"</code>")
	}
	var head string
	switch r.Why {
	case allaboard.AskAmPm:
		head = fmt.Sprintf(WhenAmPm, typed, strings.Join(labels, WhenOr))
	case allaboard.AskDayMonth:
		head = fmt.Sprintf(WhenDayMonth, typed, strings.Join(labels, WhenOr))
	case allaboard.AskWhichWeek:
		head = fmt.Sprintf(WhenWeek, typed, strings.Join(labels, WhenOr))
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

// Choice is a button that answers a question about a time, asked for why,
// with one reading.
func Choice(why allaboard.Question, sp allaboard.Span, loc *time.Location, data string) []allaboard.Button {
	return []allaboard.Button{{Text: choiceLabel(why, sp, loc), Data: data}}
}

// choiceLabel names a reading on its button by what the question is about:
// the day, for which of two weeks ("Fri 11 Dec"); the year, for a date
// without one ("📅 Sat 5 Dec 2027"); else the day and time.
func choiceLabel(why allaboard.Question, sp allaboard.Span, loc *time.Location) string {
	switch why {
	case allaboard.AskWhichWeek:
		return sp.Start.In(loc).Format("Mon 2 Jan")
	case allaboard.AskPassed, allaboard.AskFarAhead:
		return "📅 " + sp.Start.In(loc).Format("Mon 2 Jan 2006")
	}
	return spanLabel(sp, loc, true)
}

// WhenWrongWeekday says that a date typed with a weekday is another weekday,
// and offers the day nearby that is the weekday typed (near, if not zero).
func WhenWrongWeekday(typed string, date, near time.Time, named time.Weekday) string {
	typed = Escape(Clip(strings.TrimSpace(typed), 60))
	day := date.Format("2 Jan 2006")
	if near.IsZero() {
		return fmt.Sprintf(WhenWrongDay, typed, day, date.Weekday(), named)
	}
	return fmt.Sprintf(WhenWrongDayNear, typed, day, date.Weekday(), named, near.Format("Mon 2 Jan"))
}

// NotYourQuestion answers a press on someone else's question, or one
// answered already.
const NotYourQuestion = "This question was for whoever sent the command, and only once."
