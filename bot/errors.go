package bot

import (
	"errors"
	"strings"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// failure is what an answer from Telegram means for the message that caused it.
type failure struct {
	delivery   allaboard.Delivery // the outcome when the message leaves the outbox
	transient  bool               // keep the message and try again later
	retryAfter time.Duration      // how long Telegram asked us to wait (429)
}

// Descriptions Telegram answers with; matched by prefix as they may grow.
const (
	descNotModified  = "Bad Request: message is not modified"
	descEditNotFound = "Bad Request: message to edit not found"
)

var permanent = []struct {
	code    int
	prefix  string
	outcome allaboard.Outcome
}{
	{403, "Forbidden: bot can't initiate conversation", allaboard.NotStarted},
	{403, "Forbidden: bot was blocked by the user", allaboard.Blocked},
	{403, "Forbidden: user is deactivated", allaboard.Deactivated},
	{403, "Forbidden: bot was kicked", allaboard.Removed},
	{403, "Forbidden: bot is not a member", allaboard.Removed},
	{403, "Forbidden: the group chat was deleted", allaboard.Removed},
	{400, "Bad Request: chat not found", allaboard.ChatNotFound},
	{400, "Bad Request: group chat was upgraded", allaboard.Migrated},
}

// classify turns an error from the library into what the sender should do.
func classify(err error) failure {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		// Network errors, timeouts and garbled answers: Telegram may not even
		// have seen the request.
		return failure{transient: true, delivery: allaboard.Delivery{Detail: err.Error()}}
	}
	d := allaboard.Delivery{Outcome: allaboard.Rejected, Detail: apiErr.Message}
	switch {
	case apiErr.Code == 429:
		wait := time.Duration(apiErr.RetryAfter) * time.Second
		if wait <= 0 {
			wait = time.Second
		}
		return failure{transient: true, retryAfter: wait, delivery: d}
	case apiErr.Code >= 500, apiErr.Code == 401:
		return failure{transient: true, delivery: d}
	case apiErr.MigrateToChatID != 0:
		d.Outcome, d.NewChatID = allaboard.Migrated, apiErr.MigrateToChatID
		return failure{delivery: d}
	}
	for _, p := range permanent {
		if apiErr.Code == p.code && strings.HasPrefix(apiErr.Message, p.prefix) {
			d.Outcome = p.outcome
			break
		}
	}
	return failure{delivery: d}
}

// isAPIError reports whether err is Telegram's answer with this code and
// description prefix.
func isAPIError(err error, code int, prefix string) bool {
	var apiErr *tgbotapi.Error
	return errors.As(err, &apiErr) && apiErr.Code == code && strings.HasPrefix(apiErr.Message, prefix)
}
