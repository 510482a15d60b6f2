package bot

import (
	"strings"

	"allaboard/bot/app"
	"allaboard/bot/render"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// handler carries out a command within a turn.
type handler func(a *app.App, t *app.Turn, m *app.Message) error

// command is one entry of the routing table: what it does in a private chat
// and in a group (nil where it does not apply), and whether its answer in a
// group depends on the sender being an admin there.
type command struct {
	name           string
	needsAdmin     bool
	private, group handler
}

// commands is the routing table; the menu is made from it too.
var commands = []command{
	{"event", false, (*app.App).OnEventPrivate, (*app.App).OnEvent},
	{"events", false, (*app.App).OnPending, (*app.App).OnEvents},
	{"ack", false, (*app.App).OnPending, (*app.App).OnAck},
	{"edit", true, nil, (*app.App).OnEdit},
	{"cancel", true, (*app.App).OnCancelPrivate, (*app.App).OnCancel},
	{"status", true, (*app.App).OnMyStatus, (*app.App).OnStatus},
	{"history", false, nil, (*app.App).OnHistory},
	{"join", false, nil, (*app.App).OnJoin},
	{"members", true, (*app.App).OnMembersPrivate, (*app.App).OnMembers},
	{"settings", true, (*app.App).OnSettingsPrivate, (*app.App).OnSettings},
	{"forget", true, (*app.App).OnForgetMe, (*app.App).OnForgetGroup},
	{"start", false, (*app.App).OnStart, (*app.App).OnHelp},
	{"help", false, (*app.App).OnHelp, (*app.App).OnHelp},
}

func commandMenu() []tgbotapi.BotCommand {
	var menu []tgbotapi.BotCommand
	for _, c := range commands {
		menu = append(menu, tgbotapi.BotCommand{Command: c.name, Description: render.CommandAbout(c.name)})
	}
	return menu
}

// findCommand looks a command up by its name.
func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// onMessage lets the use cases learn from a message, then carries out the
// command in it, if any.
func (b *Bot) onMessage(t *app.Turn, tm *tgbotapi.Message) error {
	m, forOther := b.message(tm)
	isCommand, err := b.app.Observe(t, m)
	if err != nil || !isCommand || forOther {
		return err
	}
	private := m.Chat.IsPrivate()
	c, ok := findCommand(m.Command)
	switch {
	case !ok && (private || addressed(tm)):
		return b.app.UnknownCommand(t, m)
	case !ok:
		return nil // a command for some other bot in the group
	case private && c.private != nil:
		return c.private(b.app, t, m)
	case !private && c.group != nil:
		return c.group(b.app, t, m)
	case private:
		return b.app.GroupOnly(t, m)
	}
	return nil
}

// addressed reports whether a command names a bot: /cmd@name.
func addressed(m *tgbotapi.Message) bool {
	_, at, _ := strings.Cut(m.CommandWithAt(), "@")
	return at != ""
}
