package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// ShowMembers is /members in a group: its admins and the hosts of its
// events get, privately, who the bot knows there and how it can reach them;
// anyone else is told they may not.
func (a *Roster) ShowMembers(t *turn, group, user int64) error {
	if ok, err := mayManage(t, group, user); err != nil || !ok {
		if err != nil {
			return err
		}
		return t.Tell(group, notice.New(notice.MembersNotAllowed))
	}
	u, err := allaboard.LookupUser(t.tx, user)
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

// mayManage reports whether user may see a group's members: its admins and
// the hosts of its upcoming events may.
func mayManage(t *turn, group, user int64) (bool, error) {
	events, err := t.tx.Events(group)
	return allaboard.MayManage(events, user, t.admin(group, user), t.now), err
}
