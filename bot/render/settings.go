package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
)

// SettingLine is one of a group's settings as it stands.
type SettingLine struct{ Name, Value string }

// What each setting is for, and an example value, by name.
var (
	settingAbout = map[string]string{
		"timezone":  "all times are shown and read in it",
		"quiet":     "no reminders in these hours",
		"chase":     "how hard whoever hasn't confirmed is chased: gentle, normal or urgent",
		"reminders": "how long before each event those going, maybe going or not confirmed are reminded",
		"digest":    "when hosts get their digest: a time of day",
	}
	settingExample = map[string]string{
		"timezone":  "Europe/Berlin",
		"quiet":     "21:00-08:00",
		"chase":     "urgent",
		"reminders": "1d,2h",
		"digest":    "19:00",
	}
)

// settingValue shows a setting's value, and what it means in words where
// the value alone doesn't say it. A digest time said in words is shown in
// words only: a parent shouldn't read cron.
func settingValue(l SettingLine) string {
	words := valueInWords(l)
	if l.Name == "digest" && words != "" {
		return "<b>" + words + "</b>"
	}
	v := "<code>" + Escape(shownValue(l.Name, l.Value)) + "</code>"
	if words != "" {
		v += " (" + words + ")"
	}
	return v
}

// shownValue is a setting's value as shown: the time zone by its name.
func shownValue(name, value string) string {
	if name == "timezone" {
		return zoneName(value)
	}
	return value
}

// zoneName is how a group's time zone is shown: its name, or "" (none
// chosen) as the server's.
func zoneName(zone string) string {
	if zone == "" {
		return "the server's (" + time.Local.String() + ")"
	}
	return zone
}

// valueInWords says what a value means: "every day at 19:00".
func valueInWords(l SettingLine) string {
	switch l.Name {
	case "chase":
		return paceWords[allaboard.Preset(l.Value)]
	case "digest":
		f := strings.Fields(l.Value)
		if len(f) != 5 || f[2] != "*" || f[3] != "*" {
			return ""
		}
		m, err1 := strconv.Atoi(f[0])
		h, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return ""
		}
		days := map[string]string{"*": "every day", "1-5": "on weekdays", "0": "on Sundays", "1": "on Mondays", "6": "on Saturdays"}[f[4]]
		if days == "" {
			return ""
		}
		return fmt.Sprintf("%s at %02d:%02d", days, h, m)
	}
	return ""
}

// paceWords say what each preset does.
var paceWords = map[allaboard.Preset]string{
	allaboard.Gentle: "reminders twice as far apart as normal; the host is told whom to call after a quarter of the time left",
	allaboard.Normal: "reminders follow the time left before each event; the host is told whom to call after a quarter of it",
	allaboard.Urgent: "reminders twice as often as normal; the host is told whom to call after an eighth of the time left",
}

// Settings shows a group's settings.
func Settings(lines []SettingLine) string {
	var sb strings.Builder
	sb.WriteString("⚙️ <b>Settings</b> of this group\n")
	for _, l := range lines {
		fmt.Fprintf(&sb, "\n<b>%s</b>: %s\n<i>%s</i>\n", l.Name, settingValue(l), settingAbout[l.Name])
	}
	sb.WriteString("\nHosts and admins change one with <code>/settings name value</code>, e.g. <code>/settings timezone Europe/Berlin</code>.")
	return sb.String()
}

// Setting shows one setting and how to change it.
func Setting(l SettingLine) string {
	return fmt.Sprintf("⚙️ <b>%s</b> is %s — %s.\nTo change it: <code>/settings %s %s</code>",
		l.Name, settingValue(l), settingAbout[l.Name], l.Name, Escape(settingExample[l.Name]))
}

// SettingChanged confirms a change.
func SettingChanged(name, now, was string) string {
	return fmt.Sprintf("✅ <b>%s</b> is now %s (was <code>%s</code>). Everything pending follows it.", name, settingValue(SettingLine{Name: name, Value: now}), Escape(shownValue(name, was)))
}

// SettingRefused explains a value that can't be used; why is HTML, as
// Problem writes it.
func SettingRefused(name, why string) string {
	return fmt.Sprintf("⚠️ Nothing changed: for <b>%s</b>, %s\nExample: <code>/settings %s %s</code>", name, why, name, Escape(settingExample[name]))
}

// SettingUnknown answers a setting that doesn't exist.
func SettingUnknown(name string, names []string) string {
	return fmt.Sprintf("⚠️ There's no setting “%s”. The settings are: %s. Send /settings to see them.", Escape(Clip(name, 40)), strings.Join(names, ", "))
}

// Texts about settings.
const (
	SettingsNotAllowed = `🙏 Sorry, only the group's admins and the hosts of its events can change settings. Send /settings to see them.`
	SettingsUsage      = `Send /settings in the group whose settings you want to see or change.`
)

// ZoneAssumed tells a group which time zone (its Settings.Zone) its times
// are read and shown in, when nobody chose it, and how to change it.
func ZoneAssumed(zone string, now time.Time) string {
	return fmt.Sprintf("🕒 I read and show times in <b>%s</b> (it's %s there now). Wrong? Tap below, or send <code>/settings timezone Europe/Berlin</code> with yours.",
		Escape(zoneName(zone)), now.Format("15:04"))
}

// ChangeZone shows the time zones to choose from.
func ChangeZone(data string) []allaboard.Button {
	return []allaboard.Button{{Text: "🕒 Change the time zone", Data: data}}
}

// ZoneChoices asks which time zone the group is in.
const ZoneChoices = "🕒 Which time zone is this group in? (Admins and hosts choose; for any other, send <code>/settings timezone Area/City</code>.)"
