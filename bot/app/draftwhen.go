package app

import (
	"errors"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// draftWhen reads a day, a start or an end typed in guided creation.
func (a *Drafts) draftWhen(t *turn, d allaboard.Draft, text string) error {
	loc := a.zone(t.tx, d.Group)
	read := a.reader(t.tx, d.Group, t.now)
	typed := text
	switch d.Step {
	case allaboard.StepTime:
		typed = d.Day + " " + text
	case allaboard.StepUntil:
		typed = d.When.Start.In(loc).Format(time.DateOnly) + " " + text
	}
	r, err := read(typed)
	if err != nil && d.Step != allaboard.StepDay {
		r, err = read(text) // a whole date and time, typed again
	}
	if errors.Is(err, allaboard.ErrWhenNoTime) && d.Step == allaboard.StepDay {
		d.Day = text
		return a.advance(t, d)
	}
	if err != nil {
		return t.Tell(d.User, notice.OfWhen(text, err))
	}
	if len(r.Ask) > 0 {
		return a.askWhich(t, d, text, r)
	}
	return a.draftSpan(t, d, r.Span)
}

// draftSpan takes a reading, typed or chosen: at the day or time it is the
// start (and the end, if it has one); at "until" its start is the end.
func (a *Drafts) draftSpan(t *turn, d allaboard.Draft, sp allaboard.Span) error {
	if d.Kind == allaboard.KindNotice { // a notice's day, chosen
		d.When = sp
		return a.advance(t, d)
	}
	if d.Kind == allaboard.KindTodo { // a to-do's deadline, chosen
		return a.todoSpan(t, d, sp)
	}
	if d.Step != allaboard.StepUntil {
		d.When, d.Step = sp, allaboard.StepTime
		if !sp.End.IsZero() {
			d.Step = allaboard.StepUntil // a range: nothing to ask about the end
		}
		return a.advance(t, d)
	}
	if !sp.Start.After(d.When.Start) {
		n := notice.New(notice.DraftEndEarly, "start", d.When.Start.Format(time.RFC3339))
		n.Group = d.Group
		return t.Tell(d.User, n)
	}
	d.When.End = sp.Start
	return a.advance(t, d)
}

// dayQuestion asks which day, offering today, tomorrow, the next Saturday
// and Sunday, with the date each stands for as data.
func dayQuestion(now time.Time, loc *time.Location) *allaboard.Notice {
	today := now.In(loc)
	days := []time.Time{today, today.AddDate(0, 0, 1)}
	sat := today.AddDate(0, 0, (int(time.Saturday)-int(today.Weekday())+7)%7)
	if !sat.After(days[1]) {
		sat = sat.AddDate(0, 0, 7)
	}
	days = append(days, sat, sat.AddDate(0, 0, 1))
	dates, data := make([]string, len(days)), make([]string, len(days))
	for i, d := range days {
		dates[i] = d.Format(time.DateOnly)
		data[i] = draftData(dataDay, dates[i])
	}
	return notice.DraftDayOf(dates, data, draftData(dataDay, ""))
}

// askWhich asks which of the readings of text (a time, a day or a deadline
// that could mean more than one) was meant, with a button each, keeping
// them in the draft for the press.
func (a *Drafts) askWhich(t *turn, d allaboard.Draft, text string, r allaboard.Reading) error {
	d.Choices = r.Ask
	if err := t.tx.SaveDraft(d); err != nil {
		return err
	}
	data := make([]string, len(r.Ask))
	for i := range data {
		data[i] = draftData(dataChoice, strconv.Itoa(i))
	}
	return t.Tell(d.User, notice.DraftWhenQuestionOf(d.User, d.Group, text, r.Why, data))
}
