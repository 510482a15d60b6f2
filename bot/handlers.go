package bot

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// command is one entry of the routing table: what it does in a private chat
// and in a group (nil where it does not apply).
type command struct {
	name, description string
	private, group    func(b *Bot, t *turn, m *tgbotapi.Message) error
}

// commands is the routing table; the menu is made from it too.
var commands = []command{
	{"event", "Announce an event: /event title | when | where", nil, (*Bot).onEvent},
	{"events", "Upcoming events (in private: what you must confirm)", (*Bot).onPending, (*Bot).onEvents},
	{"ack", "Confirm the latest version: /ack 2", (*Bot).onPending, (*Bot).onAck},
	{"edit", "Change an event: /edit 2 when Sat 15:00", nil, (*Bot).onEdit},
	{"cancel", "Cancel an event: /cancel 2", nil, (*Bot).onCancel},
	{"status", "Who has confirmed (details for hosts, in private)", (*Bot).onMyStatus, (*Bot).onStatus},
	{"history", "Every change to an event: /history 2", nil, (*Bot).onHistory},
	{"join", "Tell me you're in this group, so you get every announcement", nil, (*Bot).onJoin},
	{"members", "Who I know in this group (hosts and admins, in private)", (*Bot).onMembersPrivate, (*Bot).onMembers},
	{"settings", "Time zone, quiet hours, reminders, digest: /settings", (*Bot).onSettingsPrivate, (*Bot).onSettings},
	{"forget", "Delete what I keep: /forget (a group, admins) · /forget me (you, in private)", (*Bot).onForgetMe, (*Bot).onForgetGroup},
	{"start", "What All Aboard does, and what you must confirm", (*Bot).onStart, (*Bot).onHelp},
	{"help", "How to use All Aboard", (*Bot).onHelp, (*Bot).onHelp},
}

func commandMenu() []tgbotapi.BotCommand {
	var menu []tgbotapi.BotCommand
	for _, c := range commands {
		menu = append(menu, tgbotapi.BotCommand{Command: c.name, Description: c.description})
	}
	return menu
}

func (b *Bot) onMessage(t *turn, m *tgbotapi.Message) error {
	private := m.Chat.IsPrivate()
	if u := m.LeftChatMember; u != nil && u.ID == b.self.ID {
		// Not noteGroup: that would adopt the group again.
		return b.removedFrom(t, m.Chat.ID)
	}
	if err := b.noteUser(t, m.From, private); err != nil {
		return err
	}
	if !private && b.addedMe(m.NewChatMembers) {
		// Before noteGroup, which would adopt the group without a greeting.
		if err := b.greet(t, m.Chat, false); err != nil {
			return err
		}
	}
	if !private {
		if err := b.noteGroup(t, m); err != nil {
			return err
		}
	}
	switch {
	case m.MigrateToChatID != 0:
		return b.migrate(t, m.Chat.ID, m.MigrateToChatID)
	case !m.IsCommand():
		if private {
			return t.send(m.Chat.ID, textPrivateHint)
		}
		return nil
	}
	name, at, _ := strings.Cut(m.CommandWithAt(), "@")
	if at != "" && !strings.EqualFold(at, b.self.UserName) {
		return nil // meant for another bot
	}
	for _, c := range commands {
		if c.name != strings.ToLower(name) {
			continue
		}
		switch {
		case private && c.private != nil:
			return c.private(b, t, m)
		case !private && c.group != nil:
			return c.group(b, t, m)
		case private:
			return t.send(m.Chat.ID, fmt.Sprintf(textGroupOnly, c.name))
		}
		return nil
	}
	if private || at != "" {
		return t.send(m.Chat.ID, fmt.Sprintf(textUnknownCommand, escape(name)))
	}
	return nil // a command for some other bot in the group
}

// noteGroup keeps track of a group and of who is in it, from a message there.
func (b *Bot) noteGroup(t *turn, m *tgbotapi.Message) error {
	if m.MigrateToChatID != 0 {
		return nil // the group is gone; onMessage moves it
	}
	if _, err := b.noteChat(t, m.Chat); err != nil {
		return err
	}
	if m.MigrateFromChatID != 0 {
		if err := b.migrate(t, m.MigrateFromChatID, m.Chat.ID); err != nil {
			return err
		}
	}
	if u := m.LeftChatMember; u != nil {
		if err := b.memberChanged(t, m.Chat.ID, u, false); err != nil {
			return err
		}
	}
	for i := range m.NewChatMembers {
		if err := b.memberChanged(t, m.Chat.ID, &m.NewChatMembers[i], true); err != nil {
			return err
		}
	}
	return b.learnMember(t, m.Chat.ID, m.From)
}

