package sender

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// t0 is the fake clock's time unless a test moves it.
var t0 = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

// testBackoff is the back-off the tests expect: 1 s, then 2 s... with jitter.
var testBackoff = Backoff{Min: time.Second, Max: time.Minute}

// fakeAPI answers the sender's requests from a script and remembers them.
// It is used by one goroutine at a time.
type fakeAPI struct {
	requests []string // what was asked, as describe puts it
	answers  []error  // answer i goes to request i; nil or past the end: success
	lastID   int      // of the last message sent
}

func (a *fakeAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	if err := a.answer(c); err != nil {
		return tgbotapi.Message{}, err
	}
	if e, ok := c.(tgbotapi.EditMessageTextConfig); ok {
		return tgbotapi.Message{MessageID: e.MessageID}, nil
	}
	a.lastID++
	return tgbotapi.Message{MessageID: 100 + a.lastID}, nil
}

func (a *fakeAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	if err := a.answer(c); err != nil {
		return nil, err
	}
	return &tgbotapi.APIResponse{Ok: true}, nil
}

func (a *fakeAPI) answer(c tgbotapi.Chattable) error {
	a.requests = append(a.requests, describe(c))
	if n := len(a.requests) - 1; n < len(a.answers) {
		return a.answers[n]
	}
	return nil
}

// describe names a request in a line a test can compare.
func describe(c tgbotapi.Chattable) string {
	switch c := c.(type) {
	case tgbotapi.MessageConfig:
		return fmt.Sprintf("send %d %q", c.ChatID, c.Text)
	case tgbotapi.EditMessageTextConfig:
		return fmt.Sprintf("edit %d/%d %q", c.ChatID, c.MessageID, c.Text)
	case tgbotapi.LeaveChatConfig:
		return fmt.Sprintf("leave %d", c.ChatID)
	case tgbotapi.PinChatMessageConfig:
		quiet := ""
		if c.DisableNotification {
			quiet = " quietly"
		}
		return fmt.Sprintf("pin %d/%d%s", c.ChatID, c.MessageID, quiet)
	case tgbotapi.UnpinChatMessageConfig:
		return fmt.Sprintf("unpin %d/%d", c.ChatID, c.MessageID)
	case tgbotapi.DeleteMessageConfig:
		return fmt.Sprintf("delete %d/%d", c.ChatID, c.MessageID)
	}
	return fmt.Sprintf("%T", c)
}

// apiError is Telegram's answer as the library returns it.
func apiError(code int, desc string, retryAfter int) error {
	return &tgbotapi.Error{Code: code, Message: desc, ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: retryAfter}}
}

// completed is one call of Complete.
type completed struct {
	id uint64
	d  allaboard.Delivery
}

// fakeOutbox keeps the outbox in memory as the store does: Complete takes a
// message out, records its Ref's message id and runs after with a Tx that
// keeps refs (fakeTx).
type fakeOutbox struct {
	mu    sync.Mutex // for tests that Run the sender
	queue []allaboard.Outgoing
	refs  map[refKey]int
	sums  map[refKey]uint64 // of what the message under a ref shows, if known
	done  []completed
	err   error // CompleteAll fails with this, leaving the messages in
	fails int   // CompleteAll fails this many more times, as with err
	epoch uint64
	// What the sender asked: the id each read began after, and how many
	// messages each CompleteAll recorded.
	reads   []uint64
	batches []int
	sends   []allaboard.Send // recorded with deliveries
}

func (o *fakeOutbox) OutboxEach(after uint64, fn func(allaboard.Outgoing) error) error {
	o.mu.Lock()
	o.reads = append(o.reads, after)
	queue := slices.Clone(o.queue)
	o.mu.Unlock()
	for _, m := range queue {
		if m.ID <= after {
			continue
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return nil
}

func (o *fakeOutbox) OutboxGet(ids []uint64) ([]allaboard.Outgoing, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []allaboard.Outgoing
	for _, id := range ids {
		if i := o.index(id); i >= 0 {
			out = append(out, o.queue[i])
		}
	}
	return out, nil
}

func (o *fakeOutbox) OutboxEpoch() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.epoch
}

// The rest is for tests, safe while the sender runs.

func (o *fakeOutbox) doneCount() []completed {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.done)
}

func (o *fakeOutbox) add(m allaboard.Outgoing) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.queue = append(o.queue, m)
}

// bumpEpoch is the store changing queued messages.
func (o *fakeOutbox) bumpEpoch() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.epoch++
}

func (o *fakeOutbox) stats() (reads []uint64, batches []int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.reads), slices.Clone(o.batches)
}

func (o *fakeOutbox) RefSum(chatID int64, ref string) (int, uint64, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.refs[refKey{chatID, ref}], o.sums[refKey{chatID, ref}], nil
}

