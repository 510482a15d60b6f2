package app

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// ListEvents lists a group's upcoming events with their counts.
func (a *Cards) ListEvents(t *turn, group int64) error {
	n := notice.New(notice.EventList)
	n.Group = group
	return t.Tell(group, n)
}

// History shows every revision of a group's event num: who changed what,
// and when.
func (a *Cards) History(t *turn, group int64, num int) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err != nil || !ok {
		return err
	}
	return t.Tell(group, notice.AboutEvent(notice.History, e))
}

// Status shows a group's event num's counts there, and sends user every
// member's standing privately if they host it or are an admin.
func (a *Cards) Status(t *turn, group, user int64, num int) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err != nil || !ok {
		return err
	}
	if !allaboard.MayChange(e, user, t.admin(e.Group, user)) {
		return t.Tell(group, notice.AboutEvent(notice.Counts, e))
	}
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.Tell(group, notice.AboutEvent(notice.Counts, e, "then", notice.ThenNeedsDM,
			"payload", wire.EventPayload(e.Group, e.Num)))
	}
	if err := t.enqueue(statusMessage(e, u.ID, true)); err != nil {
		return err
	}
	return t.Tell(group, notice.AboutEvent(notice.Counts, e, "then", notice.ThenSent))
}
