package command

import (
	"strings"
	"unicode"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// Guided creation in a private chat, and households.

// createPrivately is /event, /announce or /todo in private: guided
// creation, of the kind the command names (/event asks what it is: it is
// where the guided flow starts). With arguments it points to the group.
func createPrivately(kind allaboard.Kind) Handler {
	return func(a *app.App, t *app.Turn, m *app.Message) error {
		switch {
		case strings.TrimSpace(m.Args) != "":
			return a.Roster.GroupOnly(t, m)
		case kind == allaboard.KindNotice || kind == allaboard.KindTodo:
			return a.Drafts.StartKind(t, m.From.ID, kind)
		}
		return a.Drafts.Start(t, m.From.ID, 0)
	}
}

// cancelPrivately is /cancel in private: it leaves guided creation, whatever
// follows it; without a draft, /cancel belongs in the group.
func cancelPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	discarded, err := a.Drafts.Discard(t, m.From.ID)
	if err != nil || discarded {
		return err
	}
	return a.Roster.GroupOnly(t, m)
}

// family is /family in a group: "/family @username" asks that member to be
// one family with the sender, "/family leave" unlinks the sender, "/family"
// alone says who their family is.
func family(a *app.App, t *app.Turn, m *app.Message) error {
	if !byPerson(m) {
		return t.Tell(m.Chat.ID, notice.New(notice.FamilyPostAsSelf))
	}
	wish, username, ok := parseFamily(m.Args)
	switch {
	case !ok:
		return t.Tell(m.Chat.ID, notice.New(notice.FamilyNoName))
	case wish == familyLeave:
		return a.Households.Leave(t, m.Chat.ID, m.From.ID)
	case wish == familyAsk:
		return a.Households.Ask(t, m.Chat.ID, m.From.ID, username)
	}
	return a.Households.Show(t, m.Chat.ID, m.From.ID)
}

// familyPrivately is /family in private: "/family leave" unlinks the sender
// in every group; the rest works in the group.
func familyPrivately(a *app.App, t *app.Turn, m *app.Message) error {
	if wish, _, ok := parseFamily(m.Args); !ok || wish != familyLeave {
		return t.Tell(m.Chat.ID, notice.New(notice.FamilyPrivate))
	}
	return a.Households.LeaveAll(t, m.From.ID)
}

// familyWish is what /family is asked to do.
type familyWish int

// What /family does.
const (
	familyShow  familyWish = iota // "/family": who the sender's family is
	familyLeave                   // "/family leave"
	familyAsk                     // "/family @username"
)

// parseFamily reads /family's arguments: nothing, "leave" (in any case) or
// one @username, which it returns without the "@". ok is false for anything
// else.
func parseFamily(args string) (wish familyWish, username string, ok bool) {
	args = strings.TrimSpace(args)
	switch {
	case args == "":
		return familyShow, "", true
	case strings.EqualFold(args, "leave"):
		return familyLeave, "", true
	}
	name, ok := strings.CutPrefix(args, "@")
	if !ok || name == "" || strings.ContainsFunc(name, func(r rune) bool { return r == '@' || unicode.IsSpace(r) }) {
		return familyShow, "", false
	}
	return familyAsk, name, true
}

// byPerson reports whether m was sent by a person as themselves: not posted
// as the group or a channel, nor forwarded by Telegram from a channel.
func byPerson(m *app.Message) bool {
	return m.From != nil && !m.From.IsBot && m.From.ID != allaboard.TelegramAccount
}
