package main

import (
	"bytes"
	"errors"
	"testing"
)

// An operator who gives a bad value reads which one, where it came from and
// why it was refused, in the words /settings uses, as plain text.
func TestBadFlagValuesAreExplained(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"schedule", []string{"-ping-schedule", "1h,15m"}, nil,
			`allaboard: bad ping-schedule "1h,15m" (from -ping-schedule): delays must grow, 15m comes after 1h` + "\n"},
		{"zone from the environment", nil, map[string]string{"ALLABOARD_TIMEZONE": "Mars/Olympus"},
			`allaboard: bad timezone "Mars/Olympus" (from ALLABOARD_TIMEZONE): "Mars/Olympus" is not a time zone; use a name like Europe/Berlin or America/New_York` + "\n"},
		{"digest, not escaped", []string{"-digest", "<b>"}, nil,
			`allaboard: bad digest "<b>" (from -digest): can't read "<b>" (expected exactly 5 fields, found 1: [<b>]): give minute hour day-of-month month day-of-week, like 0 19 * * * (every day at 19:00)` + "\n"},
		{"not a setting of groups", []string{"-log-format", "xml"}, nil,
			`allaboard: bad log-format "xml" (from -log-format): want text or json` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			args := append([]string{"-token", "1:x"}, tc.args...)
			_, err := parseConfig(args, func(k string) string { return tc.env[k] }, &stderr)
			if !errors.Is(err, errUsage) {
				t.Errorf("err = %v, want errUsage", err)
			}
			if got := stderr.String(); got != tc.want {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
