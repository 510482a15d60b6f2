package bot

import (
	"strings"

	"allaboard/bot/app"
	"allaboard/bot/command"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// onMessage lets the use cases learn from a message, then carries out the
// command in it, if any.
func (b *Bot) onMessage(t *app.Turn, tm *tgbotapi.Message) error {
	m, forOther := b.message(tm)
	isCommand, err := b.app.Roster.Observe(t, m)
	if err != nil || !isCommand || forOther {
		return err
	}
	if ok, err := b.app.Events.Admit(t, m); err != nil || !ok {
		return err
	}
	private := m.Chat.IsPrivate()
	c, ok := command.Find(m.Command)
	switch {
	case !ok && (private || addressed(tm)):
		return b.app.Roster.UnknownCommand(t, m)
	case !ok:
		return nil // a command for some other bot in the group
	case private && c.Private != nil:
		return c.Private(b.app, t, m)
	case !private && c.Group != nil:
		return c.Group(b.app, t, m)
	case private:
		return b.app.Roster.GroupOnly(t, m)
	}
	return nil
}

// addressed reports whether a command names a bot: /cmd@name.
func addressed(m *tgbotapi.Message) bool {
	_, at, _ := strings.Cut(m.CommandWithAt(), "@")
	return at != ""
}
