package tgerr

import (
	"errors"
	"fmt"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestIsAPIErrorAndErrorCode(t *testing.T) {
	webhook := &tgbotapi.Error{Code: 409, Message: DescWebhookActive}
	tests := []struct {
		name   string
		err    error
		code   int
		prefix string
		is     bool
		got    int // ErrorCode(err)
	}{
		{"any description", webhook, 409, "", true, 409},
		{"by prefix", webhook, 409, "Conflict: can't use getUpdates", true, 409},
		{"wrapped", fmt.Errorf("poll: %w", webhook), 409, DescWebhookActive, true, 409},
		{"another description", &tgbotapi.Error{Code: 409, Message: "Conflict: terminated by other getUpdates request"}, 409, DescWebhookActive, false, 409},
		{"another code", webhook, 400, "", false, 409},
		{"no answer from Telegram", errors.New("connection reset"), 409, "", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsAPIError(tt.err, tt.code, tt.prefix); got != tt.is {
				t.Errorf("IsAPIError(%v, %d, %q) = %v, want %v", tt.err, tt.code, tt.prefix, got, tt.is)
			}
			if got := ErrorCode(tt.err); got != tt.got {
				t.Errorf("ErrorCode(%v) = %d, want %d", tt.err, got, tt.got)
			}
		})
	}
}
