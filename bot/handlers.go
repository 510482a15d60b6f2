package bot

import (
	"strings"

	"allaboard/bot/app"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// handler carries out a command within a turn.
type handler func(a *app.App, t *app.Turn, m *app.Message) error

// command is one entry of the routing table: what it does in a private chat
// and in a group (nil where it does not apply), and whether its answer in a
// group depends on the sender being an admin there.
type command struct {
	name, description string
	needsAdmin        bool
	private, group    handler
}

// commands is the routing table; the menu is made from it too.
var commands = []command{
	{"event", "Announce an event: /event title | when | where", false, nil, (*app.App).OnEvent},
	{"events", "Upcoming events (in private: what you must confirm)", false, (*app.App).OnPending, (*app.App).OnEvents},
	{"ack", "Confirm the latest version: /ack 2", false, (*app.App).OnPending, (*app.App).OnAck},
	{"edit", "Change an event: /edit 2 when Sat 15:00", true, nil, (*app.App).OnEdit},
	{"cancel", "Cancel an event: /cancel 2", true, nil, (*app.App).OnCancel},
	{"status", "Who has confirmed (details for hosts, in private)", true, (*app.App).OnMyStatus, (*app.App).OnStatus},
	{"history", "Every change to an event: /history 2", false, nil, (*app.App).OnHistory},
	{"join", "Tell me you're in this group, so you get every announcement", false, nil, (*app.App).OnJoin},
	{"members", "Who I know in this group (hosts and admins, in private)", true, (*app.App).OnMembersPrivate, (*app.App).OnMembers},
	{"settings", "Time zone, quiet hours, reminders, digest: /settings", true, (*app.App).OnSettingsPrivate, (*app.App).OnSettings},
	{"forget", "Delete what I keep: /forget (a group, admins) · /forget me (you, in private)", true, (*app.App).OnForgetMe, (*app.App).OnForgetGroup},
	{"start", "What All Aboard does, and what you must confirm", false, (*app.App).OnStart, (*app.App).OnHelp},
	{"help", "How to use All Aboard", false, (*app.App).OnHelp, (*app.App).OnHelp},
}

func commandMenu() []tgbotapi.BotCommand {
	var menu []tgbotapi.BotCommand
	for _, c := range commands {
		menu = append(menu, tgbotapi.BotCommand{Command: c.name, Description: c.description})
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
