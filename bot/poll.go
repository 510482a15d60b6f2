package bot

import (
	"context"
	"fmt"
	"time"

	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates is sent with every poll: the library would otherwise send
// "null", and chat_member updates come only when asked for.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "my_chat_member", "chat_member"}

// poll fetches updates until ctx is done. Each batch is applied and recorded in
// one transaction before it is confirmed to Telegram by the next poll's offset.
func (b *Bot) poll(ctx context.Context) error {
	api := withContext(b.api, ctx, b.client)
	offset, failures := 0, 0
	for ctx.Err() == nil {
		updates, err := api.GetUpdates(tgbotapi.UpdateConfig{
			Offset:         offset,
			Limit:          100,
			Timeout:        int(b.cfg.PollTimeout / time.Second),
			AllowedUpdates: allowedUpdates,
		})
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			b.cfg.Observe.TelegramError(tgerr.ErrorCode(err))
			failures++
			if tgerr.IsAPIError(err, 401, "") {
				return ErrUnauthorized
			}
			sleep(ctx, b.pollWait(err, failures))
			continue
		}
		failures = 0
		b.cfg.Observe.Polled()
		if len(updates) == 0 {
			// Everything before offset is confirmed now. Polling from the
			// start again copes with Telegram picking a random, possibly
			// lower, update id after a week of silence.
			offset = 0
			continue
		}
		if err := b.apply(updates); err != nil {
			return fmt.Errorf("apply updates %d..%d: %w", updates[0].UpdateID, updates[len(updates)-1].UpdateID, err)
		}
		offset = maxUpdateID(updates) + 1
	}
	return nil
}

// pollWait logs a failed poll and returns how long to wait before the next.
func (b *Bot) pollWait(err error, failures int) time.Duration {
	switch {
	case tgerr.IsAPIError(err, 429, ""):
		return tgerr.Classify(err).RetryAfter
	case tgerr.IsAPIError(err, 409, tgerr.DescWebhookActive):
		b.log.Error("a webhook is set for this bot, so it cannot poll for updates. " +
			"Remove it by opening https://api.telegram.org/bot<your token>/deleteWebhook once, then the bot carries on by itself")
		return b.cfg.Backoff.Max
	case tgerr.IsAPIError(err, 409, ""):
		b.log.Error("another program is polling Telegram with this bot token: only one allaboard may run per bot. " +
			"Stop the other one (or create a separate bot with @BotFather)")
		return b.cfg.Backoff.Max
	}
	wait := b.cfg.Backoff.Delay(failures)
	b.log.Warn("polling Telegram failed; retrying", "in", wait.Round(time.Millisecond), "err", redact(err.Error(), b.cfg.Token))
	return wait
}

func maxUpdateID(us []tgbotapi.Update) int {
	m := us[0].UpdateID
	for _, u := range us[1:] {
		m = max(m, u.UpdateID)
	}
	return m
}

// sleep waits d or until ctx is done, and reports whether d passed. The
// sender keeps its own: five lines are not worth a package, nor a place in
// the sender's API.
func sleep(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}
