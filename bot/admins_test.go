package bot

import (
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestTheAdminCacheForgetsWhatIsOutOfDate(t *testing.T) {
	var a admins
	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for i := range maxAdminsSeen {
		a.remember(adminKey{-100, int64(i)}, false, t0)
	}
	a.remember(adminKey{-100, -1}, true, t0.Add(adminTTL))
	if n := len(a.seen); n != 1 {
		t.Errorf("%d entries kept, want only the fresh one", n)
	}
}

func TestAnonymousAdminIsTheGroupItself(t *testing.T) {
	group := &tgbotapi.Chat{ID: -100, Type: "supergroup"}
	channel := &tgbotapi.Chat{ID: -200, Type: "channel"}
	for _, tc := range []struct {
		name string
		m    *tgbotapi.Message
		want bool
	}{
		{"posted as the group", &tgbotapi.Message{Chat: group, SenderChat: group}, true},
		{"posted as a channel", &tgbotapi.Message{Chat: group, SenderChat: channel}, false},
		{"posted by a person", &tgbotapi.Message{Chat: group}, false},
		{"no message", nil, false},
	} {
		if got := anonymousAdmin(tc.m); got != tc.want {
			t.Errorf("%s: anonymousAdmin = %v, want %v", tc.name, got, tc.want)
		}
	}
}
