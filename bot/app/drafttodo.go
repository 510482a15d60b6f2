package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// Guided creation of a to-do: after "What is it?", its text, then by when
// (a day's button, or a day typed alone, is due by its end), whom it is
// for, and the preview.

// askTodo asks a to-do's text or its deadline.
func (a *Drafts) askTodo(t *turn, d allaboard.Draft) error {
	if d.Step == allaboard.StepTitle {
		return t.Tell(d.User, &allaboard.Notice{Kind: notice.DraftTodoText, Group: d.Group})
	}
	n := dayQuestion(t.now, a.zone(t.tx, d.Group))
	n.Kind = notice.DraftTodoDeadline
	return t.Tell(d.User, n)
}

// todoDeadline reads a to-do's deadline, typed in guided creation.
func (a *Drafts) todoDeadline(t *turn, d allaboard.Draft, text string) error {
	r, err := a.deadlineReader(t.tx, d.Group, t.now)(text)
	if err != nil {
		return t.Tell(d.User, notice.OfWhen(text, err))
	}
	if len(r.Ask) > 0 {
		return a.askWhich(t, d, text, r)
	}
	d.When = allaboard.Span{Start: r.Start}
	return a.advance(t, d)
}

// todoSpan takes a deadline chosen with a button: a whole day is due by its
// end, a time at that time.
func (a *Drafts) todoSpan(t *turn, d allaboard.Draft, sp allaboard.Span) error {
	d.When = allaboard.Span{Start: sp.Start}
	if sp.WholeDay(a.zone(t.tx, d.Group)) {
		d.When = allaboard.Span{Start: sp.End}
	}
	if !d.When.Start.After(t.now) { // chosen too late: ask again
		d.Choices = nil
		return t.Tell(d.User, notice.OfWhen(allaboard.DeadlineTyped(sp, a.zone(t.tx, d.Group)), allaboard.ErrWhenPast))
	}
	return a.advance(t, d)
}
