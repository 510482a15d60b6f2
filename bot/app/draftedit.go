package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/render"
)

// The guided flow also changes an event: the host picks the fields to
// change, sees the card as it will be, and saves: one new version, one round
// of reminders, as /edit with several fields makes.

// startEditDraft starts changing e step by step: which field, then the
// preview. admin says whether user is an admin of its group.
func (a *Drafts) startEditDraft(t *turn, user int64, e allaboard.Event, admin bool) error {
	d := allaboard.Draft{User: user, Started: t.now, Step: allaboard.StepPreview, Group: e.Group, Editing: e.Num,
		Title: e.Title, When: allaboard.Span{Start: e.When, End: e.End}, Where: e.Where, Notes: e.Notes, Admin: admin}
	if err := t.tx.SaveDraft(d); err != nil {
		return err
	}
	return a.askFix(t, d)
}

// editedEvent is the event d changes, as it will be once saved.
func (a *Drafts) editedEvent(t *turn, d allaboard.Draft, group int64, by allaboard.User) (allaboard.Event, allaboard.Revision, error) {
	e, err := t.tx.Event(group, d.Editing)
	if err != nil {
		return e, allaboard.Revision{}, err
	}
	rev, err := e.Apply(by, t.now, draftEdits(e, d))
	if errors.Is(err, allaboard.ErrNoChange) {
		err = nil // the preview shows it as it is
	}
	return e, rev, err
}

// draftEdits are the fields d changes in e.
func draftEdits(e allaboard.Event, d allaboard.Draft) []allaboard.Edit {
	var edits []allaboard.Edit
	if d.Title != e.Title {
		edits = append(edits, allaboard.Edit{Field: allaboard.FieldTitle, Text: d.Title})
	}
	if !d.When.Start.Equal(e.When) || !d.When.End.Equal(e.End) {
		edits = append(edits, allaboard.Edit{Field: allaboard.FieldWhen, When: d.When})
	}
	if d.Where != e.Where {
		edits = append(edits, allaboard.Edit{Field: allaboard.FieldWhere, Text: d.Where})
	}
	if d.Notes != e.Notes {
		edits = append(edits, allaboard.Edit{Field: allaboard.FieldNotes, Text: d.Notes})
	}
	return edits
}

// saveEditDraft makes d's changes as one revision, if the person may still
// change the event, and ends the draft.
func (a *Drafts) saveEditDraft(t *turn, d allaboard.Draft) (string, error) {
	group, err := allaboard.CurrentGroup(t.tx, d.Group)
	if err != nil {
		return "", err
	}
	e, err := t.tx.Event(group, d.Editing)
	if errors.Is(err, allaboard.ErrNotFound) {
		return render.StaleButton, t.tx.DeleteDraft(d.User)
	} else if err != nil {
		return "", err
	}
	if !allaboard.MayChange(e, d.User, d.Admin) {
		return render.StatusNotAllowed, nil
	}
	if ok, err := a.app.Events.mayChange(t, e, d.User); err != nil || !ok {
		return render.FlowTapped, err
	}
	by, err := allaboard.LookupUser(t.tx, d.User)
	if err != nil {
		return "", err
	}
	rev, err := e.Apply(by, t.now, draftEdits(e, d))
	if err := t.tx.DeleteDraft(d.User); err != nil {
		return "", err
	}
	if err != nil {
		return render.FlowTapped, t.send(d.User, changeProblem(e, err))
	}
	return render.Saved, a.app.Events.revised(t, e, rev)
}
