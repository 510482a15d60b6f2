package bot

import (
	"context"
	"log/slog"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Outbox is what the sender needs of the store.
type Outbox interface {
	Outbox() ([]allaboard.Outgoing, error)
	RefMessage(chatID int64, ref string) (int, error)
	Complete(id uint64, d allaboard.Delivery, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error
}

// AfterDelivery acts on a message's outcome in the transaction that takes it
// out of the outbox.
type AfterDelivery func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error

// sender is the one goroutine that talks to Telegram on the outbox's behalf.
// Messages to one chat go in order; a chat that must wait (rate limit,
// retry_after, back-off after an error) does not hold up the others.
type sender struct {
	api     *tgbotapi.BotAPI
	box     Outbox
	limits  *limiter
	backoff Backoff
	after   AfterDelivery
	log     *slog.Logger

	wake  chan struct{} // something was enqueued
	drain chan struct{} // closed: return once the outbox is empty

	retryAt  map[int64]time.Time // chat → not before
	failures map[int64]int       // chat → transient failures in a row
	noEdit   map[uint64]bool     // message whose edit target is gone: send anew
}

func newSender(api *tgbotapi.BotAPI, box Outbox, l Limits, b Backoff, after AfterDelivery, log *slog.Logger) *sender {
	return &sender{
		api: api, box: box, limits: newLimiter(l), backoff: b, after: after, log: log,
		wake: make(chan struct{}, 1), drain: make(chan struct{}),
		retryAt: map[int64]time.Time{}, failures: map[int64]int{}, noEdit: map[uint64]bool{},
	}
}

// Wake tells the sender that the outbox has new messages.
func (s *sender) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// run sends until ctx is done, or until drain is closed and nothing is left.
func (s *sender) run(ctx context.Context) {
	var queue []allaboard.Outgoing
	reload, draining := true, false
	for {
		if reload {
			q, err := s.box.Outbox()
			if err != nil {
				s.log.Error("cannot read the outbox", "err", err)
				if !sleep(ctx, s.backoff.Max) {
					return
				}
				continue
			}
			queue, reload = q, false
		}
		if draining && len(queue) == 0 {
			return
		}
		now := time.Now()
		i, wait := s.pick(queue, now)
		if i < 0 {
			timer := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				timer.Stop()
				return
			case <-s.wake:
				reload = true
			case <-s.drainOnce(draining):
				draining = true
			case <-timer.C:
			}
			timer.Stop()
			continue
		}
		if s.attempt(queue[i], queue[i+1:]) {
			queue = append(queue[:i], queue[i+1:]...)
		}
	}
}

// drainOnce returns the drain channel until draining has been noticed.
func (s *sender) drainOnce(draining bool) <-chan struct{} {
	if draining {
		return nil
	}
	return s.drain
}

// pick returns the index of the first message that may go now, or -1 and how
// long to wait for one. Only each chat's oldest message is a candidate.
func (s *sender) pick(queue []allaboard.Outgoing, now time.Time) (int, time.Duration) {
	wait := time.Hour
	seen := map[int64]bool{}
	for i, m := range queue {
		if seen[m.ChatID] {
			continue
		}
		seen[m.ChatID] = true
		t := later(s.retryAt[m.ChatID], s.limits.next(m.ChatID, now))
		if !t.After(now) {
			return i, 0
		}
		wait = min(wait, t.Sub(now))
	}
	return -1, wait
}

// attempt sends m and reports whether it left the outbox.
func (s *sender) attempt(m allaboard.Outgoing, later []allaboard.Outgoing) bool {
	if superseded(m, later) {
		return s.complete(m, allaboard.Delivery{Outcome: allaboard.Delivered, Detail: "superseded by a newer version"})
	}
	d, f := s.send(m)
	if f != nil && f.transient {
		s.failures[m.ChatID]++
		wait := f.retryAfter
		if wait == 0 {
			wait = s.backoff.delay(s.failures[m.ChatID])
		}
		s.retryAt[m.ChatID] = time.Now().Add(wait)
		s.log.Warn("will retry a message", "chat", m.ChatID, "in", wait.Round(time.Millisecond), "reason", f.delivery.Detail)
		return false
	}
	delete(s.failures, m.ChatID)
	delete(s.retryAt, m.ChatID)
	if f != nil {
		d = f.delivery
	}
	return s.complete(m, d)
}

func (s *sender) complete(m allaboard.Outgoing, d allaboard.Delivery) bool {
	if err := s.box.Complete(m.ID, d, s.after); err != nil {
		// Telegram has it but we could not record that: it may go twice.
		s.log.Error("cannot record a delivery", "chat", m.ChatID, "err", err)
		s.retryAt[m.ChatID] = time.Now().Add(s.backoff.Max)
		return false
	}
	delete(s.noEdit, m.ID)
	switch {
	case d.Outcome == allaboard.Delivered:
		s.log.Debug("delivered", "chat", m.ChatID, "message", d.MessageID)
	case d.Outcome == allaboard.Rejected:
		s.log.Error("Telegram refused a message", "chat", m.ChatID, "reason", d.Detail)
	default:
		s.log.Info("message not delivered", "chat", m.ChatID, "outcome", d.Outcome, "reason", d.Detail)
	}
	return true
}

// superseded reports whether a later message replaces m in place, so m need
// not be sent at all.
func superseded(m allaboard.Outgoing, later []allaboard.Outgoing) bool {
	if m.Ref == "" || m.Fresh {
		return false
	}
	for _, n := range later {
		if n.ChatID == m.ChatID && n.Ref == m.Ref {
			return true
		}
	}
	return false
}

// send makes one request for m: an edit of its Ref's message if there is one,
// else a new message. A nil failure means it was delivered.
func (s *sender) send(m allaboard.Outgoing) (allaboard.Delivery, *failure) {
	editID := 0
	if m.Ref != "" && !m.Fresh && !s.noEdit[m.ID] {
		id, err := s.box.RefMessage(m.ChatID, m.Ref)
		if err != nil {
			return allaboard.Delivery{}, &failure{transient: true, delivery: allaboard.Delivery{Detail: err.Error()}}
		}
		editID = id
	}
	var c tgbotapi.Chattable = newMessage(m)
	if editID != 0 {
		c = editMessage(m, editID)
	}
	var res tgbotapi.Message
	var err error
	if m.Leave {
		_, err = s.api.Request(tgbotapi.LeaveChatConfig{ChatID: m.ChatID})
	} else {
		res, err = s.api.Send(c)
	}
	s.limits.record(m.ChatID, time.Now())
	switch {
	case err == nil:
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: res.MessageID}, nil
	case editID != 0 && isAPIError(err, 400, descNotModified):
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: editID}, nil
	case editID != 0 && isAPIError(err, 400, descEditNotFound):
		// Someone deleted the card: post it again, paced like any message.
		s.noEdit[m.ID] = true
		return allaboard.Delivery{}, &failure{transient: true, retryAfter: time.Nanosecond, delivery: allaboard.Delivery{Detail: "message to edit is gone; sending it anew"}}
	}
	f := classify(err)
	return f.delivery, &f
}

