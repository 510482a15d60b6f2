package sender

import (
	"errors"
	"net/url"
	"slices"
	"testing"
	"time"

	"allaboard"
)

func TestAttempt(t *testing.T) {
	fresh := card(1, -100, "status")
	fresh.Fresh = true
	leave := msg(1, -100)
	leave.Leave = true
	network := &url.Error{Op: "Post", URL: "https://api.telegram.org/bot<token>/sendMessage", Err: errors.New("connection reset by peer")}

	tests := []struct {
		name     string
		m        allaboard.Outgoing
		later    []allaboard.Outgoing // queued after m
		refMsg   int                  // message id recorded under m's Ref
		failures int                  // transient failures of m's chat before
		answer   error                // Telegram's answer; nil: success
		requests []string             // what Telegram was asked
		done     *allaboard.Delivery  // what Complete (and so After) got; nil: kept
		// When the message stays: the chat's retry is due within [minWait, maxWait].
		minWait, maxWait time.Duration
	}{
		{name: "a new message is delivered", m: msg(1, 7),
			requests: []string{`send 7 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "a card with a message is edited", m: card(1, -100, "status"), refMsg: 40,
			requests: []string{`edit -100/40 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "a card without a message yet is sent", m: card(1, -100, "status"),
			requests: []string{`send -100 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "a fresh card is sent anew", m: fresh, refMsg: 40,
			requests: []string{`send -100 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "a card superseded in its chat goes without a request", m: card(1, -100, "status"), refMsg: 40,
			later:    []allaboard.Outgoing{msg(2, -100), card(3, -100, "status")},
			requests: nil, done: &allaboard.Delivery{Outcome: allaboard.Delivered, Detail: "superseded by a newer version"}},
		{name: "the same ref in another chat does not supersede", m: card(1, -100, "status"), refMsg: 40,
			later:    []allaboard.Outgoing{card(2, -200, "status")},
			requests: []string{`edit -100/40 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "a fresh card is not superseded", m: fresh,
			later:    []allaboard.Outgoing{card(2, -100, "status")},
			requests: []string{`send -100 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "an unchanged edit is delivered with the edited message", m: card(1, -100, "status"), refMsg: 40,
			answer:   apiError(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same", 0),
			requests: []string{`edit -100/40 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "not modified on a new message is refused", m: msg(1, 7),
			answer:   apiError(400, "Bad Request: message is not modified", 0),
			requests: []string{`send 7 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Rejected, Detail: "Bad Request: message is not modified"}},
		{name: "429 keeps the message for retry_after", m: msg(1, 7),
			answer:   apiError(429, "Too Many Requests: retry after 7", 7),
			requests: []string{`send 7 "m1"`}, minWait: 7 * time.Second, maxWait: 7 * time.Second},
		{name: "blocked completes and tells After", m: msg(1, 7),
			answer:   apiError(403, "Forbidden: bot was blocked by the user", 0),
			requests: []string{`send 7 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Blocked, Detail: "Forbidden: bot was blocked by the user"}},
		{name: "a network error backs off", m: msg(1, 7), answer: network,
			requests: []string{`send 7 "m1"`}, minWait: testBackoff.Min / 2, maxWait: testBackoff.Min},
		{name: "a third network error in a row backs off longer", m: msg(1, 7), answer: network, failures: 2,
			requests: []string{`send 7 "m1"`}, minWait: 2 * testBackoff.Min, maxWait: 4 * testBackoff.Min},
		{name: "a server error backs off", m: msg(1, 7), answer: apiError(502, "Bad Gateway", 0),
			requests: []string{`send 7 "m1"`}, minWait: testBackoff.Min / 2, maxWait: testBackoff.Min},
		{name: "a delivery after failures ends the back-off", m: msg(1, 7), failures: 2,
			requests: []string{`send 7 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "leaving is a request, not a message", m: leave,
			requests: []string{`leave -100`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Limits{}, append([]allaboard.Outgoing{tt.m}, tt.later...)...)
			if tt.refMsg != 0 {
				h.box.refs[refKey{tt.m.ChatID, tt.m.Ref}] = tt.refMsg
			}
			if tt.failures > 0 {
				// The chat waited out its back-off to be picked.
				h.s.failures[tt.m.ChatID] = tt.failures
				h.s.retryAt[tt.m.ChatID] = h.now.Add(-time.Millisecond)
			}
			h.api.answers = []error{tt.answer}

			left := len(h.attempt(tt.m, tt.later)) > 0

			if !slices.Equal(h.api.requests, tt.requests) {
				t.Fatalf("requests %q, want %q", h.api.requests, tt.requests)
			}
			if left != (tt.done != nil) {
				t.Fatalf("attempt reported left=%v, want %v", left, tt.done != nil)
			}
			if tt.done == nil {
				if len(h.box.done) != 0 || len(h.after) != 0 {
					t.Fatalf("completed %+v, After got %+v: want the message kept", h.box.done, h.after)
				}
				due := h.s.retryAt[tt.m.ChatID].Sub(h.now)
				if due < tt.minWait || due > tt.maxWait {
					t.Fatalf("retry in %v, want within [%v, %v]", due, tt.minWait, tt.maxWait)
				}
				if got, want := h.s.failures[tt.m.ChatID], tt.failures+1; got != want {
					t.Fatalf("%d failures in a row, want %d", got, want)
				}
				return
			}
			if got, want := h.box.done, []completed{{tt.m.ID, *tt.done}}; !slices.Equal(got, want) {
				t.Fatalf("completed %+v, want %+v", got, want)
			}
			if got, want := h.after, []allaboard.Delivery{*tt.done}; !slices.Equal(got, want) {
				t.Fatalf("After got %+v, want %+v", got, want)
			}
			if _, waiting := h.s.retryAt[tt.m.ChatID]; waiting || h.s.failures[tt.m.ChatID] != 0 {
				t.Fatalf("chat still waits (%v, %d failures) after its message left", h.s.retryAt[tt.m.ChatID], h.s.failures[tt.m.ChatID])
			}
		})
	}
}

func TestEditTargetGoneSendsAnew(t *testing.T) {
	h := newHarness(t, Limits{}, card(1, -100, "status"))
	h.box.refs[refKey{-100, "status"}] = 40
	h.api.answers = []error{apiError(400, "Bad Request: message to edit not found", 0)}

	if len(h.attempt(h.box.queue[0], nil)) > 0 {
		t.Fatal("the card left the outbox when its edit failed")
	}
	if len(h.box.done) != 0 {
		t.Fatalf("completed %+v after a failed edit", h.box.done)
	}
	// It goes again at once, paced like any message.
	if i, _ := h.s.pick(h.box.queue, h.now.Add(time.Millisecond)); i != 0 {
		t.Fatalf("picked %d, want the card again", i)
	}
	if len(h.attempt(h.box.queue[0], nil)) == 0 {
		t.Fatal("the card stayed in the outbox when sent anew")
	}

	if got, want := h.api.requests, []string{`edit -100/40 "m1"`, `send -100 "m1"`}; !slices.Equal(got, want) {
		t.Fatalf("requests %q, want %q", got, want)
	}
	if got, want := h.box.done, []completed{{1, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}}}; !slices.Equal(got, want) {
		t.Fatalf("completed %+v, want %+v", got, want)
	}
	if got, want := h.box.refs[refKey{-100, "status"}], 101; got != want {
		t.Fatalf("the card's message is %d, want the new one %d", got, want)
	}
}

// A batch of deliveries that cannot be recorded stays in the outbox; the
// sender pauses, and records it then. Meanwhile it never sends those
// messages again, even when it reads the whole outbox afresh.
func TestRecordFailureSendsNothingTwice(t *testing.T) {
	h := newHarness(t, Limits{}, msg(1, 7), msg(2, 8))
	h.box.fails = 1

	h.s.attempt(h.box.queue[0], nil)
	h.s.attempt(h.box.queue[1], nil)
	h.s.flush()
	if len(h.box.queue) != 2 || len(h.after) != 0 {
		t.Fatalf("outbox %v, After called %d times: want both kept, nothing after", h.box.queue, len(h.after))
	}
	h.box.add(msg(3, 9))
	h.box.bumpEpoch() // the store changed queued messages: the sender reads them all
	if err := h.s.look(true); err != nil {
		t.Fatal(err)
	}
	for _, m := range h.s.queue {
		if m.ID != 3 {
			t.Errorf("message %d, delivered already, is queued to go again", m.ID)
		}
	}
	if i, wait := h.s.pick(h.s.queue, h.now); i != -1 || wait != testBackoff.Max {
		t.Errorf("picked %d, wait %v: want a pause of %v before anything goes", i, wait, testBackoff.Max)
	}

	h.now = h.now.Add(testBackoff.Max)
	if err := h.s.look(true); err != nil { // records first
		t.Fatal(err)
	}
	if got := h.box.doneCount(); len(got) != 2 || len(h.after) != 2 {
		t.Fatalf("recorded %v, After called %d times: want both deliveries once the pause is over", got, len(h.after))
	}
	i, _ := h.s.pick(h.s.queue, h.now)
	if i < 0 {
		t.Fatal("nothing picked after the pause")
	}
	h.attempt(h.s.queue[i], nil)
	if got, want := h.api.requests, []string{`send 7 "m1"`, `send 8 "m2"`, `send 9 "m3"`}; !slices.Equal(got, want) {
		t.Errorf("requests %q, want each message once %q", got, want)
	}
	if len(h.box.queue) != 0 {
		t.Errorf("still queued: %v", h.box.queue)
	}
}

func TestSendRecordsTheAnswerForTheLimit(t *testing.T) {
	h := newHarness(t, Limits{PerChat: Rate{1, time.Second}}, msg(1, 7))
	h.now = t0.Add(3 * time.Second)
	h.attempt(h.box.queue[0], nil)
	if got, want := h.s.limits.next(7, h.now, false), h.now.Add(time.Second); !got.Equal(want) {
		t.Fatalf("next message to the chat at %v, want %v", got, want)
	}
}

// A chat's retry state is kept while its wait lasts, even with nothing
// queued (a new message must still wait out Telegram's retry_after), and
// forgotten after: a bot that met many failing chats does not keep them all.
func TestRetryStateIsForgottenOnceOver(t *testing.T) {
	h := newHarness(t, Limits{}, msg(1, 7))
	h.api.answers = []error{apiError(429, "Too Many Requests: retry after 5", 5)}
	if len(h.attempt(h.box.queue[0], nil)) > 0 {
		t.Fatal("the message left the outbox after a 429")
	}
	h.completed(h.box.queue[0], allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "out of date"})
	other := []allaboard.Outgoing{msg(2, 8)}

	h.s.pick(other, h.now.Add(4*time.Second))
	if _, ok := h.s.retryAt[7]; !ok || h.s.failures[7] != 1 {
		t.Fatalf("chat 7's wait was forgotten before it was over: retry %v, failures %d", h.s.retryAt[7], h.s.failures[7])
	}
	if i, _ := h.s.pick([]allaboard.Outgoing{msg(3, 7)}, h.now.Add(4*time.Second)); i != -1 {
		t.Fatal("a new message to chat 7 was picked within Telegram's retry_after")
	}
	h.s.pick(other, h.now.Add(5*time.Second))
	if len(h.s.retryAt) != 0 || len(h.s.failures) != 0 {
		t.Fatalf("kept retry state after the wait: %v, failures %v", h.s.retryAt, h.s.failures)
	}
}
