package sender

import (
	"errors"
	"net/url"
	"testing"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestClassify(t *testing.T) {
	apiErr := func(code int, desc string, p tgbotapi.ResponseParameters) error {
		return &tgbotapi.Error{Code: code, Message: desc, ResponseParameters: p}
	}
	tests := []struct {
		name      string
		err       error
		outcome   allaboard.Outcome
		transient bool
		wait      time.Duration
		newChat   int64
	}{
		{"flood", apiErr(429, "Too Many Requests: retry after 7", tgbotapi.ResponseParameters{RetryAfter: 7}), 0, true, 7 * time.Second, 0},
		{"server", apiErr(502, "Bad Gateway", tgbotapi.ResponseParameters{}), 0, true, 0, 0},
		{"network", &url.Error{Op: "Post", URL: "x", Err: errors.New("connection reset")}, 0, true, 0, 0},
		{"never started", apiErr(403, "Forbidden: bot can't initiate conversation with a user", tgbotapi.ResponseParameters{}), allaboard.NotStarted, false, 0, 0},
		{"blocked", apiErr(403, "Forbidden: bot was blocked by the user", tgbotapi.ResponseParameters{}), allaboard.Blocked, false, 0, 0},
		{"deactivated", apiErr(403, "Forbidden: user is deactivated", tgbotapi.ResponseParameters{}), allaboard.Deactivated, false, 0, 0},
		{"kicked", apiErr(403, "Forbidden: bot was kicked from the supergroup chat", tgbotapi.ResponseParameters{}), allaboard.Removed, false, 0, 0},
		{"chat not found", apiErr(400, "Bad Request: chat not found", tgbotapi.ResponseParameters{}), allaboard.ChatNotFound, false, 0, 0},
		{"migrated", apiErr(400, "Bad Request: group chat was upgraded to a supergroup chat", tgbotapi.ResponseParameters{MigrateToChatID: -1001234}), allaboard.Migrated, false, 0, -1001234},
		{"bad html", apiErr(400, "Bad Request: can't parse entities: unsupported start tag", tgbotapi.ResponseParameters{}), allaboard.Rejected, false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Classify(tt.err)
			if f.Transient != tt.transient || f.RetryAfter != tt.wait {
				t.Fatalf("transient=%v wait=%v, want %v %v", f.Transient, f.RetryAfter, tt.transient, tt.wait)
			}
			if !tt.transient && f.Delivery.Outcome != tt.outcome {
				t.Fatalf("outcome = %v, want %v", f.Delivery.Outcome, tt.outcome)
			}
			if f.Delivery.NewChatID != tt.newChat {
				t.Fatalf("new chat = %d, want %d", f.Delivery.NewChatID, tt.newChat)
			}
		})
	}
}
