package bot

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

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
