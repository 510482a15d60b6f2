package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// Guided creation of a notice: after "What is it?", its text, then the day
// it is about (or none), whom it is for, and the preview.

// askNotice asks a notice's text or its day.
func (a *Drafts) askNotice(t *turn, d allaboard.Draft) error {
	if d.Step == allaboard.StepTitle {
		return t.Tell(d.User, &allaboard.Notice{Kind: notice.DraftNoticeText, Group: d.Group})
	}
	n := dayQuestion(t.now, a.zone(t.tx, d.Group))
	n.Kind, n.Values["skip"] = notice.DraftNoticeDay, draftData(dataSkip, "")
	return t.Tell(d.User, n)
}

// noticeDay reads the day a notice is about, typed in guided creation.
func (a *Drafts) noticeDay(t *turn, d allaboard.Draft, text string) error {
	r, err := a.dayReader(t.tx, d.Group, t.now)(text)
	if err != nil {
		return t.Tell(d.User, notice.OfWhen(text, err))
	}
	if len(r.Ask) > 0 {
		return a.askWhich(t, d, text, r)
	}
	d.When = r.Span
	return a.advance(t, d)
}
