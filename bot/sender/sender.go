// Package sender is the one goroutine that talks to Telegram on the outbox's
// behalf. Messages to one chat go in order; a chat that must wait (rate limit,
// retry_after, back-off after an error) does not hold up the others.
package sender

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// API is what the sender needs of Telegram; *tgbotapi.BotAPI has it.
type API interface {
	Send(c tgbotapi.Chattable) (tgbotapi.Message, error)
	Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error)
}

// Outbox is what the sender needs of the store.
type Outbox interface {
	Outbox() ([]allaboard.Outgoing, error)
	RefMessage(chatID int64, ref string) (int, error)
	Complete(id uint64, d allaboard.Delivery, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error
}

// AfterDelivery acts on a message's outcome in the transaction that takes it
// out of the outbox.
type AfterDelivery func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error

// Config is what a Sender sends through and how it paces itself.
type Config struct {
	API     API
	Outbox  Outbox
	Limits  Limits        // zero rates do not limit
	Backoff Backoff       // after transient errors
	After   AfterDelivery // may be nil
	Log     *slog.Logger  // nil means slog.Default()
	Now     func() time.Time
	Prepare Prepare // writes Late messages; nil sends them as they are
}

// Prepare writes a Late message when its turn comes, from the state then. It
// returns the message to send, or ok false to send nothing; absorbed are the
// ids of later messages it took in, which leave the outbox unsent. An error
// means the state could not be read: the message is tried again later.
type Prepare func(m allaboard.Outgoing, later []allaboard.Outgoing) (out allaboard.Outgoing, absorbed []uint64, ok bool, err error)

// Sender sends the outbox. Run it in one goroutine; Wake and Drain may be
// called from any.
type Sender struct {
	api     API
	box     Outbox
	limits  *limiter
	backoff Backoff
	after   AfterDelivery
	prepare Prepare
	log     *slog.Logger
	now     func() time.Time

	wake      chan struct{} // something was enqueued
	drain     chan struct{} // closed: return once the outbox is empty
	drainOnce sync.Once

	// Used by Run's goroutine only.
	retryAt  map[int64]time.Time // chat → not before
	failures map[int64]int       // chat → transient failures in a row
	noEdit   map[uint64]bool     // message whose edit target is gone: send anew
}

// New returns a sender ready to Run.
func New(c Config) *Sender {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	return &Sender{
		api: c.API, box: c.Outbox, limits: newLimiter(c.Limits), backoff: c.Backoff, after: c.After, prepare: c.Prepare, log: c.Log, now: c.Now,
		wake: make(chan struct{}, 1), drain: make(chan struct{}),
		retryAt: map[int64]time.Time{}, failures: map[int64]int{}, noEdit: map[uint64]bool{},
	}
}

// Wake tells the sender that the outbox has new messages.
func (s *Sender) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Drain asks Run to return once the outbox is empty.
func (s *Sender) Drain() {
	s.drainOnce.Do(func() { close(s.drain) })
}

// Run sends until ctx is done, or until Drain was called and nothing is left.
func (s *Sender) Run(ctx context.Context) {
	var queue []allaboard.Outgoing
	reload, draining := true, false
	for {
		if reload {
			q, err := s.box.Outbox()
			if err != nil {
				s.log.Error("cannot read the outbox", "err", err)
				if !Sleep(ctx, s.backoff.Max) {
					return
				}
				continue
			}
			queue, reload = q, false
		}
		if draining && len(queue) == 0 {
			return
		}
		now := s.now()
		i, wait := s.pick(queue, now)
		if i < 0 {
			timer := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				timer.Stop()
				return
			case <-s.wake:
				reload = true
			case <-s.drained(draining):
				draining = true
			case <-timer.C:
			}
			timer.Stop()
			continue
		}
		queue = without(queue, s.attempt(queue[i], queue[i+1:]))
	}
}

// drained returns the drain channel until draining has been noticed.
func (s *Sender) drained(draining bool) <-chan struct{} {
	if draining {
		return nil
	}
	return s.drain
}

// forgetPast drops the retry state of chats with nothing queued whose wait
// is over, so a bot that met many failing chats does not keep them all.
func (s *Sender) forgetPast(queued map[int64]int, now time.Time) {
	for chat, t := range s.retryAt {
		if _, ok := queued[chat]; !ok && !t.After(now) {
			delete(s.retryAt, chat)
			delete(s.failures, chat)
		}
	}
}

// without returns queue less the messages with the given ids.
func without(queue []allaboard.Outgoing, gone []uint64) []allaboard.Outgoing {
	if len(gone) == 0 {
		return queue
	}
	return slices.DeleteFunc(queue, func(m allaboard.Outgoing) bool { return slices.Contains(gone, m.ID) })
}

// pick returns the index of the first message that may go now, or -1 and how
// long to wait for one. Each chat has one candidate: its oldest urgent
// message, or else its oldest.
func (s *Sender) pick(queue []allaboard.Outgoing, now time.Time) (int, time.Duration) {
	wait := time.Hour
	first := map[int64]int{} // chat → its candidate's index
	var chats []int64        // in the order of their oldest messages
	for i, m := range queue {
		j, seen := first[m.ChatID]
		switch {
		case !seen:
			first[m.ChatID] = i
			chats = append(chats, m.ChatID)
		case m.Urgent && !queue[j].Urgent:
			first[m.ChatID] = i
		}
	}
	s.forgetPast(first, now)
	for _, chat := range chats {
		i := first[chat]
		t := later(s.retryAt[chat], s.limits.next(chat, now))
		if !t.After(now) {
			return i, 0
		}
		wait = min(wait, t.Sub(now))
	}
	return -1, wait
}
