package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// bringAnswer takes what people should bring, typed in guided creation, as
// /bring reads it ("cake, juice, drivers x2"); a line that can't be used is
// explained, and the question stands.
func (a *Drafts) bringAnswer(t *turn, d allaboard.Draft, text string) error {
	edit, err := allaboard.ParseBring(text)
	if err == nil && len(edit.Add) == 0 {
		err = allaboard.Problem{Code: allaboard.ProblemBringEmpty}
	}
	if err != nil {
		return t.Tell(d.User, notice.WithProblem(notice.New(notice.BringProblem), err))
	}
	d.Bring = edit.Add
	return a.advance(t, d)
}
