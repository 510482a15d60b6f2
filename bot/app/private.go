package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// maxPendingCards bounds the cards sent at once for /start.
const maxPendingCards = 10

const (
	ResumePayload   = wire.ResumePayload   // back to the draft waiting for an answer
	OpenChatPayload = wire.OpenChatPayload // the group's "open a private chat" button
)

// Welcome greets user in private when they start the bot with no event to
// show: a member of a group the bot is in — whether they came from its
// button (fromGroup) or not — that they are set, anyone else the help;
// then the cards they have yet to confirm.
func (a *Cards) Welcome(t *turn, user int64, fromGroup bool) error {
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return err
	}
	say := a.app.Roster.HelpPrivately
	if fromGroup || len(groups) > 0 {
		say = youreSet // a member: not the pitch for hosts
	}
	if err := say(t, user); err != nil {
		return err
	}
	return a.sendPending(t, user, false)
}

// ShowEvent sends user an event's card, from a deep link: a group's event
// num; its host also gets the status card.
func (a *Cards) ShowEvent(t *turn, user, group int64, num int) error {
	group, err := allaboard.CurrentGroup(t.tx, group) // the link may predate a migration
	if err != nil {
		return err
	}
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return t.Tell(user, notice.New(notice.EventGone))
	} else if err != nil {
		return err
	}
	mem, err := t.tx.Member(group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && mem.Left {
		return t.Tell(user, notice.New(notice.NotYourGroup))
	} else if err != nil {
		return err
	}
	if err := a.sendCard(t, e, user, true); err != nil {
		return err
	}
	if !e.IsHost(user) {
		return nil
	}
	return t.enqueue(statusMessage(e, user, true))
}

// sendCard sends a member an event's card with what changed since the version
// they last confirmed, their own standing, and its buttons. Fresh posts it
// anew; otherwise it edits their last card of the event.
func (a *Cards) sendCard(t *turn, e allaboard.Event, user int64, fresh bool) error {
	return t.enqueue(allaboard.Outgoing{ChatID: user, Notice: notice.OwnCardOf(e, user, 0, notice.WhyState),
		Ref: allaboard.PrivateCardRef(e), Fresh: fresh})
}

// sendPending sends a user the cards of every upcoming event, in all their
// groups, whose latest version they have not confirmed.
func (a *Cards) sendPending(t *turn, user int64, sayNone bool) error {
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return err
	}
	var pending []allaboard.Event
	for _, g := range groups {
		events, err := t.tx.Events(g)
		if err != nil {
			return err
		}
		for _, e := range events {
			if e.Started(t.now) || !e.Invited(user) {
				continue // not theirs to confirm (a to-do's host collects it)
			}
			r, err := allaboard.LookupResponse(t.tx, g, e.Num, user)
			if err != nil {
				return err
			}
			if !r.Confirmed(e) {
				pending = append(pending, e)
			}
		}
	}
	if len(pending) == 0 {
		if sayNone {
			return t.Tell(user, notice.New(notice.NothingPending))
		}
		return nil
	}
	if err := t.Tell(user, notice.Counted(notice.PendingIntro, len(pending))); err != nil {
		return err
	}
	for i, e := range pending {
		if i == maxPendingCards {
			return t.Tell(user, notice.Counted(notice.PendingMore, len(pending)-i))
		}
		if err := a.sendCard(t, e, user, true); err != nil {
			return err
		}
	}
	return nil
}

// Pending answers /ack and /events in private: the cards user has yet to
// confirm, or that there are none.
func (a *Cards) Pending(t *turn, user int64) error {
	return a.sendPending(t, user, true)
}

// HostStatus answers /status in private: a status card for every upcoming
// event host hosts, or that they host none.
func (a *Cards) HostStatus(t *turn, host int64) error {
	groups, err := t.tx.UserGroups(host)
	if err != nil {
		return err
	}
	sent := 0
	for _, g := range groups {
		events, err := t.tx.Events(g)
		if err != nil {
			return err
		}
		for _, e := range events {
			if !e.IsHost(host) || e.Started(t.now) {
				continue
			}
			r, err := allaboard.LoadRoll(t.tx, e)
			if err != nil {
				return err
			}
			if err := t.enqueue(statusMessage(r.Event, host, true)); err != nil {
				return err
			}
			sent++
		}
	}
	if sent == 0 {
		return t.Tell(host, notice.New(notice.NotHosting))
	}
	return nil
}

// youreSet tells a member who opened a private chat from their group's
// button that they will be reminded here.
func youreSet(t *turn, user int64) error { return t.Tell(user, notice.New(notice.YoureSet)) }
