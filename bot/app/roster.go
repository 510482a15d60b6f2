package app

import (
	"errors"
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// Telegram gives bots a member count but no member list. The bot compares
// the two, tells hosts and admins how many members it has not seen, and asks
// those members to tap the roll-call card.

const (
	rollCallData  = "rollcall"
	rollCallEvery = 24 * time.Hour // at most one new roll-call card a day
	recountRetry  = 5 * time.Minute
)

// knownMembers counts the members of a group the bot knows to be there.
func knownMembers(tx allaboard.Tx, group int64) (int, error) {
	present, err := allaboard.PresentMembers(tx, group)
	return len(present), err
}

// recount asks for the group's member count to be checked at once: someone
// joined or left, an event was announced, or the bot was added.
func recount(t *turn, group int64) error {
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group, At: t.now})
}

// counted records Telegram's member count for a group (and the admins, some
// of whom may be bots), then tells hosts and admins about members not seen
// yet and keeps the roll-call card up to date.
func (a *Roster) counted(t *turn, group int64, count int, admins []ChatMember) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && c.Removed {
		return nil
	} else if err != nil {
		return err
	}
	c.Count, c.CountedAt = count, t.now
	for _, ad := range admins {
		if ad.User != nil && ad.User.IsBot && ad.User.ID != a.self.ID && !c.HasBot(ad.User.ID) {
			c.Bots = append(c.Bots, ad.User.ID)
		}
	}
	known, err := knownMembers(t.tx, group)
	if err != nil {
		return err
	}
	upcoming, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	unknown, before := c.Unknown(known), c.ToldUnknown
	if unknown > c.ToldUnknown {
		if err := a.tellUnknown(t, c, upcoming, admins); err != nil {
			return err
		}
	}
	c.ToldUnknown = unknown
	repost := unknown > 0 && (c.RollCallAt.IsZero() || len(upcoming) > 0 && !t.now.Before(c.RollCallAt.Add(rollCallEvery)))
	if err := a.rollCall(t, &c, repost); err != nil {
		return err
	}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if unknown != before {
		for _, e := range upcoming {
			if err := a.app.Events.refresh(t, e); err != nil {
				return err
			}
		}
	}
	next := time.Time{}
	if unknown > 0 && len(upcoming) > 0 {
		next = c.RollCallAt.Add(rollCallEvery)
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group, At: next})
}

// upcomingEvents are a group's events that have not started, cancelled ones included.
func upcomingEvents(tx allaboard.Tx, group int64, now time.Time) ([]allaboard.Event, error) {
	events, err := tx.Events(group)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(events, func(e allaboard.Event) bool { return e.Started(now) }), nil
}

// tellUnknown tells the hosts of upcoming events and the admins, privately
// where the bot can, that some members have not been seen yet: how many
// when the message is sent.
func (a *Roster) tellUnknown(t *turn, c allaboard.Chat, upcoming []allaboard.Event, admins []ChatMember) error {
	var to []int64
	for _, e := range upcoming {
		to = append(to, e.Hosts()...)
	}
	for _, ad := range admins {
		if ad.User != nil && !ad.User.IsBot {
			to = append(to, ad.User.ID)
		}
	}
	slices.Sort(to)
	for _, id := range slices.Compact(to) {
		u, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !u.Reachable() {
			continue // the roll call in the group says it too
		}
		if err := t.Tell(id, notice.OfGroup(notice.UnknownMembers, c.ID)); err != nil {
			return err
		}
	}
	return nil
}

// rollCall posts the roll-call card anew (fresh) or edits the last one, if
// there is one, to show the count as it is when sent.
func (a *Roster) rollCall(t *turn, c *allaboard.Chat, fresh bool) error {
	if !fresh && c.RollCallAt.IsZero() {
		return nil
	}
	if fresh {
		c.RollCallAt = t.now
	}
	return t.enqueue(allaboard.Outgoing{ChatID: c.ID, Notice: notice.OfGroup(notice.RollCall, c.ID, "press", rollCallData),
		Ref: allaboard.RollCallRef, Fresh: fresh, Silent: !fresh})
}

// OnRollCall is a tap on the roll-call card: the member is known from now on.
func (a *Roster) OnRollCall(t *turn, q *Press) error {
	if q.Chat == nil || q.Chat.IsPrivate() {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	m, err := t.tx.Member(q.Chat.ID, q.From.ID)
	if err == nil && !m.Left {
		t.answer(q, notice.OfUser(notice.RollCallAgain, q.From.ID))
		return nil
	} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	t.answer(q, notice.OfUser(notice.RollCallThanks, q.From.ID))
	return a.learnMember(t, q.Chat.ID, q.From)
}

// Join is /join, the text way to answer the roll call: the group hears that
// user is known.
func (a *Roster) Join(t *turn, group, user int64) error {
	// noteGroup has already learned the sender from the command itself.
	return t.Tell(group, notice.OfUser(notice.Joined, user))
}
