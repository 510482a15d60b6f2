package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
)

// The guided flow also changes an event: the host picks the fields to
// change, sees the card as it will be, and saves: one new version, one round
// of reminders, as /edit with several fields makes.

// startEditDraft starts changing e step by step: which field, then the
// preview. admin says whether user is an admin of its group.
func (a *Drafts) startEditDraft(t *turn, user int64, e allaboard.Event, admin bool) error {
	d := allaboard.Draft{User: user, Started: t.now, Step: allaboard.StepPreview, Kind: e.Kind, Group: e.Group, Editing: e.Num,
		Title: e.Title, When: allaboard.Span{Start: e.When, End: e.End}, Where: e.Where, Notes: e.Notes, Admin: admin, Pace: e.Pace}
	if err := t.tx.SaveDraft(d); err != nil {
		return err
	}
	return a.askFix(t, d)
}

// saveEditDraft makes d's changes as one revision, if the person may still
// change the event, and ends the draft.
func (a *Drafts) saveEditDraft(t *turn, d allaboard.Draft) (*allaboard.Notice, error) {
	group, err := allaboard.CurrentGroup(t.tx, d.Group)
	if err != nil {
		return nil, err
	}
	e, err := t.tx.Event(group, d.Editing)
	if errors.Is(err, allaboard.ErrNotFound) {
		return notice.New(notice.StaleButton), t.tx.DeleteDraft(d.User)
	} else if err != nil {
		return nil, err
	}
	if !allaboard.MayChange(e, d.User, d.Admin) {
		return notice.New(notice.DraftNotAllowed), nil
	}
	if ok, err := a.app.Events.mayChange(t, e, d.User); err != nil || !ok {
		return notice.New(notice.DraftTapped), err
	}
	by, err := allaboard.LookupUser(t.tx, d.User)
	if err != nil {
		return nil, err
	}
	if err := t.tx.DeleteDraft(d.User); err != nil {
		return nil, err
	}
	edits, paced := d.Edits(e), d.Pace != e.Pace
	if paced {
		if err := e.SetPace(d.Pace, t.now); err != nil {
			return notice.New(notice.DraftTapped), t.Tell(d.User, notice.OfChange(e, err))
		}
		if len(edits) == 0 { // only its pace: no new version
			return notice.New(notice.DraftSaved), a.app.Chase.paced(t, e)
		}
	}
	rev, err := e.Apply(by, t.now, edits)
	if err != nil {
		return notice.New(notice.DraftTapped), t.Tell(d.User, notice.OfChange(e, err))
	}
	if err := a.app.Events.revised(t, e, rev); err != nil {
		return notice.New(notice.DraftSaved), err
	}
	if err := a.app.Series.changed(t, e, edits); err != nil || !paced { // a date of a series: this date only
		return notice.New(notice.DraftSaved), err
	}
	return notice.New(notice.DraftSaved), a.app.Chase.replan(t, e) // those asked before it, at the new pace
}
