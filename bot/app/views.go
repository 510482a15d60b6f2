package app

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// ListEvents is /events in a group: its upcoming events with their counts,
// sent to user in private; the group sees only that it went there.
func (a *Cards) ListEvents(t *turn, group, user int64) error {
	list := allaboard.Outgoing{Notice: notice.OfGroup(notice.EventList, group)}
	return a.answerPrivately(t, group, user, list, wire.ListPayload(group))
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

// Status is /status num in a group: the event's standing, sent to user in
// private — every member's for its hosts and the admins (the status card),
// the counts for anyone else; the group sees only that it went there.
func (a *Cards) Status(t *turn, group, user int64, num int) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err != nil || !ok {
		return err
	}
	return a.answerPrivately(t, group, user, a.standing(e, user, t.admin(e.Group, user)), wire.CountsPayload(e.Group, e.Num))
}
