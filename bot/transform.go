package bot

import (
	"strings"
	"time"

	"allaboard/bot/app"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Telegram's types stop here: the use cases get their own.

// message turns a Telegram message into the use cases' terms. forOther is
// set for a command addressed to another bot (/cmd@otherbot): the bot learns
// from it who is in the group, but does not carry it out.
func (b *Bot) message(m *tgbotapi.Message) (msg *app.Message, forOther bool) {
	msg = &app.Message{
		Chat:              chat(m.Chat),
		From:              user(m.From),
		LeftChatMember:    user(m.LeftChatMember),
		MigrateToChatID:   m.MigrateToChatID,
		MigrateFromChatID: m.MigrateFromChatID,
	}
	if m.Date != 0 {
		msg.Sent = time.Unix(int64(m.Date), 0)
	}
	if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == b.self.ID {
		msg.ReplyTo = r.MessageID
	}
	if m.Chat != nil && m.Chat.IsPrivate() && !m.IsCommand() {
		msg.Text = m.Text // an answer to guided creation
	}
	for i := range m.NewChatMembers {
		msg.NewChatMembers = append(msg.NewChatMembers, *user(&m.NewChatMembers[i]))
	}
	if m.IsCommand() {
		name, at, _ := strings.Cut(m.CommandWithAt(), "@")
		msg.Command, msg.Args = strings.ToLower(name), m.CommandArguments()
		forOther = at != "" && !strings.EqualFold(at, b.self.UserName)
	}
	return msg, forOther
}

// press turns a button press into the use cases' terms.
func press(q *tgbotapi.CallbackQuery) *app.Press {
	p := &app.Press{ID: q.ID, From: user(q.From), Data: q.Data}
	if q.Message != nil {
		p.Chat = chat(q.Message.Chat)
		if q.Message.Date != 0 {
			p.Sent = time.Unix(int64(q.Message.Date), 0)
		}
	}
	return p
}

// memberUpdate turns a change of someone's standing in a chat into the use
// cases' terms.
func memberUpdate(u *tgbotapi.ChatMemberUpdated) *app.MemberUpdate {
	return &app.MemberUpdate{
		Chat:          *chat(&u.Chat),
		From:          *user(&u.From),
		OldChatMember: chatMember(u.OldChatMember),
		NewChatMember: chatMember(u.NewChatMember),
	}
}

func chatMember(m tgbotapi.ChatMember) app.ChatMember {
	return app.ChatMember{User: user(m.User), Status: m.Status, IsMember: m.IsMember}
}

func user(u *tgbotapi.User) *app.User {
	if u == nil {
		return nil
	}
	return &app.User{ID: u.ID, FirstName: u.FirstName, LastName: u.LastName, UserName: u.UserName, IsBot: u.IsBot, LanguageCode: u.LanguageCode}
}

func chat(c *tgbotapi.Chat) *app.Chat {
	if c == nil {
		return nil
	}
	return &app.Chat{ID: c.ID, Type: c.Type, Title: c.Title}
}

// members turns Telegram's list of admins into the use cases' terms.
func members(ms []tgbotapi.ChatMember) []app.ChatMember {
	if ms == nil {
		return nil
	}
	out := make([]app.ChatMember, len(ms))
	for i, m := range ms {
		out[i] = chatMember(m)
	}
	return out
}
