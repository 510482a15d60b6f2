package sender

import (
	"context"
	"log/slog"
	"slices"
	"testing"
	"time"

	"allaboard"
)

func TestOps(t *testing.T) {
	retire := card(1, -100, "card:1:1")
	retire.EditOnly = true
	tests := []struct {
		name     string
		m        allaboard.Outgoing
		later    []allaboard.Outgoing
		refMsg   int   // message id recorded under m's Ref
		answer   error // Telegram's answer; nil: success
		requests []string
		done     *allaboard.Delivery // nil: kept for a retry
	}{
		{name: "pin the message under a ref, quietly", m: op(1, -100, allaboard.OpPin, "card:1:2", 0), refMsg: 40,
			requests: []string{"pin -100/40 quietly"}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "unpin the message under a ref", m: op(1, -100, allaboard.OpUnpin, "card:1:1", 0), refMsg: 30,
			requests: []string{"unpin -100/30"}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 30}},
		{name: "delete a message by id", m: op(1, -100, allaboard.OpDelete, "", 55),
			requests: []string{"delete -100/55"}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 55}},
		{name: "an op on no message makes no request", m: op(1, -100, allaboard.OpUnpin, "card:1:1", 0),
			done: &allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "no message to unpin"}},
		{name: "pinning without the right ends quietly", m: op(1, -100, allaboard.OpPin, "card:1:2", 0), refMsg: 40,
			answer:   apiError(400, "Bad Request: not enough rights to manage pinned messages in the chat", 0),
			requests: []string{"pin -100/40 quietly"}, done: &allaboard.Delivery{Outcome: allaboard.NoRight, Detail: "Bad Request: not enough rights to manage pinned messages in the chat"}},
		{name: "unpinning without the right ends quietly", m: op(1, -100, allaboard.OpUnpin, "card:1:1", 0), refMsg: 30,
			answer:   apiError(400, "Bad Request: not enough rights to manage pinned messages in the chat", 0),
			requests: []string{"unpin -100/30"}, done: &allaboard.Delivery{Outcome: allaboard.NoRight, Detail: "Bad Request: not enough rights to manage pinned messages in the chat"}},
		{name: "a message already deleted is fine", m: op(1, -100, allaboard.OpDelete, "", 55),
			answer:   apiError(400, "Bad Request: message to delete not found", 0),
			requests: []string{"delete -100/55"}, done: &allaboard.Delivery{Outcome: allaboard.Dropped, MessageID: 55, Detail: "Bad Request: message to delete not found"}},
		{name: "a message that can't be deleted stays, quietly", m: op(1, -100, allaboard.OpDelete, "", 55),
			answer:   apiError(400, "Bad Request: message can't be deleted for everyone", 0),
			requests: []string{"delete -100/55"}, done: &allaboard.Delivery{Outcome: allaboard.NoRight, Detail: "Bad Request: message can't be deleted for everyone"}},
		{name: "an op waits out 429", m: op(1, -100, allaboard.OpDelete, "", 55),
			answer:   apiError(429, "Too Many Requests: retry after 3", 3),
			requests: []string{"delete -100/55"}},
		{name: "an op in a group the bot was removed from", m: op(1, -100, allaboard.OpPin, "card:1:2", 0), refMsg: 40,
			answer:   apiError(403, "Forbidden: bot was kicked from the group chat", 0),
			requests: []string{"pin -100/40 quietly"}, done: &allaboard.Delivery{Outcome: allaboard.Removed, Detail: "Forbidden: bot was kicked from the group chat"}},
		{name: "a pin does not supersede its card's edit", m: card(1, -100, "card:1:2"), refMsg: 40,
			later:    []allaboard.Outgoing{op(2, -100, allaboard.OpPin, "card:1:2", 0)},
			requests: []string{`edit -100/40 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "an op is never superseded", m: op(1, -100, allaboard.OpPin, "card:1:2", 0), refMsg: 40,
			later:    []allaboard.Outgoing{card(2, -100, "card:1:2")},
			requests: []string{"pin -100/40 quietly"}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "an edit-only message edits", m: retire, refMsg: 30,
			requests: []string{`edit -100/30 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 30}},
		{name: "an edit-only message with nothing to edit is not sent", m: retire,
			done: &allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "no message to edit"}},
		{name: "an edit-only message whose message is gone is not sent anew", m: retire, refMsg: 30,
			answer:   apiError(400, "Bad Request: message to edit not found", 0),
			requests: []string{`edit -100/30 "m1"`}, done: &allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "the message to edit is gone"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Limits{}, append([]allaboard.Outgoing{tt.m}, tt.later...)...)
			if tt.refMsg != 0 {
				h.box.refs[refKey{tt.m.ChatID, tt.m.Ref}] = tt.refMsg
			}
			h.api.answers = []error{tt.answer}

			left := len(h.attempt(tt.m, tt.later)) > 0

			if !slices.Equal(h.api.requests, tt.requests) {
				t.Fatalf("requests %q, want %q", h.api.requests, tt.requests)
			}
			if tt.done == nil {
				if left || len(h.box.done) != 0 {
					t.Fatalf("completed %+v, want the op kept for a retry", h.box.done)
				}
				if due := h.s.retryAt[tt.m.ChatID].Sub(h.now); due != 3*time.Second {
					t.Fatalf("retry in %v, want 3s", due)
				}
				return
			}
			if got, want := h.box.done, []completed{{tt.m.ID, *tt.done}}; !left || !slices.Equal(got, want) {
				t.Fatalf("completed %+v, want %+v", got, want)
			}
			if _, waiting := h.s.retryAt[tt.m.ChatID]; waiting {
				t.Fatalf("the chat waits until %v after the op was done with", h.s.retryAt[tt.m.ChatID])
			}
		})
	}
}

// levels records the level of every log line.
type levels struct{ got []slog.Level }

func (l *levels) Enabled(context.Context, slog.Level) bool { return true }
func (l *levels) Handle(_ context.Context, r slog.Record) error {
	l.got = append(l.got, r.Level)
	return nil
}
func (l *levels) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *levels) WithGroup(string) slog.Handler      { return l }

// A bot without the right to pin is no error: one line at info, no retry.
func TestPinWithoutTheRightLogsAtInfo(t *testing.T) {
	h := newHarness(t, Limits{}, op(1, -100, allaboard.OpPin, "card:1:2", 0))
	h.box.refs[refKey{-100, "card:1:2"}] = 40
	log := &levels{}
	h.s.log = slog.New(log)
	h.api.answers = []error{apiError(400, "Bad Request: not enough rights to manage pinned messages in the chat", 0)}

	h.attempt(h.box.queue[0], nil)

	if len(h.box.queue) != 0 {
		t.Fatalf("the pin stayed in the outbox: %+v", h.box.queue)
	}
	if !slices.Equal(log.got, []slog.Level{slog.LevelInfo}) {
		t.Fatalf("logged at %v, want one line at info", log.got)
	}
}
