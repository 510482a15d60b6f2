package notice

import (
	"strings"

	"allaboard"
)

// Kinds about a group's settings.
const (
	// Settings shows all of Group's settings, as they are when sent.
	Settings = "settings"
	// Setting shows one of Group's settings, "name", and how to change it.
	Setting = "setting"
	// SettingUnknown answers a setting that doesn't exist: "typed".
	SettingUnknown = "setting_unknown"
	// SettingRefused explains a value that can't be used for "name": the
	// problem's values (WithProblem).
	SettingRefused = "setting_refused"
	// SettingChanged confirms a change of "name" from "was" to "now", the
	// values as SettingValue shows them.
	SettingChanged = "setting_changed"
	// SettingsNotAllowed: only admins and hosts change settings.
	SettingsNotAllowed = "settings_not_allowed"
	// SettingsUsage is /settings in private.
	SettingsUsage = "settings_usage"
	// ZoneChoices offers the time zones: "zones", their names, and
	// "presses", their buttons' data, one a line, in the same order.
	ZoneChoices = "zone_choices"
	// ZoneSet answers the choice of a time zone: "zone".
	ZoneSet = "zone_set"
)

// SettingNames are a group's settings, in the order they are shown.
var SettingNames = []string{"language", "timezone", "quiet", "chase", "reminders", "digest"}

// SettingOff is how a setting that can be turned off is shown, and turned off.
const SettingOff Choice = "off"

// SettingValue is one of s's settings, by name, as /settings takes it; ""
// for a setting there is no such, and for the time zone when none was
// chosen (bot/render names the server's).
func SettingValue(s allaboard.Settings, name string) string {
	switch name {
	case "timezone":
		return s.Zone
	case "quiet":
		return s.Quiet.String()
	case "chase":
		switch {
		case s.Preset != "":
			return string(s.Preset)
		case len(s.Chase) == 0: // the default
			return allaboard.FormatSchedule(allaboard.DefaultPolicy.Schedule)
		}
		return allaboard.FormatSchedule(s.Chase)
	case "reminders":
		return allaboard.FormatReminders(s.Reminders)
	case "language":
		if s.Language == "" {
			return "en"
		}
		return s.Language
	case "digest":
		if s.Digest == "" {
			return SettingOff
		}
		return s.Digest
	}
	return ""
}

// Lines joins values one a line, as ZoneChoices takes them.
func Lines(values []string) string { return strings.Join(values, "\n") }
