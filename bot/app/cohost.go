package app

import (
	"slices"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
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
		return t.Tell(m.Chat.ID, notice.New(notice.CoHostUsage))
	}
	e, ok, err := a.hostedEvent(t, m, num, notice.CoHostWhich)
	if err != nil || !ok {
		return err
	}
	if !e.Upcoming(t.now) {
		return t.Tell(m.Chat.ID, notice.OfEvent(notice.CoHostIsOver, e))
	}
	u, found, err := memberNamed(t.tx, e.Group, args[0][1:])
	if err != nil {
		return err
	}
	if !found {
		return t.Tell(m.Chat.ID, notice.New(notice.CoHostUnknown, "typed", args[0]))
	}
	if remove {
		return a.removeCoHost(t, m, e, u)
	}
	switch {
	case e.IsHost(u.ID):
		return t.Tell(m.Chat.ID, coHostNotice(notice.CoHostAlready, e, u.ID))
	case len(e.CoHosts) >= allaboard.MaxCoHosts:
		return t.Tell(m.Chat.ID, notice.OfEvent(notice.CoHostTooMany, e))
	}
	e.CoHosts = append(e.CoHosts, u.ID)
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := t.Tell(m.Chat.ID, coHostNotice(notice.CoHostAdded, e, u.ID)); err != nil {
		return err
	}
	if !u.Reachable() {
		return nil // they get the status card once they open a chat with the bot
	}
	if err := t.Tell(u.ID, coHostNotice(notice.CoHostYou, e, m.From.ID)); err != nil {
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
func (a *Events) removeCoHost(t *turn, m *Message, e allaboard.Event, u allaboard.User) error {
	if !slices.Contains(e.CoHosts, u.ID) {
		return t.Tell(m.Chat.ID, coHostNotice(notice.CoHostNotOne, e, u.ID))
	}
	if m.From.ID != e.Host && m.From.ID != u.ID && !t.admin(m.Chat.ID, m.From.ID) {
		return t.Tell(m.Chat.ID, coHostNotice(notice.CoHostHostOnly, e, u.ID))
	}
	e.CoHosts = slices.DeleteFunc(e.CoHosts, func(id int64) bool { return id == u.ID })
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	return t.Tell(m.Chat.ID, coHostNotice(notice.CoHostRemoved, e, u.ID))
}

// coHostNotice is a notice of a kind about e and a member.
func coHostNotice(kind string, e allaboard.Event, user int64) *allaboard.Notice {
	n := notice.OfEvent(kind, e)
	n.User = user
	return n
}
