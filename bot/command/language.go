package command

import (
	"strings"

	"allaboard/bot/app"
)

// chooseLanguage is /language [<language>] in private: the language of the
// sender's own messages, as typed ("de", "Deutsch") or from a menu.
func chooseLanguage(a *app.App, t *app.Turn, m *app.Message) error {
	if typed := strings.TrimSpace(m.Args); typed != "" {
		return a.Settings.ChooseLanguage(t, m.From.ID, typed)
	}
	return a.Settings.AskLanguage(t, m.Chat.ID, m.From.ID)
}

// groupLanguage is /language [<language>] in a group: the group's language,
// as /settings language sets it.
func groupLanguage(a *app.App, t *app.Turn, m *app.Message) error {
	if typed := strings.TrimSpace(m.Args); typed != "" {
		return a.Settings.Change(t, m.Chat.ID, m.From.ID, "language", typed)
	}
	return a.Settings.AskLanguage(t, m.Chat.ID, m.From.ID)
}
