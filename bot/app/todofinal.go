package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// At a to-do's deadline its chase stops (Chase.started) and its hosts get
// the final list: who hasn't done it, a family one line. Before it, a host
// handed the list of whom to call can mark one done ("☑️ … has done it"),
// as a slip handed in at the school gate is.

// finalList tells e's hosts, if e is a to-do whose deadline has come, who
// hasn't done it; the list is written when it is sent. Nothing goes when
// everyone had done it (they were told then) and still has (nobody joined
// since), nor for a cancelled one. In quiet hours it goes without a sound.
func (a *Todos) finalList(t *turn, e allaboard.Event) error {
	if !e.IsTodo() || e.Cancelled {
		return nil
	}
	if e.EveryoneKnew {
		r, err := allaboard.LoadRoll(t.tx, e)
		if err != nil || r.EveryoneKnows(r.Chat) {
			return err
		}
	}
	s := a.settings(t.tx, e.Group)
	quiet := s.Quiet.After(t.now, s.Location()).After(t.now)
	for _, id := range e.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue // asked in the group to open a chat; the group card shows the counts
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: id, Notice: notice.AboutEvent(notice.TodoFinal, e), Silent: quiet}); err != nil {
			return err
		}
	}
	return nil
}

// markDone records, for a host who pressed "☑️ … has done it" under a
// hand-off, that r's member did to-do e: for their household too.
func (a *Todos) markDone(t *turn, q *Press, e allaboard.Event, r allaboard.Response) error {
	if r.DidIt(e) {
		t.answer(q, &allaboard.Notice{Kind: notice.TodoMarkedAlready, User: r.User})
		return nil
	}
	r.MarkDone(e.Task, 0, t.now)
	r.ToldBy = q.From.ID
	if err := t.tx.SaveResponse(r); err != nil {
		return err
	}
	if err := a.app.Households.coverFamily(t, e, r.User, true); err != nil {
		return err
	}
	t.answer(q, &allaboard.Notice{Kind: notice.TodoMarked, User: r.User})
	return a.app.Events.refresh(t, e)
}
