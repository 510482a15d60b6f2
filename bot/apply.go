package bot

import (
	"fmt"
	"runtime/debug"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// turn is what handlers see while one update is applied: the transaction its
// effects are written in, and the callback answers to make after the commit.
type turn struct {
	tx      allaboard.Tx
	now     time.Time
	answers []tgbotapi.CallbackConfig
	admins  map[adminKey]bool // senders of commands that need it: admin of the group?
}

// admin reports whether user is an admin of chat, as Telegram said just
// before this batch.
func (t *turn) admin(chat, user int64) bool { return t.admins[adminKey{chat, user}] }

// send enqueues an HTML message to a chat; it goes out after the commit.
func (t *turn) send(chatID int64, html string, buttons ...[]allaboard.Button) error {
	return t.enqueue(allaboard.Outgoing{ChatID: chatID, Text: html, Buttons: buttons})
}

// enqueue puts a prepared message in the outbox.
func (t *turn) enqueue(m allaboard.Outgoing) error {
	m.Created = t.now
	return t.tx.Enqueue(m)
}

// answer queues the reply to a button press. Telegram shows a spinner until
// it gets one, so every callback query is answered, exactly once.
func (t *turn) answer(q *tgbotapi.CallbackQuery, text string) {
	t.answers = append(t.answers, tgbotapi.NewCallback(q.ID, text))
}

// apply handles one batch of updates in one transaction, then answers the
// button presses in it.
func (b *Bot) apply(updates []tgbotapi.Update) error {
	ids := make([]int, len(updates))
	byID := make(map[int]*tgbotapi.Update, len(updates))
	for i := range updates {
		ids[i] = updates[i].UpdateID
		byID[ids[i]] = &updates[i]
	}
	var answers []tgbotapi.CallbackConfig
	admins := b.prefetchAdmins(updates)
	now := b.cfg.Now()
	err := b.store.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
		answers = answers[:0]
		for _, id := range fresh {
			t := &turn{tx: tx, now: now, admins: admins}
			b.handle(t, byID[id])
			answers = append(answers, t.answers...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range answers {
		if _, err := b.api.Request(a); err != nil {
			// "query is too old" after downtime: what it did is recorded anyway.
			b.log.Info("cannot answer a button press", "err", redact(err.Error(), b.cfg.Token))
		}
	}
	return nil
}

// handle applies one update. A failing or panicking handler is logged and
// the update counts as applied: retrying it would fail the same way.
func (b *Bot) handle(t *turn, u *tgbotapi.Update) {
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
		err = b.onCallback(t, u.CallbackQuery)
	case u.MyChatMember != nil:
		err = b.onMyChatMember(t, u.MyChatMember)
	case u.ChatMember != nil:
		err = b.onChatMember(t, u.ChatMember)
	}
	if err != nil {
		b.log.Error("cannot handle an update", "update", u.UpdateID, "err", err)
	}
}
