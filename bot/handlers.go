package bot

import (
	"errors"
	"fmt"
	"strings"

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
	if err := b.noteUser(t, m.From, private); err != nil {
		return err
	}
	if !private {
		if err := b.noteGroup(t, m); err != nil {
			return err
		}
	}
	switch {
	case m.MigrateToChatID != 0:
		return migrateChat(t.tx, m.Chat.ID, m.MigrateToChatID)
	case b.addedMe(m.NewChatMembers):
		return b.greet(t, m.Chat)
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
	c, err := t.tx.Chat(m.Chat.ID)
	if errors.Is(err, allaboard.ErrNotFound) {
		// Added before we kept records (or the record was lost): adopt it.
		c = allaboard.Chat{ID: m.Chat.ID, Kind: allaboard.ChatKind(m.Chat.Type), Joined: t.now, Greeted: true}
	} else if err != nil {
		return err
	}
	if c.Title != m.Chat.Title && m.Chat.Title != "" && m.MigrateToChatID == 0 {
		c.Title = m.Chat.Title
		if err := t.tx.SaveChat(c); err != nil {
			return err
		}
	}
	if m.LeftChatMember != nil {
		return b.memberLeft(t, m.Chat.ID, m.LeftChatMember)
	}
	for i := range m.NewChatMembers {
		if err := b.learnMember(t, m.Chat.ID, &m.NewChatMembers[i]); err != nil {
			return err
		}
	}
	if m.MigrateToChatID != 0 {
		return nil
	}
	return b.learnMember(t, m.Chat.ID, m.From)
}

func (b *Bot) onHelp(t *turn, m *tgbotapi.Message) error {
	if m.Chat.IsPrivate() {
		return t.send(m.Chat.ID, textPrivateHelp, []allaboard.Button{{Text: "➕ Add me to a group", URL: b.link("startgroup", "add")}})
	}
	return t.send(m.Chat.ID, textGroupHelp, b.openChatButton())
}

// onMyChatMember follows the bot's own membership: added to or removed from a
// group, or blocked and unblocked by a user in private.
func (b *Bot) onMyChatMember(t *turn, u *tgbotapi.ChatMemberUpdated) error {
	present := isPresent(u.NewChatMember.Status)
	if u.Chat.IsPrivate() {
		return updateUser(t.tx, u.From.ID, func(usr *allaboard.User) {
			usr.Blocked = !present
			usr.Started = usr.Started || present
		})
	}
	if !present {
		c, err := t.tx.Chat(u.Chat.ID)
		if errors.Is(err, allaboard.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		c.Removed, c.Greeted = true, false
		return t.tx.SaveChat(c)
	}
	if isPresent(u.OldChatMember.Status) {
		return nil // promoted or demoted
	}
	return b.greet(t, &u.Chat)
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

// greet welcomes a group the bot was just added to, once: Telegram tells us
// twice (my_chat_member and new_chat_members).
func (b *Bot) greet(t *turn, chat *tgbotapi.Chat) error {
	c, err := t.tx.Chat(chat.ID)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	if err == nil && c.Greeted && !c.Removed {
		return nil
	}
	c = allaboard.Chat{ID: chat.ID, Kind: allaboard.ChatKind(chat.Type), Title: chat.Title, Joined: t.now, Greeted: true}
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	return t.send(chat.ID, fmt.Sprintf(textGroupWelcome, escape(chat.Title)), b.openChatButton())
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

// migrateChat follows a group that became a supergroup: its record moves to
// the new id and the old one only points there.
func migrateChat(tx allaboard.Tx, from, to int64) error {
	c, err := tx.Chat(from)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && c.MovedTo == to {
		return nil
	} else if err != nil {
		return err
	}
	moved := c
	moved.ID, moved.Kind = to, allaboard.Supergroup
	if err := tx.SaveChat(moved); err != nil {
		return err
	}
	c.MovedTo = to
	return tx.SaveChat(c)
}

// link is a t.me deep link to the bot.
func (b *Bot) link(param, payload string) string {
	return fmt.Sprintf("https://t.me/%s?%s=%s", b.self.UserName, param, payload)
}

func (b *Bot) openChatButton() []allaboard.Button {
	return []allaboard.Button{{Text: "💬 Open a private chat with me", URL: b.link("start", "hello")}}
}
