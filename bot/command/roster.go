package command

import "allaboard/bot/app"

// Who is in a group, forgetting, help and settings.

func join(a *app.App, t *app.Turn, m *app.Message) error    { return a.Roster.OnJoin(t, m) }
func members(a *app.App, t *app.Turn, m *app.Message) error { return a.Roster.OnMembers(t, m) }
func membersPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Roster.OnMembersPrivate(t, m)
}
func forgetMe(a *app.App, t *app.Turn, m *app.Message) error    { return a.Roster.OnForgetMe(t, m) }
func forgetGroup(a *app.App, t *app.Turn, m *app.Message) error { return a.Roster.OnForgetGroup(t, m) }
func help(a *app.App, t *app.Turn, m *app.Message) error        { return a.Roster.OnHelp(t, m) }
func settings(a *app.App, t *app.Turn, m *app.Message) error    { return a.Settings.OnSettings(t, m) }
func settingsPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Settings.OnSettingsPrivate(t, m)
}
