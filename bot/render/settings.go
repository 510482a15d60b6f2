package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// SettingLine is one of a group's settings as it stands.
type SettingLine struct{ Name, Value string }

// What each setting is for (the catalogue's words), and an example value,
// by name.
var (
	settingAbout = map[string]string{
		"timezone":  "settings_about_timezone",
		"quiet":     "settings_about_quiet",
		"chase":     "settings_about_chase",
		"reminders": "settings_about_reminders",
		"digest":    "settings_about_digest",
	}
	settingExample = map[string]string{
		"timezone":  "Europe/Berlin",
		"quiet":     "21:00-08:00",
		"chase":     "urgent",
		"reminders": "1d,2h",
		"digest":    "19:00",
	}
)

// about says in l what a setting is for.
func about(l lang.Lang, name string) string {
	id, ok := settingAbout[name]
	if !ok {
		return ""
	}
	return l.T(id, nil)
}

// settingValue shows a setting's value, and what it means in words where
// the value alone doesn't say it. A digest time said in words is shown in
// words only: a parent shouldn't read cron.
func settingValue(l lang.Lang, s SettingLine) string {
	words := valueInWords(l, s)
	if s.Name == "digest" && words != "" {
		return "<b>" + words + "</b>"
	}
	v := "<code>" + Escape(shownValue(l, s.Name, s.Value)) + "</code>"
	if words != "" {
		v += " (" + words + ")"
	}
	return v
}

// shownValue is a setting's value as shown: the time zone by its name.
func shownValue(l lang.Lang, name, value string) string {
	if name == "timezone" {
		return zoneName(l, value)
	}
	return value
}

// zoneName is how a group's time zone is shown: its name, or "" (none
// chosen) as the server's.
func zoneName(l lang.Lang, zone string) string {
	if zone == "" {
		return l.T("settings_server_zone", map[string]any{"Zone": time.Local.String()})
	}
	return zone
}

// digestDays are the days of a digest's cron expression said in words, by
// the message that says them with its time.
var digestDays = map[string]string{
	"*":   "settings_digest_daily",
	"1-5": "settings_digest_weekdays",
	"0":   "settings_digest_sundays",
	"1":   "settings_digest_mondays",
	"6":   "settings_digest_saturdays",
}

// valueInWords says what a value means: "every day at 19:00".
func valueInWords(l lang.Lang, s SettingLine) string {
	switch s.Name {
	case "chase":
		if id, ok := paceWords[allaboard.Preset(s.Value)]; ok {
			return l.T(id, nil)
		}
	case "digest":
		f := strings.Fields(s.Value)
		if len(f) != 5 || f[2] != "*" || f[3] != "*" {
			return ""
		}
		m, err1 := strconv.Atoi(f[0])
		h, err2 := strconv.Atoi(f[1])
		id, ok := digestDays[f[4]]
		if err1 != nil || err2 != nil || !ok {
			return ""
		}
		return l.T(id, map[string]any{"Time": fmt.Sprintf("%02d:%02d", h, m)})
	}
	return ""
}

// paceWords say what each preset does, by their message.
var paceWords = map[allaboard.Preset]string{
	allaboard.Gentle: "settings_pace_gentle",
	allaboard.Normal: "settings_pace_normal",
	allaboard.Urgent: "settings_pace_urgent",
}

// Settings shows a group's settings.
func Settings(l lang.Lang, lines []SettingLine) string {
	var sb strings.Builder
	sb.WriteString(l.T("settings_header", nil) + "\n")
	for _, s := range lines {
		sb.WriteString("\n" + l.T("settings_line", map[string]any{"Name": s.Name, "Value": settingValue(l, s), "About": about(l, s.Name)}) + "\n")
	}
	sb.WriteString("\n" + l.T("settings_footer", nil))
	return sb.String()
}

// Setting shows one setting and how to change it.
func Setting(l lang.Lang, s SettingLine) string {
	return l.T("settings_one", map[string]any{"Name": s.Name, "Value": settingValue(l, s), "About": about(l, s.Name),
		"Example": Escape(settingExample[s.Name])})
}

// SettingChanged confirms a change.
func SettingChanged(l lang.Lang, name, now, was string) string {
	return l.T("settings_changed", map[string]any{"Name": name, "Value": settingValue(l, SettingLine{Name: name, Value: now}),
		"Was": Escape(shownValue(l, name, was))})
}

// SettingRefused explains a value that can't be used: err, as Problem
// explains it.
func SettingRefused(l lang.Lang, name string, err error) string {
	return l.T("settings_refused", map[string]any{"Name": name, "Why": Problem(l, err), "Example": Escape(settingExample[name])})
}

// SettingUnknown answers a setting that doesn't exist, naming those that do
// as they are typed.
func SettingUnknown(l lang.Lang, name string, names []string) string {
	return l.T("settings_unknown", map[string]any{"Typed": Escape(Clip(name, 40)), "Names": "<code>" + strings.Join(names, "</code>, <code>") + "</code>"})
}

// Texts about settings.
const (
	SettingsNotAllowed Phrase = "settings_not_allowed"
	SettingsUsage      Phrase = "settings_usage"
	// ZoneChoices asks which time zone the group is in.
	ZoneChoices Phrase = "settings_zone_choices"
)

// ZoneAssumed tells a group which time zone (its Settings.Zone) its times
// are read and shown in, when nobody chose it, and how to change it.
func ZoneAssumed(l lang.Lang, zone string, now time.Time) string {
	return l.T("settings_zone_assumed", map[string]any{"Zone": Escape(zoneName(l, zone)), "Now": l.Time(now)})
}

// ChangeZone shows the time zones to choose from.
func ChangeZone(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("settings_change_zone", nil), Data: data}}
}
