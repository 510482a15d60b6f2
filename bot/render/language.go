package render

import (
	"strings"

	"allaboard"
	"allaboard/bot/lang"
)

// LanguageMenu asks which language to write in: to the reader, or in their
// group (group).
func LanguageMenu(l lang.Lang, group bool) string {
	if group {
		return l.T("language_menu_group", nil)
	}
	return l.T("language_menu", nil)
}

// LanguageButtons are the languages, each by its own name, three a row, the
// current one marked; presses are their data in the order of lang.All().
func LanguageButtons(current lang.Lang, presses []string) [][]allaboard.Button {
	var rows [][]allaboard.Button
	for i, l := range lang.All() {
		if i >= len(presses) {
			break
		}
		name := l.Name()
		if l == current {
			name = "✅ " + name
		}
		if i%3 == 0 {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], allaboard.Button{Text: name, Data: presses[i]})
	}
	return rows
}

// LanguageChosen confirms the reader's new language, in it.
func LanguageChosen(l lang.Lang) string { return l.T("language_chosen", nil) }

// GroupLanguageChosen confirms a group's new language, in it.
func GroupLanguageChosen(l lang.Lang) string { return l.T("language_group_chosen", nil) }

// LanguageUnknown refuses a language the bot doesn't speak, naming those it
// does.
func LanguageUnknown(l lang.Lang, typed string) string {
	names := make([]string, 0, len(lang.All()))
	for _, o := range lang.All() {
		names = append(names, o.Name()+" ("+o.Code()+")")
	}
	return l.T("language_unknown", map[string]any{"Typed": Escape(Clip(typed, 30)), "Names": strings.Join(names, ", ")})
}

// LanguageNotAllowed answers a member who may not change the group's language.
func LanguageNotAllowed(l lang.Lang) string { return l.T("language_not_allowed", nil) }

// GroupLanguageNamed tells a group, in the welcome, which language the bot
// writes in there, in it.
func GroupLanguageNamed(l lang.Lang) string {
	return l.T("language_group_named", nil)
}

// ChangeLanguage is the welcome's button that shows the group's language menu.
func ChangeLanguage(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("language_change_button", nil), Data: data}}
}
