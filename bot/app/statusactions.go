package app

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// remindAgainAfter keeps "remind now" from being a way round the chase's
// pace: a member reminded less than this ago is not reminded again.
const remindAgainAfter = allaboard.MinGroupStep

// onStatusPress carries out a status card button, for the host or an admin.
func (a *Cards) onStatusPress(t *turn, q *Press) error {
	group, num, act, ok := wire.ParseStatusPress(q.Data)
	if !ok {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	if !allaboard.MayChange(e, q.From.ID, t.admin(group, q.From.ID)) {
		t.answer(q, notice.New(notice.StatusNotAllowed))
		return nil
	}
	if e.Started(t.now) && act != wire.StatusAll {
		closed := notice.StatusStarted
		if e.IsNotice() {
			closed = notice.NoticeClosed
		}
		if e.IsTodo() {
			closed = notice.TodoClosed
		}
		t.answer(q, notice.New(closed))
		return nil
	}
	switch act {
	case wire.StatusKeepOpen:
		return a.keepOpen(t, q, e)
	case wire.StatusRemind:
		n, err := a.remindNow(t, e)
		if err != nil {
			return err
		}
		t.answer(q, notice.Counted(notice.RemindingNow, n))
		return nil
	case wire.StatusAll:
		t.answer(q, nil)
		return t.Tell(q.From.ID, notice.AboutEvent(notice.Everyone, e))
	case wire.StatusChange:
		t.answer(q, nil)
		return a.app.Drafts.startEditDraft(t, q.From.ID, e, t.admin(group, q.From.ID))
	case wire.StatusCancel:
		t.answer(q, nil)
		ask := notice.AboutEvent(notice.CancelAsk, e,
			"yes", wire.StatusPress(e.Group, e.Num, wire.StatusCancelY), "keep", wire.StatusPress(e.Group, e.Num, wire.StatusKeep))
		if e.Series != 0 { // this date only, or all from it on
			ask.Values["all"] = wire.StatusPress(e.Group, e.Num, wire.StatusCancelAll)
		}
		return t.Tell(q.From.ID, ask)
	case wire.StatusKeep:
		t.answer(q, notice.New(notice.StatusKept))
		return nil
	case wire.StatusCancelY, wire.StatusCancelAll:
		t.scope = scopeOne
		if act == wire.StatusCancelAll {
			t.scope = scopeAll
		}
		by, err := allaboard.LookupUser(t.tx, q.From.ID)
		if err != nil {
			return err
		}
		rev, err := e.Cancel(by, t.now)
		if err != nil {
			t.answer(q, notice.New(notice.StaleButton))
			return nil
		}
		t.answer(q, notice.New(notice.StatusCancelled))
		if err := a.app.Events.revised(t, e, rev); err != nil {
			return err
		}
		return a.app.Series.cancelled(t, e) // a date of a series: skipped, or the series ends
	}
	t.answer(q, notice.New(notice.StaleButton))
	return nil
}

// remindNow makes the reminder of every member still waiting due now, unless
// they were reminded in the last few minutes, and says how many.
func (a *Cards) remindNow(t *turn, e allaboard.Event) (int, error) {
	responses, err := t.tx.Responses(e.Group, e.Num)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range responses {
		if over, err := allaboard.ChaseOver(t.tx, e, r, t.now); err != nil || over {
			if err != nil {
				return 0, err
			}
			continue
		}
		if r.User == e.Host || r.Due.IsZero() || !r.LastPing.IsZero() && t.now.Sub(r.LastPing) < remindAgainAfter {
			continue
		}
		if r.Due.After(t.now) {
			r.Due = t.now
			if err := t.tx.SaveResponse(r); err != nil {
				return 0, err
			}
		}
		n++
	}
	return n, nil
}

// resendStatus posts the host's status card anew at the bottom of the chat
// and deletes the old copy: something the host must act on has happened.
func (a *Cards) resendStatus(t *turn, e allaboard.Event) error {
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	for _, id := range e.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: id, Ref: allaboard.StatusRef(e), Op: allaboard.OpDelete}); err != nil {
			return err
		}
		if err := t.enqueue(statusMessage(r.Event, id, true)); err != nil {
			return err
		}
	}
	return nil
}
