package render

import (
	"fmt"
	"strings"
)

// SettingLine is one of a group's settings as it stands.
type SettingLine struct{ Name, Value string }

// What each setting is for, and an example value, by name.
var (
	settingAbout = map[string]string{
		"timezone":  "all times are shown and read in it",
		"quiet":     "no reminders in these hours",
		"chase":     "when whoever hasn't confirmed is reminded, after each change; the last step repeats",
		"reminders": "how long before each event those going, maybe going or not confirmed are reminded",
		"digest":    "when hosts get their daily digest: minute hour day month weekday",
	}
	settingExample = map[string]string{
		"timezone":  "Europe/Berlin",
		"quiet":     "21:00-08:00",
		"chase":     "0,15m,1h,4h,24h",
		"reminders": "1d,2h",
		"digest":    "0 19 * * *",
	}
)

// Settings shows a group's settings.
func Settings(lines []SettingLine) string {
	var sb strings.Builder
	sb.WriteString("⚙️ <b>Settings</b> of this group\n")
	for _, l := range lines {
		fmt.Fprintf(&sb, "\n<b>%s</b>: <code>%s</code>\n<i>%s</i>\n", l.Name, Escape(l.Value), settingAbout[l.Name])
	}
	sb.WriteString("\nHosts and admins change one with <code>/settings name value</code>, e.g. <code>/settings timezone Europe/Berlin</code>.")
	return sb.String()
}

// Setting shows one setting and how to change it.
func Setting(l SettingLine) string {
	return fmt.Sprintf("⚙️ <b>%s</b> is <code>%s</code> — %s.\nTo change it: <code>/settings %s %s</code>",
		l.Name, Escape(l.Value), settingAbout[l.Name], l.Name, Escape(settingExample[l.Name]))
}

// SettingChanged confirms a change.
func SettingChanged(name, now, was string) string {
	return fmt.Sprintf("✅ <b>%s</b> is now <code>%s</code> (was <code>%s</code>). Everything pending follows it.", name, Escape(now), Escape(was))
}

// SettingRefused explains a value that can't be used; why is HTML, as
// Problem writes it.
func SettingRefused(name, why string) string {
	return fmt.Sprintf("✋ Nothing changed: for <b>%s</b>, %s\nExample: <code>/settings %s %s</code>", name, why, name, Escape(settingExample[name]))
}

// SettingUnknown answers a setting that doesn't exist.
func SettingUnknown(name string, names []string) string {
	return fmt.Sprintf("✋ There's no setting “%s”. The settings are: %s. Send /settings to see them.", Escape(Clip(name, 40)), strings.Join(names, ", "))
}

// Texts about settings.
const (
	SettingsNotAllowed = `🙏 Sorry, only the group's admins and the hosts of its events can change settings. Send /settings to see them.`
	SettingsUsage      = `Send /settings in the group whose settings you want to see or change.`
)
