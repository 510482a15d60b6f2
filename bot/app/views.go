package app

import (
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// OnEvents lists the group's upcoming events with their counts.
func (a *Cards) OnEvents(t *turn, m *Message) error {
	events, err := t.tx.Events(m.Chat.ID)
	if err != nil {
		return err
	}
	var rolls []allaboard.Roll
	for _, e := range events {
		if !e.Upcoming(t.now) {
			continue
		}
		r, err := allaboard.LoadRoll(t.tx, e)
		if err != nil {
			return err
		}
		rolls = append(rolls, r)
	}
	return t.send(m.Chat.ID, render.Events(rolls, a.zone(t.tx, m.Chat.ID)))
}

// OnHistory shows every revision of an event: who changed what, and when.
func (a *Cards) OnHistory(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.HistoryUsage)
	}
	e, ok, err := a.app.Events.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return err
	}
	return t.send(m.Chat.ID, render.History(e, revs, a.zone(t.tx, e.Group)))
}

// OnStatus shows an event's counts in the group, and sends its host or an
// admin every member's standing privately.
func (a *Cards) OnStatus(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.StatusUsage)
	}
	e, ok, err := a.app.Events.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	text := render.Counts(r)
	if !allaboard.MayChange(e, m.From.ID, t.admin(e.Group, m.From.ID)) {
		return t.send(m.Chat.ID, text)
	}
	u, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.send(m.Chat.ID, text+"\n\n"+render.StatusNeedsDM,
			render.OpenChat(a.link("start", allaboard.EventPayload(e.Group, e.Num))))
	}
	if err := t.enqueue(statusMessage(r.Event, u.ID, true)); err != nil {
		return err
	}
	return t.send(m.Chat.ID, text+"\n\n"+render.StatusSent)
}
