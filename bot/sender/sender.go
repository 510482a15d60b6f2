// Package sender is the one goroutine that talks to Telegram on the outbox's
// behalf. Messages to one chat go in order; a chat that must wait (rate limit,
// retry_after, back-off after an error) does not hold up the others. When
// more waits than Telegram lets through, replies go first, then news, then
// reminders, then digests, and each class is shared fairly between groups.
package sender

import (
	"context"
	"log/slog"
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
	// OutboxEach passes fn the messages queued after the one with id after,
	// oldest first, one at a time.
	OutboxEach(after uint64, fn func(allaboard.Outgoing) error) error
	// OutboxGet returns the messages with these ids (oldest first) still
	// queued.
	OutboxGet(ids []uint64) ([]allaboard.Outgoing, error)
	OutboxEpoch() uint64
	// RefSum is the message last delivered under (chat, ref), 0 if none, and
	// the sum of what it showed (contentSum; 0 if not known).
	RefSum(chatID int64, ref string) (id int, sum uint64, err error)
	// RecentSends are the requests recorded with deliveries since a time.
	RecentSends(since time.Time) ([]allaboard.Send, error)
	CompleteAll(done []allaboard.Completion, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error
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
	Prepare Prepare // writes messages whose words wait; nil sends them as they are
}

// Prepare writes a message whose words wait until it is sent (Written), from
// the state then. It returns the message to send — in parts, if it is too
// long for one — or ok false to send nothing; absorbed are the ids of later
// messages it took in, which leave the outbox unsent: later are all those
// queued for m's chat after m. An error means the state could not be read:
// the message is tried again later.
type Prepare func(m allaboard.Outgoing, later []allaboard.Outgoing) (out []allaboard.Outgoing, absorbed []uint64, ok bool, err error)

// Where the bot may send hundreds of messages a second (Telegram's paid
// broadcasts), deliveries are recorded in batches, one write to disk for
// many messages: at most maxBatch, held at most maxHold. A crash in between
// sends those again after the restart; a failed write is tried again, and
// never sends them again.
const (
	maxBatch = 64
	maxHold  = 50 * time.Millisecond
	// batchAbove is the overall rate, in messages a second, above which
	// deliveries are batched. At Telegram's usual 30 a second a write per
	// message costs nothing, and a crash sends again only the one in flight:
	// batched, it sent a whole burst again (six welcomes at once).
	batchAbove = 100
)

// recordBatch is how many deliveries the sender records in one write under
// limits l.
func recordBatch(l Limits) int {
	if g := l.Global; g.N > 0 && g.Per > 0 && float64(g.N)/g.Per.Seconds() <= batchAbove {
		return 1
	}
	return maxBatch
}

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
	queue     []allaboard.Outgoing // held in full, oldest first (window.go)
	waiting   []head               // the rest of the outbox, oldest first
	last      uint64               // the newest message read
	epoch     uint64               // the store's, when the outbox was read whole
	keyOf     map[uint64]wkey      // held message → its window key
	held      map[wkey]int         // held messages per window key
	low       map[wkey]int         // keys with messages waiting: refill once fewer are held
	capped    map[int64]bool       // chats with messages waiting for want of room: refill once one of theirs goes
	refillDue bool
	refills   int // how many, for tests
	perKey    int // window sizes: perKey and perChat, unless a test says otherwise
	perChat   int
	retryAt   map[int64]time.Time             // chat → not before
	failures  map[int64]int                   // chat → transient failures in a row
	noEdit    map[uint64]bool                 // message whose edit target is gone: send anew (EditOnly: not at all); learn forgets the target
	parts     map[uint64][]allaboard.Outgoing // a long message's parts still to send
	served    map[int64]uint64                // fair key → when it was last served, by count
	turns     uint64                          // messages sent so far, the clock of served
	done      []sent                          // delivered, not yet recorded
	refs      map[refKey]kept                 // done's refs, until recorded (refs.go)
	deleted   map[msgKey]bool                 // done's deleted messages, until recorded
	edited    map[refKey]time.Time            // status card → when it was last sent
	batch     int                             // deliveries recorded at once, at most: maxBatch
	holdAll   time.Time                       // after a failed record: nothing sent or recorded before this
	requested time.Time                       // when Telegram answered the last request
	stale     bool                            // the queue kept may be wrong: read it all again
	slot      map[int64]int                   // pick's: chat → its candidate in cands
	cands     []candidate                     // pick's: one per chat
}

// sent is a delivery waiting to be recorded, with the message as it went.
type sent struct {
	m         allaboard.Outgoing
	d         allaboard.Delivery
	ref       refChange // what it tells of the messages under refs
	at        time.Time // taken out of the queue
	requested time.Time // Telegram answered its request; zero for none
}

