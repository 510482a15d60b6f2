package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// OnMembers is /members in a group: its admins and the hosts of its events
// get, privately, who the bot knows there and how it can reach them.
func (a *Roster) OnMembers(t *turn, m *Message) error {
	group := m.Chat.ID
	if ok, err := mayManage(t, group, m.From.ID); err != nil || !ok {
		if err != nil {
			return err
		}
		return t.Tell(group, notice.New(notice.MembersNotAllowed))
	}
	u, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.Tell(group, openChat(notice.New(notice.MembersNeedsDM)))
	}
	if err := t.Tell(u.ID, notice.OfGroup(notice.MemberList, group)); err != nil {
		return err
	}
	return t.Tell(group, notice.New(notice.MembersSent))
}

// OnMembersPrivate is /members in private, where there is no group to list.
func (a *Roster) OnMembersPrivate(t *turn, m *Message) error {
	return t.Tell(m.Chat.ID, notice.New(notice.MembersUsage))
}

// mayManage reports whether user may see a group's members and change its
// settings: its admins and the hosts of its upcoming events may.
func mayManage(t *turn, group, user int64) (bool, error) {
	events, err := t.tx.Events(group)
	return allaboard.MayManage(events, user, t.admin(group, user), t.now), err
}
