package bot

import (
	"strings"

	"allaboard/bot/app"
	"allaboard/bot/render"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// handler carries out a command within a turn.
type handler func(t *app.Turn, m *app.Message) error

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

// commandTable is the routing table of the use cases in a; the menus are
// made from it too.
func commandTable(a *app.App) []command {
	return []command{
		{"event", false, a.Drafts.OnEventPrivate, a.Events.OnEvent, inPrivate | inGroups | forAdmins},
		{"events", false, a.Cards.OnPending, a.Cards.OnEvents, inPrivate | inGroups | forAdmins},
		{"ack", false, a.Cards.OnPending, a.Cards.OnAck, inPrivate | inGroups | forAdmins},
		{"edit", true, nil, a.Events.OnEdit, forAdmins},
		{"cancel", true, a.Drafts.OnCancelPrivate, a.Events.OnCancel, forAdmins},
		{"cohost", true, nil, a.Events.OnCoHost, forAdmins},
		{"status", true, a.Cards.OnMyStatus, a.Cards.OnStatus, inPrivate | inGroups | forAdmins},
		{"history", false, nil, a.Cards.OnHistory, inGroups | forAdmins},
		{"join", false, nil, a.Roster.OnJoin, inGroups | forAdmins},
		{"members", true, a.Roster.OnMembersPrivate, a.Roster.OnMembers, forAdmins},
		{"settings", true, a.Settings.OnSettingsPrivate, a.Settings.OnSettings, inGroups | forAdmins},
		{"family", false, a.Households.OnFamilyPrivate, a.Households.OnFamily, inPrivate | inGroups | forAdmins},
		{"forget", true, a.Roster.OnForgetMe, a.Roster.OnForgetGroup, inPrivate | forAdmins},
		{"start", false, a.Cards.OnStart, a.Roster.OnHelp, inPrivate},
		{"help", false, a.Roster.OnHelp, a.Roster.OnHelp, inPrivate | inGroups | forAdmins},
	}
}

// commandMenu is the menu for one scope: the commands listed in it.
func (b *Bot) commandMenu(m menu) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range b.commands {
		if c.menus&m != 0 || m == 0 {
			out = append(out, tgbotapi.BotCommand{Command: c.name, Description: render.CommandAbout(c.name)})
		}
	}
	return out
}

// command looks a command up by its name.
func (b *Bot) command(name string) (command, bool) {
	for _, c := range b.commands {
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
	isCommand, err := b.app.Roster.Observe(t, m)
	if err != nil || !isCommand || forOther {
		return err
	}
	if ok, err := b.app.Events.Admit(t, m); err != nil || !ok {
		return err
	}
	private := m.Chat.IsPrivate()
	c, ok := b.command(m.Command)
	switch {
	case !ok && (private || addressed(tm)):
		return b.app.Roster.UnknownCommand(t, m)
	case !ok:
		return nil // a command for some other bot in the group
	case private && c.private != nil:
		return c.private(t, m)
	case !private && c.group != nil:
		return c.group(t, m)
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
