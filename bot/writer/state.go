package writer

import (
	"errors"
	"fmt"

	"allaboard"
)

// What the kinds read from the state, the same way everywhere.

// user loads a user, or a bare record for one never seen.
func (s *state) user(id int64) (allaboard.User, error) { return allaboard.LookupUser(s.tx, id) }

// chat loads a group, or a bare record for one not kept.
func (s *state) chat(id int64) (allaboard.Chat, error) {
	c, err := s.tx.Chat(id)
	if errors.Is(err, allaboard.ErrNotFound) {
		return allaboard.Chat{ID: id}, nil
	}
	return c, err
}

// groupLink is a t.me deep link that adds the bot to a group, with a payload.
func (s *state) groupLink(payload string) string {
	return fmt.Sprintf("https://t.me/%s?startgroup=%s", s.w.cfg.BotName, payload)
}
