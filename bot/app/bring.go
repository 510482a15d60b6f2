package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
)

// Bring looks after sign-up lists (who brings what): a host puts items on
// an event's list, members claim them on their own copy in private, a move
// asks every claim again, and the group hears what is needed again, and
// once before the event (the day before, or a few hours before for a list
// made later) what is still missing. The list is kept on the event
// (Event.Bring).
type Bring struct{ *core }

// Edit is /bring <n> <items> in a group: a host (or an admin) puts items on
// event num's list, or takes them off ("-cake"). Members who claimed an item
// taken off are told they need not bring it.
func (a *Bring) Edit(t *turn, group, by int64, num int, edit allaboard.BringEdit) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err != nil || !ok {
		return err
	}
	if ok, err := a.app.Events.allowed(t, group, by, e); err != nil || !ok {
		return err
	}
	if e.IsNotice() || e.IsTodo() {
		return t.Tell(group, notice.OfEvent(notice.BringNotEvent, e))
	}
	if !e.Upcoming(t.now) {
		return t.Tell(group, notice.OfEvent(notice.BringClosed, e))
	}
	var removed []allaboard.Item
	for _, name := range edit.Remove {
		it, err := e.Bring.Remove(name)
		if err != nil {
			return t.Tell(group, notice.WithProblem(notice.OfEvent(notice.BringProblem, e), err))
		}
		removed = append(removed, it)
	}
	if err := e.Bring.Add(edit.Add); err != nil {
		return t.Tell(group, notice.WithProblem(notice.OfEvent(notice.BringProblem, e), err))
	}
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.planMissing(t, e, false); err != nil {
		return err
	}
	for _, it := range removed {
		for _, c := range it.Claims {
			if c.User != by {
				if err := a.tellReachable(t, c.User, notice.OfUserEvent(notice.BringRemoved, e, c.User, "item", it.Name)); err != nil {
					return err
				}
			}
		}
	}
	if err := t.Tell(group, notice.OfEvent(notice.BringSaved, e)); err != nil {
		return err
	}
	return a.app.Events.refresh(t, e)
}

// Show sends user their copy of event num's list, from the group card's
// button (a deep link): they claim and release items on it.
func (a *Bring) Show(t *turn, user, group int64, num int) error {
	e, ok, err := a.app.Cards.memberEvent(t, user, group, num)
	if err != nil || !ok {
		return err
	}
	return a.sendList(t, e, user, true)
}

// sendList sends user their copy of e's list: fresh posts it anew,
// otherwise it edits the one they pressed.
func (a *Bring) sendList(t *turn, e allaboard.Event, user int64, fresh bool) error {
	return t.enqueue(allaboard.Outgoing{ChatID: user, Notice: notice.OfUserEvent(notice.BringList, e, user),
		Ref: allaboard.BringRef(e), Fresh: fresh})
}

// moved acts on e's new revision rev if it moved the event: whoever made
// the change still brings what they claimed; every other member with a
// claim is asked privately whether they still bring it. Until they say so,
// their claim is shown as asked again (Claim.Stands).
func (a *Bring) moved(t *turn, e allaboard.Event, rev allaboard.Revision) error {
	e, err := t.tx.Event(e.Group, e.Num)
	if err != nil || e.Moved != rev.N || len(e.Bring.Items) == 0 {
		return err
	}
	if len(e.Bring.Confirm(rev.By, e.Material)) > 0 {
		if err := t.tx.SaveEvent(e); err != nil {
			return err
		}
	}
	if err := a.planMissing(t, e, true); err != nil {
		return err
	}
	for _, user := range e.Bring.AskedAgain(e) {
		u, err := allaboard.LookupUser(t.tx, user)
		if err != nil {
			return err
		}
		if !u.Reachable() {
			continue // their copy of the list asks them, once they open it
		}
		n := notice.OfUserEvent(notice.BringAsk, e, user)
		n.Rev = e.Material
		if err := t.enqueue(allaboard.Outgoing{ChatID: user, Notice: n, Ref: allaboard.BringAskRef(e), Fresh: true}); err != nil {
			return err
		}
	}
	return nil
}

