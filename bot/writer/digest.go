package writer

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// A host's digest is written from their events as they are when it is
// sent: digests wait behind the day's other messages.

func init() {
	kinds[notice.Digest] = hostDigest
}

// hostDigest is a host's digest of their upcoming events in a group, each
// with its counts and who has yet to confirm; nothing if none is left or
// the group is gone.
func hostDigest(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	group, err := allaboard.CurrentGroup(s.tx, n.Group)
	if err != nil {
		return m, false, err
	}
	c, err := s.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && c.Removed {
		return m, false, nil
	} else if err != nil {
		return m, false, err
	}
	rolls, err := viewRolls(s, group, func(e allaboard.Event) bool { return !e.Started(s.now) && e.IsHost(n.User) })
	if err != nil || len(rolls) == 0 {
		return m, false, err
	}
	m.Text = render.Digest(s.lang, c.Title, rolls, s.zone(group))
	return m, true, nil
}
