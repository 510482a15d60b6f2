package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// WhenQuestion asks about a time that could be read two ways, or wrongly,
// with each choice as the sender can type it again, in their language.
// (Buttons to choose come with the guided flow.)
func WhenQuestion(l lang.Lang, typed string, r allaboard.Reading, now time.Time, loc *time.Location) string {
	typed = Escape(Clip(strings.TrimSpace(typed), 60))
	var labels, lines []string
	sameDay := len(r.Ask) > 1 && r.Ask[0].Start.In(loc).YearDay() == r.Ask[1].Start.In(loc).YearDay()
	for _, sp := range r.Ask {
		label := spanLabel(l, sp, loc, !sameDay)
		if r.Why == allaboard.AskWhichWeek {
			label = choiceLabel(l, r.Why, sp, loc)
		}
		labels = append(labels, "<b>"+label+"</b>")
		lines = append(lines, "<code>"+Escape(TypedBack(l, sp, loc))+"</code>")
	}
	data := map[string]any{"Typed": typed, "Choices": strings.Join(labels, l.T("when_or", nil))}
	var head string
	switch r.Why {
	case allaboard.AskAmPm:
		head = l.T("when_am_pm", data)
	case allaboard.AskDayMonth:
		head = l.T("when_day_month", data)
	case allaboard.AskWhichWeek:
		head = l.T("when_week", data)
	case allaboard.AskPassed:
		head = l.T("when_passed", data)
		if y, m, d := r.Ask[0].Start.In(loc).AddDate(-1, 0, 0).Date(); time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Equal(dayOf(now, loc)) {
			head = l.T("when_today", data)
		}
	default:
		data["Day"] = labels[0]
		head = l.T("when_far", data)
	}
	return head + "\n" + strings.Join(lines, "\n")
}

// TypedBack is a reading as it can be typed again, in l's words, with the
// year so that it reads the same in any year: "Sat 5 Dec 2026 15:00-17:00",
// "Sa., 5. Dez. 2026 15:00-17:00". allaboard.ReadWhen reads it as it is.
func TypedBack(l lang.Lang, sp allaboard.Span, loc *time.Location) string {
	start := sp.Start.In(loc)
	if sp.WholeDay(loc) { // a notice's day: "Fri 18 Dec 2026"
		return l.Date(start)
	}
	s := l.Date(start) + " " + l.Time(start)
	if !sp.End.IsZero() {
		s += "-" + l.Time(sp.End.In(loc))
	}
	return s
}

// spanLabel is "15:00–17:00", or with the day "Sat 5 Dec 15:00–17:00".
func spanLabel(l lang.Lang, sp allaboard.Span, loc *time.Location, withDay bool) string {
	start := sp.Start.In(loc)
	if sp.WholeDay(loc) {
		return l.Day(start)
	}
	s := l.Time(start)
	if withDay {
		s = l.DayTime(start)
	}
	if !sp.End.IsZero() {
		s += "–" + l.Time(sp.End.In(loc))
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
func Choice(l lang.Lang, why allaboard.Question, sp allaboard.Span, loc *time.Location, data string) []allaboard.Button {
	return []allaboard.Button{{Text: choiceLabel(l, why, sp, loc), Data: data}}
}

// choiceLabel names a reading on its button by what the question is about:
// the day, for which of two weeks ("Fri 11 Dec"); the year, for a date
// without one ("📅 Sat 5 Dec 2027"); else the day and time.
func choiceLabel(l lang.Lang, why allaboard.Question, sp allaboard.Span, loc *time.Location) string {
	switch why {
	case allaboard.AskWhichWeek:
		return l.Day(sp.Start.In(loc))
	case allaboard.AskPassed, allaboard.AskFarAhead:
		return "📅 " + l.Date(sp.Start.In(loc))
	}
	return spanLabel(l, sp, loc, true)
}

// WhenWrongWeekday says that a date typed with a weekday is another weekday,
// and offers the day nearby that is the weekday typed (near, if not zero).
func WhenWrongWeekday(l lang.Lang, typed string, date, near time.Time, named time.Weekday) string {
	data := map[string]any{
		"Typed": Escape(Clip(strings.TrimSpace(typed), 60)),
		"Date":  l.PlainDate(date),
		"Is":    l.DayName(date.Weekday()),
		"Named": l.DayName(named),
	}
	if near.IsZero() {
		return l.T("when_wrong_day", data)
	}
	data["Near"] = l.Day(near)
	return l.T("when_wrong_day_near", data)
}

// Why a typed time can't be used, with the text as typed (escaped inside).
const (
	whenPast       = "when_past"
	whenNoTime     = "when_no_time"
	whenUnreadable = "when_unreadable"
)

// WhenPast says the time typed has passed.
func WhenPast(l lang.Lang, typed string) string { return whenRefused(l, whenPast, typed) }

// WhenNoTime says the day typed has no time of day.
func WhenNoTime(l lang.Lang, typed string) string { return whenRefused(l, whenNoTime, typed) }

// WhenUnreadable says the text typed is no date and time, with examples.
func WhenUnreadable(l lang.Lang, typed string) string { return whenRefused(l, whenUnreadable, typed) }

func whenRefused(l lang.Lang, id, typed string) string {
	return l.T(id, map[string]any{"Typed": Escape(Clip(strings.TrimSpace(typed), 60)), "Examples": WhenExamples(l)})
}

// WhenExamples is a short list of forms the bot reads, in l's own words:
// "Sa 15:00 · Sa 15-17 Uhr · morgen 15:30 · 5. Dez 15:00".
func WhenExamples(l lang.Lang) string { return l.T("when_examples", nil) }

// NotYourQuestion answers a press on someone else's question, or one
// answered already.
const NotYourQuestion Phrase = "when_not_your_question"
