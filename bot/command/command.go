// Package command is the bot's command table: each command's name, whether
// its answer depends on the sender being an admin, the menus it is listed
// in, and how its arguments are read before a use case is called with
// typed values. It has no Telegram types: the adapter translates a message
// into an app.Message first, and the tests route commands the same way.
package command

import (
	"allaboard"
	"allaboard/bot/app"
)

// Handler reads a command's arguments and carries it out within a turn.
type Handler func(a *app.App, t *app.Turn, m *app.Message) error

// Command is one entry of the table: what it does in a private chat and in a
// group (nil where it does not apply).
type Command struct {
	Name           string
	NeedsAdmin     bool // its answer in a group depends on the sender being an admin there
	Private, Group Handler
	Menus          Menu
}

// Menu is the set of command menus (Telegram's scopes) a command shows in.
type Menu byte

// The menus.
const (
	InPrivate Menu = 1 << iota // private chats
	InGroups                   // groups, for everyone
	ForAdmins                  // groups, for their admins
)

// Table is every command the bot knows; the menus are made from it too.
var Table = []Command{
	{"event", false, createPrivately(allaboard.KindEvent), announce, InPrivate | InGroups | ForAdmins},
	{"announce", false, createPrivately(allaboard.KindNotice), announceNotice, InPrivate | InGroups | ForAdmins},
	{"todo", false, createPrivately(allaboard.KindTodo), announceTodo, InPrivate | InGroups | ForAdmins},
	{"events", false, pending, listEvents, InPrivate | InGroups | ForAdmins},
	{"ack", false, pending, confirm, InPrivate | InGroups | ForAdmins},
	{"edit", true, nil, change, ForAdmins},
	{"cancel", true, cancelPrivately, cancel, ForAdmins},
	{"cohost", true, nil, coHost, ForAdmins},
	{"bring", true, nil, bring, ForAdmins},
	{"status", true, myStatus, status, InPrivate | InGroups | ForAdmins},
	{"history", false, nil, history, InGroups | ForAdmins},
	{"join", false, nil, join, InGroups | ForAdmins},
	{"members", true, membersPrivately, members, ForAdmins},
	{"settings", true, settingsPrivately, settings, InGroups | ForAdmins},
	{"language", true, chooseLanguage, groupLanguage, InPrivate | ForAdmins},
	{"family", false, familyPrivately, family, InPrivate | InGroups | ForAdmins},
	{"forget", true, forgetMe, forgetGroup, InPrivate | ForAdmins},
	{"start", false, start, help, InPrivate},
	{"help", false, help, help, InPrivate | InGroups | ForAdmins},
}

// Find looks a command up by its name.
func Find(name string) (Command, bool) {
	for _, c := range Table {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}
