package bot

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// apply handles one batch of updates in one transaction, then answers the
// button presses in it. If a handler fails, the whole batch is rolled back
// and applied again one update per transaction, so that the failing update
// changes nothing (it is recorded as applied, with an apology to whoever
// sent it) and the others are applied as usual.
func (b *Bot) apply(updates []tgbotapi.Update) error {
	updates, err := b.skipMalformed(updates)
	if err != nil || len(updates) == 0 {
		return err
	}
	admins := b.prefetchAdmins(updates)
	isAdmin := func(chat, user int64) bool { return admins[adminKey{chat, user}] }
	now := b.cfg.Now()
	answers, err := b.applyAll(updates, now, isAdmin)
	var failed *handlerError
	if !errors.As(err, &failed) {
		if err == nil {
			b.answer(answers)
		}
		return err
	}
	if len(updates) > 1 {
		b.log.Warn("an update failed; applying its batch one update at a time", "update", failed.id)
	}
	for i := range updates {
		answers, err := b.applyAll(updates[i:i+1], now, isAdmin)
		if errors.As(err, &failed) {
			b.cfg.Observe.HandlerFailed()
			b.log.Error("cannot handle an update; skipped, nothing it did is kept", "update", failed.id, "err", failed.err)
			answers, err = b.skip(&updates[i], now)
		}
		if err != nil {
			return err
		}
		b.answer(answers)
	}
	return nil
}

// skipMalformed records the updates that lack what the Bot API always
// gives as applied, without handling them, and returns the others. Telegram
// never sends such updates, but a faulty server might; handled, they would
// crash the bot and, redelivered, crash it again.
func (b *Bot) skipMalformed(updates []tgbotapi.Update) ([]tgbotapi.Update, error) {
	var bad []int
	good := updates[:0:0]
	for _, u := range updates {
		if wellFormed(&u) {
			good = append(good, u)
		} else {
			bad = append(bad, u.UpdateID)
		}
	}
	if len(bad) == 0 {
		return updates, nil
	}
	b.log.Warn("skipped malformed updates", "updates", bad)
	err := b.store.ApplyUpdates(bad, b.cfg.Now(), func(allaboard.Tx, []int) error { return nil })
	return good, err
}

// wellFormed reports whether u has what the Bot API always gives: a
// message's chat and, outside channels, its sender; a leading command
// entity within the text; a press's sender, and its message's chat.
func wellFormed(u *tgbotapi.Update) bool {
	if m := u.Message; m != nil {
		if m.Chat == nil || m.From == nil && m.Chat.Type != "channel" {
			return false
		}
		if len(m.Entities) > 0 && m.Entities[0].Offset == 0 && m.Entities[0].IsCommand() &&
			(m.Entities[0].Length < 1 || m.Entities[0].Length > len(m.Text)) {
			return false
		}
	}
	if q := u.CallbackQuery; q != nil && (q.From == nil || q.Message != nil && q.Message.Chat == nil) {
		return false
	}
	return true
}

// handlerError is a handler's failure, which rolls back its batch.
type handlerError struct {
	id  int
	err error
}

func (e *handlerError) Error() string { return e.err.Error() }

// applyAll applies updates in one transaction, which a failing handler
// rolls back, and returns the answers to the button presses among them.
func (b *Bot) applyAll(updates []tgbotapi.Update, now time.Time, isAdmin func(chat, user int64) bool) ([]app.Answer, error) {
	ids := make([]int, len(updates))
	byID := make(map[int]*tgbotapi.Update, len(updates))
	for i := range updates {
		ids[i] = updates[i].UpdateID
		byID[ids[i]] = &updates[i]
	}
	var answers []app.Answer
	applied := 0
	err := b.store.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
		answers, applied = answers[:0], len(fresh)
		for _, id := range fresh {
			t := app.NewTurn(tx, now, isAdmin)
			t.By(origin(byID[id]))
			if err := b.handle(t, byID[id]); err != nil {
				return &handlerError{id, err}
			}
			answers = append(answers, t.Answers()...)
		}
		return nil
	})
	if err == nil {
		b.cfg.Observe.Applied(applied)
	}
	return answers, err
}

// skip records u as applied without anything it would have done, and tells
// whoever sent it (a command or a press) that it did not work.
func (b *Bot) skip(u *tgbotapi.Update, now time.Time) ([]app.Answer, error) {
	var answers []app.Answer
	err := b.store.ApplyUpdates([]int{u.UpdateID}, now, func(tx allaboard.Tx, _ []int) error {
		t := app.NewTurn(tx, now, nil)
		t.By(origin(u))
		switch {
		case u.CallbackQuery != nil:
			_, to := origin(u)
			answers = append(answers, app.Answer{PressID: u.CallbackQuery.ID, Notice: notice.New(notice.Failed), To: to, ShowAlert: true})
		case u.Message != nil && u.Message.IsCommand() && u.Message.Chat != nil:
			return b.app.Roster.Failed(t, u.Message.Chat.ID)
		}
		return nil
	})
	return answers, err
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

// handle applies one update. A panic is a failure like any other.
func (b *Bot) handle(t *app.Turn, u *tgbotapi.Update) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "update", u.UpdateID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	switch {
	case u.Message != nil:
		return b.onMessage(t, u.Message)
	case u.CallbackQuery != nil:
		return b.app.Cards.OnPress(t, press(u.CallbackQuery))
	case u.MyChatMember != nil:
		return b.app.Roster.OnMyChatMember(t, memberUpdate(u.MyChatMember))
	case u.ChatMember != nil:
		return b.app.Roster.OnChatMember(t, memberUpdate(u.ChatMember))
	}
	return nil
}
