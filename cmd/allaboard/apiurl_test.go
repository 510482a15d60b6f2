package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// A Bot API address with credentials in it (a proxy's user and password)
// is used, but never shown in the log.
func TestAPIURLCredentialsNeverAppearInOutput(t *testing.T) {
	for _, tc := range []struct {
		name string
		url  string
	}{
		{"connection refused", "http://127.0.0.1:1"},
		{"unreachable fake", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := tc.url
			if url == "" {
				tg := telegramtest.New(telegramtest.Options{})
				defer tg.Close()
				tg.Unreachable(true)
				url = tg.URL()
			}
			url = strings.Replace(url, "://", "://proxyuser:hunter2@", 1)
			var out syncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			args := []string{"-token", "1:token", "-api-url", url, "-db", t.TempDir() + "/a.db", "-log-level", "debug"}
			run(ctx, args, func(string) string { return "" }, &out, &out)
			if !strings.Contains(out.String(), "cannot reach Telegram") {
				t.Errorf("no word about the failure:\n%s", out.String())
			}
			for _, secret := range []string{"hunter2", "proxyuser"} {
				if strings.Contains(out.String(), secret) {
					t.Errorf("%s leaked:\n%s", secret, out.String())
				}
			}
		})
	}
}
