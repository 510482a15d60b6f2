package app

import (
	"fmt"
	"strconv"

	"allaboard"
	"allaboard/bot/notice"
)

// A change of notes is cosmetic, unless the host says it is important: then
// everyone confirms it like a new time or place. The group's message about
// the change asks, with two buttons.

// notesRef names the group's message about a cosmetic change, so that it
// can lose its question once answered.
func notesRef(e allaboard.Event, rev int) string {
	return "notes:" + strconv.Itoa(e.Num) + ":" + strconv.Itoa(rev)
}

// cosmetic is the group's message about a cosmetic revision; ask adds the
// question about a change of notes.
func (a *Events) cosmetic(e allaboard.Event, rev allaboard.Revision, ask bool) allaboard.Outgoing {
	notes := false
	for _, c := range rev.Changes {
		notes = notes || c.Field == allaboard.FieldNotes && c.New != ""
	}
	ask = ask && notes
	n := notice.OfEvent(notice.Cosmetic, e)
	n.Rev = rev.N
	if ask {
		n.Values = map[string]string{"important": notesChoice.data(e, rev.N, true), "note": notesChoice.data(e, rev.N, false)}
	}
	return allaboard.Outgoing{ChatID: e.Group, Notice: n, Ref: notesRef(e, rev.N), Fresh: ask}
}

// onNotesPress is the host's answer: is the change of notes important?
func (a *Events) onNotesPress(t *turn, q *Press) error {
	group, num, n, important, ok := notesChoice.parse(q.Data)
	if ok && q.Chat != nil {
		in, err := allaboard.CurrentGroup(t.tx, q.Chat.ID)
		if err != nil {
			return err
		}
		ok = in == group || q.Chat.ID == group
	}
	if !ok {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	if !allaboard.MayChange(e, q.From.ID, t.admin(q.Chat.ID, q.From.ID)) {
		t.answer(q, notice.New(notice.NotesNotAllowed))
		return nil
	}
	rev, err := revision(t.tx, e, n)
	if err != nil {
		return err
	}
	done := a.cosmetic(e, rev, false) // the question goes
	if e.Rev != n || !important {
		answer := notice.NotesJustANote
		if e.Rev != n {
			answer = notice.NotesChangedSince
		}
		t.answer(q, notice.New(answer))
		return t.enqueue(done)
	}
	by, err := allaboard.LookupUser(t.tx, q.From.ID)
	if err != nil {
		return err
	}
	mat, err := e.MarkImportant(by, t.now, rev.Changes[0])
	if err != nil {
		t.answer(q, notice.New(notice.NotesChangedSince))
		return t.enqueue(done)
	}
	t.answer(q, notice.New(notice.NotesImportant))
	done.Notice.Values = map[string]string{"marked": "important"}
	if err := t.enqueue(done); err != nil {
		return err
	}
	return a.revised(t, e, mat)
}

// revision is revision n of e.
func revision(tx allaboard.Tx, e allaboard.Event, n int) (allaboard.Revision, error) {
	revs, err := tx.Revisions(e.Group, e.Num)
	if err != nil {
		return allaboard.Revision{}, err
	}
	for _, r := range revs {
		if r.N == n && len(r.Changes) > 0 {
			return r, nil
		}
	}
	return allaboard.Revision{}, fmt.Errorf("event %d of %d: revision %d: %w", e.Num, e.Group, n, allaboard.ErrNotFound)
}
