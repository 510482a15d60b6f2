package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/scheduler"
)

// setting is one of a group's settings as /settings shows and changes it.
type setting struct {
	name, about, example string
	show                 func(allaboard.Settings) string
	set                  func(s *allaboard.Settings, value string) error
}

var groupSettings = []setting{
	{"timezone", "all times are shown and read in it", "Europe/Berlin",
		func(s allaboard.Settings) string { return s.ZoneName() },
		func(s *allaboard.Settings, v string) error {
			_, err := allaboard.ParseZone(v)
			s.Zone = v
			return err
		}},
	{"quiet", "no reminders in these hours", "21:00-08:00",
		func(s allaboard.Settings) string { return s.Quiet.String() },
		func(s *allaboard.Settings, v string) (err error) {
			s.Quiet, err = allaboard.ParseQuiet(v)
			return err
		}},
	{"chase", "when whoever hasn't confirmed is reminded, after each change; the last step repeats", "0,15m,1h,4h,24h",
		func(s allaboard.Settings) string { return allaboard.FormatSchedule(s.Chase) },
		func(s *allaboard.Settings, v string) (err error) {
			s.Chase, err = allaboard.ParseGroupSchedule(v)
			return err
		}},
	{"reminders", "how long before each event those going, maybe going or not confirmed are reminded", "1d,2h",
		func(s allaboard.Settings) string { return allaboard.FormatReminders(s.Reminders) },
		func(s *allaboard.Settings, v string) (err error) {
			s.Reminders, err = allaboard.ParseReminders(v)
			return err
		}},
	{"digest", "when hosts get their daily digest: minute hour day month weekday", "0 19 * * *",
		func(s allaboard.Settings) string { return cmp(s.Digest, "off") },
		func(s *allaboard.Settings, v string) error {
			if strings.EqualFold(v, "off") {
				s.Digest = ""
				return nil
			}
			cal, err := scheduler.ParseCalendar(v, s.Location())
			s.Digest = cal.String()
			return err
		}},
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
func (a *App) OnSettings(t *turn, m *Message) error {
	group := m.Chat.ID
	args := strings.TrimSpace(m.CommandArguments())
	if args == "" {
		return t.send(group, a.settingsText(t, group))
	}
	name, value, _ := strings.Cut(args, " ")
	name, value = strings.ToLower(name), strings.TrimSpace(value)
	i := slices.IndexFunc(groupSettings, func(s setting) bool { return s.name == name })
	if i < 0 {
		return t.send(group, fmt.Sprintf(render.SettingUnknown, render.Escape(render.Clip(name, 40)), settingNames()))
	}
	st := groupSettings[i]
	cur := a.settings(t.tx, group)
	if value == "" {
		return t.send(group, fmt.Sprintf(render.SettingShow, st.name, render.Escape(st.show(cur)), st.about, st.name, render.Escape(st.example)))
	}
	if ok, err := mayManage(t, group, m.From.ID); err != nil || !ok {
		if err != nil {
			return err
		}
		return t.send(group, render.SettingsNotAllowed)
	}
	changed := cur
	changed.Chase, changed.Reminders = slices.Clone(cur.Chase), slices.Clone(cur.Reminders)
	if err := st.set(&changed, value); err != nil {
		if !errors.Is(err, allaboard.ErrBadSetting) {
			return err
		}
		why := strings.TrimPrefix(err.Error(), allaboard.ErrBadSetting.Error()+": ")
		return t.send(group, fmt.Sprintf(render.SettingBad, st.name, render.Escape(why), st.name, render.Escape(st.example)))
	}
	if err := a.changeSettings(t, group, changed); err != nil {
		return err
	}
	return t.send(group, fmt.Sprintf(render.SettingChanged, st.name, render.Escape(st.show(changed)), render.Escape(st.show(cur))))
}

// changeSettings stores a group's settings and re-plans everything pending
// by them: chase reminders, reminders before events, the digest.
func (a *App) changeSettings(t *turn, group int64, s allaboard.Settings) error {
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
		if err := a.plan(t, e); err != nil {
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
			if err := t.tx.SaveResponse(r); err != nil {
				return err
			}
		}
	}
	return a.planDigest(t, group)
}

func (a *App) settingsText(t *turn, group int64) string {
	s := a.settings(t.tx, group)
	var sb strings.Builder
	sb.WriteString(render.SettingsHeader + "\n")
	for _, st := range groupSettings {
		fmt.Fprintf(&sb, "\n<b>%s</b>: <code>%s</code>\n<i>%s</i>\n", st.name, render.Escape(st.show(s)), st.about)
	}
	sb.WriteString("\n" + render.SettingsHowTo)
	return sb.String()
}

func settingNames() string {
	var names []string
	for _, s := range groupSettings {
		names = append(names, s.name)
	}
	return strings.Join(names, ", ")
}

// OnSettingsPrivate is /settings in private, where there is no group.
func (a *App) OnSettingsPrivate(t *turn, m *Message) error {
	return t.send(m.Chat.ID, render.SettingsUsage)
}
