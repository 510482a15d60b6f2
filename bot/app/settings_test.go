package app_test

import (
	"testing"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// Every setting /settings shows can be set, and a setting set to the value
// it shows stays as it is.
func TestEverySettingShownCanBeSetAsShown(t *testing.T) {
	var s allaboard.Settings
	for name, value := range map[string]string{"timezone": "Europe/Berlin", "quiet": "21:00-08:00",
		"chase": "urgent", "reminders": "1d,2h", "digest": "19:00"} {
		if err := app.SetDefault(&s, name, value); err != nil {
			t.Fatalf("%s %s: %v", name, value, err)
		}
	}
	for _, name := range notice.SettingNames {
		shown := notice.SettingValue(s, name)
		again := s
		if err := app.SetDefault(&again, name, shown); err != nil {
			t.Errorf("%s can't be set to %q, as it is shown: %v", name, shown, err)
		} else if got := notice.SettingValue(again, name); got != shown {
			t.Errorf("%s set to %q shows %q", name, shown, got)
		}
	}
	if err := app.SetDefault(&s, "loudness", "11"); err == nil {
		t.Errorf("a setting that doesn't exist was set")
	}
}
