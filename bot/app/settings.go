package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
)

// setters read each of a group's settings (notice.SettingNames), by name,
// as /settings and the operator's flags (SetDefault) give them; operator is
// set for the flags, which may chase more often than a group may. How each
// is shown is notice.SettingValue.
var setters = map[string]func(s *allaboard.Settings, value string, operator bool) error{
	"timezone": func(s *allaboard.Settings, v string, _ bool) error {
		_, err := allaboard.ParseZone(v)
		s.Zone = v
		return err
	},
	"quiet": func(s *allaboard.Settings, v string, _ bool) (err error) {
		s.Quiet, err = allaboard.ParseQuiet(v)
		return err
	},
	"chase": func(s *allaboard.Settings, v string, operator bool) (err error) {
		s.Preset, s.Chase, err = allaboard.ParseChase(v, operator)
		return err
	},
	"reminders": func(s *allaboard.Settings, v string, _ bool) (err error) {
		s.Reminders, err = allaboard.ParseReminders(v)
		return err
	},
	"language": func(s *allaboard.Settings, v string, _ bool) error {
		l, ok := lang.Parse(v)
		if !ok {
			return fmt.Errorf("%w: no language %q", allaboard.ErrBadSetting, v)
		}
		s.Language = l.Code()
		return nil
	},
	"digest": func(s *allaboard.Settings, v string, _ bool) error {
		if strings.EqualFold(strings.TrimSpace(v), notice.SettingOff) {
			s.Digest = ""
			return nil
		}
		cal, err := allaboard.ParseCalendar(v, s.Location())
		s.Digest = cal.String()
		return err
	},
}

// SetDefault sets one of the settings new groups start with, as the
// operator's flags give them: like /settings, except that reminders may be
// closer together than a group may set them.
func SetDefault(s *allaboard.Settings, name, value string) error {
	set, ok := setters[name]
	if !ok {
		return fmt.Errorf("no setting %q", name)
	}
	return set(s, value, true)
}

// Show is /settings in a group: anyone sees its settings. They are the
// rules every member is chased by (quiet hours, pace, time zone), nothing
// private: a parent reminded at 8:00 may look up why.
func (a *Settings) Show(t *turn, group int64) error {
	return t.Tell(group, notice.OfGroup(notice.Settings, group))
}

// ShowOne is /settings <name> in a group: anyone sees one of its settings,
// by name; the group is told when there is no such setting.
func (a *Settings) ShowOne(t *turn, group int64, name string) error {
	if _, ok := setters[name]; !ok {
		return unknownSetting(t, group, name)
	}
	return t.Tell(group, notice.OfGroup(notice.Setting, group, "name", name))
}

// Change is /settings <name> <value> in a group: its admins (by) set one
// of its settings, by name, to a value as typed, and everything pending by
// it is planned anew.
func (a *Settings) Change(t *turn, group, by int64, name, value string) error {
	set, ok := setters[name]
	if !ok {
		return unknownSetting(t, group, name)
	}
	if !mayConfigure(t, group, by) {
		return t.Tell(group, notice.New(notice.SettingsNotAllowed))
	}
	if name == "language" {
		return a.changeGroupLanguage(t, group, value, false)
	}
	cur := a.settings(t.tx, group)
	changed := cur
	changed.Chase, changed.Reminders = slices.Clone(cur.Chase), slices.Clone(cur.Reminders)
	if err := set(&changed, value, false); err != nil {
		if !errors.Is(err, allaboard.ErrBadSetting) {
			return err
		}
		return t.Tell(group, notice.WithProblem(notice.New(notice.SettingRefused, "name", name), err))
	}
	if err := a.changeSettings(t, group, changed); err != nil {
		return err
	}
	return t.Tell(group, settingChanged(name, changed, cur))
}

// mayConfigure reports whether user may change a group's settings: what
// every member is chased by belongs to its admins alone. A host chooses for
// themselves: their event's pace (/edit <n> pace) and their digest time
// (/settings digest in private).
func mayConfigure(t *turn, group, user int64) bool { return t.admin(group, user) }

// unknownSetting tells a group that it has no setting by the name typed.
func unknownSetting(t *turn, group int64, typed string) error {
	return t.Tell(group, notice.New(notice.SettingUnknown, "typed", typed))
}

// settingChanged is the notice that a setting changed from was to now.
func settingChanged(name string, now, was allaboard.Settings) *allaboard.Notice {
	return notice.New(notice.SettingChanged, "name", name,
		"now", notice.SettingValue(now, name), "was", notice.SettingValue(was, name))
}

// changeSettings stores a group's settings and re-plans everything pending
// by them: chase reminders, reminders before events, the digest.
func (a *Settings) changeSettings(t *turn, group int64, s allaboard.Settings) error {
	c, err := t.tx.Chat(group)
	if err != nil {
		return err
	}
	was := a.settings(t.tx, group)
	c.Settings = &s
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	if s.Language != was.Language || s.Zone != was.Zone {
		if err := a.app.Roster.greetAgain(t, group); err != nil {
			return err
		}
	}
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	for _, e := range events {
		if err := a.app.Chase.plan(t, e); err != nil {
			return err
		}
		if err := a.app.Chase.replan(t, e); err != nil {
			return err
		}
	}
	return a.planDigest(t, group)
}

// replan times the next reminder and the hand-off of everyone still chased
// for e anew, by how e is chased now: after a change of its group's
// settings or of its own pace.
func (a *Chase) replan(t *turn, e allaboard.Event) error {
	p, loc := a.policy(t.tx, e), a.zone(t.tx, e.Group)
	responses, err := t.tx.Responses(e.Group, e.Num)
	if err != nil {
		return err
	}
	for _, r := range responses {
		if r.Due.IsZero() {
			continue
		}
		r.Due = p.Next(r, t.now, e.ChaseEnd(r.From), loc)
		if !r.HandedOff {
			r.HandOffAt = p.HandOffAt(r.From, e.ChaseEnd(r.From), loc)
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return a.planHandOff(t, e)
}
