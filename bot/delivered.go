package bot

import (
	"errors"

	"allaboard"
)

// afterDelivery records what a message's outcome says about its chat, in the
// transaction that takes the message out of the outbox.
func (b *Bot) afterDelivery(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
	if err := b.recordOutcome(tx, m, d); err != nil {
		return err
	}
	if m.Chase != nil && d.Outcome != allaboard.Delivered && d.Outcome != allaboard.Migrated {
		return b.chaseUndelivered(&turn{tx: tx, now: b.cfg.Now()}, *m.Chase, !isGroup(m.ChatID))
	}
	return nil
}

// recordOutcome notes what an outcome says about the chat it went to.
func (b *Bot) recordOutcome(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
	switch d.Outcome {
	case allaboard.Migrated:
		if err := migrateChat(tx, m.ChatID, d.NewChatID); err != nil {
			return err
		}
		m.ChatID = d.NewChatID
		return tx.Enqueue(m)
	case allaboard.NotStarted, allaboard.Blocked, allaboard.Deactivated:
		if isGroup(m.ChatID) {
			return nil
		}
		err := updateUser(tx, m.ChatID, func(u *allaboard.User) {
			u.Started = u.Started && d.Outcome != allaboard.NotStarted
			u.Blocked = u.Blocked || d.Outcome != allaboard.NotStarted
		})
		return err
	case allaboard.Removed, allaboard.ChatNotFound:
		c, err := tx.Chat(m.ChatID)
		if errors.Is(err, allaboard.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		c.Removed, c.Greeted = true, false
		return tx.SaveChat(c)
	}
	return nil
}
