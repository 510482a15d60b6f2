// Package tgerr knows Telegram's error answers: their codes and
// descriptions, and what each means for the message or request that got it.
// The adapter and the sender both ask it; neither keeps its own list.
package tgerr

import (
	"errors"
	"strings"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Descriptions Telegram answers with; matched by prefix as they may grow.
const (
	// DescNotModified answers an edit that changes nothing.
	DescNotModified = "Bad Request: message is not modified"
	// DescEditNotFound answers an edit of a message that is gone.
	DescEditNotFound = "Bad Request: message to edit not found"
	// DescCantEdit answers an edit of a message that may no longer be edited.
	DescCantEdit = "Bad Request: message can't be edited"
	// DescWebhookActive answers getUpdates while a webhook is set.
	DescWebhookActive = "Conflict: can't use getUpdates method while webhook is active"
)

// Failure is what an answer from Telegram means for the message that caused it.
type Failure struct {
	Delivery   allaboard.Delivery // the outcome when the message leaves the outbox
	Transient  bool               // keep the message and try again later
	RetryAfter time.Duration      // how long Telegram asked us to wait (429)
}

// IsAPIError reports whether err is Telegram's answer with this code and
// description prefix ("" matches any).
func IsAPIError(err error, code int, prefix string) bool {
	var apiErr *tgbotapi.Error
	return errors.As(err, &apiErr) && apiErr.Code == code && strings.HasPrefix(apiErr.Message, prefix)
}

// ErrorCode is the error code of Telegram's answer in err, or 0 if Telegram
// did not answer (a network error, a timeout, a garbled answer).
func ErrorCode(err error) int {
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return 0
}
