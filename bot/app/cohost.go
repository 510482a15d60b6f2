package app

import (
	"slices"

	"allaboard"
	"allaboard/bot/notice"
)

// AddCoHost shares event num with the member whose username this is, for
// by: whoever may change the event may. Without a number (0) it is the one
// upcoming event by hosts.
func (a *Events) AddCoHost(t *turn, group, by int64, num int, username string) error {
	e, u, ok, err := a.coHostOf(t, group, by, num, username)
	if err != nil || !ok {
		return err
	}
	switch {
	case e.IsHost(u.ID):
		return t.Tell(group, coHostNotice(notice.CoHostAlready, e, u.ID))
	case len(e.CoHosts) >= allaboard.MaxCoHosts:
		return t.Tell(group, notice.OfEvent(notice.CoHostTooMany, e))
	}
	before := e
	e.CoHosts = append(e.CoHosts, u.ID)
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.collectors(t, before, e); err != nil {
		return err
	}
	if err := a.app.Settings.planDigest(t, e.Group); err != nil { // they may get theirs sooner
		return err
	}
	if err := t.Tell(group, coHostNotice(notice.CoHostAdded, e, u.ID)); err != nil {
		return err
	}
	if !u.Reachable() {
		return nil // they get the status card once they open a chat with the bot
	}
	if err := t.Tell(u.ID, coHostNotice(notice.CoHostYou, e, by)); err != nil {
		return err
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	return t.enqueue(statusMessage(r.Event, u.ID, true))
}

// RemoveCoHost stops sharing event num (0: the one upcoming event by hosts)
// with the co-host whose username this is: the host or an admin may, and a
// co-host may step down.
func (a *Events) RemoveCoHost(t *turn, group, by int64, num int, username string) error {
	e, u, ok, err := a.coHostOf(t, group, by, num, username)
	if err != nil || !ok {
		return err
	}
	if !slices.Contains(e.CoHosts, u.ID) {
		return t.Tell(group, coHostNotice(notice.CoHostNotOne, e, u.ID))
	}
	if by != e.Host && by != u.ID && !t.admin(group, by) {
		return t.Tell(group, coHostNotice(notice.CoHostHostOnly, e, u.ID))
	}
	before := e
	e.CoHosts = slices.DeleteFunc(slices.Clone(e.CoHosts), func(id int64) bool { return id == u.ID })
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.collectors(t, before, e); err != nil {
		return err
	}
	return t.Tell(group, coHostNotice(notice.CoHostRemoved, e, u.ID))
}

// coHostOf is the upcoming event a co-host command is about and the member
// it names, replying when there is no such event, by may not change it, it
// is over, or nobody in the group has that username.
func (a *Events) coHostOf(t *turn, group, by int64, num int, username string) (allaboard.Event, allaboard.User, bool, error) {
	e, ok, err := a.hostedEvent(t, group, by, num, notice.CoHostWhich)
	if err != nil || !ok {
		return e, allaboard.User{}, false, err
	}
	if !e.Upcoming(t.now) {
		return e, allaboard.User{}, false, t.Tell(group, notice.OfEvent(notice.CoHostIsOver, e))
	}
	u, found, err := memberNamed(t.tx, e.Group, username)
	if err != nil || !found {
		if err == nil {
			err = t.Tell(group, notice.New(notice.CoHostUnknown, "typed", "@"+username))
		}
		return e, u, false, err
	}
	return e, u, true, nil
}

// collectors acts on a to-do's new co-hosts (before, as it was): a co-host
// collects it, so is neither asked nor counted, and one who steps down is
// asked like everyone.
func (a *Events) collectors(t *turn, before, e allaboard.Event) error {
	if !e.IsTodo() {
		return nil // an event's co-hosts are asked and counted like its host
	}
	if err := a.rechase(t, before, e); err != nil {
		return err
	}
	return a.refresh(t, e)
}

// coHostNotice is a notice of a kind about e and a member.
func coHostNotice(kind string, e allaboard.Event, user int64) *allaboard.Notice {
	n := notice.OfEvent(kind, e)
	n.User = user
	return n
}
