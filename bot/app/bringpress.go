package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// onBringPress handles a press on a sign-up list's buttons: claim or
// release an item, or, after a move, still bring it all or release it.
// Whoever pressed is the one who brings: the data names only the item.
func (a *Bring) onBringPress(t *turn, q *Press) error {
	p, ok := wire.ParseBringPress(q.Data)
	group, ok, err := pressedGroup(t, q, p.Group, ok)
	if err != nil || !ok {
		return err
	}
	user := q.From.ID
	m, err := t.tx.Member(group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		t.answer(q, notice.New(notice.NotYourGroup))
		return nil
	} else if err != nil {
		return err
	}
	e, ok, err := pressedEvent(t, q, group, p.Event)
	if err != nil || !ok {
		return err
	}
	switch {
	case p.Rev > e.Material || e.IsNotice() || e.IsTodo():
		t.answer(q, notice.New(notice.StaleButton)) // never made: forged
		return nil
	case !e.Upcoming(t.now):
		t.answer(q, notice.New(notice.BringShut))
		return nil
	case !e.Invited(user):
		t.answer(q, notice.New(notice.NotInvited))
		return nil
	}
	switch p.Act {
	case wire.BringClaim, wire.BringRelease:
		return a.onItemPress(t, q, e, p)
	}
	return a.onAskPress(t, q, e, p)
}

// onItemPress claims or releases an item on a member's copy of the list,
// and edits that copy. A claim pressed on a list from before a move is not
// taken: they see the list for the new time first.
func (a *Bring) onItemPress(t *turn, q *Press, e allaboard.Event, p wire.BringPress) error {
	user := q.From.ID
	it := e.Bring.Item(p.Item)
	if it == nil {
		t.answer(q, notice.New(notice.BringGone))
		return a.sendList(t, e, user, false)
	}
	name := it.Name
	var released []allaboard.Item
	switch {
	case p.Act == wire.BringClaim && p.Rev < e.Moved:
		t.alert(q, notice.OfEvent(notice.BringOutdated, e))
		return a.sendList(t, e, user, false)
	case p.Act == wire.BringClaim:
		_, err := e.Bring.Claim(p.Item, user, e.Material)
		switch {
		case errors.Is(err, allaboard.ErrItemFull):
			t.answer(q, notice.New(notice.BringFull, "item", name))
			return a.sendList(t, e, user, false)
		case err != nil:
			return err
		}
		t.answer(q, notice.New(notice.BringClaimed, "item", name))
	default:
		c, ok := e.Bring.Release(p.Item, user)
		if !ok {
			t.answer(q, notice.New(notice.BringNotYours, "item", name))
			return a.sendList(t, e, user, false)
		}
		if !c.Stands(e) {
			released = append(released, *it)
		}
		t.answer(q, notice.New(notice.BringReleased, "item", name))
	}
	return a.saved(t, e, user, released)
}

// onAskPress answers the question after a move: still bringing everything
// claimed, or release it. The question is edited to say where they stand.
func (a *Bring) onAskPress(t *turn, q *Press, e allaboard.Event, p wire.BringPress) error {
	user := q.From.ID
	ask := notice.OfUserEvent(notice.BringAsk, e, user)
	ask.Rev = e.Material
	edit := allaboard.Outgoing{ChatID: user, Notice: ask, Ref: allaboard.BringAskRef(e)}
	if p.Rev < e.Moved {
		// It moved again since they were asked: ask about the latest.
		t.alert(q, notice.OfEvent(notice.BringOutdated, e))
		edit.Fresh = true
		return t.enqueue(edit)
	}
	var released []allaboard.Item
	if p.Act == wire.BringStill {
		if len(e.Bring.Confirm(user, e.Material)) == 0 {
			t.answer(q, notice.New(notice.BringNotYours))
			return t.enqueue(edit)
		}
		t.answer(q, notice.New(notice.BringStillOn))
	} else {
		for _, it := range e.Bring.Of(user) {
			if c, _ := it.Claimed(user); !c.Stands(e) {
				e.Bring.Release(it.ID, user)
				released = append(released, it)
			}
		}
		t.answer(q, notice.New(notice.BringDropped))
	}
	if err := t.enqueue(edit); err != nil {
		return err
	}
	return a.saved(t, e, 0, released)
}

// saved stores e's list after a member's press, edits their copy (user; 0:
// none), tells the group what was released after a move, and updates the
// card and the hosts' status.
func (a *Bring) saved(t *turn, e allaboard.Event, user int64, released []allaboard.Item) error {
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.planMissing(t, e, false); err != nil {
		return err
	}
	if user != 0 {
		if err := a.sendList(t, e, user, false); err != nil {
			return err
		}
	}
	if err := a.neededAgain(t, e, released); err != nil {
		return err
	}
	return a.app.Events.refresh(t, e)
}
