package app

import (
	"errors"
	"slices"
	"time"

	"allaboard"
)

// learnMember records that a user is in a group, from something they did
// there. Someone new (or back) while events are upcoming is chased from now
// for each event they have not confirmed.
func (a *Roster) learnMember(t *turn, group int64, from *User) error {
	if from == nil || from.IsBot || from.ID == allaboard.TelegramAccount {
		return nil // bots, and the stand-ins for anonymous admins and channels, are never members
	}
	m, err := t.tx.Member(group, from.ID)
	if err == nil && !m.Left {
		return nil
	} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	if err := t.tx.SaveMember(allaboard.Member{Group: group, User: from.ID, Since: t.now}); err != nil {
		return err
	}
	if err := a.rosterGrew(t, group); err != nil {
		return err
	}
	events, err := t.tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		if !e.Upcoming(t.now) || !e.Invited(from.ID) {
			continue
		}
		chased, err := a.app.Chase.again(t, e, from.ID, true)
		if err != nil {
			return err
		}
		if !chased {
			continue // they knew it already
		}
		if err := a.app.Chase.planHandOff(t, e); err != nil {
			return err
		}
		if err := a.app.Events.refresh(t, e); err != nil {
			return err
		}
	}
	return nil
}

// rosterGrew updates the roll-call card when a member it counted as unknown
// has just become known, and has the members counted again when there are
// more known than counted.
func (a *Roster) rosterGrew(t *turn, group int64) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	known, err := knownMembers(t.tx, group)
	if err != nil {
		return err
	}
	if c.CountedAt.IsZero() || known > c.People() {
		// They joined after the count, or after a count on its way was
		// taken: asking again makes that one stale.
		return recount(t, group)
	}
	if c.RollCallAt.IsZero() || c.Unknown(known-1) == 0 {
		return nil // the card, if any, shows no one unknown
	}
	c.ToldUnknown = min(c.ToldUnknown, c.Unknown(known))
	if err := a.rollCall(t, &c, false); err != nil {
		return err
	}
	return t.tx.SaveChat(c)
}

// OnChatMember follows a member's status in a group, which Telegram sends
// only to admin bots: joins, leaves, kicks, and bots coming and going.
func (a *Roster) OnChatMember(t *turn, u *MemberUpdate) error {
	who := u.NewChatMember.User
	if u.Chat.IsPrivate() || who == nil {
		return nil
	}
	if _, err := a.noteChat(t, &u.Chat); err != nil {
		return err
	}
	present := inChat(u.NewChatMember)
	var err error
	switch {
	case who.IsBot:
		err = a.noteBot(t, u.Chat.ID, who.ID, present)
	case present:
		if err = a.noteUser(t, who, false); err == nil {
			err = a.learnMember(t, u.Chat.ID, who)
		}
	default:
		err = a.memberLeft(t, u.Chat.ID, who)
	}
	if err != nil {
		return err
	}
	return recount(t, u.Chat.ID)
}

// inChat reports whether a chat member is in the chat: restricted members
// may have left.
func inChat(m ChatMember) bool {
	if m.Status == "restricted" {
		return m.IsMember
	}
	return isPresent(m.Status)
}

// noteBot keeps track of the other bots in a group: Telegram counts them as
// members, but they are never chased.
func (a *Roster) noteBot(t *turn, group, id int64, present bool) error {
	if id == a.self.ID {
		return nil // my_chat_member tells about the bot itself
	}
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	had := c.HasBot(id)
	switch {
	case present && !had:
		c.Bots = append(c.Bots, id)
	case !present && had:
		c.Bots = slices.DeleteFunc(c.Bots, func(b int64) bool { return b == id })
	default:
		return nil
	}
	return t.tx.SaveChat(c)
}

// memberLeft stops chasing a member who left the group; hosts' cards drop them.
func (a *Roster) memberLeft(t *turn, group int64, user *User) error {
	if user == nil || user.IsBot {
		return nil
	}
	m, err := t.tx.Member(group, user.ID)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return nil
	} else if err != nil {
		return err
	}
	m.Left = true
	if err := t.tx.SaveMember(m); err != nil {
		return err
	}
	// Telegram's count drops by one too; until it is counted again, keep the
	// count in step, or the leaver would count as a member not seen yet.
	if c, err := t.tx.Chat(group); err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	} else if err == nil && !c.CountedAt.IsZero() && c.Count > 0 {
		c.Count--
		if err := t.tx.SaveChat(c); err != nil {
			return err
		}
	}
	events, err := t.tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		if err := a.app.Bring.left(t, e, user.ID); err != nil {
			return err
		}
		r, err := t.tx.Response(group, e.Num, user.ID)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		r.Due = time.Time{}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
		if e.Upcoming(t.now) {
			if err := a.app.Events.refresh(t, e); err != nil {
				return err
			}
		}
	}
	return nil
}
