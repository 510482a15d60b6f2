package command

import (
	"strings"

	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// Who is in a group, forgetting, help and settings.

func join(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Roster.Join(t, m.Chat.ID, m.From.ID)
}

func members(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Roster.ShowMembers(t, m.Chat.ID, m.From.ID)
}

// membersPrivately is /members in private, where there is no group to list.
func membersPrivately(_ *app.App, t *app.Turn, m *app.Message) error {
	return t.Tell(m.Chat.ID, notice.New(notice.MembersUsage))
}

// forgetMe is /forget in private, which forgets the sender: only "/forget
// me" is asked to confirm.
func forgetMe(a *app.App, t *app.Turn, m *app.Message) error {
	if !forgetsMe(m.Args) {
		return t.Tell(m.Chat.ID, notice.New(notice.ForgetUsage))
	}
	return a.Roster.AskForgetMe(t, m.From.ID)
}

// forgetGroup is /forget in a group, which forgets the group; "/forget me"
// there is pointed to the private chat.
func forgetGroup(a *app.App, t *app.Turn, m *app.Message) error {
	if forgetsMe(m.Args) {
		return a.Roster.ForgetMeInGroup(t, m.Chat.ID)
	}
	return a.Roster.AskForgetGroup(t, m.Chat.ID, m.From.ID)
}

// forgetsMe reports whether /forget's arguments are "me" (in any case).
func forgetsMe(args string) bool { return strings.EqualFold(strings.TrimSpace(args), "me") }

// help is /help anywhere, and /start in a group.
func help(a *app.App, t *app.Turn, m *app.Message) error {
	if m.Chat.IsPrivate() {
		return a.Roster.HelpPrivately(t, m.Chat.ID)
	}
	return a.Roster.Help(t, m.Chat.ID)
}

// settings is /settings in a group: all of them, one by name, or one set to
// a value.
func settings(a *app.App, t *app.Turn, m *app.Message) error {
	name, value := parseSetting(m.Args)
	switch {
	case name == "":
		return a.Settings.Show(t, m.Chat.ID)
	case value == "":
		return a.Settings.ShowOne(t, m.Chat.ID, name)
	}
	return a.Settings.Change(t, m.Chat.ID, m.From.ID, name, value)
}

// parseSetting reads /settings [<name> [<value>]]: the setting's name in
// lower case, and its value as typed, without the spaces around it; "" for
// what is not there.
func parseSetting(args string) (name, value string) {
	name, value, _ = strings.Cut(strings.TrimSpace(args), " ")
	return strings.ToLower(name), strings.TrimSpace(value)
}

// settingsPrivately is /settings in private, where the settings are the
// sender's own: all of them, or the time of their digest set to a value.
// A group's are shown and changed in the group.
func settingsPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	name, value := parseSetting(m.Args)
	switch {
	case name == "" || name == "digest" && value == "":
		return a.Settings.ShowOwn(t, m.From.ID)
	case name == "digest":
		return a.Settings.ChangeOwnDigest(t, m.From.ID, value)
	}
	return t.Tell(m.Chat.ID, notice.New(notice.SettingsUsage))
}
