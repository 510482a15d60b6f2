package bot

import (
	"fmt"
	"runtime/debug"

	"allaboard"
	"allaboard/bot/app"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// apply handles one batch of updates in one transaction, then answers the
// button presses in it.
func (b *Bot) apply(updates []tgbotapi.Update) error {
	ids := make([]int, len(updates))
	byID := make(map[int]*tgbotapi.Update, len(updates))
	for i := range updates {
		ids[i] = updates[i].UpdateID
		byID[ids[i]] = &updates[i]
	}
	var answers []app.Answer
	admins := b.prefetchAdmins(updates)
	isAdmin := func(chat, user int64) bool { return admins[adminKey{chat, user}] }
	now := b.cfg.Now()
	err := b.store.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
		answers = answers[:0]
		for _, id := range fresh {
			t := app.NewTurn(tx, now, isAdmin)
			t.By(origin(byID[id]))
			b.handle(t, byID[id])
			answers = append(answers, t.Answers()...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range answers {
		c := tgbotapi.NewCallback(a.PressID, a.Text)
		c.ShowAlert = a.ShowAlert
		if _, err := b.api.Request(c); err != nil {
			// "query is too old" after downtime: what it did is recorded anyway.
			b.log.Info("cannot answer a button press", "err", redact(err.Error(), b.cfg.Token))
		}
	}
	return nil
}

// origin is the chat an update happened in and the user behind it; zero
// where the update does not say.
func origin(u *tgbotapi.Update) (chat, user int64) {
	var c *tgbotapi.Chat
	var from *tgbotapi.User
	switch {
	case u.Message != nil:
		c, from = u.Message.Chat, u.Message.From
	case u.CallbackQuery != nil:
		from = u.CallbackQuery.From
		if u.CallbackQuery.Message != nil {
			c = u.CallbackQuery.Message.Chat
		}
	case u.MyChatMember != nil:
		c, from = &u.MyChatMember.Chat, &u.MyChatMember.From
	case u.ChatMember != nil:
		c, from = &u.ChatMember.Chat, &u.ChatMember.From
	}
	if c != nil {
		chat = c.ID
	}
	if from != nil {
		user = from.ID
	}
	return chat, user
}

// handle applies one update. A failing or panicking handler is logged and
// the update counts as applied: retrying it would fail the same way.
func (b *Bot) handle(t *app.Turn, u *tgbotapi.Update) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "update", u.UpdateID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	var err error
	switch {
	case u.Message != nil:
		err = b.onMessage(t, u.Message)
	case u.CallbackQuery != nil:
		err = b.app.OnPress(t, press(u.CallbackQuery))
	case u.MyChatMember != nil:
		err = b.app.OnMyChatMember(t, memberUpdate(u.MyChatMember))
	case u.ChatMember != nil:
		err = b.app.OnChatMember(t, memberUpdate(u.ChatMember))
	}
	if err != nil {
		b.log.Error("cannot handle an update", "update", u.UpdateID, "err", err)
	}
}
