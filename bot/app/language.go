package app

import (
	"slices"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// A member reads the bot in the language they choose (/language in
// private); a group's messages are in the group's language (/settings
// language, or /language in the group), which its admins choose.
// Until someone chooses, bot/writer guesses from Telegram's language_code.

// AskLanguage is /language without a language: a menu of the languages, for
// user's own messages, or in a group (group < 0) for the group's.
func (a *Settings) AskLanguage(t *turn, chat, user int64) error {
	var group int64
	if chat < 0 {
		group = chat
	}
	presses := make([]string, 0, len(lang.All()))
	for _, l := range lang.All() {
		presses = append(presses, wire.LanguagePress{Group: group, Code: l.Code()}.Encode())
	}
	n := notice.WithItems(&allaboard.Notice{Kind: notice.LanguageMenu, Group: group, User: user}, "press", presses)
	if group != 0 {
		return t.enqueue(allaboard.Outgoing{ChatID: chat, Notice: n, Ref: allaboard.LanguageRef, Fresh: true})
	}
	return t.Tell(chat, n)
}

// ChooseLanguage is /language <language> in private: user's messages are in
// it from now on. A language the bot doesn't speak is refused, saying which
// it does.
func (a *Settings) ChooseLanguage(t *turn, user int64, typed string) error {
	l, ok := lang.Parse(typed)
	if !ok {
		return t.Tell(user, notice.New(notice.LanguageUnknown, "typed", typed))
	}
	if err := updateUser(t.tx, user, func(u *allaboard.User) { u.Language = l.Code() }); err != nil {
		return err
	}
	return t.Tell(user, &allaboard.Notice{Kind: notice.LanguageChosen, User: user})
}

// changeGroupLanguage is /settings language <language> in a group, by one
// allowed to change its settings.
func (a *Settings) changeGroupLanguage(t *turn, group int64, typed string, pressed bool) error {
	l, ok := lang.Parse(typed)
	if !ok {
		return t.Tell(group, notice.New(notice.LanguageUnknown, "typed", typed))
	}
	cur := a.settings(t.tx, group)
	changed := cur
	changed.Chase, changed.Reminders = slices.Clone(cur.Chase), slices.Clone(cur.Reminders)
	changed.Language = l.Code()
	if err := a.changeSettings(t, group, changed); err != nil {
		return err
	}
	// A menu pressed becomes the answer, with no buttons left in the old
	// language; a typed command gets its answer below.
	return t.enqueue(allaboard.Outgoing{ChatID: group, Notice: notice.OfGroup(notice.GroupLanguageChosen, group), Ref: allaboard.LanguageRef, Fresh: !pressed})
}

// onLanguagePress is a press on a language menu: the presser's own
// language, or the group's if they are its admin; or, on the
// welcome's 🌐 button, a request for the group's menu.
func (a *Settings) onLanguagePress(t *turn, q *Press) error {
	p, ok := wire.ParseLanguagePress(q.Data)
	l, known := lang.Parse(p.Code)
	menu := ok && p.Group != 0 && p.Code == ""
	if !menu && (!ok || !known || p.Code != l.Code()) {
		t.answer(q, notice.New(notice.StaleButton)) // made up: only the codes offered come as buttons
		return nil
	}
	if p.Group == 0 {
		t.answer(q, nil)
		return a.ChooseLanguage(t, q.From.ID, p.Code)
	}
	group, err := allaboard.CurrentGroup(t.tx, p.Group)
	if err != nil {
		return err
	}
	if !mayConfigure(t, group, q.From.ID) {
		t.answer(q, notice.New(notice.LanguageNotAllowed))
		return nil
	}
	t.answer(q, nil)
	if menu {
		return a.AskLanguage(t, group, q.From.ID)
	}
	return a.changeGroupLanguage(t, group, p.Code, true)
}
