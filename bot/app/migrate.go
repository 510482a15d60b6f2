package app

import (
	"errors"

	"allaboard"
)

// migrate follows a group that became a supergroup: everything kept under
// the old id moves to the new one, and the chase goes on there. Telegram
// tells us up to three times (both chats' service messages, and a 400 on
// sending to the old id); only the first moves anything.
func (a *Roster) migrate(t *turn, from, to int64) error {
	if from == to {
		return nil
	}
	c, err := t.tx.Chat(from)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && c.MovedTo != 0 {
		return nil
	} else if err != nil {
		return err
	}
	if err := t.tx.MoveGroup(from, to); err != nil {
		return err
	}
	return recount(t, to)
}
