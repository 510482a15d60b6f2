package app

import (
	"errors"
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Everything the bot learns from what it sees: who is in a group, a group
// it was added to or promoted in, a user who opened or blocked a private chat.

// Observe learns what a message says about its sender and its group (who is
// there, joins and leaves, the bot added or removed, a migration), answers a
// private message that is no command (an offer to pass it on to a host),
// and reports whether the message is a
// command still to be carried out.
func (a *Roster) Observe(t *turn, m *Message) (command bool, err error) {
	private := m.Chat.IsPrivate()
	if u := m.LeftChatMember; u != nil && u.ID == a.self.ID {
		// Not noteGroup: that would adopt the group again.
		return false, a.removedFrom(t, m.Chat.ID)
	}
	if err := a.noteUser(t, m.From, private); err != nil {
		return false, err
	}
	if !private && a.addedMe(m.NewChatMembers) {
		// Before noteGroup, which would adopt the group without a greeting.
		if err := a.greet(t, m.Chat, m.From, false); err != nil {
			return false, err
		}
	}
	if !private {
		if err := a.noteGroup(t, m); err != nil {
			return false, err
		}
	}
	switch {
	case m.MigrateToChatID != 0:
		return false, a.migrate(t, m.Chat.ID, m.MigrateToChatID)
	case m.Command == "":
		if private {
			if answered, err := a.app.Drafts.draftAnswer(t, m); answered || err != nil {
				return false, err
			}
			if m.From == nil {
				return false, t.Tell(m.Chat.ID, notice.New(notice.PrivateHint))
			}
			return false, a.app.Cards.offerPassOn(t, m.From.ID, m.Text)
		}
		return false, nil
	}
	return true, nil
}

// GroupOnly answers, in private, a command that works only in a group.
func (a *Roster) GroupOnly(t *turn, m *Message) error {
	return t.Tell(m.Chat.ID, notice.New(notice.GroupOnly, "command", m.Command))
}

// UnknownCommand answers a command the bot does not have.
func (a *Roster) UnknownCommand(t *turn, m *Message) error {
	return t.Tell(m.Chat.ID, notice.New(notice.UnknownCommand, "command", m.Command))
}

// Failed tells a chat that the command sent there failed and changed nothing.
func (a *Roster) Failed(t *turn, chat int64) error {
	return t.Tell(chat, notice.New(notice.Failed))
}

// noteGroup keeps track of a group and of who is in it, from a message there.
func (a *Roster) noteGroup(t *turn, m *Message) error {
	if m.MigrateToChatID != 0 {
		return nil // the group is gone; onMessage moves it
	}
	if _, err := a.noteChat(t, m.Chat); err != nil {
		return err
	}
	if m.MigrateFromChatID != 0 {
		if err := a.migrate(t, m.MigrateFromChatID, m.Chat.ID); err != nil {
			return err
		}
	}
	if u := m.LeftChatMember; u != nil {
		if err := a.memberChanged(t, m.Chat.ID, u, false); err != nil {
			return err
		}
		if m.From != nil && m.From.ID == u.ID {
			return nil // Telegram sends "X left" from X, who is not there any more
		}
	}
	for i := range m.NewChatMembers {
		if err := a.memberChanged(t, m.Chat.ID, &m.NewChatMembers[i], true); err != nil {
			return err
		}
	}
	return a.learnMember(t, m.Chat.ID, m.From)
}

// memberChanged follows a join or leave announced by a service message.
func (a *Roster) memberChanged(t *turn, group int64, u *User, joined bool) error {
	var err error
	switch {
	case u.IsBot:
		err = a.noteBot(t, group, u.ID, joined)
	case joined:
		if err = a.noteUser(t, u, false); err == nil {
			err = a.learnMember(t, group, u)
		}
	default:
		err = a.memberLeft(t, group, u)
	}
	if err != nil {
		return err
	}
	return recount(t, group)
}

// noteChat returns the stored group, adopting one the bot is in but has no
// record of, and keeps its title current.
func (a *Roster) noteChat(t *turn, chat *Chat) (allaboard.Chat, error) {
	c, err := t.tx.Chat(chat.ID)
	if errors.Is(err, allaboard.ErrNotFound) {
		// Added before we kept records (or the record was lost): adopt it.
		c = allaboard.Chat{ID: chat.ID, Kind: allaboard.ChatKind(chat.Type), Title: chat.Title, Joined: t.now, Greeted: true}
		if err := t.tx.SaveChat(c); err != nil {
			return c, err
		}
		return c, recount(t, c.ID)
	} else if err != nil {
		return c, err
	}
	if c.Title != chat.Title && chat.Title != "" {
		c.Title = chat.Title
		return c, t.tx.SaveChat(c)
	}
	return c, nil
}

// Help is /help (and /start) in a group: what the bot does there, with a
// button to open the private chat.
func (a *Roster) Help(t *turn, group int64) error {
	return t.Tell(group, openChat(notice.New(notice.GroupHelp)))
}

// HelpPrivately is /help in private: what the bot does, with a button to
// add it to a group.
func (a *Roster) HelpPrivately(t *turn, user int64) error {
	return t.Tell(user, notice.New(notice.PrivateHelp, "add", wire.AddPayload))
}

// OnMyChatMember follows the bot's own membership: added to, promoted in or
// removed from a group, or blocked and unblocked by a user in private.
func (a *Roster) OnMyChatMember(t *turn, u *MemberUpdate) error {
	present := inChat(u.NewChatMember)
	if u.Chat.IsPrivate() {
		return updateUser(t.tx, u.From.ID, func(usr *allaboard.User) {
			usr.Blocked = !present
			usr.Started = usr.Started || present
		})
	}
	if !present {
		return a.removedFrom(t, u.Chat.ID)
	}
	if u.Chat.Type == "channel" {
		return nil // a channel has no members to chase: nothing to greet
	}
	admin := u.NewChatMember.Status == "administrator"
	if inChat(u.OldChatMember) {
		return a.promoted(t, &u.Chat, admin)
	}
	return a.greet(t, &u.Chat, &u.From, admin)
}

// promoted records whether the bot is an admin, and thanks the group when it
// becomes one: from now on it sees joins and leaves.
func (a *Roster) promoted(t *turn, chat *Chat, admin bool) error {
	c, err := a.noteChat(t, chat)
	if err != nil || c.Admin == admin {
		return err
	}
	c.Admin = admin
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if admin {
		return t.Tell(c.ID, notice.New(notice.NowAdmin))
	}
	return nil
}

func isPresent(status string) bool {
	switch status {
	case "creator", "administrator", "member", "restricted":
		return true
	}
	return false
}

func (a *Roster) addedMe(users []User) bool {
	for _, u := range users {
		if u.ID == a.self.ID {
			return true
		}
	}
	return false
}

// greet welcomes a group the bot was just added to, once (Telegram tells us
// twice: my_chat_member, then new_chat_members), says what it needs, and
// posts the roll call.
func (a *Roster) greet(t *turn, chat *Chat, by *User, admin bool) error {
	c, err := t.tx.Chat(chat.ID)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	if err == nil && c.Greeted && !c.Removed {
		return nil
	}
	back := err == nil && c.Removed
	c.ID, c.Kind, c.Title, c.Joined, c.Greeted, c.Admin = chat.ID, allaboard.ChatKind(chat.Type), chat.Title, t.now, true, admin
	c.Removed, c.RemovedAt, c.RollCallAt = false, time.Time{}, time.Time{}
	if c.Settings == nil { // a new group starts with the defaults of the day
		s := a.cfg.Defaults
		s.Chase, s.Reminders = slices.Clone(s.Chase), slices.Clone(s.Reminders)
		// in the language of whoever added the bot, if it speaks it: the
		// welcome says so, and how to change it
		if l, ok := lang.Match(languageOf(by)); ok {
			s.Language = l.Code()
		}
		c.Settings = &s
	}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if err := a.app.Settings.planDigest(t, c.ID); err != nil {
		return err
	}
	if err := t.enqueue(a.welcome(c, true)); err != nil {
		return err
	}
	if err := a.rollCall(t, &c, true); err != nil {
		return err
	}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if back {
		if err := a.returned(t, c.ID); err != nil {
			return err
		}
	}
	return recount(t, c.ID)
}

// noteUser remembers who wrote, keeping names current. Writing in private
// means the user has started the bot.
func (a *Roster) noteUser(t *turn, from *User, private bool) error {
	if from == nil || from.IsBot || from.ID == allaboard.TelegramAccount {
		return nil
	}
	return updateUser(t.tx, from.ID, func(u *allaboard.User) {
		u.FirstName, u.LastName, u.Username = from.FirstName, from.LastName, from.UserName
		if from.LanguageCode != "" {
			u.TelegramLanguage = from.LanguageCode
		}
		if private {
			u.Started, u.Blocked = true, false
		}
	})
}

// updateUser loads (or starts) a user record, changes it, and saves it.
func updateUser(tx allaboard.Tx, id int64, change func(*allaboard.User)) error {
	u, err := tx.User(id)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	u.ID = id
	change(&u)
	return tx.SaveUser(u)
}

// languageOf is the language_code Telegram sent for u; "" for none.
func languageOf(u *User) string {
	if u == nil {
		return ""
	}
	return u.LanguageCode
}

// welcome is group c's welcome: posted anew (fresh), or rewritten in place
// from the group's state now. While the group has no zone of its own, it
// says which it assumed, with a button to change it; it names the group's
// language, with a button to change that too.
func (a *Roster) welcome(c allaboard.Chat, fresh bool) allaboard.Outgoing {
	bot := notice.BotNeedsAdmin
	switch {
	case c.Admin:
		bot = notice.BotAdmin
	case a.self.CanReadAllGroupMessages:
		bot = notice.BotReads
	}
	n := openChat(notice.OfGroup(notice.Welcome, c.ID, "bot", bot, "zone", zoneData(c.ID, ""),
		"language", wire.LanguagePress{Group: c.ID}.Encode()))
	return allaboard.Outgoing{ChatID: c.ID, Notice: n, Ref: allaboard.WelcomeRef, Fresh: fresh, EditOnly: !fresh, Silent: !fresh}
}

// greetAgain rewrites a group's welcome and roll call in place after its
// language or zone was set, so that neither says what is no longer true
// (the welcome names the language and the zone assumed).
func (a *Roster) greetAgain(t *turn, group int64) error {
	c, err := t.tx.Chat(group)
	if err != nil || !c.Greeted || c.Removed {
		return err
	}
	if err := t.enqueue(a.welcome(c, false)); err != nil {
		return err
	}
	return a.rollCall(t, &c, false)
}
