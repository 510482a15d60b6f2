package command

import (
	"strings"
	"unicode"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// bring is /bring <n> <items> in a group: a host puts items on event n's
// sign-up list ("cake, juice, drivers x2"), or takes them off ("-cake").
func bring(a *app.App, t *app.Turn, m *app.Message) error {
	args := strings.TrimSpace(m.Args)
	first, rest := args, ""
	if i := strings.IndexFunc(args, unicode.IsSpace); i >= 0 {
		first, rest = args[:i], args[i:]
	}
	num, ok := parseNumber(first)
	if !ok || strings.TrimSpace(rest) == "" {
		return t.Tell(m.Chat.ID, notice.New(notice.BringUsage))
	}
	edit, err := allaboard.ParseBring(rest)
	if err != nil {
		return t.Tell(m.Chat.ID, notice.WithProblem(notice.New(notice.BringProblem), err))
	}
	return a.Bring.Edit(t, m.Chat.ID, m.From.ID, num, edit)
}
