package bot

import (
	"allaboard/bot/app"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Census asks Telegram how many members a group has and who its admins are;
// the roster timers call it, outside any transaction.
func (b *Bot) Census(group int64) app.Census {
	count, err := b.api.GetChatMembersCount(tgbotapi.ChatMemberCountConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: group}})
	if err != nil {
		d := tgerr.Classify(err).Delivery
		d.Detail = redact(d.Detail, b.cfg.Token)
		return app.Census{Failed: &d}
	}
	admins, err := b.api.GetChatAdministrators(tgbotapi.ChatAdministratorsConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: group}})
	if err != nil {
		b.log.Info("cannot list a group's admins", "chat", group, "err", redact(err.Error(), b.cfg.Token))
		admins = nil
	}
	return app.Census{Members: count, Admins: members(admins)}
}