// cantGo releases what user claimed of e, who said they can't come, tells
// the hosts what is free again, and the group what is needed again.
func (a *Bring) cantGo(t *turn, e allaboard.Event, user int64) error {
	return a.release(t, e, user, notice.BringReleasedCant)
}

// left releases what user, who left e's group, claimed of e while it is
// ahead, tells the hosts what is free again, and the group what is needed
// again; the card shows it when refreshed.
func (a *Bring) left(t *turn, e allaboard.Event, user int64) error {
	if !e.Upcoming(t.now) {
		return nil
	}
	return a.release(t, e, user, notice.BringReleasedLeft)
}

// release takes back all user claimed of e and tells the hosts why (kind).
// What they had not confirmed since a move the group hears is needed
// again, as when they release it themselves (onAskPress).
func (a *Bring) release(t *turn, e allaboard.Event, user int64, kind string) error {
	e, err := t.tx.Event(e.Group, e.Num)
	if err != nil {
		return err
	}
	released := e.Bring.ReleaseAll(user)
	if len(released) == 0 {
		return nil
	}
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	for _, host := range e.Hosts() {
		if host == user {
			continue
		}
		if err := a.tellReachable(t, host, notice.OfUserEvent(kind, e, user, "items", notice.ItemNames(released))); err != nil {
			return err
		}
	}
	var again []allaboard.Item
	for _, it := range released {
		if c, _ := it.Claimed(user); !c.Stands(e) {
			again = append(again, it)
		}
	}
	return a.neededAgain(t, e, again)
}

// planMissing sets the timer that tells e's group once, before it starts,
// what is still missing from its list (missingDue): the day before, or, for
// a list made or an event moved (fresh) later than that, a few hours
// before (Settings.MissingLate). That later moment counts from when it was
// planned, so it is kept as planned until the event moves again.
func (a *Bring) planMissing(t *turn, e allaboard.Event, fresh bool) error {
	if len(e.Bring.Items) == 0 || !e.Upcoming(t.now) || e.Bring.Missing == e.When.Unix() {
		return nil
	}
	s := a.settings(t.tx, e.Group)
	at := s.MissingAt(e.When)
	if !at.After(t.now) {
		if !fresh {
			tm, err := t.tx.Timer(allaboard.TimerBring, e.Group, e.Num)
			if err == nil && tm.At.After(t.now) {
				return nil
			} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
				return err
			}
		}
		at = s.MissingLate(e.When, t.now) // zero: no moment left, none
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerBring, Group: e.Group, Event: e.Num, At: at})
}

// missingDue tells e's group, once for its date, what is still missing from
// its list, and what was not confirmed since it moved; nothing if all is
// settled. An event moved later since the timer was set has it set again.
func (a *Bring) missingDue(t *turn, group int64, num int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if at := a.settings(t.tx, e.Group).MissingAt(e.When); at.After(t.now) {
		return a.planMissing(t, e, false)
	}
	removed, err := allaboard.BotRemoved(t.tx, group)
	if err != nil || removed || !e.Upcoming(t.now) || e.Bring.Missing == e.When.Unix() {
		return err
	}
	// Looked at once for this date: a later claim or release plans no
	// second look (planMissing).
	e.Bring.Missing = e.When.Unix()
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if e.Bring.Settled(e) {
		return nil
	}
	return t.Tell(e.Group, notice.OfEvent(notice.BringMissing, e))
}

// neededAgain tells e's group that items released after a move are needed
// again.
func (a *Bring) neededAgain(t *turn, e allaboard.Event, items []allaboard.Item) error {
	if len(items) == 0 {
		return nil
	}
	return t.enqueue(allaboard.Outgoing{ChatID: e.Group, Notice: notice.OfEvent(notice.BringNeededAgain, e, "items", notice.ItemIDs(items)), Silent: true})
}

// tellReachable tells user n privately if the bot can write to them.
func (a *Bring) tellReachable(t *turn, user int64, n *allaboard.Notice) error {
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil || !u.Reachable() {
		return err
	}
	return t.Tell(user, n)
}
