package sender

import (
	"context"
	"slices"
	"testing"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// classed is a message of a class, for a group's share.
func classed(id uint64, chat int64, c allaboard.Class, group int64) allaboard.Outgoing {
	m := msg(id, chat)
	m.Class, m.For = c, group
	return m
}

// order sends the whole queue by pick and attempt, moving the clock over
// waits, and returns the ids in the order they went.
func (h *harness) order(tb testing.TB) []uint64 {
	tb.Helper()
	var sent []uint64
	for len(h.box.queue) > 0 {
		i, wait := h.s.pick(h.box.queue, h.now)
		if i < 0 {
			if wait >= time.Hour {
				tb.Fatalf("nothing may go, with %d queued", len(h.box.queue))
			}
			h.now = h.now.Add(wait)
			continue
		}
		m := h.box.queue[i]
		sent = append(sent, m.ID)
		h.attempt(m, slices.Clone(h.box.queue[i+1:]))
		h.now = h.now.Add(time.Millisecond)
	}
	return sent
}

func TestRepliesGoFirstThenNewsThenRemindersThenDigests(t *testing.T) {
	queue := []allaboard.Outgoing{
		classed(1, 11, allaboard.ClassDigest, -1),
		classed(2, 12, allaboard.ClassChase, -1),
		classed(3, 13, allaboard.ClassNews, -1),
		classed(4, 14, allaboard.ClassReply, 0),
		classed(5, 15, allaboard.ClassChase, -1),
		classed(6, 16, allaboard.ClassNews, -1),
	}
	h := newHarness(t, Limits{Global: Rate{1, time.Second}}, queue...)
	if got, want := h.order(t), []uint64{4, 3, 6, 2, 5, 1}; !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v", got, want)
	}
}

// Within a chat too a reply goes first, but an older message under the same
// ref goes before the edit that would otherwise overtake it.
func TestAReplyOvertakesInItsChatButNotAnEarlierVersionOfItsMessage(t *testing.T) {
	news := card(1, 7, "status:-1:card:1")
	news.Fresh = true
	other := classed(2, 7, allaboard.ClassChase, -1)
	reply := card(3, 7, "status:-1:card:1")
	reply.Class = allaboard.ClassReply
	lone := classed(4, 7, allaboard.ClassReply, 0)
	h := newHarness(t, Limits{}, news, other, reply, lone)
	if got, want := h.order(t), []uint64{1, 3, 4, 2}; !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v: the card's first version, its edit, the reply, then the reminder", got, want)
	}
}

// One group's fan-out to 10 members does not hold up another group's 3
// cards: they take turns.
func TestGroupsTakeTurnsWithinAClass(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 10 {
		queue = append(queue, classed(uint64(i+1), int64(100+i), allaboard.ClassNews, -1))
	}
	for i := range 3 {
		queue = append(queue, classed(uint64(11+i), int64(200+i), allaboard.ClassNews, -2))
	}
	h := newHarness(t, Limits{Global: Rate{5, time.Second}}, queue...)
	got := h.order(t)
	if want := []uint64{1, 11, 2, 12, 3, 13, 4, 5, 6, 7, 8, 9, 10}; !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v", got, want)
	}
}

// A host's status card is edited at most every few seconds: edits queued
// meanwhile are taken in by the newest.
func TestStatusCardEditsSettleBeforeTheyGo(t *testing.T) {
	ref := "status:-1:1"
	h := newHarness(t, Limits{Status: 3 * time.Second}, card(1, 7, ref))
	h.order(t)
	start := h.now
	h.box.queue = []allaboard.Outgoing{card(2, 7, ref), card(3, 7, ref), msg(4, 8)}
	if i, _ := h.s.pick(h.box.queue, h.now); h.box.queue[i].ID != 4 {
		t.Fatalf("picked message %d, want the other chat's while the card settles", h.box.queue[i].ID)
	}
	h.order(t)
	if got, want := h.api.requests, []string{`send 7 "m1"`, `send 8 "m4"`, `edit 7/101 "m3"`}; !slices.Equal(got, want) {
		t.Errorf("requests %q, want %q", got, want)
	}
	if h.now.Sub(start) < h.s.limits.limits.Status-time.Millisecond {
		t.Errorf("the card was edited again after %v, want at least %v", h.now.Sub(start), h.s.limits.limits.Status)
	}
	reply := card(5, 7, ref)
	reply.Class = allaboard.ClassReply
	if i, _ := h.s.pick([]allaboard.Outgoing{reply}, h.now); i != 0 {
		t.Error("a reply's edit of the card waits like news")
	}
}

