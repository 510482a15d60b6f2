package render

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/lang"
)

// A group that chose no time zone is told its times are the server's, in
// every place its zone is shown; a chosen one is shown by its name.
func TestZoneNotChosenIsTheServers(t *testing.T) {
	const server = "the server&#39;s (Local)"
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, got, want string
	}{
		{"settings", Settings(lang.English, []SettingLine{{Name: "timezone"}}), "<b>timezone</b>: <code>" + server + "</code>"},
		{"setting", Setting(lang.English, SettingLine{Name: "timezone"}), "<b>timezone</b> is <code>" + server + "</code>"},
		{"chosen", SettingChanged(lang.English, "timezone", "Europe/Berlin", ""), "is now <code>Europe/Berlin</code> (was <code>" + server + "</code>)"},
		{"unchosen", SettingChanged(lang.English, "timezone", "", "Europe/Berlin"), "is now <code>" + server + "</code> (was <code>Europe/Berlin</code>)"},
		{"assumed", ZoneAssumed(lang.English, "", now), "in <b>" + server + "</b> (it's 10:00 there now)"},
	} {
		if !strings.Contains(tc.got, tc.want) {
			t.Errorf("%s: %q lacks %q", tc.name, tc.got, tc.want)
		}
	}
}

// The digest's time is shown in words, never as cron, unless no words say it.
func TestTheDigestTimeIsShownInWords(t *testing.T) {
	got := Settings(lang.English, []SettingLine{{Name: "digest", Value: "0 19 * * *"}})
	if !strings.Contains(got, "every day at 19:00") || strings.Contains(got, "* *") || strings.Contains(got, "minute hour") {
		t.Errorf("the digest setting reads %q", got)
	}
	if got := Setting(lang.English, SettingLine{Name: "digest", Value: "0 19 1 * *"}); !strings.Contains(got, "0 19 1 * *") {
		t.Errorf("an unusual digest time isn't shown at all: %q", got)
	}
}
