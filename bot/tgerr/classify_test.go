package tgerr

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

func TestClassifyOp(t *testing.T) {
	apiErr := func(code int, desc string, retryAfter int) error {
		return &tgbotapi.Error{Code: code, Message: desc, ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: retryAfter}}
	}
	tests := []struct {
		name      string
		err       error
		outcome   allaboard.Outcome
		transient bool
	}{
		{"no right to pin", apiErr(400, "Bad Request: not enough rights to manage pinned messages in the chat", 0), allaboard.NoRight, false},
		{"no right to pin, older wording", apiErr(400, "Bad Request: not enough rights to pin a message", 0), allaboard.NoRight, false},
		{"not an admin", apiErr(400, "Bad Request: CHAT_ADMIN_REQUIRED", 0), allaboard.NoRight, false},
		{"can't delete", apiErr(400, "Bad Request: message can't be deleted", 0), allaboard.NoRight, false},
		{"deleted already", apiErr(400, "Bad Request: message to delete not found", 0), allaboard.Dropped, false},
		{"pin gone", apiErr(400, "Bad Request: message to pin not found", 0), allaboard.Dropped, false},
		{"unpin gone", apiErr(400, "Bad Request: message to unpin not found", 0), allaboard.Dropped, false},
		{"flood", apiErr(429, "Too Many Requests: retry after 2", 2), 0, true},
		{"server", apiErr(500, "Internal Server Error", 0), 0, true},
		{"network", &url.Error{Op: "Post", URL: "x", Err: errors.New("timeout")}, 0, true},
		{"kicked", apiErr(403, "Forbidden: bot was kicked from the group chat", 0), allaboard.Removed, false},
		{"a 403 that looks like a rights answer is not one", apiErr(403, "Bad Request: not enough rights", 0), allaboard.Rejected, false},
		{"anything else is refused", apiErr(400, "Bad Request: MESSAGE_ID_INVALID", 0), allaboard.Rejected, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ClassifyOp(tt.err)
			if f.Transient != tt.transient {
				t.Fatalf("transient = %v, want %v", f.Transient, tt.transient)
			}
			if !tt.transient && f.Delivery.Outcome != tt.outcome {
				t.Fatalf("outcome = %v, want %v", f.Delivery.Outcome, tt.outcome)
			}
		})
	}
	// Sending a message without the right is a real refusal, not a quiet one.
	if f := Classify(apiErr(400, "Bad Request: not enough rights to send text messages to the chat", 0)); f.Delivery.Outcome != allaboard.Rejected {
		t.Errorf("a message refused for rights: outcome %v, want rejected", f.Delivery.Outcome)
	}
}
