package app

import (
	"allaboard"
	"allaboard/bot/render"
)

// OnMembers is /members in a group: its admins and the hosts of its events
// get, privately, who the bot knows there and how it can reach them.
func (a *Roster) OnMembers(t *turn, m *Message) error {
	group := m.Chat.ID
	if ok, err := mayManage(t, group, m.From.ID); err != nil || !ok {
		if err != nil {
			return err
		}
		return t.send(group, render.MembersNotAllowed)
	}
	u, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.send(group, render.MembersNeedsDM, a.openChatButton())
	}
	list, err := a.memberList(t, group)
	if err != nil {
		return err
	}
	if err := t.send(u.ID, list); err != nil {
		return err
	}
	return t.send(group, render.MembersSent)
}

// OnMembersPrivate is /members in private, where there is no group to list.
func (a *Roster) OnMembersPrivate(t *turn, m *Message) error {
	return t.send(m.Chat.ID, render.MembersUsage)
}

// mayManage reports whether user may see a group's members and change its
// settings: its admins and the hosts of its upcoming events may.
func mayManage(t *turn, group, user int64) (bool, error) {
	events, err := t.tx.Events(group)
	return allaboard.MayManage(events, user, t.admin(group, user), t.now), err
}

// memberList shows the members the bot knows in a group, by how it can reach
// them, and how many it does not know.
func (a *Roster) memberList(t *turn, group int64) (string, error) {
	c, err := t.tx.Chat(group)
	if err != nil {
		return "", err
	}
	members, err := t.tx.Members(group)
	if err != nil {
		return "", err
	}
	var known []allaboard.User
	for _, m := range members {
		if m.Left {
			continue
		}
		u, err := allaboard.LookupUser(t.tx, m.User)
		if err != nil {
			return "", err
		}
		known = append(known, u)
	}
	return render.MemberList(c, known, a.zone(t.tx, group)), nil
}