// fakeTx is the transaction CompleteAll runs after in: it keeps the refs,
// as the store's does, and has nothing else.
type fakeTx struct {
	allaboard.Tx
	o *fakeOutbox // locked by CompleteAll
}

func (t fakeTx) KeepRef(chat int64, ref string, id int, sum uint64) error {
	k := refKey{chat, ref}
	if id == 0 {
		delete(t.o.refs, k)
		delete(t.o.sums, k)
		return nil
	}
	t.o.refs[k], t.o.sums[k] = id, sum
	return nil
}

func (t fakeTx) ForgetMessage(chat int64, id int) error {
	for k, named := range t.o.refs {
		if k.chat == chat && named == id {
			delete(t.o.refs, k)
			delete(t.o.sums, k)
		}
	}
	return nil
}

func (o *fakeOutbox) CompleteAll(done []allaboard.Completion, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return o.err
	}
	if o.fails > 0 {
		o.fails--
		return errors.New("disk full")
	}
	o.batches = append(o.batches, len(done))
	gone := map[uint64]bool{}
	defer func() { // at once: a backlog's completions one by one would take long
		o.queue = slices.DeleteFunc(o.queue, func(m allaboard.Outgoing) bool { return gone[m.ID] })
	}()
	for _, c := range done {
		i := o.index(c.ID)
		if i < 0 || gone[c.ID] {
			continue
		}
		if !c.Sent.IsZero() {
			o.sends = append(o.sends, allaboard.Send{Chat: o.queue[i].ChatID, At: c.Sent})
		}
		gone[c.ID] = true
		if err := o.complete(o.queue[i], c.Delivery, after); err != nil {
			return err
		}
	}
	return nil
}

// index is where message id is in the queue, -1 if it is not.
func (o *fakeOutbox) index(id uint64) int {
	byID := func(m allaboard.Outgoing, id uint64) int { return cmp.Compare(m.ID, id) }
	if i, ok := slices.BinarySearchFunc(o.queue, id, byID); ok {
		return i
	}
	return slices.IndexFunc(o.queue, func(m allaboard.Outgoing) bool { return m.ID == id }) // a test put it out of order
}

func (o *fakeOutbox) RecentSends(since time.Time) ([]allaboard.Send, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.DeleteFunc(slices.Clone(o.sends), func(r allaboard.Send) bool { return r.At.Before(since) }), nil
}

func (o *fakeOutbox) complete(m allaboard.Outgoing, d allaboard.Delivery, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	o.done = append(o.done, completed{m.ID, d})
	if d.Outcome == allaboard.Delivered && m.IsMessage() && m.Ref != "" && d.MessageID != 0 {
		o.refs[refKey{m.ChatID, m.Ref}] = d.MessageID
	}
	if after != nil {
		return after(fakeTx{o: o}, m, d)
	}
	return nil
}

// harness is a sender wired to fakes, with a clock the test sets.
type harness struct {
	s     *Sender
	api   *fakeAPI
	box   *fakeOutbox
	now   time.Time
	after []allaboard.Delivery // what After was called with
}

func newHarness(tb testing.TB, limits Limits, queue ...allaboard.Outgoing) *harness {
	tb.Helper()
	h := &harness{api: &fakeAPI{}, box: &fakeOutbox{queue: queue, refs: map[refKey]int{}, sums: map[refKey]uint64{}}, now: t0}
	h.s = New(Config{
		API: h.api, Outbox: h.box, Limits: limits, Backoff: testBackoff,
		After: func(_ allaboard.Tx, _ allaboard.Outgoing, d allaboard.Delivery) error {
			h.after = append(h.after, d)
			return nil
		},
		Log: slog.New(slog.DiscardHandler),
		Now: func() time.Time { return h.now },
	})
	return h
}

// msg is a message to chat with a text made from its id.
func msg(id uint64, chat int64) allaboard.Outgoing {
	return allaboard.Outgoing{ID: id, ChatID: chat, Text: fmt.Sprintf("m%d", id)}
}

// card is a status card: a message kept up to date in place under ref.
func card(id uint64, chat int64, ref string) allaboard.Outgoing {
	m := msg(id, chat)
	m.Ref = ref
	return m
}

// op is an op on the message under ref, or on message target if ref is "".
func op(id uint64, chat int64, o allaboard.Op, ref string, target int) allaboard.Outgoing {
	return allaboard.Outgoing{ID: id, ChatID: chat, Op: o, Ref: ref, MessageID: target}
}

// attempt is Sender.attempt with what it delivered recorded at once.
func (h *harness) attempt(m allaboard.Outgoing, later []allaboard.Outgoing) []uint64 {
	gone := h.s.attempt(m, later)
	h.s.flush()
	return gone
}

// completed is Sender.completed, recorded at once.
func (h *harness) completed(m allaboard.Outgoing, d allaboard.Delivery) []uint64 {
	gone := h.s.completed(m, d)
	h.s.flush()
	return gone
}