func newMessage(m allaboard.Outgoing) tgbotapi.MessageConfig {
	c := tgbotapi.NewMessage(m.ChatID, m.Text)
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableWebPagePreview = true
	c.DisableNotification = m.Silent
	if k := keyboard(m.Buttons); k != nil {
		c.ReplyMarkup = *k
	}
	return c
}

func editMessage(m allaboard.Outgoing, id int) tgbotapi.EditMessageTextConfig {
	c := tgbotapi.NewEditMessageText(m.ChatID, id, m.Text)
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableWebPagePreview = true
	c.ReplyMarkup = keyboard(m.Buttons)
	return c
}

func keyboard(rows [][]allaboard.Button) *tgbotapi.InlineKeyboardMarkup {
	if len(rows) == 0 {
		return nil
	}
	k := tgbotapi.InlineKeyboardMarkup{InlineKeyboard: make([][]tgbotapi.InlineKeyboardButton, 0, len(rows))}
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			if b.URL != "" {
				r = append(r, tgbotapi.NewInlineKeyboardButtonURL(b.Text, b.URL))
			} else {
				r = append(r, tgbotapi.NewInlineKeyboardButtonData(b.Text, b.Data))
			}
		}
		k.InlineKeyboard = append(k.InlineKeyboard, r)
	}
	return &k
}