// Run reads the whole outbox once, then only what is new, unless the store
// changed queued messages; deliveries are recorded several at a time.
func TestRunReadsOnlyWhatIsNewAndRecordsInBatches(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 100 {
		queue = append(queue, msg(uint64(i+1), int64(i+1)))
	}
	h := newHarness(t, Limits{}, queue...)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.s.Run(ctx)
	}()
	waitFor(t, "the first 100 to be recorded", func() bool { return len(h.box.doneCount()) == 100 })
	h.box.add(msg(101, 101))
	h.s.Wake()
	waitFor(t, "the 101st to be recorded", func() bool { return len(h.box.doneCount()) == 101 })
	h.box.bumpEpoch()
	h.box.add(msg(102, 102))
	h.s.Wake()
	waitFor(t, "the 102nd to be recorded", func() bool { return len(h.box.doneCount()) == 102 })
	cancel()
	<-done

	reads, batches := h.box.stats()
	if want := []uint64{0, 100, 0}; !slices.Equal(reads, want) {
		t.Errorf("read the outbox after %v, want %v: whole, then what is new, then whole after the store changed it", reads, want)
	}
	if len(batches) > 4 || batches[0] != maxBatch {
		t.Errorf("recorded in batches of %v, want %d at a time while a backlog lasts", batches, maxBatch)
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// A restarted sender keeps Telegram's limits for what went before it: the
// requests recorded with the deliveries are counted again.
func TestARestartedSenderKeepsTheLimits(t *testing.T) {
	limits := Limits{Global: Rate{2, time.Minute}}
	h := newHarness(t, limits, msg(1, 7), msg(2, 8))
	h.order(t)

	again := New(Config{API: h.api, Outbox: h.box, Limits: limits, Backoff: testBackoff, Log: h.s.log, Now: func() time.Time { return h.now }})
	again.recall()
	if i, wait := again.pick([]allaboard.Outgoing{msg(3, 9)}, h.now); i != -1 || wait < 59*time.Second {
		t.Errorf("picked %d, wait %v: a restarted sender would break the limit of 2 a minute", i, wait)
	}
	h.now = h.now.Add(time.Minute)
	if i, _ := again.pick([]allaboard.Outgoing{msg(3, 9)}, h.now); i != 0 {
		t.Error("the restarted sender still waits once the minute is over")
	}
}

// hookAPI is fakeAPI calling a hook before its n-th request.
type hookAPI struct {
	*fakeAPI
	n    int
	hook func()
}

func (a *hookAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	if len(a.requests)+1 == a.n {
		a.hook()
	}
	return a.fakeAPI.Send(c)
}

// A reply queued while a backlog goes out without a pause (no limits to
// wait for) is read and sent at once, not after the backlog.
func TestAReplyOvertakesABacklogThatNeverWaits(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 300 {
		queue = append(queue, classed(uint64(i+1), int64(1000+i), allaboard.ClassNews, -1))
	}
	h := newHarness(t, Limits{}, queue...)
	api := &hookAPI{fakeAPI: h.api, n: 50}
	api.hook = func() {
		h.box.add(classed(301, 7, allaboard.ClassReply, 0))
		h.s.Wake()
	}
	h.s.api = api
	h.s.Drain()
	h.s.Run(context.Background())
	at := slices.Index(h.api.requests, `send 7 "m301"`)
	if at < 0 || at > 60 {
		t.Errorf("the reply went as request %d of %d, want right after it was queued (request 50)", at+1, len(h.api.requests))
	}
}
