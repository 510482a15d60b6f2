package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// OnCoHost shares an event with a co-host, or stops:
// /cohost [n] @name, /cohost [n] remove @name. Without a number it is the one
// upcoming event the sender hosts. Whoever may change the event may.
func (a *Events) OnCoHost(t *turn, m *Message) error {
	args := strings.Fields(m.CommandArguments())
	num := ""
	if len(args) > 0 {
		if _, err := strconv.Atoi(strings.TrimPrefix(args[0], "#")); err == nil {
			num, args = args[0], args[1:]
		}
	}
	remove := len(args) > 0 && strings.EqualFold(args[0], "remove")
	if remove {
		args = args[1:]
	}
	if len(args) != 1 || len(args[0]) < 2 || !strings.HasPrefix(args[0], "@") {
		return t.send(m.Chat.ID, render.CoHostUsage)
	}
	e, ok, err := a.hostedEvent(t, m, num, render.CoHostWhich)
	if err != nil || !ok {
		return err
	}
	if !e.Upcoming(t.now) {
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostIsOver, render.EventName(e)))
	}
	u, found, err := memberNamed(t.tx, e.Group, args[0][1:])
	if err != nil {
		return err
	}
	if !found {
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostUnknown, render.Escape(args[0])))
	}
	name := render.Escape(u.Name())
	if remove {
		return a.removeCoHost(t, m, e, u, name)
	}
	switch {
	case e.IsHost(u.ID):
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostAlready, name, render.EventName(e)))
	case len(e.CoHosts) >= allaboard.MaxCoHosts:
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostTooMany, render.EventName(e), len(e.CoHosts)))
	}
	e.CoHosts = append(e.CoHosts, u.ID)
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := t.send(m.Chat.ID, fmt.Sprintf(render.CoHostAdded, name, render.EventName(e))); err != nil {
		return err
	}
	if !u.Reachable() {
		return nil // they get the status card once they open a chat with the bot
	}
	by, c, err := a.sharedBy(t, m, e)
	if err != nil {
		return err
	}
	if err := t.send(u.ID, fmt.Sprintf(render.CoHostYou, by, render.EventName(e), render.Escape(c.Title))); err != nil {
		return err
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	return t.enqueue(statusMessage(r.Event, u.ID, true))
}

// removeCoHost stops sharing e with u: the host or an admin may, and a
// co-host may step down.
func (a *Events) removeCoHost(t *turn, m *Message, e allaboard.Event, u allaboard.User, name string) error {
	if !slices.Contains(e.CoHosts, u.ID) {
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostNotOne, name, render.EventName(e)))
	}
	if m.From.ID != e.Host && m.From.ID != u.ID && !t.admin(m.Chat.ID, m.From.ID) {
		return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostHostOnly, render.EventName(e), name))
	}
	e.CoHosts = slices.DeleteFunc(e.CoHosts, func(id int64) bool { return id == u.ID })
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	return t.send(m.Chat.ID, fmt.Sprintf(render.CoHostRemoved, name, render.EventName(e)))
}

// sharedBy names who shared e, and e's group.
func (a *Events) sharedBy(t *turn, m *Message, e allaboard.Event) (string, allaboard.Chat, error) {
	by, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return "", allaboard.Chat{}, err
	}
	c, err := t.tx.Chat(e.Group)
	return render.Escape(by.Name()), c, err
}