type refKey struct {
	chat int64
	ref  string
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
		retryAt: map[int64]time.Time{}, failures: map[int64]int{}, noEdit: map[uint64]bool{}, parts: map[uint64][]allaboard.Outgoing{},
		served: map[int64]uint64{}, refs: map[refKey]kept{}, deleted: map[msgKey]bool{}, edited: map[refKey]time.Time{}, batch: recordBatch(c.Limits), slot: map[int64]int{},
		keyOf: map[uint64]wkey{}, held: map[wkey]int{}, perKey: perKey, perChat: perChat,
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
// It holds only what is due next (window.go) and reads only what was queued
// since, unless the store changed queued messages (a group moved or
// forgotten).
func (s *Sender) Run(ctx context.Context) {
	defer s.flush()
	s.recall()
	reload, draining := true, false
	s.stale = true
	for {
		if reload || s.refillDue {
			if err := s.look(reload); err != nil {
				s.log.Error("cannot read the outbox", "err", err)
				reload, s.stale = true, true
				if !sleep(ctx, s.backoff.Max) {
					return
				}
				continue
			}
			reload = false
		}
		if draining && len(s.queue) == 0 && len(s.waiting) == 0 {
			return
		}
		select {
		case <-s.wake: // a reply may have come while a backlog is sent
			reload = true
			continue
		default:
		}
		now := s.now()
		i, wait := s.pick(s.queue, now)
		if len(s.done) > 0 && (i < 0 || now.Sub(s.done[0].at) >= maxHold) && !now.Before(s.holdAll) {
			s.flush()
			reload = s.stale
			continue // the write took time: look again from then
		}
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
		m := s.queue[i]
		later, err := s.later(m)
		if err != nil {
			s.log.Error("cannot read the outbox; will retry", "chat", m.ChatID, "err", err)
			s.retryAt[m.ChatID] = now.Add(s.backoff.Delay(1))
			continue
		}
		s.remove(s.attempt(m, later))
		if len(s.done) >= s.batch {
			s.flush()
		}
	}
}

// look reads what was queued since the last read (read), or the whole
// outbox if what is kept may be stale, and refills the window if due.
func (s *Sender) look(read bool) error {
	if read {
		if !s.now().Before(s.holdAll) {
			s.flush() // what is read must not include what was sent
		}
		sent := s.unrecorded() // nor what was sent and is still to be recorded
		if e := s.box.OutboxEpoch(); s.stale || e != s.epoch {
			s.queue, s.waiting, s.last, s.epoch, s.stale = nil, nil, 0, e, false
			clear(s.keyOf)
			clear(s.held)
			s.refillDue = true
		}
		var more []head
		err := s.box.OutboxEach(s.last, func(m allaboard.Outgoing) error {
			if !sent[m.ID] {
				more = append(more, headOf(m))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(more) > 0 {
			s.dropSuperseded(more)
			s.last = more[len(more)-1].id
			if ok, err := s.admitNew(more); err != nil || !ok {
				s.waiting, s.refillDue = append(s.waiting, more...), true
			}
		}
	}
	if !s.refillDue {
		return nil
	}
	return s.refill()
}

// recall fills the limiter with the requests of the last minute before a
// restart: Telegram still counts them.
func (s *Sender) recall() {
	sends, err := s.box.RecentSends(s.now().Add(-s.limits.span()))
	if err != nil {
		s.log.Error("cannot read the last minute's sends; pausing a minute to keep Telegram's limits", "err", err)
		s.holdAll = s.now().Add(s.limits.span())
		return
	}
	for _, r := range sends {
		s.limits.record(r.Chat, r.At)
	}
}

// flush records the deliveries made so far in one transaction. If that
// fails, Telegram has the messages but the outbox still holds them: they
// are kept, with what they tell of refs, to be recorded after a pause, and
// never sent again meanwhile (look leaves them out).
func (s *Sender) flush() {
	if len(s.done) == 0 {
		return
	}
	batch := make([]allaboard.Completion, len(s.done))
	as := make(map[uint64]sent, len(s.done))
	for i, d := range s.done {
		batch[i] = allaboard.Completion{ID: d.m.ID, Delivery: d.d, Sent: d.requested}
		as[d.m.ID] = d
	}
	// What comes after delivery sees each message as it was sent.
	after := func(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		if err := record(tx, as[m.ID].m, as[m.ID].ref); err != nil || s.after == nil {
			return err
		}
		return s.after(tx, as[m.ID].m, d)
	}
	if err := s.box.CompleteAll(batch, after); err != nil {
		s.log.Error("cannot record deliveries; will try again", "messages", len(batch), "err", err)
		s.holdAll = s.now().Add(s.backoff.Max)
		return
	}
	s.done, s.refs, s.deleted = s.done[:0], map[refKey]kept{}, map[msgKey]bool{}
}

// unrecorded are the ids of the messages delivered and not yet recorded,
// nil if none.
func (s *Sender) unrecorded() map[uint64]bool {
	if len(s.done) == 0 {
		return nil
	}
	ids := make(map[uint64]bool, len(s.done))
	for _, d := range s.done {
		ids[d.m.ID] = true
	}
	return ids
}

// drained returns the drain channel until draining has been noticed.
func (s *Sender) drained(draining bool) <-chan struct{} {
	if draining {
		return nil
	}
	return s.drain
}

// forgetPast drops the retry state of chats with nothing queued whose wait
// is over, the status cards edited long enough ago, and the turns of groups
// with nothing queued once they are many, so that a bot that met many chats
// does not keep them all.
func (s *Sender) forgetPast(queue []allaboard.Outgoing, now time.Time) {
	for chat, t := range s.retryAt {
		if _, ok := s.slot[chat]; !ok && !t.After(now) {
			delete(s.retryAt, chat)
			delete(s.failures, chat)
		}
	}
	for k, t := range s.edited {
		if !t.Add(s.limits.limits.Status).After(now) {
			delete(s.edited, k)
		}
	}
	if len(s.served) > 2*len(s.slot)+100 {
		keys := make(map[int64]bool, len(s.slot))
		for _, m := range queue {
			keys[m.Fair()] = true
		}
		for _, h := range s.waiting {
			keys[h.fair] = true
		}
		for k := range s.served {
			if !keys[k] {
				delete(s.served, k)
			}
		}
	}
}
