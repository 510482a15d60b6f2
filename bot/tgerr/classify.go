package tgerr

import (
	"errors"
	"strings"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// permanent are the answers that say why a chat cannot receive messages.
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

// Classify turns an error from the library into what the sender should do.
func Classify(err error) Failure {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		// Network errors, timeouts and garbled answers: Telegram may not even
		// have seen the request.
		return Failure{Transient: true, Delivery: allaboard.Delivery{Detail: err.Error()}}
	}
	d := allaboard.Delivery{Outcome: allaboard.Rejected, Detail: apiErr.Message}
	switch {
	case apiErr.Code == 429:
		wait := time.Duration(apiErr.RetryAfter) * time.Second
		if wait <= 0 {
			wait = time.Second
		}
		return Failure{Transient: true, RetryAfter: wait, Delivery: d}
	case apiErr.Code >= 500, apiErr.Code == 401:
		return Failure{Transient: true, Delivery: d}
	case apiErr.MigrateToChatID != 0:
		d.Outcome, d.NewChatID = allaboard.Migrated, apiErr.MigrateToChatID
		return Failure{Delivery: d}
	}
	for _, p := range permanent {
		if apiErr.Code == p.code && strings.HasPrefix(apiErr.Message, p.prefix) {
			d.Outcome = p.outcome
			break
		}
	}
	return Failure{Delivery: d}
}

// opAnswers are the answers to ops (pin, unpin, delete) that end them
// quietly: the bot lacks the right, or the message is gone. Telegram words
// these a few ways over its versions, hence the short prefixes.
var opAnswers = []struct {
	prefix  string
	outcome allaboard.Outcome
}{
	{"Bad Request: not enough rights", allaboard.NoRight},
	{"Bad Request: CHAT_ADMIN_REQUIRED", allaboard.NoRight},
	{"Bad Request: message can't be deleted", allaboard.NoRight}, // older than 48 hours, or not ours without the right
	{"Bad Request: message to delete not found", allaboard.Dropped},
	{"Bad Request: message to pin not found", allaboard.Dropped},
	{"Bad Request: message to unpin not found", allaboard.Dropped},
	{"Bad Request: message not found", allaboard.Dropped},
}

// ClassifyOp is Classify for the answer to an op, which never fails a
// message: without the right, or with the message gone, there is nothing to
// retry and nobody to tell.
func ClassifyOp(err error) Failure {
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) && apiErr.Code == 400 {
		for _, a := range opAnswers {
			if strings.HasPrefix(apiErr.Message, a.prefix) {
				return Failure{Delivery: allaboard.Delivery{Outcome: a.outcome, Detail: apiErr.Message}}
			}
		}
	}
	return Classify(err)
}
