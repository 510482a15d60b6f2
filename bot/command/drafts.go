package command

import "allaboard/bot/app"

// Guided creation in a private chat, and households.

func announcePrivately(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Drafts.OnEventPrivate(t, m)
}
func cancelPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Drafts.OnCancelPrivate(t, m)
}
func family(a *app.App, t *app.Turn, m *app.Message) error { return a.Households.OnFamily(t, m) }
func familyPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Households.OnFamilyPrivate(t, m)
}
