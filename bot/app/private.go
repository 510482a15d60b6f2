package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// maxPendingCards bounds the cards sent at once for /start.
const maxPendingCards = 10

// OnStart answers /start in a private chat: a deep link from an event shows
// that event; otherwise the help and everything still to confirm.
func (a *Cards) OnStart(t *turn, m *Message) error {
	if group, num, ok := wire.ParseEventPayload(m.CommandArguments()); ok {
		return a.showEvent(t, m.From.ID, group, num)
	}
	if group, ok := wire.ParseNewEventPayload(m.CommandArguments()); ok {
		return a.app.Drafts.startDraft(t, m.From.ID, group)
	}
	if m.CommandArguments() == resumePayload {
		if d, ok, err := loadDraft(t, m.From.ID); err != nil || ok {
			if err != nil {
				return err
			}
			return a.app.Drafts.ask(t, d) // the question again, here where it can be answered
		}
	}
	if m.CommandArguments() == openChatPayload {
		// A member who came from the group's button: not the pitch for hosts.
		if err := t.Tell(m.Chat.ID, notice.New(notice.YoureSet)); err != nil {
			return err
		}
		return a.sendPending(t, m.From.ID, false)
	}
	if err := a.app.Roster.OnHelp(t, m); err != nil {
		return err
	}
	return a.sendPending(t, m.From.ID, false)
}

// showEvent sends a member an event's card; its host also gets the status card.
func (a *Cards) showEvent(t *turn, user, group int64, num int) error {
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
			if e.Started(t.now) {
				continue
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

// OnPending answers /ack and /events in a private chat: what is left to confirm.
func (a *Cards) OnPending(t *turn, m *Message) error {
	return a.sendPending(t, m.From.ID, true)
}

// OnMyStatus answers /status in a private chat: a status card for every
// upcoming event the user hosts.
func (a *Cards) OnMyStatus(t *turn, m *Message) error {
	groups, err := t.tx.UserGroups(m.From.ID)
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
			if !e.IsHost(m.From.ID) || e.Started(t.now) {
				continue
			}
			r, err := allaboard.LoadRoll(t.tx, e)
			if err != nil {
				return err
			}
			if err := t.enqueue(statusMessage(r.Event, m.From.ID, true)); err != nil {
				return err
			}
			sent++
		}
	}
	if sent == 0 {
		return t.Tell(m.From.ID, notice.New(notice.NotHosting))
	}
	return nil
}
