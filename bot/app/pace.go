package app

import (
	"errors"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
)

// SetPace is /edit [n] pace <pace> in a group (the chase is what it sets): the host, a co-host or an
// admin (by) chooses how hard event num is chased, for it alone: a preset's
// name as typed, or "group" for the group's chase setting again. Everyone
// still chased for it is planned anew at once. Without a number (0), it is
// the one upcoming event by hosts.
func (a *Chase) SetPace(t *turn, group, by int64, num int, typed string) error {
	e, ok, err := a.app.Events.hostedEvent(t, group, by, num, notice.EditWhich)
	if err != nil || !ok {
		return err
	}
	if strings.TrimSpace(typed) == "" {
		return t.Tell(group, notice.OfEvent(notice.PaceUsage, e))
	}
	pace, err := allaboard.ParsePace(typed)
	if errors.Is(err, allaboard.ErrBadSetting) {
		return t.Tell(group, notice.WithProblem(notice.OfEvent(notice.PaceRefused, e), err))
	} else if err != nil {
		return err
	}
	if err := e.SetPace(pace, t.now); err != nil {
		return t.Tell(group, notice.OfChange(e, err))
	}
	if err := a.paced(t, e); err != nil {
		return err
	}
	return t.Tell(group, notice.OfEvent(notice.PaceSet, e))
}

// paced stores e at its new pace, plans its chase and hand-off by it, and
// shows it on the hosts' status cards.
func (a *Chase) paced(t *turn, e allaboard.Event) error {
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.replan(t, e); err != nil {
		return err
	}
	return a.app.Events.refreshStatus(t, e)
}
