package app

import (
	"errors"
	"time"

	"allaboard"
)

// AfterDelivery records what a message's outcome says about its chat, in the
// transaction that takes the message out of the outbox.
func (a *Chase) AfterDelivery(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
	if m.Chase != nil && d.Outcome != allaboard.Migrated {
		if err := notWaiting(tx, *m.Chase); err != nil {
			return err
		}
	}
	if err := a.recordOutcome(tx, m, d); err != nil {
		return err
	}
	if d.Outcome == allaboard.Delivered {
		return a.delivered(NewTurn(tx, a.cfg.Now(), nil), m, d.MessageID)
	}
	switch {
	case m.Chase == nil, d.Outcome == allaboard.Migrated, d.Outcome == allaboard.Dropped:
		return nil
	}
	// A reminder that did not reach its members: follow it up.
	return a.chaseUndelivered(NewTurn(tx, a.cfg.Now(), nil), *m.Chase, !isGroup(m.ChatID))
}

// delivered acts on a message in a group that Telegram accepted as message
// msg: a new version's card retires the earlier ones, and a mention takes
// over from those before it.
func (a *Chase) delivered(t *turn, m allaboard.Outgoing, msg int) error {
	if !isGroup(m.ChatID) || !m.IsMessage() || msg == 0 {
		return nil
	}
	if m.Chase != nil && m.Chase.Group == m.ChatID {
		return a.mentioned(t, *m.Chase, msg)
	}
	if num, rev, ok := allaboard.ParseCardRef(m.Ref); ok && m.Fresh {
		return a.app.Events.cardPosted(t, m.ChatID, num, rev, msg)
	}
	return nil
}

// recordOutcome notes what an outcome says about the chat it went to.
func (a *Chase) recordOutcome(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
	switch d.Outcome {
	case allaboard.Migrated:
		if err := a.app.Roster.migrate(NewTurn(tx, a.cfg.Now(), nil), m.ChatID, d.NewChatID); err != nil {
			return err
		}
		if m.Op != "" {
			return nil // its message stays in the old group
		}
		m.ChatID = d.NewChatID
		if m.Chase != nil {
			m.Chase.Group = d.NewChatID
		}
		return tx.Enqueue(m)
	case allaboard.NotStarted, allaboard.Blocked, allaboard.Deactivated:
		if isGroup(m.ChatID) {
			return nil
		}
		return updateUser(tx, m.ChatID, func(u *allaboard.User) {
			u.Started = u.Started && d.Outcome != allaboard.NotStarted
			u.Blocked = u.Blocked || d.Outcome == allaboard.Blocked
			u.Gone = u.Gone || d.Outcome == allaboard.Deactivated
		})
	case allaboard.Removed, allaboard.ChatNotFound:
		if !isGroup(m.ChatID) {
			return nil
		}
		return a.app.Roster.removedFrom(NewTurn(tx, a.cfg.Now(), nil), m.ChatID)
	}
	return nil
}

// notWaiting notes that the reminder to tag's members left the outbox, sent
// or not: the next may be queued.
func notWaiting(tx allaboard.Tx, tag allaboard.ChaseTag) error {
	// The message went as queued; its group may have become a supergroup
	// since, taking the responses along.
	group, err := allaboard.CurrentGroup(tx, tag.Group)
	if err != nil {
		return err
	}
	for _, id := range tag.Users {
		r, err := tx.Response(group, tag.Event, id)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		if !r.Queued.IsZero() {
			r.Queued = time.Time{}
			if err := tx.SaveResponse(r); err != nil {
				return err
			}
		}
	}
	return nil
}
