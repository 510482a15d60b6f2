package app

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// OnEvents lists the group's upcoming events with their counts.
func (a *Cards) OnEvents(t *turn, m *Message) error {
	n := notice.New(notice.EventList)
	n.Group = m.Chat.ID
	return t.Tell(m.Chat.ID, n)
}

// OnHistory shows every revision of an event: who changed what, and when.
func (a *Cards) OnHistory(t *turn, m *Message) error {
	e, ok, err := a.app.Events.numbered(t, m, notice.HistoryUsage)
	if err != nil || !ok {
		return err
	}
	return t.Tell(m.Chat.ID, notice.AboutEvent(notice.History, e))
}

// OnStatus shows an event's counts in the group, and sends its host or an
// admin every member's standing privately.
func (a *Cards) OnStatus(t *turn, m *Message) error {
	e, ok, err := a.app.Events.numbered(t, m, notice.StatusUsage)
	if err != nil || !ok {
		return err
	}
	if !allaboard.MayChange(e, m.From.ID, t.admin(e.Group, m.From.ID)) {
		return t.Tell(m.Chat.ID, notice.AboutEvent(notice.Counts, e))
	}
	u, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.Tell(m.Chat.ID, notice.AboutEvent(notice.Counts, e, "then", notice.ThenNeedsDM,
			"payload", wire.EventPayload(e.Group, e.Num)))
	}
	if err := t.enqueue(statusMessage(e, u.ID, true)); err != nil {
		return err
	}
	return t.Tell(m.Chat.ID, notice.AboutEvent(notice.Counts, e, "then", notice.ThenSent))
}
