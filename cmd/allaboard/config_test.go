package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		{"metrics address without a port", nil, map[string]string{"ALLABOARD_METRICS_ADDR": "localhost"},
			`allaboard: bad metrics-addr "localhost" (from ALLABOARD_METRICS_ADDR): want host:port, e.g. 127.0.0.1:9090 or :9090` + "\n"},
		{"Bot API address, not echoed", []string{"-api-url", "proxy:hunter2@10.0.0.1"}, nil,
			`allaboard: bad api-url "…" (from -api-url): want an http or https address, e.g. https://api.telegram.org` + "\n"},
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

// The token can come from a file, so that it doesn't show in ps; given twice
// it is refused.
func TestTokenFromAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(path, []byte("123:abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	c, err := parseConfig([]string{"-token-file", path}, func(string) string { return "" }, &stderr)
	if err != nil || c.Token != "123:abc" {
		t.Fatalf("token from the file = %q, %v (%s)", c.Token, err, stderr.String())
	}
	stderr.Reset()
	if _, err := parseConfig([]string{"-token", "1:x", "-token-file", path}, func(string) string { return "" }, &stderr); !errors.Is(err, errUsage) || !strings.Contains(stderr.String(), "not both") {
		t.Errorf("a token given twice: err %v, %q", err, stderr.String())
	}
	stderr.Reset()
	if _, err := parseConfig([]string{"-token-file", path + ".missing"}, func(string) string { return "" }, &stderr); !errors.Is(err, errUsage) || !strings.Contains(stderr.String(), "can't read it") {
		t.Errorf("a missing file: err %v, %q", err, stderr.String())
	}
}

// Retention is days, a duration or off, and never less than a day.
func TestRetentionSetting(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  string
		want time.Duration
		bad  string // what the refusal says
	}{
		{"default", nil, "", 180 * 24 * time.Hour, ""},
		{"days", []string{"-retention", "30d"}, "", 30 * 24 * time.Hour, ""},
		{"a duration", []string{"-retention", "36h"}, "", 36 * time.Hour, ""},
		{"from the environment", nil, "400d", 400 * 24 * time.Hour, ""},
		{"the flag wins", []string{"-retention", "off"}, "30d", 0, ""},
		{"less than a day", []string{"-retention", "12h"}, "", 0, "at least a day"},
		{"no days", []string{"-retention", "0d"}, "", 0, "at least a day"},
		{"negative", []string{"-retention", "-5d"}, "", 0, "at least a day"},
		{"a fraction of days", []string{"-retention", "1.5d"}, "", 0, "at least a day"},
		{"centuries", []string{"-retention", "99999999d"}, "", 0, "at most 100 years"},
		{"words", []string{"-retention", "forever"}, "", 0, "at least a day"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			env := map[string]string{"ALLABOARD_RETENTION": tc.env}
			c, err := parseConfig(append([]string{"-token", "1:x"}, tc.args...), func(k string) string { return env[k] }, &stderr)
			if tc.bad != "" {
				if !errors.Is(err, errUsage) || !strings.Contains(stderr.String(), "bad retention") || !strings.Contains(stderr.String(), tc.bad) {
					t.Errorf("err %v, stderr %q; want the value refused", err, stderr.String())
				}
				return
			}
			if err != nil || c.Retention != tc.want {
				t.Errorf("retention %v, %v (%s); want %v", c.Retention, err, stderr.String(), tc.want)
			}
		})
	}
}
