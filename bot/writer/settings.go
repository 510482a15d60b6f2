package writer

import (
	"strings"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// A group's settings, shown as they are when sent; a change, as it was made.

func init() {
	kinds[notice.Settings] = settingsAll
	kinds[notice.Setting] = settingsOne
	kinds[notice.SettingUnknown] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.SettingUnknown(l, n.Value("typed"), notice.SettingNames)
	})
	kinds[notice.SettingRefused] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.SettingRefused(l, n.Value("name"), notice.ProblemOf(n))
	})
	kinds[notice.SettingChanged] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.SettingChanged(l, n.Value("name"), n.Value("now"), n.Value("was"))
	})
	kinds[notice.SettingsNotAllowed] = phrase(render.SettingsNotAllowed.In)
	kinds[notice.SettingsUsage] = phrase(render.SettingsUsage.In)
	kinds[notice.ZoneChoices] = zoneChoices
	kinds[notice.ZoneSet] = said(func(_ lang.Lang, n allaboard.Notice) string { return n.Value("zone") })
}

// settingsOfChat are a group's own settings, or the defaults if it has none.
func settingsOfChat(s *state, c allaboard.Chat) allaboard.Settings {
	if c.Settings != nil {
		return *c.Settings
	}
	return s.w.cfg.Defaults
}

// settingsOfGroup are the settings of the group a notice is about, following
// it if it moved.
func settingsOfGroup(s *state, id int64) (allaboard.Settings, error) {
	id, err := allaboard.CurrentGroup(s.tx, id)
	if err != nil {
		return allaboard.Settings{}, err
	}
	c, err := s.chat(id)
	return settingsOfChat(s, c), err
}

// settingsAll shows all of a group's settings.
func settingsAll(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	set, err := settingsOfGroup(s, n.Group)
	if err != nil {
		return m, false, err
	}
	lines := make([]render.SettingLine, len(notice.SettingNames))
	for i, name := range notice.SettingNames {
		lines[i] = render.SettingLine{Name: name, Value: notice.SettingValue(set, name)}
	}
	m.Text = render.Settings(s.lang, lines)
	return m, true, nil
}

// settingsOne shows one of a group's settings, and how to change it.
func settingsOne(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	set, err := settingsOfGroup(s, n.Group)
	if err != nil {
		return m, false, err
	}
	name := n.Value("name")
	m.Text = render.Setting(s.lang, render.SettingLine{Name: name, Value: notice.SettingValue(set, name)})
	return m, true, nil
}

// zoneChoices offers the time zones, three to a row, each button named by
// its zone.
func zoneChoices(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	zones, presses := strings.Split(n.Value("zones"), "\n"), strings.Split(n.Value("presses"), "\n")
	if n.Value("zones") == "" || len(zones) != len(presses) {
		return m, false, nil // not as this version queues them
	}
	m.Text = render.ZoneChoices.In(s.lang)
	for i, z := range zones {
		if i%3 == 0 {
			m.Buttons = append(m.Buttons, nil)
		}
		row := &m.Buttons[len(m.Buttons)-1]
		*row = append(*row, allaboard.Button{Text: z, Data: presses[i]})
	}
	return m, true, nil
}
