package sender

import (
	"context"
	"slices"
	"testing"
	"time"

	"allaboard"
)

func TestPick(t *testing.T) {
	perChat := Limits{PerChat: Rate{1, time.Second}}
	tests := []struct {
		name    string
		limits  Limits
		queue   []allaboard.Outgoing
		retryAt map[int64]time.Duration // chat → not before, from now
		sentAt  map[int64]time.Duration // chat → a message went, from now
		want    int                     // index in queue, or -1
		wait    time.Duration           // when want is -1
	}{
		{name: "nothing waits: the oldest message goes", queue: []allaboard.Outgoing{msg(1, 7), msg(2, 8), msg(3, 7)}, want: 0},
		{name: "retry_after of one chat does not hold up another",
			queue: []allaboard.Outgoing{msg(1, 7), msg(2, 7), msg(3, 8)}, retryAt: map[int64]time.Duration{7: 5 * time.Second}, want: 2},
		{name: "a chat at its limit does not hold up another", limits: perChat,
			queue: []allaboard.Outgoing{msg(1, -100), msg(2, 8)}, sentAt: map[int64]time.Duration{-100: 0}, want: 1},
		{name: "a chat's limit has passed", limits: perChat,
			queue: []allaboard.Outgoing{msg(1, -100), msg(2, 8)}, sentAt: map[int64]time.Duration{-100: -time.Second}, want: 0},
		{name: "a waiting chat's newer message is not a candidate",
			queue: []allaboard.Outgoing{msg(1, 7), msg(2, 7)}, retryAt: map[int64]time.Duration{7: 3 * time.Second}, want: -1, wait: 3 * time.Second},
		{name: "all wait: until the soonest", limits: perChat,
			queue: []allaboard.Outgoing{msg(1, 7), msg(2, 8)}, retryAt: map[int64]time.Duration{7: 5 * time.Second}, sentAt: map[int64]time.Duration{8: -200 * time.Millisecond},
			want: -1, wait: 800 * time.Millisecond},
		{name: "the later of limit and retry_after", limits: perChat,
			queue: []allaboard.Outgoing{msg(1, 7)}, retryAt: map[int64]time.Duration{7: 300 * time.Millisecond}, sentAt: map[int64]time.Duration{7: 0},
			want: -1, wait: time.Second},
		{name: "empty outbox: wait long", want: -1, wait: time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.limits)
			for chat, d := range tt.retryAt {
				h.s.retryAt[chat] = h.now.Add(d)
			}
			for chat, d := range tt.sentAt {
				h.s.limits.record(chat, h.now.Add(d))
			}
			i, wait := h.s.pick(tt.queue, h.now)
			if i != tt.want {
				t.Fatalf("picked %d, want %d", i, tt.want)
			}
			if i < 0 && wait != tt.wait {
				t.Fatalf("wait %v, want %v", wait, tt.wait)
			}
		})
	}
}

func TestRunSendsEachChatInOrderAndStopsWhenDrained(t *testing.T) {
	h := newHarness(t, Limits{}, msg(1, 7), msg(2, -100), msg(3, 7), card(4, -100, "status"), msg(5, -100))
	h.box.refs[refKey{-100, "status"}] = 40
	h.api.answers = []error{nil, nil, nil, apiError(400, "Bad Request: message to edit not found", 0)}
	// Each look at the clock moves it on, so a wait on it passes.
	clock := t0
	h.s.now = func() time.Time { clock = clock.Add(time.Millisecond); return clock }

	h.s.Drain()
	h.s.Drain() // twice is harmless
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.s.Run(context.Background())
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return once the outbox was empty")
	}

	want := []string{`send 7 "m1"`, `send -100 "m2"`, `send 7 "m3"`, `edit -100/40 "m4"`, `send -100 "m4"`, `send -100 "m5"`}
	if !slices.Equal(h.api.requests, want) {
		t.Fatalf("requests\n%q\nwant\n%q", h.api.requests, want)
	}
	var ids []uint64
	for _, c := range h.box.done {
		ids = append(ids, c.id)
	}
	if want := []uint64{1, 2, 3, 4, 5}; !slices.Equal(ids, want) {
		t.Fatalf("completed %v, want %v", ids, want)
	}
}

func TestRunStopsWithARefusedMessageStillQueued(t *testing.T) {
	h := newHarness(t, Limits{}, msg(1, 7))
	h.api.answers = []error{apiError(429, "Too Many Requests: retry after 60", 60)}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	h.s.Run(ctx) // returns while waiting out retry_after

	if got, want := h.api.requests, []string{`send 7 "m1"`}; !slices.Equal(got, want) {
		t.Fatalf("requests %q, want %q", got, want)
	}
	if len(h.box.done) != 0 || len(h.box.queue) != 1 {
		t.Fatalf("completed %v, outbox %v: want the message kept", h.box.done, h.box.queue)
	}
}

// A record that fails once is made after the pause: Run sends each message
// once and records it.
func TestRunRecordsAfterAFailedRecord(t *testing.T) {
	h := newHarness(t, Limits{}, msg(1, 7), msg(2, 8), msg(3, 7))
	h.box.fails = 1
	h.s.backoff = Backoff{Min: time.Millisecond, Max: 5 * time.Millisecond}
	h.s.batch = 2
	h.s.now = time.Now
	h.s.Drain()
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.s.Run(context.Background())
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return once the outbox was empty")
	}
	if want := []string{`send 7 "m1"`, `send 8 "m2"`, `send 7 "m3"`}; !slices.Equal(h.api.requests, want) {
		t.Fatalf("requests\n%q\nwant each message once\n%q", h.api.requests, want)
	}
	if got := h.box.doneCount(); len(got) != 3 || len(h.box.queue) != 0 {
		t.Fatalf("recorded %v, still queued %v", got, h.box.queue)
	}
}

// At Telegram's usual rates each delivery is recorded before the next
// message goes, so that a crash sends again at most the one in flight; a bot
// allowed hundreds a second records many at once, to keep up.
func TestDeliveriesAreBatchedOnlyAtBroadcastRates(t *testing.T) {
	for _, tc := range []struct {
		limits Limits
		want   int
	}{
		{TelegramLimits, 1},
		{Limits{Global: Rate{100, time.Second}}, 1},
		{Limits{Global: Rate{1000, time.Second}}, maxBatch},
		{Limits{Global: Rate{0, time.Second}}, maxBatch}, // no limit
	} {
		if got := recordBatch(tc.limits); got != tc.want {
			t.Errorf("at %v, %d deliveries are recorded at once, want %d", tc.limits.Global, got, tc.want)
		}
	}
}
