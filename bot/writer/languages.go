package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

func init() {
	kinds[notice.LanguageMenu] = languageMenu
	kinds[notice.LanguageChosen] = phrase(render.LanguageChosen)
	kinds[notice.GroupLanguageChosen] = phrase(render.GroupLanguageChosen)
	kinds[notice.LanguageUnknown] = said(func(l lang.Lang, n allaboard.Notice) string { return render.LanguageUnknown(l, n.Value("typed")) })
	kinds[notice.LanguageNotAllowed] = phrase(render.LanguageNotAllowed)
}

// languageMenu offers the languages, the one now in use marked.
func languageMenu(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = render.LanguageMenu(s.lang, n.Group != 0)
	m.Buttons = render.LanguageButtons(s.lang, notice.Items(n, "press"))
	return m, true, nil
}
