package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// setting is one of a group's settings: how it is shown and set. The same
// table serves /settings and the operator's flags (SetDefault).
type setting struct {
	name string
	show func(allaboard.Settings) string
	// set reads a value; operator is set for the flags, which may chase
	// more often than a group may.
	set func(s *allaboard.Settings, value string, operator bool) error
}

var groupSettings = []setting{
	{"timezone", func(s allaboard.Settings) string { return s.ZoneName() },
		func(s *allaboard.Settings, v string, _ bool) error {
			_, err := allaboard.ParseZone(v)
			s.Zone = v
			return err
		}},
	{"quiet", func(s allaboard.Settings) string { return s.Quiet.String() },
		func(s *allaboard.Settings, v string, _ bool) (err error) {
			s.Quiet, err = allaboard.ParseQuiet(v)
			return err
		}},
	{"chase", func(s allaboard.Settings) string {
		if s.Preset != "" {
			return string(s.Preset)
		}
		return allaboard.FormatSchedule(s.Chase)
	},
		func(s *allaboard.Settings, v string, operator bool) (err error) {
			s.Preset, s.Chase, err = allaboard.ParseChase(v, operator)
			return err
		}},
	{"reminders", func(s allaboard.Settings) string { return allaboard.FormatReminders(s.Reminders) },
		func(s *allaboard.Settings, v string, _ bool) (err error) {
			s.Reminders, err = allaboard.ParseReminders(v)
			return err
		}},
	{"digest", func(s allaboard.Settings) string { return cmp(s.Digest, off) },
		func(s *allaboard.Settings, v string, _ bool) error {
			if strings.EqualFold(strings.TrimSpace(v), off) {
				s.Digest = ""
				return nil
			}
			cal, err := allaboard.ParseCalendar(v, s.Location())
			s.Digest = cal.String()
			return err
		}},
}

// off is how a setting that can be turned off is turned off.
const off = "off"

// SetDefault sets one of the settings new groups start with, as the
// operator's flags give them: like /settings, except that reminders may be
// closer together than a group may set them.
func SetDefault(s *allaboard.Settings, name, value string) error {
	i := slices.IndexFunc(groupSettings, func(st setting) bool { return st.name == name })
	if i < 0 {
		return fmt.Errorf("no setting %q", name)
	}
	return groupSettings[i].set(s, value, true)
}

// cmp is s, or otherwise if s is empty.
func cmp(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}

// OnSettings is /settings in a group: anyone sees them, hosts and admins
// change them with /settings <name> <value>.
func (a *Settings) OnSettings(t *turn, m *Message) error {
	group := m.Chat.ID
	args := strings.TrimSpace(m.CommandArguments())
	if args == "" {
		return t.send(group, a.settingsText(t, group))
	}
	name, value, _ := strings.Cut(args, " ")
	name, value = strings.ToLower(name), strings.TrimSpace(value)
	i := slices.IndexFunc(groupSettings, func(s setting) bool { return s.name == name })
	if i < 0 {
		return t.send(group, render.SettingUnknown(name, settingNames()))
	}
	st := groupSettings[i]
	cur := a.settings(t.tx, group)
	if value == "" {
		return t.send(group, render.Setting(render.SettingLine{Name: st.name, Value: st.show(cur)}))
	}
	if ok, err := mayManage(t, group, m.From.ID); err != nil || !ok {
		if err != nil {
			return err
		}
		return t.send(group, render.SettingsNotAllowed)
	}
	changed := cur
	changed.Chase, changed.Reminders = slices.Clone(cur.Chase), slices.Clone(cur.Reminders)
	if err := st.set(&changed, value, false); err != nil {
		if !errors.Is(err, allaboard.ErrBadSetting) {
			return err
		}
		return t.send(group, render.SettingRefused(st.name, render.Problem(err)))
	}
	if err := a.changeSettings(t, group, changed); err != nil {
		return err
	}
	return t.send(group, render.SettingChanged(st.name, st.show(changed), st.show(cur)))
}

// changeSettings stores a group's settings and re-plans everything pending
// by them: chase reminders, reminders before events, the digest.
func (a *Settings) changeSettings(t *turn, group int64, s allaboard.Settings) error {
	c, err := t.tx.Chat(group)
	if err != nil {
		return err
	}
	c.Settings = &s
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	p, loc := s.Policy(a.cfg.HandOff), s.Location()
	for _, e := range events {
		if err := a.app.Chase.plan(t, e); err != nil {
			return err
		}
		responses, err := t.tx.Responses(group, e.Num)
		if err != nil {
			return err
		}
		for _, r := range responses {
			if r.Due.IsZero() {
				continue
			}
			r.Due = p.Next(r, t.now, e.When, loc)
			if !r.HandedOff {
				r.HandOffAt = p.HandOffAt(r.From, e.When, loc)
			}
			if err := t.tx.SaveResponse(r); err != nil {
				return err
			}
		}
		if err := a.app.Chase.planHandOff(t, e); err != nil {
			return err
		}
	}
	return a.planDigest(t, group)
}

func (a *Settings) settingsText(t *turn, group int64) string {
	s := a.settings(t.tx, group)
	var lines []render.SettingLine
	for _, st := range groupSettings {
		lines = append(lines, render.SettingLine{Name: st.name, Value: st.show(s)})
	}
	return render.Settings(lines)
}

func settingNames() []string {
	var names []string
	for _, s := range groupSettings {
		names = append(names, s.name)
	}
	return names
}

// OnSettingsPrivate is /settings in private, where there is no group.
func (a *Settings) OnSettingsPrivate(t *turn, m *Message) error {
	return t.send(m.Chat.ID, render.SettingsUsage)
}
