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
// and in a group (nil where it does not apply), whether its answer in a group
// depends on the sender being an admin there, and the menus it is listed in.
type command struct {
	name           string
	needsAdmin     bool
	private, group handler
	menus          menu
}

// menu is the set of command menus (Telegram's scopes) a command shows in.
type menu byte

const (
	inPrivate menu = 1 << iota // private chats
	inGroups                   // groups, for everyone
	forAdmins                  // groups, for their admins
)

// commands is the routing table; the menus are made from it too.
var commands = []command{
	{"event", false, (*app.App).OnEventPrivate, (*app.App).OnEvent, inPrivate | inGroups | forAdmins},
	{"events", false, (*app.App).OnPending, (*app.App).OnEvents, inPrivate | inGroups | forAdmins},
	{"ack", false, (*app.App).OnPending, (*app.App).OnAck, inPrivate | inGroups | forAdmins},
	{"edit", true, nil, (*app.App).OnEdit, forAdmins},
	{"cancel", true, (*app.App).OnCancelPrivate, (*app.App).OnCancel, forAdmins},
	{"cohost", true, nil, (*app.App).OnCoHost, forAdmins},
	{"status", true, (*app.App).OnMyStatus, (*app.App).OnStatus, inPrivate | inGroups | forAdmins},
	{"history", false, nil, (*app.App).OnHistory, inGroups | forAdmins},
	{"join", false, nil, (*app.App).OnJoin, inGroups | forAdmins},
	{"members", true, (*app.App).OnMembersPrivate, (*app.App).OnMembers, forAdmins},
	{"settings", true, (*app.App).OnSettingsPrivate, (*app.App).OnSettings, inGroups | forAdmins},
	{"family", false, (*app.App).OnFamilyPrivate, (*app.App).OnFamily, inPrivate | inGroups | forAdmins},
	{"forget", true, (*app.App).OnForgetMe, (*app.App).OnForgetGroup, inPrivate | forAdmins},
	{"start", false, (*app.App).OnStart, (*app.App).OnHelp, inPrivate},
	{"help", false, (*app.App).OnHelp, (*app.App).OnHelp, inPrivate | inGroups | forAdmins},
}

// commandMenu is the menu for one scope: the commands listed in it.
func commandMenu(m menu) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range commands {
		if c.menus&m != 0 || m == 0 {
			out = append(out, tgbotapi.BotCommand{Command: c.name, Description: render.CommandAbout(c.name)})
		}
	}
	return out
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
	if ok, err := b.app.Admit(t, m); err != nil || !ok {
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
