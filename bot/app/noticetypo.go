package app

import (
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// A new text of a notice asks everyone to confirm again: the one who
// changed it is asked privately whether it was only a typo fix, with two
// buttons. While they may still say so, nobody is reminded (holdBack).

// minorRef names the question in its reader's private chat, so that it can
// lose its buttons once answered.
func minorRef(e allaboard.Event, rev int) string {
	return "minor:" + strconv.FormatInt(e.Group, 10) + ":" + strconv.Itoa(e.Num) + ":" + strconv.Itoa(rev)
}

// textOnly reports whether rev changes a notice's (or a to-do's) text and
// nothing else: a change that may be a typo fix.
func textOnly(e allaboard.Event, rev allaboard.Revision) bool {
	if !e.IsNotice() && !e.IsTodo() || rev.N < 2 || !rev.Material || len(rev.Changes) == 0 {
		return false
	}
	for _, c := range rev.Changes {
		if c.Field != allaboard.FieldText {
			return false
		}
	}
	return true
}

// askMinor asks who made rev, a new text of notice e, whether it was only a
// typo fix, if the bot can write to them; it returns how long nobody is
// reminded meanwhile (0 if it can't ask).
func (a *Notices) askMinor(t *turn, e allaboard.Event, rev allaboard.Revision) (time.Duration, error) {
	if !textOnly(e, rev) {
		return 0, nil
	}
	by, err := allaboard.LookupUser(t.tx, rev.By)
	if err != nil || !by.Reachable() {
		return 0, err
	}
	hold := a.app.Events.window(e.ChaseEnd(t.now).Sub(t.now))
	n := notice.OfEvent(notice.MinorAsk, e, "again", minorChoice.data(e, rev.N, false), "typo", minorChoice.data(e, rev.N, true))
	n.Rev, n.Count = rev.N, int(hold/time.Second)
	return hold, t.enqueue(allaboard.Outgoing{ChatID: by.ID, Notice: n, Ref: minorRef(e, rev.N), Fresh: true})
}

// onMinorPress is the answer: was the new text only a typo fix? If so, and
// it is still the notice's latest change, whoever confirmed the text before
// counts as confirming it, and is no longer reminded.
func (a *Notices) onMinorPress(t *turn, q *Press) error {
	group, num, n, typo, ok := minorChoice.parse(q.Data)
	if !ok {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	if !allaboard.MayChange(e, q.From.ID, t.admin(e.Group, q.From.ID)) {
		t.answer(q, notice.New(notice.NotesNotAllowed))
		return nil
	}
	done := notice.OfEvent(notice.MinorAsk, e, "marked", "again")
	done.Rev = n
	answered := allaboard.Outgoing{ChatID: q.From.ID, Notice: done, Ref: minorRef(e, n)}
	if !typo {
		t.answer(q, notice.New(notice.MinorAgain))
		return t.enqueue(answered)
	}
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return err
	}
	by, err := allaboard.LookupUser(t.tx, q.From.ID)
	if err != nil {
		return err
	}
	mark, prev, err := e.MarkMinor(by, t.now, n, revs)
	if err != nil {
		t.answer(q, notice.New(notice.MinorChangedSince))
		return t.enqueue(answered)
	}
	t.answer(q, notice.New(notice.MinorTypo))
	done.Values["marked"] = "typo"
	if err := t.enqueue(answered); err != nil {
		return err
	}
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := t.tx.AddRevision(e.Group, e.Num, mark); err != nil {
		return err
	}
	responses, err := t.tx.Responses(e.Group, e.Num)
	if err != nil {
		return err
	}
	for _, r := range responses {
		if r.Confirmed(e) && r.Due.IsZero() {
			continue
		}
		due := r.Due
		r.Carry(prev, n)
		switch {
		case r.Confirmed(e): // a to-do done (or not possible) before the fix still is
			r.Due = time.Time{}
		case e.IsTodo(): // seen before the fix is seen still; the chase aims at done
			r.Due = due
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	if err := a.app.Chase.planHandOff(t, e); err != nil {
		return err
	}
	return a.app.Events.refresh(t, e)
}