// memberChanged follows a join or leave announced by a service message.
func (b *Bot) memberChanged(t *turn, group int64, u *tgbotapi.User, joined bool) error {
	var err error
	switch {
	case u.IsBot:
		err = b.noteBot(t, group, u.ID, joined)
	case joined:
		if err = b.noteUser(t, u, false); err == nil {
			err = b.learnMember(t, group, u)
		}
	default:
		err = b.memberLeft(t, group, u)
	}
	if err != nil {
		return err
	}
	return recount(t, group)
}

// noteChat returns the stored group, adopting one the bot is in but has no
// record of, and keeps its title current.
func (b *Bot) noteChat(t *turn, chat *tgbotapi.Chat) (allaboard.Chat, error) {
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

func (b *Bot) onHelp(t *turn, m *tgbotapi.Message) error {
	if m.Chat.IsPrivate() {
		return t.send(m.Chat.ID, textPrivateHelp, []allaboard.Button{{Text: "➕ Add me to a group", URL: b.link("startgroup", "add")}})
	}
	return t.send(m.Chat.ID, textGroupHelp, b.openChatButton())
}

// onMyChatMember follows the bot's own membership: added to, promoted in or
// removed from a group, or blocked and unblocked by a user in private.
func (b *Bot) onMyChatMember(t *turn, u *tgbotapi.ChatMemberUpdated) error {
	present := inChat(u.NewChatMember)
	if u.Chat.IsPrivate() {
		return updateUser(t.tx, u.From.ID, func(usr *allaboard.User) {
			usr.Blocked = !present
			usr.Started = usr.Started || present
		})
	}
	if !present {
		return b.removedFrom(t, u.Chat.ID)
	}
	admin := u.NewChatMember.Status == "administrator"
	if inChat(u.OldChatMember) {
		return b.promoted(t, &u.Chat, admin)
	}
	return b.greet(t, &u.Chat, admin)
}

// promoted records whether the bot is an admin, and thanks the group when it
// becomes one: from now on it sees joins and leaves.
func (b *Bot) promoted(t *turn, chat *tgbotapi.Chat, admin bool) error {
	c, err := b.noteChat(t, chat)
	if err != nil || c.Admin == admin {
		return err
	}
	c.Admin = admin
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if admin {
		return t.send(c.ID, textNowAdmin)
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

func (b *Bot) addedMe(users []tgbotapi.User) bool {
	for _, u := range users {
		if u.ID == b.self.ID {
			return true
		}
	}
	return false
}

// greet welcomes a group the bot was just added to, once (Telegram tells us
// twice: my_chat_member, then new_chat_members), says what it needs, and
// posts the roll call.
func (b *Bot) greet(t *turn, chat *tgbotapi.Chat, admin bool) error {
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
		s := b.cfg.Defaults
		s.Chase, s.Reminders = slices.Clone(s.Chase), slices.Clone(s.Reminders)
		c.Settings = &s
	}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if err := b.planDigest(t, c.ID); err != nil {
		return err
	}
	needs := textNeedsAdmin
	switch {
	case admin:
		needs = textIsAdmin
	case b.self.CanReadAllGroupMessages:
		needs = textNeedsAdminPrivacyOff
	}
	if err := t.send(chat.ID, fmt.Sprintf(textGroupWelcome, escape(chat.Title), needs), b.openChatButton()); err != nil {
		return err
	}
	known, err := knownMembers(t.tx, c.ID)
	if err != nil {
		return err
	}
	if err := b.rollCall(t, &c, known, true); err != nil {
		return err
	}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if back {
		if err := b.returned(t, c.ID); err != nil {
			return err
		}
	}
	return recount(t, c.ID)
}

// noteUser remembers who wrote, keeping names current. Writing in private
// means the user has started the bot.
func (b *Bot) noteUser(t *turn, from *tgbotapi.User, private bool) error {
	if from == nil || from.IsBot {
		return nil
	}
	return updateUser(t.tx, from.ID, func(u *allaboard.User) {
		u.FirstName, u.LastName, u.Username = from.FirstName, from.LastName, from.UserName
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

// link is a t.me deep link to the bot.
func (b *Bot) link(param, payload string) string {
	return fmt.Sprintf("https://t.me/%s?%s=%s", b.self.UserName, param, payload)
}

func (b *Bot) openChatButton() []allaboard.Button {
	return []allaboard.Button{{Text: "💬 Open a private chat with me", URL: b.link("start", "hello")}}
}
